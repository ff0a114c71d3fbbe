package org.summitsim.client.classroom;

/**
 * One of a class's parallel rooms: what students join with and what the teacher runs it with.
 * {@code reportCommand}: the server's command for the room's reports (with its data folder), or
 * null from a server too old to say.
 */
public record World(
        int number, String room, String code, String facilitatorToken, String label, String reportCommand) {}
