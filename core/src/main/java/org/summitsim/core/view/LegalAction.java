package org.summitsim.core.view;

import java.util.Map;

/**
 * Something the seat may do now, with the ids it takes, so clients can complete commands and
 * bots need not guess. Free-text commands (say, dm) list the text as an empty argument.
 */
public record LegalAction(String command, Map<String, String> args) {
}
