package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.ddat.capability.bot.api.ApiCalls.json;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.framework.load.CurrentFramework;

/** The whole application with the API on, over made-up data (fixtures/api), asked over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.enabled=true", "api.rate-per-minute=10000", "management.server.port=0", "framework.reload-interval=0",
        "spring.datasource.url=jdbc:h2:mem:api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class ApiIntegrationTest {

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        registry.add("framework.data-file", () -> fixturePath().toString());
    }

    static Path fixturePath() {
        try {
            return Path.of(ApiIntegrationTest.class.getResource("/fixtures/api/framework.yml").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentFramework framework;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final OpenApiDescription spec = new OpenApiDescription();

    private HttpResponse<String> get(String template, String pathAndQuery, String... headers) {
        HttpResponse<String> response = new ApiCalls(port).get(pathAndQuery, headers);
        spec.assertConforms(template, response);
        return response;
    }

    @Test
    void frameworkSaysWhatIsLoaded() {
        JsonNode body = json(get("/api/v1/framework", "/api/v1/framework"));
        assertThat(body.path("dataDate").asString()).isEqualTo("2025-01-31");
        assertThat(body.path("version").asLong()).isPositive();
        assertThat(body.path("source").path("title").asString()).isEqualTo("API test fixture");
        assertThat(body.path("counts").toString())
                .isEqualTo("{\"families\":2,\"roles\":2,\"levels\":4,\"skills\":4,\"requirements\":9}");
    }

    @Test
    void rolesArePagedAndEachHasItsLevelsGradesDutiesAndSkills() {
        JsonNode all = json(get("/api/v1/roles", "/api/v1/roles"));
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(ids(all.path("items"))).containsExactly("widget-engineer", "widget-tester");
        JsonNode second = json(get("/api/v1/roles", "/api/v1/roles?page=2&size=1"));
        assertThat(ids(second.path("items"))).containsExactly("widget-tester");
        assertThat(json(get("/api/v1/roles", "/api/v1/roles?page=3&size=1")).path("items").isEmpty()).isTrue();

        JsonNode role = json(get("/api/v1/roles/{role}", "/api/v1/roles/widget-engineer"));
        assertThat(role.path("family").asString()).isEqualTo("Widget making (fixture)");
        JsonNode senior = role.path("levels").get(1);
        assertThat(senior.path("id").asString()).isEqualTo("senior-widget-engineer");
        assertThat(senior.path("grades").toString()).isEqualTo("[\"SEO\"]");
        assertThat(senior.path("youWill").toString()).isEqualTo("[\"design widgets for others\"]");
        assertThat(senior.path("skills").get(0).toString()).isEqualTo("{\"id\":\"widget-design\","
                + "\"name\":\"Widget design\",\"level\":\"practitioner\",\"rank\":3,\"youCan\":[]}");

        JsonNode tester = json(get("/api/v1/roles/{role}", "/api/v1/roles/widget-tester"));
        assertThat(tester.path("description").isNull()).as("no description in the data: null").isTrue();
        assertThat(tester.path("levels").get(1).path("summary").isNull()).isTrue();
    }

    @Test
    void levelsListEveryRoleLevelWithItsRoleAndGrades() {
        JsonNode levels = json(get("/api/v1/levels", "/api/v1/levels"));
        assertThat(ids(levels.path("items"))).containsExactly("widget-engineer", "senior-widget-engineer",
                "widget-tester", "lead-widget-tester");
        assertThat(levels.path("items").get(3).toString()).isEqualTo("{\"id\":\"lead-widget-tester\","
                + "\"name\":\"Lead widget tester\",\"role\":\"widget-tester\",\"roleName\":\"Widget tester\","
                + "\"track\":\"main\",\"position\":2,\"grades\":[\"G7\"]}");
    }

    @Test
    void skillsHaveTheirLevelsDescriptionsAndTheRolesNeedingThem() {
        JsonNode skills = json(get("/api/v1/skills", "/api/v1/skills"));
        assertThat(ids(skills.path("items"))).containsExactly("coaching", "incident-response", "widget-design",
                "widget-testing");
        assertThat(skills.path("items").get(0).path("described").asBoolean()).isFalse();

        JsonNode skill = json(get("/api/v1/skills/{skill}", "/api/v1/skills/incident-response"));
        assertThat(skill.path("description").asString()).isEqualTo("Incident response (fixture description).");
        assertThat(skill.path("levels").get(1).toString()).isEqualTo("{\"level\":\"working\",\"rank\":2,"
                + "\"scale\":\"Working is the second of 4 ascending skill levels\","
                + "\"youCan\":[\"respond to incidents (fixture)\"]}");
        assertThat(skill.path("levels").get(3).path("youCan").isEmpty()).as("the data says nothing: empty").isTrue();
        assertThat(ids(skill.path("roles"))).containsExactly("widget-engineer", "widget-tester");

        JsonNode coaching = json(get("/api/v1/skills/{skill}", "/api/v1/skills/coaching"));
        assertThat(coaching.path("description").isNull()).isTrue();
    }

    @Test
    void gradesListTheLevelsPerformedAtEach() {
        JsonNode grades = json(get("/api/v1/grades", "/api/v1/grades"));
        assertThat(grades.size()).isEqualTo(8);
        JsonNode heo = grades.get(3);
        assertThat(heo.path("code").asString()).isEqualTo("HEO");
        assertThat(heo.path("name").asString()).isEqualTo("Higher Executive Officer");
        assertThat(ids(heo.path("levels"))).containsExactly("widget-engineer", "widget-tester");
        assertThat(grades.get(0).path("levels").isEmpty()).isTrue();
    }

    @Test
    void searchUsesTheEnginesSearch() {
        JsonNode results = json(get("/api/v1/search", "/api/v1/search?q=incidents"));
        assertThat(results.path("query").asString()).isEqualTo("incidents");
        assertThat(results.path("items").get(0).path("id").asString()).isEqualTo("incident-response");
        assertThat(results.path("items").get(0).path("kind").asString()).isEqualTo("skill");
        JsonNode roles = json(get("/api/v1/search", "/api/v1/search?q=widget%20tester&limit=1"));
        assertThat(roles.path("items").size()).isEqualTo(1);
        assertThat(roles.path("items").get(0).path("kind").asString()).isEqualTo("role");
        assertThat(json(get("/api/v1/search", "/api/v1/search?q=zzzqqq")).path("items").isEmpty()).isTrue();
    }

    @Test
    void compareShowsSkillsToGainSharedAndFallingAway() {
        JsonNode up = json(get("/api/v1/compare", "/api/v1/compare?from=widget-engineer&to=senior-widget-engineer"));
        assertThat(up.path("from").toString()).isEqualTo("{\"id\":\"widget-engineer\",\"name\":\"Widget engineer\","
                + "\"role\":\"widget-engineer\"}");
        assertThat(up.path("gain").toString()).isEqualTo("[{\"id\":\"widget-design\",\"name\":\"Widget design\","
                + "\"from\":\"working\",\"to\":\"practitioner\"},{\"id\":\"incident-response\",\"name\":"
                + "\"Incident response\",\"from\":\"awareness\",\"to\":\"working\"},{\"id\":\"coaching\","
                + "\"name\":\"Coaching\",\"from\":null,\"to\":\"working\"}]");
        assertThat(up.path("shared").isEmpty()).isTrue();

        JsonNode across = json(get("/api/v1/compare", "/api/v1/compare?from=senior-widget-engineer&to=widget-tester"));
        assertThat(across.path("shared").toString()).isEqualTo("[{\"id\":\"incident-response\","
                + "\"name\":\"Incident response\",\"from\":\"working\",\"to\":\"working\"}]");
        assertThat(ids(across.path("fallAway"))).containsExactly("widget-design", "coaching");
        assertThat(across.path("fallAway").get(0).path("to").isNull()).isTrue();
    }

    @Test
    void theDescriptionIsServedAsCheckedIn() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi.yaml", "/api/v1/openapi.yaml");
        assertThat(ApiCalls.contentType(response)).startsWith("application/yaml");
        try (InputStream in = getClass().getResourceAsStream(OpenApiSpec.RESOURCE)) {
            assertThat(response.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyAnswerHasOneStrongETagAndMayBeCached() {
        HttpResponse<String> first = get("/api/v1/roles", "/api/v1/roles");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("max-age=300, public");
        assertThat(get("/api/v1/skills/{skill}", "/api/v1/skills/coaching").headers().firstValue("ETag"))
                .contains(etag);

        HttpResponse<String> again = get("/api/v1/roles", "/api/v1/roles", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Cache-Control")).contains("max-age=300, public");
        assertThat(get("/api/v1/compare", "/api/v1/compare?from=widget-tester&to=lead-widget-tester",
                "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/v1/roles", "/api/v1/roles", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aReloadIsANewVersionWithANewETag() {
        HttpResponse<String> before = get("/api/v1/framework", "/api/v1/framework");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(framework.reload()).isTrue();
        HttpResponse<String> after = get("/api/v1/framework", "/api/v1/framework", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(json(after).path("version").asLong()).isEqualTo(json(before).path("version").asLong() + 1);
        assertThat(json(after).path("contentHash")).isEqualTo(json(before).path("contentHash"));
    }

    @Test
    void badInputIsAProblemSayingWhatToChange() {
        Map<String, String> requests = Map.of(
                "/api/v1/roles?page=0", "'page' counts from 1",
                "/api/v1/levels?size=201", "'size' must be from 1 to 200",
                "/api/v1/skills?page=abc", "'page' must be a whole number",
                "/api/v1/search", "'q' is required",
                "/api/v1/search?q=%20%20", "must have 1 to 200 characters",
                "/api/v1/search?q=" + "a".repeat(201), "must have 1 to 200 characters",
                "/api/v1/search?q=x&limit=26", "'limit' must be from 1 to 25",
                "/api/v1/compare?from=widget-tester", "'to' is required",
                "/api/v1/compare?from=widget-tester&to=no-such-level", "'to' names no role level",
                "/api/v1/roles/Widget_Engineer", "'role' must be an id");
        requests.forEach((request, detail) -> {
            String path = request.replaceAll("\\?.*", "").replace("/Widget_Engineer", "/{role}");
            HttpResponse<String> response = get(path, request, "Accept", "application/json");
            assertThat(response.statusCode()).as(request).isEqualTo(400);
            assertThat(ApiCalls.contentType(response)).as(request).startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("detail").asString()).as(request).contains(detail);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.gov");
            assertThat(response.headers().firstValue("Cache-Control")).as(request).contains("no-store");
        });
    }

    @Test
    void unknownThingsAreNotFoundAndWritesNotAllowed() {
        HttpResponse<String> role = get("/api/v1/roles/{role}", "/api/v1/roles/no-such-role");
        assertThat(role.statusCode()).isEqualTo(404);
        assertThat(json(role).path("detail").asString()).contains("no role with the id 'no-such-role'");
        assertThat(get("/api/v1/skills/{skill}", "/api/v1/skills/no-such-skill").statusCode()).isEqualTo(404);

        ApiCalls calls = new ApiCalls(port);
        HttpResponse<String> nowhere = calls.get("/api/v1/nowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(ApiCalls.contentType(nowhere)).startsWith("application/problem+json");
        HttpResponse<String> post = calls.send(HttpRequest.newBuilder(calls.uri("/api/v1/roles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(ApiCalls.contentType(post)).startsWith("application/problem+json");
    }

    @Test
    void everyPathServedIsDescribedAndEveryDescribedPathIsServed() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType() == ApiController.class) {
                served.addAll(mapping.getKey().getPatternValues());
            }
        }
        served.remove("/api/v1/**"); // the problem+json 404 and 405 for everything else
        assertThat(served).isEqualTo(spec.paths());

        for (String path : spec.paths()) {
            String concrete = path.replace("{role}", "widget-tester").replace("{skill}", "coaching");
            String query = switch (path) {
                case "/api/v1/search" -> "?q=widget";
                case "/api/v1/compare" -> "?from=widget-tester&to=lead-widget-tester";
                default -> "";
            };
            assertThat(get(path, concrete + query).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theValidationAppliedToResponsesCatchesWhatIsWrong() {
        assertThat(spec.document().path("openapi").asString()).startsWith("3.1.");
        JsonNode role = json(new ApiCalls(port).get("/api/v1/roles/widget-tester"));
        assertThat(spec.errors("#/components/schemas/Role", role)).isEmpty();
        JsonNode extra = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(role.toString().replace("\"family\"", "\"familyName\""));
        assertThat(spec.errors("#/components/schemas/Role", extra)).extracting(Object::toString)
                .anyMatch(e -> e.contains("family")).anyMatch(e -> e.contains("familyName"));
        assertThat(spec.errors("#/components/schemas/Id", json(new ApiCalls(port).get("/api/v1/framework"))
                .path("source").path("title"))).isNotEmpty();
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(item -> item.path("id").asString()).toList();
    }
}
