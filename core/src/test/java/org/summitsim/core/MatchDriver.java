package org.summitsim.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * Plays a match in tests without ceremony: every move is sent for the current stage, so a test
 * says only who does what.
 *
 * <pre>{@code
 * MatchDriver d = MatchDriver.open().toRound(1);
 * MatchDriver.ok(d.seat("north").propose("forum", "un"));
 * Verdict v = d.seat("south").vote("A1", Ballot.OPPOSE);
 * }</pre>
 *
 * Seat and chair methods return the {@link Verdict}; wrap them in {@link #ok} when the move must be
 * accepted (it throws an AssertionError naming the rejection otherwise). Stage helpers
 * ({@link #start}, {@link #toRound}, {@link #toFinal}, {@link #finish}) advance as the
 * facilitator and fail loudly if the match cannot get there.
 */
public final class MatchDriver {

    /** The seed used when none is given. */
    public static final long SEED = 7L;

    private final Match match;
    private final List<Move> sent = new ArrayList<>();
    private Verdict last;

    private MatchDriver(Match match) {
        this.match = match;
    }

    /** test-4x3 in the lobby with its own settings. */
    public static MatchDriver open() {
        return open(TestScenarios.test4x3());
    }

    /** test-4x3 in the lobby with the given settings. */
    public static MatchDriver open(Settings settings) {
        return open(TestScenarios.test4x3(), SEED, settings);
    }

    public static MatchDriver open(Scenario scenario) {
        return open(scenario, SEED, Settings.of(scenario));
    }

    public static MatchDriver open(Scenario scenario, long seed, Settings settings) {
        return new MatchDriver(Match.open(scenario, seed, settings));
    }

    /** Wraps an existing match (e.g. one rebuilt with {@link Match#replay}). */
    public static MatchDriver of(Match match) {
        return new MatchDriver(match);
    }

    // ---- state -------------------------------------------------------------------------------

    public Match match() {
        return match;
    }

    public MatchState state() {
        return match.state();
    }

    public Stage stage() {
        return match.state().stage();
    }

    public List<Event> log() {
        return match.log();
    }

    /** The verdict of the last move sent through this driver, or null. */
    public Verdict last() {
        return last;
    }

    /** The outcome of a finished match; fails if the match is not over. */
    public Outcome outcome() {
        return state().outcome().orElseThrow(() -> new AssertionError("the match is not over; it is " + stage()));
    }

    public PlayerView view(Viewer viewer) {
        return match.view(viewer);
    }

    /** The facilitator's view as JSON plus the log length: equal snapshots mean nothing changed. */
    public String snapshot() {
        return match.log().size() + "|" + Json.write(match.view(Viewer.FACILITATOR));
    }

    /** The whole log, one JSON line per event, as the journal writes it. */
    public List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (Event e : match.log()) {
            lines.add(Json.write(e));
        }
        return lines;
    }

    // ---- moves -------------------------------------------------------------------------------

    /** Sends a command for the current stage. */
    public Verdict submit(Actor actor, Command command) {
        return submitAt(actor, stage(), command);
    }

    /** Sends a command naming a given stage (use to test stale moves). */
    public Verdict submitAt(Actor actor, Stage stage, Command command) {
        Move move = new Move(actor, stage, command);
        sent.add(move);
        last = match.submit(move);
        return last;
    }

    /** Every move sent through this driver, accepted or not, in order: replaying them reproduces the match. */
    public List<Move> moves() {
        return java.util.Collections.unmodifiableList(sent);
    }

    public Seat seat(String id) {
        return new Seat(Actor.seat(id));
    }

    public Chair facilitator() {
        return new Chair(Actor.FACILITATOR);
    }

    /** The room's clock: the only actor that may send deadlines. */
    public Chair host() {
        return new Chair(Actor.HOST);
    }

    // ---- getting somewhere -------------------------------------------------------------------

    /** LOBBY to BRIEFING. */
    public MatchDriver start() {
        ok(facilitator().start());
        return this;
    }

    /** Advances as the facilitator until the match is at {@code target}. */
    public MatchDriver advanceTo(Stage target) {
        if (stage().phase() == Phase.LOBBY && target.phase() != Phase.LOBBY) {
            start();
        }
        int guard = 0;
        while (!stage().equals(target)) {
            if (stage().phase() == Phase.RESULTS || ++guard > 100) {
                throw new AssertionError("cannot reach " + target + " from " + stage());
            }
            ok(facilitator().advance());
        }
        return this;
    }

    public MatchDriver toBriefing() {
        return advanceTo(Stage.of(Phase.BRIEFING));
    }

    public MatchDriver toOpening() {
        return advanceTo(Stage.of(Phase.OPENING));
    }

    public MatchDriver toRound(int n) {
        return advanceTo(Stage.round(n));
    }

    public MatchDriver toFinal() {
        return advanceTo(Stage.of(Phase.FINAL));
    }

    /** Advances to RESULTS (undecided seats get the scenario default). */
    public MatchDriver finish() {
        return advanceTo(Stage.of(Phase.RESULTS));
    }

    /** Goes to FINAL, then each seat decides as listed, in order: "north", SIGN, "south", ABSTAIN, ... */
    public MatchDriver decideAll(Object... seatsAndDecisions) {
        if (stage().phase() != Phase.FINAL) {
            toFinal();
        }
        for (int i = 0; i < seatsAndDecisions.length; i += 2) {
            ok(seat((String) seatsAndDecisions[i]).decide((Decision) seatsAndDecisions[i + 1]));
        }
        return this;
    }

    /**
     * Sends {@code move} expecting a rejection with {@code code} whose message contains
     * {@code phrase}; fails unless the match is exactly as before (same log length, same
     * facilitator view). Returns the rejection for further checks.
     */
    public Rejection refuses(String code, String phrase, Supplier<Verdict> move) {
        String before = snapshot();
        Verdict verdict = move.get();
        if (verdict.accepted()) {
            throw new AssertionError(
                    "expected rejection " + code + " but the move was accepted with " + verdict.events());
        }
        Rejection r = verdict.rejection();
        if (!r.code().wire().equals(code)) {
            throw new AssertionError("expected rejection " + code + " but got " + r.code() + ": " + r.message());
        }
        if (!r.message().contains(phrase)) {
            throw new AssertionError("rejection " + code + " should say \"" + phrase + "\" but says: " + r.message());
        }
        if (!verdict.events().isEmpty()) {
            throw new AssertionError("a rejection carries no events, but had " + verdict.events());
        }
        String after = snapshot();
        if (!before.equals(after)) {
            throw new AssertionError(
                    "rejection " + code + " changed the match:\nbefore " + before + "\nafter  " + after);
        }
        return r;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The events of an accepted verdict; an AssertionError with the rejection otherwise. */
    public static List<Event> ok(Verdict verdict) {
        if (!verdict.accepted()) {
            throw new AssertionError("expected the move to be accepted but it was rejected: "
                    + verdict.rejection().code() + ": " + verdict.rejection().message());
        }
        return verdict.events();
    }

    /** "clause reads one of options", for pledges, deals and background rules. */
    public static TextCondition reads(String clause, String... options) {
        return new TextCondition(clause, Arrays.asList(options));
    }

    public static Promise.Vote votes(String amendment, Ballot ballot) {
        return new Promise.Vote(amendment, ballot);
    }

    public static Promise.Decide decides(Decision decision, TextCondition... conditions) {
        return new Promise.Decide(decision, Arrays.asList(conditions));
    }

    /** A delegation's seat. */
    public final class Seat {
        private final Actor actor;

        private Seat(Actor actor) {
            this.actor = actor;
        }

        public String id() {
            return actor.seat();
        }

        public Verdict submit(Command command) {
            return MatchDriver.this.submit(actor, command);
        }

        public Verdict submitAt(Stage stage, Command command) {
            return MatchDriver.this.submitAt(actor, stage, command);
        }

        public PlayerView view() {
            return match.view(Viewer.seat(actor.seat()));
        }

        /** Every event this seat may see, from the start. */
        public List<Match.Sequenced> events() {
            return match.eventsFor(Viewer.seat(actor.seat()), 0);
        }

        public Verdict say(String text) {
            return submit(new Command.Say(text));
        }

        public Verdict dm(String to, String text) {
            return submit(new Command.Whisper(to, text));
        }

        public Verdict createCaucus(String name, String... members) {
            return submit(new Command.CreateCaucus(name, Arrays.asList(members)));
        }

        public Verdict invite(String caucus, String seat) {
            return submit(new Command.InviteToCaucus(caucus, seat));
        }

        public Verdict leave(String caucus) {
            return submit(new Command.LeaveCaucus(caucus));
        }

        public Verdict caucusSay(String caucus, String text) {
            return submit(new Command.CaucusSay(caucus, text));
        }

        public Verdict propose(String clause, String option) {
            return propose(clause, option, "because");
        }

        public Verdict propose(String clause, String option, String rationale) {
            return submit(new Command.Propose(clause, option, rationale));
        }

        public Verdict cosponsor(String amendment) {
            return submit(new Command.Cosponsor(amendment));
        }

        public Verdict withdraw(String amendment) {
            return submit(new Command.Withdraw(amendment));
        }

        public Verdict vote(String amendment, Ballot ballot) {
            return submit(new Command.CastVote(amendment, ballot));
        }

        public Verdict support(String amendment) {
            return vote(amendment, Ballot.SUPPORT);
        }

        public Verdict oppose(String amendment) {
            return vote(amendment, Ballot.OPPOSE);
        }

        public Verdict abstain(String amendment) {
            return vote(amendment, Ballot.ABSTAIN);
        }

        public Verdict pledge(Decision decision, TextCondition... conditions) {
            return submit(new Command.MakePledge(decision, Arrays.asList(conditions), "we pledge"));
        }

        public Verdict offer(String to, Promise give, Promise want) {
            return submit(new Command.OfferDeal(to, give, want, "a deal"));
        }

        public Verdict accept(String deal) {
            return submit(new Command.AcceptDeal(deal));
        }

        public Verdict decline(String deal) {
            return submit(new Command.DeclineDeal(deal));
        }

        public Verdict decide(Decision decision) {
            return decide(decision, "");
        }

        public Verdict decide(Decision decision, String statement) {
            return submit(new Command.Decide(decision, statement));
        }

        public Verdict ready() {
            return submit(new Command.Ready());
        }
    }

    /** The facilitator, or the host's clock. */
    public final class Chair {
        private final Actor actor;

        private Chair(Actor actor) {
            this.actor = actor;
        }

        public Verdict submit(Command command) {
            return MatchDriver.this.submit(actor, command);
        }

        public Verdict submitAt(Stage stage, Command command) {
            return MatchDriver.this.submitAt(actor, stage, command);
        }

        public Verdict start() {
            return submit(new Command.Start());
        }

        public Verdict advance() {
            return submit(new Command.Advance());
        }

        public Verdict deadline() {
            return submit(new Command.Deadline());
        }

        public Verdict pause() {
            return submit(new Command.Pause());
        }

        public Verdict resume() {
            return submit(new Command.Resume());
        }

        public Verdict extend(int seconds) {
            return submit(new Command.Extend(seconds));
        }

        public Verdict inject(String injectId) {
            return submit(new Command.ReleaseInject(injectId, null, null));
        }

        public Verdict inject(String title, String text) {
            return submit(new Command.ReleaseInject(null, title, text));
        }

        public Verdict announce(String text) {
            return submit(new Command.Announce(text));
        }

        public Verdict callVote(String amendment) {
            return submit(new Command.CallVote(amendment));
        }

        public Verdict end() {
            return submit(new Command.EndMatch());
        }

        public Verdict hide(long seq) {
            return submit(new Command.HideStatement(seq));
        }

        public Verdict mute(String seat) {
            return submit(new Command.Mute(seat));
        }

        public Verdict unmute(String seat) {
            return submit(new Command.Unmute(seat));
        }
    }
}
