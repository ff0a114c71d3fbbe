package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.Viewer;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/** What the feed tells: the prompt follows a player the facilitator moves; a facilitator hears who joins. */
class FeedTest {

    private final Sample sample = new Sample();
    private final List<String> prompts = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private final ConsoleIo io = new ConsoleIo() {
        @Override
        public String readLine() {
            return null;
        }

        @Override
        public String ask(String question) {
            return null;
        }

        @Override
        public void print(String text) {}

        @Override
        public void event(String text) {
            events.add(text);
        }

        @Override
        public void raw(String line) {}

        @Override
        public void status(String text) {}

        @Override
        public void prompt(String prompt) {
            prompts.add(prompt);
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public void close() {}
    };

    private Welcome welcome(String id, String seat) {
        return new Welcome(
                id,
                "r-1",
                "CODE",
                "Test",
                "player",
                seat,
                "p1",
                "Eve",
                "st.x",
                null,
                null,
                sample.match.view(Viewer.seat(seat)),
                null,
                null,
                null);
    }

    @Test
    void aFacilitatorIsToldWhoJoins() {
        var teacher = new org.summitsim.protocol.Presence.PlayerEntry("p0", "Teacher", "facilitator", null, null);
        var before = new org.summitsim.protocol.Presence(
                null,
                List.of(new org.summitsim.protocol.Presence.SeatPresence(
                        "germany", "empty", 0, List.of(), null, null, null)),
                0,
                List.of(teacher));
        var after = new org.summitsim.protocol.Presence(
                null,
                List.of(new org.summitsim.protocol.Presence.SeatPresence(
                        "germany", "present", 1, List.of("Ada"), null, null, null)),
                0,
                List.of(
                        teacher,
                        new org.summitsim.protocol.Presence.PlayerEntry("p1", "Ada", "player", "germany", null)));
        Feed feed = new Feed(new ClientState(), io, Style.plain(), false);
        feed.message(Sample.chairWelcome("c1", sample.match.view(Viewer.seat("netherlands")), before), "");
        feed.message(after, "");
        assertThat(events).contains("Ada joined as Germany.");
    }

    /** A feed seated as the sample's player, to whom Costa Rica offers {@code give} (deal D2) for a signature. */
    private Feed seatedWithAnOfferFromCostaRica(Promise give) {
        Feed feed = new Feed(new ClientState(), io, Style.plain(), false);
        feed.message(welcome("j1", Sample.ME), "");
        sample.seat(
                "costa-rica", new Command.OfferDeal(Sample.ME, give, new Promise.Decide(Decision.SIGN, null), null));
        return feed;
    }

    @Test
    void aVoteThatBreaksAPromiseMadeToThePlayerIsToldWithTheViewThatFollows() {
        Feed feed = seatedWithAnOfferFromCostaRica(new Promise.Vote("A1", Ballot.SUPPORT));
        sample.seat(Sample.ME, new Command.AcceptDeal("D2"));
        sample.seat("costa-rica", new Command.CastVote("A1", Ballot.OPPOSE));
        long seq = sample.view().seq();
        feed.message(new ServerMessage.EventMessage(seq, 0, new Event.VoteCast("A1", "costa-rica", Ballot.OPPOSE)), "");
        assertThat(events).noneMatch(e -> e.contains("broke"));
        feed.message(new ServerMessage.View(null, sample.view()), "");
        assertThat(events)
                .contains(
                        "Costa Rica voted against A1 and so broke its promise to you in deal D2 (to vote for amendment"
                                + " A1). It costs Costa Rica trust points at the end; your side of the deal still counts as you"
                                + " promised it.");
        int told = events.size();
        feed.message(new ServerMessage.View(null, sample.view()), "");
        assertThat(events).as("told once").hasSize(told);
    }

    /** A wording the player promised to support is tabled by another: the view that follows names the deal and the vote. */
    @Test
    void aTabledWordingThatADealBringsDueIsToldWithTheVoteThatKeepsIt() {
        Feed feed = new Feed(new ClientState(), io, Style.plain(), false);
        feed.message(welcome("j1", Sample.ME), "");
        sample.seat(
                "costa-rica",
                new Command.OfferDeal(
                        Sample.ME,
                        new Promise.Vote("A1", Ballot.SUPPORT),
                        new Promise.Support("human", "meaningful"),
                        null));
        sample.seat(Sample.ME, new Command.AcceptDeal("D2"));
        tabled(feed, "china", new Command.Propose("instrument", "consider", "Think about law."));
        assertThat(events).noneMatch(e -> e.startsWith("Your deal"));

        tabled(feed, "costa-rica", new Command.Propose("human", "meaningful", "Humans decide."));
        assertThat(events)
                .anyMatch(e -> e.startsWith("Your deal D2 with Costa Rica binds you to support")
                        && e.endsWith(": vote `vote A3 support` before it closes, or the promise is broken."));
    }

    /** {@code seat} tables {@code p}: the feed hears the event, then the view that follows. */
    private void tabled(Feed feed, String seat, Command.Propose p) {
        sample.seat(seat, p);
        var view = sample.view();
        String id = view.amendments().get(view.amendments().size() - 1).id();
        feed.message(
                new ServerMessage.EventMessage(
                        view.seq(), 0, new Event.AmendmentProposed(id, seat, p.clause(), p.option(), p.rationale())),
                "");
        feed.message(new ServerMessage.View(null, view), "");
    }

    /** A promise reaches only the votes cast after its deal: a vote heard before the acceptance broke nothing. */
    @Test
    void aVoteCastBeforeTheDealWasAcceptedBreaksNothing() {
        Feed feed = seatedWithAnOfferFromCostaRica(new Promise.Support("process", "bridge"));
        sample.seat("costa-rica", new Command.CastVote("A1", Ballot.OPPOSE)); // A1: process → bridge
        long voted = sample.view().seq();
        sample.seat(Sample.ME, new Command.AcceptDeal("D2"));
        feed.message(
                new ServerMessage.EventMessage(voted, 0, new Event.VoteCast("A1", "costa-rica", Ballot.OPPOSE)), "");
        feed.message(
                new ServerMessage.EventMessage(
                        sample.view().seq(), 0, new Event.DealAccepted("D2", "costa-rica", Sample.ME)),
                "");
        feed.message(new ServerMessage.View(null, sample.view()), "");
        assertThat(events).noneMatch(e -> e.contains("broke"));
    }

    @Test
    void aMovedPlayersPromptNamesTheirNewDelegation() {
        Style plain = Style.plain();
        assertThat(Feed.prompt(welcome("j1", "costa-rica"), plain)).isEqualTo("Costa Rica> ");
        Feed feed = new Feed(new ClientState(), io, plain, false);
        feed.message(welcome("j1", "austria"), "");
        feed.message(welcome(null, "china"), ""); // unasked: the facilitator moved them
        assertThat(events).anyMatch(e -> e.contains("you are now the delegation of China"));
        assertThat(prompts).containsExactly("China> ");
    }
}
