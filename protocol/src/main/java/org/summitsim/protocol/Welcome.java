package org.summitsim.protocol;

import org.summitsim.core.view.PlayerView;

/**
 * Everything a client needs to show a room, sent on joining and on request. {@code reportCommand},
 * for the facilitator only: the command that makes the room's reports in the folder where the
 * server runs ({@code ./summit report ROOM}, with {@code --data FOLDER} unless the default).
 */
public record Welcome(
        String id,
        String room,
        String code,
        String label,
        String role,
        String seat,
        String player,
        String name,
        String token,
        PublicScenario scenario,
        RulesInForce rules,
        PlayerView view,
        Clock clock,
        Presence presence,
        String reportCommand)
        implements ServerMessage {}
