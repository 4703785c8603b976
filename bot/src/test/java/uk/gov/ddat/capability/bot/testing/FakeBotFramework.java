package uk.gov.ddat.capability.bot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import uk.gov.ddat.capability.bot.teams.MsalHttpClient;

/**
 * The Microsoft side of the Bot Connector on a WireMock server: OpenID metadata and signing keys
 * (a key made here), the identity platform's token endpoint for any authority, and the Connector
 * API under any path; plus Bot Framework tokens signed with that key. Every test that runs the
 * Teams bot sets Microsoft up through this, as the Slack tests do through {@link FakeSlack}.
 */
public final class FakeBotFramework {

    public static final String ISSUER = "https://api.botframework.com";
    /** Where the app reads the OpenID metadata, on the fake. */
    public static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
    public static final String KEYS_PATH = "/v1/keys";
    /** What the identity platform's token endpoint answers: the Connector API is then called with this. */
    public static final String CONNECTOR_TOKEN = "connector-token";
    private static final String ACTIVITIES = ".*/v3/conversations/.*/activities";

    private final WireMockServer server;
    private final RSAKey key;

    public FakeBotFramework(WireMockServer server) {
        this.server = server;
        this.key = newKey("fake-key");
    }

    /**
     * A fake Microsoft on a server of its own, started, that stops with the test JVM (a cached
     * application context may point at it after its test class is done).
     */
    public static FakeBotFramework start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return new FakeBotFramework(server);
    }

    public WireMockServer server() {
        return server;
    }

    /** The key tokens are signed with, published at {@link #KEYS_PATH} by {@link #stubAll()}. */
    public RSAKey key() {
        return key;
    }

    /** A new RSA signing key: another the fake may publish (a rotation), or one it never does. */
    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String openIdMetadataUrl() {
        return server.baseUrl() + METADATA_PATH;
    }

    /** Points the app's Bot Framework token checks at this fake's OpenID metadata. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("teams.open-id-metadata-url", this::openIdMetadataUrl);
    }

    /** Stubs metadata, keys, every authority's token endpoint ("connector-token") and every Connector API post. */
    public void stubAll() {
        server.stubFor(get(METADATA_PATH).willReturn(okJson(metadata())));
        publishKeys(key);
        stubIdentityPlatform();
        server.stubFor(post(urlPathMatching(ACTIVITIES)).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1\"}")));
    }

    /** The identity platform's token endpoint, for any authority: it hands out {@link #CONNECTOR_TOKEN}. */
    public void stubIdentityPlatform() {
        server.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token")).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"" + CONNECTOR_TOKEN + "\"}")));
    }

    /** The signing keys the fake publishes from now on. */
    public void publishKeys(RSAKey... keys) {
        List<JWK> published = Arrays.stream(keys).map(k -> (JWK) k.toPublicJWK()).toList();
        server.stubFor(get(KEYS_PATH).willReturn(okJson(new JWKSet(published).toString())));
    }

    /** The OpenID metadata answers only after {@code delay}: the identity endpoint hangs. */
    public void metadataHangs(Duration delay) {
        server.stubFor(get(METADATA_PATH).willReturn(okJson(metadata()).withFixedDelay((int) delay.toMillis())));
    }

    private String metadata() {
        return "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + server.baseUrl() + KEYS_PATH + "\"}";
    }

    /** The claims of a valid Bot Framework token for this app and service URL, for a test to change one. */
    public static JWTClaimsSet.Builder claims(String appId, String serviceUrl) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(appId)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("serviceurl", serviceUrl);
    }

    /** A valid Bot Framework token for this app, naming this service URL. */
    public String token(String appId, String serviceUrl) {
        return sign(key, claims(appId, serviceUrl).build());
    }

    /** A token with these claims, signed with {@code key} and naming it. */
    public static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, key.getKeyID(), claims);
    }

    /** A token signed with {@code key} but naming {@code keyId}: a forgery when that is another key's id. */
    public static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The activities posted to the Connector API so far, in order. */
    public List<LoggedRequest> activities() {
        return server.findAll(postRequestedFor(urlPathMatching(ACTIVITIES)));
    }

    /** Waits (up to 10 seconds) until at least {@code count} activities have been posted. */
    public List<LoggedRequest> awaitActivities(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> activities().size() >= count);
        return activities();
    }

    /** MSAL's requests to the identity platform, sent to the fake instead. */
    public MsalHttpClient identityHttp() {
        return identityHttp(server);
    }

    /** MSAL's requests to the identity platform, sent to a fake on this server instead. */
    public static MsalHttpClient identityHttp(WireMockServer server) {
        return new MsalHttpClient() {
            @Override
            protected URI target(URI uri) {
                return URI.create(server.baseUrl() + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        };
    }
}
