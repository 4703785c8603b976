package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.SkillLevel;

/** The one pass that finds every mention: spans, confidence, and words claimed once. */
class MentionFinderTest {

    private static final ModelIndex INDEX = new ModelIndex(Engines.bundled().model());

    private static Mentions find(String text) {
        return new MentionFinder().find(Tokens.of(text), INDEX);
    }

    @Test
    void eachKindIsFoundWithItsSpan() {
        Mentions m = find("I'm a senior IOE at HEO, who needs expert incident management");
        assertThat(m.levels()).singleElement().satisfies(l -> {
            assertThat(l.value().word()).isEqualTo("senior");
            assertThat(l.start()).isEqualTo(2);
        });
        assertThat(m.isSelf(m.levels().get(0))).isTrue();
        assertThat(m.roles()).singleElement().satisfies(r -> assertThat(r.start()).isEqualTo(3));
        assertThat(m.grades()).singleElement().satisfies(g -> assertThat(g.value()).isEqualTo(Grade.HEO));
        assertThat(m.skillLevels()).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo(SkillLevel.EXPERT));
        assertThat(m.skills()).singleElement().satisfies(s -> {
            assertThat(s.value().name()).isEqualTo("Incident management");
            assertThat(s.start()).isEqualTo(9);
            assertThat(s.end()).isEqualTo(11);
            assertThat(s.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void typosAndPartialNamesAreLessSure() {
        assertThat(find("incidnet managment").skills().get(0).confidence()).isLessThan(1.0).isGreaterThan(0.6);
        assertThat(find("capacity").skills().get(0).confidence()).isLessThan(find("testing").skills().get(0).confidence());
        assertThat(find("senoir").levels().get(0).confidence()).isEqualTo(0.8);
    }

    @Test
    void oneCommonWordIsNoEvidenceOfAName() {
        Mentions framework = find("how many roles are in the framework");
        assertThat(framework.skills()).isEmpty();
        Mentions management = find("management");
        assertThat(management.skills()).isEmpty();
        assertThat(management.weakChoices()).isTrue();
        assertThat(management.skillChoices()).hasSizeGreaterThan(1);
    }

    @Test
    void workingIsASkillLevelOnlyBesideOne() {
        assertThat(find("what comes after working").skillLevels()).hasSize(1);
        assertThat(find("remote working").skillLevels()).isEmpty();
    }

    @Test
    void negationsAreRecorded() {
        assertThat(find("which skills does a lead not need").negations()).containsExactly(5);
    }
}
