package uk.gov.ddat.capability.bot.conversation;

import java.time.Duration;
import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.load.CurrentFramework;

/**
 * Text in, answer out: the heart of the bot, shared by Slack, Teams, the local prompt and the
 * daily tips. Understands the question against the current framework snapshot and builds the
 * answer; answers are cached per snapshot, so a reload never serves a stale one.
 */
public class ConversationEngine {

    /** Longer input is cut before it is read; no real question is this long. */
    static final int MAX_INPUT = 2_000;

    private record Indexed(FrameworkModel model, ModelIndex index) {
    }

    private record CacheKey(FrameworkModel model, String text, Wording wording) {
    }

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final CurrentFramework framework;
    private final QuestionParser parser = new QuestionParser();
    private final AnswerBuilder builder;
    private final TipCatalogue tips;
    private final AtomicReference<Indexed> indexed = new AtomicReference<>();
    private final Cache<CacheKey, Answer> answers;
    private final QuestionLog questionLog;

    public ConversationEngine(CurrentFramework framework, TipCatalogue tips, long cacheSize) {
        this(framework, tips, cacheSize, QuestionLog.NONE);
    }

    public ConversationEngine(CurrentFramework framework, TipCatalogue tips, long cacheSize, QuestionLog questionLog) {
        this.framework = framework;
        this.questionLog = questionLog;
        this.tips = tips;
        this.builder = new AnswerBuilder(tips);
        // A size of 0 turns caching off (used to measure the engine itself).
        this.answers = cacheSize <= 0 ? null
                : Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(Duration.ofHours(6)).build();
    }

    /** The answer to anything typed, worded for the terminal; never throws, whatever the input. */
    public Answer answer(String text) {
        return answer(text, Wording.TERMINAL);
    }

    /** The answer to anything typed, with commands written as {@code wording} says; never throws. */
    public Answer answer(String text, Wording wording) {
        String input = text == null ? "" : text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        Indexed current = current();
        CacheKey key = new CacheKey(current.model(), input, wording);
        Answer cached = answers == null ? null : answers.getIfPresent(key);
        if (cached != null) {
            return logged(input, cached);
        }
        try {
            Question question = parser.parse(input, current.index());
            Answer answer = builder.build(question, current.index(), wording);
            if (answers != null && question.intent() != Intent.TIP) {
                answers.put(key, answer);
            }
            return logged(input, answer);
        } catch (RuntimeException e) {
            log.error("Could not answer a question of {} characters", input.length(), e);
            return builder.build(Question.of(Intent.UNKNOWN, ""), current.index(), wording);
        }
    }

    /** Counts the questions that were not answered; a failing log never costs the answer. */
    private Answer logged(String input, Answer answer) {
        if (answer.outcome() != Answer.Outcome.ANSWERED && !input.isBlank()) {
            try {
                questionLog.unanswered(input, answer.outcome());
            } catch (RuntimeException e) {
                log.warn("Could not count an unanswered question: {}", e.toString());
            }
        }
        return answer;
    }

    /** How the engine understood a question (for tests and diagnostics). */
    public Question understand(String text) {
        return parser.parse(text == null ? "" : text, current().index());
    }

    /**
     * A text naming a role level and skills of it ("senior IOE incident management, testing"):
     * the level as {@link #understand} reads it, and every skill named besides.
     */
    public LevelAndSkills levelAndSkills(String text) {
        String input = text == null ? "" : text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        ModelIndex index = current().index();
        return SkillsNamed.read(parser.parse(input, index), parser.read(input, index));
    }

    /** The answer to a question already understood, letting any failure through (for tests). */
    Answer answerOrThrow(Question question) {
        return builder.build(question, current().index());
    }

    /** The role a text names (exactly, or despite typos), if it clearly names one. */
    public Optional<Role> findRole(String text) {
        Indexed current = current();
        Optional<Role> exact = current.model().role(text == null ? "" : text);
        if (exact.isPresent()) {
            return exact;
        }
        EntityMatcher.Result<Role> result = current.index().roles.best(Tokens.of(text), new BitSet());
        return result.found() ? Optional.of(result.match().value()) : Optional.empty();
    }

    /** The free-text search the engine falls back on, over the snapshot now serving; best first. */
    public java.util.List<SearchMatch> search(String text, int limit) {
        return current().index().search().search(text == null ? "" : text, limit).stream()
                .map(hit -> new SearchMatch(hit.kind() == FrameworkSearch.Kind.ROLE ? SearchMatch.Kind.ROLE
                        : SearchMatch.Kind.SKILL, hit.name(), hit.score()))
                .toList();
    }

    public FrameworkModel model() {
        return current().model();
    }

    public TipCatalogue tips() {
        return tips;
    }

    /** The index for the snapshot now serving, rebuilt once when a reload swaps the snapshot. */
    private Indexed current() {
        FrameworkModel model = framework.model();
        Indexed known = indexed.get();
        if (known != null && known.model() == model) {
            return known;
        }
        Indexed fresh = new Indexed(model, new ModelIndex(model));
        indexed.compareAndSet(known, fresh);
        if (known != null && answers != null) {
            answers.invalidateAll();
        }
        return fresh;
    }
}
