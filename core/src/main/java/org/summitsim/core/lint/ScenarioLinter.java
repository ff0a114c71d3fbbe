package org.summitsim.core.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Debrief;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Inject;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.Timing;
import org.summitsim.core.scenario.TimingPreset;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.scoring.Tally;

/**
 * Advice on a valid scenario: things that are allowed but probably not what the author meant
 * (a history that does not add up, a seat with nothing to negotiate for, a timing preset that
 * does not fit its class). Warnings, not errors: the scenario still plays.
 */
public final class ScenarioLinter {

    private static final Pattern WHEN = Pattern.compile("BRIEFING|OPENING|ROUND (\\d+)|FINAL");

    private ScenarioLinter() {}

    public static List<Problem> lint(Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        history(scenario, out);
        delegations(scenario, out);
        timing(scenario, out);
        injects(scenario, out);
        balance(scenario, out);
        FrozenText.check(scenario, out);
        return out;
    }

    /**
     * Advice that is not a warning: choices with a cost an author should weigh knowingly (the
     * default decision's two roles), which even a calibrated scenario may keep.
     */
    public static List<Problem> notes(Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        DefaultDecisionCheck.check(scenario, out);
        return out;
    }

    /**
     * The historical run should be able to land in the reported range, and each state should decide
     * as it did. A seat whose real decision is unknown is counted neither as a signer nor as a
     * non-signer: the run gives a range, and it must meet the reported one.
     */
    private static void history(Scenario s, List<Problem> out) {
        Calibration c = Calibration.of(s);
        Debrief.Range reported = s.debrief() == null ? null : s.debrief().signatoryRange();
        if (reported != null && !c.fits(reported)) {
            out.add(new Problem(
                    "debrief.signatoryRange",
                    "with every seat deciding as its state really did on " + Calibration.textName(s) + ", "
                            + c.describe() + " states sign, which cannot meet the reported range "
                            + reported.describe() + "; adjust the background groups"));
        }
        for (int i = 0; i < s.backgroundStates().size(); i++) {
            BackgroundState b = s.backgroundStates().get(i);
            Decision real = b.history() == null ? null : b.history().decision();
            Decision ruled = c.tally().decisions().get(b.id());
            if (b.attended() && real != null && real != ruled) {
                out.add(new Problem(
                        "backgroundStates[" + i + "].rule",
                        "on " + Calibration.textName(s) + " with historical decisions the rule gives " + ruled
                                + ", but "
                                + (b.history().standIn()
                                        ? "the stand-in group is meant to " + real
                                        : "history says " + real)));
            }
        }
        for (int i = 0; i < s.delegations().size(); i++) {
            Delegation d = s.delegations().get(i);
            if (d.playable() && d.history() != null && d.history().decision() != null) {
                bestResponse(s, d, c, "delegations[" + i + "]", out);
            }
        }
    }

    /**
     * A historical bot should not look irrational: the real decision should score best on the real
     * text. One warning a seat, naming the decision that beats it by most and the parts of the
     * score that make the difference, so an author knows which number to move.
     */
    private static void bestResponse(Scenario s, Delegation d, Calibration c, String at, List<Problem> out) {
        Map<Decision, org.summitsim.core.rules.Score> scores = new LinkedHashMap<>();
        for (Decision own : Decision.values()) {
            Map<String, Decision> seats = new LinkedHashMap<>(c.seatDecisions());
            seats.put(d.id(), own);
            scores.put(own, Scorer.score(s, d, c.text(), Tally.of(s, c.text(), seats), 1.0));
        }
        Decision real = d.history().decision();
        double realTotal = scores.get(real).total();
        List<Decision> better = scores.keySet().stream()
                .filter(own -> scores.get(own).total() > realTotal)
                .sorted((a, b) ->
                        Double.compare(scores.get(b).total(), scores.get(a).total()))
                .toList();
        if (better.isEmpty()) {
            return;
        }
        Decision best = better.get(0);
        StringBuilder m = new StringBuilder("on " + Calibration.textName(s) + " " + d.name() + " scores "
                + scores.get(best).total() + " by " + best);
        for (Decision other : better.subList(1, better.size())) {
            m.append(" and ").append(scores.get(other).total()).append(" by ").append(other);
        }
        m.append(", but only ")
                .append(realTotal)
                .append(" by ")
                .append(real)
                .append(", what it really did; the")
                .append(" difference: ")
                .append(difference(scores.get(real), scores.get(best), real, best));
        if (real == Decision.PUSH_BINDING && !c.tally().bindingReached()) {
            m.append(" (its push falls short: ")
                    .append(c.tally().bindingCount())
                    .append(" of the ")
                    .append(s.binding().threshold())
                    .append(" needed push)");
        }
        out.add(new Problem(at + ".preferences", m.toString()));
    }

