package org.summitsim.server.room;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MuteRule;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.view.PlayerView;

/**
 * Plays a core {@link Bot} at a seat: news wakes it, it takes its turn a moment later (news
 * that arrives meanwhile joins the same turn), and it gets a bounded number of turns per stage
 * so two bots cannot talk each other into a loop. A turn that answers a person does not count
 * against that bound: people do not loop, and a bot that stops answering late in a phase looks
 * broken to whoever wrote to it. Past the bound a bot still gets one turn for each amendment it
 * has not voted on, so every amendment gets its stances.
 *
 * <p>While people play, the room paces its bots ({@link BotPacer}): each turn waits a jitter
 * drawn from the match seed on top of the thinking time, answers to people wait no jitter and go
 * first, and a turn says one thing at a time: whatever it has to say after its first message
 * waits for its next turn, so no bot (nor two) speaks twice in one second.
 */
final class BotAgent implements SeatAgent {

    static final int TURNS_PER_STAGE = 12;
    /** How soon a command the room held back ({@link SeatControl#crowding}) is tried again, at the least. */
    private static final long HELD_RETRY_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(BotAgent.class);

    private final Bot bot;
    private final long thinkMs;
    private final int turnCap;
    private final SplittableRandom jitter;
    /** What the bot decided but has not said yet (paced rooms), for the stage it decided it in. */
    private final Deque<Command> queued = new ArrayDeque<>();
    /**
     * Turns past the cap an open amendment without this seat's stance may have: enough for a vote
     * a bot leaves uncast for a few turns while a person it invited makes an offer for it.
     */
    private static final int VOTING_TURNS = 6;
    /** The turns past the cap this bot had for each amendment, to vote on it. */
    private final java.util.Map<String, Integer> votingTurns = new java.util.HashMap<>();
    /** What the room held back for now ({@link SeatControl#crowding}), in the order decided, for the same stage. */
    private final List<Command> held = new java.util.ArrayList<>();

    private Stage queuedFor;
    private long seen;
    /** Events up to here were looked at for messages from people. */
    private long scanned;

    private boolean personWrote;
    private boolean scheduled;
    private boolean scheduledUrgent;
    private boolean stopped;
    private Stage stage;
    private int turns;

    BotAgent(Bot bot, long thinkMs, int turnCap, long jitterSeed) {
        this.bot = bot;
        this.thinkMs = thinkMs;
        this.turnCap = turnCap;
        this.jitter = new SplittableRandom(jitterSeed);
    }

    @Override
    public void wake(SeatControl control) {
        if (stopped || control.over()) {
            return;
        }
        boolean urgent = personWrote(control);
        if (scheduled && (scheduledUrgent || !urgent)) {
            return;
        }
        requestTurn(
                control,
                urgent,
                urgent || !control.paced() ? thinkMs : thinkMs + jitter.nextLong(control.spreadMs() + 1));
    }

    private void requestTurn(SeatControl control, boolean urgent, long delayMs) {
        scheduled = true;
        scheduledUrgent = urgent;
        control.turn(delayMs, urgent, () -> turn(control));
    }

    /** Whether a person wrote to this seat (a private message, a caucus message, an offer) since its last turn. */
    private boolean personWrote(SeatControl control) {
        if (control.lastSeq() > scanned) {
            String me = control.seat();
            for (Match.Sequenced s : control.eventsAfter(Math.max(seen, scanned))) {
                Event e = s.event();
                String from = e instanceof Event.DirectMessage m && m.to().equals(me)
                        ? m.from()
                        : e instanceof Event.CaucusMessage m
                                ? m.from()
                                : e instanceof Event.DealOffered d && d.to().equals(me) ? d.from() : null;
                if (from != null && !from.equals(me) && control.person(from)) {
                    personWrote = true;
                }
            }
            scanned = control.lastSeq();
        }
        return personWrote;
    }

    /** Whether the bot did anything others can see. */
    private boolean turn(SeatControl control) {
        scheduled = false;
        boolean urgent = scheduledUrgent;
        scheduledUrgent = false;
        if (stopped || control.over()) {
            return false;
        }
        PlayerView view = control.view();
        if (!view.stage().equals(queuedFor)) {
            queued.clear(); // said for a phase that is over
            held.clear();
        }
        boolean answering = personWrote(control);
        release(control);
        if (!queued.isEmpty() && !answering) {
            return say(control, urgent);
        }
        if (!held.isEmpty() && !answering && control.lastSeq() == seen) {
            retryHeld(control); // nothing new to act on: only waiting for the room to let those through
            return false;
        }
        if (!view.stage().equals(stage)) {
            stage = view.stage();
            turns = 0;
        }
        if (!answering) {
            // Past the cap a bot still votes: a vote is cast once, so it cannot loop, and an
            // amendment waits for every delegation's stance (or the end of the round) to close.
            if (turns >= turnCap && !owesAVote(view, control.seat())) {
                retryHeld(control);
                return false;
            }
            turns++;
        }
        personWrote = false;
        tellPeople(control, view);
        List<Match.Sequenced> news = control.eventsAfter(seen);
        seen = control.lastSeq();
        scanned = Math.max(scanned, seen);
        try {
            // A person's answer goes before what the bot still had to say from earlier turns
            // (often reasons given to other bots), so a person never waits behind them.
            List<Command> fresh = bot.act(view, news);
            for (int i = fresh.size() - 1; i >= 0; i--) {
                queued.addFirst(fresh.get(i));
            }
            queuedFor = view.stage();
        } catch (RuntimeException e) {
            LOG.warn("The bot at {} failed its turn: {}", control.seat(), e.toString());
            return false;
        }
        return say(control, answering || urgent);
    }

