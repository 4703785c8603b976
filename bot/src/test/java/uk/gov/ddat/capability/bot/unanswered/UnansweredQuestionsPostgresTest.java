package uk.gov.ddat.capability.bot.unanswered;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

class UnansweredQuestionsPostgresTest extends UnansweredQuestionsContract {

    @Override
    TestDatabases.Database database() {
        return TestDatabases.postgres();
    }
}
