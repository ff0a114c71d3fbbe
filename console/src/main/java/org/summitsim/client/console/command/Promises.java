package org.summitsim.client.console.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/**
 * Reads the promises in pledges and deals from words:
 * {@code vote A1 support}, {@code support human=meaningful}, {@code sign}, {@code push if instrument=negotiate},
 * {@code abstain if human=meaningful,oversight process=un}.
 */
final class Promises {

    /** What was read, and where the words after it start. */
    record Read<T>(T value, int next) {}

    private Promises() {}

    /** {@code missing}: the sentence that says which side of the deal is missing, should it be. */
    static Read<Promise> promise(Invocation in, int i, ConsoleContext ctx, String missing) {
        String w = in.arg(i);
        if (w == null || (w.equalsIgnoreCase("for") && i == 1)) {
            throw usage(missing);
        }
        if (w.equalsIgnoreCase("vote")) {
            String amendment = in.arg(i + 1);
            String ballot = in.arg(i + 2);
            if (amendment == null || ballot == null) {
                throw usage("A vote promise names the amendment and the vote: `vote A1 support`.");
            }
            if (AmendmentCommands.isBallot(amendment)) {
                // "vote abstain on negotiate": a vote is promised on an amendment, named first.
                throw usage("A vote is promised on an amendment, named first: `vote A1 "
                        + amendment.toLowerCase(java.util.Locale.ROOT) + "`"
                        + openAmendments(ctx)
                        + ". To promise a wording instead, whatever amendment proposes it: `support CLAUSE=OPTION`.");
            }
            try {
                return new Read<>(new Promise.Vote(Resolve.amendment(ctx, amendment), Ballot.parse(ballot)), i + 3);
            } catch (IllegalArgumentException e) {
                throw usage("\"" + ballot + "\" is not a vote; use support, oppose or abstain.");
            }
        }
        if (w.equalsIgnoreCase("support")) {
            String wording = in.arg(i + 1);
            if (wording == null || wording.indexOf('=') <= 0 || wording.endsWith("=")) {
                throw usage("A support promise names a wording as CLAUSE=OPTION: `support human=meaningful`.");
            }
            int eq = wording.indexOf('=');
            return new Read<>(new Promise.Support(wording.substring(0, eq), wording.substring(eq + 1)), i + 2);
        }
        int at = w.equalsIgnoreCase("decide") ? i + 1 : i;
        Decision d = decision(in.arg(at), "offer");
        Read<List<TextCondition>> conditions = conditions(in, at + 1);
        return new Read<>(new Promise.Decide(d, conditions.value()), conditions.next());
    }

    /** " (open now: A3, A5)", or " (no amendment is open now)". */
    private static String openAmendments(ConsoleContext ctx) {
        var view = ctx.state().view();
        List<String> open = view == null
                ? List.of()
                : view.amendments().stream()
                        .filter(a -> a.status().equals("open"))
                        .map(a -> a.id())
                        .toList();
        return open.isEmpty() ? " (no amendment is open now)" : " (open now: " + String.join(", ", open) + ")";
    }

    /** A decision typed for {@code command} (decide, pledge, offer), whose help a mistake points to. */
    static Decision decision(String word, String command) {
        String hint = "Type `help " + command + "` for examples.";
        if (word == null) {
            throw new ConsoleError("Say the decision: sign, abstain or push.", hint);
        }
        try {
            return Decision.parse(word);
        } catch (IllegalArgumentException e) {
            throw new ConsoleError("\"" + word + "\" is not a decision; use sign, abstain or push.", hint);
        }
    }

    /** Optional {@code if CLAUSE=OPTION[,OPTION] ...}; stops at the first word without '='. */
    static Read<List<TextCondition>> conditions(Invocation in, int i) {
        List<TextCondition> out = new ArrayList<>();
        if (!"if".equalsIgnoreCase(in.arg(i))) {
            return new Read<>(out, i);
        }
        int at = i + 1;
        for (String w = in.arg(at); w != null && (w.indexOf('=') > 0 || joins(in, at)); w = in.arg(++at)) {
            if (w.indexOf('=') < 0) {
                continue; // "and" between two conditions, as people write them
            }
            String clause = w.substring(0, w.indexOf('='));
            List<String> options = Arrays.stream(w.substring(w.indexOf('=') + 1).split(","))
                    .filter(s -> !s.isBlank())
                    .toList();
            for (String o : options) {
                if (o.indexOf('=') > 0) {
                    // "human=meaningful,instrument=consider": a second clause after a comma reads as a wording.
                    throw new ConsoleError(
                            "\"" + o + "\" is a second clause inside one condition.",
                            "Separate conditions on different clauses with a space, and wordings of one clause with a"
                                    + " comma: `if " + clause + "="
                                    + String.join(",", options.subList(0, options.indexOf(o)))
                                    + " " + String.join(" ", options.subList(options.indexOf(o), options.size()))
                                    + "`.");
                }
            }
            out.add(new TextCondition(clause, options));
        }
        if (out.isEmpty()) {
            throw usage("After `if`, name the text you need as CLAUSE=OPTION, e.g. `if human=meaningful`.");
        }
        return new Read<>(out, at);
    }

    /** Whether the word at {@code at} is an "and" joining two conditions ("human=chain and weapons=silent"). */
    private static boolean joins(Invocation in, int at) {
        String next = in.arg(at + 1);
        return "and".equalsIgnoreCase(in.arg(at)) && next != null && next.indexOf('=') > 0;
    }

    private static ConsoleError usage(String message) {
        return new ConsoleError(message, "Type `help pledge` or `help offer` for examples.");
    }
}
