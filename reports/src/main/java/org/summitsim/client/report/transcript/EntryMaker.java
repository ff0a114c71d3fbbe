package org.summitsim.client.report.transcript;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.client.report.debrief.Promises;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.client.report.transcript.Transcript.Entry;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.scenario.Scenario;

/**
 * Turns one event the seat may see into a transcript entry if the seat took part in it. Public
 * events of others (their floor statements, their votes) are left out: a transcript is about
 * this seat's work, and the debrief report covers the rest.
 */
final class EntryMaker {

    private final PlayedMatch played;
    private final Scenario scenario;
    private final String seat;
    private final Map<String, String> caucusNames;
    private final long start;
    /** Floor statements the facilitator took off the screens, by event number. */
    private final java.util.Set<Long> hidden = new java.util.HashSet<>();

    EntryMaker(PlayedMatch played, String seat, Map<String, String> caucusNames, long start) {
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.StatementHidden h) {
                hidden.add(h.seq());
            }
        }
        this.played = played;
        this.scenario = played.scenario();
        this.seat = seat;
        this.caucusNames = caucusNames;
        this.start = start;
    }

    Optional<Entry> entry(LoggedEvent le) {
        Event e = le.event();
        if (e instanceof Event.FloorStatement f && f.seat().equals(seat)) {
            return of(
                    le,
                    "floor",
                    null,
                    hidden.contains(le.seq()) ? "taken off the screens by the facilitator" : null,
                    f.text());
        }
        if (e instanceof Event.SeatMuted m && m.seat().equals(seat)) {
            return of(le, "muted", null, null, null);
        }
        if (e instanceof Event.SeatUnmuted m && m.seat().equals(seat)) {
            return of(le, "unmuted", null, null, null);
        }
        if (e instanceof Event.DirectMessage m) {
            return m.from().equals(seat)
                    ? of(le, "dm_sent", name(m.to()), null, m.text())
                    : of(le, "dm_received", name(m.from()), null, m.text());
        }
        if (e instanceof Event.CaucusCreated c && c.members().contains(seat)) {
            return c.founder().equals(seat)
                    ? of(le, "caucus_created", c.name(), "members: " + names(c.members()), null)
                    : of(
                            le,
                            "caucus_joined",
                            c.name(),
                            "added by " + name(c.founder()) + "; members: " + names(c.members()),
                            null);
        }
        if (e instanceof Event.CaucusJoined j && (j.seat().equals(seat) || seat.equals(j.invitedBy()))) {
            return j.seat().equals(seat)
                    ? of(le, "caucus_joined", caucus(j.caucus()), "invited by " + name(j.invitedBy()), null)
                    : of(le, "caucus_invited", caucus(j.caucus()), "invited " + name(j.seat()), null);
        }
        if (e instanceof Event.CaucusLeft l && l.seat().equals(seat)) {
            return of(le, "caucus_left", caucus(l.caucus()), null, null);
        }
        if (e instanceof Event.CaucusMessage m) {
            return m.from().equals(seat)
                    ? of(le, "caucus_sent", caucus(m.caucus()), null, m.text())
                    : of(le, "caucus_received", caucus(m.caucus()), "from " + name(m.from()), m.text());
        }
        return amendments(le).or(() -> commitments(le));
    }

    /** "; its words taken off the screens by the facilitator", for words the facilitator hid. */
    private String hiddenNote(LoggedEvent le) {
        return hidden.contains(le.seq()) ? "; its words taken off the screens by the facilitator" : "";
    }

    private Optional<Entry> amendments(LoggedEvent le) {
        Event e = le.event();
        if (e instanceof Event.AmendmentProposed p && p.seat().equals(seat)) {
            return of(
                    le,
                    "proposed",
                    null,
                    p.amendment() + ": " + change(p.clause(), p.option()) + hiddenNote(le),
                    p.rationale());
        }
        if (e instanceof Event.AmendmentCosponsored c && c.seat().equals(seat)) {
            return of(le, "cosponsored", null, c.amendment() + amendment(c.amendment()), null);
        }
        if (e instanceof Event.AmendmentWithdrawn w && w.seat().equals(seat)) {
            return of(le, "withdrew", null, w.amendment() + amendment(w.amendment()), null);
        }
        if (e instanceof Event.VoteCast v && v.seat().equals(seat)) {
            return of(
                    le,
                    "vote",
                    null,
                    v.amendment() + amendment(v.amendment()) + ": "
                            + v.ballot().name().toLowerCase(Locale.ROOT),
                    null);
        }
        if (e instanceof Event.AmendmentResolved r && proposedBySeat(r.amendment())) {
            return of(
                    le,
                    "amendment_result",
                    null,
                    r.amendment() + " " + (r.adopted() ? "adopted" : "rejected") + ", " + r.supports() + " for, "
                            + r.objections() + " against, " + r.abstentions() + " abstaining",
                    null);
        }
        return Optional.empty();
    }

    private Optional<Entry> commitments(LoggedEvent le) {
        Event e = le.event();
        if (e instanceof Event.PledgeMade p && p.seat().equals(seat)) {
            return of(
                    le,
                    "pledge",
                    null,
                    Promises.describe(
                                    scenario, new org.summitsim.core.rules.Promise.Decide(p.decision(), p.conditions()))
                            + hiddenNote(le),
                    p.text());
        }
        if (e instanceof Event.DealOffered d) {
            String terms = d.deal() + ": " + name(d.from()) + " will " + Promises.describe(scenario, d.give()) + "; "
                    + name(d.to()) + " will " + Promises.describe(scenario, d.want());
            return d.from().equals(seat)
                    ? of(le, "deal_offered", name(d.to()), terms, d.text())
                    : of(le, "deal_received", name(d.from()), terms, d.text());
        }
        if (e instanceof Event.DealAccepted a) {
            return of(
                    le,
                    "deal_accepted",
                    name(a.from().equals(seat) ? a.to() : a.from()),
                    a.deal() + (a.to().equals(seat) ? " accepted by us" : " accepted by them"),
                    null);
        }
        if (e instanceof Event.DealDeclined a) {
            return of(
                    le,
                    "deal_declined",
                    name(a.from().equals(seat) ? a.to() : a.from()),
                    a.deal() + (a.to().equals(seat) ? " declined by us" : " declined by them"),
                    null);
        }
        if (e instanceof Event.DecisionSealed s && s.seat().equals(seat)) {
            return of(le, "decision", null, Labels.decision(s.decision()) + hiddenNote(le), s.statement());
        }
        if (e instanceof Event.DecisionsRevealed r && r.decisions().containsKey(seat)) {
            FinalDecision f = r.decisions().get(seat);
            return of(
                    le,
                    "revealed",
                    null,
                    Labels.decision(f.decision()) + (f.defaulted() ? " (no decision; default)" : ""),
                    null);
        }
        return Optional.empty();
    }

    private boolean proposedBySeat(String amendment) {
        return played.match()
                .state()
                .amendment(amendment)
                .map(a -> a.proposer().equals(seat))
                .orElse(false);
    }

    private String amendment(String id) {
        return played.match()
                .state()
                .amendment(id)
                .map(a -> " (" + change(a.clause(), a.option()) + ")")
                .orElse("");
    }

    private String change(String clause, String option) {
        return Labels.clauseTitle(scenario, clause) + " → " + Labels.option(scenario, clause, option);
    }

    private String caucus(String id) {
        return caucusNames.getOrDefault(id, id);
    }

    private String name(String s) {
        return s == null ? "—" : played.name(s);
    }

    private String names(List<String> seats) {
        return seats.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private Optional<Entry> of(LoggedEvent le, String kind, String with, String detail, String text) {
        Long time = le.time() == 0 ? null : le.time();
        String elapsed = null;
        if (time != null && start != 0) {
            long s = Math.max(0, (le.time() - start) / 1000);
            elapsed = String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        return Optional.of(new Entry(le.seq(), time, elapsed, le.stage().toString(), kind, with, detail, text));
    }
}
