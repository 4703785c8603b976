package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Teams' mention entities become colleagues the core reads, and no entity can blow the text up. */
class TeamsMentionsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPersonMentionedBecomesAColleagueAndTheBotsOwnMentionIsLeft() {
        JsonNode activity = activity(List.of(mention("<at>Sam</at>", "29:sam", "Sam Smith"),
                mention("<at>Bot</at>", "28:bot", "Bot")));

        assertThat(TeamsMentions.resolved(activity, "<at>Bot</at> share with <at>Sam</at>"))
                .isEqualTo("<at>Bot</at> share with  <@29:sam|Sam Smith> ");
    }

    @Test
    void entitiesThatAreNotTeamsMarkupOrTooManyChangeLittle() {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            entities.add(mention("a", "a".repeat(300), "x")); // not <at>…</at>: ignored
            entities.add(mention("<at>Sam</at>", "29:sam" + i, "Sam"));
        }
        String text = "share with " + "<at>Sam</at> ".repeat(40) + "a".repeat(1000);

        String resolved = TeamsMentions.resolved(activity(entities), text);

        assertThat(resolved).hasSizeLessThan(text.length() + 20 * 40);
        assertThat(resolved).contains("<@29:sam0|Sam>").contains("<@29:sam19|Sam>").doesNotContain("<@29:sam20|");
        assertThat(resolved).contains("a".repeat(1000));
    }

    private JsonNode activity(List<Map<String, Object>> entities) {
        return json.valueToTree(Map.of("recipient", Map.of("id", "28:bot"), "entities", entities));
    }

    private static Map<String, Object> mention(String text, String id, String name) {
        return Map.of("type", "mention", "text", text, "mentioned", Map.of("id", id, "name", name));
    }
}
