package uk.gov.ddat.capability.bot.unanswered;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class UnansweredQuestionsH2Test extends UnansweredQuestionsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.h2();
    }
}
