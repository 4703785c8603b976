package uk.gov.ddat.capability.bot.tips;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Application instances sharing one embedded H2 database. */
class TipInstancesH2Test extends TipInstancesContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
