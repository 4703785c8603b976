package uk.gov.ddat.capability.bot.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that goes with an answer: the gap chart (PNG) or an export (CSV, Markdown) of a person's
 * own, or a file made from the framework alone (a job advert draft, an interview scoring sheet).
 *
 * @param fileName    e.g. "skills-gaps.png"
 * @param mediaType   e.g. "image/png", "text/csv", "text/markdown"
 * @param content     the bytes
 * @param description what it shows, in words: the alt text of a chart, the title of a file
 * @param remakeWith  for a file made from the framework alone: the command that makes it again, which
 *                    a download link carries instead of naming a person; empty for a person's own file
 */
public record Attachment(String fileName, String mediaType, byte[] content, String description,
                         Optional<String> remakeWith) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(remakeWith, "remakeWith");
    }

    /** A person's own file: a download link names them. */
    public Attachment(String fileName, String mediaType, byte[] content, String description) {
        this(fileName, mediaType, content, description, Optional.empty());
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
