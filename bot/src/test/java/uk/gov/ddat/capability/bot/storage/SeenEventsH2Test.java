package uk.gov.ddat.capability.bot.storage;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SeenEventsH2Test extends SeenEventsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
