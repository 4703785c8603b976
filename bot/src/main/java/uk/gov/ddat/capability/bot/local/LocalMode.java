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

/**
 * The bot on a terminal: answer one question ({@code --ask}) or keep answering at a prompt. Uses
 * the same engine and renderers as Slack and Teams.
 */
public final class LocalMode {

    private final ConversationEngine engine;
    private final List<AnswerRenderer> renderers;

    public LocalMode(ConversationEngine engine, List<AnswerRenderer> renderers) {
        this.engine = engine;
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
        out.println(renderer.render(engine.answer(question)));
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
                out.println(engine.answer(line).plainText());
                out.println();
            }
        }
    }
}
