package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks cards against the shared Adaptive Card 1.5 schema, and their size. */
public final class AdaptiveCards {

    private static Schema schema;

    private AdaptiveCards() {
    }

    public static void assertValid(JsonNode card) {
        List<Error> errors = schema().validate(card);
        assertThat(errors).as("Adaptive Card 1.5 schema errors in %s", card).isEmpty();
        assertThat(card.path("version").asString()).isEqualTo("1.5");
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).as("card bytes").isLessThan(28_000);
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            // The file names itself with draft-04's "id"; draft-06 (its $schema) spells it "$id".
            ObjectNode document = (ObjectNode) SchemaCheck.parse(SharedFiles.read("schemas/adaptive-card-1.5.0.json"));
            if (document.has("id") && document.get("id").isString()) {
                document.set("$id", document.remove("id"));
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(document.toString());
        }
        return schema;
    }
}
