package org.summitsim.server.room;

import java.util.HashMap;
import java.util.Map;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Phase;

/**
 * Where people play, bots leave them room. Two dozen bots think in milliseconds: left alone they
 * table a wording on every clause in the first seconds of a round (and only one amendment may be
 * open on a clause), offer a person five deals in a minute, and table wordings seconds before the
 * round ends, which no person can vote on. So, in a paced room, a bot's command is held back
 * (the bot tries it again later in the phase, when it may go through) while:
 *
 * <ul>
 *   <li>it tables an amendment in the first half vote window of a round: the people table the
 *       wordings they came with first, and are not left to amend what the bots chose;
 *   <li>it tables an amendment while half the clauses or more already have one open, or when
 *       bots' amendments would then be open on more than half the clauses (at most one of
 *       classroom-mini's three), so that people always find clauses free for their own, even
 *       when the bots are first off the mark at the start of a round;
 *   <li>it tables an amendment when the round ends before the room's vote window would;
 *   <li>it tables an amendment sooner than its share of the round allows: the bots' amendments of a
 *       round are spread over it, evenly between the first half window and the last window, and
 *       there are at most about two a clause over the summit, shared among the rounds. Unpaced,
 *       bots table all they want in the first minutes of the first round (a play-test's Seoul saw
 *       14 amendments in 3 minutes, then quiet rounds), and a person cannot read, lobby and vote
 *       at that rate; spread, what is left waits for the next round;
 *   <li>it offers a person a deal less than a vote window after a bot last offered that person one
 *       (not a deal that answers what the person asked for: {@link BotAgent} sends that at once);
 *   <li>it votes on (or co-sponsors) a person's amendment in the first half of its vote window, so
 *       that the person can lobby before the votes are cast (votes do not change).
 * </ul>
 *
 * Headless matches and rooms of bots alone are not paced, so none of this touches them. Room loop only.
 */
final class PeopleFirst {

    private final Room room;
    private final long windowMs;
    /** When a bot last offered each person's seat a deal. */
    private final Map<String, Long> lastOffer = new HashMap<>();
    /** For each person's seat, the seats it wrote to or offered a deal since a bot last offered it one. */
    private final Map<String, java.util.Set<String>> asked = new HashMap<>();
    /** The amendments bots have tabled since the round began. */
    private int botAmendments;

    PeopleFirst(Room room, Pace pace) {
        this.room = room;
        this.windowMs = Math.max(pace.voteWindowSeconds(), 1) * 1000L;
    }

    /** Why a bot's {@code command} would crowd out the people now, or null to send it. */
    String crowding(Command command) {
        if (!room.pacer.paced()) {
            return null;
        }
        MatchState state = room.match().state();
        if (command instanceof Command.Propose) {
            if (state.stage().phase() != Phase.ROUND) {
                return null;
            }
            long into = room.now() - room.deadline.startedAt();
            if (into < windowMs / 2) {
                return "The round has just begun: the people here table their wordings first, for another "
                        + seconds(windowMs / 2 - into) + ".";
            }
            Long deadline = room.deadline.at();
            if (deadline != null && deadline - room.now() < windowMs) {
                return "The round ends before a vote on it could stay open long enough for people to vote: not in"
                        + " this round.";
            }
            int clauses = state.scenario().clauses().size();
            if (2 * state.openAmendments().size() >= clauses) {
                return "Half the clauses or more already have an amendment open: the others are left to the people here.";
            }
            long bots = state.openAmendments().stream()
                    .filter(a -> !room.agents.playedByPerson(a.proposer()))
                    .count();
            if (2 * (bots + 1) > clauses) {
                return "Bots' amendments would be open on more than half the clauses: the rest are left to the people.";
            }
            if (deadline != null) {
                Integer rounds = state.settings().timing().rounds();
                long due =
                        spreadFrom(deadline - room.deadline.startedAt(), slots(clauses, rounds == null ? 1 : rounds));
                if (into < due) {
                    return "The bots' amendments are spread over the round, so that people can read and vote on each:"
                            + " the next in " + seconds(due - into) + ".";
                }
            }
            return null;
        }
        String hearing = hearing(command, state);
        if (hearing != null) {
            return hearing;
        }
        if (command instanceof Command.OfferDeal o && o.to() != null) {
            Long last = lastOffer.get(o.to());
            if (last != null && room.now() - last < windowMs && room.agents.playedByPerson(o.to())) {
                return "That delegation was offered a deal by a bot moments ago: one at a time for people (another "
                        + seconds(windowMs - (room.now() - last)) + " to wait).";
            }
        }
        return null;
    }

