package org.summitsim.client.console.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.protocol.Presence;

/**
 * What a facilitator is told as people come and go: who joined (and as which delegation), who
 * moved, who left, and which seats that leaves with nobody, with the command that fills them.
 * Only changes are told: the first list after joining is the state of the room, not news.
 */
public final class RosterNotices {

    private RosterNotices() {}

    public static List<String> between(Presence before, Presence after, Names names) {
        List<String> out = new ArrayList<>();
        if (before == null || before.players() == null || after.players() == null) {
            return out;
        }
        Map<String, Presence.PlayerEntry> was = byId(before);
        Map<String, Presence.PlayerEntry> now = byId(after);
        for (Presence.PlayerEntry p : now.values()) {
            Presence.PlayerEntry old = was.get(p.player());
            if (old == null) {
                // Spectators come and go unannounced: a student choosing a seat looks in as one first,
                // which read as "joined to watch", "left", "joined as ..." (the monitor counts them).
                if (p.seat() != null) {
                    out.add(p.name() + " joined" + where(p, names) + ".");
                }
            } else if (!java.util.Objects.equals(old.seat(), p.seat())) {
                out.add(p.name() + " is now" + where(p, names).replaceFirst("^ as", "") + ".");
            }
        }
        for (Presence.PlayerEntry p : was.values()) {
            if (!now.containsKey(p.player()) && p.seat() != null) {
                out.add(p.name() + " left" + (p.seat() == null ? "" : " (" + names.seat(p.seat()) + ")") + ".");
            }
        }
        List<String> emptied = new ArrayList<>();
        for (Presence.SeatPresence s : after.seats()) {
            // a seat whose player is inside the grace period may still be taken back: not news yet
            boolean nobodyNow = "empty".equals(s.status()) || ("absent".equals(s.status()) && s.graceEndsAt() == null);
            boolean someoneBefore = before.seats().stream()
                    .anyMatch(b -> b.seat().equals(s.seat())
                            && (b.humans() > 0 || "bot".equals(b.status()) || b.graceEndsAt() != null));
            if (nobodyNow && someoneBefore) {
                emptied.add(s.seat());
            }
        }
        boolean over = names.view() != null && names.view().stage().phase() == org.summitsim.core.rules.Phase.RESULTS;
        if (!emptied.isEmpty() && !over) { // after the end, nobody plays a seat again
            out.add(Names.capitalized(names.inSentence(emptied)) + (emptied.size() == 1 ? " has" : " have")
                    + " nobody now: `bots fill " + String.join(" ", emptied) + "` puts a bot there until someone"
                    + " joins.");
        }
        return out;
    }

    private static String where(Presence.PlayerEntry p, Names names) {
        return p.seat() != null ? " as " + names.inSentence(p.seat()) : " to watch";
    }

    private static Map<String, Presence.PlayerEntry> byId(Presence p) {
        Map<String, Presence.PlayerEntry> out = new LinkedHashMap<>();
        p.players().stream().filter(x -> !"facilitator".equals(x.role())).forEach(x -> out.put(x.player(), x));
        return out;
    }
}
