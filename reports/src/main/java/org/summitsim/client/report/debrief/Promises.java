package org.summitsim.client.report.debrief;

import java.util.List;
import java.util.stream.Collectors;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TextCondition;

/** A promise in words, e.g. "support on A2", "sign if “Process” reads “Commission”". */
public final class Promises {

    private Promises() {}

    public static String describe(Scenario s, Promise promise) {
        if (promise instanceof Promise.Vote v) {
            return v.ballot().verb() + " amendment " + v.amendment();
        }
        if (promise instanceof Promise.Decide d) {
            String what = d.decision().inWords();
            return d.conditions().isEmpty() ? what : what + " if " + conditions(s, d.conditions());
        }
        if (promise instanceof Promise.Support sup) {
            return "support " + Labels.clauseTitle(s, sup.clause()) + ": "
                    + Labels.option(s, sup.clause(), sup.option());
        }
        return String.valueOf(promise);
    }

    /**
     * A pledge by what it promises: "Promised to sign if Process reads Commission", "Promised to
     * push for binding law if enough states push with it".
     */
    public static String pledge(Scenario s, Event.PledgeMade p) {
        String when = conditions(s, p.conditions());
        if (Boolean.TRUE.equals(p.ifCoalition())) {
            when = (when.isEmpty() ? "" : when + " and ") + "enough states push with it";
        }
        return "Promised to " + Labels.decisionVerb(p.decision()) + (when.isEmpty() ? "" : " if " + when);
    }

    private static String conditions(Scenario s, List<TextCondition> conditions) {
        return conditions.stream().map(c -> condition(s, c)).collect(Collectors.joining(" and "));
    }

    /** "“Where the work continues” reads “A” or “B”": titles and wordings quoted, or a long one runs on. */
    public static String condition(Scenario s, TextCondition c) {
        return "\u201c" + Labels.clauseTitle(s, c.clause()) + "\u201d reads "
                + c.options().stream()
                        .map(o -> "\u201c" + Labels.option(s, c.clause(), o) + "\u201d")
                        .collect(Collectors.joining(" or "));
    }
}
