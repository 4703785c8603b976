package uk.gov.ddat.capability.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.aad.msal4j.IHttpClient;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.RecordingSleeper;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.tips.Schedule;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipScheduler;

/**
 * A multi-tenant Azure bot registration: activities from any allowed tenant are answered with a
 * token from botframework.com, others are refused; conversations and tips are kept per tenant.
 * Microsoft is faked by WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "teams.app-id=" + TeamsMultiTenantIntegrationTest.APP_ID, "teams.app-password=secret",
        "teams.tenant-id=", "teams.multi-tenant=true", "teams.allowed-tenants=tenant-a, TENANT-B",
        "teams.jwks-min-refresh=0s",
        "spring.datasource.url=jdbc:h2:mem:teams-mt;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class TeamsMultiTenantIntegrationTest {

    static final String APP_ID = "6f1c2d3e-0000-4000-8000-0000000000a1";
    static final String CONVERSATION = "19:general@thread.tacv2";
    static final FakeBotFramework MICROSOFT = FakeBotFramework.start();
    static final WireMockServer FAKE = MICROSOFT.server();

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        MICROSOFT.register(registry);
    }

    @TestConfiguration
    static class FakeIdentityPlatform {
        @Bean
        @Primary
        IHttpClient fakeIdentityHttp() {
            return MICROSOFT.identityHttp();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SubscriptionStore subscriptions;

    @Autowired
    TipScheduler tipScheduler;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fakeMicrosoft() {
        FAKE.resetAll();
        MICROSOFT.stubAll();
    }

    @Test
    void anAllowedTenantIsAnswered() throws Exception {
        assertThat(send("tenant-a", "senior").statusCode()).isEqualTo(200);
        LoggedRequest reply = MICROSOFT.awaitActivities(1).get(0);
        assertThat(reply.getUrl()).startsWith("/tenant-a/v3/conversations/");
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + FakeBotFramework.CONNECTOR_TOKEN);
    }

    @Test
    void aMultiTenantBotGetsItsTokensFromBotframeworkCom() {
        ConnectorClient connector = new ConnectorClient(properties(null), MICROSOFT.identityHttp(), new RecordingSleeper());
        connector.send(FAKE.baseUrl() + "/tenant-a/", "tenant-a", CONVERSATION, Map.of("type", "message"));
        connector.send(FAKE.baseUrl() + "/tenant-b/", "tenant-b", CONVERSATION, Map.of("type", "message"));
        assertThat(FAKE.findAll(postRequestedFor(urlPathMatching("/[^/]+/oauth2/v2.0/token"))))
                .extracting(LoggedRequest::getUrl).containsExactly("/botframework.com/oauth2/v2.0/token");
    }

    @Test
    void theAllowListIsCaseInsensitive() throws Exception {
        assertThat(send("tenant-b", "senior").statusCode()).isEqualTo(200);
        MICROSOFT.awaitActivities(1);
    }

    @Test
    void aTenantOutsideTheAllowListOrNoTenantIsRefused() throws Exception {
        assertThat(send("tenant-c", "senior").statusCode()).isEqualTo(403);
        assertThat(send("", "senior").statusCode()).isEqualTo(403);
        assertThat(send("tenant-a\nforged log line", "senior").statusCode()).isEqualTo(403);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> FAKE.findAll(postRequestedFor(urlPathMatching(".*/activities"))).isEmpty());
    }

    @Test
    void tipsAreKeptPerTenantAndPostedToEachTenantsConversation() throws Exception {
        // The same conversation id in two tenants: two subscriptions, two places to post.
        send("tenant-a", "tips on 09:30 Europe/London weekdays");
        send("tenant-b", "tips on 10:00 Europe/London daily");
        MICROSOFT.awaitActivities(2);
        Subscription a = subscriptions.find(Platform.TEAMS, "tenant-a", CONVERSATION).orElseThrow();
        Subscription b = subscriptions.find(Platform.TEAMS, "tenant-b", CONVERSATION).orElseThrow();
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.schedule().days()).isEqualTo(Schedule.Days.WEEKDAYS);
        assertThat(b.schedule().days()).isEqualTo(Schedule.Days.DAILY);
        assertThat(subscriptions.find(Platform.TEAMS, CONVERSATION)).as("no tenant-less subscription").isEmpty();

        Instant now = Instant.now();
        for (Subscription subscription : List.of(a, b)) {
            subscriptions.subscribe(Platform.TEAMS, subscription.workspaceId(), CONVERSATION, subscription.address(),
                    new Schedule(LocalTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC), ZoneOffset.UTC,
                            Schedule.Days.DAILY), subscription.roleName(), "29:user", now.minus(Duration.ofDays(1)), 1);
        }
        FAKE.resetRequests();
        tipScheduler.runOnce();
        List<LoggedRequest> tips = MICROSOFT.awaitActivities(2);
        assertThat(tips).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(
                "/tenant-a/v3/conversations/19%3Ageneral%40thread.tacv2/activities",
                "/tenant-b/v3/conversations/19%3Ageneral%40thread.tacv2/activities");
        for (LoggedRequest tip : tips) {
            assertThat(SchemaCheck.parse(tip.getBodyAsString()).path("attachments").get(0).path("content")
                    .path("body").get(0).path("text").asString()).startsWith("Tip");
        }
    }

    @Test
    void anAuthorityNamingTheTenantGetsEachTenantItsOwnToken() {
        ConnectorClient connector = new ConnectorClient(properties("https://login.microsoftonline.com/{tenant}/"),
                MICROSOFT.identityHttp(), new RecordingSleeper());
        Map<String, Object> hello = Map.of("type", "message", "text", "hello");
        connector.send(FAKE.baseUrl() + "/tenant-a/", "tenant-a", CONVERSATION, hello);
        connector.send(FAKE.baseUrl() + "/tenant-b/", "tenant-b", CONVERSATION, hello);
        connector.send(FAKE.baseUrl() + "/tenant-a/", "tenant-a", CONVERSATION, hello);
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo("/tenant-a/oauth2/v2.0/token")))).hasSize(1);
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo("/tenant-b/oauth2/v2.0/token")))).hasSize(1);
        assertThat(FAKE.findAll(postRequestedFor(urlPathMatching(".*/activities")))).hasSize(3);
    }

    // --- helpers ---

    private static TeamsProperties properties(String tokenAuthority) {
        return new TeamsProperties(APP_ID, "secret", "", true, List.of(), null, null, tokenAuthority, null, null,
                null, null, 0, null, null, null, 0, null, null);
    }

    /** Each tenant's Teams has its own service URL here, so where a reply went shows its tenant. */
    private String serviceUrl(String tenant) {
        return FAKE.baseUrl() + "/" + (tenant.isBlank() ? "none" : tenant.replaceAll("[^a-z-]", "")) + "/";
    }

    private HttpResponse<String> send(String tenant, String text) throws Exception {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse("{}");
        activity.put("type", "message").put("id", "activity-1").put("serviceUrl", serviceUrl(tenant))
                .put("channelId", "msteams").put("text", "<at>Capability bot</at> " + text);
        activity.putObject("from").put("id", "29:user").put("name", "Sam Lee");
        activity.putObject("recipient").put("id", "28:bot").put("name", "Capability bot");
        activity.putObject("conversation").put("id", CONVERSATION).put("tenantId", tenant);
        activity.putObject("channelData").putObject("tenant").put("id", tenant);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + MICROSOFT.token(APP_ID, serviceUrl(tenant)))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
