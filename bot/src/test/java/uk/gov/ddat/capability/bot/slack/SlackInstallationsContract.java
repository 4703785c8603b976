package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;

import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Installations and OAuth state in the database, tokens encrypted: run on H2 and PostgreSQL. */
abstract class SlackInstallationsContract {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String NEW_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final JdbcInstallationService installations = installations(KEY);

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aWorkspaceInstallIsFoundWithItsTokenWhichIsNotStoredInClear() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-t1-secret"));
        Bot bot = installations.findBot(null, "T1");
        assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-t1-secret");
        assertThat(bot.getBotUserId()).isEqualTo("UBOT");
        assertThat(installations.findBot(null, "T2")).isNull();
        String stored = db.jdbc().sql("SELECT bot_token FROM slack_installation").query(String.class).single();
        assertThat(stored).doesNotContain("xoxb").doesNotContain("secret").startsWith("v1:");
    }

    @Test
    void installingAgainReplacesTheToken() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-old"));
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-new"));
        assertThat(installations.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-new");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM slack_installation").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOrganisationWideInstallServesEveryWorkspaceOfTheOrganisation() {
        installations.saveInstallerAndBot(install("E1", null, true, "xoxb-org"));
        installations.saveInstallerAndBot(install(null, "T9", false, "xoxb-before-grid"));
        assertThat(installations.findBot("E1", "T1").getBotAccessToken()).isEqualTo("xoxb-org");
        assertThat(installations.findBot("E1", "T2").getBotAccessToken()).isEqualTo("xoxb-org");
        assertThat(installations.findBot("E1", null).getIsEnterpriseInstall()).isTrue();
        assertThat(installations.findBot("E2", "T1")).isNull();
        installations.deleteAll("E1", null);
        assertThat(installations.findBot("E1", "T1")).isNull();
        assertThat(installations.findBot("E1", "T9").getBotAccessToken()).as("a workspace that joined the "
                + "organisation after installing").isEqualTo("xoxb-before-grid");
    }

    @Test
    void rotatedTokensReplaceTheStoredOnes() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxe.xoxb-1"));
        Bot bot = installations.findBot(null, "T1");
        assertThat(bot.getBotRefreshToken()).isEqualTo("xoxe-refresh-1");
        bot.setBotAccessToken("xoxe.xoxb-2");
        bot.setBotRefreshToken("xoxe-refresh-2");
        bot.setBotTokenExpiresAt(123L);
        installations.saveBot(bot);
        Bot again = installations.findBot(null, "T1");
        assertThat(again.getBotAccessToken()).isEqualTo("xoxe.xoxb-2");
        assertThat(again.getBotRefreshToken()).isEqualTo("xoxe-refresh-2");
        assertThat(again.getBotTokenExpiresAt()).isEqualTo(123L);
        assertThat(db.jdbc().sql("SELECT bot_refresh_token FROM slack_installation").query(String.class).single())
                .doesNotContain("xoxe");
    }

    @Test
    void uninstallingDeletesTheWorkspaceTokens() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-1"));
        installations.saveInstallerAndBot(install(null, "T2", false, "xoxb-2"));
        installations.deleteAll(null, "T1");
        assertThat(installations.findBot(null, "T1")).isNull();
        assertThat(installations.findBot(null, "T2")).isNotNull();
    }

    @Test
    void aTamperedTokenIsNotDecrypted() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-1"));
        String stored = db.jdbc().sql("SELECT bot_token FROM slack_installation").query(String.class).single();
        String tampered = stored.substring(0, stored.length() - 6) + (stored.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        db.jdbc().sql("UPDATE slack_installation SET bot_token = ?").param(tampered).update();
        assertThatThrownBy(() -> installations.findBot(null, "T1")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aNewKeyReadsTokensMadeWithTheOldOneAndReEncryptsThem() {
        installations.saveInstallerAndBot(install(null, "T1", false, "xoxb-1"));
        JdbcInstallationService withoutOldKey = installations(NEW_KEY);
        assertThatThrownBy(() -> withoutOldKey.findBot(null, "T1")).hasMessageContaining("SLACK_TOKEN_ENCRYPTION_OLD_KEYS");

        JdbcInstallationService rotated = new JdbcInstallationService(db.jdbc(),
                new TokenCipher(NEW_KEY, List.of(KEY)), clock);
        assertThat(rotated.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-1");
        assertThat(rotated.reencryptWithCurrentKey()).isEqualTo(1);
        assertThat(rotated.reencryptWithCurrentKey()).isZero();
        assertThat(installations(NEW_KEY).findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-1");
    }

    @Test
    void anOAuthStateIsGoodOnceAndForTenMinutes() throws Exception {
        JdbcOAuthStateService states = new JdbcOAuthStateService(db.jdbc(), clock);
        states.addNewStateToDatastore("state-1");
        states.addNewStateToDatastore("state-2");
        assertThat(states.isAvailableInDatabase("state-1")).isTrue();
        assertThat(states.isAvailableInDatabase("forged")).isFalse();
        assertThat(states.isAvailableInDatabase(null)).isFalse();
        states.deleteStateFromDatastore("state-1");
        assertThat(states.isAvailableInDatabase("state-1")).as("used").isFalse();
        clock.advance(Duration.ofMinutes(11));
        assertThat(states.isAvailableInDatabase("state-2")).as("expired").isFalse();
        states.addNewStateToDatastore("state-3");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM slack_oauth_state").query(Integer.class).single())
                .as("expired states are cleared").isEqualTo(1);
    }

    private JdbcInstallationService installations(String key) {
        return new JdbcInstallationService(db.jdbc(), new TokenCipher(key, List.of()), clock);
    }

    private static DefaultInstaller install(String enterprise, String team, boolean orgWide, String token) {
        return DefaultInstaller.builder().appId("A1").enterpriseId(enterprise).teamId(team)
                .isEnterpriseInstall(orgWide).botId("B1").botUserId("UBOT").botScope("commands,chat:write")
                .tokenType("bot").botAccessToken(token)
                .botRefreshToken(token.startsWith("xoxe") ? "xoxe-refresh-1" : null)
                .botTokenExpiresAt(token.startsWith("xoxe") ? 1_000L : null)
                .installerUserId("UINSTALLER").installedAt(1_700_000_000_000L).build();
    }
}
