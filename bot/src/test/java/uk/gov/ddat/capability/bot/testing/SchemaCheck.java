package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Validates what the bot sends against the shared Block Kit and Adaptive Card schemas, plus the limits they miss. */
public final class SchemaCheck {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static Schema blockKit;

    private SchemaCheck() {
    }

    /** A message's blocks: valid Block Kit, at most 50 blocks, about 12,000 characters of text at most. */
    public static void assertValidMessageBlocks(JsonNode blocks) {
        assertValidBlocks(blocks);
        assertThat(blocks.size()).as("blocks in a message").isLessThanOrEqualTo(50);
        assertThat(textLength(blocks)).as("characters of text in a message").isLessThanOrEqualTo(12_000);
    }

    /** Blocks of a view (Home tab): valid Block Kit, at most 100 blocks. */
    public static void assertValidBlocks(JsonNode blocks) {
        List<Error> errors = blockKitSchema().validate(blocks);
        assertThat(errors).as("Block Kit schema errors in %s", blocks).isEmpty();
        assertThat(blocks.size()).isLessThanOrEqualTo(100);
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
