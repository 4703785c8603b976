package uk.gov.ddat.capability.bot.unanswered;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.QuestionLog;

/**
 * Counts unanswered questions in memory on the answering thread (no database call there) and
 * adds the counts to the database on {@link #flush()}, which runs every minute. At most
 * {@link #MAX_PENDING} different questions wait between flushes; more are dropped and counted.
 */
public class UnansweredRecorder implements QuestionLog {

    static final int MAX_PENDING = 10_000;

    private record Key(LocalDate day, String question, Answer.Outcome outcome) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnansweredRecorder.class);

    private final UnansweredQuestions store;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    public UnansweredRecorder(UnansweredQuestions store) {
        this.store = store;
    }

    @Override
    public void unanswered(String text, Answer.Outcome outcome) {
        String question = QuestionText.normalise(text);
        if (question.isEmpty() || outcome == Answer.Outcome.ANSWERED) {
            return;
        }
        Key key = new Key(store.today(), question, outcome);
        LongAdder count = pending.get(key);
        if (count == null) {
            if (pending.size() >= MAX_PENDING) {
                dropped.incrementAndGet();
                return;
            }
            count = pending.computeIfAbsent(key, k -> new LongAdder());
        }
        count.increment();
    }

    /** Adds what was counted since the last flush to the database; kept for the next flush if that fails. */
    public synchronized void flush() {
        for (Key key : pending.keySet()) {
            LongAdder count = pending.remove(key);
            long times = count == null ? 0 : count.sumThenReset();
            if (times == 0) {
                continue;
            }
            try {
                store.add(key.day(), key.question(), key.outcome(), times);
            } catch (DataAccessException e) {
                pending.computeIfAbsent(key, k -> new LongAdder()).add(times);
                log.warn("Could not store unanswered question counts; will retry: {}", e.getMessage());
                return;
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} unanswered questions were not counted: more than {} different ones between flushes",
                    lost, MAX_PENDING);
        }
    }
}
