package uk.gov.ddat.capability.bot.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;

/**
 * The whole application: /actuator/organisation on the management port shows counts for groups
 * of at least the configured minimum, no ids; the public port does not serve it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "organisation-view.minimum-group=3",
        "spring.datasource.url=jdbc:h2:mem:organisation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class OrganisationEndpointTest {

    @Autowired
    ProfileStore profiles;

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Test
    void countsForGroupsOfAtLeastTheMinimumWithNoIds() throws Exception {
        for (int i = 0; i < 3; i++) {
            assessed("U0SENIOR" + i, "Senior developer", i == 0 ? SelfLevel.EXPERT : SelfLevel.WORKING);
        }
        assessed("U0LEAD0", "Lead developer", SelfLevel.PRACTITIONER);
        assessed("U0LEAD1", "Lead developer", SelfLevel.PRACTITIONER);

        HttpResponse<String> response = get(managementPort);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"minimumGroup\":3").contains("\"level\":\"Senior developer\"")
                .contains("\"people\":3").contains("\"working\":2").contains("\"expert\":1")
                .contains("\"groupsLeftOut\":1")
                .doesNotContain("Lead developer").doesNotContain("U0").doesNotContain("T0001");
        assertThat(get(port).statusCode()).as("not on the public port").isEqualTo(404);
    }

    private void assessed(String user, String level, SelfLevel rating) {
        PersonKey person = new PersonKey(Platform.SLACK, "T0001", user);
        profiles.saveProfile(new Profile(person, "Software developer", level, Optional.empty(), Instant.now()));
        profiles.saveAssessment(new Assessment(person, "Software developer", level, Instant.now(),
                Map.of("Programming and build (software engineering)", rating)));
    }

    private static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/organisation")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
