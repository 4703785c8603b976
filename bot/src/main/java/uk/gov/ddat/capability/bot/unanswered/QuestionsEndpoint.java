package uk.gov.ddat.capability.bot.unanswered;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/questions}: what people ask and do not get, for the framework's owners.
 * The questions most often unanswered over the last 90 days, and counts per day.
 */
@Endpoint(id = "questions")
public class QuestionsEndpoint {

    static final int TOP = 25;

    private final UnansweredQuestions store;
    private final UnansweredRecorder recorder;

    public QuestionsEndpoint(UnansweredQuestions store, UnansweredRecorder recorder) {
        this.store = store;
        this.recorder = recorder;
    }

    @ReadOperation
    public Map<String, Object> questions() {
        recorder.flush();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("retentionDays", UnansweredQuestions.RETENTION_DAYS);
        body.put("topUnanswered", store.top(TOP));
        body.put("perDay", store.perDay().stream().map(d -> Map.of("day", d.day().toString(),
                "notSure", d.notSure(), "notInData", d.notInData())).toList());
        return body;
    }
}
