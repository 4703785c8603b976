package uk.gov.ddat.capability.bot.teams;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.team.Colleague;

/**
 * Mentions of people in a Teams message ({@code <at>Sam</at>} in the text, with a "mention" entity
 * giving Sam's id), written the way the core reads a colleague: {@code <@id|Sam>}. The bot's own
 * mention is left for {@link TeamsMessages} to remove. Only entities Teams sent are used, so typed
 * text cannot name anyone.
 */
final class TeamsMentions {

    private TeamsMentions() {
    }

    static String resolved(JsonNode activity, String text) {
        String bot = activity.path("recipient").path("id").asString("");
        String out = text;
        for (JsonNode entity : activity.path("entities")) {
            String id = entity.path("mentioned").path("id").asString("");
            String shown = entity.path("text").asString("");
            if ("mention".equals(entity.path("type").asString("")) && !id.isBlank() && !id.equals(bot)
                    && id.length() <= 300 && !id.contains(">") && !id.contains("|") && !shown.isBlank()) {
                out = out.replace(shown, " " + Colleague.mention(id, entity.path("mentioned").path("name")
                        .asString("")) + " ");
            }
        }
        return out;
    }
}
