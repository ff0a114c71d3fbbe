package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/**
 * Checks a rule script before it plays (docs/BOTS.md, "Rule scripts"): a phase, decision, ballot,
 * clause, wording or delegation a rule names must exist, and each action must do one thing, or
 * the rule would never fire and the teacher would never know why. With no scenario at hand (a bot
 * joining over the network), the names of clauses and delegations are left to the room.
 */
final class ScriptCheck {

    private static final Pattern PHASE = Pattern.compile("(BRIEFING|OPENING|ROUND|ROUND [1-9][0-9]?|FINAL)");

    private final String source;
    private final Scenario scenario;
    private final List<String> problems = new ArrayList<>();

    private ScriptCheck(String source, Scenario scenario) {
        this.source = source;
        this.scenario = scenario;
    }

    /** Throws, naming every problem (where, what, what is allowed), unless the script is sound. */
    static void check(Script script, String source, Scenario scenario) {
        ScriptCheck c = new ScriptCheck(source, scenario);
        for (int i = 0; i < script.rules().size(); i++) {
            c.rule("rule " + (i + 1), script.rules().get(i));
        }
        if (!c.problems.isEmpty()) {
            throw new IllegalArgumentException("The bot script " + source + " has "
                    + (c.problems.size() == 1 ? "a problem" : c.problems.size() + " problems") + ":\n  - "
                    + String.join("\n  - ", c.problems));
        }
    }

    private void rule(String where, Script.Rule r) {
        Script.When w = r.when();
        if (w.phase() != null
                && !PHASE.matcher(w.phase().trim().toUpperCase(Locale.ROOT)).matches()) {
            problem(where, "when.phase", w.phase(), "use OPENING, ROUND, ROUND 2 (any round by its number) or FINAL");
        }
        if (w.text() != null) {
            w.text().forEach((clause, options) -> wordings(where, "when.text", clause, options));
        }
        if (w.amendment() != null) {
            if (w.amendment().clause() == null) {
                problems.add(where + ", when.amendment: name the clause (\"clause\"; \"option\" may narrow it).");
            } else {
                wordings(
                        where,
                        "when.amendment",
                        w.amendment().clause(),
                        w.amendment().option() == null
                                ? List.of()
                                : List.of(w.amendment().option()));
            }
        }
        if (w.pledged() != null) {
            seat(where, "when.pledged.seat", w.pledged().seat(), false);
            decision(where, "when.pledged.decision", w.pledged().decision(), true);
        }
        if (w.voted() != null) {
            seat(where, "when.voted.seat", w.voted().seat(), false);
            wordings(where, "when.voted", w.voted().clause(), List.of());
            ballot(where, "when.voted.ballot", w.voted().ballot(), true);
        }
        if (w.decided() != null) {
            seat(where, "when.decided", w.decided(), false);
        }
        if (w.offerFrom() != null) {
            seat(where, "when.offerFrom", w.offerFrom(), true);
        }
        if (r.then().isEmpty()) {
            problems.add(where + ": \"then\" lists no action, so the rule does nothing.");
        }
        for (int i = 0; i < r.then().size(); i++) {
            action(where + ", action " + (i + 1), r.then().get(i), w);
        }
    }

