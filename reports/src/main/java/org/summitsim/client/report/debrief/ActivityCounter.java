package org.summitsim.client.report.debrief;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;

/** Counts what each delegation did: the participation figures a teacher grades from. */
final class ActivityCounter {

    private static final int FLOOR = 0,
            DMS = 1,
            CAUCUS = 2,
            PROPOSED = 3,
            ADOPTED = 4,
            COSPONSORED = 5,
            VOTES = 6,
            PLEDGES = 7,
            DEALS = 8,
            KEPT = 9,
            BROKEN = 10,
            VOID = 11;

    private ActivityCounter() {}

    static Map<String, Activity> count(PlayedMatch played, Outcome outcome, Map<String, AmendmentResult> amendments) {
        Map<String, int[]> n = new LinkedHashMap<>();
        played.scenario().playable().forEach(d -> n.put(d.id(), new int[12]));
        for (LoggedEvent le : played.journal().events()) {
            Event e = le.event();
            if (e instanceof Event.FloorStatement f) {
                add(n, f.seat(), FLOOR);
            } else if (e instanceof Event.DirectMessage m) {
                add(n, m.from(), DMS);
            } else if (e instanceof Event.CaucusMessage m) {
                add(n, m.from(), CAUCUS);
            } else if (e instanceof Event.AmendmentProposed p) {
                add(n, p.seat(), PROPOSED);
            } else if (e instanceof Event.AmendmentCosponsored c) {
                add(n, c.seat(), COSPONSORED);
            } else if (e instanceof Event.VoteCast v) {
                add(n, v.seat(), VOTES);
            } else if (e instanceof Event.PledgeMade p) {
                add(n, p.seat(), PLEDGES);
            } else if (e instanceof Event.DealOffered d) {
                add(n, d.from(), DEALS);
            }
        }
        amendments.values().stream().filter(a -> a.status().equals("ADOPTED")).forEach(a -> add(n, a.seat(), ADOPTED));
        for (CommitmentCheck c : outcome.commitments()) {
            add(
                    n,
                    c.seat(),
                    switch (c.status()) {
                        case KEPT -> KEPT;
                        case BROKEN -> BROKEN;
                        case VOID -> VOID;
                    });
        }
        Map<String, Activity> out = new LinkedHashMap<>();
        n.forEach((seat, c) -> out.put(
                seat,
                new Activity(
                        c[FLOOR],
                        c[DMS],
                        c[CAUCUS],
                        c[PROPOSED],
                        c[ADOPTED],
                        c[COSPONSORED],
                        c[VOTES],
                        c[PLEDGES],
                        c[DEALS],
                        c[KEPT],
                        c[BROKEN],
                        c[VOID])));
        return out;
    }

    private static void add(Map<String, int[]> counts, String seat, int what) {
        int[] c = counts.get(seat);
        if (c != null) {
            c[what]++;
        }
    }
}
