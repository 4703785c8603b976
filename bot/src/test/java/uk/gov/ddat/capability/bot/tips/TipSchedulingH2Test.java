package uk.gov.ddat.capability.bot.tips;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** The tip scheduling contract on embedded H2 (the default database). */
class TipSchedulingH2Test extends TipSchedulingContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
