package org.summitsim.client.console.render;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.Presence;

/** `delegations`: who is here, who plays them (human or bot), public stances, who has decided. */
public final class DelegationsPage {

    private DelegationsPage() {}

    public static String render(PlayerView v, Presence presence, Style s) {
        Map<String, Presence.SeatPresence> seats = presence == null
                ? Map.of()
                : presence.seats().stream()
                        .collect(Collectors.toMap(Presence.SeatPresence::seat, Function.identity(), (a, b) -> a));
        StringBuilder out = new StringBuilder(s.heading("Delegations")).append('\n');
        // Columns as wide as their longest entry, and the stance in what is left of the page's width,
        // so that a row never wraps on a narrow terminal (80 columns and less).
        int idWidth = Math.max(
                2, v.delegations().stream().mapToInt(c -> c.id().length()).max().orElse(2));
        int nameWidth = Math.min(
                22,
                Math.max(
                        4,
                        v.delegations().stream()
                                .mapToInt(c -> c.name().length())
                                .max()
                                .orElse(4)));
        int stanceWidth = Wrap.width() - (idWidth + 1 + nameWidth + 1 + 9 + 1 + 8 + 1);
        boolean stances = stanceWidth >= 12;
        String row = "%-" + idWidth + "s %-" + nameWidth + "s %-9s %-8s" + (stances ? " %s" : "%s");
        out.append(s.dim(String.format(
                                Locale.ROOT, row, "ID", "NAME", "PLAYED BY", "STATUS", stances ? "PUBLIC STANCE" : "")
                        .stripTrailing()))
                .append('\n');
        for (PlayerView.Card c : v.delegations()) {
            String who = c.id().equals(v.seat()) ? "you" : playedBy(seats.get(c.id()));
            String stance = !stances || c.publicStance() == null ? "" : cut(c.publicStance(), stanceWidth);
            String decided = c.decided() ? "decided" : c.ready() ? "ready" : "-";
            out.append(String.format(Locale.ROOT, row, c.id(), cut(c.name(), nameWidth), who, decided, stance)
                            .stripTrailing())
                    .append('\n');
        }
        out.append(s.dim("STATUS: \"decided\" means they made their final decision (never what it is);"
                + " \"ready\" means they are done with this phase.\n"
                + "`delegations ID` shows one delegation's profile and full stance."));
        return out.toString();
    }

    public static String one(PlayerView.Card c, Presence presence, Style s) {
        return one(null, c, c.bloc(), presence, s);
    }

    /**
     * {@code v}: the view, so the example names the delegation as the console accepts it ("korea");
     * {@code bloc}: its bloc's name, as the scenario gives it.
     */
    public static String one(PlayerView v, PlayerView.Card c, String bloc, Presence presence, Style s) {
        Presence.SeatPresence p = presence == null
                ? null
                : presence.seats().stream()
                        .filter(x -> x.seat().equals(c.id()))
                        .findFirst()
                        .orElse(null);
        StringBuilder out = new StringBuilder(s.heading(c.name() + "  [" + c.id() + "]")).append('\n');
        out.append("Bloc: ")
                .append(bloc)
                .append(".  Played by: ")
                .append(playedBy(p))
                .append(p != null && !p.names().isEmpty() ? " (" + String.join(", ", p.names()) + ")" : "")
                .append(".  Decided: ")
                .append(c.decided() ? "yes" : "not yet")
                .append(".\n");
        if (c.profile() != null) {
            out.append('\n').append(Wrap.text(c.profile(), "")).append('\n');
        }
        if (c.publicStance() != null) {
            out.append('\n')
                    .append(s.bold("Public stance: "))
                    .append('\n')
                    .append(Wrap.text(c.publicStance(), ""))
                    .append('\n');
        }
        out.append(s.dim("Talk to them privately: `dm " + new Names(v).typed(c.id()) + " ...`"));
        return out.toString();
    }

    private static String playedBy(Presence.SeatPresence p) {
        if (p == null) {
            return "?";
        }
        return switch (p.status()) {
            case "present" -> "human";
            case "bot" -> "bot";
            case "absent" -> "away";
            default -> "nobody";
        };
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
