package uk.gov.ddat.capability.bot.teams;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** When the Teams endpoints are on. */
final class TeamsConditions {

    private TeamsConditions() {
    }

    /** The Bot Connector endpoint: TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID (or TEAMS_MULTI_TENANT). */
    static class BotEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !TeamsProperties.blank(env.getProperty("teams.app-id"))
                    && !TeamsProperties.blank(env.getProperty("teams.app-password"))
                    && (!TeamsProperties.blank(env.getProperty("teams.tenant-id"))
                        || env.getProperty("teams.multi-tenant", Boolean.class, false));
        }
    }

    /** The outgoing webhook: TEAMS_OUTGOING_WEBHOOK_SECRET set. */
    static class WebhookEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !TeamsProperties.blank(context.getEnvironment().getProperty("teams.outgoing-webhook-secret"));
        }
    }
}
