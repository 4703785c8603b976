package uk.gov.ddat.capability.bot.testing;

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
}
