package uk.gov.ddat.capability.bot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;

/** The README's pictures can be made from the bundled data (what DocPictures writes). */
class DocPicturesTest {

    private static final ConversationEngine ENGINE = Engines.bundled();

    @Test
    void theAnswerCardIsAPictureOfARealAnswer() throws IOException {
        BufferedImage card = image(DocPictures.answerCard(ENGINE));
        assertThat(card.getWidth()).isEqualTo(CardPicture.WIDTH);
        assertThat(card.getHeight()).isBetween(200, 2000);
        assertThat(distinctColours(card)).as("text, not a blank page").isGreaterThan(20);
    }

    @Test
    void theGapChartIsDrawnByTheBotsOwnChart() throws IOException {
        BufferedImage chart = image(DocPictures.gapChart(ENGINE.model()));
        assertThat(chart.getWidth()).isGreaterThanOrEqualTo(500);
        assertThat(chart.getHeight()).isGreaterThan(300);
        assertThat(distinctColours(chart)).isGreaterThan(4);
    }

    private static BufferedImage image(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        assertThat(png.length).isGreaterThan(5_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight())
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
