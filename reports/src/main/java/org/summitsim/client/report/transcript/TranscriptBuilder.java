package org.summitsim.client.report.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.client.report.transcript.Transcript.Entry;
import org.summitsim.client.report.transcript.Transcript.Result;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.view.Viewer;
import org.summitsim.core.view.Visibility;

/**
 * Builds a seat's transcript. Every event first passes the core's visibility rule for that seat,
 * the same filter the server applies to what it sends; only then is it asked whether the seat
 * took part. So a transcript can never hold others' private talk, caucuses the seat was not in,
 * or others' sealed decisions.
 */
public final class TranscriptBuilder {

    private TranscriptBuilder() {}

    public static Transcript build(PlayedMatch played, String seatOrName) {
        Delegation d = seat(played, seatOrName);
        String seat = d.id();
        Settings settings = played.journal().settings();
        Viewer viewer = Viewer.seat(seat);
        EntryMaker maker = new EntryMaker(played, seat, caucusNames(played), start(played));
        List<Entry> entries = new ArrayList<>();
        for (LoggedEvent le : played.journal().events()) {
            if (Visibility.canSee(viewer, le.event(), settings)) {
                maker.entry(le).ifPresent(entries::add);
            }
        }
        var outcome = played.outcome();
        return new Transcript(
                seat,
                d.name(),
                played.journal().room().room(),
                played.journal().title(),
                played.journal().players().getOrDefault(seat, List.of()),
                played.scenario().id(),
                played.scenario().title(),
                entries,
                outcome.map(o -> result(o, seat, played.scenario().par() != null))
                        .orElse(null));
    }

    private static Result result(Outcome o, String seat, boolean parTable) {
        var f = o.decisions().get(seat);
        var s = o.scores().get(seat);
        int kept = 0;
        int broken = 0;
        for (CommitmentCheck c : o.commitments()) {
            if (c.seat().equals(seat)) {
                kept += c.status() == CommitmentCheck.Status.KEPT ? 1 : 0;
                broken += c.status() == CommitmentCheck.Status.BROKEN ? 1 : 0;
            }
        }
        return new Result(f.decision(), f.defaulted(), f.statement(), s.total(), s.percent(), parTable, kept, broken);
    }

    /**
     * Seat ids, delegation names and the names students joined with all work, in any case:
     * teachers know "Costa Rica" and "Ben", not "costa-rica". A student's name that two seats
     * share (one student moved, or two students of one name) names neither.
     */
    private static Delegation seat(PlayedMatch played, String wanted) {
        String w = wanted.trim().toLowerCase(Locale.ROOT);
        for (Delegation d : played.scenario().playable()) {
            if (d.id().toLowerCase(Locale.ROOT).equals(w)
                    || d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        List<Delegation> byStudent = played.scenario().playable().stream()
                .filter(d -> played.journal().players().getOrDefault(d.id(), List.of()).stream()
                        .anyMatch(n -> n.trim().toLowerCase(Locale.ROOT).equals(w)))
                .toList();
        if (byStudent.size() == 1) {
            return byStudent.get(0);
        }
        throw new ReportException((byStudent.isEmpty()
                        ? "There is no seat or student \"" + wanted + "\" in this room"
                        : "\"" + wanted + "\" played more than one seat ("
                                + String.join(
                                        ", ",
                                        byStudent.stream().map(Delegation::name).toList())
                                + "); name the seat")
                + ". The seats are: "
                + String.join(
                        ", ",
                        played.scenario().playable().stream()
                                .map(d -> d.name() + students(played, d))
                                .toList())
                + ".");
    }

    /** " (Ben, Ada)": who played a seat, for the list of seats a teacher picks from. */
    private static String students(PlayedMatch played, Delegation d) {
        List<String> names = played.journal().players().getOrDefault(d.id(), List.of());
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }

    /**
     * Caucus names by id. A seat invited later never saw the caucus being created, but it knows
     * the name of a caucus it is in, so naming one in its own entries reveals nothing.
     */
    private static Map<String, String> caucusNames(PlayedMatch played) {
        Map<String, String> names = new HashMap<>();
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.CaucusCreated c) {
                names.put(c.caucus(), c.name());
            }
        }
        return names;
    }

    private static long start(PlayedMatch played) {
        return played.journal().started();
    }
}
