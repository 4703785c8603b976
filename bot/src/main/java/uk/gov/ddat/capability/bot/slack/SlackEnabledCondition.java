package uk.gov.ddat.capability.bot.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on when a bot token (one workspace) or a client id ("Add to Slack") is configured. */
class SlackEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !SlackProperties.blank(context.getEnvironment().getProperty("slack.bot-token"))
                || !SlackProperties.blank(context.getEnvironment().getProperty("slack.client-id"));
    }
}
