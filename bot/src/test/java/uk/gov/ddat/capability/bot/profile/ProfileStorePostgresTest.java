package uk.gov.ddat.capability.bot.profile;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The personal data store on PostgreSQL (CI: -Dtest.postgres.url). */
class ProfileStorePostgresTest extends ProfileStoreContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
