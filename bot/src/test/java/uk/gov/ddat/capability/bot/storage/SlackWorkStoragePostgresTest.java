package uk.gov.ddat.capability.bot.storage;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackWorkStoragePostgresTest extends SlackWorkStorageContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
