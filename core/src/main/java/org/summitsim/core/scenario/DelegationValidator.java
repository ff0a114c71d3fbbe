package org.summitsim.core.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delegation half of {@link ScenarioValidator}: delegations, their preferences and history,
 * and the background states. Weight ranges are public so the authoring guide and tools quote
 * the same numbers the validator enforces.
 */
public final class DelegationValidator {

    public static final int VALUE_MIN = -10;
    public static final int VALUE_MAX = 10;
    public static final int COST_MAX = 10;
    public static final int DECISION_MIN = -10;
    public static final int DECISION_MAX = 10;
    public static final int WEIGHT_MAX = 20;
    public static final int BINDING_MIN = -20;
    public static final int BINDING_MAX = 20;
    public static final int RED_LINE_PENALTY_MAX = 30;
    public static final int INFLUENCE_MAX = 10;
    public static final List<String> ATTENDED = List.of("yes", "no", "not-invited", "unclear");

    private DelegationValidator() {}

    static void validate(Findings f, Scenario s) {
        // Delegations and background states share one namespace: the tally keys both by id.
        Set<String> ids = new HashSet<>();
        f.unique("delegations", s.delegations(), Delegation::id, "delegation", ids);
        f.unique("backgroundStates", s.backgroundStates(), BackgroundState::id, "delegation or background state", ids);
        if (s.playable().size() < 2) {
            f.add(
                    "delegations",
                    "a summit needs at least 2 playable delegations, but has "
                            + s.playable().size());
        }
        for (int i = 0; i < s.delegations().size(); i++) {
            delegation(f, s, "delegations[" + i + "]", s.delegations().get(i));
        }
        for (int i = 0; i < s.backgroundStates().size(); i++) {
            background(f, s, "backgroundStates[" + i + "]", s.backgroundStates().get(i));
        }
    }

    static boolean isPlayable(Scenario s, String id) {
        return s.delegation(id).map(Delegation::playable).orElse(false);
    }

    private static void delegation(Findings f, Scenario s, String at, Delegation d) {
        f.id(at + ".id", d.id());
        f.text(at + ".name", d.name(), "the name");
        if (d.playable()) {
            f.text(at + ".brief", d.brief(), "the private brief of a playable delegation");
        }
        if (d.bloc() != null && s.blocs().stream().noneMatch(b -> b.id().equals(d.bloc()))) {
            f.add(
                    at + ".bloc",
                    "bloc \"" + d.bloc() + "\" is not defined in blocs"
                            + known(d.bloc(), s.blocs().stream().map(Bloc::id).toList()));
        }
        preferences(f, s, at + ".preferences", d);
        history(f, at + ".history", d.history());
        if (d.history() != null && d.history().standIn()) {
            f.add(
                    at + ".history.standIn",
                    "a delegation is a real state, not a stand-in; only background groups"
                            + " may stand in for governments the scenario does not name");
        }
        f.sources(at + ".sources", d.sources());
    }

    private static void preferences(Findings f, Scenario s, String at, Delegation d) {
        Preferences p = d.preferences();
        optionMap(f, s, at + ".clauses", p.clauses(), VALUE_MIN, VALUE_MAX, "a clause value");
        optionMap(f, s, at + ".costs", p.costs(), 0, COST_MAX, "a cost");
        for (int i = 0; i < p.redLines().size(); i++) {
            OptionRef r = p.redLines().get(i);
            option(f, s, at + ".redLines[" + i + "]", r.clause(), r.option());
        }
        f.range(at + ".redLinePenalty", p.redLinePenalty(), 0, RED_LINE_PENALTY_MAX, "the red-line penalty");
        if (!p.redLines().isEmpty() && p.redLinePenalty() == 0) {
            f.add(
                    at + ".redLinePenalty",
                    "red lines are listed but redLinePenalty is 0 or missing, so crossing them costs nothing; set"
                            + " it from 1 to " + RED_LINE_PENALTY_MAX + " (the points a red line crossed costs)");
        }
        p.decisions()
                .forEach((decision, value) ->
                        f.range(at + ".decisions." + decision, value, DECISION_MIN, DECISION_MAX, "a decision value"));
        f.range(at + ".breadth", p.breadth(), 0, WEIGHT_MAX, "breadth");
        f.range(at + ".binding", p.binding(), BINDING_MIN, BINDING_MAX, "binding");
        f.range(at + ".standing", p.standing(), 0, WEIGHT_MAX, "standing");
        f.range(at + ".trust", p.trust(), 0, WEIGHT_MAX, "trust");
        f.range(at + ".influence", p.influence(), 0, INFLUENCE_MAX, "influence");
        f.range(at + ".endorsement", p.endorsement(), 0, WEIGHT_MAX, "endorsement");
        for (int i = 0; i < p.partners().size(); i++) {
            String partner = p.partners().get(i);
            String where = at + ".partners[" + i + "]";
            if (partner.equals(d.id())) {
                f.add(where, "a delegation cannot be its own partner");
            } else if (!isPlayable(s, partner)
                    && s.backgroundStates().stream().noneMatch(b -> b.id().equals(partner) && b.attended())) {
                List<String> could = new java.util.ArrayList<>(
                        s.playable().stream().map(Delegation::id).toList());
                s.backgroundStates().stream().filter(b -> b.attended()).forEach(b -> could.add(b.id()));
                could.remove(d.id());
                f.add(
                        where,
                        "partner \"" + partner + "\" is neither a playable delegation nor an attending background state"
                                + known(partner, could));
            }
        }
    }

