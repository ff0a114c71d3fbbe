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

/**
 * In Seoul signing hedges against a treaty track (docs/RULES.md): China, against the track, says
 * so when asked whether it will sign, since the coalition's forming is what would change its mind.
 */
class HedgeAnswersTest {

    private static final Scenario SEOUL = ScenarioCatalog.load("seoul-2024");
    private static final String PERSON = "kenya";

    private static String ask(MatchDriver match, String seat, String text) {
        BotTable table = new BotTable(match);
        Bot bot = Strategies.create("utility", SEOUL, seat, 7);
        bot.seatedPeople(Set.of(PERSON));
        MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Whisper(seat, text)));
        return BotTable.whispersTo(table.turn(seat, bot), PERSON);
    }

    /**
     * Round 1, with the text as it usually ends (the Blueprint's three lines added, the REAIM process
     * bridged to the UN): China is a point from signing, and a treaty track would tip it.
     */
    private static MatchDriver usualText() {
        MatchDriver match = MatchDriver.open(SEOUL).toRound(1);
        String[][] changes = {{"nuclear", "control"}, {"wmd", "prevent"}, {"risk", "assessments"}, {"process", "bridge"}
        };
        for (String[] c : changes) {
            MatchDriver.ok(match.seat("republic-of-korea").propose(c[0], c[1]));
            String id = match.state().openAmendments().get(0).id();
            for (var d : SEOUL.playable()) {
                if (!d.id().equals("republic-of-korea")) {
                    MatchDriver.ok(match.seat(d.id()).support(id));
                }
            }
            assertThat(match.state().text().get(c[0])).isEqualTo(c[1]);
        }
        return match;
    }

    @Test
    void chinaSaysATreatyCoalitionWouldMakeItSign() {
        String answer = ask(usualText(), "china", "Will you sign the Blueprint?");

        assertThat(answer)
                .contains("we intend to abstain")
                .contains("But if enough states push for binding law (13 are needed), we would sign after all:"
                        + " signing halves what a treaty track would cost us.");
    }

    @Test
    void withTheCoalitionPledgedChinaSignsAndSaysWhy() {
        MatchDriver match = usualText();
        // Austria brings 11 states with it (the groups that push with it or follow it), Sierra Leone the 13th.
        for (String seat : List.of("austria", "sierra-leone")) {
            MatchDriver.ok(match.submit(
                    Actor.seat(seat), new Command.MakePledge(Decision.PUSH_BINDING, List.of(), null, true)));
        }

        assertThat(ask(match, "china", "Will you sign the Blueprint?").strip())
                .startsWith("Yes")
                .endsWith("With enough states pledged to push for binding law, signing is also our hedge: it halves"
                        + " what a treaty track would cost us.");
    }

    /** Where signing hedges nothing (the Hague), no word of it. */
    @Test
    void elsewhereNoWordOfAHedge() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        MatchDriver match = MatchDriver.open(hague).toRound(1);
        BotTable table = new BotTable(match);
        Bot bot = Strategies.create("utility", hague, "china", 7);
        bot.seatedPeople(Set.of("netherlands"));
        MatchDriver.ok(match.submit(Actor.seat("netherlands"), new Command.Whisper("china", "Will you sign?")));

        assertThat(BotTable.whispersTo(table.turn("china", bot), "netherlands")).doesNotContain("hedge", "halves");
    }
}
