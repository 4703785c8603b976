package uk.gov.ddat.capability.bot.teams;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Teams outgoing webhooks sign the raw body: {@code Authorization: HMAC base64(HMAC-SHA256(key =
 * base64-decoded security token, body))}. Compared in constant time.
 */
public class OutgoingWebhookSignature {

    private final byte[] key;

    public OutgoingWebhookSignature(String securityToken) {
        this.key = Base64.getDecoder().decode(securityToken.trim());
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "HMAC " + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String authorization, byte[] body) {
        if (authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                authorization.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
