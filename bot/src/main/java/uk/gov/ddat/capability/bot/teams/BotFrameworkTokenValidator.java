package uk.gov.ddat.capability.bot.teams;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks the Bearer token the Bot Framework puts on each request: signed by one of its published
 * keys ({@link BotFrameworkKeys}: fetched in the background, bounded in time), issued
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

    /** The keys to check a token with cannot be had just now: the request gets 503, to be retried. */
    public static class KeysUnavailableException extends Exception {
        public KeysUnavailableException(String message) {
            super(message);
        }
    }

    static final String SERVICE_URL_CLAIM = "serviceurl";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public BotFrameworkTokenValidator(TeamsProperties properties, JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(properties.appId(),
                new JWTClaimsSet.Builder().issuer(properties.issuer()).build(), Set.of("exp", SERVICE_URL_CLAIM));
        verifier.setMaxClockSkew((int) properties.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
    }

    /** The token must name the serviceUrl the activity will be answered at. */
    public static void requireServiceUrl(JWTClaimsSet claims, String serviceUrl) throws InvalidTokenException {
        String claimed = claims.getClaims().get(SERVICE_URL_CLAIM) instanceof String s ? s : null;
        if (claimed == null || serviceUrl == null || !trimSlash(claimed).equalsIgnoreCase(trimSlash(serviceUrl))) {
            throw new InvalidTokenException("the token's serviceurl does not match the activity's");
        }
    }

    /** Signature, issuer, audience and lifetime; not yet the serviceurl. */
    public JWTClaimsSet validate(String authorization) throws InvalidTokenException, KeysUnavailableException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no Bearer token");
        }
        try {
            return processor.process(authorization.substring(7).trim(), null);
        } catch (BotFrameworkKeys.UnavailableException e) {
            throw new KeysUnavailableException(e.getMessage());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
