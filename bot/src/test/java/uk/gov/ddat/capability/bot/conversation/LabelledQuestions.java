package uk.gov.ddat.capability.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * A labelled set of questions as people type them, each with the answer it should get, read from
 * {@code src/test/resources/conversation/*.txt}: {@code question | INTENT | key=value; ...}. Keys: role,
 * level and to (a position on the main track or a level's name), skill, grade, skillLevel, toRole,
 * family, outcome (ANSWERED, NOT_SURE, NOT_IN_DATA) and says (text the answer must contain).
 */
final class LabelledQuestions {

    /** The share of questions answered as labelled, and the ones that were not. */
    record Score(int total, List<String> misses) {
        double accuracy() {
            return total == 0 ? 0 : (double) (total - misses.size()) / total;
        }
    }

    private LabelledQuestions() {
    }

    static List<QuestionTable.Row> load(String resource) {
        try (InputStream in = LabelledQuestions.class.getResourceAsStream("/conversation/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String table = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .reduce("", (a, b) -> a + b + "\n");
            return QuestionTable.rows(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score score(ConversationEngine engine, List<QuestionTable.Row> rows) {
        List<String> misses = new ArrayList<>();
        for (QuestionTable.Row row : rows) {
            check(engine, row).ifPresent(why -> misses.add(row + ": " + why));
        }
        return new Score(rows.size(), misses);
    }

    /** Why the engine's answer differs from the label, or empty when it matches. */
    static Optional<String> check(ConversationEngine engine, QuestionTable.Row row) {
        Question question = engine.understand(row.question());
        if (question.intent() != row.intent()) {
            return Optional.of("intent " + question.intent());
        }
        Answer answer = engine.answer(row.question());
        for (var entry : row.expected().entrySet()) {
            String value = entry.getValue();
            boolean ok = switch (entry.getKey()) {
                case "role" -> question.role().map(r -> r.name().equals(value)).orElse(false);
                case "toRole" -> question.toRole().map(r -> r.name().equals(value)).orElse(false);
                case "level" -> question.level().map(l -> levelIs(l, value)).orElse(false);
                case "to" -> question.toLevel().map(l -> levelIs(l, value)).orElse(false);
                case "skill" -> question.skill().map(s -> s.name().equals(value)).orElse(false);
                case "grade" -> question.grade().map(g -> g.name().equals(value)).orElse(false);
                case "skillLevel" -> question.skillLevel().map(l -> l.name().equals(value)).orElse(false);
                case "family" -> question.family().map(f -> f.name().equals(value)).orElse(false);
                case "outcome" -> answer.outcome().name().equals(value);
                case "says" -> everything(answer).toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown key " + entry.getKey());
            };
            if (!ok) {
                return Optional.of(entry.getKey() + " is not " + value + " (" + question + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean levelIs(RoleLevel level, String expected) {
        return expected.chars().allMatch(Character::isDigit) ? level.position() == Integer.parseInt(expected)
                : level.name().equals(expected);
    }

    private static String everything(Answer answer) {
        StringBuilder all = new StringBuilder(answer.plainText());
        answer.actions().forEach(a -> all.append('\n').append(a.label()).append('\n').append(a.command()));
        return all.toString();
    }
}
