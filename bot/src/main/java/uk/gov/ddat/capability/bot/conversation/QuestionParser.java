package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what someone typed into a {@link Question}, in one pass: words ({@link Tokens}) → every
 * mention found once ({@link MentionFinder}) → the first of a short, ordered list of intent rules
 * that applies. A reading less sure than {@link #THRESHOLD} is turned into a question back
 * ("Did you mean ...?") rather than an answer to something else.
 */
final class QuestionParser {

    /** Below this confidence the bot asks back instead of answering. */
    static final double THRESHOLD = 0.62;

    /** Intents whose answers are lists of candidates anyway, so a low score is not a guess. */
    private static final Set<Intent> LISTS = Set.of(Intent.SEARCH, Intent.DUTIES, Intent.CLARIFY, Intent.UNKNOWN,
            Intent.HELP, Intent.TIP, Intent.NOT_COVERED);

    /** The rules, most specific first; the first that applies decides. */
    static final List<IntentRule> RULES = List.of(
            new HelpRule(),
            new CommandRule(),
            new NotCoveredRule(),
            new DataDateRule(),
            new SkillScaleRule(),
            new RoleMoveRule(),
            new ClosestRolesRule(),
            new GradeRule(),
            new RoleListRule(),
            new SkillFilterRule(),
            new ListSkillsRule(),
            new SkillAtSkillLevelRule(),
            new DutiesRule(),
            new WhichRoleRule(),
            new LevelRule(),
            new NameRule(),
            new RoleListRule.Plain(),
            new HelpWordRule(),
            new SearchRule());

    private final MentionFinder finder = new MentionFinder();

    Question parse(String text, ModelIndex index) {
        Reading reading = read(text, index);
        for (IntentRule rule : RULES) {
            Optional<Question> question = rule.apply(reading);
            if (question.isPresent()) {
                return askBackIfUnsure(question.get(), reading)
                        .withNegated(!reading.mentions().negations().isEmpty());
            }
        }
        return reading.question(Intent.UNKNOWN).withConfidence(0);
    }

    Reading read(String text, ModelIndex index) {
        List<String> tokens = Tokens.of(text);
        return new Reading(tokens, () -> finder.find(tokens, index), index, UserText.quote(text));
    }

    /** A named skill or role matched only loosely ("avail"): offer it and its nearest rivals instead of answering. */
    private static Question askBackIfUnsure(Question question, Reading reading) {
        if (question.confidence() >= THRESHOLD || LISTS.contains(question.intent())) {
            return question;
        }
        List<String> choices = new ArrayList<>();
        Detail.Choosing kind;
        Mention<?> loose = looseMention(reading);
        if (question.skill().isPresent()) {
            kind = Detail.Choosing.SKILL;
            choices.add(question.skill().get().name());
            reading.index.skills.all(reading.mentions().tokens(), new BitSet()).stream().limit(3)
                    .map(EntityMatcher.Match::name).filter(n -> !choices.contains(n)).forEach(choices::add);
        } else if (question.role().isPresent()) {
            kind = Detail.Choosing.ROLE;
            choices.add(question.role().get().name());
            reading.index.roles.all(reading.mentions().tokens(), new BitSet()).stream().limit(3)
                    .map(EntityMatcher.Match::name).filter(n -> !choices.contains(n)).forEach(choices::add);
        } else {
            return question;
        }
        // The buttons repeat the question with the loosely matched words replaced by the choice.
        List<String> tokens = reading.mentions().tokens();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (loose == null || i < loose.start() || i >= loose.end()) {
                rest.append(rest.length() == 0 ? "" : " ").append(tokens.get(i));
            }
        }
        Question asked = new Question(Intent.CLARIFY, question.role(), Optional.empty(), Optional.empty(),
                question.skill(), question.grade(), kind, choices, rest.toString(), question.toRole(),
                question.skillLevel(), question.family(), question.confidence(), question.negated());
        return asked;
    }

    private static Mention<?> looseMention(Reading reading) {
        Mention<?> least = null;
        for (List<? extends Mention<?>> kind : List.of(reading.mentions().skills(), reading.mentions().roles(),
                reading.mentions().levels())) {
            for (Mention<?> m : kind) {
                if (least == null || m.confidence() < least.confidence()) {
                    least = m;
                }
            }
        }
        return least;
    }

    /** "help" anywhere first, after every other rule had its chance ("help with incident management" is not this). */
    static final class HelpWordRule implements IntentRule {
        @Override
        public Optional<Question> apply(Reading reading) {
            return HelpRule.HELP_WORDS.contains(reading.mentions().first())
                    ? Optional.of(reading.question(Intent.HELP)) : Optional.empty();
        }
    }
}
