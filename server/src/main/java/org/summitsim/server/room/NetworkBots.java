package org.summitsim.server.room;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Verdict;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.Wire;

/**
 * Paces the bots that play over the network (a client that joined with {@code bot}: `summit
 * bots`, a Python bot, any program) as the room paces its own, where people play: left alone, a
 * program tables a wording on every clause in the first second of a round and says everything
 * it has at once. So, in a paced room,
 *
 * <ul>
 *   <li>what a program says or tables (statements, private and caucus messages, proposals, deal
 *       offers) waits its turn among the bots ({@link BotPacer}): one at a time, the pace's gap
 *       apart, in the order sent, ahead of the room's own bots' turns (a program's queue is short,
 *       see {@link #MAX_WAITING}); a message or offer to a person goes first. The acknowledgement
 *       comes when it goes through, so a program that waits for it is paced too;
 *   <li>what the room holds back from its own bots ({@link PeopleFirst}: an amendment while the
 *       people table theirs, an offer a person did not ask for moments after another, a vote on a
 *       person's amendment before the room heard the case for it) is refused with {@code
 *       people_first} and the reason: the program tries again later, as the room's bots do.
 * </ul>
 *
 * Votes, deals accepted or declined, pledges and decisions go at once. In a room of bots alone
 * nothing is paced. Room loop only.
 */
final class NetworkBots {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkBots.class);

    private record Sent(String requestId, Move move) {}

    /** At most this much of one program waits for its turn: a program that floods the floor is told to wait. */
    static final int MAX_WAITING = 3;

    private final Room room;
    /** What each program said and is waiting for its turn, in the order sent. */
    private final Map<Member, Deque<Sent>> waiting = new HashMap<>();

    NetworkBots(Room room) {
        this.room = room;
    }

    /** A command from program {@code m} (request {@code rid}): now, later, or refused. */
    void command(Member m, String rid, Move move) {
        if (!room.pacer.paced()) {
            submit(m, rid, move);
            return;
        }
        Command c = move.command();
        String crowding = room.peopleFirst.answers(m.seat, c) ? null : room.peopleFirst.crowding(c);
        if (crowding == null && !spoken(c)) {
            submit(m, rid, move); // at once: the rules answer it as they decide it
            return;
        }
        // A mistake is told at once, with its own reason, never after a wait in line (or as "wait").
        Verdict now = room.match().check(move);
        if (!now.accepted()) {
            refused(m, rid, now);
            return;
        }
        // Refused at once, not after a wait in line, when the room would hold it back now.
        if (crowding != null) {
            refuse(m, rid, crowding);
            return;
        }
        Deque<Sent> queue = waiting.computeIfAbsent(m, k -> new ArrayDeque<>());
        if (queue.size() >= MAX_WAITING && !toAPerson(c)) {
            refuse(
                    m,
                    rid,
                    "What you said before is still waiting for its turn among the bots (" + queue.size() + " things).");
            return;
        }
        boolean wasEmpty = queue.isEmpty();
        if (toAPerson(c)) {
            // A person waits for it: ahead of what the program had to say to the bots.
            int ahead = (int)
                    queue.stream().takeWhile(s -> toAPerson(s.move().command())).count();
            java.util.List<Sent> rest = new java.util.ArrayList<>(queue);
            rest.add(ahead, new Sent(rid, move));
            queue.clear();
            queue.addAll(rest);
            requestTurn(m, queue);
        } else {
            queue.add(new Sent(rid, move));
            if (wasEmpty) {
                requestTurn(m, queue); // else its turn is asked for already, in its place in line
            }
        }
    }

    /**
     * A program's turn comes ahead of the room's own bots' turns that do not answer a person: the
     * room's bots, woken together at the start of a round, would otherwise keep a program waiting
     * a gap for each of them (over a minute in a 24-seat room at the relaxed pace), and a program
     * that waits for its answer cannot answer anyone meanwhile. Its queue is short, so this costs
     * the room's bots a few gaps at most.
     */
    private void requestTurn(Member m, Deque<Sent> queue) {
        room.pacer.request(m, 0, true, () -> turn(m));
    }

    /** Whether anything went through: the first that does holds the floor for the gap. */
    private boolean turn(Member m) {
        Deque<Sent> queue = waiting.get(m);
        if (queue == null) {
            return false;
        }
        if (m.gone) {
            waiting.remove(m); // its connection is closed: nobody to answer
            return false;
        }
        boolean acted = false;
        while (!acted && !queue.isEmpty()) {
            Sent s = queue.poll();
            Command c = s.move().command();
            if (!s.move().actor().equals(m.actor())) {
                // Moved to another seat while it waited: it no longer speaks for the one it wrote as.
                room.fanOut.reply(
                        m,
                        Wire.error(
                                s.requestId(),
                                ErrorCodes.FORBIDDEN,
                                "You were moved to another seat before this went out; it was not sent."));
                continue;
            }
            String crowding = room.peopleFirst.answers(m.seat, c) ? null : room.peopleFirst.crowding(c);
            if (crowding != null) {
                refuse(m, s.requestId(), crowding);
                continue;
            }
            acted = submit(m, s.requestId(), s.move());
            if (acted) {
                room.peopleFirst.sent(c);
            }
        }
        if (queue.isEmpty()) {
            waiting.remove(m);
        } else {
            requestTurn(m, queue);
        }
        return acted;
    }

    /**
     * Nothing waiting will go out (the summit ended, the room failed): each is answered with
     * {@code code}, so that a program waiting for its acknowledgement is not left hanging.
     */
    void drop(String code, String message) {
        waiting.forEach((m, queue) ->
                queue.forEach(s -> room.fanOut.reply(m, Wire.error(s.requestId(), code, message))));
        waiting.clear();
    }

    /** Submits for {@code m} as for any member; a refusal is answered. Whether it went through. */
    private boolean submit(Member m, String rid, Move move) {
        try {
            Verdict v = room.submit(move, m, rid);
            if (!v.accepted()) {
                refused(m, rid, v);
            }
            return v.accepted();
        } catch (ProtocolError e) {
            room.fanOut.reply(m, Wire.error(rid, e));
            return false;
        }
    }

    private void refused(Member m, String rid, Verdict v) {
        room.fanOut.reply(
                m, Wire.error(rid, v.rejection().code().wire(), v.rejection().message()));
    }

    private void refuse(Member m, String rid, String why) {
        LOG.debug("room {}: held back from the bot at {}: {}", room.id, m.seat, why);
        room.fanOut.reply(
                m,
                Wire.error(
                        rid,
                        ErrorCodes.PEOPLE_FIRST,
                        "Held back for the people in this room: " + why
                                + (why.endsWith("not in this round.")
                                        ? " Try it again in the next round."
                                        : " Try it again later in the phase.")));
    }

    /** What people read as someone speaking or tabling: these take turns. */
    private static boolean spoken(Command c) {
        return c instanceof Command.Say
                || c instanceof Command.Whisper
                || c instanceof Command.CaucusSay
                || c instanceof Command.Propose
                || c instanceof Command.OfferDeal;
    }

    private boolean toAPerson(Command c) {
        String to = c instanceof Command.Whisper w ? w.to() : c instanceof Command.OfferDeal o ? o.to() : null;
        return to != null && room.agents.playedByPerson(to);
    }
}
