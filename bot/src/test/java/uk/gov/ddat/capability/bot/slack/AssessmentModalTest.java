package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.profile.AssessmentForm;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.framework.SkillLevel;

/** The assessment modal within Slack's limits however large the level, and its state read back as sent. */
class AssessmentModalTest {

    @Test
    void aLevelWithMoreSkillsThanAModalHoldsStaysWithinAHundredBlocks() {
        List<AssessmentForm.Item> items = IntStream.range(0, 150).mapToObj(i -> new AssessmentForm.Item(
                "Skill number " + i, SkillLevel.PRACTITIONER, Optional.empty())).toList();
        JsonNode view = SchemaCheck.parse(GsonFactory.createSnakeCase().toJson(AssessmentModal.view(
                new AssessmentForm("Role", "Senior role", items))));
        SchemaCheck.assertValidModal(view);
        assertThat(view.path("blocks").size()).isEqualTo(100);
        assertThat(view.path("private_metadata").asString()).isEqualTo("Senior role");
    }

    @Test
    void onlyTheSkillSelectsOfTheStateAreReadAndNothingElse() {
        ViewState.Value chosen = new ViewState.Value();
        ViewState.SelectedOption expert = new ViewState.SelectedOption();
        expert.setValue("expert");
        chosen.setSelectedOption(expert);
        ViewState.Value empty = new ViewState.Value();
        ViewState state = new ViewState();
        state.setValues(Map.of(
                "skill:Testing", Map.of("level", chosen),
                "skill:Coding", Map.of("level", empty),
                "skill:Agile", Map.of("other-action", chosen),
                "not-a-skill", Map.of("level", chosen)));
        View view = View.builder().privateMetadata(null).state(state).build();
        var answers = AssessmentModal.answers(view);
        assertThat(answers.level()).isEmpty();
        assertThat(answers.ratings()).containsExactly(Map.entry("Testing", "expert"));
    }
}
