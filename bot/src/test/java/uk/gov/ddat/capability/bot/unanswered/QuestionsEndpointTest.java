package uk.gov.ddat.capability.bot.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;

/** The whole application: unanswered questions asked of the engine show on /actuator/questions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "spring.datasource.url=jdbc:h2:mem:questions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class QuestionsEndpointTest {

    @Autowired
    ConversationEngine engine;

    @LocalManagementPort
    int managementPort;

    @Test
    void unansweredQuestionsAreCountedAndShownToOperators() throws Exception {
        engine.answer("<@U0LAN0Z89> what is the salary for a senior?");
        engine.answer("What is the salary for a senior");
        engine.answer("xyzzy plugh");
        engine.answer("senior to lead");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/questions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"retentionDays\":90")
                .contains("{\"question\":\"what is the salary for a senior\",\"outcome\":\"NOT_IN_DATA\",\"asked\":2}")
                .contains("{\"question\":\"xyzzy plugh\",\"outcome\":\"NOT_SURE\",\"asked\":1}")
                .contains("\"notSure\":1").contains("\"notInData\":2")
                .doesNotContain("senior to lead").doesNotContain("u0lan0z89");
    }
}
