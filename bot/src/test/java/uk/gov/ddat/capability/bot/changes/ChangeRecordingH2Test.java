package uk.gov.ddat.capability.bot.changes;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Change recording on embedded H2. */
class ChangeRecordingH2Test extends ChangeRecordingContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
