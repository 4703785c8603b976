package uk.gov.ddat.capability.bot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeBoxTest {

    private final TimeBox box = new TimeBox("time-box-test", 1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        box.close();
    }

    /** A call is never turned away because the thread of the call before is still finishing. */
    @Test
    void callsOneAfterAnotherAreNeverRefused() {
        for (int i = 0; i < 20_000; i++) {
            int n = i;
            assertThat(box.call(Duration.ofSeconds(30), () -> n)).as("call %d", i).contains(n);
        }
    }

    /** With every slot stuck on a hung database, a further call is refused rather than waiting its whole limit. */
    @Test
    void whenEverySlotIsStuckFurtherCallsAreRefusedWithoutWaitingTheirLimit() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        box.submit(() -> {
            stuck.countDown();
            await(release);
        });
        assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        Optional<Integer> refused = box.call(Duration.ofMinutes(5), () -> 1);
        assertThat(refused).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));

        AtomicInteger dropped = new AtomicInteger();
        box.submit(dropped::incrementAndGet);
        release.countDown();
        // The stuck call ended: its slot serves the next call; the submitted work was dropped, not queued.
        assertThat(box.call(Duration.ofSeconds(30), () -> 2)).contains(2);
        assertThat(dropped).hasValue(0);
    }

    @Test
    void aCallOverItsLimitIsEmptyAndItsSlotComesBackWhenItEnds() {
        assertThat(box.call(Duration.ofMillis(50), () -> {
            await(release);
            return 1;
        })).isEmpty();
        release.countDown();
        assertThat(box.call(Duration.ofSeconds(30), () -> 3)).contains(3);
    }

    @Test
    void aFailingCallIsEmpty() {
        assertThat(box.call(Duration.ofSeconds(30), () -> {
            throw new IllegalStateException("the database said no");
        })).isEmpty();
        assertThat(box.call(Duration.ofSeconds(30), () -> 4)).contains(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