    /** A clause → option → number map, as used for values and costs. */
    private static void optionMap(
            Findings f, Scenario s, String at, Map<String, Map<String, Integer>> map, int min, int max, String what) {
        map.forEach((clauseId, options) -> {
            String clauseAt = at + "." + clauseId;
            if (s.clause(clauseId).isEmpty()) {
                f.add(
                        clauseAt,
                        "\"" + clauseId + "\" is not a clause"
                                + known(
                                        clauseId,
                                        s.clauses().stream().map(Clause::id).toList()));
                return;
            }
            options.forEach((optionId, value) -> {
                if (option(f, s, clauseAt, clauseId, optionId)) {
                    f.range(clauseAt + "." + optionId, value, min, max, what);
                }
            });
        });
    }

    /** Reports at {@code at} unless clause and option exist; returns whether they do. */
    static boolean option(Findings f, Scenario s, String at, String clauseId, String optionId) {
        Clause clause = s.clause(clauseId).orElse(null);
        if (clause == null) {
            f.add(
                    at,
                    "\"" + clauseId + "\" is not a clause"
                            + known(
                                    clauseId,
                                    s.clauses().stream().map(Clause::id).toList()));
            return false;
        }
        if (clause.option(optionId).isEmpty()) {
            f.add(
                    at,
                    "option \"" + optionId + "\" is not an option of clause \"" + clauseId + "\""
                            + known(optionId, clause.optionIds()).replace("(known: ", "(options: "));
            return false;
        }
        return true;
    }

    private static void history(Findings f, String at, History h) {
        if (h != null && !ATTENDED.contains(h.attended())) {
            f.add(
                    at + ".attended",
                    "attended must be one of " + String.join(", ", ATTENDED) + ", not \"" + h.attended() + "\"");
        }
        if (h != null) {
            f.sources(at + ".sources", h.sources());
        }
    }

    private static void background(Findings f, Scenario s, String at, BackgroundState b) {
        f.id(at + ".id", b.id());
        f.text(at + ".name", b.name(), "the name");
        if (b.count() < 1) {
            f.add(
                    at + ".count",
                    "count is how many states the group stands for and must be at least 1, but is " + b.count());
        }
        history(f, at + ".history", b.history());
        BackgroundRule rule = b.rule();
        if (!b.attended()) {
            if (rule != null) {
                f.add(
                        at + ".rule",
                        "a state that did not attend never decides; remove the rule or set attended to true");
            }
            return;
        }
        if (rule == null) {
            f.add(at + ".rule", "an attending background state needs a rule: follows, signsIf or decision");
            return;
        }
        rule(f, s, at + ".rule", rule);
    }

    private static void rule(Findings f, Scenario s, String at, BackgroundRule rule) {
        int forms = (rule.follows() != null ? 1 : 0)
                + (rule.signsIf().isEmpty() ? 0 : 1)
                + (rule.decision() != null ? 1 : 0);
        if (forms != 1) {
            f.add(
                    at,
                    "a rule needs exactly one of follows, signsIf or decision (pushesWith may come on top),"
                            + " but has " + forms);
        }
        if (rule.pushesWith() != null && !isPlayable(s, rule.pushesWith())) {
            f.add(at + ".pushesWith", "\"" + rule.pushesWith() + "\" is not a playable delegation");
        }
        if (rule.otherwise() != null && rule.signsIf().isEmpty()) {
            f.add(at + ".otherwise", "otherwise only applies together with signsIf");
        }
        if (rule.follows() != null && !isPlayable(s, rule.follows())) {
            f.add(at + ".follows", "\"" + rule.follows() + "\" is not a playable delegation");
        }
        for (int i = 0; i < rule.signsIf().size(); i++) {
            TextCondition c = rule.signsIf().get(i);
            String where = at + ".signsIf[" + i + "]";
            if (s.clause(c.clause()).isEmpty()) {
                f.add(
                        where + ".clause",
                        "\"" + c.clause() + "\" is not a clause"
                                + known(
                                        c.clause(),
                                        s.clauses().stream().map(Clause::id).toList()));
                continue;
            }
            if (c.options().isEmpty()) {
                f.add(where + ".options", "list at least one option the clause may read");
            }
            for (int j = 0; j < c.options().size(); j++) {
                option(
                        f,
                        s,
                        where + ".options[" + j + "]",
                        c.clause(),
                        c.options().get(j));
            }
        }
    }

    /** The ids there are (each once), and the one {@code asked} was likely meant to be. */
    static String known(String asked, List<String> ids) {
        List<String> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return " (none are defined)";
        }
        String list = " (known: " + String.join(", ", distinct) + ")";
        String closest = asked == null ? null : StructureCheck.closest(asked, distinct);
        return closest == null ? list : list + "; did you mean \"" + closest + "\"?";
    }
}
