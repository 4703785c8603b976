package uk.gov.ddat.capability.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts Slack tokens for the database with AES-256-GCM (Spring Security Crypto): a fresh IV for
 * each value, and tampering detected on decryption. Each value names the key it was made with
 * ("v1:KEYID:BASE64"), so that values made with an older key (SLACK_TOKEN_ENCRYPTION_OLD_KEYS)
 * can still be read, and re-encrypted with the current one.
 */
public class TokenCipher {

    private static final String VERSION = "v1";

    private final String currentId;
    private final Map<String, BytesEncryptor> byId = new LinkedHashMap<>();

    /** Keys are 32 random bytes, Base64-encoded (openssl rand -base64 32). */
    public TokenCipher(String currentKey, List<String> oldKeys) {
        this.currentId = add(currentKey, "SLACK_TOKEN_ENCRYPTION_KEY");
        for (String old : oldKeys) {
            if (old != null && !old.isBlank()) {
                add(old, "SLACK_TOKEN_ENCRYPTION_OLD_KEYS");
            }
        }
    }

    private String add(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(setting + " must be 32 random bytes in Base64 "
                    + "(make one with: openssl rand -base64 32)");
        }
        String id = keyId(key);
        byId.putIfAbsent(id, new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(16),
                AesBytesEncryptor.CipherAlgorithm.GCM));
        return id;
    }

    public String encrypt(String token) {
        if (token == null) {
            return null;
        }
        byte[] encrypted = byId.get(currentId).encrypt(token.getBytes(StandardCharsets.UTF_8));
        return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(encrypted);
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalStateException("a stored Slack token is not in the expected form");
        }
        BytesEncryptor encryptor = byId.get(parts[1]);
        if (encryptor == null) {
            throw new IllegalStateException("a stored Slack token was encrypted with a key that is not configured "
                    + "(key id " + parts[1] + "): add that key to SLACK_TOKEN_ENCRYPTION_OLD_KEYS");
        }
        return new String(encryptor.decrypt(Base64.getDecoder().decode(parts[2])), StandardCharsets.UTF_8);
    }

    /** True if the value was made with the current key (false: re-encrypt it). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(VERSION + ":" + currentId + ":");
    }

    /** A short public name for a key: the start of its SHA-256, which tells nothing about the key. */
    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
