package org.summitsim.core.view;

import java.util.Map;

/**
 * Something the seat may do now, with the ids it takes, so clients can complete commands and
 * bots need not guess. Free-text commands (say, dm) list the text as an empty argument; {@code offer}
 * names only the addressee, the promises on each side are the seat's to choose.
 */
public record LegalAction(String command, Map<String, String> args) {}
