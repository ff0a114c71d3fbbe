package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.Viewer;

/**
 * "Will you sign if the text calls for treaty negotiations?" is answered for that text, not for
 * the text as it reads now, and without a pledge: a player weighing an amendment learns what it
 * would change. Every bot of a hague-2023 table is asked, in the first round.
 */
class ConditionalQuestionTest {

    private static final Scenario HAGUE = ScenarioCatalog.load("hague-2023");
    private static final String PERSON = "netherlands";

    @Test
    void aBotAnswersForTheTextTheQuestionDescribes() {
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        BotTable table = new BotTable(match);
        int differs = 0;
        int asked = 0;
        for (var d : HAGUE.playable()) {
            if (d.id().equals(PERSON)) {
                continue;
            }
            Bot bot = Strategies.create("utility", HAGUE, d.id(), 7);
            bot.seatedPeople(Set.of(PERSON));
            Mind mind = new Mind(match.view(Viewer.seat(d.id())));
            Decision then = mind.bestDecisionIf("instrument", "negotiate");
            MatchDriver.ok(match.submit(
                    Actor.seat(PERSON),
                    new Command.Whisper(d.id(), "Will you sign if the text says call for treaty negotiations?")));
            List<Command> sent = table.turn(d.id(), bot);
            String answer = whispers(sent);
            assertThat(answer)
                    .as(d.id())
                    .startsWith((then == Decision.SIGN ? "Yes" : "No") + ": with \"Call for treaty negotiations\"")
                    .contains("not a promise");
            // Asked without the "if", a bot that would sign pledges to sign: a hypothesis is no pledge.
            assertThat(sent)
                    .as("a hypothesis makes no pledge to sign")
                    .noneMatch(c -> c instanceof Command.MakePledge p && p.decision() == Decision.SIGN);
            differs += then != mind.bestDecision() ? 1 : 0;
            asked++;
        }
        assertThat(asked).isEqualTo(23);
        assertThat(differs)
                .as("bots for which the condition changes the answer")
                .isPositive();
    }

    /** Whatever the strategy, the yes or no agrees with what the bot says it would then do. */
    @Test
    void theYesOrNoAgreesWithTheDecisionItNames() {
        Scenario mini = ScenarioCatalog.load("classroom-mini");
        for (String strategy : List.of("utility", "mediator", "hardliner", "coalition")) {
            for (var d : mini.playable()) {
                if (d.id().equals("germany")) {
                    continue;
                }
                MatchDriver match = MatchDriver.open(mini).toRound(1);
                BotTable table = new BotTable(match);
                Bot bot = Strategies.create(strategy, mini, d.id(), 7);
                bot.seatedPeople(Set.of("germany"));
                MatchDriver.ok(match.submit(
                        Actor.seat("germany"),
                        new Command.Whisper(d.id(), "would you sign if the text says meaningful human control?")));
                String answer = BotTable.whispersTo(table.turn(d.id(), bot), "germany");
                assertThat(answer.startsWith("Yes"))
                        .as(strategy + " at " + d.id() + ": " + answer)
                        .isEqualTo(answer.contains("we would sign it"));
            }
        }
    }

    private static String whispers(List<Command> commands) {
        return BotTable.whispersTo(commands, PERSON);
    }
}
