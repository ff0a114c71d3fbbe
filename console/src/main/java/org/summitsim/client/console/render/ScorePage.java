package org.summitsim.client.console.render;

import java.util.Locale;
import java.util.Map;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scoring.Outlook;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.PlayerView;

/** `score`: what each decision would earn you if the text stayed as it is, and why. */
public final class ScorePage {

    private ScorePage() {}

    public static String render(PlayerView v, Style s) {
        return render(v, null, 0, s);
    }

    /** {@code scale}: the role's anchors from the scenario's par table (0, 50 and 100 in points), or null. */
    public static String render(PlayerView v, double[] scale, Style s) {
        return render(v, scale, 0, s);
    }

    /**
     * {@code scale}: the role's anchors from the scenario's par table (0, 50 and 100 in points), or
     * null; {@code attending}: how many states attend (the table and the background), to turn the
     * breadth part back into how many states sign, or 0 when not known.
     */
    public static String render(PlayerView v, double[] scale, int attending, Style s) {
        return render(v, scale, attending, false, s);
    }

    /** As above; {@code signingHedges}: the room's rule that signing halves a treaty track for those against it. */
    public static String render(PlayerView v, double[] scale, int attending, boolean signingHedges, Style s) {
        if (v.projection() == null || v.projection().isEmpty()) {
            return v.outcome() != null
                    ? "The summit is over; `results` has your final score."
                    : "No projection for you: only a delegation's seat has one.";
        }
        // In the final phase the text is final: nothing is "if it stayed", and nothing is left to change.
        boolean textFinal = v.stage() != null && v.stage().phase() == org.summitsim.core.rules.Phase.FINAL;
        StringBuilder out = new StringBuilder(s.heading(
                        textFinal
                                ? "Your projected score for each decision, on the final text"
                                : "Your projected score if the text stayed as it is"))
                .append('\n')
                .append(s.dim("Others are assumed to decide as their public pledges say; a delegation "
                        + "without one as most of its bloc pledged to, else as the real state did, else "
                        + EventText.decision(v.defaultDecision()) + " (never to push)."))
                .append('\n')
                .append(s.dim(outOf100(v)))
                .append('\n')
                .append(s.dim(points(new Names(v).seat(v.seat()), scale)))
                .append("\n\n");
        if (v.outcome() == null && v.projection().values().stream().allMatch(sc -> Math.round(sc.percent()) < 10)) {
            // A row of zeros reads as broken: on the draft it often is simply where this role starts.
            String who = org.summitsim.core.scenario.StateName.inSentence(new Names(v).seat(v.seat()));
            out.append(s.warn(
                            textFinal
                                    ? "The final text leaves every choice among the lowest results " + who
                                            + " gets. The"
                                            + " points still differ: choose the decision that loses least."
                                    : "As the text stands now, every choice gives one of the lowest results " + who
                                            + " gets: changing the text is what the negotiation is for."))
                    .append("\n\n");
        }
        Outlook outlook = v.outlook() == null ? null : v.outlook().get();
        Decision best = v.projection().entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.total(), b.total())))
                .map(Map.Entry::getKey)
                .orElse(null);
        Preferences prefs = v.preferences() == null ? null : v.preferences().get(v.seat());
        for (Map.Entry<Decision, Score> e : v.projection().entrySet()) {
            Score sc = e.getValue();
            // The score out of 100 first: it is the one that compares; points follow, once, in brackets.
            String head = String.format(
                    Locale.ROOT,
                    "If you %-22s %.0f out of 100  (%.1f points)",
                    EventText.decision(e.getKey()) + ":",
                    sc.percent(),
                    tenth(sc.total()));
            out.append(e.getKey() == best ? s.good(head) : head);
            Outlook.Band band = outlook == null ? null : outlook.bands().get(e.getKey());
            if (band != null && band.high() - band.low() >= 0.05) {
                out.append(s.dim(String.format(
                        Locale.ROOT,
                        "   %.1f to %.1f by what the undecided do",
                        tenth(band.low()),
                        tenth(band.high()))));
            }
            out.append('\n');
            out.append(s.dim("    " + breakdown(sc) + signers(sc, prefs, attending)))
                    .append('\n');
            java.util.List<String> broken = DecisionPromises.brokenBy(v, e.getKey());
            if (!broken.isEmpty()) {
                out.append(s.warn("    This breaks " + String.join(" and ", broken)
                                + ": a broken promise costs trust points at the end (the trust part above counts it)."))
                        .append('\n');
            }
        }
        String influence = influence(v, prefs);
        if (!influence.isEmpty()) {
            out.append('\n').append(s.dim(influence)).append('\n');
        }
        if (outlook != null && outlook.pushes() != null && outlook.pushes().needed() > 0) {
            Names names = new Names(v);
            out.append('\n')
                    .append(s.dim(outlook.pushes().inWords(names::seat)))
                    .append('\n');
            int b = prefs == null || prefs.binding() == null ? 0 : prefs.binding();
            if (signingHedges && b < 0) {
                // A play-test's China signed for it, and learnt so only from the results.
                out.append(s.dim("Signing is also a hedge: if enough states push for binding law, the treaty track"
                                + " costs you -" + BriefPage.half(-b) + " if you signed, " + b
                                + " if you did not. The figures above count it once the"
                                + " pledges to push reach the number needed."))
                        .append('\n');
            }
        }
        if (outlook != null && !outlook.undeclared().isEmpty()) {
            out.append('\n')
                    .append(s.dim("Undecided: " + new Names(v).seats(outlook.undeclared()) + ". No pledge of"
                            + " theirs holds on the text as it stands (none made, or its condition not met), so"
                            + " the figures guess what they will do; the range beside each choice is how much"
                            + " they could change it."))
                    .append('\n');
        }
        out.append('\n').append(ScoreParts.legend(v.projection().values(), s));
        return out.toString().stripTrailing();
    }

    /**
     * "(41 of 57 states sign)" after the breadth part: a delegation that counts signatures (a
     * host) reads how many, not only their worth in points. Breadth is its weight times the share
     * of attending states that sign (docs/RULES.md), so the count is read back from it.
     */
    private static String signers(Score sc, Preferences prefs, int attending) {
        Double part = sc.breakdown().get("breadth");
        if (prefs == null || prefs.breadth() <= 0 || attending <= 0 || part == null || Math.abs(part) < 0.05) {
            return "";
        }
        long signing = Math.round(part / prefs.breadth() * attending);
        return " (" + signing + " of " + attending + " states sign)";
    }

    /**
     * Where the influence part comes from, so a credit that seems to vanish is explained: a
     * proposal of the player's that the room rejected takes off half a credit (docs/RULES.md).
     */
    static String influence(PlayerView v, Preferences prefs) {
        if (prefs == null || prefs.influence() <= 0 || v.seat() == null) {
            return "";
        }
        String me = v.seat();
        long proposed = v.amendments().stream()
                .filter(a -> a.status().equals("adopted") && a.proposer().equals(me))
                .count();
        long cosponsored = v.amendments().stream()
                .filter(a -> a.status().equals("adopted") && a.cosponsors().contains(me))
                .count();
        long failed = v.amendments().stream()
                .filter(a -> a.status().equals("rejected") && a.proposer().equals(me))
                .count();
        double w = prefs.influence();
        if (proposed + cosponsored + failed == 0) {
            // A score out of 100 that starts low is read as a verdict: say what is still to earn.
            return String.format(
                    Locale.ROOT,
                    "Influence: nothing counted yet. Each amendment of yours that the room adopts adds +%.1f"
                            + " (one you co-sponsor +%.1f), up to +%.1f in all: the figures above do not count it yet.",
                    w,
                    w * Scorer.COSPONSOR_CREDIT,
                    w * Scorer.MAX_CREDITS);
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (proposed > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "+%.1f for %s you proposed",
                    w * proposed,
                    count(proposed, "adopted amendment", "adopted amendments")));
        }
        if (cosponsored > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "+%.1f for %s you co-sponsored",
                    w * Scorer.COSPONSOR_CREDIT * cosponsored,
                    count(cosponsored, "adopted amendment", "adopted amendments")));
        }
        if (failed > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "\u2212%.1f for %s that failed",
                    w * Scorer.REJECTED_COST * failed,
                    failed == 1 ? "1 of your proposals" : failed + " of your proposals"));
        }
        double counted = w * Scorer.credits((int) proposed, (int) cosponsored, (int) failed);
        double sum = w * (proposed + Scorer.COSPONSOR_CREDIT * cosponsored - Scorer.REJECTED_COST * failed);
        String limit = Math.abs(counted - sum) < 1e-9
                ? String.format(
                        Locale.ROOT, ", so %s counts (never more than +%.1f).", signed(counted), w * Scorer.MAX_CREDITS)
                : sum < counted
                        ? "; influence never counts below 0, so 0 counts."
                        : String.format(
                                Locale.ROOT, "; influence never counts more than +%.1f, so that counts.", counted);
        return "Influence so far: " + String.join(", ", parts) + limit;
    }

    private static String signed(double points) {
        return Math.abs(points) < 0.05
                ? "0"
                : String.format(Locale.ROOT, points < 0 ? "\u2212%.1f" : "+%.1f", Math.abs(points));
    }

    /** "1 adopted amendment", "2 adopted amendments". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * What "out of 100" means: with a par table the score differs from the share of the role's
     * range, and 50 is the role's typical result; without one it is that share.
     */
    private static String outOf100(PlayerView v) {
        boolean par = v.projection().values().stream().anyMatch(sc -> Math.abs(sc.percent() - sc.share()) > 1e-9);
        return par
                ? "Out of 100: 50 is a typical result for your delegation, 100 one of its best, 0 one of its worst."
                : "Out of 100: 0 is the worst outcome your delegation could have, 100 its best.";
    }

    /** Points explained once: the sum of the parts, which only the score out of 100 puts on a common scale. */
    private static String points(String name, double[] scale) {
        return "Points (in brackets) add up the parts below; each delegation counts them its own way, so a"
                + " negative total can still be a good result."
                + (scale == null ? "" : " " + anchors(name, scale));
    }

    /**
     * The role's scale in points, so a low number out of 100 reads as "below this role's usual",
     * not as a poor result in itself: "For Netherlands, 50 out of 100 is 60.2 points; 0 is 48.0
     * or less, 100 is 71.3 or more."
     */
    public static String anchors(String name, double[] scale) {
        return String.format(
                Locale.ROOT,
                "For %s, 50 out of 100 is %.1f points (its usual result with bots at the table); 0 is %.1f or"
                        + " less, 100 is %.1f or more.",
                org.summitsim.core.scenario.StateName.inSentence(name),
                scale[1],
                scale[0],
                scale[2]);
    }

    /** {@code v} to a tenth, and never "-0.0": a total a hair below zero reads as 0.0. */
    static double tenth(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == 0 ? 0.0 : r;
    }

    public static String breakdown(Score sc) {
        StringBuilder b = new StringBuilder();
        sc.breakdown().forEach((k, val) -> {
            if (Math.abs(val) >= 0.05) {
                b.append(b.length() == 0 ? "" : ", ")
                        .append(k.replace('_', ' '))
                        .append(' ')
                        .append(String.format(Locale.ROOT, val >= 0 ? "+%.1f" : "%.1f", val));
            }
        });
        return b.length() == 0 ? "nothing either way" : b.toString();
    }
}
