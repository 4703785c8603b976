package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import uk.gov.ddat.capability.bot.BotApplication;

/** "Add to Slack" set up wrongly stops the start at once, saying what to set. */
class SlackOAuthSettingsTest {

    @Test
    void aClientIdWithoutAnEncryptionKeyStopsTheStart() {
        assertThatThrownBy(() -> start("--slack.client-id=1.2", "--slack.client-secret=s",
                "--slack.signing-secret=x")).hasStackTraceContaining("SLACK_TOKEN_ENCRYPTION_KEY");
    }

    @Test
    void aBotTokenAndAClientIdTogetherStopTheStart() {
        assertThatThrownBy(() -> start("--slack.client-id=1.2", "--slack.client-secret=s", "--slack.bot-token=xoxb-1",
                "--slack.signing-secret=x", "--slack.token-encryption-key=" + SlackInstallationsContract.KEY))
                .hasStackTraceContaining("set one of them");
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> new TokenCipher("c2hvcnQ=", List.of())).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new TokenCipher("not base64!", List.of())).hasMessageContaining("32 random bytes");
    }

    private static void start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--framework.reload-interval=0", "--spring.datasource.url=jdbc:h2:mem:settings;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "--logging.level.root=OFF"));
        all.addAll(List.of(args));
        new SpringApplicationBuilder(BotApplication.class).run(all.toArray(String[]::new)).close();
    }
}
