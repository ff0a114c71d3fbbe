package org.summitsim.core.scenario;

/** A pointer to one wording of one clause: "clause reads option". */
public record OptionRef(String clause, String option) {

    @Override
    public String toString() {
        return clause + "=" + option;
    }
}
