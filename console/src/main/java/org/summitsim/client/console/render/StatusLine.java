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
        b.append(state.stage());
        Countdown c = state.countdown();
        if (state.paused()) {
            b.append(" (paused)");
        } else {
            String left = Countdown.format(c.remainingMs(nowNanos));
            if (!left.isEmpty()) {
                b.append(' ').append(left).append(" left");
            }
        }
        Transcript t = state.transcript();
        b.append(" | floor ")
                .append(t.unread(Transcript.FLOOR))
                .append(" · dm ")
                .append(t.unreadUnder("dm:"))
                .append(" · caucus ")
                .append(t.unreadUnder("caucus:"))
                .append(" · news ")
                .append(t.unread(Transcript.NEWS));
        if (state.seat() != null) {
            long offers = dealsToAnswer(state);
            if (offers > 0) {
                b.append(" | ")
                        .append(offers)
                        .append(offers == 1 ? " deal" : " deals")
                        .append(" to answer");
            }
            Phase phase = state.stage().phase();
            if (phase == Phase.FINAL) {
                b.append(" | ").append(state.decided() ? "decided" : "NOT DECIDED");
            } else if (phase == Phase.RESULTS) {
                b.append(" | ").append(state.decided() ? "decided" : "no decision (default used)");
            }
            b.append(" | ").append(state.seat());
        } else if (state.welcome() != null) {
            b.append(" | ").append(state.welcome().role());
        }
        return b.toString();
    }

    /** Deals offered to this player that they have not yet accepted or declined; none once the summit is over. */
    public static long dealsToAnswer(ClientState state) {
        PlayerView v = state.view();
        String me = state.seat();
        if (v == null || me == null || state.stage().phase() == Phase.RESULTS) {
            return 0;
        }
        return v.deals().stream()
                .filter(d -> d.to().equals(me) && d.status().equals("offered"))
                .count();
    }
}
