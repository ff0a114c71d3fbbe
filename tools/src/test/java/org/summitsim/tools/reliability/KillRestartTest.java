package org.summitsim.tools.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * The short version of the SIGKILL test (docs/RELIABILITY.md): a room of network bots that drop
 * their connections at random (also right after a vote or a decision), the server killed twice
 * and restarted; every event and acknowledgement the clients got must be in the journal. The long
 * version is {@link KillRestart#main} with 20 kills and 3 rooms.
 */
@IntegrationTest
class KillRestartTest {

    @Test
    void everyAcknowledgedActionSurvivesSigkillAndReconnects() throws Exception {
        KillRestart.Report r = KillRestart.run(new KillRestart.Options(1, 2, 1, 2_000, 5_000, 800, 0.3, 6, false));
        System.out.print(r.text());
        assertThat(r.problems()).isEmpty();
        assertThat(r.restoreProblems()).isEmpty();
        assertThat(r.kills()).isEqualTo(2);
        assertThat(r.acks()).isPositive();
        assertThat(r.roomsFinished()).isPositive();
    }
}
