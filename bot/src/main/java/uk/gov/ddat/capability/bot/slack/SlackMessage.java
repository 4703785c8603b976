package uk.gov.ddat.capability.bot.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/** A message ready for Slack: Block Kit blocks and the plain fallback text that always goes with them. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
