package uk.gov.ddat.capability.bot.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Whole application instances sharing one database and one fake Slack API: run on H2 (instances
 * in one JVM share an in-memory database) and on PostgreSQL. {@link TipInstancesStress} repeats
 * these under CPU load.
 */
abstract class TipInstancesContract {

    abstract TestDatabases.Database database();

    private TestDatabases.Database db;
    private TipInstances instances;

    @BeforeEach
    void setUp() {
        db = database();
        instances = new TipInstances(db);
    }

    @AfterEach
    void tearDown() {
        instances.close();
        db.close();
    }

    @Test
    void twoInstancesPostEveryChannelsTipExactlyOnce() {
        List<String> posts = instances.twoInstances();
        assertThat(posts).hasSize(TipInstances.CHANNELS).doesNotHaveDuplicates();
    }

    @Test
    void anInstanceStoppedMidRunIsFinishedByTheRestartedOneWithNothingTwice() {
        TipInstances.Result result = instances.stoppedMidRun();
        assertThat(result.postedBeforeRestart()).isLessThan(TipInstances.CHANNELS);
        assertThat(result.posts()).hasSize(TipInstances.CHANNELS).doesNotHaveDuplicates();
    }
}
