package uk.gov.ddat.capability.bot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Slack and Teams request bodies for the tests. {@link #OWN}: written for this project
 * (src/test/resources/payloads), so the everyday suite needs nothing beside the repository.
 * {@link #SHARED}: the real captured payloads in the shared folder, for the {@code *SharedTest}
 * suite. Tests take what they assert from the payload itself, so either source serves.
 */
public final class Payloads {

    public static final Payloads OWN = new Payloads(Payloads::resource, Map.of(
            "slash", "slack-slash-command.txt",
            "url_verification", "slack-url-verification.json",
            "app_mention", "slack-app-mention.json",
            "message_im", "slack-message-im.json",
            "message_channel", "slack-message-channel.json",
            "block_actions_message", "slack-block-actions-message.json",
            "block_actions_home", "slack-block-actions-home.json",
            "view_submission", "slack-view-submission.json",
            "teams_webhook", "teams-outgoing-webhook-message.json"));

    public static final Payloads SHARED = new Payloads(name -> SharedFiles.bytes("payloads/" + name), Map.of(
            "slash", "slash_command.form-urlencoded.java-bolt-SlashCommandTest.txt",
            "url_verification", "events_api.url_verification.bolt-python.json",
            "app_mention", "events_api.event_callback.app_mention.java-bolt-EventTest.json",
            "message_im", "events_api.event_callback.message_im.bolt-python-test_events_assistant.json",
            "message_channel", "events_api.event_callback.message_channel.java-bolt-EventTest.json",
            "block_actions_message", "interaction.block_actions.message_container.bolt-python-test_block_actions.json",
            "block_actions_home", "interaction.block_actions.home_view.java-bolt-BlockActionTest.json",
            "teams_webhook", "outgoing-webhook-example-inbound-message.msdocs.json"));

    private final Function<String, byte[]> loader;
    private final Map<String, String> files;

    private Payloads(Function<String, byte[]> loader, Map<String, String> files) {
        this.loader = loader;
        this.files = files;
    }

    /** A payload's text, without the trailing newline an editor adds (Slack's bodies have none). */
    public String text(String kind) {
        return new String(bytes(kind), StandardCharsets.UTF_8).stripTrailing();
    }

    /** A payload's bytes exactly as stored (Teams signs the raw bytes, trailing newline and all). */
    public byte[] bytes(String kind) {
        String file = files.get(kind);
        if (file == null) {
            throw new IllegalArgumentException("no payload " + kind);
        }
        return loader.apply(file);
    }

    /**
     * The slash command payload with some fields replaced (command, text, channel_id,
     * response_url ...), form-encoded again.
     */
    public String slashCommand(Map<String, String> replacements) {
        Map<String, String> form = form(text("slash"));
        form.putAll(replacements);
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An application/x-www-form-urlencoded body as an ordered map. */
    public static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /payloads/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
