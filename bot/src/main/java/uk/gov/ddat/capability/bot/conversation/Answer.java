package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral answer: what to say, not how a platform shows it. Renderers turn it into
 * Slack Block Kit, a Teams Adaptive Card or plain text. All text here is plain (no markup);
 * renderers escape it for their platform.
 *
 * @param title    a short heading
 * @param sections the body, in order
 * @param actions  buttons that ask a follow-up question
 * @param link     the published page to read more, if there is one
 * @param outcome  whether the question was answered, or the bot was not sure, or the data does not cover it
 */
public record Answer(String title, List<Section> sections, List<Action> actions, Optional<Link> link,
                     Outcome outcome) {

    /** How a question ended; the last two are counted so the framework's owners see what is missing. */
    public enum Outcome {
        ANSWERED,
        /** The bot did not understand, or asked back which thing was meant. */
        NOT_SURE,
        /** Understood, but the framework data does not hold the answer. */
        NOT_IN_DATA
    }

    public Answer {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An answer that answers. */
    public Answer(String title, List<Section> sections, List<Action> actions, Optional<Link> link) {
        this(title, sections, actions, link, Outcome.ANSWERED);
    }

    Answer withOutcome(Outcome value) {
        return new Answer(title, sections, actions, link, value);
    }

    /** Reads well on its own: notifications, screen readers, and platforms without cards. */
    public String plainText() {
        return PlainTextRenderer.render(this);
    }

    /**
     * One part of an answer: an optional heading, a paragraph, label/value facts and a bullet list,
     * each of which may be empty.
     */
    public record Section(String heading, String text, List<Fact> facts, List<String> bullets) {

        public Section {
            heading = heading == null ? "" : heading;
            text = text == null ? "" : text;
            facts = List.copyOf(facts);
            bullets = List.copyOf(bullets);
        }

        public static Section text(String heading, String text) {
            return new Section(heading, text, List.of(), List.of());
        }

        public static Section bullets(String heading, List<String> bullets) {
            return new Section(heading, "", List.of(), bullets);
        }

        public static Section facts(String heading, List<Fact> facts) {
            return new Section(heading, "", facts, List.of());
        }
    }

    /** A label and its value, e.g. "Incident management" → "practitioner". */
    public record Fact(String label, String value) {
    }

    /**
     * A button. {@code command} is the text the bot answers when it is pressed, in the same
     * grammar users type, so every button can also be typed.
     */
    public record Action(String label, String command) {
    }

    /** A link out, e.g. to the role's published page. */
    public record Link(String label, String url) {
    }
}
