package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summitsim.client.console.command.ConsoleError;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.Viewer;

/**
 * The chair at the console hides the words a delegation sent with its final decision, as the
 * teacher's page does: only words it has heard, only before the reveal, and by the delegation's name.
 */
class HideDecisionWordsTest {

    private final Sample sample = new Sample();
    private final ClientState state = facilitator();
    private final FakeContext ctx = new FakeContext(state);

    private ClientState facilitator() {
        ClientState s = new ClientState();
        s.welcome(Sample.chairWelcome(null, sample.match.view(Viewer.FACILITATOR), null));
        s.localScenario(sample.scenario);
        return s;
    }

    @Test
    void theWordsSentWithADecisionAreHiddenByTheDelegationsName() throws Exception {
        state.event(
                40,
                0,
                new Event.DecisionSealed("germany", Decision.SIGN, "We sign, and we mean it."),
                "decision_sealed",
                true);
        state.event(41, 0, new Event.DecisionSealed("china", Decision.ABSTAIN, null), "decision_sealed", true);

        ctx.run("hide germany decision");
        assertThat(ctx.sent).last().isEqualTo(new Command.HideStatement(40L));
        assertThat(ctx.printed.toString())
                .contains("Left out of the reveal and the debrief: the words Germany sent with its decision,"
                        + " \u201cWe sign, and we mean it.\u201d");

        int before = ctx.sent.size();
        assertThatThrownBy(() -> ctx.run("hide china decision"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("China has no words with a final decision to hide.");
        state.event(42, 0, new Event.StatementHidden(40, "germany", true), "statement_hidden", true);
        assertThatThrownBy(() -> ctx.run("hide germany decision"))
                .as("once hidden")
                .hasMessage("Germany has no words with a final decision to hide.");
        assertThat(ctx.sent).hasSize(before);
    }
}
