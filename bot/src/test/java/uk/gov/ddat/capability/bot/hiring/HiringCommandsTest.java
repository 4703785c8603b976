package uk.gov.ddat.capability.bot.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.core.Reply;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.TextFiles;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillRequirement;

/** The job advert draft and interview aid on the bundled role, whose data has no "you can" lines. */
class HiringCommandsTest {

    private static final String SENIOR = "Senior infrastructure operations engineer";
    private final ConversationEngine engine = Engines.bundled();
    private final HiringCommands hiring = new HiringCommands(engine);

    @Test
    void knowsItsCommands() {
        assertThat(List.of("advert senior IOE", "job advert for lead ioe", "Advert", "interview lead",
                "interview aid for senior ioe: testing")).allMatch(HiringCommands::isHiring);
        assertThat(List.of("advertising", "what is an interview", "adverts", "interviews", "senior ioe"))
                .noneMatch(HiringCommands::isHiring);
        assertThat(ConversationRouter.sendsFiles("/skills advert senior ioe")).isTrue();
        assertThat(ConversationRouter.sendsFiles("/skills senior ioe")).isFalse();
    }

    @Test
    void theAdvertIsTheLevelsOwnTextMarkedAsADraft() {
        HiringCommands.Result result = hiring.handle("advert senior infrastructure operations engineer", Wording.TERMINAL);
        LevelOfRole level = engine.model().level(SENIOR).orElseThrow();
        Answer answer = result.answer();
        assertThat(answer.title()).isEqualTo("Job advert draft: " + SENIOR);
        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        String text = answer.plainText();
        assertThat(text).contains("A draft from the Capability Framework, not a finished advert")
                .contains(level.role().description()).contains(level.level().summary())
                .contains("Often performed at HEO (Higher Executive Officer) or SEO (Senior Executive Officer).");
        level.level().youWill().forEach(line -> assertThat(text).contains(line));
        for (SkillRequirement skill : level.level().skills()) {
            // The bundled data lost the "you can" lines: said so, never made up.
            assertThat(text).contains(skill.skill() + ": " + skill.level().label())
                    .contains("no \"you can\" lines for " + skill.skill() + " at " + skill.level().label() + " level");
        }
        assertThat(answer.link().orElseThrow().url()).isEqualTo(level.role().url());
        FrameworkOnly.assertFrameworkOnly(answer, engine.model(), level);

        Attachment file = result.attachments().get(0);
        assertThat(result.attachments()).hasSize(1);
        assertThat(file.fileName()).isEqualTo("job-advert-senior-infrastructure-operations-engineer.md");
        assertThat(file.mediaType()).isEqualTo("text/markdown");
        assertThat(file.remakeWith()).contains("advert " + SENIOR);
        String markdown = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Job advert draft: " + SENIOR + "\n")
                .contains("A draft from the Capability Framework, not a finished advert")
                .contains("### Testing: working").contains("(" + level.role().url() + ")")
                .contains("Open Government Licence v3.0");
        level.level().youWill().forEach(line -> assertThat(markdown).contains("- " + TextFiles.markdown(line)));
    }

    @Test
    void theInterviewAidGivesTheSkillsAskedForAndAScoringSheetWithFiveRatings() {
        HiringCommands.Result result = hiring.handle("interview lead ioe incident management, testing",
                Wording.TERMINAL);
        LevelOfRole level = engine.model().level("Lead infrastructure operations engineer").orElseThrow();
        assertThat(result.answer().title()).isEqualTo("Interview aid: Lead infrastructure operations engineer");
        assertThat(result.answer().sections()).extracting(Answer.Section::heading)
                .contains("Incident management: needs practitioner", "Testing: needs practitioner")
                .noneMatch(h -> h.startsWith("User focus"));
        FrameworkOnly.assertFrameworkOnly(result.answer(), engine.model(), level);

        assertThat(result.attachments()).extracting(Attachment::fileName).containsExactly(
                "interview-scoring-lead-infrastructure-operations-engineer.csv",
                "interview-scoring-lead-infrastructure-operations-engineer.md");
        String csv = new String(result.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFSkill,Needed at Lead infrastructure operations engineer,Not yet,Awareness,Working,Practitioner,"
                        + "Expert,Evidence heard",
                "Incident management,Practitioner,,,,,,",
                "Testing,Practitioner,,,,,,");
        String markdown = new String(result.attachments().get(1).content(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("| Skill | Needed at Lead infrastructure operations engineer | Not yet | Awareness "
                + "| Working | Practitioner | Expert | Evidence heard |").contains("| Testing | Practitioner |");
        assertThat(result.attachments()).allMatch(f -> f.remakeWith()
                .equals(java.util.Optional.of("interview Lead infrastructure operations engineer: Incident management, "
                        + "Testing")));
    }

    @Test
    void withoutSkillsTheInterviewAidCoversEverySkillOfTheLevel() {
        HiringCommands.Result result = hiring.handle("interview senior ioe", Wording.TERMINAL);
        LevelOfRole level = engine.model().level(SENIOR).orElseThrow();
        String csv = new String(result.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + level.level().skills().size());
        assertThat(result.attachments().get(0).remakeWith()).contains("interview " + SENIOR);
    }

    @Test
    void eachFileIsMadeAgainFromTheCommandItCarries() {
        for (String command : List.of("advert principal ioe", "interview lead ioe testing, user focus", "interview ioe")) {
            for (Attachment file : hiring.handle(command, Wording.TERMINAL).attachments()) {
                Attachment again = hiring.file(file.remakeWith().orElseThrow(), file.fileName()).orElseThrow();
                assertThat(again.content()).isEqualTo(file.content());
            }
        }
        assertThat(hiring.file("advert principal ioe", "something-else.md")).isEmpty();
        assertThat(hiring.file("advert nothing at all", "job-advert-x.md")).isEmpty();
    }

    @Test
    void whatCannotBeReadIsAskedBackOrSaid() {
        Answer none = hiring.handle("advert", Wording.TERMINAL).answer();
        assertThat(none.outcome()).isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(none.plainText()).contains("I couldn't find that role level");

        HiringCommands.Result juggling = hiring.handle("interview lead ioe testing juggling", Wording.TERMINAL);
        assertThat(juggling.answer().plainText()).contains("did not recognise: juggling");
        assertThat(hiring.handle("interview lead ioe " + "x".repeat(700), Wording.TERMINAL).answer().title())
                .isEqualTo("That is longer than I read");
    }

    @Test
    void theRouterAnswersHiringCommandsWithTheirFilesAnywhere() {
        Reply reply = ConversationRouter.withoutTips(engine).typed("/skills advert senior ioe", Asker.terminal());
        assertThat(reply.answer().title()).isEqualTo("Job advert draft: " + SENIOR);
        assertThat(reply.audience()).isEqualTo(Reply.Audience.ASKER);
        assertThat(reply.attachments()).hasSize(1);
    }
}
