package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.SampleMatches;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.view.Viewer;

/**
 * A match is a pure function of scenario, seed and moves (and the same in another JVM:
 * {@code CrossProcessDeterminismTest}).
 */
class DeterminismTest {

    private static final List<Integer> SCRIPT = script();

    private static List<Integer> script() {
        Random r = new Random(2023);
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            s.add(r.nextInt(10_000_000));
        }
        return s;
    }

    /** The moves of a long random walk (legal actions mixed with garbage), as sent. */
    private static List<Move> recordedMoves() {
        List<Move> moves = new ArrayList<>();
        Playthrough.run(SCRIPT, false, (p, move, v, before, after) -> moves.add(move));
        return moves;
    }

    private static List<String> play(List<Move> moves, long seed) {
        Match m = Match.open(TestScenarios.test4x3(), seed, Playthrough.settingsFor(SCRIPT.get(0)));
        for (Move move : moves) {
            m.submit(move);
        }
        List<String> lines = new ArrayList<>();
        m.log().forEach(e -> lines.add(Json.write(e)));
        return lines;
    }

    @Test
    void theSameSeedAndMovesGiveByteIdenticalLogs() {
        List<Move> moves = recordedMoves();

        List<String> first = play(moves, 42);
        List<String> second = play(moves, 42);

        assertThat(first).hasSizeGreaterThan(50);
        assertThat(first.get(first.size() - 1)).startsWith("{\"type\":\"match_ended\"");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void replayingTheMovesOfAMatchReproducesItsLogByteForByte() {
        MatchDriver played = SampleMatches.complete(42);
        Match again = Match.open(TestScenarios.test4x3(), 42, Settings.of(TestScenarios.test4x3()));

        for (Move move : played.moves()) {
            again.submit(move);
        }

        List<String> lines = new ArrayList<>();
        again.log().forEach(e -> lines.add(Json.write(e)));
        assertThat(lines).isEqualTo(played.logLines());
    }

    @Test
    void theSeedIsRecordedInTheLog() {
        List<String> a = SampleMatches.complete(42).logLines();
        List<String> b = SampleMatches.complete(43).logLines();

        assertThat(a.get(0)).contains("\"seed\":42");
        assertThat(b.get(0)).contains("\"seed\":43");
        assertThat(a.subList(1, a.size())).isEqualTo(b.subList(1, b.size()));
    }

    @Test
    void viewsAreTheSameForTheSameLog() {
        Match a = SampleMatches.complete(42).match();
        Match b = Match.replay(TestScenarios.test4x3(), a.log());

        for (Viewer v : List.of(Viewer.FACILITATOR, Viewer.SPECTATOR, Viewer.seat("east"))) {
            assertThat(Json.write(b.view(v))).isEqualTo(Json.write(a.view(v)));
        }
    }
}
