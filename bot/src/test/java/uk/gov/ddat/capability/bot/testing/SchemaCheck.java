package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks Block Kit the bot sends: always against the limits Slack enforces (written out here from
 * Slack's reference: 50 blocks a message, 100 a view, about 12,000 characters, 3,000 a section,
 * 150 a header, 10 fields of 2,000, 75 a button label, 2,000 a button value, 255 an id); and,
 * when the shared suite is on ({@code -Dshared.dir}), against the Block Kit JSON schema too.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> BLOCK_TYPES = Set.of("header", "section", "context", "actions", "divider",
            "image", "input");
    private static Schema blockKit;

    private SchemaCheck() {
    }

    /** A message's blocks: within Slack's limits, at most 50 blocks, about 12,000 characters of text. */
    public static void assertValidMessageBlocks(JsonNode blocks) {
        assertValidBlocks(blocks);
        assertThat(blocks.size()).as("blocks in a message").isLessThanOrEqualTo(50);
        assertThat(textLength(blocks)).as("characters of text in a message").isLessThanOrEqualTo(12_000);
    }

    /**
     * A modal as views.open sends it: a title, Save and Cancel of at most 24 characters, a
     * callback id, private metadata of at most 3,000 characters, and valid blocks.
     */
    public static void assertValidModal(JsonNode view) {
        assertThat(view.path("type").asString()).isEqualTo("modal");
        assertText(view.path("title"), 24, true);
        assertText(view.path("submit"), 24, true);
        assertText(view.path("close"), 24, true);
        assertThat(view.path("callback_id").asString("").length()).as("callback_id").isBetween(1, 255);
        assertThat(view.path("private_metadata").asString("").length()).as("private_metadata").isLessThanOrEqualTo(3_000);
        assertValidBlocks(view.path("blocks"));
    }

    /** Blocks of a view (Home tab, modal): within Slack's limits, at most 100 blocks. */
    public static void assertValidBlocks(JsonNode blocks) {
        assertThat(blocks.isArray()).as("blocks is an array: %s", blocks).isTrue();
        assertThat(blocks.size()).as("blocks in a view").isBetween(1, 100);
        Set<String> blockIds = new HashSet<>();
        for (JsonNode block : blocks) {
            assertBlock(block);
            if (block.has("block_id")) {
                assertThat(blockIds.add(block.path("block_id").asString())).as("unique block_id %s", block).isTrue();
            }
        }
        if (SharedFiles.enabled()) {
            List<Error> errors = blockKitSchema().validate(blocks);
            assertThat(errors).as("Block Kit schema errors in %s", blocks).isEmpty();
        }
    }

    private static void assertBlock(JsonNode block) {
        String type = block.path("type").asString();
        assertThat(BLOCK_TYPES).as("block type of %s", block).contains(type);
        assertThat(block.path("block_id").asString("").length()).as("block_id").isLessThanOrEqualTo(255);
        switch (type) {
            case "header" -> assertText(block.path("text"), 150, true);
            case "section" -> {
                assertThat(block.has("text") || block.has("fields")).as("section with text or fields: %s", block)
                        .isTrue();
                if (block.has("text")) {
                    assertText(block.path("text"), 3_000, false);
                }
                if (block.has("fields")) {
                    assertThat(block.path("fields").size()).as("fields").isBetween(1, 10);
                    block.path("fields").forEach(field -> assertText(field, 2_000, false));
                }
            }
            case "context" -> {
                assertThat(block.path("elements").size()).as("context elements").isBetween(1, 10);
                block.path("elements").forEach(element -> {
                    if (!"image".equals(element.path("type").asString())) {
                        assertText(element, 3_000, false);
                    }
                });
            }
            case "actions" -> {
                assertThat(block.path("elements").size()).as("action elements").isBetween(1, 25);
                Set<String> actionIds = new HashSet<>();
                for (JsonNode element : block.path("elements")) {
                    if ("button".equals(element.path("type").asString())) {
                        assertText(element.path("text"), 75, true);
                        assertThat(element.path("value").asString("").length()).as("button value").isLessThanOrEqualTo(2_000);
                        assertThat(element.path("url").asString("").length()).as("button url").isLessThanOrEqualTo(3_000);
                        assertThat(element.has("value") || element.has("url")).as("button value or url").isTrue();
                    }
                    String actionId = element.path("action_id").asString("");
                    assertThat(actionId.length()).as("action_id").isBetween(1, 255);
                    assertThat(actionIds.add(actionId)).as("unique action_id %s", actionId).isTrue();
                }
            }
            case "input" -> {
                assertText(block.path("label"), 2_000, true);
                if (block.has("hint")) {
                    assertText(block.path("hint"), 2_000, true);
                }
                JsonNode element = block.path("element");
                assertThat(element.path("action_id").asString("").length()).as("action_id").isBetween(1, 255);
                if ("static_select".equals(element.path("type").asString())) {
                    assertThat(element.path("options").size()).as("select options").isBetween(1, 100);
                    element.path("options").forEach(option -> {
                        assertText(option.path("text"), 75, true);
                        assertThat(option.path("value").asString("").length()).as("option value").isBetween(1, 150);
                    });
                }
            }
            default -> {
            }
        }
    }

    private static void assertText(JsonNode text, int max, boolean plainOnly) {
        String kind = text.path("type").asString();
        assertThat(plainOnly ? Set.of("plain_text") : Set.of("plain_text", "mrkdwn")).as("text type of %s", text)
                .contains(kind);
        String value = text.path("text").asString("");
        assertThat(value.length()).as("text length of %s", text).isBetween(1, max);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static synchronized Schema blockKitSchema() {
        if (blockKit == null) {
            blockKit = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SharedFiles.read("schemas/slack-block-kit.schema.json"));
        }
        return blockKit;
    }

    private static int textLength(JsonNode node) {
        int total = 0;
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getKey().equals("text") && entry.getValue().isString()) {
                    total += entry.getValue().asString().length();
                } else {
                    total += textLength(entry.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                total += textLength(child);
            }
        }
        return total;
    }
}
