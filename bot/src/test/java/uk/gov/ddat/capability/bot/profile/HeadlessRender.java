package uk.gov.ddat.capability.bot.profile;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

/** Renders the typical chart in a JVM started with java.awt.headless=true (GapChartTest). */
public final class HeadlessRender {

    private HeadlessRender() {
    }

    public static void main(String[] args) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new GapChart().render(GapReports.typical()).content()));
        System.out.println("headless=" + GraphicsEnvironment.isHeadless() + " png=" + image.getWidth() + "x" + image.getHeight());
    }
}
