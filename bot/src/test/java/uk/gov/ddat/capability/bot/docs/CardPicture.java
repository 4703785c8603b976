package uk.gov.ddat.capability.bot.docs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Draws a Slack message's Block Kit blocks the way Slack lays them out, roughly: the app's name,
 * the header, sections (text, then fields two to a row), context lines, dividers and buttons.
 * Only the blocks the bot sends; enough for a picture in the docs, not a Slack client.
 */
final class CardPicture {

    static final int WIDTH = 760;
    private static final int MARGIN = 20;
    private static final int TEXT_LEFT = MARGIN + 52;
    private static final int TEXT_WIDTH = WIDTH - TEXT_LEFT - MARGIN;
    private static final Color INK = new Color(0x1D1C1D);
    private static final Color GREY = new Color(0x616061);
    private static final Color LINK = new Color(0x1264A3);
    private static final Color LINE = new Color(0xDDDDDD);

    private final Graphics2D g;
    private int y = MARGIN;

    private CardPicture(Graphics2D g) {
        this.g = g;
    }

    /** The message ({@code blocks} as chat.postMessage takes them) as an image cut to its height. */
    static BufferedImage draw(String appName, JsonNode blocks) {
        BufferedImage tall = new BufferedImage(WIDTH, 6000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tall.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, tall.getHeight());
            CardPicture card = new CardPicture(g);
            card.appLine(appName);
            for (JsonNode block : blocks) {
                card.block(block);
            }
            return tall.getSubimage(0, 0, WIDTH, Math.min(tall.getHeight(), card.y + MARGIN));
        } finally {
            g.dispose();
        }
    }

    private void appLine(String appName) {
        g.setColor(new Color(0x2E7D32));
        g.fillRoundRect(MARGIN, y, 38, 38, 8, 8);
        g.setColor(Color.WHITE);
        g.setFont(font(Font.BOLD, 20));
        g.drawString("C", MARGIN + 12, y + 27);
        g.setFont(font(Font.BOLD, 15));
        g.setColor(INK);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(appName, TEXT_LEFT, y + metrics.getAscent());
        int tagX = TEXT_LEFT + metrics.stringWidth(appName) + 6;
        g.setColor(new Color(0xE8E8E8));
        g.fillRoundRect(tagX, y + 2, 30, 16, 4, 4);
        g.setColor(GREY);
        g.setFont(font(Font.BOLD, 10));
        g.drawString("APP", tagX + 5, y + 14);
        y += 24;
    }

    private void block(JsonNode block) {
        switch (block.path("type").asString()) {
            case "header" -> text(Mrkdwn.plain(block.path("text").path("text").asString()), 19, Font.BOLD, INK, TEXT_LEFT, TEXT_WIDTH);
            case "section" -> section(block);
            case "context" -> {
                for (JsonNode element : block.path("elements")) {
                    text(Mrkdwn.parse(element.path("text").asString()), 12, Font.PLAIN, GREY, TEXT_LEFT, TEXT_WIDTH);
                }
            }
            case "divider" -> {
                y += 6;
                g.setColor(LINE);
                g.drawLine(TEXT_LEFT, y, TEXT_LEFT + TEXT_WIDTH, y);
                y += 8;
            }
            case "actions" -> buttons(block.path("elements"));
            default -> text(Mrkdwn.plain("[" + block.path("type").asString() + "]"), 13, Font.ITALIC, GREY, TEXT_LEFT, TEXT_WIDTH);
        }
        y += 6;
    }

    private void section(JsonNode block) {
        if (block.has("text")) {
            text(Mrkdwn.parse(block.path("text").path("text").asString()), 14, Font.PLAIN, INK, TEXT_LEFT, TEXT_WIDTH);
        }
        JsonNode fields = block.path("fields");
        int column = TEXT_WIDTH / 2;
        for (int i = 0; i < fields.size(); i += 2) {
            int top = y;
            text(Mrkdwn.parse(fields.get(i).path("text").asString()), 14, Font.PLAIN, INK, TEXT_LEFT, column - 12);
            int left = y;
            if (i + 1 < fields.size()) {
                y = top;
                text(Mrkdwn.parse(fields.get(i + 1).path("text").asString()), 14, Font.PLAIN, INK, TEXT_LEFT + column, column - 12);
            }
            y = Math.max(left, y) + 4;
        }
    }

    private void buttons(JsonNode elements) {
        g.setFont(font(Font.BOLD, 13));
        FontMetrics metrics = g.getFontMetrics();
        int x = TEXT_LEFT;
        y += 4;
        for (JsonNode button : elements) {
            String label = button.path("text").path("text").asString();
            int width = metrics.stringWidth(label) + 24;
            if (x > TEXT_LEFT && x + width > TEXT_LEFT + TEXT_WIDTH) {
                x = TEXT_LEFT;
                y += 38;
            }
            g.setColor(Color.WHITE);
            g.fillRoundRect(x, y, width, 30, 8, 8);
            g.setColor(new Color(0xBBBBBB));
            g.setStroke(new BasicStroke(1f));
            g.drawRoundRect(x, y, width, 30, 8, 8);
            g.setColor(INK);
            g.drawString(label, x + 12, y + 20);
            x += width + 8;
        }
        y += 36;
    }

    /** Draws styled text wrapped at word boundaries within {@code width}, moving {@code y} down. */
    private void text(List<List<Mrkdwn.Run>> lines, int size, int baseStyle, Color colour, int left, int width) {
        for (List<Mrkdwn.Run> line : lines) {
            int lineHeight = Math.round(size * 1.45f);
            int x = left;
            y += lineHeight;
            for (Mrkdwn.Run run : line) {
                for (String word : words(run.text())) {
                    Font runFont = font(baseStyle | (run.bold() ? Font.BOLD : 0) | (run.italic() ? Font.ITALIC : 0), size);
                    g.setFont(runFont);
                    int wordWidth = g.getFontMetrics().stringWidth(word);
                    if (x + wordWidth > left + width && x > left && !word.isBlank()) {
                        x = left;
                        y += lineHeight;
                    }
                    if (x == left && word.isBlank()) {
                        continue;
                    }
                    g.setColor(run.link() ? LINK : colour);
                    g.drawString(word, x, y);
                    x += wordWidth;
                }
            }
        }
        y += 4;
    }

    /** Words with the spaces kept as words of their own, so wrapping can drop them at a line start. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
                words.add(" ");
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
