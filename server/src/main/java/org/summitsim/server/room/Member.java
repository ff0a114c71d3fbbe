package org.summitsim.server.room;

import java.util.Locale;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.view.Viewer;

/** A connection in a room: a seat's player (a person, or a program that said so), a spectator or the facilitator. Room loop only. */
public final class Member {

    public enum Role {
        PLAYER,
        SPECTATOR,
        FACILITATOR
    }

    final String player;
    final MemberLink connection;
    String name;
    Role role;
    String seat;
    /**
     * A program plays the seat (it joined with {@code bot}): it is not a person the room waits
     * for, and its commands are paced as the room's own bots' are ({@link NetworkBots}).
     */
    boolean program;
    /** The last event seq this member was sent or covered by a welcome's view. */
    long sentSeq;

    boolean gone;
    /** The last {@link #viewer()}, for the role and seat it was made for. */
    private Viewer viewer;
    /** This member's number among its seat's humans, for pseudonyms ("Delegate 2 (Germany)"). */
    int delegate;

    Member(String player, MemberLink connection, String name, Role role, String seat) {
        this.player = player;
        this.connection = connection;
        this.name = name;
        this.role = role;
        this.seat = seat;
    }

    public String player() {
        return player;
    }

    /** Who this member reads as; asked for every event delivered, so made once per role and seat. */
    Viewer viewer() {
        Viewer v = viewer;
        if (v == null
                || v.kind() != kind(role)
                || role == Role.PLAYER && !v.seat().equals(seat)) {
            v = switch (role) {
                case PLAYER -> Viewer.seat(seat);
                case SPECTATOR -> Viewer.SPECTATOR;
                case FACILITATOR -> Viewer.FACILITATOR;
            };
            viewer = v;
        }
        return v;
    }

    private static Viewer.Kind kind(Role role) {
        return switch (role) {
            case PLAYER -> Viewer.Kind.SEAT;
            case SPECTATOR -> Viewer.Kind.SPECTATOR;
            case FACILITATOR -> Viewer.Kind.FACILITATOR;
        };
    }

    Actor actor() {
        return role == Role.FACILITATOR ? Actor.FACILITATOR : Actor.seat(seat);
    }

    String roleName() {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
