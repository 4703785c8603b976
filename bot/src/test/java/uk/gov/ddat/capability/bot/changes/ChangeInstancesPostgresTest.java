package uk.gov.ddat.capability.bot.changes;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Application instances sharing PostgreSQL (CI: -Dtest.postgres.url). */
class ChangeInstancesPostgresTest extends ChangeInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
