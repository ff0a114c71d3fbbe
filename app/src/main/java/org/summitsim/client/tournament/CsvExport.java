package org.summitsim.client.tournament;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.summitsim.client.csv.Csv;

/** One CSV row per match and seat, for spreadsheets and statistics packages. */
public final class CsvExport {

    // spotless:off
    private static final List<String> HEADER = List.of("match", "seed", "seat", "strategy", "decision", "score",
            "percent", "advantage", "invalid", "errors", "timeouts", "signatories", "binding_reached",
            "welfare_share", "pareto_optimal");
    // spotless:on

    private CsvExport() {}

    public static void write(TournamentResult r, Writer out) throws IOException {
        out.write(Csv.line(HEADER));
        for (MatchRow m : r.rows()) {
            for (MatchRow.SeatRow s : m.seats()) {
                out.write(Csv.line(List.of(
                        String.valueOf(m.match()),
                        String.valueOf(m.seed()),
                        Csv.text(s.seat()),
                        Csv.text(s.strategy()),
                        Csv.text(s.decision()),
                        String.valueOf(s.score()),
                        String.valueOf(s.percent()),
                        String.valueOf(s.advantage()),
                        String.valueOf(s.invalid()),
                        String.valueOf(s.errors()),
                        String.valueOf(s.timeouts()),
                        String.valueOf(m.signatories()),
                        String.valueOf(m.bindingReached()),
                        String.valueOf(m.welfareShare()),
                        String.valueOf(m.paretoOptimal()))));
            }
        }
    }
}
