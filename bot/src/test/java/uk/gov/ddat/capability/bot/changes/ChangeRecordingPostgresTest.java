package uk.gov.ddat.capability.bot.changes;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Change recording on PostgreSQL (CI: -Dtest.postgres.url). */
class ChangeRecordingPostgresTest extends ChangeRecordingContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
