package uk.gov.ddat.capability.bot.teams;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class TeamsConversationStoreH2Test extends TeamsConversationStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
