package uk.gov.ddat.capability.bot.profile;

import java.util.Objects;

/**
 * A file that goes with a personal answer: the gap chart (PNG) or an export (CSV, Markdown).
 *
 * @param fileName    e.g. "skills-gaps.png"
 * @param mediaType   e.g. "image/png", "text/csv", "text/markdown"
 * @param content     the bytes
 * @param description what it shows, in words: the alt text of a chart, the title of a file
 */
public record Attachment(String fileName, String mediaType, byte[] content, String description) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(description, "description");
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
