package org.summitsim.core.scenario;

/**
 * Phase durations in seconds and the number of negotiation rounds.
 *
 * @param decision seconds for the sealed final decisions (the FINAL phase)
 */
public record Timing(Integer briefing, Integer opening, Integer round, Integer rounds, Integer decision) {}
