package org.summitsim.client.report.journal;

import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Stage;

/**
 * One event of a journal with its place in the log, the server's time ({@code 0} in headless
 * matches, which have no clock) and the stage the match was in when it happened.
 */
public record LoggedEvent(long seq, long time, Stage stage, Event event) {}
