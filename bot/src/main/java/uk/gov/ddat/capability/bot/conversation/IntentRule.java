package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;

/**
 * One small rule from a question's mentions to what it asks. Rules are tried in order and the
 * first that applies decides; each looks only at the mentions, never at the names again.
 */
interface IntentRule {

    Optional<Question> apply(Reading reading);
}
