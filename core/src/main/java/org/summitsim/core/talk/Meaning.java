package org.summitsim.core.talk;

import org.summitsim.core.scenario.Decision;

/** What a name in a message refers to. */
sealed interface Meaning {

    record Clause(String clause) implements Meaning {}

    record Option(String clause, String option) implements Meaning {}

    record Seat(String seat) implements Meaning {}

    /**
     * An amendment named by its id ("A45", "amendment 45") that is not open: adopted, rejected,
     * withdrawn or never tabled. An open one is named as its wording ({@link Option}) instead.
     */
    record NotOpen(String amendment) implements Meaning {}

    /** A final decision named as such: "sign", "push for binding law". */
    record Choice(Decision decision) implements Meaning {}
}
