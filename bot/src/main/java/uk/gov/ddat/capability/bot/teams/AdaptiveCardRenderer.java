package uk.gov.ddat.capability.bot.teams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.bot.profile.AssessmentForm;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.SelfLevel;

/**
 * Renders an answer as an Adaptive Card 1.5 (TextBlock, FactSet, Container, ActionSet with
 * Action.Submit and Action.OpenUrl) with a plain-text fallback, kept well under Teams' message
 * size: a card that would pass about 24 KB is cut at a section boundary with a link to the rest.
 */
@Component
public class AdaptiveCardRenderer implements AnswerRenderer {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** The command an assessment card's Save button sends, and the prefix of its inputs' ids. */
    static final String SUBMIT_COMMAND = "assessment";
    static final String SKILL_INPUT = "skill:";
    static final int MAX_CARD_BYTES = 24_000;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String format() {
        return "teams";
    }

    /** The card's JSON, as --format teams prints it. */
    @Override
    public String render(Answer answer) {
        return JSON.writeValueAsString(card(answer));
    }

    /** A message activity carrying the card, with the title as its notification summary. */
    public Map<String, Object> activity(Answer answer) {
        return message(answer.title(), card(answer));
    }

    /** An Adaptive Card 1.5 with its fallback text and body (a mutable map: actions are added after). */
    private static Map<String, Object> card(String fallbackText, List<Map<String, Object>> body) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("fallbackText", fallbackText);
        card.put("body", body);
        return card;
    }

    private static Map<String, Object> message(String summary, Map<String, Object> card) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("type", "message");
        activity.put("summary", summary);
        activity.put("attachments", List.of(Map.of("contentType", CONTENT_TYPE, "content", card)));
        return activity;
    }

    /**
     * A personal answer with its files: the chart shown in the card (as a data URI while it fits
     * Teams' message size, else from its link), each other file as a download link when the bot
     * has a public address for them ({@code links}), else a line saying the card holds the same facts.
     */
    public Map<String, Object> activity(Answer answer, List<Attachment> files, Function<Attachment, Optional<String>> links) {
        if (files.isEmpty()) {
            return activity(answer);
        }
        Map<String, Object> card = card(answer);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> body = (List<Map<String, Object>>) card.get("body");
        List<Map<String, Object>> actions = new ArrayList<>(cardActions(card));
        for (Attachment file : files) {
            String dataUri = "data:" + file.mediaType() + ";base64," + Base64.getEncoder().encodeToString(file.content());
            Optional<String> link = links.apply(file);
            int imageBytes = dataUri.length() + file.description().getBytes(StandardCharsets.UTF_8).length;
            if (file.isImage() && JSON.writeValueAsBytes(card).length + imageBytes < MAX_CARD_BYTES) {
                body.add(1, image(dataUri, file.description()));
            } else if (file.isImage() && link.isPresent()) {
                body.add(1, image(link.get(), file.description()));
            } else if (link.isPresent()) {
                actions.add(Map.of("type", "Action.OpenUrl", "title", "Download " + file.fileName(), "url", link.get()));
            } else if (file.isImage()) {
                body.add(text("The chart is too large for a Teams card; the facts above are the same.", false, "Small"));
            } else {
                body.add(text(file.fileName() + " can't be downloaded here; the facts above are the same.", false,
                        "Small"));
            }
        }
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        return message(answer.title(), card);
    }

    /**
     * The self-assessment as a card: one choice per skill (pre-filled from the last assessment) and
     * a Save button that sends the choices back with the role level the card was made for.
     */
    public Map<String, Object> assessment(Answer intro, AssessmentForm form) {
        List<Map<String, Object>> body = new ArrayList<>();
        body.add(text(intro.title(), true, "Large"));
        intro.sections().forEach(section -> body.add(container(section)));
        List<Map<String, Object>> choices = Arrays.stream(SelfLevel.values())
                .map(l -> Map.<String, Object>of("title", l.title(), "value", l.code())).toList();
        // Each skill adds about 400 bytes: a level with more skills than a card holds gets the first ones.
        int size = JSON.writeValueAsBytes(body).length + 1_000;
        int shown = 0;
        for (AssessmentForm.Item item : form.items()) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("type", "Input.ChoiceSet");
            input.put("id", SKILL_INPUT + item.skill());
            input.put("label", escape(item.skill()) + " (your level needs " + item.required().label() + ")");
            input.put("style", "compact");
            input.put("choices", choices);
            item.current().ifPresent(current -> input.put("value", current.code()));
            size += JSON.writeValueAsBytes(input).length;
            if (size > MAX_CARD_BYTES) {
                body.add(text("This card shows the first " + shown + " of " + form.items().size()
                        + " skills: more than a Teams card holds.", false, "Small"));
                break;
            }
            body.add(input);
            shown++;
        }
        Map<String, Object> card = card(intro.plainText(), body);
        card.put("actions", List.of(Map.of("type", "Action.Submit", "title", "Save",
                "data", Map.of("command", SUBMIT_COMMAND, "level", form.level()))));
        return message(intro.title(), card);
    }

    /** The chart, shown across the card, with the same facts as its alt text. */
    private static Map<String, Object> image(String url, String altText) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("type", "Image");
        image.put("url", url);
        image.put("altText", altText);
        image.put("size", "Stretch");
        return image;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cardActions(Map<String, Object> card) {
        Object actions = card.get("actions");
        return actions == null ? List.of() : (List<Map<String, Object>>) actions;
    }

    public Map<String, Object> card(Answer answer) {
        List<Map<String, Object>> body = new ArrayList<>();
        body.add(text(answer.title(), true, "Large"));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Answer.Section section : answer.sections()) {
            sections.add(container(section));
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Answer.Action action : answer.actions()) {
            actions.add(Map.of("type", "Action.Submit", "title", action.label(), "data", Map.of("command", action.command())));
        }
        answer.link().ifPresent(link -> actions.add(Map.of("type", "Action.OpenUrl", "title", link.label(),
                "url", link.url())));

        Map<String, Object> card = card(answer.plainText(), body);
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        // Add sections while the card stays small enough; say so if any are left out.
        int size = JSON.writeValueAsBytes(card).length;
        for (Map<String, Object> section : sections) {
            int sectionSize = JSON.writeValueAsBytes(section).length;
            if (size + sectionSize > MAX_CARD_BYTES) {
                body.add(text("This answer is longer than a Teams card allows; the rest is on the published page.",
                        false, "Small"));
                break;
            }
            body.add(section);
            size += sectionSize;
        }
        if (JSON.writeValueAsBytes(card).length > MAX_CARD_BYTES) {
            card.put("fallbackText", answer.title());
        }
        return card;
    }

    private static Map<String, Object> container(Answer.Section section) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (!section.heading().isEmpty()) {
            items.add(text(section.heading(), true, "Medium"));
        }
        if (!section.text().isEmpty()) {
            items.add(text(section.text(), false, "Default"));
        }
        if (!section.facts().isEmpty()) {
            items.add(Map.of("type", "FactSet", "facts", section.facts().stream()
                    .map(f -> Map.of("title", f.label(), "value", f.value())).toList()));
        }
        if (!section.bullets().isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (String bullet : section.bullets()) {
                list.append(list.length() == 0 ? "" : "\r").append("- ").append(bullet);
            }
            items.add(text(list.toString(), false, "Default"));
        }
        return Map.of("type", "Container", "spacing", "Medium", "items", items);
    }

    private static Map<String, Object> text(String text, boolean bold, String size) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", escape(text));
        block.put("wrap", true);
        if (bold) {
            block.put("weight", "Bolder");
        }
        if (!"Default".equals(size)) {
            block.put("size", size);
        }
        return block;
    }

    /**
     * TextBlocks read a little markdown. Framework text is shown as written; quoted user text is
     * already reduced to letters, digits and plain punctuation. What is left to stop is a
     * markdown link being made out of text.
     */
    static String escape(String text) {
        return text.replace("](", "] (");
    }
}
