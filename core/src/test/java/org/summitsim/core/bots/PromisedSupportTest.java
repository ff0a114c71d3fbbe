package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;

/**
 * A bot that promised support for a wording keeps backing it once it is in the text (the rule of
 * docs/RULES.md): it votes against a replacement it would otherwise let pass, and it does not
 * promise a second wording of the same clause. West plays {@code utility} in test-4x3, where
 * "control" reads appropriate (+2 to West), meaningful (0) or none (0).
 */
class PromisedSupportTest {

    private final MatchDriver match = MatchDriver.open().toRound(1);
    private final BotTable table = new BotTable(match);
    private final Bot west = Strategies.create("utility", TestScenarios.test4x3(), "west", 3);

    /** Control reads "meaningful", adopted with West's vote before any deal. */
    private void meaningfulStands() {
        ok(match.seat("south").propose("control", "meaningful"));
        ok(match.seat("north").support("A1"));
        ok(match.seat("west").support("A1"));
        ok(match.seat("east").oppose("A1"));
        assertThat(match.state().text()).containsEntry("control", "meaningful");
    }

    /** North asks West to back "meaningful", for North's signature; West accepts. */
    private void westPromisesMeaningful() {
        ok(match.seat("north").offer("west", decides(SIGN), new Promise.Support("control", "meaningful")));
        ok(match.seat("west").accept("D1"));
    }

    private Ballot westsVoteOn(String amendment) {
        List<Command> sent = table.turn("west", west);
        return sent.stream()
                .filter(c -> c instanceof Command.CastVote v && v.amendment().equals(amendment))
                .map(c -> ((Command.CastVote) c).ballot())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutAPromiseItLetsAReplacementWorthNothingToItPass() {
        meaningfulStands();
        ok(match.seat("east").propose("control", "none"));

        assertThat(westsVoteOn("A2")).isEqualTo(Ballot.ABSTAIN);
    }

    @Test
    void itVotesAgainstAReplacementOfTheWordingItPromised() {
        meaningfulStands();
        westPromisesMeaningful();
        ok(match.seat("east").propose("control", "none"));

        assertThat(westsVoteOn("A2")).isEqualTo(Ballot.OPPOSE);
    }

    @Test
    void itDeclinesToPromiseASecondWordingOfTheSameClause() {
        westPromisesMeaningful();
        // Support for the UN forum (+9 to West) for West's support of "appropriate" (+2 to it): a
        // deal it takes at once (next test), except that it already backs "meaningful" there.
        ok(match.seat("south")
                .offer("west", new Promise.Support("forum", "un"), new Promise.Support("control", "appropriate")));

        assertThat(table.turn("west", west)).contains(new Command.DeclineDeal("D2"));
    }

    @Test
    void theSameDealWithoutAnEarlierPromiseIsTaken() {
        ok(match.seat("south")
                .offer("west", new Promise.Support("forum", "un"), new Promise.Support("control", "appropriate")));

        assertThat(table.turn("west", west)).contains(new Command.AcceptDeal("D1"));
    }
}
