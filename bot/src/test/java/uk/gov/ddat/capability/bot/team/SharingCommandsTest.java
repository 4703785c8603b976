package uk.gov.ddat.capability.bot.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.PersonalCommands.Result;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.framework.RoleLevel;

/** Sharing and the team view on the bundled framework and a real (in-memory H2) database. */
class SharingCommandsTest {

    private static final String SENIOR = "Senior infrastructure operations engineer";

    private final TestDatabases.Database db = TestDatabases.h2();
    private final ProfileStore profiles = new ProfileStore(db.jdbc(), db.transactions());
    private final ShareStore shares = new ShareStore(db.jdbc());
    private final ConversationEngine engine = Engines.bundled();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final SharingCommands commands = new SharingCommands(shares, engine, new TeamHeatmap(), new TeamExport(),
            clock, ZoneId.of("Europe/London"));
    private final PersonKey alex = new PersonKey(Platform.SLACK, "T1", "U0ALEX");
    private final PersonKey sam = new PersonKey(Platform.SLACK, "T1", "U0SAM");
    private final PersonKey boss = new PersonKey(Platform.SLACK, "T1", "U0BOSS");

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"share with <@U0BOSS|boss>", "Share with <@U0BOSS>", "share my skills with <@U0BOSS>",
            "share <@U0BOSS>", "share with boss", "unshare <@U0BOSS>", "stop sharing with <@U0BOSS>",
            "unshare everyone", "unshare", "shared", "who sees mine", "team", "my team", "team export", "TEAM"})
    void theseAreSharingCommands(String text) {
        assertThat(SharingCommands.isSharing(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"share price", "shared services", "team leadership", "what does a team leader do",
            "senior", "teams", "my gaps"})
    void theseAreNot(String text) {
        assertThat(SharingCommands.isSharing(text)).isFalse();
    }

    @Test
    void shareTeamUnshareTeam() {
        RoleLevel level = assessed(alex, SelfLevel.NOT_YET, SelfLevel.EXPERT);
        String first = level.skills().get(0).skill();

        Result nobody = commands.handle("team", boss, "Boss", Wording.TERMINAL);
        assertThat(nobody.answer().title()).isEqualTo("Nobody shares their skills with you yet");
        assertThat(nobody.attachments()).isEmpty();

        Result shared = commands.handle("share with <@U0BOSS|boss>", alex, "@alex", Wording.TERMINAL);
        assertThat(shared.answer().title()).isEqualTo("Shared with boss");
        assertThat(text(shared.answer())).contains("unshare @boss").contains("role level and your latest self-assessment");

        Result team = commands.handle("team", boss, "Boss", Wording.TERMINAL);
        assertThat(team.answer().title()).isEqualTo("Your team: 1 person shares their skills with you");
        assertThat(text(team.answer())).contains(first + ": 1 below")
                .contains("@alex, " + SENIOR + ", self-assessed 1 December 2026: 1 below, ")
                .contains(level.skills().get(1).skill() + ": 1 above");
        assertThat(team.attachments()).hasSize(1);
        Attachment heatmap = team.attachments().get(0);
        assertThat(heatmap.fileName()).isEqualTo(TeamHeatmap.FILE_NAME);
        assertThat(heatmap.content()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(heatmap.description()).contains("1 person").contains(first + ": 1 below");

        Result export = commands.handle("team export", boss, "Boss", Wording.TERMINAL);
        String csv = new String(export.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFPerson,Role level,Self-assessed on," + first)
                .contains("\r\n'@alex," + SENIOR + ",2026-12-01,below,above"); // formula-neutralised

        assertThat(commands.handle("unshare <@U0BOSS|boss>", alex, "@alex", Wording.TERMINAL).answer().title())
                .isEqualTo("Stopped sharing with boss");
        assertThat(commands.handle("team", boss, "Boss", Wording.TERMINAL).answer().title())
                .isEqualTo("Nobody shares their skills with you yet");
        assertThat(commands.file(boss, TeamHeatmap.FILE_NAME)).isEmpty();
    }

    @Test
    void filesAreMadeOnlyFromTheSharesTheAskerHolds() {
        assessed(alex, SelfLevel.WORKING, SelfLevel.WORKING);
        commands.handle("share with <@U0BOSS|boss>", alex, "@alex", Wording.TERMINAL);

        assertThat(commands.file(boss, TeamHeatmap.FILE_NAME)).isPresent();
        assertThat(commands.file(boss, TeamExport.FILE_NAME).map(f -> new String(f.content(), StandardCharsets.UTF_8)))
                .hasValueSatisfying(csv -> assertThat(csv).contains("@alex"));
        assertThat(commands.file(sam, TeamHeatmap.FILE_NAME)).isEmpty();
        assertThat(commands.file(boss, "skills-gaps.png")).as("not a team file").isEmpty();
        assertThat(commands.handle("team", sam, "Sam", Wording.TERMINAL).answer().title())
                .isEqualTo("Nobody shares their skills with you yet");
    }

    @Test
    void sharingNeedsAMentionAndSomeoneElse() {
        Result unnamed = commands.handle("share with boss", alex, "@alex", Wording.TERMINAL);
        assertThat(unnamed.answer().outcome()).isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(text(unnamed.answer())).contains("Mention them");

        assertThat(commands.handle("share with <@U0ALEX|alex>", alex, "@alex", Wording.TERMINAL).answer().title())
                .isEqualTo("That's you");
        assertThat(shares.sharedBy(alex)).isEmpty();
    }

    @Test
    void sharedListsWhoSeesMineAndUnshareEveryoneEndsAll() {
        assertThat(commands.handle("shared", alex, "@alex", Wording.TERMINAL).answer().title())
                .isEqualTo("Nobody sees your skills");
        commands.handle("share with <@U0BOSS|boss>", alex, "@alex", Wording.TERMINAL);
        commands.handle("share with <@U0SAM|sam>", alex, "@alex", Wording.TERMINAL);

        Result listed = commands.handle("shared", alex, "@alex", Wording.TERMINAL);
        assertThat(listed.answer().title()).isEqualTo("2 people see your skills");
        assertThat(text(listed.answer())).contains("boss, since 1 December 2026").contains("sam, since");

        assertThat(commands.handle("unshare everyone", alex, "@alex", Wording.TERMINAL).answer().title())
                .isEqualTo("Stopped sharing with everyone");
        assertThat(shares.sharedBy(alex)).isEmpty();
        assertThat(commands.handle("unshare <@U0BOSS>", alex, "@alex", Wording.TERMINAL).answer().title())
                .isEqualTo("You weren't sharing with the person you mentioned");
    }

    @Test
    void unshareEndsEveryShareItMentions() {
        commands.handle("share with <@U0BOSS|boss>", alex, "@alex", Wording.TERMINAL);
        commands.handle("share with <@U0SAM|sam>", alex, "@alex", Wording.TERMINAL);

        Result ended = commands.handle("unshare <@U0BOSS|boss> <@U0SAM|sam> <@U0NOBODY|kim>", alex, "@alex",
                Wording.TERMINAL);

        assertThat(ended.answer().title()).isEqualTo("Stopped sharing with boss, sam");
        assertThat(text(ended.answer())).contains("You weren't sharing with kim.");
        assertThat(shares.sharedBy(alex)).isEmpty();
    }

    @Test
    void aTeamOfManyListsTwentyAndCountsEveryone() {
        for (int i = 0; i < 25; i++) {
            PersonKey person = new PersonKey(Platform.SLACK, "T1", "U" + i);
            assessed(person, SelfLevel.WORKING, SelfLevel.PRACTITIONER);
            commands.handle("share with <@U0BOSS|boss>", person, String.format("Person %02d", i), Wording.TERMINAL);
        }
        Result team = commands.handle("team", boss, "Boss", Wording.TERMINAL);
        assertThat(team.answer().title()).startsWith("Your team: 25 people");
        assertThat(text(team.answer())).contains("Person 19").doesNotContain("Person 20").contains("And 5 more");
        // The heatmap's alt text says where people stand as far as it can (it travels inside a Teams card).
        assertThat(team.attachments().get(0).description()).contains("Person 20")
                .endsWith("And 4 more people: the team export has everyone.");
    }

    /** The person at the senior level, the first skill rated {@code first}, the second {@code second}. */
    private RoleLevel assessed(PersonKey person, SelfLevel first, SelfLevel second) {
        RoleLevel level = engine.model().level(SENIOR).orElseThrow().level();
        profiles.saveProfile(new Profile(person, engine.model().level(SENIOR).orElseThrow().role().name(), SENIOR,
                Optional.empty(), clock.instant()));
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        ratings.put(level.skills().get(0).skill(), first);
        ratings.put(level.skills().get(1).skill(), second);
        profiles.saveAssessment(new Assessment(person, engine.model().level(SENIOR).orElseThrow().role().name(),
                SENIOR, clock.instant(), ratings));
        return level;
    }

    private static String text(Answer answer) {
        return answer.plainText();
    }
}
