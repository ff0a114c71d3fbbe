package org.summitsim.client.tournament;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.summitsim.client.report.render.Csv;

/** One CSV row per match and seat, for spreadsheets and statistics packages. */
public final class CsvExport {

    public static final String HEADER = "match,seed,seat,strategy,decision,score,percent,advantage,"
            + "invalid,errors,timeouts,signatories,binding_reached,welfare_share,pareto_optimal";

    private CsvExport() {
    }

    public static void write(TournamentResult r, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (MatchRow m : r.rows()) {
            for (MatchRow.SeatRow s : m.seats()) {
                out.write(String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%s,%s,%s,%d,%d,%d,%d,%b,%s,%b%n", m.match(), m.seed(),
                        Csv.text(s.seat()), Csv.text(s.strategy()), s.decision(), s.score(), s.percent(), s.advantage(), s.invalid(),
                        s.errors(), s.timeouts(), m.signatories(), m.bindingReached(), m.welfareShare(),
                        m.paretoOptimal()));
            }
        }
    }
}
