package org.summitsim.client.console.render;

import java.util.Comparator;
import java.util.Locale;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.talk.Quoted;
import org.summitsim.core.view.PlayerView;

/** `amendments`: open ones first, with sponsors, votes so far and your own vote. */
public final class AmendmentsPage {

    private AmendmentsPage() {}

    public static String render(PlayerView v, Style s) {
        return render(v, false, s);
    }

    /**
     * {@code openOnly}: only the amendments still open, those the player has taken no stance on
     * first (`amendments open`), so a long list does not hide the votes still owed.
     */
    public static String render(PlayerView v, boolean openOnly, Style s) {
        Names names = new Names(v);
        StringBuilder out = new StringBuilder(s.heading(openOnly ? "Open amendments" : "Amendments"))
                .append('\n')
                .append(s.dim(AdoptionWords.of(v.adoptionRule())))
                .append('\n');
        if (v.amendments().isEmpty()) {
            return out.append("None yet. In a round, propose one: `propose CLAUSE OPTION reason`.")
                    .toString();
        }
        java.util.List<PlayerView.AmendmentView> shown = v.amendments().stream()
                .filter(a -> !openOnly || a.status().equals("open"))
                .sorted(Comparator.comparing(
                                (PlayerView.AmendmentView a) -> !a.status().equals("open"))
                        .thenComparing(a -> openOnly && v.seat() != null && a.hasStance(v.seat())))
                .toList();
        if (shown.isEmpty()) {
            return out.append("None is open now. `amendments` lists them all.").toString();
        }
        shown.forEach(a -> {
            String status = a.status().equals("open")
                    ? s.warn("OPEN")
                    : a.status().equals("adopted")
                            ? s.good("ADOPTED")
                            : s.dim(a.status().toUpperCase(Locale.ROOT));
            out.append('\n')
                    .append(s.bold(a.id()))
                    .append(' ')
                    .append(status)
                    .append("  ")
                    .append(names.change(a.clause(), a.option()))
                    .append(s.dim("  (round " + a.round() + ")"))
                    .append('\n');
            out.append("   proposed by ").append(names.inSentence(a.proposer()));
            if (!a.cosponsors().isEmpty()) {
                out.append(", co-sponsored by ").append(names.inSentence(a.cosponsors()));
            }
            out.append('\n');
            if (a.rationale() != null && !a.rationale().isBlank()) {
                out.append(Wrap.text(Quoted.of(a.rationale()), "   ")).append('\n');
            }
            VoteCount count = VoteCount.of(a, v.delegations().size());
            out.append(
                    a.status().equals("open")
                            ? "   so far: " + count + " (not voting counts as abstaining)"
                            : "   votes: " + count);
            Ballot mine = v.seat() == null ? null : a.votes().get(v.seat());
            if (mine != null) {
                out.append("; you ").append(mine.past()).append(" it");
            } else if (a.status().equals("open")
                    && v.seat() != null
                    && !a.proposer().equals(v.seat())
                    && !a.cosponsors().contains(v.seat())) {
                out.append(s.dim("; you have not voted: `vote " + a.id() + " support|oppose|abstain`"));
                if (v.delegations().stream().filter(d -> !a.hasStance(d.id())).count() == 1) {
                    out.append(
                            s.warn(
                                    " (yours is the last vote: once you cast it, the vote can close at any moment, so lobby first)"));
                }
            }
            out.append('\n');
        });
        return out.toString().stripTrailing();
    }

    /** One amendment, with who voted how (votes are public) and who has not voted yet. */
    public static String one(PlayerView v, PlayerView.AmendmentView a, Style s) {
        Names names = new Names(v);
        StringBuilder out = new StringBuilder(s.bold(a.id()))
                .append(' ')
                .append(a.status().toUpperCase(Locale.ROOT))
                .append("  ")
                .append(names.change(a.clause(), a.option()))
                .append(s.dim("  (round " + a.round() + ")"))
                .append('\n');
        line(out, "For", a.supporters(), names);
        line(out, "Against", a.voters(Ballot.OPPOSE), names);
        line(out, "Abstained", a.voters(Ballot.ABSTAIN), names);
        if (a.status().equals("open")) {
            java.util.List<String> waiting = v.delegations().stream()
                    .map(PlayerView.Card::id)
                    .filter(id -> !a.hasStance(id))
                    .toList();
            line(out, "Not voted yet, so abstaining if the vote closed now", waiting, names);
        }
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String label, java.util.List<String> seats, Names names) {
        out.append("   ")
                .append(label)
                .append(" (")
                .append(seats.size())
                .append("): ")
                .append(seats.isEmpty() ? "nobody" : names.inSentence(seats))
                .append('\n');
    }
}
