package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.profile.AssessmentForm;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.framework.SkillLevel;

/** The self-assessment card: a choice per skill, pre-filled, within Teams' card size whatever the level. */
class AssessmentCardTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Answer intro = new Answer("Assess your skills", List.of(), List.of(), Optional.empty());

    @Test
    void eachSkillIsAChoiceOfTheFiveLevelsPrefilledFromLastTime() {
        AssessmentForm form = new AssessmentForm("Role", "Senior role", List.of(
                new AssessmentForm.Item("Testing", SkillLevel.WORKING, Optional.of(SelfLevel.PRACTITIONER)),
                new AssessmentForm.Item("User focus", SkillLevel.EXPERT, Optional.empty())));
        JsonNode card = card(form);
        AdaptiveCards.assertValid(card);
        JsonNode first = card.path("body").get(1);
        assertThat(first.path("id").asString()).isEqualTo("skill:Testing");
        assertThat(first.path("value").asString()).isEqualTo("practitioner");
        assertThat(first.path("choices")).extracting(c -> c.path("value").asString())
                .containsExactly("not_yet", "awareness", "working", "practitioner", "expert");
        assertThat(card.path("body").get(2).has("value")).isFalse();
        assertThat(card.path("actions").get(0).path("data").path("level").asString()).isEqualTo("Senior role");
    }

    @Test
    void aLevelWithMoreSkillsThanACardHoldsGetsTheFirstOnesAndSaysSo() {
        AssessmentForm form = new AssessmentForm("Role", "Senior role", IntStream.range(0, 150)
                .mapToObj(i -> new AssessmentForm.Item("A skill with a long enough name number " + i,
                        SkillLevel.WORKING, Optional.of(SelfLevel.WORKING))).toList());
        JsonNode card = card(form);
        AdaptiveCards.assertValid(card);
        assertThat(json.writeValueAsBytes(card).length).isLessThanOrEqualTo(AdaptiveCardRenderer.MAX_CARD_BYTES);
        assertThat(card.toString()).contains("skills: more than a Teams card holds");
    }

    private JsonNode card(AssessmentForm form) {
        return json.valueToTree(new AdaptiveCardRenderer().assessment(intro, form)).path("attachments").get(0)
                .path("content");
    }
}
