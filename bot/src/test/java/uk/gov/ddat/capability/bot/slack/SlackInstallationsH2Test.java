package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackInstallationsH2Test extends SlackInstallationsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
