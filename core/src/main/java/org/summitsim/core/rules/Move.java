package org.summitsim.core.rules;

/** A command with who sends it and the stage they saw when sending it. */
public record Move(Actor actor, Stage stage, Command command) {}
