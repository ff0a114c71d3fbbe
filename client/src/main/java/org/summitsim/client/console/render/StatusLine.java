package org.summitsim.client.console.render;

import org.summitsim.client.console.ClientState;
import org.summitsim.client.console.Countdown;
import org.summitsim.client.console.Transcript;
import org.summitsim.client.net.LinkState;
import org.summitsim.core.rules.Phase;

/** The one-line summary kept under the prompt: phase, time left, unread messages, decided or not. */
public final class StatusLine {

    private StatusLine() {
    }

    public static String of(ClientState state, long nowNanos) {
        StringBuilder b = new StringBuilder();
        LinkState link = state.link();
        if (link.kind() == LinkState.Kind.RECONNECTING) {
            b.append("OFFLINE, reconnecting… | ");
        } else if (link.kind() == LinkState.Kind.CLOSED) {
            b.append("DISCONNECTED | ");
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
        b.append(" | floor ").append(t.unread(Transcript.FLOOR))
                .append(" · dm ").append(t.unreadUnder("dm:"))
                .append(" · caucus ").append(t.unreadUnder("caucus:"))
                .append(" · news ").append(t.unread(Transcript.NEWS));
        if (state.seat() != null) {
            Phase phase = state.stage().phase();
            if (phase == Phase.FINAL || phase == Phase.RESULTS) {
                b.append(" | ").append(state.decided() ? "decided" : "NOT DECIDED");
            }
            b.append(" | ").append(state.seat());
        } else if (state.welcome() != null) {
            b.append(" | ").append(state.welcome().role());
        }
        return b.toString();
    }
}
