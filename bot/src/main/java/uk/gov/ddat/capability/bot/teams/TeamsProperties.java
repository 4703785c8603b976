package uk.gov.ddat.capability.bot.teams;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Microsoft Teams settings (application.yml "teams.*").
 *
 * @param appId                 TEAMS_APP_ID: the bot's Microsoft app id (the audience of incoming tokens)
 * @param appPassword           TEAMS_APP_PASSWORD: its client secret, for tokens to call the Connector API
 * @param tenantId              TEAMS_TENANT_ID: the Entra ID tenant the bot is registered in
 * @param multiTenant           TEAMS_MULTI_TENANT: a multi-tenant registration, serving any tenant that installs it
 * @param allowedTenants        TEAMS_ALLOWED_TENANTS: if set, only these tenants are answered (comma-separated ids)
 * @param openIdMetadataUrl     where the Bot Framework publishes its signing keys
 * @param issuer                the issuer incoming tokens must have
 * @param tokenAuthority        where the bot gets its own tokens: its tenant's authority, or botframework.com's
 *                              when multi-tenant; "{tenant}" in it is replaced by the conversation's tenant
 * @param tokenScope            the scope of those tokens
 * @param clockSkew             how far token times may be off
 * @param jwksMinRefresh        the least time between two fetches of the signing keys
 * @param outgoingWebhookSecret TEAMS_OUTGOING_WEBHOOK_SECRET: the security token of an outgoing webhook
 * @param replyThreads          threads that send replies after Teams has had its 200
 * @param keyConnectTimeout     how long to wait to connect to the Bot Framework's metadata and keys
 * @param keyFetchTimeout       the longest a whole fetch of the metadata and keys may take
 * @param keyWait               the longest a request waits for keys being fetched (then 503)
 * @param keyWaiters            how many requests may wait for keys at once (the rest get 503 at once)
 * @param keyFailureCache       how long a failed fetch is remembered (requests get 503 at once)
 * @param keyRefresh            how often the keys are fetched again in the background
 */
@ConfigurationProperties("teams")
public record TeamsProperties(String appId, String appPassword, String tenantId, boolean multiTenant,
                              List<String> allowedTenants, String openIdMetadataUrl,
                              String issuer, String tokenAuthority, String tokenScope, Duration clockSkew,
                              Duration jwksMinRefresh, String outgoingWebhookSecret, int replyThreads,
                              Duration keyConnectTimeout, Duration keyFetchTimeout, Duration keyWait,
                              int keyWaiters, Duration keyFailureCache, Duration keyRefresh) {

    public TeamsProperties {
        openIdMetadataUrl = blank(openIdMetadataUrl)
                ? "https://login.botframework.com/v1/.well-known/openidconfiguration" : openIdMetadataUrl;
        issuer = blank(issuer) ? "https://api.botframework.com" : issuer;
        tokenScope = blank(tokenScope) ? "https://api.botframework.com/.default" : tokenScope;
        tokenAuthority = !blank(tokenAuthority) ? tokenAuthority
                : "https://login.microsoftonline.com/" + (multiTenant ? "botframework.com" : tenantId) + "/";
        allowedTenants = allowedTenants == null ? List.of() : List.copyOf(allowedTenants);
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        jwksMinRefresh = jwksMinRefresh == null ? Duration.ofSeconds(30) : jwksMinRefresh;
        replyThreads = replyThreads <= 0 ? 8 : replyThreads;
        keyConnectTimeout = keyConnectTimeout == null ? Duration.ofSeconds(2) : keyConnectTimeout;
        keyFetchTimeout = keyFetchTimeout == null ? Duration.ofSeconds(5) : keyFetchTimeout;
        keyWait = keyWait == null ? Duration.ofSeconds(2) : keyWait;
        keyWaiters = keyWaiters <= 0 ? 16 : keyWaiters;
        keyFailureCache = keyFailureCache == null ? Duration.ofSeconds(30) : keyFailureCache;
        keyRefresh = keyRefresh == null || keyRefresh.isZero() ? Duration.ofHours(6) : keyRefresh;
    }

    boolean botEnabled() {
        return !blank(appId) && !blank(appPassword) && (!blank(tenantId) || multiTenant);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
