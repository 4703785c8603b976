package uk.gov.ddat.capability.bot.profile;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures drawn on the server, as small PNG bytes: chat clients and Teams cards limit their size.
 * Stateless and thread-safe.
 */
public final class PngImages {

    private PngImages() {
    }

    /** A chart as PNG bytes, with a palette: what {@link #png} of {@link #indexed} gives. */
    public static byte[] compactPng(BufferedImage image) {
        return png(indexed(image));
    }

    /**
     * The picture with a palette instead of 24-bit colour: a third of the bytes. A chart has few
     * colours; anti-aliased text adds greys, and past 256 colours the rarest take the nearest kept one.
     */
    public static BufferedImage indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        // Counted a run of equal pixels at a time: most of a chart is runs of one colour.
        Map<Integer, int[]> counts = new HashMap<>();
        for (int start = 0, end; start < pixels.length; start = end) {
            end = start + 1;
            while (end < pixels.length && pixels[end] == pixels[start]) {
                end++;
            }
            counts.computeIfAbsent(pixels[start] & 0xFFFFFF, k -> new int[1])[0] += end - start;
        }
        List<Integer> colours = new ArrayList<>(counts.keySet());
        colours.sort(Comparator.comparingInt((Integer c) -> -counts.get(c)[0]).thenComparingInt(c -> c));
        List<Integer> palette = colours.subList(0, Math.min(256, colours.size()));
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < palette.size(); i++) {
            index.put(palette.get(i), i);
        }
        for (Integer colour : colours.subList(palette.size(), colours.size())) {
            index.put(colour, nearest(colour, palette));
        }
        byte[] r = new byte[palette.size()];
        byte[] g = new byte[palette.size()];
        byte[] b = new byte[palette.size()];
        for (int i = 0; i < palette.size(); i++) {
            r[i] = (byte) (palette.get(i) >> 16);
            g[i] = (byte) (palette.get(i) >> 8);
            b[i] = (byte) (int) palette.get(i);
        }
        IndexColorModel model = new IndexColorModel(8, palette.size(), r, g, b);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int last = -1;
        byte lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            int pixel = pixels[i] & 0xFFFFFF;
            if (pixel != last) {
                last = pixel;
                lastIndex = (byte) (int) index.get(pixel);
            }
            target[i] = lastIndex;
        }
        return out;
    }

    private static int nearest(int colour, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int other = palette.get(i);
            long dr = ((colour >> 16) & 0xFF) - ((other >> 16) & 0xFF);
            long dg = ((colour >> 8) & 0xFF) - ((other >> 8) & 0xFF);
            long db = (colour & 0xFF) - (other & 0xFF);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /**
     * PNG at the writer's default deflate level: the strongest saves a tenth of the bytes and
     * costs four times the time.
     */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO.write(image, "png", stream) would go through a temporary file.
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG to memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
