package org.summitsim.client.console.render;

import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Countdown;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.client.net.LinkState;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.view.PlayerView;

/** The one-line summary kept under the prompt: phase, time left, unread messages, decided or not. */
public final class StatusLine {

    private StatusLine() {}

    public static String of(ClientState state, long nowNanos) {
        StringBuilder b = new StringBuilder();
        LinkState link = state.link();
        if (link.kind() == LinkState.Kind.RECONNECTING) {
            b.append("OFFLINE, reconnecting… | ");
        } else if (link.kind() == LinkState.Kind.CLOSED) {
            b.append("DISCONNECTED | ");
        }
        if (state.welcome() == null) {
            // Before the room answers, its phase is not known: LOBBY here would be a guess.
            return b.append("Joining the room…").toString();
        }
        // What matters most first: a narrow terminal cuts the end of the line, not the seat or the clock.
        if (state.seat() != null) {
            b.append(state.view() == null ? state.seat() : new Names(state.view()).seat(state.seat()))
                    .append(" | ");
        }
        String stage = state.stage().inWords();
        b.append(Character.toUpperCase(stage.charAt(0))).append(stage.substring(1));
        Countdown c = state.countdown();
        if (state.paused()) {
            b.append(" (paused)");
        } else {
            String left = Countdown.format(c.remainingMs(nowNanos));
            if (!left.isEmpty()) {
                b.append(' ').append(left).append(" left");
            }
        }
        if (state.seat() != null) {
            waiting(b, votesToCast(state), "vote", "to cast");
            waiting(b, dealsToAnswer(state), "deal", "to answer");
            Phase phase = state.stage().phase();
            if (phase == Phase.FINAL) {
                b.append(" | ").append(state.decided() ? "decided" : "NOT DECIDED");
            } else if (phase == Phase.RESULTS) {
                b.append(" | ").append(state.decided() ? "decided" : "no decision (default used)");
            }
        }
        // Only what is unread (printed as it arrived counts as read): a row of zeros says nothing.
        Transcript t = state.transcript();
        java.util.List<String> unread = new java.util.ArrayList<>();
        unreadCount(unread, "floor", t.unread(Transcript.FLOOR));
        unreadCount(unread, "dm", t.unreadUnder("dm:"));
        unreadCount(unread, "caucus", t.unreadUnder("caucus:"));
        unreadCount(unread, "news", t.unread(Transcript.NEWS));
        if (!unread.isEmpty()) {
            b.append(" | unread: ").append(String.join(" · ", unread));
        }
        if (state.seat() == null && state.welcome() != null) {
            b.append(" | ").append(state.welcome().role());
        }
        return b.toString();
    }

    /** " | 2 votes to cast": what waits for the player, only when something does. */
    private static void waiting(StringBuilder b, long n, String thing, String todo) {
        if (n > 0) {
            b.append(" | ")
                    .append(n)
                    .append(' ')
                    .append(thing)
                    .append(n == 1 ? "" : "s")
                    .append(' ')
                    .append(todo);
        }
    }

    private static void unreadCount(java.util.List<String> out, String channel, long n) {
        if (n > 0) {
            out.add(channel + " " + n);
        }
    }

    /**
     * Open amendments this player has not voted on, sponsored or co-sponsored: when the vote
     * closes (at the latest with the round), silence counts as abstaining.
     */
    public static long votesToCast(ClientState state) {
        PlayerView v = state.view();
        String me = state.seat();
        if (v == null || me == null || state.stage().phase() != Phase.ROUND) {
            return 0;
        }
        return v.amendments().stream()
                .filter(a -> a.status().equals("open") && !a.hasStance(me))
                .count();
    }

    /** Deals offered to this player that they have not yet accepted or declined; none once the summit is over. */
    public static long dealsToAnswer(ClientState state) {
        PlayerView v = state.view();
        String me = state.seat();
        if (v == null || me == null || state.stage().phase() == Phase.RESULTS) {
            return 0;
        }
        // Only those the player can still accept: an offer whose promises can no longer be kept
        // (support for a wording once the votes are over, in the final phase) waits for nothing.
        java.util.Set<String> acceptable = v.legalActions().stream()
                .filter(a -> a.command().equals("accept"))
                .map(a -> a.args().get("deal"))
                .collect(java.util.stream.Collectors.toSet());
        return v.deals().stream()
                .filter(d -> d.to().equals(me) && d.status().equals("offered") && acceptable.contains(d.id()))
                .count();
    }
}
