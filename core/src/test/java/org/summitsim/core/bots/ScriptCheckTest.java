package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;

/** A rule script with a value that can never match is refused when it is loaded, with where and what is allowed. */
class ScriptCheckTest {

    private static final Scenario MINI = ScenarioCatalog.load("classroom-mini");

    @TempDir
    Path dir;

    private Throwable loading(String json) throws Exception {
        Path file = dir.resolve("hawk.json");
        Files.writeString(file, json);
        try {
            ScriptBot.load(file, new BotSeat("netherlands", new SplittableRandom(1), null), MINI);
            return null;
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    @Test
    void everyValueThatCanNeverMatchIsNamedWithWhatIsAllowed() throws Exception {
        Throwable e = loading(
                "{\"name\":\"hawk\",\"rules\":["
                        + "{\"when\":{\"phase\":\"ROUND1\"},\"then\":[{\"decide\":\"maybe\"}]},"
                        + "{\"when\":{\"text\":{\"instrumnt\":[\"negotiate\"]}},\"then\":[{\"say\":\"Law now.\"}]},"
                        + "{\"then\":[{\"vote\":\"support\"},{\"say\":\"a\",\"ready\":true}]},"
                        + "{\"when\":{\"amendment\":{\"clause\":\"human\",\"option\":\"total\"}},\"then\":[{\"vote\":\"maybe\"}]}]}");
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .startsWith("The bot script " + dir.resolve("hawk.json") + " has 7 problems:")
                .contains("rule 1, when.phase: \"ROUND1\" is not known; use OPENING, ROUND, ROUND 2 (any round by its"
                        + " number) or FINAL.")
                .contains("rule 1, action 1, decide: \"maybe\" is not known; use sign, abstain or push.")
                .contains("rule 2, when.text: \"instrumnt\" is not known; the clauses are human, process, instrument.")
                .contains("rule 3, action 1: \"vote\" acts on the amendment the rule matches; add \"amendment\":"
                        + " {\"clause\": ...} to its \"when\".")
                .contains("rule 3, action 2: an action does exactly one thing (say, dm, propose, vote, cosponsor,"
                        + " pledge, decide, accept, decline or ready); this one sets say and ready.")
                .contains(
                        "rule 4, when.amendment (human): \"total\" is not known; its wordings are oversight, meaningful,"
                                + " chain.")
                .contains("rule 4, action 1, vote: \"maybe\" is not known; use support, oppose or abstain.");
    }

    @Test
    void aFieldThatDoesNotExistIsNamedWithWhereItIsAndTheFieldsThereAre() throws Exception {
        Throwable e = loading(
                "{\"name\":\"hawk\",\"rules\":[{\"then\":[{\"say\":\"Hi.\"}]},{\"then\":[{\"shout\":\"Hi!\"}]}]}");
        assertThat(e.getMessage())
                .isEqualTo("The bot script " + dir.resolve("hawk.json") + " uses \"shout\" in rules[2].then[1], which"
                        + " is not a field there; the fields are accept, cosponsor, decide, decline, dm, pledge, propose,"
                        + " ready, say, statement, vote (docs/BOTS.md, \"Rule scripts\").");
    }

    @Test
    void aSoundScriptLoads() throws Exception {
        assertThat(loading("{\"name\":\"dove\",\"rules\":["
                        + "{\"when\":{\"phase\":\"round 2\",\"amendment\":{\"clause\":\"human\"}},"
                        + "\"then\":[{\"vote\":\"support\"}]},"
                        + "{\"when\":{\"phase\":\"FINAL\",\"offerFrom\":\"any\"},\"then\":[{\"decline\":true}]},"
                        + "{\"when\":{\"phase\":\"FINAL\"},\"then\":[{\"decide\":\"sign\",\"statement\":\"Yes.\"}]}]}"))
                .isNull();
    }
}
