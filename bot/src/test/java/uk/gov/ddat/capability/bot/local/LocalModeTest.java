package uk.gov.ddat.capability.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.PlainTextRenderer;

class LocalModeTest {

    private final ConversationEngine engine = Engines.bundled();
    private final AnswerRenderer text = new AnswerRenderer() {
        @Override
        public String format() {
            return "text";
        }

        @Override
        public String render(uk.gov.ddat.capability.bot.conversation.Answer answer) {
            return PlainTextRenderer.render(answer);
        }
    };
    private final LocalMode local = new LocalMode(engine, List.of(text));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void askPrintsTheAnswerAndSucceeds() {
        int code = local.ask("senior to lead", "text", print(out), print(err));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("From Senior infrastructure operations engineer");
    }

    @Test
    void anUnknownFormatIsRefusedWithTheChoices() {
        int code = local.ask("senior", "pdf", print(out), print(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown --format 'pdf'").contains("text");
    }

    @Test
    void thePromptAnswersEachLineUntilQuit() throws IOException {
        String input = "lead\n\nheo\nquit\nsenior\n";
        local.prompt(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print(out));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Lead infrastructure operations engineer (level 4")
                .contains("HEO (Higher Executive Officer)")
                .doesNotContain("Senior infrastructure operations engineer (level 3");
    }

    @Test
    void credentialsDecideBetweenServerAndTerminal() {
        assertThat(LaunchOptions.parse(new String[0]).serve(Map.of())).isFalse();
        assertThat(LaunchOptions.parse(new String[0]).serve(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).isTrue();
        assertThat(LaunchOptions.parse(new String[0]).serve(Map.of("SLACK_BOT_TOKEN", " "))).isFalse();
        assertThat(LaunchOptions.parse(new String[] {"--server"}).serve(Map.of())).isTrue();
        LaunchOptions ask = LaunchOptions.parse(new String[] {"--ask", "senior", "--format", "slack"});
        assertThat(ask.ask()).contains("senior");
        assertThat(ask.format()).isEqualTo("slack");
        assertThat(LaunchOptions.parse(new String[] {"--ask=lead"}).ask()).contains("lead");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void thePromptGoesThroughTheConversationCoreInTerminalWords() throws IOException {
        String input = "/skills lead\nhelp\ntips on 09:30 Europe/London\ntip\nquit\n";
        local.prompt(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print(out));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).as("a pasted /skills is read as the words after it")
                .contains("Lead infrastructure operations engineer (level 4")
                .as("the help names the commands as typed here").contains("compare <level> <level>")
                .contains("Ask in your own words at the prompt")
                .as("daily tips need a channel").contains("Daily tips can't be turned on here")
                .contains("Type tip for one now")
                .contains("Tip")
                .doesNotContain("/skills");
    }
}
