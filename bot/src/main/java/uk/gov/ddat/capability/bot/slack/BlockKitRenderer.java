package uk.gov.ddat.capability.bot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.Gson;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.framework.load.PublishedPages;

/**
 * Renders an answer as Slack Block Kit within Slack's limits: 50 blocks a message (100 in the
 * Home tab), 3,000 characters a section, 150 a header, 10 fields of 2,000, 75 a button label, and
 * about 12,000 characters in all. A longer answer is cut at a block boundary and ends with a
 * button to read the rest on the published page, so Slack never rejects it. All text is escaped
 * for mrkdwn, so nothing in an answer can mention a person or a channel.
 */
@Component
public class BlockKitRenderer implements AnswerRenderer {

    /** Buttons carry the question they ask in their value; the action id only has to be unique. */
    public static final String ACTION_PREFIX = "ask:";

    static final int MESSAGE_BLOCKS = 50;
    static final int HOME_BLOCKS = 100;
    static final int MAX_CHARACTERS = 11_000;
    static final int SECTION_TEXT = 3_000;
    static final int HEADER_TEXT = 150;
    static final int FIELDS = 10;
    static final int FIELD_TEXT = 2_000;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2_000;
    static final int FALLBACK_TEXT = 3_000;

    private final Gson gson = GsonFactory.createSnakeCase();
    /** Answers are cached and immutable, so each is rendered once; keys are held weakly, by identity. */
    private final Cache<Answer, SlackMessage> rendered = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    @Override
    public String format() {
        return "slack";
    }

    /** The message as Slack's chat.postMessage JSON ({@code text} and {@code blocks}). */
    @Override
    public String render(Answer answer) {
        SlackMessage message = message(answer);
        return gson.toJson(Map.of("text", message.text(), "blocks", message.blocks()));
    }

    public SlackMessage message(Answer answer) {
        return rendered.get(answer, a -> new SlackMessage(fallback(a), blocks(a, MESSAGE_BLOCKS)));
    }

    /** Notification and screen-reader text; escaped like everything else. */
    public String fallback(Answer answer) {
        return escape(cut(answer.plainText(), FALLBACK_TEXT));
    }

    /** The answer's blocks, at most {@code maxBlocks} of them. */
    public List<LayoutBlock> blocks(Answer answer, int maxBlocks) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(HeaderBlock.builder().text(plain(answer.title(), HEADER_TEXT)).build());
        for (Answer.Section section : answer.sections()) {
            addSection(section, body);
        }
        List<LayoutBlock> tail = new ArrayList<>();
        answer.link().ifPresent(link -> tail.add(context("<" + link.url() + "|" + escape(link.label()) + ">")));
        if (!answer.actions().isEmpty()) {
            tail.add(actions(answer.actions()));
        }
        return fit(body, tail, answer, maxBlocks);
    }

    /** Keeps whole blocks while they fit; if any are left out, says so and links to the rest. */
    private List<LayoutBlock> fit(List<LayoutBlock> body, List<LayoutBlock> tail, Answer answer, int maxBlocks) {
        int budget = MAX_CHARACTERS - characters(tail);
        List<LayoutBlock> kept = new ArrayList<>();
        int used = 0;
        boolean cut = false;
        for (LayoutBlock block : body) {
            int size = characters(List.of(block));
            if (kept.size() + tail.size() + 2 >= maxBlocks || used + size > budget - 300) {
                cut = true;
                break;
            }
            kept.add(block);
            used += size;
        }
        if (cut) {
            kept.add(context("_This answer is longer than a Slack message allows; the rest is on the published page._"));
            String url = answer.link().map(Answer.Link::url).orElse(PublishedPages.HOME);
            kept.add(ActionsBlock.builder().blockId("more").elements(List.of(ButtonElement.builder()
                    .actionId("show-more").text(plain("Show more", BUTTON_TEXT)).url(url).build())).build());
        }
        kept.addAll(tail);
        return kept;
    }

    private void addSection(Answer.Section section, List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder();
        if (!section.heading().isEmpty()) {
            text.append('*').append(escape(section.heading())).append('*');
        }
        if (!section.text().isEmpty()) {
            text.append(text.length() > 0 ? "\n" : "").append(escape(section.text()));
        }
        if (!section.bullets().isEmpty()) {
            for (String bullet : section.bullets()) {
                text.append(text.length() > 0 ? "\n" : "").append("• ").append(escape(bullet));
            }
        }
        for (String chunk : chunks(text.toString(), SECTION_TEXT)) {
            blocks.add(SectionBlock.builder().text(markdown(chunk)).build());
        }
        List<TextObject> fields = new ArrayList<>();
        for (Answer.Fact fact : section.facts()) {
            fields.add(markdown(cut("*" + escape(fact.label()) + "*\n" + escape(fact.value()), FIELD_TEXT)));
            if (fields.size() == FIELDS) {
                blocks.add(SectionBlock.builder().fields(fields).build());
                fields = new ArrayList<>();
            }
        }
        if (!fields.isEmpty()) {
            blocks.add(SectionBlock.builder().fields(fields).build());
        }
    }

    private static ActionsBlock actions(List<Answer.Action> actions) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Answer.Action action = actions.get(i);
            buttons.add(ButtonElement.builder()
                    .actionId(ACTION_PREFIX + i)
                    .text(plain(action.label(), BUTTON_TEXT))
                    .value(cut(action.command(), BUTTON_VALUE))
                    .build());
        }
        return ActionsBlock.builder().elements(buttons).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(markdown(mrkdwn))).build();
    }

    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    private static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder().text(cut(text, max)).emoji(true).build();
    }

    /** Slack's three control characters; everything else is shown as written. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Splits at line breaks where possible, so no section text is over the limit. */
    static List<String> chunks(String text, int max) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int split = rest.lastIndexOf('\n', max);
            if (split <= 0) {
                split = max;
                if (Character.isHighSurrogate(rest.charAt(split - 1))) {
                    split--;
                }
            }
            chunks.add(rest.substring(0, split));
            rest = rest.substring(split).stripLeading();
        }
        if (!rest.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    /** The characters Slack counts towards a message's size. */
    static int characters(List<LayoutBlock> blocks) {
        int total = 0;
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section) {
                total += section.getText() == null ? 0 : section.getText().getText().length();
                if (section.getFields() != null) {
                    total += section.getFields().stream().mapToInt(f -> f.getText().length()).sum();
                }
            } else if (block instanceof HeaderBlock header) {
                total += header.getText().getText().length();
            } else if (block instanceof ContextBlock context) {
                total += context.getElements().stream()
                        .mapToInt(e -> e instanceof TextObject t ? t.getText().length() : 0).sum();
            } else if (block instanceof ActionsBlock actions) {
                total += actions.getElements().stream()
                        .mapToInt(e -> e instanceof ButtonElement b ? b.getText().getText().length() : 0).sum();
            }
        }
        return total;
    }
}
