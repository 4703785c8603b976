package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a person sees in a Slack message and in a Teams card, as lists of lines with the markup of
 * each platform taken off: titles, text, bullets, facts and buttons. Comparing the two checks that
 * both renderers show the same content, whatever their layout.
 */
public final class VisibleContent {

    private static final String SLACK_CUT = "This answer is longer than a Slack message allows";
    private static final String TEAMS_CUT = "This answer is longer than a Teams card allows";

    /** The lines shown, and whether the platform cut the answer short. */
    public record Seen(List<String> lines, boolean cut) {
    }

    private VisibleContent() {
    }

    public static Seen slack(JsonNode blocks) {
        List<String> lines = new ArrayList<>();
        boolean cut = false;
        for (JsonNode block : blocks) {
            switch (block.path("type").asString()) {
                case "header" -> add(lines, block.path("text").path("text").asString());
                case "section" -> {
                    addMrkdwn(lines, block.path("text").path("text").asString(""));
                    block.path("fields").forEach(f -> addMrkdwn(lines, f.path("text").asString()));
                }
                case "context" -> {
                    for (JsonNode element : block.path("elements")) {
                        String text = element.path("text").asString("");
                        if (text.contains(SLACK_CUT)) {
                            cut = true;
                        } else {
                            addMrkdwn(lines, text.replaceAll("<[^|>]*\\|([^>]*)>", "$1"));
                        }
                    }
                }
                case "actions" -> {
                    for (JsonNode button : block.path("elements")) {
                        if ("show-more".equals(button.path("action_id").asString())) {
                            cut = true;
                        } else {
                            add(lines, button.path("text").path("text").asString());
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Seen(lines, cut);
    }

    public static Seen teams(JsonNode card) {
        List<String> lines = new ArrayList<>();
        boolean[] cut = {false};
        card.path("body").forEach(element -> teamsElement(element, lines, cut));
        card.path("actions").forEach(action -> add(lines, action.path("title").asString()));
        return new Seen(lines, cut[0]);
    }

    private static void teamsElement(JsonNode element, List<String> lines, boolean[] cut) {
        switch (element.path("type").asString()) {
            case "TextBlock" -> {
                String text = element.path("text").asString();
                if (text.contains(TEAMS_CUT)) {
                    cut[0] = true;
                    return;
                }
                for (String line : text.split("[\r\n]+")) {
                    add(lines, line.startsWith("- ") ? line.substring(2) : line.replace("] (", "]("));
                }
            }
            case "FactSet" -> element.path("facts").forEach(fact -> {
                add(lines, fact.path("title").asString());
                for (String line : fact.path("value").asString().split("[\r\n]+")) {
                    add(lines, line);
                }
            });
            case "Container" -> element.path("items").forEach(item -> teamsElement(item, lines, cut));
            default -> {
            }
        }
    }

    /**
     * Every line Slack shows is shown in Teams (a line Slack cut short with "…" matches the whole
     * one), and, unless either platform cut the answer short, nothing more.
     */
    public static void assertSameContent(Seen slack, Seen teams, String what) {
        List<String> unmatched = new ArrayList<>(teams.lines());
        List<String> missing = new ArrayList<>();
        for (String line : slack.lines()) {
            String prefix = line.endsWith("…") ? line.substring(0, line.length() - 1) : null;
            int found = -1;
            for (int i = 0; i < unmatched.size() && found < 0; i++) {
                String candidate = unmatched.get(i);
                if (candidate.equals(line) || (prefix != null && candidate.startsWith(prefix))) {
                    found = i;
                }
            }
            if (found < 0) {
                missing.add(line);
            } else {
                unmatched.remove(found);
            }
        }
        assertThat(missing).as("%s: lines Slack shows that Teams does not (Teams shows %s)", what, teams.lines())
                .isEmpty();
        if (!slack.cut() && !teams.cut()) {
            assertThat(unmatched).as("%s: lines Teams shows that Slack does not", what).isEmpty();
        }
        assertThat(slack.lines()).as(what).isNotEmpty();
    }

    private static void addMrkdwn(List<String> lines, String mrkdwn) {
        for (String line : mrkdwn.split("\n")) {
            String text = line.startsWith("• ") ? line.substring(2) : line;
            if (text.length() > 1 && text.startsWith("*") && text.endsWith("*")) {
                text = text.substring(1, text.length() - 1);
            } else if (text.length() > 1 && text.startsWith("_") && text.endsWith("_")) {
                text = text.substring(1, text.length() - 1);
            }
            add(lines, text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
    }

    private static void add(List<String> lines, String line) {
        String text = line.strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }
}
