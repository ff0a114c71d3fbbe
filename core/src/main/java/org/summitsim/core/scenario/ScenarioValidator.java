package org.summitsim.core.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the meaning of a scenario that has the right shape: ids unique, every reference
 * resolves, weights in range, thresholds reachable, timings positive. Returns every problem at
 * once, each with a JSON path and a sentence a teacher can act on. Delegations, preferences and
 * background states are checked by {@link DelegationValidator}.
 */
public final class ScenarioValidator {

    private ScenarioValidator() {}

    /** All problems of {@code scenario}; an empty list means it can be played. */
    public static List<Problem> validate(Scenario scenario) {
        Findings f = new Findings();
        f.id("id", scenario.id());
        f.text("title", scenario.title(), "the title");
        f.text("briefing", scenario.briefing(), "the public briefing");
        timing(f, "timing", scenario.timing());
        presets(f, scenario.timingPresets());
        clauses(f, scenario.clauses());
        blocs(f, scenario.blocs());
        DelegationValidator.validate(f, scenario);
        Aliases.validate(f, scenario);
        chair(f, scenario);
        adoption(f, scenario.adoption(), scenario.playable().size());
        binding(f, scenario.binding(), attendingStates(scenario));
        finalAdoption(f, scenario.finalAdoption(), attendingStates(scenario));
        injects(f, scenario.injects());
        debrief(f, scenario.debrief(), attendingStates(scenario));
        adoptedText(f, scenario);
        par(f, scenario);
        f.sources("sources", scenario.sources());
        return f.problems();
    }

    /** A number as people write it: 0.67, 67 (no trailing zeros). */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Playable seats plus the attending background states (each group by its count). */
    public static int attendingStates(Scenario scenario) {
        return scenario.playable().size()
                + scenario.backgroundStates().stream()
                        .filter(BackgroundState::attended)
                        .mapToInt(BackgroundState::count)
                        .sum();
    }

    static void timing(Findings f, String path, Timing t) {
        if (t == null) {
            return;
        }
        positive(f, path + ".briefing", t.briefing(), "the briefing phase (seconds)");
        positive(f, path + ".opening", t.opening(), "the opening phase (seconds)");
        positive(f, path + ".round", t.round(), "a negotiation round (seconds)");
        positive(f, path + ".decision", t.decision(), "the final decision phase (seconds)");
        positive(f, path + ".rounds", t.rounds(), "the number of rounds");
    }

    private static void positive(Findings f, String path, Integer value, String what) {
        if (value != null && value < 1) {
            f.add(path, what + " must be at least 1, but is " + value);
        }
    }

    private static void presets(Findings f, List<TimingPreset> presets) {
        f.unique("timingPresets", presets, TimingPreset::id, "timing preset");
        for (int i = 0; i < presets.size(); i++) {
            String at = "timingPresets[" + i + "]";
            f.id(at + ".id", presets.get(i).id());
            positive(f, at + ".minutes", presets.get(i).minutes(), "the playing time in minutes");
            timing(f, at + ".timing", presets.get(i).timing());
        }
    }

    private static final String REMAKE_PAR = "make the table again (summit analyze --scenario FILE --calibrate, which"
            + " replaces it), or delete the \"par\" field to play without one";

    /**
     * A par table has one row per playable delegation, of {@link Par#STEPS} + 1 quantiles that never
     * decrease: a role without its row would show its score on another scale than the rest.
     */
    private static void par(Findings f, Scenario s) {
        Par par = s.par();
        if (par == null) {
            return;
        }
        List<String> playable = s.playable().stream().map(Delegation::id).toList();
        par.quantiles().forEach((seat, q) -> {
            String at = "par.quantiles." + seat;
            if (!playable.contains(seat)) {
                f.add(
                        at,
                        "\"" + seat + "\" is not a playable delegation" + DelegationValidator.known(seat, playable)
                                + "; " + REMAKE_PAR);
            } else if (q.size() != Par.STEPS + 1) {
                f.add(
                        at,
                        "a row needs " + (Par.STEPS + 1) + " numbers (the 0 %, 5 %, ..., 100 % quantiles), but has "
                                + q.size());
            } else if (q.contains(null)) {
                f.add(at, "a row holds numbers only");
            } else {
                for (int i = 1; i < q.size(); i++) {
                    if (q.get(i) < q.get(i - 1)) {
                        f.add(
                                at,
                                "the quantiles must not decrease, but number " + (i + 1) + " (" + q.get(i)
                                        + ") is less than the one before (" + q.get(i - 1) + ")");
                        break;
                    }
                }
            }
        });
        for (String seat : playable) {
            if (!par.quantiles().containsKey(seat)) {
                f.add(
                        "par.quantiles",
                        "no row for \"" + seat + "\": every playable delegation needs one, or its"
                                + " score shows on another scale; " + REMAKE_PAR);
            }
        }
    }

