package org.summitsim.core.headless;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.BotFault;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * Plays a whole match with bots in every seat, on turns rather than the clock: each phase gives
 * every bot turns in seat order until all pass (or said they are ready) or the turn cap is
 * reached, then the chair moves on. Results never depend on machine speed.
 */
public final class HeadlessMatch {

    /** Turns per phase before the chair moves on regardless. */
    public static final int TURN_CAP = 12;

    private final Match match;
    private final Map<String, Bot> bots;
    private final Map<String, String> strategies;
    private final BotCaller caller;
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    private int turns;

    public HeadlessMatch(
            Scenario scenario,
            long seed,
            Settings settings,
            Map<String, Bot> bots,
            Map<String, String> strategies,
            BotCaller caller) {
        this.match = Match.open(scenario, seed, settings);
        this.bots = bots;
        this.strategies = strategies;
        this.caller = caller;
        for (String seat : match.state().seats()) {
            trackers.put(seat, new Tracker());
        }
        bots.values().forEach(b -> b.seatedPeople(java.util.Set.of())); // every seat here is a bot
    }

    public MatchRecord play() {
        chair(new Command.Start());
        while (!match.state().over()) {
            Stage stage = match.state().stage();
            for (int turn = 0; turn < TURN_CAP && stage.equals(match.state().stage()); turn++) {
                turns++;
                if (!round(stage)) {
                    break;
                }
            }
            if (stage.equals(match.state().stage()) && !match.state().over()) {
                chair(new Command.Advance());
            }
        }
        trackers.forEach((seat, t) -> {
            Bot bot = bots.get(seat);
            if (bot != null) { // a bot taken out hears it too, so that a program can forget the seat
                try {
                    bot.finished(match.view(Viewer.seat(seat)));
                } catch (RuntimeException e) {
                    // The result stands: a bot that fails on hearing it is over changes nothing.
                }
            }
        });
        Map<String, SeatRecord> seats = new LinkedHashMap<>();
        trackers.forEach((seat, t) -> seats.put(
                seat,
                new SeatRecord(
                        seat,
                        strategies.getOrDefault(seat, "none"),
                        t.accepted,
                        t.invalid,
                        t.errors,
                        t.timeouts,
                        t.benched,
                        t.refused,
                        t.failure)));
        return new MatchRecord(match.state().seed(), match.state().outcome().orElseThrow(), match.log(), seats, turns);
    }

    /** One turn for every seat; true if any bot did something. */
    private boolean round(Stage stage) {
        boolean acted = false;
        for (String seat : match.state().seats()) {
            Bot bot = bots.get(seat);
            Tracker t = trackers.get(seat);
            if (bot == null || t.benched || t.passedAt == match.lastSeq()) {
                // A bot that passed has nothing new to answer until something happens.
                continue;
            }
            Viewer viewer = Viewer.seat(seat);
            PlayerView view = match.view(viewer);
            List<Match.Sequenced> news = match.eventsFor(viewer, t.seen);
            t.seen = match.lastSeq();
            List<Command> commands;
            try {
                commands = caller.call(bot, view, news);
            } catch (BotCaller.BotFailure failure) {
                // A time-out says so; an exception the bot threw is said with where it threw it.
                String why = failure.timeout() || failure.getCause() == null
                        ? failure.getMessage()
                        : BotFault.describe(failure.getCause());
                t.bench(failure.timeout(), stage.inWords() + ": " + why);
                continue;
            } catch (RuntimeException e) {
                t.bench(false, stage.inWords() + ": " + BotFault.describe(e));
                continue;
            }
            for (String why : bot.unreadable()) {
                t.refuse(stage.inWords() + ": " + why);
            }
            if (commands == null || commands.isEmpty()) {
                t.passedAt = match.lastSeq();
                continue;
            }
            for (Command c : commands) {
                if (!stage.equals(match.state().stage())) {
                    return true;
                }
                Verdict v = match.submit(new Move(Actor.seat(seat), stage, c));
                if (v.accepted()) {
                    t.accepted++;
                    acted = true;
                } else {
                    t.refuse(stage.inWords() + ": " + wireName(c) + ": "
                            + v.rejection().message());
                    try {
                        bot.rejected(c, v.rejection());
                    } catch (RuntimeException e) {
                        t.bench(false, stage.inWords() + ": " + BotFault.describe(e));
                        break; // its other commands are not played: the bot is out
                    }
                }
            }
            if (!stage.equals(match.state().stage())) {
                return true;
            }
        }
        return acted;
    }

    /** The command's name as the protocol and scripts spell it ("vote", "propose"). */
    private static String wireName(Command c) {
        for (var type : Command.class
                .getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class)
                .value()) {
            if (type.value() == c.getClass()) {
                return type.name();
            }
        }
        return c.getClass().getSimpleName();
    }

    private void chair(Command command) {
        Verdict v = match.submit(new Move(Actor.FACILITATOR, match.state().stage(), command));
        if (!v.accepted()) {
            throw new IllegalStateException(
                    "the chair could not " + command + ": " + v.rejection().message());
        }
    }

    public Match match() {
        return match;
    }

    private static final class Tracker {
        long seen;
        long passedAt = -1;
        int accepted;
        int invalid;
        final java.util.List<String> refused = new java.util.ArrayList<>();

        /** A refused move: counted, and its reason kept while there is room. */
        void refuse(String why) {
            invalid++;
            if (refused.size() < SeatRecord.REASONS_KEPT) {
                refused.add(why);
            }
        }

        int errors;
        int timeouts;
        boolean benched;
        String failure;

        void bench(boolean timeout, String why) {
            if (timeout) {
                timeouts++;
            } else {
                errors++;
            }
            benched = true;
            failure = why;
        }
    }
}
