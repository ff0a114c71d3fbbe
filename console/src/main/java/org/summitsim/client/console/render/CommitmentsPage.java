package org.summitsim.client.console.render;

import java.util.Locale;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.talk.Quoted;
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
        java.util.Map<String, String> text = v.text().stream()
                .collect(java.util.stream.Collectors.toMap(PlayerView.ClauseView::id, PlayerView.ClauseView::current));
        for (PlayerView.PledgeView p : v.pledges()) {
            out.append(s.bold(p.id()))
                    .append(' ')
                    .append(names.subject(p.seat()))
                    .append(" will ")
                    .append(EventText.decision(p.decision()))
                    .append(words.conditions(p.conditions()))
                    .append(p.ifCoalition() ? " if enough states push to reach the threshold" : "")
                    .append(p.text() == null || p.text().isBlank() ? "" : " — " + Quoted.of(p.text()))
                    .append(counts(v, p, text, s))
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    /**
     * For a delegation with several pledges, which one counts now: the latest whose conditions
     * hold on the text as it stands (docs/RULES.md); the others say why they do not. Coalition
     * pledges are left as they are: they count only once the coalition adds up.
     */
    private static String counts(PlayerView v, PlayerView.PledgeView p, java.util.Map<String, String> text, Style s) {
        java.util.List<PlayerView.PledgeView> own = v.pledges().stream()
                .filter(x -> x.seat().equals(p.seat()) && !x.ifCoalition())
                .toList();
        if (own.size() < 2 || p.ifCoalition()) {
            return "";
        }
        PlayerView.PledgeView counting = null;
        for (PlayerView.PledgeView x : own) { // in the order they were made
            if (x.conditions().stream().allMatch(c -> c.holdsIn(text))) {
                counting = x;
            }
        }
        if (p == counting) {
            return s.good("  ← counts now (the latest whose conditions hold)");
        }
        boolean holds = p.conditions().stream().allMatch(c -> c.holdsIn(text));
        return s.dim(
                holds
                        ? "  (does not count now: " + counting.id() + ", made later, replaces it)"
                        : "  (does not count now: its condition is not met by the text as it stands)");
    }

    public static String deals(PlayerView v, Style s) {
        return deals(v, s, true);
    }

    /**
     * The deals; without {@code all}, only those still offered and those accepted (a play-test's
     * list of dozens was mostly offers declined long ago), with a count of the rest.
     */
    public static String deals(PlayerView v, Style s, boolean all) {
        Names names = new Names(v);
        EventText words = new EventText(names, v.seat(), s);
        StringBuilder out = new StringBuilder(s.heading("Deals"))
                .append(s.dim("  (private to the two parties)"))
                .append('\n');
        if (v.deals().isEmpty()) {
            return out.append("None yet. Offer one: `offer ID vote A2 support for vote A1 support`.")
                    .toString();
        }
        int hidden = 0;
        for (PlayerView.DealView d : v.deals()) {
            if (!all && !d.status().equals("offered") && !d.status().equals("accepted")) {
                hidden++;
                continue;
            }
            // An offer still to answer says what each side is worth to the player, as it did when it came.
            boolean toAnswer = d.status().equals("offered") && d.to().equals(v.seat());
            out.append(s.bold(d.id()))
                    .append(' ')
                    .append(d.status().toUpperCase(Locale.ROOT))
                    .append("  ")
                    .append(names.subject(d.from()))
                    .append(" promises to ")
                    .append(words.promise(d.give()))
                    .append(toAnswer ? worth(v, d.give(), false) : "")
                    .append("; in return, ")
                    .append(names.inSentence(d.to()))
                    .append(" promises to ")
                    .append(words.promise(d.want()))
                    .append(toAnswer ? worth(v, d.want(), true) : "");
            if (d.text() != null && !d.text().isBlank()) {
                out.append(" — “").append(d.text()).append('”');
            }
            if (d.status().equals("offered") && d.to().equals(v.seat())) {
                out.append(s.dim("  (accept " + d.id() + " / decline " + d.id() + ")"));
            }
            if (d.status().equals("lapsed")) {
                out.append(s.dim(
                        d.give() instanceof Promise.Vote || d.want() instanceof Promise.Vote
                                ? "  (the vote it promised is over: it can no longer be accepted)"
                                : "  (the rounds are over, so the support it promised could never come due: it can no"
                                        + " longer be accepted)"));
            }
            out.append('\n');
        }
        if (hidden > 0) {
            out.append(s.dim(hidden + (hidden == 1 ? " deal declined or lapsed is" : " deals declined or lapsed are")
                    + " not shown: `deals all` lists them."));
        }
        return out.toString().stripTrailing();
    }

    private static String worth(PlayerView v, Promise p, boolean mine) {
        return Worth.note(v, p, mine).map(w -> " (" + w + ")").orElse("");
    }
}
