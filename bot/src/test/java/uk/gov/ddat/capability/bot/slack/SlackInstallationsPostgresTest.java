package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class SlackInstallationsPostgresTest extends SlackInstallationsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
