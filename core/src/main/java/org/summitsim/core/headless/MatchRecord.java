package org.summitsim.core.headless;

import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;

/** A finished headless match: the outcome, the full event log, and how each bot behaved. */
public record MatchRecord(long seed, Outcome outcome, List<Event> log, Map<String, SeatRecord> seats, int turns) {}
