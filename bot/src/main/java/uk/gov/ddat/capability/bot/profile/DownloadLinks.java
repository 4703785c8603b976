package uk.gov.ddat.capability.bot.profile;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;

import uk.gov.ddat.capability.bot.conversation.Platform;

/**
 * Short-lived download links for a person's own files (their chart and exports) on platforms that
 * cannot take a file from a bot directly (Teams). The link holds an encrypted, authenticated token
 * (JWE, AES-256-GCM) naming the person and the file and when it expires: nothing is stored, any
 * instance with the same key can serve it, and the ids inside cannot be read from the address.
 */
public class DownloadLinks {

    /** A file someone may download, as a link names it. */
    public record Grant(PersonKey person, String fileName) {
    }

    private static final String PATH = "/files/";

    private final String baseUrl;
    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    /**
     * @param baseUrl  the bot's public address ("https://bot.example.gov.uk"); empty: no links are made
     * @param key      32 bytes, shared by every instance (a random one serves a single instance until restart)
     * @param lifetime how long a link works
     */
    public DownloadLinks(String baseUrl, byte[] key, Duration lifetime, Clock clock) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the download link key must be 32 bytes (base64: 44 characters)");
        }
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A key for one instance that lasts until it stops. */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public static byte[] decodeKey(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }

    /** The link to one of the person's files, if the bot has a public address to serve it from. */
    public Optional<String> link(PersonKey person, String fileName) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("p", person.platform().storedAs()).claim("w", person.workspace()).claim("u", person.userId())
                .claim("f", fileName).expirationTime(Date.from(clock.instant().plus(lifetime))).build();
        EncryptedJWT token = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            token.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make a download link", e);
        }
        return Optional.of(baseUrl + PATH + token.serialize());
    }

    /** Who may download what, if the token is one of ours, untouched and not expired. */
    public Optional<Grant> open(String token) {
        if (token == null || token.length() > 2_000) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(token);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            PersonKey person = new PersonKey(Platform.fromStored(claims.getStringClaim("p")),
                    claims.getStringClaim("w"), claims.getStringClaim("u"));
            return Optional.of(new Grant(person, claims.getStringClaim("f")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