    /**
     * Whether an open amendment waits for this seat's stance and has not had its turns past the
     * cap yet: a few such turns per amendment ({@link #VOTING_TURNS}), so a bot that does not vote
     * (a random one, a scripted one) cannot loop on it.
     */
    private boolean owesAVote(PlayerView view, String seat) {
        boolean owes = false;
        for (PlayerView.AmendmentView a : view.amendments()) {
            if (a.status().equals("open")
                    && !a.hasStance(seat)
                    && votingTurns.merge(a.id(), 1, Integer::sum) <= VOTING_TURNS) {
                owes = true;
            }
        }
        return owes;
    }

    /** Submits what is queued; in a paced room it stops after the first message and asks for another turn. */
    private boolean say(SeatControl control, boolean urgent) {
        boolean acted = false;
        while (!queued.isEmpty() && !stopped) {
            Command c = queued.poll();
            String crowding = answersAPerson(control, c) ? null : control.crowding(c);
            if (crowding != null) {
                LOG.debug("bot at {}: {} held back: {}", control.seat(), c, crowding);
                held.add(c);
                continue;
            }
            Verdict v = control.submit(c);
            if (!v.accepted() && v.rejection().code() == RejectionCode.MUTED) {
                // A teacher muted this seat: what it does still counts without its words.
                Command wordless = MuteRule.withoutWords(c);
                if (wordless != null && !wordless.equals(c)) {
                    v = control.submit(wordless);
                }
            }
            if (!v.accepted()) {
                LOG.debug(
                        "bot at {}: {} refused: {}",
                        control.seat(),
                        c,
                        v.rejection().code());
                bot.rejected(c, v.rejection());
                continue;
            }
            acted = true;
            if (talk(c) && control.paced() && queued.stream().anyMatch(BotAgent::talk)) {
                if (!scheduled) {
                    requestTurn(control, urgent, 0);
                }
                break;
            }
        }
        retryHeld(control);
        return acted;
    }

    /** Commands the room held back go first in the queue once it would let them through. */
    private void release(SeatControl control) {
        for (int i = held.size() - 1; i >= 0; i--) {
            Command c = held.get(i);
            if (control.crowding(c) == null) {
                held.remove(i);
                queued.addFirst(c);
            }
        }
    }

    /**
     * A later turn for what the room held back: a clause may be free then, or the person ready for
     * another offer. A held vote goes ahead of the other bots' turns: with two dozen bots taking
     * turns a gap apart, it would otherwise wait out a whole cycle, and the amendment waits for
     * every stance to close.
     */
    private void retryHeld(SeatControl control) {
        if (!held.isEmpty() && !stopped && !scheduled) {
            boolean vote = held.stream().anyMatch(c -> c instanceof Command.CastVote || c instanceof Command.Cosponsor);
            requestTurn(control, vote, Math.max(HELD_RETRY_MS, control.spreadMs()));
        }
    }

    /**
     * An offer that the bot's next words to the same person announce ("We have sent it to you as
     * a deal") answers what that person asked for: they wait for it, so it goes at once, with its
     * words, and is never held back as an offer they did not ask for would be.
     */
    private boolean answersAPerson(SeatControl control, Command c) {
        return c instanceof Command.OfferDeal o
                && queued.peek() instanceof Command.Whisper w
                && w.to().equals(o.to())
                && control.person(o.to());
    }

    private static boolean talk(Command c) {
        return c instanceof Command.Say || c instanceof Command.Whisper || c instanceof Command.CaucusSay;
    }

    /** The seats people play, as last told to the bot: words are for them (see {@link Bot#seatedPeople}). */
    private java.util.Set<String> people;

    private void tellPeople(SeatControl control, PlayerView view) {
        java.util.Set<String> now = new java.util.HashSet<>();
        for (PlayerView.Card c : view.delegations()) {
            if (control.person(c.id())) {
                now.add(c.id());
            }
        }
        if (!now.equals(people)) {
            people = now;
            bot.seatedPeople(java.util.Set.copyOf(now));
        }
    }

    @Override
    public void stop() {
        stopped = true;
        queued.clear();
    }
}
