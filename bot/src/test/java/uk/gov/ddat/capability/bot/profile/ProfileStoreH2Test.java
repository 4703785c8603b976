package uk.gov.ddat.capability.bot.profile;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The personal data store on embedded H2 (the default database). */
class ProfileStoreH2Test extends ProfileStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
