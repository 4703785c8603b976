package uk.gov.ddat.capability.bot.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on when a bot token is configured (an empty SLACK_BOT_TOKEN means off). */
class SlackEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !SlackProperties.blank(context.getEnvironment().getProperty("slack.bot-token"));
    }
}
