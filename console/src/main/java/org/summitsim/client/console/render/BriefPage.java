package org.summitsim.client.console.render;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.view.PlayerView;

/** `brief`: the public background, then the seat's private brief and what it cares about. */
public final class BriefPage {

    private BriefPage() {}

    public static String render(PlayerView v, Style s) {
        return render(v, 0, 0, false, s);
    }

    /**
     * {@code outside}: how many states outside the room the scenario counts (its background
     * groups), so a threshold larger than the table is explained; {@code failedPushCost}: what a
     * push that falls short costs, and {@code signingHedges}: whether a signatory bears half of a
     * treaty track it opposed (the welcome's rules).
     */
    public static String render(PlayerView v, int outside, int failedPushCost, boolean signingHedges, Style s) {
        StringBuilder out = new StringBuilder();
        out.append(s.heading(v.title())).append('\n');
        section(out, null, v.summary());
        section(out, "Setting", v.setting());
        section(out, "Briefing", v.briefing());
        out.append('\n')
                .append(s.dim(AdoptionWords.of(v.adoptionRule())
                        + " Binding law: a treaty track starts if at least "
                        + v.bindingThreshold() + " states push for it"
                        + (outside > 0
                                ? ", counting the " + outside + " states outside this room (some follow a delegation"
                                        + " here when it pushes)"
                                : "")
                        + ". Undecided delegations " + EventText.decision(v.defaultDecision()) + " by default."))
                .append('\n');
        if (v.seat() == null) {
            return out.toString();
        }
        Names names = new Names(v);
        out.append('\n')
                .append(s.heading("Your private brief: " + names.seat(v.seat())))
                .append(s.secret("  (only you see this)"))
                .append('\n');
        out.append(Wrap.text(v.briefs().getOrDefault(v.seat(), "(no private brief)"), ""))
                .append('\n');
        Preferences p = v.preferences().get(v.seat());
        if (p != null) {
            out.append('\n')
                    .append(s.bold("What each wording is worth to you"))
                    .append(s.dim("  (-10..10; they count whatever you decide; `score` adds it all up)"))
                    .append('\n');
            // Wordings by the labels the text and the bots use; the id in brackets is what to type.
            for (PlayerView.ClauseView c : v.text()) {
                Map<String, Integer> values = p.clauses().getOrDefault(c.id(), Map.of());
                out.append("  ")
                        .append(c.title())
                        .append(s.dim("  [" + c.id() + "]"))
                        .append('\n');
                c.options().stream()
                        .sorted(Comparator.comparingInt(
                                (org.summitsim.core.scenario.ClauseOption o) -> -values.getOrDefault(o.id(), 0)))
                        .forEach(o -> out.append(String.format(
                                        Locale.ROOT, "    %3s  %s", signed(values.getOrDefault(o.id(), 0)), o.label()))
                                .append(s.dim("  [" + o.id() + "]"))
                                .append(p.isRedLine(c.id(), o.id()) ? s.error("  RED LINE") : "")
                                .append(signingCosts(p, c.id(), o.id(), s))
                                .append('\n'));
            }
            if (!p.decisions().isEmpty()) {
                out.append("  Your final decision, as your government sees it: ")
                        .append(p.decisions().entrySet().stream()
                                .map(e -> EventText.decision(e.getKey()) + " " + signed(e.getValue()))
                                .collect(Collectors.joining(", ")));
                if (p.endorsement() > 0) {
                    // The decision part the results show is more than the number above when you sign.
                    out.append("; signing also counts up to +" + p.endorsement() + " if the final text holds all"
                            + " you want, down to -" + p.endorsement() + " if it holds none of it");
                }
                out.append('\n');
            }
            String binding = bindingLaw(p, failedPushCost, signingHedges);
            if (!binding.isEmpty()) {
                out.append(Wrap.text("  " + binding, "  ")).append('\n');
            }
            if (!p.partners().isEmpty()) {
                out.append("  Partners you want to decide alongside: ")
                        .append(p.partners().stream().map(names::seat).collect(Collectors.joining(", ")))
                        .append(
                                p.standing() > 0
                                        ? " (up to +" + p.standing() + " the more of them decide as you do)"
                                        : "")
                        .append('\n');
            }
            String more = alsoCounts(p);
            if (!more.isEmpty()) {
                out.append(Wrap.text("  Also counts: " + more, "  ")).append('\n');
            }
        }
        out.append('\n').append(s.dim("Next: `text` shows the draft declaration; `delegations` who is here."));
        return out.toString();
    }

    /**
     * The parts of the score a player earns by playing rather than by the text, in a sentence:
     * authorship (what makes tabling and co-sponsoring pay, and a doomed proposal cost), breadth
     * and keeping one's word. Players asked why a seat that proposed little scored more.
     */
    static String alsoCounts(Preferences p) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int influence = p.influence() == null ? 0 : p.influence();
        if (influence > 0) {
            parts.add("each amendment of yours that is adopted +" + influence + ", each you co-sponsor that is"
                    + " adopted +" + half(influence) + ", each of yours that is rejected -" + half(influence)
                    + " (at most +" + 3 * influence + " in all)");
        }
        if (p.breadth() != null && p.breadth() > 0) {
            parts.add("up to +" + p.breadth() + " the more states sign");
        }
        if (p.trust() != null && p.trust() > 0) {
            parts.add("up to -" + p.trust() + " for promises you break");
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ". `score` shows them as they stand.";
    }

    /** What signing a text with this wording costs besides its value: a constraint, a red line crossed. */
    private static String signingCosts(Preferences p, String clause, String option, Style s) {
        int cost = p.cost(clause, option) + (p.isRedLine(clause, option) ? p.redLinePenalty() : 0);
        return cost > 0
                ? s.dim("  (signing a text with it costs you " + cost + (cost == 1 ? " point" : " points") + ")")
                : "";
    }

    /** What binding law is worth to this seat, and what a push that falls short costs, in a sentence. */
    public static String bindingLaw(Preferences p, int failedPushCost, boolean signingHedges) {
        int b = p.binding() == null ? 0 : p.binding();
        String against = signingHedges
                ? " for you, -" + half(-b) + " if you signed the declaration (you backed the voluntary route)."
                : " for you, whatever you decide.";
        String worth = b > 0
                ? "Binding law, if enough states push: +" + b + " if you pushed, +" + half(b) + " if you did not."
                : b < 0 ? "Binding law, if enough states push: " + b + against : "";
        String failed = failedPushCost > 0 ? " A push that falls short costs you -" + failedPushCost + "." : "";
        return (worth + failed).strip();
    }

    static String half(int n) {
        return n % 2 == 0 ? Integer.toString(n / 2) : n / 2 + ".5";
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private static void section(StringBuilder out, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append('\n');
        if (title != null) {
            out.append(title).append(":\n");
        }
        out.append(Wrap.text(text, "")).append('\n');
    }
}
