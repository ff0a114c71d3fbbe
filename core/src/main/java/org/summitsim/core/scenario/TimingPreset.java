package org.summitsim.core.scenario;

/** A named timing for a class of a given length, e.g. "45" minutes. */
public record TimingPreset(String id, String label, Integer minutes, Timing timing) {}
