package uk.gov.ddat.capability.bot.slack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;

/**
 * Bolt's installations in the bot's database (H2 or PostgreSQL): one row per workspace, or per
 * Enterprise Grid organisation for an organisation-wide install, holding the latest bot token
 * (and refresh token) encrypted by {@link TokenCipher}. User tokens are not kept: the app asks for
 * none.
 */
public class JdbcInstallationService implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(JdbcInstallationService.class);

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final Clock clock;
    private final Consumer<String> installed;

    public JdbcInstallationService(JdbcClient jdbc, TokenCipher cipher, Clock clock) {
        this(jdbc, cipher, clock, key -> { });
    }

    /** {@code installed} hears each workspace key ("enterprise:team") the app is installed in, again or anew. */
    public JdbcInstallationService(JdbcClient jdbc, TokenCipher cipher, Clock clock, Consumer<String> installed) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.installed = installed;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("only the latest installation of each workspace is kept");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        String enterprise = nz(installer.getEnterpriseId());
        String team = Boolean.TRUE.equals(installer.getIsEnterpriseInstall()) ? "" : nz(installer.getTeamId());
        DefaultInstaller names = installer instanceof DefaultInstaller d ? d : new DefaultInstaller();
        Object[] values = {Boolean.TRUE.equals(installer.getIsEnterpriseInstall()), installer.getAppId(),
                names.getEnterpriseName(), installer.getEnterpriseUrl(), names.getTeamName(),
                installer.getBotId(), installer.getBotUserId(), installer.getBotScope(), installer.getTokenType(),
                cipher.encrypt(installer.getBotAccessToken()), cipher.encrypt(installer.getBotRefreshToken()),
                installer.getBotTokenExpiresAt(), installer.getInstallerUserId(),
                Timestamp.from(installedAt(installer))};
        if (installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("an installation without a bot token");
        }
        int updated = jdbc.sql("""
                UPDATE slack_installation SET enterprise_install = ?, app_id = ?, enterprise_name = ?,
                    enterprise_url = ?, team_name = ?, bot_id = ?, bot_user_id = ?, bot_scope = ?, token_type = ?,
                    bot_token = ?, bot_refresh_token = ?, bot_token_expires_at = ?, installer_user_id = ?,
                    installed_at = ?
                WHERE enterprise_id = ? AND team_id = ?""")
                .params(concat(values, enterprise, team)).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO slack_installation (enterprise_install, app_id, enterprise_name, enterprise_url,
                            team_name, bot_id, bot_user_id, bot_scope, token_type, bot_token, bot_refresh_token,
                            bot_token_expires_at, installer_user_id, installed_at, enterprise_id, team_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(concat(values, enterprise, team)).update();
            } catch (DuplicateKeyException raced) {
                saveInstallerAndBot(installer);
            }
        }
        log.info("Slack app installed in {}", describe(enterprise, team));
        installed.accept(enterprise + ":" + team);
    }

    /** After token rotation: the new tokens of an installation that is already stored. */
    @Override
    public void saveBot(Bot bot) {
        jdbc.sql("UPDATE slack_installation SET bot_token = ?, bot_refresh_token = ?, bot_token_expires_at = ? "
                        + "WHERE enterprise_id = ? AND team_id = ?")
                .params(cipher.encrypt(bot.getBotAccessToken()), cipher.encrypt(bot.getBotRefreshToken()),
                        bot.getBotTokenExpiresAt(), nz(bot.getEnterpriseId()), teamKey(bot))
                .update();
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), teamKey(bot));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        deleteAll(installer.getEnterpriseId(),
                Boolean.TRUE.equals(installer.getIsEnterpriseInstall()) ? "" : installer.getTeamId());
    }

    /** Forgets a workspace's installation (team id) or an organisation's (team id null or ""). */
    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        int deleted = jdbc.sql("DELETE FROM slack_installation WHERE enterprise_id = ? AND team_id = ?")
                .params(nz(enterpriseId), nz(teamId)).update();
        if (deleted > 0) {
            log.info("Slack tokens deleted for {}", describe(nz(enterpriseId), nz(teamId)));
        }
    }

    /**
     * The bot of a request's workspace: an organisation-wide install covers every workspace of the
     * organisation; a workspace installed before it joined the organisation is found by its team id.
     */
    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return findRow(enterpriseId, teamId).map(row -> row.bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return findRow(enterpriseId, teamId).map(row -> row.installer)
                .filter(i -> userId == null || userId.equals(i.getInstallerUserId())).orElse(null);
    }

    /**
     * Re-encrypts tokens made with an older key, so that the old key can then be dropped; a token
     * whose key is not configured at all stops the start (SLACK_TOKEN_ENCRYPTION_OLD_KEYS).
     */
    public int reencryptWithCurrentKey() {
        List<String[]> stale = jdbc.sql("SELECT enterprise_id, team_id, bot_token, bot_refresh_token "
                        + "FROM slack_installation")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream().filter(r -> !cipher.isCurrent(r[2]) || !cipher.isCurrent(r[3])).toList();
        for (String[] row : stale) {
            jdbc.sql("UPDATE slack_installation SET bot_token = ?, bot_refresh_token = ? "
                            + "WHERE enterprise_id = ? AND team_id = ? AND bot_token = ?")
                    .params(cipher.encrypt(cipher.decrypt(row[2])), cipher.encrypt(cipher.decrypt(row[3])), row[0],
                            row[1], row[2])
                    .update();
        }
        return stale.size();
    }

    private record Row(Bot bot, Installer installer) {
    }

    private Optional<Row> findRow(String enterpriseId, String teamId) {
        String enterprise = nz(enterpriseId);
        String team = nz(teamId);
        Optional<Row> found = Optional.empty();
        if (!enterprise.isEmpty()) {
            found = row(enterprise, ""); // organisation-wide
        }
        if (found.isEmpty() && !team.isEmpty()) {
            found = row(enterprise, team);
        }
        if (found.isEmpty() && !enterprise.isEmpty() && !team.isEmpty()) {
            found = row("", team); // installed before the workspace joined the organisation
        }
        return found;
    }

    private Optional<Row> row(String enterprise, String team) {
        return jdbc.sql("SELECT * FROM slack_installation WHERE enterprise_id = ? AND team_id = ?")
                .params(enterprise, team).query(this::toRow).optional();
    }

    private Row toRow(ResultSet rs, int n) throws SQLException {
        String enterprise = blankToNull(rs.getString("enterprise_id"));
        String team = blankToNull(rs.getString("team_id"));
        boolean orgWide = rs.getBoolean("enterprise_install");
        String token = cipher.decrypt(rs.getString("bot_token"));
        String refresh = cipher.decrypt(rs.getString("bot_refresh_token"));
        Long expiresAt = rs.getObject("bot_token_expires_at") == null ? null : rs.getLong("bot_token_expires_at");
        long installedAt = rs.getTimestamp("installed_at").toInstant().toEpochMilli();
        DefaultInstaller installer = DefaultInstaller.builder().appId(rs.getString("app_id")).enterpriseId(enterprise)
                .enterpriseName(rs.getString("enterprise_name")).enterpriseUrl(rs.getString("enterprise_url"))
                .teamId(team).teamName(rs.getString("team_name")).botId(rs.getString("bot_id"))
                .botUserId(rs.getString("bot_user_id")).botScope(rs.getString("bot_scope"))
                .tokenType(rs.getString("token_type")).botAccessToken(token).botRefreshToken(refresh)
                .botTokenExpiresAt(expiresAt).isEnterpriseInstall(orgWide)
                .installerUserId(rs.getString("installer_user_id")).installedAt(installedAt).build();
        return new Row(installer.toBot(), installer);
    }
    private Instant installedAt(Installer installer) {
        return installer.getInstalledAt() == null ? clock.instant() : Instant.ofEpochMilli(installer.getInstalledAt());
    }

    private static String teamKey(Bot bot) {
        return Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? "" : nz(bot.getTeamId());
    }

    private static Object[] concat(Object[] values, String enterprise, String team) {
        Object[] all = Arrays.copyOf(values, values.length + 2);
        all[values.length] = enterprise;
        all[values.length + 1] = team;
        return all;
    }

    private static String describe(String enterprise, String team) {
        return team.isEmpty() ? "organisation " + enterprise
                : enterprise.isEmpty() ? "workspace " + team : "workspace " + team + " of " + enterprise;
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
