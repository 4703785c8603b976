package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.response.Response;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;

class CommandAcksTest {

    private final ConversationEngine engine = Engines.bundled();
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final CommandAcks acks = new CommandAcks(renderer);

    @Test
    void theAckCarriesTheRenderedAnswerOnlyToTheAskerUnlessShared() {
        Answer answer = engine.answer("senior to lead");
        JsonObject ephemeral = json(acks.ack(answer, false));
        JsonObject shared = json(acks.ack(answer, true));

        assertThat(ephemeral.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(shared.get("response_type").getAsString()).isEqualTo("in_channel");
        SlackMessage message = renderer.message(answer);
        assertThat(ephemeral.get("text").getAsString()).isEqualTo(message.text());
        assertThat(ephemeral.getAsJsonArray("blocks")).hasSize(message.blocks().size());
        assertThat(acks.ack(answer, false).getContentType()).isEqualTo(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8);
    }

    @Test
    void aDifferentAnswerGetsItsOwnBody() {
        Response lead = acks.ack(engine.answer("lead"), false);
        Response heo = acks.ack(engine.answer("heo"), false);
        assertThat(lead.getBody()).isNotEqualTo(heo.getBody());
        assertThat(acks.ack(engine.answer("lead"), false).getBody()).isEqualTo(lead.getBody());
    }

    private static JsonObject json(Response response) {
        assertThat(response.getStatusCode()).isEqualTo(200);
        return JsonParser.parseString(response.getBody()).getAsJsonObject();
    }
}
