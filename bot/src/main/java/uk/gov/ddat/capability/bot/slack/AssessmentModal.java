package uk.gov.ddat.capability.bot.slack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;

import uk.gov.ddat.capability.bot.profile.AssessmentAnswers;
import uk.gov.ddat.capability.bot.profile.AssessmentForm;
import uk.gov.ddat.capability.bot.profile.SelfLevel;

/**
 * The self-assessment as a Slack modal: one select per skill, pre-filled from the last
 * assessment, and the submitted state read back. The modal carries the role level it was made
 * for; who submitted it is taken from the signed payload, never from the modal.
 */
final class AssessmentModal {

    static final String CALLBACK_ID = "assessment";
    static final String BLOCK_PREFIX = "skill:";
    static final String ACTION_ID = "level";
    /** A modal holds at most 100 blocks; two are the introduction. */
    static final int MAX_SKILLS = 98;
    private static final int LABEL_TEXT = 2_000;
    private static final int TITLE_TEXT = 24;

    private AssessmentModal() {
    }

    static View view(AssessmentForm form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(SectionBlock.builder().text(PlainTextObject.builder().text(BlockKitRenderer.cut(
                "Rate yourself on each skill " + form.level() + " needs. Only you see your answers.",
                BlockKitRenderer.SECTION_TEXT)).build()).build());
        blocks.add(ContextBlock.builder().elements(List.of(PlainTextObject.builder().text(
                "Awareness, working, practitioner and expert are the framework's four skill levels.").build()))
                .build());
        for (AssessmentForm.Item item : form.items().stream().limit(MAX_SKILLS).toList()) {
            StaticSelectElement.StaticSelectElementBuilder select = StaticSelectElement.builder()
                    .actionId(ACTION_ID).placeholder(plain("Choose a level")).options(options());
            item.current().ifPresent(level -> select.initialOption(option(level)));
            blocks.add(InputBlock.builder().blockId(BLOCK_PREFIX + item.skill())
                    .label(plain(BlockKitRenderer.cut(item.skill(), LABEL_TEXT)))
                    .hint(plain("Your level needs " + item.required().label()))
                    .element(select.build()).build());
        }
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(form.level())
                .title(ViewTitle.builder().type("plain_text").text(BlockKitRenderer.cut("Assess your skills",
                        TITLE_TEXT)).build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks).build();
    }

    /** What was submitted, as sent: the form's role level and each skill's chosen code. */
    static AssessmentAnswers answers(View view) {
        Map<String, String> ratings = new LinkedHashMap<>();
        ViewState state = view.getState();
        if (state != null && state.getValues() != null) {
            state.getValues().forEach((blockId, actions) -> {
                ViewState.Value value = actions == null ? null : actions.get(ACTION_ID);
                if (blockId.startsWith(BLOCK_PREFIX) && value != null && value.getSelectedOption() != null) {
                    ratings.put(blockId.substring(BLOCK_PREFIX.length()), value.getSelectedOption().getValue());
                }
            });
        }
        return new AssessmentAnswers(view.getPrivateMetadata(), ratings);
    }

    private static List<OptionObject> options() {
        return Arrays.stream(SelfLevel.values()).map(AssessmentModal::option).toList();
    }

    private static OptionObject option(SelfLevel level) {
        return OptionObject.builder().text(plain(level.title())).value(level.code()).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).build();
    }
}
