package org.summitsim.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be read, or was read but is not valid. Carries every problem found, so a
 * teacher fixes a file in one pass instead of one error per run.
 */
public final class ScenarioException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    public ScenarioException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name, shipped id or other label of what was being read. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        String head = source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
