package uk.gov.ddat.capability.bot.organisation;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The organisation view's counts on embedded H2 (the default database). */
class OrganisationCountsH2Test extends OrganisationCountsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
