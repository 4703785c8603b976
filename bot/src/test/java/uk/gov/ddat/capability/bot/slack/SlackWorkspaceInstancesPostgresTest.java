package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackWorkspaceInstancesPostgresTest extends SlackWorkspaceInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
