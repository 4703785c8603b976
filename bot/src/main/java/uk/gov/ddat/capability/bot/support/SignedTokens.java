package uk.gov.ddat.capability.bot.support;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Short-lived signed tokens, e.g. for a download link in a Teams card that must work without a
 * sign-in yet only for a while: a compact JWS (HMAC-SHA256) carrying the payload and an expiry.
 * The compact form is URL-safe (base64url and dots). Signatures are checked by nimbus-jose-jwt in
 * constant time; expiry against the given clock.
 *
 * <p>The payload is signed, not encrypted: anyone holding the link can read it. Put an opaque id
 * in it (a random download id), never personal data.
 */
public class SignedTokens {

    /** Key bytes: HS256 needs at least 256 bits. */
    public static final int MIN_KEY_BYTES = 32;

    /** Far more than any link needs; longer input is refused before parsing. */
    static final int MAX_TOKEN_CHARS = 4096;

    private static final String PAYLOAD = "p";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    public SignedTokens(byte[] key, Clock clock) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The signing key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.signer = new MACSigner(key.clone());
            this.verifier = new MACVerifier(key.clone());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable signing key", e);
        }
    }

    /**
     * Tokens that only this instance can verify, e.g. links kept by one process for minutes; with
     * several instances behind a load balancer, give them all the same configured key instead.
     */
    public static SignedTokens withRandomKey(Clock clock) {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new SignedTokens(key, clock);
    }

    /** A token carrying {@code payload} that verifies until {@code ttl} from now (to the second). */
    public String issue(String payload, Duration ttl) {
        Objects.requireNonNull(payload, "payload");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A token must live for some time");
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim(PAYLOAD, payload)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HMAC signing failed", e);
        }
        return jwt.serialize();
    }

    /** The payload of a token this key signed that has not expired; empty for anything else. */
    public Optional<String> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Only the algorithm issued: never "none", never one an attacker picks.
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !clock.instant().isBefore(expiry.toInstant())) {
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getStringClaim(PAYLOAD));
        } catch (ParseException | JOSEException | RuntimeException e) {
            // Garbage, a foreign token or a claim of the wrong type: not ours, whatever it is.
            return Optional.empty();
        }
    }
}
