package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slack's error codes become the sentence people see when their tips stop, inside the Slack adapter. */
class SlackTipSenderTest {

    @Test
    void slackErrorCodesAreToldAsWhatToDo() {
        assertThat(SlackTipSender.reason("not_in_channel")).startsWith("I'm not a member of this channel. Invite me");
        assertThat(SlackTipSender.reason("is_archived")).isEqualTo("This channel is archived.");
        assertThat(SlackTipSender.reason("token_revoked")).isEqualTo("The app's access was removed; reinstall it.");
        assertThat(SlackTipSender.reason("msg_too_long")).isEqualTo("Posting failed permanently (msg_too_long).");
    }
}
