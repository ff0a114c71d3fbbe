package org.summitsim.client.classroom;

/** One of a class's parallel rooms: what students join with and what the teacher runs it with. */
public record World(int number, String room, String code, String facilitatorToken, String label) {}