    private void action(String where, Script.Action a, Script.When w) {
        List<String> set = new ArrayList<>();
        add(set, "say", a.say());
        add(set, "dm", a.dm());
        add(set, "propose", a.propose());
        add(set, "vote", a.vote());
        add(set, "cosponsor", a.cosponsor());
        add(set, "pledge", a.pledge());
        add(set, "decide", a.decide());
        add(set, "accept", a.accept());
        add(set, "decline", a.decline());
        add(set, "ready", a.ready());
        if (set.size() != 1) {
            problems.add(where + ": an action does exactly one thing (say, dm, propose, vote, cosponsor, pledge,"
                    + " decide, accept, decline or ready); this one "
                    + (set.isEmpty() ? "does none" : "sets " + String.join(" and ", set)) + ".");
            return;
        }
        if (a.statement() != null && a.decide() == null) {
            problems.add(where + ": \"statement\" goes with \"decide\" only.");
        }
        if ((a.vote() != null || a.cosponsor() != null) && w.amendment() == null) {
            problems.add(where + ": \"" + set.get(0) + "\" acts on the amendment the rule matches; add"
                    + " \"amendment\": {\"clause\": ...} to its \"when\".");
        }
        if ((a.accept() != null || a.decline() != null) && w.offerFrom() == null) {
            problems.add(where + ": \"" + set.get(0) + "\" answers the offer the rule matches; add \"offerFrom\""
                    + " (a delegation's id, or \"any\") to its \"when\".");
        }
        if (a.vote() != null) {
            ballot(where, "vote", a.vote(), false);
        }
        if (a.decide() != null) {
            decision(where, "decide", a.decide(), false);
        }
        if (a.pledge() != null) {
            decision(where, "pledge.decision", a.pledge().decision(), false);
            if (a.pledge().conditions() != null) {
                a.pledge()
                        .conditions()
                        .forEach((clause, options) -> wordings(where, "pledge.conditions", clause, options));
            }
        }
        if (a.propose() != null) {
            if (a.propose().clause() == null || a.propose().option() == null) {
                problems.add(where + ", propose: name the \"clause\" and the \"option\" (the new wording).");
            } else {
                wordings(
                        where,
                        "propose",
                        a.propose().clause(),
                        List.of(a.propose().option()));
            }
        }
        if (a.dm() != null) {
            seat(where, "dm.to", a.dm().to(), false);
            if (a.dm().text() == null || a.dm().text().isBlank()) {
                problems.add(where + ", dm: the message has no \"text\".");
            }
        }
        if (a.say() != null && a.say().isBlank()) {
            problems.add(where + ", say: the statement is empty.");
        }
    }

    private static void add(List<String> set, String name, Object value) {
        if (value != null) {
            set.add(name);
        }
    }

    private void decision(String where, String field, String value, boolean optional) {
        word(where, field, value, optional, Decision::parse, "use sign, abstain or push");
    }

    private void ballot(String where, String field, String value, boolean optional) {
        word(where, field, value, optional, Ballot::parse, "use support, oppose or abstain");
    }

    /** A value that {@code parse} must read (it throws on what it cannot), or a problem saying what is allowed. */
    private void word(
            String where, String field, String value, boolean optional, Function<String, ?> parse, String allowed) {
        if (value == null) {
            if (!optional) {
                problem(where, field, null, allowed);
            }
            return;
        }
        try {
            parse.apply(value);
        } catch (IllegalArgumentException e) {
            problem(where, field, value, allowed);
        }
    }

    private void seat(String where, String field, String id, boolean anyAllowed) {
        if (id == null) {
            problem(where, field, null, "name a delegation by its id");
            return;
        }
        if (scenario == null
                || anyAllowed && id.equals("any")
                || scenario.delegation(id).isPresent()) {
            return;
        }
        problem(
                where,
                field,
                id,
                "use one of "
                        + String.join(
                                ", ",
                                scenario.delegations().stream().map(d -> d.id()).toList())
                        + (anyAllowed ? ", or any" : ""));
    }

    /** A clause by its id, and each of {@code options} one of its wordings. */
    private void wordings(String where, String field, String clauseId, List<String> options) {
        if (clauseId == null) {
            problem(where, field, null, "name the clause by its id");
            return;
        }
        if (scenario == null) {
            return;
        }
        Clause clause = scenario.clauses().stream()
                .filter(c -> c.id().equals(clauseId))
                .findFirst()
                .orElse(null);
        if (clause == null) {
            problem(
                    where,
                    field,
                    clauseId,
                    "the clauses are "
                            + String.join(
                                    ", ",
                                    scenario.clauses().stream().map(Clause::id).toList()));
            return;
        }
        List<String> known = clause.options().stream().map(ClauseOption::id).toList();
        for (String o : options == null ? List.<String>of() : options) {
            if (!known.contains(o)) {
                problem(where, field + " (" + clauseId + ")", o, "its wordings are " + String.join(", ", known));
            }
        }
    }

    private void problem(String where, String field, String value, String allowed) {
        problems.add(where + ", " + field + ": "
                + (value == null ? "missing" : "\"" + value + "\" is not known")
                + "; " + allowed + ".");
    }
}
