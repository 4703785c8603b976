package uk.gov.ddat.capability.bot.tips;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The tip scheduling contract on PostgreSQL (CI: -Dtest.postgres.url). */
class TipSchedulingPostgresTest extends TipSchedulingContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
