package uk.gov.ddat.capability.bot.unanswered;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Counting what people ask and do not get: the store, the recorder the engine tells, the endpoint. */
@Configuration(proxyBeanMethods = false)
public class UnansweredConfiguration {

    @Bean
    UnansweredQuestions unansweredQuestions(JdbcClient jdbc, Clock clock) {
        return new UnansweredQuestions(jdbc, clock);
    }

    @Bean
    UnansweredRecorder unansweredRecorder(UnansweredQuestions store) {
        return new UnansweredRecorder(store);
    }

    @Bean
    QuestionsEndpoint questionsEndpoint(UnansweredQuestions store, UnansweredRecorder recorder) {
        return new QuestionsEndpoint(store, recorder);
    }

    @Bean
    Housekeeping unansweredHousekeeping(UnansweredRecorder recorder, UnansweredQuestions store) {
        return new Housekeeping(recorder, store);
    }

    /** Writes the counts every minute and forgets days past the retention period once an hour. */
    static class Housekeeping {

        private final UnansweredRecorder recorder;
        private final UnansweredQuestions store;

        Housekeeping(UnansweredRecorder recorder, UnansweredQuestions store) {
            this.recorder = recorder;
            this.store = store;
        }

        @Scheduled(fixedDelayString = "${unanswered.flush-interval:1m}", initialDelayString = "${unanswered.flush-interval:1m}")
        void flush() {
            recorder.flush();
        }

        @Scheduled(fixedDelayString = "1h", initialDelayString = "1m")
        void prune() {
            store.prune();
        }
    }
}
