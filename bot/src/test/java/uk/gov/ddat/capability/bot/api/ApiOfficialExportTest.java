package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.ddat.capability.bot.api.ApiCalls.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.conversation.Engines;

/** The API over the full official export (CI; -Dframework.export.dir), every answer checked against the description. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.enabled=true", "api.rate-per-minute=100000", "management.server.port=0", "framework.reload-interval=0",
        "spring.datasource.url=jdbc:h2:mem:api-export;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class ApiOfficialExportTest {

    @DynamicPropertySource
    static void export(DynamicPropertyRegistry registry) {
        registry.add("framework.export-dir", () -> Engines.exportDirFromProperty().toString());
    }

    @LocalServerPort
    int port;

    private final OpenApiDescription spec = new OpenApiDescription();

    private JsonNode get(String template, String pathAndQuery) {
        HttpResponse<String> response = new ApiCalls(port).get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        spec.assertConforms(template, response);
        return json(response);
    }

    @Test
    void countsAreTheExports() {
        JsonNode counts = get("/api/v1/framework", "/api/v1/framework").path("counts");
        assertThat(counts.path("roles").asInt()).isEqualTo(52);
        assertThat(counts.path("skills").asInt()).isEqualTo(188);
        assertThat(get("/api/v1/skills", "/api/v1/skills?size=200").path("items").size()).isEqualTo(188);
    }

    @Test
    void everyRoleHasAUniqueIdAndConformsToTheDescription() {
        JsonNode roles = get("/api/v1/roles", "/api/v1/roles");
        assertThat(roles.path("total").asInt()).isEqualTo(52);
        List<String> ids = roles.path("items").valueStream().map(r -> r.path("id").asString()).toList();
        assertThat(new HashSet<>(ids)).hasSize(52);
        for (String id : ids) {
            JsonNode role = get("/api/v1/roles/{role}", "/api/v1/roles/" + id);
            assertThat(role.path("id").asString()).isEqualTo(id);
            assertThat(role.path("url").asString()).endsWith("/" + id + ".html");
        }
    }

    @Test
    void levelsPageThroughWithUniqueIds() {
        List<String> ids = new ArrayList<>();
        JsonNode page = get("/api/v1/levels", "/api/v1/levels?size=150");
        int total = page.path("total").asInt();
        page.path("items").forEach(l -> ids.add(l.path("id").asString()));
        get("/api/v1/levels", "/api/v1/levels?size=150&page=2").path("items")
                .forEach(l -> ids.add(l.path("id").asString()));
        assertThat(total).isGreaterThan(150);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates().contains("senior-developer", "lead-developer");
    }

    @Test
    void aSkillSearchAndAComparisonOnRealData() {
        JsonNode skill = get("/api/v1/skills/{skill}", "/api/v1/skills/incident-management");
        assertThat(skill.path("description").asString()).isNotBlank();
        assertThat(skill.path("levels").get(2).path("youCan").isEmpty()).isFalse();
        assertThat(skill.path("roles").size()).isPositive();

        JsonNode search = get("/api/v1/search", "/api/v1/search?q=incident%20management");
        assertThat(search.path("items").valueStream().map(i -> i.path("id").asString()))
                .contains("incident-management");

        JsonNode compare = get("/api/v1/compare", "/api/v1/compare?from=senior-developer&to=lead-developer");
        assertThat(compare.path("to").path("role").asString()).isEqualTo("software-developer");
        assertThat(compare.path("gain").size() + compare.path("shared").size()).isPositive();
        get("/api/v1/grades", "/api/v1/grades");
    }
}
