package uk.gov.ddat.capability.bot.profile;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;

/**
 * The colours of the bot's charts, Okabe-Ito: told apart with every common colour-vision
 * deficiency, and in greyscale. Series differ by pattern or fill as well as colour, so a chart
 * still reads printed in black and white. For the gap chart now, and any chart drawn later.
 */
public final class ChartPalette {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    /** Text and outlines: near black, softer than pure black on white. */
    public static final Color INK = new Color(0x1A1A1A);
    public static final Color GRID = new Color(0xB0B0B0);

    private ChartPalette() {
    }

    /** Diagonal white stripes: "required now" differs from "you" by pattern as well as colour. */
    public static Paint stripes(Color colour) {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                tile.setRGB(x, y, ((x + y) % 8 < 2 ? Color.WHITE : colour).getRGB());
            }
        }
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }

    /** A pale fill with the outline in full colour: the target as something still to fill in. */
    public static Paint tint(Color colour) {
        return new Color((colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4, (colour.getBlue() + 3 * 255) / 4);
    }
}
