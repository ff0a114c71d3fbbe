package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.votes;

import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;

/** The ids a match hands out ("A1", "C1", "D1") are accepted in any case, as people type them. */
class MatchIdsTest {

    @Test
    void amendmentCaucusAndDealIdsAreAcceptedInLowerCase() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("west").propose("forum", "un", "All states sit there."));
        ok(d.seat("north").createCaucus("Friends", "south"));

        assertThat(ok(d.seat("east").cosponsor("a1"))).containsExactly(new Event.AmendmentCosponsored("A1", "east"));
        assertThat(ok(d.seat("north").invite("c1", "east")))
                .singleElement()
                .satisfies(e -> assertThat(((Event.CaucusJoined) e).caucus()).isEqualTo("C1"));
        ok(d.seat("south").offer("north", votes("a1", Ballot.SUPPORT), votes("A1", Ballot.SUPPORT)));
        assertThat(ok(d.seat("north").accept(" d1 ")))
                .singleElement()
                .satisfies(e -> assertThat(((Event.DealAccepted) e).deal()).isEqualTo("D1"));
        assertThat(ok(d.seat("south").vote("a1", Ballot.SUPPORT)))
                .first()
                .isEqualTo(new Event.VoteCast("A1", "south", Ballot.SUPPORT));
    }

    @Test
    void aCommandReadFromTheWireKeepsTheIdAsTheMatchWritesIt() {
        Command c = Json.read("{\"type\":\"withdraw\",\"amendment\":\"a2\"}", Command.class);

        assertThat(c).isEqualTo(new Command.Withdraw("A2"));
    }
}
