package uk.gov.ddat.capability.bot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** Slack's Web API and its response_url addresses, faked by WireMock for the tests that run the app. */
public final class FakeSlack {

    private FakeSlack() {
    }

    /**
     * A fake Slack on a free port, started, that stops with the test JVM (a cached application
     * context may point at it after its test class is done).
     */
    public static WireMockServer start() {
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        Runtime.getRuntime().addShutdownHook(new Thread(slack::stop));
        return slack;
    }

    /** Points the app's Web API calls and response_url replies at {@code slack}. */
    public static void register(DynamicPropertyRegistry registry, WireMockServer slack) {
        registry.add("slack.api-url", () -> slack.baseUrl() + "/api/");
        registry.add("slack.response-url-prefix", () -> slack.baseUrl() + "/");
    }

    /**
     * Stubs what sending a person files takes: conversations.open (answering {@code directMessage})
     * and the three steps of files.uploadV2 (the upload address, the upload, completing it).
     */
    public static void stubDirectMessagesAndFiles(WireMockServer slack, String directMessage) {
        slack.stubFor(post("/api/conversations.open").willReturn(okJson(
                "{\"ok\":true,\"channel\":{\"id\":\"" + directMessage + "\"}}")));
        slack.stubFor(post("/api/files.getUploadURLExternal").willReturn(okJson(
                "{\"ok\":true,\"upload_url\":\"" + slack.baseUrl() + "/upload/F1\",\"file_id\":\"F1\"}")));
        slack.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK - 1")));
        slack.stubFor(post("/api/files.completeUploadExternal").willReturn(okJson(
                "{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"file\"}]}")));
    }
}
