package org.summitsim.core.scenario;

/** A real-world grouping of delegations, shown publicly (e.g. "treaty champions"). */
public record Bloc(String id, String name, String description) {}
