package uk.gov.ddat.capability.bot.docs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.GapAnalysis;
import uk.gov.ddat.capability.bot.profile.GapChart;
import uk.gov.ddat.capability.bot.profile.GapReport;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.slack.BlockKitRenderer;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;

/**
 * The pictures in the README, made by the bot's own code on the bundled data: a Slack answer card
 * (the engine's answer, rendered by {@link BlockKitRenderer}, drawn by {@link CardPicture}) and a
 * gap chart ({@link GapAnalysis} of a made-up person's self-assessment, drawn by {@link GapChart}).
 * Regenerate them with
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.docs.DocPictures
 * </pre>
 * which writes {@code docs/images/answer-card.png} and {@code docs/images/gap-chart.png}.
 */
public final class DocPictures {

    static final String QUESTION = "how do I get from senior to lead";
    static final String ROLE = "Infrastructure operations engineer";
    static final String LEVEL = "Senior infrastructure operations engineer";

    private DocPictures() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path images = Path.of(System.getProperty("repository.root", ".")).resolve("docs/images");
        Files.createDirectories(images);
        ConversationEngine engine = Engines.bundled();
        Files.write(images.resolve("answer-card.png"), answerCard(engine));
        Files.write(images.resolve("gap-chart.png"), gapChart(engine.model()));
        System.out.println("Wrote answer-card.png and gap-chart.png in " + images.toAbsolutePath().normalize());
    }

    /** The Slack answer to {@link #QUESTION}, as a PNG. */
    static byte[] answerCard(ConversationEngine engine) {
        String message = new BlockKitRenderer().render(engine.answer(QUESTION));
        JsonNode blocks = JsonMapper.builder().build().readTree(message).path("blocks");
        return png(CardPicture.draw("Capability framework", blocks));
    }

    /** The gap chart of a senior engineer aiming for lead, assessed twice. */
    static byte[] gapChart(FrameworkModel model) {
        PersonKey person = new PersonKey(Platform.SLACK, "T0DOCS", "U0DOCS");
        Profile profile = new Profile(person, ROLE, LEVEL, Optional.empty(), Instant.parse("2026-09-01T09:00:00Z"));
        LevelOfRole current = GapAnalysis.level(model, profile).orElseThrow();
        SelfLevel[] latest = {SelfLevel.PRACTITIONER, SelfLevel.WORKING, SelfLevel.PRACTITIONER, SelfLevel.AWARENESS,
            SelfLevel.EXPERT, SelfLevel.WORKING, SelfLevel.PRACTITIONER, SelfLevel.NOT_YET};
        SelfLevel[] earlier = {SelfLevel.WORKING, SelfLevel.WORKING, SelfLevel.PRACTITIONER, SelfLevel.NOT_YET,
            SelfLevel.PRACTITIONER, SelfLevel.AWARENESS, SelfLevel.WORKING, SelfLevel.NOT_YET};
        List<String> skills = current.level().skills().stream().map(s -> s.skill()).toList();
        GapReport report = GapAnalysis.report(model, profile, current, List.of(
                assessment(person, skills, latest, "2026-11-27T10:15:00Z"),
                assessment(person, skills, earlier, "2026-10-01T09:00:00Z")));
        return new GapChart().render(report).content();
    }

    private static Assessment assessment(PersonKey person, List<String> skills, SelfLevel[] ratings, String when) {
        Map<String, SelfLevel> map = new LinkedHashMap<>();
        for (int i = 0; i < skills.size(); i++) {
            map.put(skills.get(i), ratings[i % ratings.length]);
        }
        return new Assessment(person, ROLE, LEVEL, Instant.parse(when), map);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
