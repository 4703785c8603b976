package uk.gov.ddat.capability.bot.tips;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Application instances sharing PostgreSQL (CI: -Dtest.postgres.url). */
class TipInstancesPostgresTest extends TipInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
