package uk.gov.ddat.capability.bot.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.profile.AssessmentForm;
import uk.gov.ddat.capability.bot.profile.Attachment;

/**
 * What the bot says back, platform-neutral: the answer, who should see it, and for the personal
 * commands the self-assessment form to open or the files (chart, export) to send with it.
 *
 * @param answer      what to say
 * @param audience    who may see it
 * @param form        the self-assessment to open (a Slack modal, a Teams card), if any
 * @param attachments files to send the person with the answer
 */
public record Reply(Answer answer, Audience audience, Optional<AssessmentForm> form, List<Attachment> attachments) {

    public enum Audience {
        /** The person who asked, where the platform can show it to them alone (a Slack slash command). */
        ASKER,
        /** Everyone in the conversation (a tips change announced). */
        CONVERSATION,
        /**
         * The person alone, never the conversation: their own data. Where others would see a reply,
         * the adapter sends it to the person directly.
         */
        PERSON
    }

    public Reply {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(form, "form");
        attachments = List.copyOf(attachments);
    }

    public Reply(Answer answer, Audience audience) {
        this(answer, audience, Optional.empty(), List.of());
    }

    public boolean inConversation() {
        return audience == Audience.CONVERSATION;
    }

    public boolean personal() {
        return audience == Audience.PERSON;
    }
}
