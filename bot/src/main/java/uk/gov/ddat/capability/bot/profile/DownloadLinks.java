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
 * Short-lived download links for files on platforms that cannot take a file from a bot directly
 * (Teams). The link holds an encrypted, authenticated token (JWE, AES-256-GCM) naming the file,
 * when it expires, and either the person whose own file it is (their chart and exports) or, for a
 * file made from the framework alone (a job advert draft), the command that makes it again. Nothing
 * is stored, any instance with the same key can serve it, and what is inside cannot be read from
 * the address. The two kinds never open as each other.
 */
public class DownloadLinks {

    /** A person's own file, as a link names it. */
    public record Grant(PersonKey person, String fileName) {
    }

    /** A file made from the framework alone, as a link names it: the command that makes it, and its name. */
    public record FrameworkFile(String command, String fileName) {
    }

    private static final String PATH = "/files/";
    /** The claim that marks a link to a framework file; a person's link has none (as links made before it). */
    private static final String KIND = "k";
    private static final String FRAMEWORK_KIND = "framework";

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
        return link(new JWTClaimsSet.Builder().claim("p", person.platform().storedAs())
                .claim("w", person.workspace()).claim("u", person.userId()).claim("f", fileName));
    }

    /** The link to a file made from the framework alone ({@link Attachment#remakeWith()}); names no one. */
    public Optional<String> frameworkLink(String command, String fileName) {
        return link(new JWTClaimsSet.Builder().claim(KIND, FRAMEWORK_KIND).claim("c", command).claim("f", fileName));
    }

    /** The link to a file that goes with an answer to {@code person}: of the kind the file is. */
    public Optional<String> link(PersonKey person, Attachment file) {
        return file.remakeWith().map(command -> frameworkLink(command, file.fileName()))
                .orElseGet(() -> link(person, file.fileName()));
    }

    private Optional<String> link(JWTClaimsSet.Builder claims) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        claims.expirationTime(Date.from(clock.instant().plus(lifetime)));
        EncryptedJWT token = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims.build());
        try {
            token.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make a download link", e);
        }
        return Optional.of(baseUrl + PATH + token.serialize());
    }

    /** Who may download what, if the token is one of ours for a person's file, untouched and not expired. */
    public Optional<Grant> open(String token) {
        return claims(token).filter(c -> c.getClaim(KIND) == null).flatMap(claims -> {
            try {
                PersonKey person = new PersonKey(Platform.fromStored(claims.getStringClaim("p")),
                        claims.getStringClaim("w"), claims.getStringClaim("u"));
                return Optional.of(new Grant(person, claims.getStringClaim("f")));
            } catch (ParseException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The framework file a token names, if it is one of ours of that kind, untouched and not expired. */
    public Optional<FrameworkFile> openFrameworkFile(String token) {
        return claims(token).filter(c -> FRAMEWORK_KIND.equals(c.getClaim(KIND))).flatMap(claims -> {
            try {
                String command = claims.getStringClaim("c");
                String fileName = claims.getStringClaim("f");
                return command == null || fileName == null ? Optional.empty()
                        : Optional.of(new FrameworkFile(command, fileName));
            } catch (ParseException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<JWTClaimsSet> claims(String token) {
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
            return Optional.of(claims);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
