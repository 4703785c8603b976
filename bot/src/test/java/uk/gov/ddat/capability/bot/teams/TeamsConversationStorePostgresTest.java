package uk.gov.ddat.capability.bot.teams;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** On PostgreSQL (CI: -Dtest.postgres.url). */
class TeamsConversationStorePostgresTest extends TeamsConversationStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
