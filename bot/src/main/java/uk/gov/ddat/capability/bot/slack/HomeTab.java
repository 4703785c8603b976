package uk.gov.ddat.capability.bot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;

/**
 * The Home tab: browse the framework with buttons (roles, their levels, skills). A pressed button's
 * answer is shown at the top of the tab, above the browser.
 */
public class HomeTab {

    /** Slack allows 25 elements in an actions block. */
    private static final int BUTTONS_PER_BLOCK = 25;
    private static final int SKILL_BUTTONS = 50;

    private final BlockKitRenderer renderer;

    public HomeTab(BlockKitRenderer renderer) {
        this.renderer = renderer;
    }

    public View view(FrameworkModel model, Optional<Answer> answer) {
        List<LayoutBlock> browse = browse(model);
        List<LayoutBlock> blocks = new ArrayList<>();
        answer.ifPresent(a -> {
            blocks.addAll(renderer.blocks(a, BlockKitRenderer.HOME_BLOCKS - browse.size() - 1));
            blocks.add(DividerBlock.builder().build());
        });
        blocks.addAll(browse);
        return View.builder().type("home").blocks(blocks).build();
    }

    private static List<LayoutBlock> browse(FrameworkModel model) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text("Capability framework").build()).build());
        blocks.add(section("Browse the Government Digital and Data Profession Capability Framework, or ask me "
                + "anything with `/skills` or in a message. Try `/skills help`."));
        blocks.add(section("*Daily tips*: in a channel, `/skills tips on 09:30 Europe/London weekdays` posts a tip "
                + "there every weekday; `/skills tips` shows the settings, `/skills tips off` stops them."));
        Counter ids = new Counter();
        blocks.add(section("*My skills*: tell me your role level with `/skills me &lt;your level&gt;`, assess yourself "
                + "against its skills and see your gaps for your next step. Only you see them; `/skills forget me` "
                + "deletes them."));
        blocks.add(buttons(List.of(button(ids, "What you know about me", "me"), button(ids, "Assess my skills", "assess"),
                button(ids, "My gaps", "my gaps"), button(ids, "My next level", "my next level"))));
        if (model.roles().size() == 1) {
            Role role = model.roles().get(0);
            blocks.add(section("*" + BlockKitRenderer.escape(role.name()) + "*: role levels"));
            blocks.add(buttons(role.levels().stream()
                    .map(l -> button(ids, l.name(), levelCommand(role, l))).toList()));
        } else {
            for (RoleFamily family : model.families()) {
                blocks.add(section("*" + BlockKitRenderer.escape(family.name()) + "*"));
                List<ButtonElement> roles = family.roles().stream().map(r -> button(ids, r.name(), r.name())).toList();
                for (int i = 0; i < roles.size(); i += BUTTONS_PER_BLOCK) {
                    blocks.add(buttons(roles.subList(i, Math.min(roles.size(), i + BUTTONS_PER_BLOCK))));
                }
            }
        }
        List<Skill> skills = model.skills();
        blocks.add(section("*Skills*" + (skills.size() > SKILL_BUTTONS
                ? " (the first " + SKILL_BUTTONS + " of " + skills.size() + "; search for the rest with `/skills search`)"
                : "")));
        List<ButtonElement> skillButtons = skills.stream().limit(SKILL_BUTTONS)
                .map(s -> button(ids, s.name(), s.name())).toList();
        for (int i = 0; i < skillButtons.size(); i += BUTTONS_PER_BLOCK) {
            blocks.add(buttons(skillButtons.subList(i, Math.min(skillButtons.size(), i + BUTTONS_PER_BLOCK))));
        }
        return blocks;
    }

    private static String levelCommand(Role role, RoleLevel level) {
        return level.name().equalsIgnoreCase(role.name()) ? "level " + level.position() + " " + role.name() : level.name();
    }

    private static final class Counter {
        private int next;

        String id() {
            return BlockKitRenderer.ACTION_PREFIX + "home-" + next++;
        }
    }

    private static ButtonElement button(Counter ids, String label, String command) {
        return ButtonElement.builder().actionId(ids.id())
                .text(PlainTextObject.builder().text(BlockKitRenderer.cut(label, BlockKitRenderer.BUTTON_TEXT)).build())
                .value(command).build();
    }

    private static ActionsBlock buttons(List<? extends BlockElement> buttons) {
        return ActionsBlock.builder().elements(new ArrayList<>(buttons)).build();
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }
}
