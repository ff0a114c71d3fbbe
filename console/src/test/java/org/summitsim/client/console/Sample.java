package org.summitsim.client.console;

import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;
import org.summitsim.protocol.Welcome;

/** A core match of classroom-mini in round 1, with one open amendment (A1) and a deal offered to us. */
final class Sample {

    static final String ME = "netherlands";

    final Scenario scenario = ScenarioReader.shipped("classroom-mini");
    final Match match = Match.open(scenario, 1, Settings.of(scenario));

    Sample() {
        chair(new Command.Start());
        chair(new Command.Advance());
        chair(new Command.Advance());
        seat("germany", new Command.Propose("process", "bridge", "A bridge."));
        seat(
                "germany",
                new Command.OfferDeal(
                        ME,
                        new org.summitsim.core.rules.Promise.Vote("A1", org.summitsim.core.rules.Ballot.SUPPORT),
                        new org.summitsim.core.rules.Promise.Vote("A1", org.summitsim.core.rules.Ballot.SUPPORT),
                        "Join us."));
        seat(ME, new Command.CreateCaucus("Friends", java.util.List.of("germany")));
    }

    void chair(Command c) {
        submit(new Move(Actor.FACILITATOR, match.state().stage(), c));
    }

    void seat(String seat, Command c) {
        submit(new Move(Actor.seat(seat), match.state().stage(), c));
    }

    private void submit(Move m) {
        Verdict v = match.submit(m);
        if (!v.accepted()) {
            throw new IllegalStateException(v.rejection().message());
        }
    }

    PlayerView view() {
        return match.view(Viewer.seat(ME));
    }

    /** The welcome the server gives the room's facilitator, with {@code view} and {@code presence}. */
    static Welcome chairWelcome(String id, PlayerView view, org.summitsim.protocol.Presence presence) {
        return new Welcome(
                id,
                "r-1",
                "CODE",
                "Test",
                "facilitator",
                null,
                "p0",
                "Teacher",
                "ft.x",
                null,
                null,
                view,
                null,
                presence,
                null);
    }

    /** Client state as if the server had just welcomed us to this match. */
    ClientState state() {
        ClientState s = new ClientState();
        s.welcome(new Welcome(
                null, "r-1", "CODE", "Test", "player", ME, "p1", "Ada", "st.x", null, null, view(), null, null, null));
        s.localScenario(scenario);
        return s;
    }
}
