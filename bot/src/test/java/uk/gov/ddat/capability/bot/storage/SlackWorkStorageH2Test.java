package uk.gov.ddat.capability.bot.storage;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackWorkStorageH2Test extends SlackWorkStorageContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
