package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without API_ENABLED the API does not exist: every /api/v1 path is a plain 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "spring.datasource.url=jdbc:h2:mem:api-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class ApiOffByDefaultTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyApiPathIsNotFound() {
        ApiCalls calls = new ApiCalls(port);
        for (String path : new OpenApiDescription().paths()) {
            String concrete = path.replace("{role}", "infrastructure-operations-engineer").replace("{skill}", "testing");
            assertThat(calls.get(concrete + "?q=x&from=a&to=b").statusCode()).as(path).isEqualTo(404);
        }
        assertThat(context.getBeanNamesForType(ApiController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ApiRateLimitFilter.class)).isEmpty();
    }
}
