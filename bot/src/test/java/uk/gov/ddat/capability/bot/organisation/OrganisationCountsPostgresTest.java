package uk.gov.ddat.capability.bot.organisation;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The organisation view's counts on PostgreSQL (CI: -Dtest.postgres.url). */
class OrganisationCountsPostgresTest extends OrganisationCountsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
