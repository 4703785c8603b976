package uk.gov.ddat.capability.bot.web;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.ddat.capability.bot.hiring.HiringCommands;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.DownloadLinks;
import uk.gov.ddat.capability.bot.profile.PersonalCommands;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.team.SharingCommands;

/**
 * Serves a person's chart and exports, and the files of a job advert or interview aid, behind a
 * short-lived link ({@link DownloadLinks}). The file is made afresh: a person's from what is stored
 * now, so a "forget me" in between leaves nothing to download; a framework file from the command
 * the link carries, with no database involved. Any bad, tampered or expired link gets the same 404.
 */
@RestController
public class DownloadController {

    private static final Duration DATABASE_WAIT = Duration.ofSeconds(5);

    private final DownloadLinks links;
    private final PersonalCommands commands;
    private final SharingCommands sharing;
    private final TimeBox database;
    private final HiringCommands hiring;

    public DownloadController(DownloadLinks links, PersonalCommands commands, SharingCommands sharing,
                              TimeBox databaseTimeBox, HiringCommands hiring) {
        this.links = links;
        this.commands = commands;
        this.sharing = sharing;
        this.database = databaseTimeBox;
        this.hiring = hiring;
    }

    @GetMapping("/files/{token}")
    public ResponseEntity<byte[]> download(@PathVariable String token) {
        Optional<DownloadLinks.Grant> grant = links.open(token);
        if (grant.isEmpty()) {
            return links.openFrameworkFile(token).flatMap(f -> hiring.file(f.command(), f.fileName()))
                    .map(DownloadController::served).orElseGet(() -> ResponseEntity.notFound().build());
        }
        Optional<Optional<Attachment>> file;
        try {
            // A manager's team files are made from the shares they hold at the moment of download.
            String name = grant.get().fileName();
            file = database.call(DATABASE_WAIT, () -> SharingCommands.isTeamFile(name)
                    ? sharing.file(grant.get().person(), name) : commands.file(grant.get().person(), name));
        } catch (RuntimeException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            return ResponseEntity.status(503).header("Retry-After", "5").build();
        }
        return file.get().map(DownloadController::served).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> served(Attachment file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType() + (file.isImage() ? "" : ";charset=UTF-8")))
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
