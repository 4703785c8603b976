package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/** Every answer knows how it ended; the engine tells the log of each one that was not answered, cached or not. */
class QuestionLogTest {

    private final List<String> logged = new ArrayList<>();
    private final ConversationEngine engine = new ConversationEngine(
            new CurrentFramework(new FrameworkLoader(FrameworkSourceConfig.bundledOnly()), Clock.systemUTC()),
            new TipCatalogue(new SplittableRandom(1)), 100, (text, outcome) -> logged.add(outcome + " " + text));

    @Test
    void notSureAndNotInTheDataAreLoggedAnsweredIsNot() {
        assertThat(engine.answer("senior to lead").outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(engine.answer("xyzzy plugh").outcome()).isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(engine.answer("xyzzy plugh").outcome()).as("cached").isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(engine.answer("what is the salary for a senior").outcome()).isEqualTo(Answer.Outcome.NOT_IN_DATA);
        assertThat(engine.answer("capasity").outcome()).as("asked back").isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(engine.answer("incident management at expert").outcome()).isEqualTo(Answer.Outcome.NOT_IN_DATA);
        assertThat(logged).containsExactly("NOT_SURE xyzzy plugh", "NOT_SURE xyzzy plugh",
                "NOT_IN_DATA what is the salary for a senior", "NOT_SURE capasity",
                "NOT_IN_DATA incident management at expert");
    }

    @Test
    void aFailingLogNeverCostsTheAnswer() {
        ConversationEngine failing = new ConversationEngine(
                new CurrentFramework(new FrameworkLoader(FrameworkSourceConfig.bundledOnly()), Clock.systemUTC()),
                new TipCatalogue(new SplittableRandom(1)), 0, (text, outcome) -> {
                    throw new IllegalStateException("database down");
                });
        assertThat(failing.answer("xyzzy plugh").title()).isNotBlank();
    }
}
