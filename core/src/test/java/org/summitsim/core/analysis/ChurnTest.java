package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Event;

/** The floor's figures of one match: every amendment tabled, those adopted, and the adoptions that went back. */
class ChurnTest {

    @Test
    void anAdoptionThatBringsBackAnEarlierWordingOrTheDraftCountsAsRestored() {
        List<Event> log = List.of(
                proposed("A1", "control", "meaningful"),
                resolved("A1", "control", "meaningful", true), // from the draft: new
                proposed("A2", "control", "appropriate"),
                resolved("A2", "control", "appropriate", true), // the draft again
                proposed("A3", "control", "meaningful"),
                resolved("A3", "control", "meaningful", true), // back again
                proposed("A4", "forum", "un"),
                resolved("A4", "forum", "un", false), // rejected: not adopted at all
                proposed("A5", "forum", "treaty"),
                resolved("A5", "forum", "treaty", true), // new on its clause
                proposed("A6", "law", "silent")); // still open at the end

        Churn c = Churn.of(TestScenarios.test4x3(), log);

        assertThat(c).isEqualTo(new Churn(6, 4, 2));
    }

    @Test
    void aPlayedMatchCountsWhatItsJournalShows() {
        Replay r = Replay.play(
                TestScenarios.test4x3(),
                7,
                java.util.Map.of("north", "utility", "south", "hardliner", "east", "mediator", "west", "utility"),
                Replay.HONEST);
        long tabled = r.log().stream()
                .filter(e -> e instanceof Event.AmendmentProposed)
                .count();
        long adopted = r.log().stream()
                .filter(e -> e instanceof Event.AmendmentResolved a && a.adopted())
                .count();

        Churn c = Churn.of(r.state().scenario(), r.log());

        assertThat(c.tabled()).isEqualTo(tabled).isPositive();
        assertThat(c.adopted()).isEqualTo(adopted);
        assertThat(c.restored()).isBetween(0, c.adopted());
    }

    private static Event proposed(String id, String clause, String option) {
        return new Event.AmendmentProposed(id, "north", clause, option, "");
    }

    private static Event resolved(String id, String clause, String option, boolean adopted) {
        return new Event.AmendmentResolved(id, clause, option, adopted, adopted ? 3 : 1, adopted ? 0 : 2, 0);
    }
}
