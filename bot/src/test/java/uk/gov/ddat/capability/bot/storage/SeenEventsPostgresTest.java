package uk.gov.ddat.capability.bot.storage;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SeenEventsPostgresTest extends SeenEventsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
