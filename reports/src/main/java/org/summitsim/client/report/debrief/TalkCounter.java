package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.client.report.debrief.DebriefReport.CaucusSummary;
import org.summitsim.client.report.debrief.DebriefReport.PairCount;
import org.summitsim.client.report.debrief.DebriefReport.Talk;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Delegation;

/**
 * Who talked to whom, as numbers only. A report is shown to a class, so it never quotes a private
 * message; caucus names and members appear only when the room let the facilitator read private
 * channels, because otherwise even they were not the facilitator's to see.
 */
final class TalkCounter {

    private TalkCounter() {}

    static Talk count(PlayedMatch played) {
        List<String> seats =
                played.scenario().playable().stream().map(Delegation::id).toList();
        Map<String, Integer> floor = zeros(seats);
        Map<String, Integer> caucusMessages = zeros(seats);
        Map<String, Integer> pairs = new LinkedHashMap<>();
        Map<String, String> caucusNames = new LinkedHashMap<>();
        Map<String, Set<String>> caucusMembers = new LinkedHashMap<>();
        Map<String, Integer> caucusCounts = new LinkedHashMap<>();
        for (LoggedEvent le : played.journal().events()) {
            Event e = le.event();
            if (e instanceof Event.FloorStatement f) {
                floor.merge(f.seat(), 1, Integer::sum);
            } else if (e instanceof Event.DirectMessage m) {
                pairs.merge(m.from() + "\n" + m.to(), 1, Integer::sum);
            } else if (e instanceof Event.CaucusCreated c) {
                caucusNames.put(c.caucus(), c.name());
                caucusMembers.put(c.caucus(), new LinkedHashSet<>(c.members()));
            } else if (e instanceof Event.CaucusJoined j) {
                caucusMembers
                        .computeIfAbsent(j.caucus(), k -> new LinkedHashSet<>())
                        .add(j.seat());
            } else if (e instanceof Event.CaucusMessage m) {
                caucusMessages.merge(m.from(), 1, Integer::sum);
                caucusCounts.merge(m.caucus(), 1, Integer::sum);
            }
        }
        List<PairCount> messages = new ArrayList<>();
        for (String from : seats) {
            for (String to : seats) {
                Integer n = pairs.get(from + "\n" + to);
                if (n != null) {
                    messages.add(new PairCount(from, to, n));
                }
            }
        }
        boolean detail = played.journal().settings().facilitatorReadsPrivate();
        List<CaucusSummary> caucuses = new ArrayList<>();
        if (detail) {
            caucusNames.forEach((id, name) -> caucuses.add(
                    new CaucusSummary(name, List.copyOf(caucusMembers.get(id)), caucusCounts.getOrDefault(id, 0))));
        }
        return new Talk(seats, floor, messages, caucusMessages, detail, caucuses);
    }

    private static Map<String, Integer> zeros(List<String> seats) {
        Map<String, Integer> m = new LinkedHashMap<>();
        seats.forEach(s -> m.put(s, 0));
        return m;
    }
}
