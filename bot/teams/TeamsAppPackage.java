import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Builds the Teams app package (run by Maven, see bot/pom.xml): the manifest template with its
 * {{PLACEHOLDERS}} filled in, and the two icons Teams asks for, drawn here, zipped together.
 *
 * <pre>java TeamsAppPackage.java TEMPLATE OUTPUT.zip KEY=VALUE...</pre>
 *
 * Run as a single source file so that it needs nothing compiled first and is not part of the bot.
 */
public class TeamsAppPackage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");
    private static final Color BLUE = new Color(0x1D, 0x70, 0xB8); // the manifest's accentColor
    /** Fixed entry times so that the same settings give the same zip. */
    private static final long ENTRY_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java TeamsAppPackage.java TEMPLATE OUTPUT.zip KEY=VALUE...");
            System.exit(2);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            values.put(pair[0], pair.length == 2 ? pair[1].strip() : "");
        }
        String manifest = fill(Files.readString(Path.of(args[0])), values);
        Path zip = Path.of(args[1]);
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            add(out, "color.png", png(colourIcon()));
            add(out, "outline.png", png(outlineIcon()));
        }
        System.out.println("Teams app package: " + zip + " (app id " + values.get("TEAMS_APP_ID") + ")");
    }

    /** Replaces every {{KEY}}; a key without a value stops the build rather than ship a broken manifest. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("no value for {{" + matcher.group(1) + "}} in the Teams manifest");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** 192×192, full colour: three rising steps (the role levels) in white on the accent blue. */
    static BufferedImage colourIcon() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(BLUE);
        g.fillRect(0, 0, 192, 192);
        g.setColor(Color.WHITE);
        drawSteps(g, 36, 40, 120, 112, true);
        g.dispose();
        return image;
    }

    /** 32×32 outline: the same steps as white lines, everything else transparent (as Teams requires). */
    static BufferedImage outlineIcon() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        drawSteps(g, 4, 5, 24, 22, false);
        g.dispose();
        return image;
    }

    /** Three bars of rising height within the box (x, y, width, height), filled or outlined. */
    private static void drawSteps(Graphics2D g, float x, float y, float width, float height, boolean filled) {
        float gap = width / 8;
        float bar = (width - 2 * gap) / 3;
        for (int i = 0; i < 3; i++) {
            float barHeight = height * (i + 1) / 3;
            var shape = new RoundRectangle2D.Float(x + i * (bar + gap), y + height - barHeight, bar, barHeight,
                    bar / 4, bar / 4);
            if (filled) {
                g.fill(shape);
            } else {
                g.draw(shape);
            }
        }
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
