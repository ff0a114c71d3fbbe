package org.summitsim.bench;

import java.util.List;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.scenario.Timing;

/**
 * Deterministic workloads for the benchmarks, played through the real rules so every event is
 * one the engine itself produced.
 */
public final class Workloads {

    private static final List<String> SEATS = List.of("north", "south", "east", "west");

    private Workloads() {}

    public static Scenario scenario() {
        return TestScenarios.test4x3();
    }

    /**
     * A long match of test-4x3 whose log has exactly {@code events} events: mostly talk (floor,
     * bilateral, caucus), three amendments voted in every round, pledges, deals, news and
     * readiness, then the final decisions, the reveal and the outcome. The scenario's two rounds
     * are raised to as many as needed.
     */
    public static Match longMatch(int events) {
        // The settings fix the number of rounds up front, so first count how many rounds fit.
        int[] rounds = new int[1];
        play(events, 100_000, rounds);
        return play(events, rounds[0], rounds);
    }

    private static Match play(int events, int plannedRounds, int[] playedRounds) {
        Scenario s = scenario();
        Match m = Match.open(s, 1, Settings.of(s).withTiming(new Timing(60, 60, 300, plannedRounds, 120)));
        Player p = new Player(m);
        p.chair(new Command.Start());
        p.seat("east", new Command.CreateCaucus("Everyone", SEATS));
        p.seat("north", new Command.Whisper("south", "Shall we meet before the opening?"));
        p.chair(new Command.Advance());
        for (String seat : SEATS) {
            p.seat(seat, new Command.Say(seat + " greets the summit."));
        }
        p.chair(new Command.Advance());
        int round = 1;
        while (m.log().size() + 150 < events && round <= plannedRounds) {
            playRound(p, s, round++);
        }
        playedRounds[0] = round - 1;
        if (m.state().stage().phase() != Phase.FINAL) {
            return m;
        }
        // Land on exactly `events`: talk in the final phase, then four decisions (11 events).
        int n = 0;
        while (m.log().size() < events - 11) {
            p.seat(SEATS.get(n % 4), new Command.Say("Closing remarks, part " + n++ + "."));
        }
        p.seat("north", new Command.Decide(Decision.SIGN, "Northland signs."));
        p.seat("south", new Command.Decide(Decision.PUSH_BINDING, "Not enough."));
        p.seat("east", new Command.Decide(Decision.SIGN, ""));
        p.seat("west", new Command.Decide(Decision.ABSTAIN, "We wait for the UN."));
        if (m.log().size() != events || !(m.log().get(events - 1) instanceof Event.MatchEnded)) {
            throw new IllegalStateException("the long match has " + m.log().size() + " events, not " + events);
        }
        return m;
    }

    private static void playRound(Player p, Scenario s, int round) {
        for (int block = 0; block < 5; block++) {
            for (int i = 0; i < 4; i++) {
                String seat = SEATS.get(i);
                String other = SEATS.get((i + 1 + block % 3) % 4);
                p.seat(seat, new Command.Say("Round " + round + ", point " + block + " from " + seat + "."));
                p.seat(seat, new Command.Whisper(other, "Between us: " + round + "/" + block + "."));
                p.seat(seat, new Command.CaucusSay("C1", "Caucus note " + round + "/" + block + "."));
            }
        }
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            String proposer = SEATS.get((round + c) % 4);
            String cosponsor = SEATS.get((round + c + 1) % 4);
            String voterA = SEATS.get((round + c + 2) % 4);
            String voterB = SEATS.get((round + c + 3) % 4);
            String current = p.match.state().text().get(clause.id());
            List<String> options = clause.optionIds();
            String option = options.get((options.indexOf(current) + 1) % options.size());
            p.seat(proposer, new Command.Propose(clause.id(), option, "Round " + round + " needs this."));
            String id = "A" + p.match.state().amendments().size();
            if (c == 0) {
                p.seat(
                        proposer,
                        new Command.OfferDeal(
                                voterA,
                                new Promise.Decide(Decision.SIGN, List.of()),
                                new Promise.Vote(id, Ballot.SUPPORT),
                                "Support " + id + " and we sign."));
                p.seat(
                        voterA,
                        new Command.AcceptDeal("D" + p.match.state().deals().size()));
            }
            p.seat(cosponsor, new Command.Cosponsor(id));
            p.seat(voterA, new Command.CastVote(id, round % 2 == 0 ? Ballot.SUPPORT : Ballot.OPPOSE));
            p.seat(voterB, new Command.CastVote(id, round % 3 == 0 ? Ballot.OPPOSE : Ballot.ABSTAIN));
        }
        p.seat(
                SEATS.get(round % 4),
                new Command.MakePledge(
                        Decision.values()[round % 3],
                        List.of(new TextCondition("forum", List.of("un", "treaty"))),
                        "Our pledge for round " + round + "."));
        p.chair(
                round % 10 == 0
                        ? new Command.ReleaseInject(null, "News " + round, "Something happened.")
                        : new Command.Announce("Round " + round + " is half over."));
        for (String seat : SEATS) {
            p.seat(seat, new Command.Ready());
        }
    }

    /** Sends moves for the current stage and insists that each is accepted. */
    private static final class Player {
        private final Match match;

        Player(Match match) {
            this.match = match;
        }

        void seat(String seat, Command c) {
            send(Actor.seat(seat), c);
        }

        void chair(Command c) {
            send(Actor.FACILITATOR, c);
        }

        private void send(Actor actor, Command c) {
            Verdict v = match.submit(new Move(actor, match.state().stage(), c));
            if (!v.accepted()) {
                throw new IllegalStateException(actor + " " + c + " was refused: " + v.rejection());
            }
        }
    }
}
