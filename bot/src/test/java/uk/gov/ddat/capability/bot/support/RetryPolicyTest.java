package uk.gov.ddat.capability.bot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.support.RetryPolicy.Outcome;

class RetryPolicyTest {

    private final List<Duration> waits = new ArrayList<>();
    private final RetryPolicy policy = RetryPolicy.platformApi(waits::add);

    @Test
    void aFailureIsTriedThreeTimesWaitingHalfASecondThenTwiceAsLong() {
        List<Integer> tried = new ArrayList<>();
        String result = policy.run(attempt -> {
            tried.add(attempt);
            return Outcome.again("failed " + attempt);
        });
        assertThat(tried).containsExactly(1, 2, 3);
        assertThat(result).as("the last attempt's result").isEqualTo("failed 3");
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void retryAfterIsHonouredButNeverMoreThanThirtySeconds() {
        List<Optional<Duration>> asked = List.of(Optional.of(Duration.ofSeconds(7)), Optional.of(Duration.ofMinutes(5)));
        policy.run(attempt -> Outcome.again(attempt, attempt <= 2 ? asked.get(attempt - 1) : Optional.empty()));
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
    }

    @Test
    void aFinishedAttemptIsNotRepeated() {
        List<Integer> tried = new ArrayList<>();
        boolean result = policy.run(attempt -> {
            tried.add(attempt);
            return attempt == 2 ? Outcome.done(true) : Outcome.again(false);
        });
        assertThat(result).isTrue();
        assertThat(tried).containsExactly(1, 2);
        assertThat(waits).containsExactly(Duration.ofMillis(500));
        assertThat(policy.isLast(2)).isFalse();
        assertThat(policy.isLast(3)).isTrue();
    }

    @Test
    void anInterruptedWaitEndsWithTheResultSoFar() {
        RetryPolicy interrupted = RetryPolicy.platformApi(d -> {
            throw new InterruptedException();
        });
        RetryPolicy.Attempt<String> attempt = number -> Outcome.again("attempt " + number);
        assertThat(interrupted.run(attempt)).isEqualTo("attempt 1");
        assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    }

    @Test
    void retryAfterHeadersInSecondsAreRead() {
        assertThat(RetryPolicy.retryAfter(" 12 ")).contains(Duration.ofSeconds(12));
        assertThat(RetryPolicy.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEmpty();
        assertThat(RetryPolicy.retryAfter(null)).isEmpty();
    }
}
