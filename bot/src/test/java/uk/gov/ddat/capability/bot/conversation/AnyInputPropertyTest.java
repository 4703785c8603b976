package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Any input at all is understood without an exception, as a question whose parts fit its intent,
 * and gets an answer built without an exception (the engine's own safety net, which turns any
 * failure into "unknown", is bypassed here so that it cannot hide one); and no answer carries the
 * user's markup back.
 */
class AnyInputPropertyTest {

    private static final ConversationEngine ENGINE = Engines.bundled();

    private static final String[] MARKUP = {"<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123|general>",
            "<script>alert(1)</script>", "<b>bold</b>", "&lt;", "&amp;", "*bold*", "<https://evil.example|click>",
            "<img src=x onerror=alert(1)>"};

    @Property(tries = 300)
    void anyUnicodeStringGetsAnAnswer(@ForAll @StringLength(max = 200) String text) {
        assertAnswered(text);
    }

    @Property(tries = 30)
    void veryLongInputGetsAnAnswer(@ForAll @StringLength(min = 19_000, max = 20_000) String text) {
        assertAnswered(text);
    }

    @Property(tries = 300)
    void markupMixedIntoQuestionsIsNeverEchoed(@ForAll("questionsWithMarkup") String text) {
        Answer answer = assertAnswered(text);
        String everything = everything(answer);
        for (String markup : MARKUP) {
            assertThat(everything).doesNotContain(markup);
        }
        assertThat(everything).doesNotContain("<!").doesNotContain("<@").doesNotContain("<#").doesNotContain("<script");
    }

    @Provide
    Arbitrary<String> questionsWithMarkup() {
        Arbitrary<String> words = Arbitraries.of("senior", "lead", "incident management", "search", "compare",
                "to", "tip", "help", "grade", "HEO", "xyz", "", "level 3", "capacity");
        Arbitrary<String> markup = Arbitraries.of(MARKUP);
        Arbitrary<String> noise = Arbitraries.strings().withChars("\u0000\u0007\n\r\t \u200b\u202e<>&|*_~`").ofMaxLength(8);
        return Combinators.combine(words, markup, noise, words).as((a, m, n, b) -> a + " " + m + n + " " + b);
    }

    private static Answer assertAnswered(String text) {
        Question question = ENGINE.understand(text);
        assertSensible(question);
        Answer built = ENGINE.answerOrThrow(question);
        assertThat(built.title()).isNotBlank();
        Answer answer = ENGINE.answer(text);
        assertThat(answer.title()).isNotBlank();
        assertThat(answer.plainText()).isNotBlank();
        if (question.intent() != Intent.TIP) { // a tip is drawn at random each time
            assertThat(answer.plainText()).as("the engine's answer is the one built, not a fallback")
                    .isEqualTo(built.plainText());
        }
        return answer;
    }

    /** The parts a question carries are the ones its intent needs. */
    static void assertSensible(Question question) {
        assertThat(question.intent()).isNotNull();
        switch (question.intent()) {
            case ROLE_OVERVIEW -> assertThat(question.role()).isPresent();
            case ROLE_LEVEL -> assertThat(question.level()).isPresent();
            case SKILL -> assertThat(question.skill()).isPresent();
            case SKILL_AT_LEVEL -> assertThat(question.skill().isPresent() && question.level().isPresent()).isTrue();
            case PROGRESSION -> {
                assertThat(question.level()).isPresent();
                assertThat(question.toLevel()).isPresent();
                assertThat(question.toLevel()).isNotEqualTo(question.level());
            }
            case GRADE -> assertThat(question.grade().isPresent() || question.level().isPresent()).isTrue();
            case SEARCH -> assertThat(((Detail.Search) question.detail()).words()).isNotBlank();
            case CLARIFY -> assertThat(question.choices()).hasSizeGreaterThanOrEqualTo(2);
            case NO_SUCH_LEVEL -> assertThat(question.role()).isPresent();
            default -> {
            }
        }
    }

    /** Every piece of text an answer carries, buttons included. */
    static String everything(Answer answer) {
        StringBuilder all = new StringBuilder(answer.plainText());
        answer.actions().forEach(a -> all.append('\n').append(a.label()).append('\n').append(a.command()));
        return all.toString();
    }
}
