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

    /** The most mentions read from one message (a command needs one or a few). */
    private static final int MAX_MENTIONS = 20;

    private TeamsMentions() {
    }

    static String resolved(JsonNode activity, String text) {
        String bot = activity.path("recipient").path("id").asString("");
        String out = text;
        int used = 0;
        for (JsonNode entity : activity.path("entities")) {
            if (used == MAX_MENTIONS) {
                break;
            }
            String id = entity.path("mentioned").path("id").asString("");
            String shown = entity.path("text").asString("");
            int at = out.indexOf(shown);
            // Only Teams' own <at>…</at> markup, each replaced once: whatever an entity says, the text
            // grows by at most one mention per entity.
            if ("mention".equals(entity.path("type").asString("")) && !id.isBlank() && !id.equals(bot)
                    && id.length() <= 300 && !id.contains(">") && !id.contains("|")
                    && shown.startsWith("<at>") && shown.endsWith("</at>") && at >= 0) {
                out = out.substring(0, at) + " " + Colleague.mention(id, entity.path("mentioned").path("name")
                        .asString("")) + " " + out.substring(at + shown.length());
                used++;
            }
        }
        return out;
    }
}