    /** The parts of two scores that differ most, in words: "binding -4.0 by PUSH_BINDING, 0.0 by SIGN". */
    private static String difference(
            org.summitsim.core.rules.Score real, org.summitsim.core.rules.Score best, Decision realD, Decision bestD) {
        return real.breakdown().keySet().stream()
                .filter(k -> Math.abs(real.breakdown().get(k) - best.breakdown().get(k)) >= 0.05)
                .sorted((a, b) -> Double.compare(
                        Math.abs(real.breakdown().get(b) - best.breakdown().get(b)),
                        Math.abs(real.breakdown().get(a) - best.breakdown().get(a))))
                .limit(3)
                .map(k -> k.replace('_', ' ') + " " + real.breakdown().get(k) + " by " + realD + ", "
                        + best.breakdown().get(k) + " by " + bestD)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static void delegations(Scenario s, List<Problem> out) {
        for (int i = 0; i < s.delegations().size(); i++) {
            Delegation d = s.delegations().get(i);
            String at = "delegations[" + i + "]";
            if (!d.playable()) {
                continue;
            }
            if (d.history() == null) {
                out.add(new Problem(
                        at + ".history", d.id() + " has no history, so the debrief cannot compare it with reality"));
            }
            if (draftIsBest(s, d.preferences())) {
                out.add(new Problem(
                        at + ".preferences.clauses",
                        "the draft already reads the best option of every clause" + " for " + d.id()
                                + ", so it has nothing to negotiate for"));
            }
            long sentences = d.brief() == null ? 0 : d.brief().split("[.!?](\\s|$)").length;
            if (sentences < 3 || sentences > 10) {
                out.add(new Problem(
                        at + ".brief", "the brief has " + sentences + " sentences; 5 to 8 work best in class"));
            }
            // Students read their brief in the console or the browser: a typed command fits only one of them.
            if (d.brief() != null && d.brief().contains("`")) {
                out.add(new Problem(
                        at + ".brief",
                        "the brief quotes a command in backticks; students who play in the browser cannot type it, so"
                                + " name the move in words"));
            }
        }
        for (int i = 0; i < s.clauses().size(); i++) {
            Clause c = s.clauses().get(i);
            for (int j = 0; j < c.options().size(); j++) {
                ClauseOption o = c.options().get(j);
                boolean anyone = s.playable().stream()
                        .anyMatch(d -> d.preferences().value(c.id(), o.id()) != 0
                                || d.preferences().cost(c.id(), o.id()) != 0);
                if (!anyone) {
                    out.add(new Problem(
                            "clauses[" + i + "].options[" + j + "]",
                            "no playable delegation values or" + " pays for option \"" + o.id()
                                    + "\", so nobody has a reason to propose or oppose it"));
                }
            }
        }
    }

    private static boolean draftIsBest(Scenario s, Preferences p) {
        return s.clauses().stream()
                .allMatch(c -> c.options().stream()
                        .allMatch(o -> Scorer.optionValue(p, c.id(), o.id(), Decision.SIGN)
                                <= Scorer.optionValue(p, c.id(), c.draft(), Decision.SIGN)));
    }

    private static void timing(Scenario s, List<Problem> out) {
        for (int i = 0; i < s.timingPresets().size(); i++) {
            TimingPreset p = s.timingPresets().get(i);
            double minutes = seconds(p.timing()) / 60.0;
            if (Math.abs(minutes - p.minutes()) > 0.15 * p.minutes()) {
                out.add(new Problem(
                        "timingPresets[" + i + "].timing",
                        String.format(
                                Locale.ROOT,
                                "the phases add up to %.0f minutes, not about %d; \"minutes\" is the playing time"
                                        + " (the lesson it suits goes in the label), so change it or the phases",
                                minutes,
                                p.minutes())));
            }
        }
    }

    /** Seats with no path to a good score, a decision that is no choice for anyone, clauses nobody minds. */
    private static void balance(Scenario s, List<Problem> out) {
        List<Balance.Row> rows = Balance.of(s);
        for (int i = 0; i < rows.size(); i++) {
            Balance.Row r = rows.get(i);
            if (r.reachablePercent() < Balance.GOOD) {
                out.add(new Problem(
                        "delegations["
                                + s.delegations().indexOf(s.delegation(r.seat()).orElseThrow()) + "].preferences",
                        r.seat() + " reaches at most " + r.reachablePercent()
                                + "% of its range even with its best text, so it has no path to a good score"));
            }
        }
        Decision first = rows.isEmpty() ? null : rows.get(0).dominantDecision();
        if (first != null && rows.stream().allMatch(r -> r.dominantDecision() == first)) {
            out.add(new Problem(
                    "delegations",
                    first + " is the best decision for every delegation whatever the text,"
                            + " so the final decision is no real choice"));
        }
        for (int i = 0; i < s.clauses().size(); i++) {
            Clause c = s.clauses().get(i);
            boolean cared = s.playable().stream()
                    .anyMatch(d -> c.options().stream()
                                    .map(o -> Scorer.optionValue(d.preferences(), c.id(), o.id(), Decision.SIGN))
                                    .distinct()
                                    .count()
                            > 1);
            if (!cared) {
                out.add(new Problem(
                        "clauses[" + i + "]", "no delegation cares which option clause \"" + c.id() + "\" takes"));
            }
        }
    }

    /** An inject that says it reports something said after the summit (the convention: "After the summit: ..."). */
    private static boolean saidLater(Inject inject) {
        String all = (inject.title() + " " + inject.text() + " " + inject.source()).toLowerCase(java.util.Locale.ROOT);
        return all.contains("after the summit") || all.contains("after the real summit");
    }

    static int seconds(Timing t) {
        return t.briefing() + t.opening() + t.round() * t.rounds() + t.decision();
    }

    private static void injects(Scenario s, List<Problem> out) {
        for (int i = 0; i < s.injects().size(); i++) {
            String when = s.injects().get(i).when();
            if (when == null) {
                continue;
            }
            var m = WHEN.matcher(when);
            if (!m.matches()) {
                out.add(new Problem(
                        "injects[" + i + "].when",
                        "\"" + when + "\" is not a phase; use BRIEFING, OPENING, ROUND n or FINAL"));
            } else if (m.group(1) != null
                    && Integer.parseInt(m.group(1)) > s.timing().rounds()) {
                out.add(new Problem(
                        "injects[" + i + "].when",
                        "\"" + when + "\" never comes: the default timing has only "
                                + s.timing().rounds()
                                + " rounds; use BRIEFING, OPENING, ROUND 1 to ROUND "
                                + s.timing().rounds()
                                + " or FINAL"));
            } else if (!when.equals("FINAL") && saidLater(s.injects().get(i))) {
                out.add(new Problem(
                        "injects[" + i + "].when",
                        "it reports what was said after the summit, so no"
                                + " delegation could hear it while negotiating; suggest it for FINAL, not " + when));
            }
        }
    }
}
