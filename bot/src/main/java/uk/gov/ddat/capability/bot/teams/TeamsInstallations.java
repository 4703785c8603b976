package uk.gov.ddat.capability.bot.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * What the bot keeps about where it is installed in Teams: each conversation's address (and team),
 * and what happens when the app is removed.
 *
 * <p>Removed from a conversation ({@code installationUpdate} "remove", or the bot among
 * {@code membersRemoved}): the conversation's daily tips and change announcements stop, saying why;
 * removed from a team, those of every channel of the team it has heard from. Removed from a
 * person's own (personal) scope: that person's profile and self-assessments are deleted after the
 * same grace period as a removed Slack workspace's, unless they install the app again first.
 *
 * <p>Removed from a team or group chat, no one's personal data is marked: personal data is only
 * ever made and read in a person's personal chat with the bot (elsewhere personal commands are
 * declined), so no one loses access to it when a team removes the app; the bot cannot list a
 * team's members without permissions it does not ask for; and a member may still use the app
 * personally. Each person's data goes when they remove the app themselves, or say "forget me".
 */
public class TeamsInstallations {

    private static final Logger log = LoggerFactory.getLogger(TeamsInstallations.class);
    static final String REMOVED_REASON = "The app was removed from this conversation in Teams; add it again, then "
            + "turn tips (or change announcements) on again.";

    private final TeamsConversationStore conversations;
    private final SubscriptionStore subscriptions;
    private final ProfileStore profiles;

    public TeamsInstallations(TeamsConversationStore conversations, SubscriptionStore subscriptions,
                              ProfileStore profiles) {
        this.conversations = conversations;
        this.subscriptions = subscriptions;
        this.profiles = profiles;
    }

    /** Called for every activity that passed the checks, after Teams has had its answer. */
    public void heard(JsonNode activity, String tenant, String serviceUrl, Instant now) {
        String conversation = TeamsMessages.conversationOf(activity);
        Optional<String> team = text(activity.path("channelData").path("team").path("id"));
        if (removed(activity)) {
            stopServing(activity, tenant, conversation, team, now);
            return;
        }
        conversations.remember(tenant, conversation, team, serviceUrl, now);
        if (added(activity) && personal(activity)) {
            person(activity, tenant).ifPresent(profiles::personBack);
        }
    }

    private void stopServing(JsonNode activity, String tenant, String conversation, Optional<String> team,
                             Instant now) {
        List<String> paused = new ArrayList<>(List.of(conversation));
        team.ifPresent(id -> conversations.conversationsOfTeam(tenant, id).stream()
                .filter(c -> !paused.contains(c)).forEach(paused::add));
        int stopped = subscriptions.pauseConversations(TeamsMessages.PLATFORM, tenant, paused, REMOVED_REASON, now);
        boolean personal = personal(activity);
        if (personal) {
            person(activity, tenant).ifPresent(p -> profiles.personRemoved(p, now));
        }
        log.info("The app was removed from a Teams {} scope: paused {} subscriptions{}",
                personal ? "personal" : team.isPresent() ? "team" : "conversation", stopped,
                personal ? "; the person's data goes after the grace period" : "");
    }

    /** The app uninstalled here, or the bot taken out of the conversation. */
    static boolean removed(JsonNode activity) {
        String type = activity.path("type").asString("");
        String action = activity.path("action").asString("");
        return "installationUpdate".equals(type) && ("remove".equals(action) || "remove-upgrade".equals(action))
                || "conversationUpdate".equals(type) && hasBot(activity, activity.path("membersRemoved"));
    }

    private static boolean added(JsonNode activity) {
        String type = activity.path("type").asString("");
        String action = activity.path("action").asString("");
        return "installationUpdate".equals(type) && ("add".equals(action) || "add-upgrade".equals(action))
                || "conversationUpdate".equals(type) && hasBot(activity, activity.path("membersAdded"));
    }

    private static boolean hasBot(JsonNode activity, JsonNode members) {
        String bot = activity.path("recipient").path("id").asString("");
        for (JsonNode member : members) {
            if (!bot.isEmpty() && member.path("id").asString("").equals(bot)) {
                return true;
            }
        }
        return false;
    }

    private static boolean personal(JsonNode activity) {
        return "personal".equals(activity.path("conversation").path("conversationType").asString(""));
    }

    /** The person whose personal scope this is: in a personal chat, who the activity is from. */
    private static Optional<PersonKey> person(JsonNode activity, String tenant) {
        return text(activity.path("from").path("id")).filter(id -> id.length() <= 300 && tenant.length() <= 100)
                .map(id -> new PersonKey(TeamsMessages.PLATFORM, tenant, id));
    }

    private static Optional<String> text(JsonNode node) {
        String value = node.asString("");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
