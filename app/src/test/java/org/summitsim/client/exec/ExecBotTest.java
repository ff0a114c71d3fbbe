package org.summitsim.client.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.headless.SeatRecord;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;

/**
 * A bot that is a program of its own ({@code exec:COMMAND}), as a bot author in another language
 * writes one: started by Summit, it plays its seat turn by turn over its standard input and
 * output and hears the end; one that dies, chatters on its standard output, sends what is not a
 * command or answers late is taken out of the match with the reason, and the match goes on.
 */
@IntegrationTest
class ExecBotTest {

    private static final Scenario SCENARIO = ScenarioCatalog.load("classroom-mini");

    @TempDir
    Path dir;

    /** The strategy that runs {@link TurnProgram} in {@code mode}, as a bot author writes exec:python3 bot.py. */
    private String strategy(String mode) {
        return "exec:" + Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + System.getProperty("java.class.path") + " " + TurnProgram.class.getName() + " " + mode + " "
                + dir.resolve("heard.txt");
    }

    private MatchRecord play(String strategy, long seed) {
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> strategies = new LinkedHashMap<>();
        SCENARIO.playable().forEach(d -> {
            String s = d.id().equals("netherlands") ? strategy : "utility";
            strategies.put(d.id(), s);
            bots.put(d.id(), Strategies.create(s, SCENARIO, d.id(), seed));
        });
        return new HeadlessMatch(SCENARIO, seed, Settings.of(SCENARIO), bots, strategies, BotCaller.DIRECT).play();
    }

    @Test
    void aProgramPlaysItsSeatTurnByTurnAndHearsTheEnd() throws Exception {
        String program = strategy("play");
        Strategies.checkClass(program);
        MatchRecord first = play(program, 1);
        MatchRecord second = play(program, 2);
        for (MatchRecord r : List.of(first, second)) {
            SeatRecord nl = r.seats().get("netherlands");
            assertThat(nl.failure()).isNull();
            assertThat(nl.invalid()).as(String.valueOf(nl.refused())).isZero();
            assertThat(nl.accepted()).isGreaterThan(2);
            assertThat(r.outcome().decisions().get("netherlands").decision()).isEqualTo(Decision.SIGN);
            assertThat(r.outcome().decisions().get("netherlands").defaulted()).isFalse();
        }
        // "finished" has no answer, so the program may still be writing the last one down.
        List<String> heard = heardOnce(l -> l.equals("finished netherlands SIGN"), 2);
        assertThat(heard).filteredOn(l -> l.startsWith("start ")).hasSize(2).allMatch(l -> l.endsWith(" netherlands"));
        assertThat(heard.get(0)).isNotEqualTo(heard.get(heard.indexOf("finished netherlands SIGN") + 1));
        assertThat(heard).filteredOn(l -> l.equals("finished netherlands SIGN")).hasSize(2);
    }

    /** What the program wrote down, once it has written {@code count} lines that match (or a minute passed). */
    private List<String> heardOnce(java.util.function.Predicate<String> line, int count) throws Exception {
        Path file = dir.resolve("heard.txt");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        List<String> heard = Files.readAllLines(file);
        while (heard.stream().filter(line).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            heard = Files.readAllLines(file);
        }
        return heard;
    }

    @Test
    void aProgramThatEndsIsTakenOutWithItsLastWordsAndTheMatchGoesOn() {
        SeatRecord nl = play(strategy("crash"), 1).seats().get("netherlands");
        assertThat(nl.benched()).isTrue();
        assertThat(nl.failure())
                .contains("stopped: it ended (exit code 3)")
                .contains("its last words: Traceback: boom");
        // The next seat that needs it starts it afresh.
        assertThat(play(strategy("crash"), 2).seats().get("netherlands").failure())
                .contains("exit code 3");
    }

    /** An analysis plays on with the program out of the matches it failed in, and says how often, and why. */
    @Test
    void anAnalysisPlaysOnAndSaysWhichMatchesTookTheProgramOut() {
        org.summitsim.core.analysis.Analysis analysis =
                new org.summitsim.core.analysis.Analysis(SCENARIO, List.of(strategy("crash"), "utility"));
        analysis.run(4, 1, 1, done -> {});
        List<org.summitsim.core.analysis.Analysis.Fault> faults = analysis.faults();
        assertThat(faults).isNotEmpty().allMatch(f -> f.strategy().equals(strategy("crash")));
        assertThat(faults.get(0).match()).isZero();
        assertThat(faults.get(0).failure()).contains("stopped: it ended (exit code 3)", "Traceback: boom");
    }

