package uk.gov.ddat.capability.bot.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a question into lower-case words; apostrophes join ("what's" → "whats"). */
final class Tokens {

    /** A question longer than this many words is read no further. */
    static final int MAX_TOKENS = 48;

    /** Words that never name a skill, role or level by themselves. */
    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into",
            "is", "are", "am", "be", "been", "was", "were", "do", "does", "did", "doing", "i", "im", "me", "my",
            "we", "our", "us", "you", "your", "it", "its", "this", "that", "these", "those", "what", "whats",
            "which", "who", "how", "hows", "when", "where", "why", "can", "could", "should", "would", "will",
            "shall", "may", "might", "must", "need", "needs", "needed", "require", "required", "requires",
            "skill", "skills", "level", "levels", "role", "roles", "about", "tell", "show", "give", "get",
            "got", "have", "has", "had", "please", "thanks", "thank", "hi", "hello", "hey", "bot", "there",
            "any", "all", "some", "know", "mean", "means", "like", "look", "up", "if", "so", "just", "also",
            "then", "than", "more", "most", "much", "many", "good", "between", "across", "every", "each",
            "job", "grade", "grades", "list", "want", "go", "going", "become", "make", "vs", "versus",
            "compare", "next", "new", "changes", "difference", "differences", "different", "progress",
            "progression", "promotion", "promoted", "step", "move", "career", "describe", "explain", "define",
            "definition", "someone", "person", "people", "being", "after", "before",
            "above", "below", "higher", "lower", "same", "differ", "expected", "typical", "typically", "usually",
            "s", "t");

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length() && tokens.size() < MAX_TOKENS; ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0) {
                continue;
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0 && tokens.size() < MAX_TOKENS) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    static boolean isStopword(String token) {
        return STOPWORDS.contains(token);
    }
}
