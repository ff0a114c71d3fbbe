package org.summitsim.core.scenario;

/**
 * One thing wrong with a scenario file, for a person to fix.
 *
 * @param path    where: a JSON path such as {@code delegations[3].preferences.breadth}, a
 *                {@code line L, column C} for bad JSON syntax, or empty for the file as a whole
 * @param message what is wrong, as a plain sentence
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