    @Test
    void whatIsNotAnAnswerSaysWhatWasWrong() {
        assertThat(play(strategy("chatter"), 1).seats().get("netherlands").failure())
                .contains("answered with a line that is not JSON: hello from my bot")
                .contains("write debugging output to standard error");
    }

    /** As the server refuses it: the program hears why, in words, and plays on. */
    @Test
    void aCommandThatDoesNotReadIsRefusedInWordsAndThePlayGoesOn() throws Exception {
        SeatRecord nl = play(strategy("dance"), 1).seats().get("netherlands");
        assertThat(nl.benched()).isFalse();
        // Counted among the seat's refused moves, as a move the rules refuse is.
        assertThat(nl.invalid()).isPositive();
        assertThat(nl.refused().get(0))
                .endsWith(": dance: \"dance\" is not a command. A delegation's commands: " + commandList());
        String refusal =
                "rejected 1 unknown_command\"dance\" is not a command. A delegation's commands: " + commandList();
        assertThat(heardOnce(refusal::equals, 1)).contains(refusal);
    }

    /** A network bot ported to exec keeps the network's envelope by habit: the refusal says to drop it. */
    @Test
    void aCommandInTheNetworksEnvelopeIsToldToDropIt() {
        SeatRecord nl = play(strategy("envelope"), 1).seats().get("netherlands");
        assertThat(nl.refused().get(0))
                .contains("\"command\" is not a command.")
                .endsWith("Over exec, list the command itself ({\"type\":\"say\",\"text\":\"...\"}), without the"
                        + " network's {\"type\":\"command\",\"stage\":...} around it.");
    }

    private static String commandList() {
        try {
            org.summitsim.protocol.MessageParser.command(
                    org.summitsim.core.json.Json.mapper().createObjectNode().put("type", "dance"));
        } catch (org.summitsim.protocol.ProtocolError e) {
            String list = "A delegation's commands: ";
            return e.getMessage().substring(e.getMessage().indexOf(list) + list.length());
        }
        throw new AssertionError("dance became a command");
    }

    @Test
    void aProgramThatAnswersLateIsStopped() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Program late = new Program(
                List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        TurnProgram.class.getName(),
                        "sleep",
                        dir.resolve("heard.txt").toString()),
                "late",
                1_500);
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> strategies = new LinkedHashMap<>();
        SCENARIO.playable().forEach(d -> {
            strategies.put(d.id(), d.id().equals("netherlands") ? "exec:late" : "utility");
            bots.put(
                    d.id(),
                    d.id().equals("netherlands")
                            ? new ExecBot(late, d.id(), 7)
                            : Strategies.create("utility", SCENARIO, d.id(), 1));
        });
        SeatRecord nl = new HeadlessMatch(SCENARIO, 1, Settings.of(SCENARIO), bots, strategies, BotCaller.DIRECT)
                .play()
                .seats()
                .get("netherlands");
        assertThat(nl.failure()).contains("late stopped: it did not answer a turn within 1.5 s");
    }

    @Test
    void aProgramThatDoesNotStartIsRefusedBeforeAnyMatchWithItsLastWords() {
        assertThatThrownBy(() -> Strategies.checkClass(strategy("nostart")))
                .hasMessageContaining("did not start: ")
                .hasMessageContaining(" stopped: it ended (exit code 2)")
                .hasMessageContaining("its last words: can't open file 'nosuchbot.py'")
                .hasMessageStartingWith("The program exec:");
    }

    /** Node and Java print the error first and a long stack after it: the error is quoted, not only the stack's end. */
    @Test
    void aProgramsErrorIsQuotedAboveItsStack() {
        assertThatThrownBy(() -> Strategies.checkClass(strategy("stack")))
                .hasMessageContaining("it said: TypeError: Cannot read properties of undefined (reading 'seat') ... and"
                        + " last: at node:internal/modules/run_main:1");
    }

    @Test
    void aCommandThatRunsNothingIsRefusedBeforeAnyMatch() {
        assertThatThrownBy(() -> Strategies.checkClass("exec:no-such-bot-program --fast"))
                .hasMessage("There is no program \"no-such-bot-program\" to run for exec:no-such-bot-program --fast:"
                        + " give a program on the PATH (such as exec:python3 bot.py) or the path of one that can be"
                        + " run (such as exec:./bot).");
        assertThatThrownBy(() -> Strategies.checkClass("exec: "))
                .hasMessageStartingWith("exec: needs the command that runs your bot after the colon");
        assertThat(Strategies.labels(List.of("exec:python3 bots/hawk.py", "exec:./dove --fast", "utility")))
                .containsEntry("exec:python3 bots/hawk.py", "hawk.py")
                .containsEntry("exec:./dove --fast", "dove");
    }
}
