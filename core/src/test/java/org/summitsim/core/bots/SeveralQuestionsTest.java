package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;

/**
 * A message of two questions gets an answer to each: a play-test's student asked a bot whether it
 * would sign and what it needed, and heard only about signing.
 */
class SeveralQuestionsTest {

    private static final Scenario SEOUL = ScenarioCatalog.load("seoul-2024");
    private static final String PERSON = "kenya";

    private static String ask(String seat, String text) {
        MatchDriver match = MatchDriver.open(SEOUL).toRound(1);
        BotTable table = new BotTable(match);
        Bot bot = Strategies.create("utility", SEOUL, seat, 7);
        bot.seatedPeople(Set.of(PERSON));
        MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Whisper(seat, text)));
        return BotTable.whispersTo(table.turn(seat, bot), PERSON);
    }

    @Test
    void twoQuestionsAboutDifferentThingsGetAnAnswerEach() {
        String both = ask("china", "Will you sign the Blueprint? What do you think about risk assessments?");
        String sign = ask("china", "Will you sign the Blueprint?");
        String risk = ask("china", "What do you think about risk assessments?");
        assertThat(sign).startsWith("Not as things stand: we intend to abstain.");
        assertThat(risk).startsWith("We would vote against \"Risk assessments and confidence-building\"");
        assertThat(both.strip()).isEqualTo(sign.strip() + " " + risk.strip());
    }

    /**
     * The play-test's Israel: "are you going to sign …? And do you think the treaty push will
     * succeed?" was answered "We did not quite follow". Now each part, the push with its count.
     */
    @Test
    void aQuestionAboutSigningAndOneAboutThePushGetBothAnswered() {
        String both = ask(
                "israel",
                "are you going to sign the final text as it is now? And do you think the treaty push will succeed?");
        assertThat(both).doesNotContain("did not quite follow", "did not catch").contains("13");
        assertThat(both.strip())
                .startsWith(ask("israel", "are you going to sign the final text as it is now?")
                        .strip());
    }

    /** One question understood beside one that is not: that one answered, not "we did not follow". */
    @Test
    void theQuestionUnderstoodIsAnsweredWhenTheOtherIsNot() {
        String sign = ask("china", "Will you sign the Blueprint?");
        assertThat(ask("china", "Do you think India will push? Will you sign the Blueprint?")
                        .strip())
                .isEqualTo(sign.strip());
    }

    /** "Which states follow you?": the groups outside the room that go with the seat, and how. */
    @Test
    void aBotSaysWhichStatesOutsideTheRoomGoWithIt() {
        assertThat(ask("austria", "Which states follow you?").strip())
                .isEqualTo("Groups of states outside this room go with us: Latin American and Caribbean governments"
                        + " (6 states) push for binding law whenever we do, and Attending governments that wanted a"
                        + " treaty (5 states) decide as we do.");
        assertThat(ask("sierra-leone", "Who are the other states that follow you?")
                        .strip())
                .isEqualTo("No states outside this room follow our lead: our decision counts for us alone.");
    }

    /** The same question twice, or a question and a remark, is answered once, as before. */
    @Test
    void aQuestionAskedTwiceIsAnsweredOnce() {
        String once = ask("china", "Will you sign the Blueprint?");
        assertThat(ask("china", "Will you sign the Blueprint? Will you sign it?"))
                .isEqualTo(once);
        assertThat(ask("china", "Hello? Will you sign the Blueprint?")).isEqualTo(once);
    }
}
