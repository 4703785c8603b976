package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.Track;

/**
 * Every skill a text names, not just the one a question is about: after the mention pass has
 * claimed the level, the role and its best skill, the skill names in the words still free are
 * claimed one at a time (whole names first, the longer of two overlapping ones winning).
 */
final class SkillsNamed {

    /** More skills than any role level has: a bound on the loop, whatever is typed. */
    private static final int MOST = 40;

    private SkillsNamed() {
    }

    static LevelAndSkills read(Question question, Reading reading) {
        Mentions mentions = reading.mentions();
        List<String> tokens = mentions.tokens();
        BitSet used = (BitSet) mentions.used().clone();
        List<Mention<Skill>> found = new ArrayList<>(mentions.skills());
        EntityMatcher<Skill> matcher = reading.index.skills;
        for (EntityMatcher.Match<Skill> whole : matcher.complete(tokens, used)) {
            claim(whole, matcher, used, found);
        }
        while (found.size() < MOST) {
            EntityMatcher.Result<Skill> best = matcher.best(tokens, used);
            if (!best.found()) {
                break;
            }
            claim(best.match(), matcher, used, found);
        }
        found.sort(Comparator.comparingInt(Mention::start));
        List<Skill> skills = new ArrayList<>();
        found.forEach(m -> {
            if (!skills.contains(m.value())) {
                skills.add(m.value());
            }
        });
        // "management" chooses the management track ("lead developer management"): read, not unread.
        boolean managementTrack = question.level().map(l -> l.track() == Track.MANAGEMENT).orElse(false);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!used.get(i) && !Tokens.isStopword(token)
                    && !(managementTrack && token.equals("management"))) {
                unread.add(token);
            }
        }
        return new LevelAndSkills(question, skills, unread);
    }

    private static void claim(EntityMatcher.Match<Skill> match, EntityMatcher<Skill> matcher, BitSet used,
                              List<Mention<Skill>> found) {
        used.or(match.positions());
        found.add(Mention.over(match.value(), match.positions(), matcher.confidence(match)));
    }
}
