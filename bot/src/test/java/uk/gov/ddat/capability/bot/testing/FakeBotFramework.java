package uk.gov.ddat.capability.bot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import uk.gov.ddat.capability.bot.teams.MsalHttpClient;

/**
 * The Microsoft side of the Bot Connector on a WireMock server: OpenID metadata and signing keys
 * (a key made here), the identity platform's token endpoint for any authority, and the Connector
 * API under any path; plus Bot Framework tokens signed with that key.
 */
public final class FakeBotFramework {

    public static final String ISSUER = "https://api.botframework.com";

    private final WireMockServer server;
    private final RSAKey key;

    public FakeBotFramework(WireMockServer server) {
        this.server = server;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("fake-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String openIdMetadataUrl() {
        return server.baseUrl() + "/v1/.well-known/openidconfiguration";
    }

    /** Stubs metadata, keys, every authority's token endpoint ("connector-token") and every Connector API post. */
    public void stubAll() {
        server.stubFor(get("/v1/.well-known/openidconfiguration").willReturn(okJson(
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + server.baseUrl() + "/v1/keys\"}")));
        server.stubFor(get("/v1/keys").willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
        server.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token")).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"connector-token\"}")));
        server.stubFor(post(urlPathMatching(".*/v3/conversations/.*/activities")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1\"}")));
    }

    /** A valid Bot Framework token for this app, naming this service URL. */
    public String token(String appId, String serviceUrl) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(appId)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("serviceurl", serviceUrl).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
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
