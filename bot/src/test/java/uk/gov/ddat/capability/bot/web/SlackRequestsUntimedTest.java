package uk.gov.ddat.capability.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;

class SlackRequestsUntimedTest {

    private final ObservationPredicate predicate = new WebConfiguration().slackRequestsUntimed();

    @Test
    void slackRequestsAreNotTimedOneByOne() {
        assertThat(predicate.test("http.server.requests", request("/slack/events"))).isFalse();
    }

    @Test
    void teamsAndOtherRequestsStillAre() {
        assertThat(predicate.test("http.server.requests", request("/api/messages"))).isTrue();
        assertThat(predicate.test("http.server.requests", request("/teams/webhook"))).isTrue();
        assertThat(predicate.test("jdbc.query", new Observation.Context())).isTrue();
    }

    private static ServerRequestObservationContext request(String path) {
        return new ServerRequestObservationContext(new MockHttpServletRequest("POST", path),
                new MockHttpServletResponse());
    }
}
