package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.Platform;

/**
 * Personal data, in the bot's database: each person's profile (role level, target) and their
 * self-assessments, each kept with its date. Works across instances sharing the database.
 * TODO(storage helper): implement; signatures are the contract the rest of the code uses.
 */
public class ProfileStore {

    /** What "forget me" deleted, to tell the person. */
    public record Forgotten(int profiles, int assessments) {
        public int total() {
            return profiles + assessments;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ProfileStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public Optional<Profile> profile(PersonKey person) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Creates or replaces the person's profile. */
    public void saveProfile(Profile profile) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Keeps a new assessment (earlier ones stay, until the retention period removes them). */
    public void saveAssessment(Assessment assessment) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The person's latest {@code count} assessments, newest first. */
    public List<Assessment> latestAssessments(PersonKey person, int count) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Deletes everything stored about the person; says how much. */
    public Forgotten forget(PersonKey person) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The app was removed from a workspace: its personal data goes after the grace period, unless it comes back. */
    public void workspaceRemoved(Platform platform, String workspace, Instant at) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The app is installed (again) in a workspace: nothing there is to be deleted. */
    public void workspaceBack(Platform platform, String workspace) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Deletes the personal data of workspaces removed before {@code removedBefore}; how many rows. */
    public int purgeRemovedWorkspaces(Instant removedBefore) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Deletes assessments made before {@code before} (the retention period); how many. */
    public int deleteAssessmentsBefore(Instant before) {
        throw new UnsupportedOperationException("not yet");
    }
}
