package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackWorkspaceInstancesH2Test extends SlackWorkspaceInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