    private static void clauses(Findings f, List<Clause> clauses) {
        if (clauses.isEmpty()) {
            f.add("clauses", "the declaration needs at least one clause");
        }
        f.unique("clauses", clauses, Clause::id, "clause");
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String at = "clauses[" + i + "]";
            f.id(at + ".id", c.id());
            f.text(at + ".title", c.title(), "the clause title");
            if (c.options().size() < 2) {
                f.add(
                        at + ".options",
                        "clause \"" + c.id() + "\" needs at least 2 options to negotiate over, but has "
                                + c.options().size());
            }
            f.unique(at + ".options", c.options(), ClauseOption::id, "option");
            for (int j = 0; j < c.options().size(); j++) {
                ClauseOption o = c.options().get(j);
                String op = at + ".options[" + j + "]";
                f.id(op + ".id", o.id());
                f.text(op + ".label", o.label(), "the option label");
                f.text(op + ".text", o.text(), "the option text");
            }
            f.sources(at + ".sources", c.sources());
            if (c.draft() != null && c.option(c.draft()).isEmpty()) {
                f.add(
                        at + ".draft",
                        "the draft \"" + c.draft() + "\" is not an option of clause \"" + c.id() + "\""
                                + DelegationValidator.known(c.draft(), c.optionIds())
                                        .replace("(known: ", "(options: "));
            }
        }
    }

    private static void blocs(Findings f, List<Bloc> blocs) {
        f.unique("blocs", blocs, Bloc::id, "bloc");
        for (int i = 0; i < blocs.size(); i++) {
            f.id("blocs[" + i + "].id", blocs.get(i).id());
            f.text("blocs[" + i + "].name", blocs.get(i).name(), "the bloc name");
        }
    }

    private static void chair(Findings f, Scenario s) {
        if (s.chair().isEmpty()) {
            f.add("chair", "name at least one playable delegation as chair");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.chair().size(); i++) {
            String id = s.chair().get(i);
            if (!DelegationValidator.isPlayable(s, id)) {
                f.add("chair[" + i + "]", "the chair \"" + id + "\" is not a playable delegation");
            } else if (!seen.add(id)) {
                f.add("chair[" + i + "]", "\"" + id + "\" is named as chair twice");
            }
        }
    }

    private static void adoption(Findings f, AdoptionRule rule, int playable) {
        if (rule == null) {
            return;
        }
        if (AdoptionRule.CONSENSUS.equals(rule.rule())) {
            if (rule.maxObjections() == null) {
                f.add("adoption.maxObjections", "a consensus rule needs maxObjections (0 = any one objection blocks)");
            } else if (rule.maxObjections() < 0 || rule.maxObjections() >= Math.max(playable, 1)) {
                f.add(
                        "adoption.maxObjections",
                        "maxObjections must be at least 0 and less than the " + playable
                                + " playable delegations, but is " + rule.maxObjections());
            }
            if (rule.fraction() != null) {
                f.add(
                        "adoption.fraction",
                        "fraction belongs to the supermajority rule; remove it or use \"supermajority\"");
            }
        } else if (AdoptionRule.SUPERMAJORITY.equals(rule.rule())) {
            if (rule.fraction() == null) {
                f.add("adoption.fraction", "a supermajority rule needs fraction, e.g. 0.67 for two thirds");
            } else if (!(rule.fraction() > 0.5 && rule.fraction() <= 1.0)) {
                f.add(
                        "adoption.fraction",
                        "fraction must be more than 0.5 and at most 1, but is " + rule.fraction()
                                + (rule.fraction() > 1 && rule.fraction() <= 100
                                        ? " (a share, not a percentage: write " + plain(rule.fraction() / 100) + " for "
                                                + plain(rule.fraction()) + " %)"
                                        : ""));
            }
            if (rule.maxObjections() != null) {
                f.add(
                        "adoption.maxObjections",
                        "maxObjections belongs to the consensus rule; remove it or use \"consensus\"");
            }
        } else {
            f.add(
                    "adoption.rule",
                    "the adoption rule must be \"consensus\" or \"supermajority\", not \"" + rule.rule() + "\"");
        }
    }

    private static void binding(Findings f, BindingTrack binding, int attending) {
        if (binding != null
                && binding.threshold() != null
                && (binding.threshold() < 1 || binding.threshold() > attending)) {
            f.add(
                    "binding.threshold",
                    "the threshold must be between 1 and the " + attending
                            + " attending states (playable and background), but is " + binding.threshold());
        }
        if (binding != null) {
            f.range("binding.failedPushCost", binding.failedPushCost(), 0, 20, "the cost of a failed push");
        }
    }

    private static void finalAdoption(Findings f, FinalAdoption rule, int attending) {
        if (rule == null) {
            return;
        }
        if (FinalAdoption.CONSENSUS.equals(rule.rule())) {
            if (rule.maxNonSigners() != null && (rule.maxNonSigners() < 0 || rule.maxNonSigners() >= attending)) {
                f.add(
                        "finalAdoption.maxNonSigners",
                        "maxNonSigners must be at least 0 and less than the " + attending + " attending states, but is "
                                + rule.maxNonSigners());
            }
            if (rule.minSignatories() != null) {
                f.add(
                        "finalAdoption.minSignatories",
                        "minSignatories belongs to the quorum rule; remove it or use" + " \"quorum\"");
            }
        } else if (FinalAdoption.QUORUM.equals(rule.rule())) {
            if (rule.minSignatories() == null) {
                f.add(
                        "finalAdoption.minSignatories",
                        "a quorum rule needs minSignatories, the fewest states that" + " must sign");
            } else if (rule.minSignatories() < 1 || rule.minSignatories() > attending) {
                f.add(
                        "finalAdoption.minSignatories",
                        "minSignatories must be between 1 and the " + attending + " attending states, but is "
                                + rule.minSignatories());
            }
            if (rule.maxNonSigners() != null) {
                f.add(
                        "finalAdoption.maxNonSigners",
                        "maxNonSigners belongs to the consensus rule; remove it or use" + " \"consensus\"");
            }
        } else {
            f.add(
                    "finalAdoption.rule",
                    "the final adoption rule must be \"consensus\" or \"quorum\", not \"" + rule.rule() + "\"");
        }
    }

    private static void injects(Findings f, List<Inject> injects) {
        f.unique("injects", injects, Inject::id, "inject");
        for (int i = 0; i < injects.size(); i++) {
            f.id("injects[" + i + "].id", injects.get(i).id());
            f.text("injects[" + i + "].title", injects.get(i).title(), "the inject title");
            f.text("injects[" + i + "].text", injects.get(i).text(), "the inject text");
        }
    }

    /** The real summit's wordings must be wordings of the scenario's clauses. */
    private static void adoptedText(Findings f, Scenario scenario) {
        if (scenario.debrief() != null) {
            scenario.debrief()
                    .adoptedText()
                    .forEach((clause, option) ->
                            DelegationValidator.option(f, scenario, "debrief.adoptedText." + clause, clause, option));
        }
    }

    private static void debrief(Findings f, Debrief debrief, int attending) {
        if (debrief == null || debrief.signatoryRange() == null) {
            return;
        }
        Debrief.Range r = debrief.signatoryRange();
        if (r.min() < 0 || (r.max() != null && r.min() > r.max())) {
            f.add(
                    "debrief.signatoryRange",
                    "min must be at least 0 and not more than max, but the range is " + r.min() + ".." + r.max());
        } else if (r.openEnded() && r.min() > attending) {
            f.add(
                    "debrief.signatoryRange.min",
                    "min is " + r.min() + ", more than the " + attending + " attending states that could sign");
        } else if (!r.openEnded() && r.max() > attending) {
            f.add(
                    "debrief.signatoryRange.max",
                    "max is " + r.max() + ", more than the " + attending + " attending states that could sign");
        }
    }
}
