package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about things the framework does not describe: pay, where people work, how long
 * promotion takes, particular technologies or qualifications, and everyday office matters. The
 * question keeps what else it names, so the answer can offer the nearest thing the data covers.
 */
final class NotCoveredRule implements IntentRule {

    /** What the framework does not cover, and the words that show a question is about it. */
    enum Topic {
        PAY("pay and salaries", Set.of("salary", "salaries", "pay", "paid", "wage", "wages", "money", "earn",
                "earns", "earning", "bonus", "pension", "payband", "allowance")),
        WORKPLACE("where or how people work (remote, hybrid or office working)", Set.of("remote", "remotely",
                "hybrid", "wfh", "office", "offices", "location", "relocate", "commute", "flexible", "parttime")),
        TIME("how long a promotion or a move takes", Set.of()),
        TECHNOLOGY("particular products, technologies or qualifications", Set.of("aws", "azure", "gcp", "kubernetes",
                "terraform", "docker", "linux", "windows", "python", "java", "javascript", "sql", "excel", "jira",
                "servicenow", "certification", "certifications", "certificate", "certified", "qualification",
                "qualifications", "degree", "itil", "prince2", "course", "courses", "training")),
        OFF_TOPIC("that", Set.of("meeting", "room", "rooms", "leave", "holiday", "holidays", "lunch", "canteen",
                "parking", "expenses", "weather", "laptop", "password", "wifi", "printer", "joke", "sick", "vpn",
                "desk", "booking", "football", "recipe"));

        final String label;
        final Set<String> words;

        Topic(String label, Set<String> words) {
            this.label = label;
            this.words = words;
        }
    }

    /** For a product or qualification, the general word the framework's skills would use. */
    static final java.util.Map<String, String> NEAREST_WORD = java.util.Map.ofEntries(
            java.util.Map.entry("aws", "cloud infrastructure"), java.util.Map.entry("azure", "cloud infrastructure"),
            java.util.Map.entry("gcp", "cloud infrastructure"), java.util.Map.entry("kubernetes", "infrastructure"),
            java.util.Map.entry("terraform", "infrastructure"), java.util.Map.entry("docker", "infrastructure"),
            java.util.Map.entry("linux", "infrastructure"), java.util.Map.entry("windows", "infrastructure"),
            java.util.Map.entry("python", "coding programming"), java.util.Map.entry("java", "coding programming"),
            java.util.Map.entry("javascript", "coding programming"), java.util.Map.entry("sql", "data"),
            java.util.Map.entry("excel", "data analysis"), java.util.Map.entry("jira", "delivery"),
            java.util.Map.entry("servicenow", "service management"), java.util.Map.entry("itil", "service management"),
            java.util.Map.entry("prince2", "programme delivery"));

    private static final Set<String> DURATION = Set.of("long", "years", "year", "months", "month", "quickly",
            "fast", "soon", "quick");
    private static final Set<String> MOVING = Set.of("promoted", "promotion", "progress", "become", "get", "move",
            "reach", "take", "takes");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        Topic topic = topic(m);
        if (topic == null) {
            return Optional.empty();
        }
        String nearest = m.tokens().stream().filter(NEAREST_WORD::containsKey).map(NEAREST_WORD::get).findFirst()
                .orElse("");
        return Optional.of(reading.base(Intent.NOT_COVERED).withDetail(new Detail.Uncovered(topic))
                .withChoices(nearest.isEmpty() ? java.util.List.of() : java.util.List.of(nearest))
                .withLevels(null, null));
    }

    static Topic topic(Mentions m) {
        List<String> tokens = m.tokens();
        if (m.hasAny(DURATION) && m.hasAny(MOVING) && (m.has("how") || m.has("long") || m.has("years"))) {
            return Topic.TIME;
        }
        for (Topic topic : Topic.values()) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!m.used().get(i) && topic.words.contains(tokens.get(i)) && !ownWord(topic, tokens, i)) {
                    return topic;
                }
            }
        }
        if (m.hasPhrase("working", "from") || m.hasPhrase("from", "home")) {
            return Topic.WORKPLACE;
        }
        return null;
    }

    /** Words that are about the framework after all: "leave" a role, a "desk" in "service desk". */
    private static boolean ownWord(Topic topic, List<String> tokens, int i) {
        if (topic != Topic.OFF_TOPIC) {
            return false;
        }
        String word = tokens.get(i);
        if (word.equals("leave") || word.equals("room")) {
            return !(i > 0 && (tokens.get(i - 1).equals("annual") || tokens.get(i - 1).equals("meeting")
                    || tokens.get(i - 1).equals("sick") || tokens.get(i - 1).equals("parental")))
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).equals("booking"));
        }
        return word.equals("desk") && i > 0 && tokens.get(i - 1).equals("service");
    }
}
