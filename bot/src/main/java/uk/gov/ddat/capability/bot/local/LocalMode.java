package uk.gov.ddat.capability.bot.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;

/**
 * The bot on a terminal: answer one question ({@code --ask}) or keep answering at a prompt. Uses
 * the same engine and renderers as Slack and Teams.
 */
public final class LocalMode {

    private final ConversationRouter router;
    private final List<AnswerRenderer> renderers;

    /**
     * Daily tips are posted each day to a channel, which a terminal is not (and the terminal
     * prompt may run without a database at all), so the prompt's router has no tips settings:
     * {@code tip} gives one now, {@code tips on} says why not.
     */
    public LocalMode(ConversationEngine engine, List<AnswerRenderer> renderers) {
        this.router = ConversationRouter.withoutTips(engine);
        this.renderers = renderers;
    }

    /** Prints one answer; returns the process exit code (2 for an unknown format). */
    public int ask(String question, String format, PrintStream out, PrintStream err) {
        AnswerRenderer renderer = renderers.stream().filter(r -> r.format().equals(format)).findFirst().orElse(null);
        if (renderer == null) {
            err.println("Unknown --format '" + format + "'. Use one of: "
                    + renderers.stream().map(AnswerRenderer::format).sorted().collect(Collectors.joining(", ")));
            return 2;
        }
        out.println(renderer.render(router.typed(question, Asker.terminal()).answer()));
        return 0;
    }

    /** Reads questions until end of input or "quit". */
    public void prompt(InputStream in, PrintStream out) throws IOException {
        out.println("Capability framework bot, running locally (no Slack or Teams credentials).");
        out.println("Ask a question, \"help\" for ideas, \"quit\" to leave.");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = reader.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                out.println();
                return;
            }
            if (!line.isBlank()) {
                out.println(router.typed(line, Asker.terminal()).answer().plainText());
                out.println();
            }
        }
    }
}
