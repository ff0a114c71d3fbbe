package org.summitsim.server.room;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * What one agent may do at its seat, for as long as it plays it: once the seat has another agent
 * (or a person), its moves are refused and its timers and turns dropped, so an agent that was
 * replaced cannot act late. Room loop only.
 */
final class AgentControl implements SeatControl {

    private final Room room;
    private final Seat seat;
    private final SeatAgent agent;

    AgentControl(Room room, Seat seat, SeatAgent agent) {
        this.room = room;
        this.seat = seat;
        this.agent = agent;
    }

    private boolean current() {
        return seat.agent == agent;
    }

    @Override
    public String seat() {
        return seat.id;
    }

    @Override
    public Scenario scenario() {
        return room.scenario;
    }

    @Override
    public PlayerView view() {
        return room.match().view(Viewer.seat(seat.id));
    }

    @Override
    public long lastSeq() {
        return room.match().lastSeq();
    }

    @Override
    public List<Match.Sequenced> eventsAfter(long seq) {
        return room.match().eventsFor(Viewer.seat(seat.id), seq);
    }

    @Override
    public boolean over() {
        return room.match().state().over() || room.closing() || !current();
    }

    @Override
    public Verdict submit(Command command) {
        if (!current()) {
            return Verdict.reject(RejectionCode.FORBIDDEN, "This seat is no longer played by this agent.");
        }
        if (room.closing()) {
            return Verdict.reject(RejectionCode.MATCH_OVER, "This room takes no more moves.");
        }
        Verdict v =
                room.submit(new Move(Actor.seat(seat.id), room.match().state().stage(), command));
        if (v.accepted()) {
            room.peopleFirst.sent(command);
        }
        return v;
    }

    @Override
    public String crowding(Command command) {
        return room.peopleFirst.crowding(command);
    }

    @Override
    public RoomClock.Timer schedule(Runnable task, long delayMs) {
        return room.clock()
                .schedule(
                        () -> room.run(() -> {
                            if (current()) {
                                task.run();
                            }
                        }),
                        delayMs);
    }

    @Override
    public boolean person(String seatId) {
        return room.agents.playedByPerson(seatId);
    }

    @Override
    public boolean paced() {
        return room.pacer.paced();
    }

    @Override
    public long spreadMs() {
        return room.pacer.spreadMs();
    }

    @Override
    public void turn(long delayMs, boolean urgent, BooleanSupplier turn) {
        room.pacer.request(agent, delayMs, urgent, () -> current() && turn.getAsBoolean());
    }
}
