package uk.gov.ddat.capability.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;

import uk.gov.ddat.capability.bot.conversation.Answer;

/**
 * The acknowledgement of a /skills question, which carries the answer. Rendering it to Block Kit
 * JSON (Bolt's Gson) took about 40% of the bot's time per command under load (JFR), so the JSON
 * is made once per answer: the engine hands out the same cached {@link Answer} for the same
 * question, and answers are held here by identity and weakly, so they go when the engine lets them
 * go. The body is exactly what {@code ctx.ack(...)} would have sent.
 */
final class CommandAcks {

    private record Bodies(String ephemeral, String inChannel) {
    }

    private final BlockKitRenderer renderer;
    private final Cache<Answer, Bodies> bodies = Caffeine.newBuilder().weakKeys().maximumSize(20_000).build();

    CommandAcks(BlockKitRenderer renderer) {
        this.renderer = renderer;
    }

    Response ack(Answer answer, boolean share) {
        Bodies made = bodies.get(answer, this::render);
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(share ? made.inChannel() : made.ephemeral()).build();
    }

    private Bodies render(Answer answer) {
        SlackMessage message = renderer.message(answer);
        return new Bodies(json(message, "ephemeral"), json(message, "in_channel"));
    }

    private static String json(SlackMessage message, String responseType) {
        return JsonOps.toJsonString(SlashCommandResponse.builder().responseType(responseType).text(message.text())
                .blocks(message.blocks()).build());
    }
}
