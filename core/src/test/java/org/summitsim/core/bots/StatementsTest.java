package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView.ClauseView;
import org.summitsim.core.view.Viewer;

/** What bots say on their own: opening statements and the rationales of their amendments. */
class StatementsTest {

    private static final Scenario HAGUE = ScenarioCatalog.load("hague-2023");

    /** Each seat's opening statement with its own name replaced, so only the wording is compared. */
    private static Map<String, String> openings(String strategy) {
        MatchDriver match = MatchDriver.open(HAGUE).toOpening();
        BotTable table = new BotTable(match);
        Map<String, String> out = new HashMap<>();
        for (Delegation d : HAGUE.delegations()) {
            for (Command c : table.turn(d.id(), Strategies.create(strategy, HAGUE, d.id(), 7))) {
                if (c instanceof Command.Say say) {
                    out.put(d.id(), say.text().replace(d.name(), "NAME"));
                }
            }
        }
        return out;
    }

    @Test
    void openingStatementsOfARoomOfOneStrategyDiffer() {
        for (String strategy : List.of("mediator", "coalition", "hardliner", "utility")) {
            Map<String, String> said = openings(strategy);
            assertThat(said).as(strategy).hasSize(HAGUE.delegations().size());
            if (!strategy.equals("hardliner")) { // a hardliner states its one demand, and many share it
                assertThat(new ArrayList<>(said.values())).as(strategy).doesNotHaveDuplicates();
            }
            // and no opening sentence is heard from more than a third of the room
            Map<String, Integer> firsts = new HashMap<>();
            said.values().forEach(s -> firsts.merge(s.split("(?<=[.:]) ")[0], 1, Integer::sum));
            assertThat(firsts.values())
                    .as(strategy + ": " + firsts)
                    .allSatisfy(n -> assertThat(n)
                            .isLessThanOrEqualTo(HAGUE.delegations().size() / 3));
        }
    }

    @Test
    void aBridgeBuilderThatWantsATreatySaysSo() {
        // The play-test: the host and a treaty champion opened with the same sentence.
        Map<String, String> said = openings("mediator");
        MatchDriver match = MatchDriver.open(HAGUE).toOpening();
        List<String> champions = HAGUE.delegations().stream()
                .map(Delegation::id)
                .filter(id -> new Mind(match.view(Viewer.seat(id))).aim() == Decision.PUSH_BINDING)
                .toList();
        assertThat(champions).contains("costa-rica", "austria");
        for (String champion : champions) {
            assertThat(said.get(champion).split("(?<=\\.) ")[0])
                    .as(champion + "'s first sentence")
                    .containsAnyOf("treaty", "binding law", "new law", "rules that bind");
        }
        assertThat(said.get("netherlands").split("(?<=\\.) ")[0]).doesNotContain("treaty", "binding law", "new law");
    }

    @Test
    void aWordingBetterOnlyForAPartnersSignatureSaysSo() {
        // The play-test: Türkiye's "Responsible chain of command is better than what the text says now
        // (Appropriate human oversight), though the wording we want is Appropriate human oversight".
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        MatchDriver.ok(match.seat("united-states")
                .pledge(Decision.SIGN, new org.summitsim.core.scenario.TextCondition("human", List.of("chain"))));
        Mind turkiye = new Mind(match.view(Viewer.seat("turkiye")));
        assertThat(turkiye.ideal("human")).isEqualTo(turkiye.current("human"));
        assertThat(turkiye.gain("human", "chain")).isPositive();
        assertThat(Phrases.rationale(turkiye, "human", "chain"))
                .startsWith("The text already says what we like best here, but the United States will sign only with")
                .endsWith("wants to sign beside it.");
    }

    @Test
    void aRationaleSaysItsWordingMattersOnlyWhenItIsTheOneWanted() {
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        int steps = 0;
        for (Delegation d : HAGUE.delegations()) {
            Mind mind = new Mind(match.view(Viewer.seat(d.id())));
            for (ClauseView c : mind.view().text()) {
                String ideal = mind.ideal(c.id());
                String wanted = "\"" + mind.optionLabel(c.id(), ideal) + "\"";
                assertThat(Phrases.rationale(mind, c.id(), ideal)).contains("is what makes this clause acceptable");
                for (ClauseOption o : c.options()) {
                    if (o.id().equals(ideal)) {
                        continue;
                    }
                    String r = Phrases.rationale(mind, c.id(), o.id());
                    assertThat(r)
                            .as(d.id() + " on " + c.id() + "=" + o.id())
                            .doesNotContain("makes this clause acceptable")
                            .contains(wanted)
                            // the play-test: "better than what the text says now (X), though the wording we want is X"
                            .doesNotContain("now (" + wanted + "), though the wording we want is " + wanted);
                    if (mind.gain(c.id(), o.id()) > 4) {
                        steps++;
                        assertThat(r).contains("better than what the text says now", "matters a great deal");
                    }
                }
            }
        }
        assertThat(steps).isPositive(); // the case a player met: a big step that is still not the ideal
    }
}
