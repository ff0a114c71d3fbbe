package org.summitsim.client.console.render;

import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.core.view.PlayerView;

/** `status`: the bar, then what it stands for and what is waiting for this player, in sentences. */
public final class StatusPage {

    private StatusPage() {}

    public static String render(ClientState state, long nowNanos, Style s) {
        StringBuilder out = new StringBuilder(StatusLine.of(state, nowNanos)).append('\n');
        out.append(PhaseHints.of(state.stage().phase(), false, state.seat() != null))
                .append('\n');
        Transcript t = state.transcript();
        int floor = t.unread(Transcript.FLOOR);
        int dm = t.unreadUnder("dm:");
        int caucus = t.unreadUnder("caucus:");
        int news = t.unread(Transcript.NEWS);
        if (floor + dm + caucus + news == 0) {
            out.append("Nothing unread: every message has been on your screen.\n");
        } else {
            out.append("Not yet on your screen: ")
                    .append(floor)
                    .append(" on the floor (`floor`), ")
                    .append(dm)
                    .append(" private (`inbox`), ")
                    .append(caucus)
                    .append(" in caucuses (`caucus`), ")
                    .append(news)
                    .append(" news (`news`).\n");
        }
        PlayerView v = state.view();
        String me = state.seat();
        if (v != null && me != null) {
            long deals = StatusLine.dealsToAnswer(state);
            if (deals > 0) {
                out.append(deals)
                        .append(deals == 1 ? " deal waits" : " deals wait")
                        .append(" for your answer: `deals`, then `accept ID` or `decline ID`.\n");
            }
            java.util.List<PlayerView.AmendmentView> owed = v.amendments().stream()
                    .filter(a -> a.status().equals("open") && !a.hasStance(me))
                    .toList();
            if (!owed.isEmpty()) {
                // Named, so the player can vote without searching the whole list.
                Names names = new Names(v);
                out.append(owed.size())
                        .append(owed.size() == 1 ? " open amendment has" : " open amendments have")
                        .append(" no vote from you yet: ")
                        .append(String.join(
                                ", ",
                                owed.stream()
                                        .map(a -> a.id() + " (" + names.clauseTitle(a.clause()) + " \u2192 \u201c"
                                                + names.label(a.clause(), a.option()) + "\u201d)")
                                        .toList()))
                        .append(". `amendments open` lists them; vote with `vote ")
                        .append(owed.get(0).id())
                        .append(" support|oppose|abstain`.\n");
            }
        }
        return out.toString().stripTrailing();
    }
}
