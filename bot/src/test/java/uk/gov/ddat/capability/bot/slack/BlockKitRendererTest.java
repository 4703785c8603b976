package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;

class BlockKitRendererTest {

    private static final ConversationEngine ENGINE = Engines.bundled();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void everyKindOfAnswerIsValidBlockKit() {
        for (String question : List.of("help", "roles", "infrastructure operations engineer", "senior", "lead",
                "incident management", "testing at lead", "senior to lead", "compare L1 L2", "grade HEO",
                "what grade is a lead", "search documentation", "tip", "xyzzy", "", "head of infra ops")) {
            JsonNode message = SchemaCheck.parse(renderer.render(ENGINE.answer(question)));
            SchemaCheck.assertValidMessageBlocks(message.path("blocks"));
            assertThat(message.path("text").asString()).as(question).isNotBlank();
        }
    }

    @Test
    void aHugeAnswerIsCutToFitWithAShowMoreButton() {
        List<Answer.Section> sections = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sections.add(new Answer.Section("Section " + i, "x".repeat(500),
                    List.of(new Answer.Fact("a", "b"), new Answer.Fact("c", "d")), List.of("one", "two")));
        }
        Answer huge = new Answer("T".repeat(400), sections, List.of(new Answer.Action("L".repeat(200), "senior")),
                Optional.of(new Answer.Link("Read more", "https://example.gov.uk/page.html")));
        JsonNode message = SchemaCheck.parse(renderer.render(huge));
        JsonNode blocks = message.path("blocks");
        SchemaCheck.assertValidMessageBlocks(blocks);
        assertThat(blocks.toString()).contains("Show more").contains("https://example.gov.uk/page.html");
        assertThat(blocks.get(0).path("text").path("text").asString()).hasSize(150);
        assertThat(message.path("text").asString().length()).isLessThanOrEqualTo(BlockKitRenderer.FALLBACK_TEXT);
    }

    @Test
    void manyFactsAreSplitIntoSectionsOfTenFields() {
        List<Answer.Fact> facts = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            facts.add(new Answer.Fact("Skill " + i, "working"));
        }
        Answer answer = new Answer("Facts", List.of(Answer.Section.facts("Skills", facts)), List.of(), Optional.empty());
        JsonNode blocks = SchemaCheck.parse(renderer.render(answer)).path("blocks");
        SchemaCheck.assertValidMessageBlocks(blocks);
        int fields = 0;
        for (JsonNode block : blocks) {
            assertThat(block.path("fields").size()).isLessThanOrEqualTo(10);
            fields += block.path("fields").size();
        }
        assertThat(fields).isEqualTo(23);
    }

    @Test
    void textIsEscapedSoItCannotMentionAnyone() {
        Answer answer = new Answer("<!channel> & <@U1>", List.of(Answer.Section.text("<!here>", "a < b > c & d")),
                List.of(), Optional.empty());
        JsonNode message = SchemaCheck.parse(renderer.render(answer));
        String mrkdwn = message.path("blocks").get(1).path("text").path("text").asString();
        assertThat(mrkdwn).isEqualTo("*&lt;!here&gt;*\na &lt; b &gt; c &amp; d");
        assertThat(message.path("text").asString()).doesNotContain("<").doesNotContain(">")
                .contains("&lt;!channel&gt; &amp; &lt;@U1&gt;");
        // plain_text is shown as written and never notifies anyone.
        assertThat(message.path("blocks").get(0).path("text").path("type").asString()).isEqualTo("plain_text");
    }

    @Property(tries = 200)
    void nothingTypedIsEverSentUnescaped(@ForAll @StringLength(max = 300) String noise) {
        String question = "search " + noise + " <!channel> <@U123> <#C1|x> " + noise;
        JsonNode message = SchemaCheck.parse(renderer.render(ENGINE.answer(question)));
        String text = allText(message);
        assertThat(text).doesNotContain("<!").doesNotContain("<@").doesNotContain("<#");
        SchemaCheck.assertValidMessageBlocks(message.path("blocks"));
    }

    /** Every string value in the message, decoded: what Slack would read. */
    static String allText(JsonNode node) {
        StringBuilder all = new StringBuilder();
        if (node.isString()) {
            all.append(node.asString()).append('\n');
        }
        for (JsonNode child : node) {
            all.append(allText(child));
        }
        return all.toString();
    }
}