    /**
     * A bot's vote on (or co-sponsorship of) a person's amendment in the first half of its
     * window: held, so that the person has time to lobby before the votes are cast, and votes
     * cannot be changed. Only the other half of the window is left for the bots to vote in.
     */
    private String hearing(Command command, MatchState state) {
        String amendment = command instanceof Command.CastVote v
                ? v.amendment()
                : command instanceof Command.Cosponsor c ? c.amendment() : null;
        if (amendment == null) {
            return null;
        }
        Long tabled = room.votes.tabledAt(amendment);
        boolean byPerson = state.amendment(amendment)
                .map(a -> a.isOpen() && room.agents.playedByPerson(a.proposer()))
                .orElse(false);
        if (byPerson && tabled != null && room.now() - tabled < windowMs / 2) {
            return "A person tabled that amendment moments ago: the room hears the case for it before it votes, for"
                    + " another " + seconds(windowMs / 2 - (room.now() - tabled)) + ".";
        }
        return null;
    }

    /**
     * The bots' amendments a round: about two a clause over the whole summit, shared evenly among
     * its rounds, so that what the bots want is not all tabled in the first rounds (a play-test's
     * Seoul had 10 amendments in round 1, 6 in round 2 and none in round 3 at one a clause a round).
     */
    static int slots(int clauses, int rounds) {
        return Math.max(1, (2 * clauses + rounds - 1) / Math.max(1, rounds));
    }

    /**
     * How far into a round of {@code roundMs} the bots' next amendment may be tabled: the round's
     * slots, the first after the people's half window and the rest evenly up to the round's last
     * window, where no bot tables one (so the slots are also the round's most).
     */
    private long spreadFrom(long roundMs, int slots) {
        long first = windowMs / 2;
        long span = roundMs - windowMs - first;
        if (span <= 0) {
            return first;
        }
        return first + span * Math.min(botAmendments, slots) / slots;
    }

    /** "23 s", rounded up: what a program that was held back waits before it tries again. */
    private static String seconds(long ms) {
        return Math.max(1, (ms + 999) / 1000) + " s";
    }

    /** A bot's command went through: an offer to a person starts that person's quiet time. */
    void sent(Command command) {
        if (command instanceof Command.OfferDeal o && room.agents.playedByPerson(o.to())) {
            lastOffer.put(o.to(), room.now());
            asked.remove(o.to());
        }
    }

    /**
     * Folds one recorded event: a person writing to a seat, or offering it a deal, asks it something;
     * a bot's amendment takes one of the round's slots.
     */
    void apply(Event event) {
        if (event instanceof Event.PhaseStarted) {
            botAmendments = 0;
        } else if (event instanceof Event.AmendmentProposed a && !room.agents.playedByPerson(a.seat())) {
            botAmendments++;
        } else if (event instanceof Event.DirectMessage m) {
            asking(m.from(), m.to());
        } else if (event instanceof Event.DealOffered d) {
            asking(d.from(), d.to());
        }
    }

    private void asking(String from, String to) {
        if (to != null && room.agents.playedByPerson(from)) {
            asked.computeIfAbsent(from, k -> new java.util.HashSet<>()).add(to);
        }
    }

    /**
     * Whether {@code command}, from the bot at {@code seat}, is a deal offered to a person who
     * wrote to that bot (or offered it a deal) since a bot last offered them one: an answer they
     * wait for, never held back as an offer they did not ask for would be. (The room's own bots
     * know this from their own turn; a bot over the network is judged by what the room recorded.)
     */
    boolean answers(String seat, Command command) {
        return command instanceof Command.OfferDeal o
                && asked.getOrDefault(o.to(), java.util.Set.of()).contains(seat);
    }
}
