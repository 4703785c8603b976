package uk.gov.ddat.capability.bot.teams;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IHttpClient;

import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.support.RetryPolicy;
import uk.gov.ddat.capability.bot.support.RetryPolicy.Outcome;
import uk.gov.ddat.capability.bot.support.Sleeper;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Posts activities to the Bot Connector API ({serviceUrl}/v3/conversations/{id}/activities) with a
 * token from the identity platform (client credentials through MSAL, which caches it until it is
 * near expiry): from the bot's own tenant, from botframework.com for a multi-tenant bot, or from
 * the conversation's tenant when the authority is set to name "{tenant}". Rate limits and server
 * errors are retried, honouring Retry-After.
 */
public class ConnectorClient {

    private static final Logger log = LoggerFactory.getLogger(ConnectorClient.class);
    private static final String TENANT = "{tenant}";

    /** One identity client per token authority: one, or one per tenant when the authority names "{tenant}". */
    private final Cache<String, ConfidentialClientApplication> identities = Caffeine.newBuilder()
            .maximumSize(10_000).build();
    private final TeamsProperties properties;
    private final IHttpClient identityHttp;
    private final String scope;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final RetryPolicy retry;

    public ConnectorClient(TeamsProperties properties, IHttpClient identityHttp, Sleeper sleeper) {
        this.retry = RetryPolicy.platformApi(sleeper);
        this.properties = properties;
        this.identityHttp = identityHttp;
        this.scope = properties.tokenScope();
        if (!properties.tokenAuthority().contains(TENANT)) {
            identity(""); // a bad authority stops the start, not the first reply
        }
    }

    /** Sends an activity into a conversation of the bot's own tenant (single-tenant registrations). */
    public TipSender.Outcome send(String serviceUrl, String conversationId, Map<String, Object> activity) {
        return send(serviceUrl, properties.tenantId(), conversationId, activity);
    }

    /** Sends an activity into a tenant's conversation; the outcome says whether to try again later. */
    public TipSender.Outcome send(String serviceUrl, String tenantId, String conversationId,
                                  Map<String, Object> activity) {
        URI uri = URI.create((serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/") + "v3/conversations/"
                + URLEncoder.encode(conversationId, StandardCharsets.UTF_8).replace("+", "%20") + "/activities");
        String body = json.writeValueAsString(activity);
        return retry.run(attempt -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token(tenantId))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Outcome.done(TipSender.Outcome.sent());
                }
                if (status != 429 && status < 500) {
                    // The address holds the conversation id (a person's, in a personal chat): the host only.
                    log.warn("Connector API at {} answered {}: {}", uri.getHost(), status, cut(response.body()));
                    return Outcome.done(TipSender.Outcome.permanentHttpError(status));
                }
                Optional<Duration> retryAfter = RetryPolicy.retryAfter(
                        response.headers().firstValue("Retry-After").orElse(null));
                return Outcome.again(TipSender.Outcome.transientHttpError(status, retryAfter), retryAfter);
            } catch (IOException | RuntimeException e) {
                if (retry.isLast(attempt)) {
                    log.warn("Connector API call to {} failed: {}", uri.getHost(), e.getClass().getSimpleName());
                }
                return Outcome.again(TipSender.Outcome.transientError(e.getClass().getSimpleName(), Optional.empty()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.done(TipSender.Outcome.transientError("interrupted", Optional.empty()));
            }
        });
    }

    private ConfidentialClientApplication identity(String tenantId) {
        String authority = properties.tokenAuthority().replace(TENANT, tenantId == null ? "" : tenantId);
        return identities.get(authority, key -> {
            try {
                return ConfidentialClientApplication.builder(properties.appId(),
                                ClientCredentialFactory.createFromSecret(properties.appPassword()))
                        .authority(key)
                        .instanceDiscovery(false)
                        .httpClient(identityHttp)
                        .build();
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("bad token authority " + key, e);
            }
        });
    }

    private String token(String tenantId) throws IOException {
        try {
            return identity(tenantId).acquireToken(ClientCredentialParameters.builder(Set.of(scope)).build())
                    .get(15, TimeUnit.SECONDS).accessToken();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("cannot get a token for the Connector API: " + e.getMessage(), e);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300);
    }
}
