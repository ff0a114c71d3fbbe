package org.summitsim.client.console.render;

import java.util.Locale;
import org.summitsim.core.view.PlayerView;

/** `pledges` (public, everyone's) and `deals` (private, your own). */
public final class CommitmentsPage {

    private CommitmentsPage() {}

    public static String pledges(PlayerView v, Style s) {
        Names names = new Names(v);
        EventText words = new EventText(names, v.seat(), s);
        StringBuilder out = new StringBuilder(s.heading("Pledges"))
                .append(s.dim("  (public promises)"))
                .append('\n');
        if (v.pledges().isEmpty()) {
            return out.append("None yet. Make one: `pledge sign if CLAUSE=OPTION our reasons`.")
                    .toString();
        }
        for (PlayerView.PledgeView p : v.pledges()) {
            out.append(s.bold(p.id()))
                    .append(' ')
                    .append(names.seat(p.seat()))
                    .append(" will ")
                    .append(EventText.decision(p.decision()))
                    .append(words.conditions(p.conditions()))
                    .append(p.text() == null || p.text().isBlank() ? "" : " — “" + p.text() + "”")
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    public static String deals(PlayerView v, Style s) {
        Names names = new Names(v);
        EventText words = new EventText(names, v.seat(), s);
        StringBuilder out = new StringBuilder(s.heading("Deals"))
                .append(s.dim("  (private to the two parties)"))
                .append('\n');
        if (v.deals().isEmpty()) {
            return out.append("None yet. Offer one: `offer ID vote A2 support for vote A1 support`.")
                    .toString();
        }
        for (PlayerView.DealView d : v.deals()) {
            out.append(s.bold(d.id()))
                    .append(' ')
                    .append(d.status().toUpperCase(Locale.ROOT))
                    .append("  ")
                    .append(names.seat(d.from()))
                    .append(" promises to ")
                    .append(words.promise(d.give()))
                    .append("; in return, ")
                    .append(names.seat(d.to()))
                    .append(" promises to ")
                    .append(words.promise(d.want()));
            if (d.text() != null && !d.text().isBlank()) {
                out.append(" — “").append(d.text()).append('”');
            }
            if (d.status().equals("offered") && d.to().equals(v.seat())) {
                out.append(s.dim("  (accept " + d.id() + " / decline " + d.id() + ")"));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
