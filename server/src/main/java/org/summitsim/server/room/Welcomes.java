package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.match.Match;
import org.summitsim.protocol.PublicScenario;
import org.summitsim.protocol.RulesInForce;
import org.summitsim.protocol.Welcome;
import org.summitsim.protocol.Wire;

/**
 * The welcome a member gets on entering (and again when its seat or token changes): who it is,
 * the scenario, the rules in force, its view, the clock and who is here; then, for one coming
 * back, the events it missed that it may read. Room loop only.
 */
final class Welcomes {

    private final Room room;
    /** The same for every member; made on the first welcome. */
    private PublicScenario publicScenario;

    Welcomes(Room room) {
        this.room = room;
    }

    /** Welcomes {@code m}, in reply to {@code rid}; {@code lastSeq}: the last event it saw (null: sends none). */
    void welcome(Member m, String rid, Long lastSeq) {
        long n = room.match().lastSeq();
        String token = switch (m.role) {
            case PLAYER -> room.seats.get(m.seat).token;
            case FACILITATOR -> room.facilitatorToken;
            case SPECTATOR -> null;
        };
        if (publicScenario == null) {
            publicScenario = PublicScenario.of(room.scenario);
        }
        var settings = room.match().state().settings();
        var options = room.options;
        boolean pseudonyms = options.pseudonymous();
        RulesInForce rules = new RulesInForce(
                settings.timing(),
                settings.adoption(),
                settings.adoption().inWords(),
                settings.facilitatorReadsPrivate(),
                pseudonyms,
                RulesInForce.privacy(
                        settings.facilitatorReadsPrivate(), pseudonyms, room.presence.alias(m), m.seat != null),
                options.absent(),
                options.graceSeconds(),
                room.scenario.defaultDecision(),
                options.bot(),
                options.lobbyMinutesOrDefault(),
                options.handoverOrDefault(),
                room.scenario.binding().failedPushCost(),
                room.scenario.binding().signingHedges(),
                Pace.of(options).name(),
                Pace.of(options).voteWindowSeconds());
        Welcome w = new Welcome(
                rid,
                room.id,
                room.code,
                options.label(),
                m.roleName(),
                m.seat,
                m.player,
                m.name,
                token,
                publicScenario,
                rules,
                room.match().view(m.viewer()),
                room.deadline.message(null),
                room.presence.presence(null, m.role == Member.Role.FACILITATOR),
                // Where the server keeps its rooms is the facilitator's business only.
                m.role == Member.Role.FACILITATOR ? ReportCommand.of(room.id, room.journal.file()) : null);
        List<byte[]> lines = new ArrayList<>();
        lines.add(Wire.encode(w));
        if (lastSeq != null) {
            for (Match.Sequenced s : readable(m, room.match().eventsFor(m.viewer(), lastSeq))) {
                lines.add(room.fanOut.encodeEvent(null, s));
            }
        }
        m.sentSeq = n;
        room.fanOut.send(() -> lines.forEach(m.connection::send));
    }

    /** What of {@code events} the member may read: a seat's history from before a fresh handover is not theirs. */
    List<Match.Sequenced> readable(Member m, List<Match.Sequenced> events) {
        return m.role == Member.Role.PLAYER ? room.seats.get(m.seat).readable(events) : events;
    }
}
