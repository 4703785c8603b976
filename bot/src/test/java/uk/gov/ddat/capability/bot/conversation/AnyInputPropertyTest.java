package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Any input at all gets an answer, never an exception, and never carries the user's markup back. */
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
        Answer answer = ENGINE.answer(text);
        assertThat(answer).isNotNull();
        assertThat(answer.title()).isNotBlank();
        assertThat(answer.plainText()).isNotBlank();
        return answer;
    }

    /** Every piece of text an answer carries, buttons included. */
    static String everything(Answer answer) {
        StringBuilder all = new StringBuilder(answer.plainText());
        answer.actions().forEach(a -> all.append('\n').append(a.label()).append('\n').append(a.command()));
        return all.toString();
    }
}
