package uk.gov.ddat.capability.bot.teams;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the Bearer token the Bot Framework puts on each request: signed by one of its published
 * keys (OpenID metadata → JWKS, cached, fetched again when a token names an unknown key), issued
 * by the Bot Framework, for this bot, not expired (with a little clock skew), and naming the
 * serviceUrl the activity will be answered at.
 */
public class BotFrameworkTokenValidator {

    /** A token that is not good enough; the request gets a 401. */
    public static class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    static final String SERVICE_URL_CLAIM = "serviceurl";

    private final TeamsProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public BotFrameworkTokenValidator(TeamsProperties properties) {
        this.properties = properties;
    }

    /** The token must name the serviceUrl the activity will be answered at. */
    public static void requireServiceUrl(JWTClaimsSet claims, String serviceUrl) throws InvalidTokenException {
        String claimed = claims.getClaims().get(SERVICE_URL_CLAIM) instanceof String s ? s : null;
        if (claimed == null || serviceUrl == null || !trimSlash(claimed).equalsIgnoreCase(trimSlash(serviceUrl))) {
            throw new InvalidTokenException("the token's serviceurl does not match the activity's");
        }
    }

    /** Signature, issuer, audience and lifetime; not yet the serviceurl. */
    public JWTClaimsSet validate(String authorization) throws InvalidTokenException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no Bearer token");
        }
        try {
            return processor().process(authorization.substring(7).trim(), null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (processor == null) {
                processor = build();
            }
            return processor;
        }
    }

    private DefaultJWTProcessor<SecurityContext> build() throws InvalidTokenException {
        URL jwksUri = jwksUri();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUri)
                .cache(Duration.ofHours(24).toMillis(), Duration.ofSeconds(15).toMillis())
                .rateLimited(properties.jwksMinRefresh().toMillis())
                .build();
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        built.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(properties.appId(),
                new JWTClaimsSet.Builder().issuer(properties.issuer()).build(), Set.of("exp", SERVICE_URL_CLAIM));
        verifier.setMaxClockSkew((int) properties.clockSkew().toSeconds());
        built.setJWTClaimsSetVerifier(verifier);
        return built;
    }

    private URL jwksUri() throws InvalidTokenException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(properties.openIdMetadataUrl()))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InvalidTokenException("OpenID metadata answered " + response.statusCode());
            }
            String uri = JsonMapper.builder().build().readTree(response.body()).path("jwks_uri").asString();
            return URI.create(uri).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException("cannot read the OpenID metadata: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidTokenException("interrupted");
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
