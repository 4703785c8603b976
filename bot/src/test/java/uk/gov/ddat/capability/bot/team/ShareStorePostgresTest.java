package uk.gov.ddat.capability.bot.team;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Shares and the team view on PostgreSQL (CI: -Dtest.postgres.url). */
class ShareStorePostgresTest extends ShareStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
