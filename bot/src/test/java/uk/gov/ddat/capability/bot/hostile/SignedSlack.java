package uk.gov.ddat.capability.bot.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack requests built and signed here exactly as Slack builds and signs them. */
final class SignedSlack {

    private SignedSlack() {
    }

    /** v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
    static String signature(String secret, long timestamp, String body) {
        return "v0=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                ("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpRequest request(int port, String secret, String body, String contentType, long timestamp) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A /skills slash command as Slack posts it (form-encoded, no trailing newline). */
    static String slashCommand(String responseUrlBase, String channel, String userName, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "unused");
        form.put("team_id", "T1");
        form.put("team_domain", "example");
        form.put("channel_id", channel);
        form.put("channel_name", "general");
        form.put("user_id", "U" + Math.abs(userName.hashCode()));
        form.put("user_name", userName);
        form.put("command", "/skills");
        form.put("text", text);
        form.put("api_app_id", "A1");
        form.put("response_url", responseUrlBase + "/commands/T1/" + channel + "/" + UUID.randomUUID());
        form.put("trigger_id", "1.2." + UUID.randomUUID());
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An app_mention event callback; {@code eventId} null leaves the id out. */
    static String mention(String eventId, String channel, String ts, String text) {
        return "{\"token\":\"unused\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + (eventId == null ? "" : "\"event_id\":\"" + eventId + "\",")
                + "\"event_time\":" + Instant.now().getEpochSecond() + ","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> " + text + "\","
                + "\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    /** A direct message event callback. */
    static String directMessage(String eventId, String channel, String ts, String text) {
        return "{\"token\":\"unused\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + Instant.now().getEpochSecond() + ","
                + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U2\",\"text\":\"" + text + "\","
                + "\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
