package uk.gov.ddat.capability.bot.profile;

import java.util.Objects;

import uk.gov.ddat.capability.bot.conversation.Platform;

/**
 * Whose personal data this is: a user id as the platform gives it, in the workspace (Slack team
 * or enterprise key) or tenant (Teams) it comes from. The same id in another workspace is another
 * person. Never logged.
 */
public record PersonKey(Platform platform, String workspace, String userId) {

    public PersonKey {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a person needs a user id");
        }
        // The database keeps at most these (V16); no real id comes near them.
        if (userId.length() > 300 || workspace.length() > 100) {
            throw new IllegalArgumentException("a user id or workspace longer than any platform's");
        }
    }

    /** Never the ids themselves: a toString that reaches a log must not name anyone. */
    @Override
    public String toString() {
        return "PersonKey[" + platform.storedAs() + "]";
    }
}
