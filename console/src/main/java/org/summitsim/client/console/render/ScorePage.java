package org.summitsim.client.console.render;

import java.util.Locale;
import java.util.Map;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scoring.Outlook;
import org.summitsim.core.view.PlayerView;

/** `score`: what each decision would earn you if the text stayed as it is, and why. */
public final class ScorePage {

    private ScorePage() {}

    public static String render(PlayerView v, Style s) {
        return render(v, null, s);
    }

    /** {@code scale}: the role's anchors from the scenario's par table (0, 50 and 100 in points), or null. */
    public static String render(PlayerView v, double[] scale, Style s) {
        if (v.projection() == null || v.projection().isEmpty()) {
            return v.outcome() != null
                    ? "The summit is over; `results` has your final score."
                    : "No projection for you: only a delegation's seat has one.";
        }
        StringBuilder out = new StringBuilder(s.heading("Your projected score if the text stayed as it is"))
                .append('\n')
                .append(s.dim("Others are assumed to decide as their public pledges say; a delegation "
                        + "without one as most of its bloc pledged to, else as the real state did, else "
                        + EventText.decision(v.defaultDecision()) + " (never to push)."))
                .append('\n')
                .append(s.dim(outOf100(v)))
                .append(scale == null ? "" : "\n" + s.dim(anchors(new Names(v).seat(v.seat()), scale)))
                .append("\n\n");
        Outlook outlook = v.outlook() == null ? null : v.outlook().get();
        Decision best = v.projection().entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.total(), b.total())))
                .map(Map.Entry::getKey)
                .orElse(null);
        for (Map.Entry<Decision, Score> e : v.projection().entrySet()) {
            Score sc = e.getValue();
            String head = String.format(
                    Locale.ROOT,
                    "If you %-22s %7.1f points (%3.0f out of 100)",
                    EventText.decision(e.getKey()) + ":",
                    sc.total(),
                    sc.percent());
            out.append(e.getKey() == best ? s.good(head) : head);
            Outlook.Band band = outlook == null ? null : outlook.bands().get(e.getKey());
            if (band != null && band.high() - band.low() >= 0.05) {
                out.append(s.dim(String.format(Locale.ROOT, "   could be %.1f to %.1f", band.low(), band.high())));
            }
            out.append('\n');
            out.append(s.dim("    " + breakdown(sc))).append('\n');
            java.util.List<String> broken = DecisionPromises.brokenBy(v, e.getKey());
            if (!broken.isEmpty()) {
                out.append(s.warn("    This breaks " + String.join(" and ", broken)
                                + ": a broken promise costs trust points at the end, not counted here."))
                        .append('\n');
            }
        }
        if (outlook != null && !outlook.undeclared().isEmpty()) {
            out.append('\n')
                    .append(s.dim("No pledge that holds on the text as it stands (none made, or its condition not"
                            + " met), so only forecast (the range is what they could change): "
                            + new Names(v).seats(outlook.undeclared()) + "."))
                    .append('\n');
        }
        out.append('\n').append(ScoreParts.legend(v.projection().values(), s));
        return out.toString().stripTrailing();
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
                name,
                scale[1],
                scale[0],
                scale[2]);
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
