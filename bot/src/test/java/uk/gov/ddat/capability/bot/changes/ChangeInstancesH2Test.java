package uk.gov.ddat.capability.bot.changes;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Application instances sharing one embedded H2 database. */
class ChangeInstancesH2Test extends ChangeInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
