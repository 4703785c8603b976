package uk.gov.ddat.capability.framework.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A short name for a framework's content: the SHA-256 of its facts, so two loads of the same
 * content have the same fingerprint whatever their source or load time.
 *
 * @param hex 64 lower-case hex digits
 */
public record Fingerprint(String hex) {

    public Fingerprint {
        Objects.requireNonNull(hex, "hex");
    }

    static Fingerprint of(String text) {
        return new Fingerprint(sha256(text));
    }

    /** The first 12 digits, enough to tell snapshots apart in a log line. */
    public String shortHex() {
        return hex.length() <= 12 ? hex : hex.substring(0, 12);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
