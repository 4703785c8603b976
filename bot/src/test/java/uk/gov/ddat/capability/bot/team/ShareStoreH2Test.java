package uk.gov.ddat.capability.bot.team;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Shares and the team view on embedded H2 (the default database). */
class ShareStoreH2Test extends ShareStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
