package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void onATerminalTheLastFrameIsOneHundredPercentEvenWhenCountsArriveOutOfOrder() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err, true), 200, true);
        bar.update(200);
        bar.update(94);
        bar.finish(5.9);
        String out = err.toString();
        String lastFrame = out.substring(out.lastIndexOf('\r') + 1, out.indexOf('\n', out.lastIndexOf('\r')));
        assertThat(lastFrame).contains("100% 200 of 200 matches");
        assertThat(out).endsWith("200 matches in 5.9 s (34 matches/s)\n");
    }

    @Test
    void elsewhereThereAreNoRedrawnFrames() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err, true), 50, false);
        for (int i = 1; i <= 50; i++) {
            bar.update(i);
        }
        bar.finish(1.0);
        assertThat(err.toString()).doesNotContain("\r").isEqualTo("50 matches in 1.0 s (50 matches/s)\n");
    }

    @Test
    void anAnalysisCountsGamesAndSaysFirstWhatTheyAre() {
        StringWriter err = new StringWriter();
        ProgressBar bar = ProgressBar.ofGames(new PrintWriter(err, true), 100, 400, true);
        bar.update(129);
        String out = err.toString();
        assertThat(out)
                .startsWith("Playing 400 games: 100 matches and 300 replays of the first ones (the exploit checks).\n")
                .endsWith("]  32% 129 of 400 games");
        bar.finish(8.0);
        assertThat(err.toString()).endsWith("] 100% 400 of 400 games\n400 games in 8.0 s (50 games/s)\n");
    }

    @Test
    void withoutReplaysAnAnalysisCountsMatches() {
        StringWriter err = new StringWriter();
        ProgressBar bar = ProgressBar.ofGames(new PrintWriter(err, true), 5, 5, false);
        bar.finish(0.5);
        assertThat(err.toString()).isEqualTo("5 matches in 0.5 s (10 matches/s)\n");
    }
}
