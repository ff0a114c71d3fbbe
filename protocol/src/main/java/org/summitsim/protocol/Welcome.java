package org.summitsim.protocol;

import org.summitsim.core.view.PlayerView;

/** Everything a client needs to show a room, sent on joining and on request. */
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
        Presence presence)
        implements ServerMessage {}
