package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.view.Viewer;

/**
 * A hardliner tables its ideal wording only where that gains it something. A play-test's
 * hardliner took a clause back to its ideal, worth no more to it than the wording a student had
 * just won there, and then told the student the change made no difference to it.
 */
class HardlinerProposalsTest {

    @Test
    void aHardlinerDoesNotTableAWordingWorthNoMoreToItThanTheText() {
        // Westria values both wordings of "law" at 1; the room moves it off the draft, and "forum"
        // to Westria's ideal, so that nothing left would gain Westria anything.
        MatchDriver match = MatchDriver.open().toRound(1);
        for (Map.Entry<String, String> change :
                Map.of("law", "silent", "forum", "un").entrySet()) {
            MatchDriver.ok(match.seat("north").propose(change.getKey(), change.getValue()));
            MatchDriver.ok(match.facilitator()
                    .submit(new Command.CallVote(
                            match.state().openAmendments().get(0).id())));
        }
        match.advanceTo(Stage.round(2));
        assertThat(match.state().text()).containsEntry("law", "silent").containsEntry("forum", "un");
        Mind west = new Mind(match.view(Viewer.seat("west")));
        assertThat(west.ideal("law")).isEqualTo("applies");
        assertThat(west.gain("law", "applies")).isZero();

        Bot hardliner = Strategies.create("hardliner", match.state().scenario(), "west", 1);
        List<Command> sent = new BotTable(match).turn("west", hardliner);
        assertThat(sent).noneMatch(Command.Propose.class::isInstance);
    }
}
