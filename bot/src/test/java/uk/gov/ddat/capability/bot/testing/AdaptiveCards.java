package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the cards the bot sends: always their structure (the Adaptive Card 1.5 elements we use,
 * with what each requires) and size (Teams refuses a message over about 28 KB); and, when the
 * shared suite is on ({@code -Dshared.dir}), against the Adaptive Card 1.5 JSON schema too.
 */
public final class AdaptiveCards {

    private static final Set<String> ELEMENTS = Set.of("TextBlock", "FactSet", "Container", "ColumnSet", "Column",
            "Image", "ActionSet", "Input.ChoiceSet", "Input.Text");
    private static final Set<String> ACTIONS = Set.of("Action.Submit", "Action.OpenUrl", "Action.ShowCard",
            "Action.Execute");
    private static Schema schema;

    private AdaptiveCards() {
    }

    public static void assertValid(JsonNode card) {
        assertThat(card.path("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asString()).isEqualTo("1.5");
        assertThat(card.path("body").isArray()).as("card body").isTrue();
        card.path("body").forEach(AdaptiveCards::assertElement);
        card.path("actions").forEach(AdaptiveCards::assertAction);
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).as("card bytes").isLessThan(28_000);
        if (SharedFiles.enabled()) {
            List<Error> errors = schema().validate(card);
            assertThat(errors).as("Adaptive Card 1.5 schema errors in %s", card).isEmpty();
        }
    }

    private static void assertElement(JsonNode element) {
        String type = element.path("type").asString();
        assertThat(ELEMENTS).as("element type of %s", element).contains(type);
        switch (type) {
            case "TextBlock" -> assertThat(element.path("text").isString()).as("TextBlock text: %s", element).isTrue();
            case "FactSet" -> element.path("facts").forEach(fact -> {
                assertThat(fact.path("title").isString()).as("fact title: %s", fact).isTrue();
                assertThat(fact.path("value").isString()).as("fact value: %s", fact).isTrue();
            });
            case "Container" -> element.path("items").forEach(AdaptiveCards::assertElement);
            case "ActionSet" -> element.path("actions").forEach(AdaptiveCards::assertAction);
            case "Input.ChoiceSet", "Input.Text" ->
                    assertThat(element.path("id").asString("")).as("input id: %s", element).isNotEmpty();
            default -> {
            }
        }
    }

    private static void assertAction(JsonNode action) {
        String type = action.path("type").asString();
        assertThat(ACTIONS).as("action type of %s", action).contains(type);
        assertThat(action.path("title").asString("")).as("action title: %s", action).isNotEmpty();
        if (type.equals("Action.OpenUrl")) {
            assertThat(action.path("url").asString("")).as("OpenUrl url").startsWith("https://");
        }
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
