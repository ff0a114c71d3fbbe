package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class MainTest {

    /** Runs `summit args...` in-process with captured, colourless output. */
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode;

        Run(String... args) {
            this(Main.newCommandLine(), args);
        }

        Run(CommandLine cli, String... args) {
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exitCode = cli.execute(args);
        }
    }

    private static final String[] SUBCOMMANDS = {
        "demo", "serve", "play", "class", "bots", "match", "tournament", "analyze", "scenario", "report"
    };

    /** A mixed table's seats are named by the strategies they drew, as a room names them. */
    @Test
    void aMixedMatchNamesTheStrategyEachSeatDrew() throws Exception {
        Run run = new Run("match", "--scenario", "classroom-mini", "--bots", "mixed", "--seed", "3", "--json");
        assertThat(run.exitCode).as(run.err.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode seats = org.summitsim.core.json.Json.mapper()
                .readTree(run.out.toString())
                .path("seats");
        assertThat(seats.size()).isEqualTo(6);
        seats.forEach(seat -> assertThat(seat.path("strategy").asText())
                .as(seat.path("seat").asText())
                .isIn(org.summitsim.core.bots.Strategies.MIXED)
                .isEqualTo(org.summitsim.core.bots.Strategies.resolve(
                        "mixed", seat.path("seat").asText(), 3)));
    }

    /**
     * Help texts are format strings: a bare "95 % interval" made picocli warn on `analyze --help`.
     * Read from the annotations themselves (the model holds them formatted), without swapping
     * System.err, which tests running beside this one write to.
     */
    @Test
    void everyOptionsHelpIsAFormatStringThatFormats() {
        java.util.List<CommandLine> all = new java.util.ArrayList<>(java.util.List.of(Main.newCommandLine()));
        int checked = 0;
        for (int i = 0; i < all.size(); i++) {
            CommandLine cli = all.get(i);
            all.addAll(cli.getSubcommands().values());
            for (CommandLine.Model.OptionSpec o : cli.getCommandSpec().options()) {
                if (o.userObject() instanceof java.lang.reflect.AnnotatedElement element
                        && element.getAnnotation(CommandLine.Option.class) != null) {
                    for (String line :
                            element.getAnnotation(CommandLine.Option.class).description()) {
                        checked++;
                        assertThatCode(() -> String.format(java.util.Locale.ROOT, line))
                                .as(cli.getCommandName() + " " + o.longestName() + ": " + line)
                                .doesNotThrowAnyException();
                    }
                }
            }
        }
        assertThat(checked).as("descriptions read").isGreaterThan(50);
    }

    /** --focus is refused with the names the tables print, the short name of one's own bot among them. */
    @Test
    void aFocusNotInTheFieldIsRefusedWithTheFieldsNamesAsTheTablesPrintThem() {
        Run run = new Run(
                "analyze",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "script:bots/hawk.json,utility",
                "--matches",
                "1",
                "--seed",
                "1",
                "--focus",
                "dove");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString())
                .contains("--focus names a strategy of the field, one of hawk.json, utility; \"dove\" is not among"
                        + " them.");
    }

    @Test
    void validateNotesAShippedScenariosIdOnAnotherFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String shipped =
                java.nio.file.Files.readString(java.nio.file.Path.of("..", "scenarios", "classroom-mini.json"));
        java.nio.file.Path same = dir.resolve("same.json");
        java.nio.file.Path other = dir.resolve("other.json");
        java.nio.file.Files.writeString(same, shipped);
        java.nio.file.Files.writeString(other, shipped.replace("First lesson", "A first lesson"));
        assertThat(shipped).contains("First lesson");

        Run run = new Run("scenario", "validate", same.toString(), other.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .contains(same + ": valid (6 delegations, 3 clauses)" + System.lineSeparator() + other + ": valid")
                .contains("  note: the id \"classroom-mini\" is that of a scenario shipped with Summit, so a server"
                        + " refuses this file beside it");
        assertThat(run.out.toString().split("note:", -1))
                .as("one note, for the changed file")
                .hasSize(2);
    }

    @Test
    void calibrationRefusesATableOfChance(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("mine.json");
        java.nio.file.Files.writeString(
                file,
                java.nio.file.Files.readString(java.nio.file.Path.of("..", "scenarios", "classroom-mini.json"))
                        .replace("\"id\": \"classroom-mini\"", "\"id\": \"mine\""));
        String before = java.nio.file.Files.readString(file);

        Run few = new Run(
                "analyze",
                "--scenario",
                file.toString(),
                "--strategies",
                "utility,silent",
                "--matches",
                "3",
                "--seed",
                "1",
                "--calibrate");
        Run one = new Run(
                "analyze",
                "--scenario",
                file.toString(),
                "--strategies",
                "utility",
                "--matches",
                "200",
                "--seed",
                "1",
                "--calibrate");

        assertThat(few.exitCode).isNotZero();
        assertThat(few.err.toString()).contains("A par table from 3 matches would be mostly chance");
        assertThat(one.exitCode).isNotZero();
        assertThat(one.err.toString()).contains("with one strategy in every seat");
        assertThat(java.nio.file.Files.readString(file))
                .as("the file is untouched")
                .isEqualTo(before);
    }

    /**
     * A table that no longer fits the delegations (here a row gone, as when a delegation is added or
     * renamed) stops the scenario from loading; making it again must still work, as it replaces it.
     */
    @Test
    void calibrationReplacesATableThatNoLongerFits(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("mine.json");
        java.nio.file.Files.writeString(
                file,
                java.nio.file.Files.readString(java.nio.file.Path.of("..", "scenarios", "classroom-mini.json"))
                        .replace("\"id\": \"classroom-mini\"", "\"id\": \"mine\"")
                        .replaceAll("\n      \"austria\": \\[[^\\]]*\\],", ""));
        Run invalid = new Run("scenario", "validate", file.toString());
        assertThat(invalid.exitCode).isNotZero();
        assertThat(invalid.out.toString() + invalid.err)
                .contains("no row for \"austria\"", "summit analyze --scenario FILE --calibrate, which replaces it");

        Run calibrated = new Run(
                "analyze",
                "--scenario",
                file.toString(),
                "--strategies",
                "utility,silent",
                "--matches",
                "200",
                "--seed",
                "1",
                "--calibrate");

        assertThat(calibrated.exitCode).as(calibrated.err.toString()).isZero();
        assertThat(calibrated.out.toString()).contains("Par table of 6 roles from 200 matches written to " + file);
        assertThat(org.summitsim.core.scenario.ScenarioReader.read(file).par().quantiles())
                .containsKey("austria");
    }

    @Test
    void helpIsACommandTooAndAFileNameKeepsItsCase() throws Exception {
        Run help = new Run("help");
        assertThat(help.exitCode).isZero();
        assertThat(help.out.toString()).contains(SUBCOMMANDS);
        Run scenario = new Run("help", "scenario");
        assertThat(scenario.exitCode).isZero();
        assertThat(scenario.out.toString()).contains("validate", "lint");

        // Relative, as a teacher types it: the old message began "Target/v4.json".
        java.nio.file.Path file = java.nio.file.Path.of("target", "v4.json");
        java.nio.file.Files.writeString(file, "{\"id\": \"v4\"}");
        Run broken = new Run("match", "--scenario", file.toString(), "--bots", "utility", "--seed", "1");
        assertThat(broken.exitCode).isNotZero();
        assertThat(broken.err.toString()).startsWith(file.toString());
    }

    /** A teacher with only the program starts a scenario of their own from a shipped one. */
    @Test
    void aShippedScenarioIsCopiedUnderTheFilesName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("class-9b.json");
        Run copy = new Run("scenario", "copy", "classroom-mini", file.toString());
        assertThat(copy.exitCode).as(copy.err.toString()).isZero();
        assertThat(copy.out.toString()).startsWith("Wrote " + file + " (id \"class-9b\"), a copy of classroom-mini.");
        var read = org.summitsim.core.scenario.ScenarioReader.read(file);
        assertThat(read.id()).isEqualTo("class-9b");
        assertThat(read.delegations())
                .hasSameSizeAs(org.summitsim.core.scenario.ScenarioCatalog.load("classroom-mini")
                        .delegations());
        Run valid = new Run("scenario", "validate", file.toString());
        assertThat(valid.exitCode).isZero();
        assertThat(valid.out.toString()).doesNotContain("note:");

        Run again = new Run("scenario", "copy", "classroom-mini", file.toString());
        assertThat(again.exitCode).isNotZero();
        assertThat(again.err.toString()).contains("exists already");
        Run badName = new Run(
                "scenario",
                "copy",
                "classroom-mini",
                dir.resolve("Class 9B.json").toString());
        assertThat(badName.err.toString()).contains("small letters, digits and dashes");
        Run unknown =
                new Run("scenario", "copy", "atlantis", dir.resolve("x.json").toString());
        assertThat(unknown.exitCode).isNotZero();
        assertThat(unknown.err.toString()).contains("atlantis");
    }

    @Test
    void helpListsEverySubcommand() {
        Run run = new Run("--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).contains(SUBCOMMANDS).contains("--verbose", "--version");
        assertThat(run.err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo",
                "serve",
                "play",
                "class",
                "bots",
                "match",
                "tournament",
                "analyze",
                "scenario",
                "report",
                "scenario list",
                "scenario show",
                "scenario copy",
                "scenario validate",
                "scenario lint"
            })
    void everySubcommandHasHelp(String command) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";
        Run run = new Run(args);
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).startsWith("Usage: summit " + command);
        assertThat(run.err.toString()).isEmpty();
    }

    @Test
    void helpShowsDeclaredOptionsAndDefaults() {
        assertThat(new Run("serve", "--help").out.toString())
                .contains(
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "7777",
                        "--data",
                        "./summit-data",
                        "--fsync",
                        "interval",
                        "always",
                        "never",
                        "--sync-interval-ms");
        assertThat(new Run("tournament", "--help").out.toString())
                .contains("--scenario", "--strategies", "--matches", "--seed", "--threads", "--csv", "--json");
        assertThat(new Run("report", "--help").out.toString()).contains("html, md, json, csv");
        assertThat(new Run("analyze", "--help").out.toString())
                .contains("--scenario", "--strategies", "--matches", "--seed", "--threads", "--json", "--parts");
        assertThat(new Run("scenario", "lint", "--help").out.toString()).contains("--matches", "200", "--seed", "2026");
    }

    @Test
    void analyzePrintsARoleByNameReportThatFitsTheScreenAndWritesTheJson(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("analysis.json");
        Run run = new Run(
                "analyze",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "utility,silent",
                "--matches",
                "6",
                "--seed",
                "1",
                "--threads",
                "2",
                "--json",
                json.toString());
        assertThat(run.exitCode).isZero();
        String out = run.out.toString();
        assertThat(out)
                .contains(
                        "ROLES",
                        "MEAN SHOWN SCORE BY STRATEGY",
                        "TENSION",
                        "SCORE PARTS",
                        "THE TEXT",
                        "BINDING LAW",
                        "KNOWN EXPLOITS",
                        "TARGETS",
                        "Costa Rica",
                        "United States",
                        "JSON written to")
                .doesNotContain("costa-rica", "united-states");
        // A failed target says what it asks, not only where the figure stands.
        assertThat(out).contains("FAIL  ");
        assertThat(java.util.Arrays.stream(out.split("\nFAIL  ", -1)).skip(1))
                .allSatisfy(t -> assertThat(t.split("\n(PASS|FAIL|N/A) ")[0].replaceAll("\\s+", " "))
                        .contains("; the target: "));
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        var tree = Json.mapper().readTree(json.toFile());
        assertThat(tree.get("scenario").asText()).isEqualTo("classroom-mini");
        assertThat(tree.get("matches").asInt()).isEqualTo(6);
        assertThat(tree.get("roles")).hasSize(6);
        assertThat(tree.get("targets").size()).isGreaterThanOrEqualTo(10);
        // The progress counts the replays of the exploit checks too, and says so.
        assertThat(run.err.toString())
                .contains("Playing 24 games: 6 matches and 18 replays of the first ones", "24 games in");
    }

    @Test
    void analyzeRefusesAnUnknownStrategyInOneSentence() {
        Run run = new Run(
                "analyze",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "utility,bluffer",
                "--matches",
                "2",
                "--seed",
                "1");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString().strip())
                .startsWith("There is no strategy \"bluffer\".")
                .doesNotContain("\tat ");
    }

    @Test
    void lintAddsAShortAnalysisOfAMixedField() {
        Run run = new Run("scenario", "lint", "classroom-mini", "--matches", "5", "--threads", "2");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .contains("Balance of classroom-mini: 5 matches of utility, mediator", "Costa Rica", "warning")
                .contains("(Balance, not errors: the file plays as it is.")
                .doesNotContain("costa-rica ");
        assertThat(run.out.toString().lines())
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        Run quick = new Run("scenario", "lint", "classroom-mini", "--matches", "0");
        assertThat(quick.out.toString()).doesNotContain("Balance of", "from play");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASentence() {
        Run run = new Run("serve", "--frobnicate");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString())
                .startsWith("Unknown option: '--frobnicate'.")
                .contains("Try 'summit serve --help' for more information.")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out.toString()).isEmpty();
    }

    @Test
    void aBadFsyncModeIsOneSentenceNamingTheChoices() {
        Run run = new Run("serve", "--port", "0", "--fsync", "sometimes");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString().strip())
                .isEqualTo("--fsync: \"sometimes\" is not a journal durability; use one of always, interval, never.");
        assertThat(run.out.toString()).isEmpty();
    }

    @Test
    void noThreadsAndNoMatchesAreRefusedByEveryCommandThatRunsMatches() {
        String series = "--scenario classroom-mini --strategies utility --matches 1 --seed 1 --threads 0";
        for (String line : List.of(
                "tournament " + series, "analyze " + series, "scenario lint classroom-mini --matches 1 --threads 0")) {
            String[] args = line.split(" ");
            Run run = new Run(args);
            assertThat(run.exitCode).as(line).isEqualTo(1);
            assertThat(run.err.toString().strip()).as(args[0]).isEqualTo("--threads must be at least 1.");
        }
        Run none = new Run(
                "analyze", "--scenario", "classroom-mini", "--strategies", "utility", "--matches", "0", "--seed", "1");
        assertThat(none.err.toString().strip()).isEqualTo("--matches must be at least 1.");
    }

    @Test
    void aSyncIntervalBelowOneMillisecondIsRefusedBeforeAnythingStarts() {
        Run run = new Run("serve", "--port", "0", "--sync-interval-ms", "0");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString().strip())
                .isEqualTo("--sync-interval-ms must be at least 1 (milliseconds), not 0.");
        assertThat(run.out.toString()).isEmpty();
    }

    @Test
    void unknownSubcommandSuggestsTheNearestOne() {
        Run run = new Run("tournamnet");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("tournament");
    }

    /**
     * A tournament names each strategy's best and worst seat with the command that plays that match
     * again, and the command gives that very seat's score: a bot author goes from a mean to the match
     * that explains it.
     */
    @Test
    void aTournamentNamesEachStrategysBestAndWorstMatchAndItPlaysAgainTheSame(@TempDir Path dir) {
        Run tournament = new Run(
                "tournament",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "utility,silent",
                "--matches",
                "6",
                "--seed",
                "3",
                "--threads",
                "1");
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                        "    worst: (.+), (-?[0-9.]+) points, ([0-9.]+) out of 100: summit match (.+) --journal"
                                + " worst-([a-z-]+)\\.jsonl")
                .matcher(tournament.out.toString());
        assertThat(tournament.out.toString()).contains("Why a strategy did well or badly", "    best: ");
        assertThat(line.find()).as(tournament.out.toString()).isTrue();
        String delegation = line.group(1);
        String points = line.group(2);
        long shown = Math.round(Double.parseDouble(line.group(3)));
        List<String> args = new java.util.ArrayList<>(List.of(line.group(4).split(" ")));
        args.add(0, "match");
        args.add("--journal");
        args.add(dir.resolve("worst.jsonl").toString());

        Run again = new Run(args.toArray(String[]::new));
        assertThat(again.exitCode).isZero();
        assertThat(again.out.toString())
                .containsPattern("(?m)^  " + java.util.regex.Pattern.quote(delegation) + " +utility .* "
                        + java.util.regex.Pattern.quote(points) + " points +" + shown + " ");
        assertThat(dir.resolve("worst.jsonl")).exists();
    }

    @Test
    void aMatchSaysWhyTheRulesRefusedAScriptsMoves(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("early.json");
        java.nio.file.Files.writeString(
                script,
                "{\"name\":\"Early bird\",\"fallback\":\"silent\",\"rules\":["
                        + "{\"when\":{\"phase\":\"FINAL\"},\"then\":[{\"decide\":\"sign\"},{\"decide\":\"abstain\"}]}]}");
        Run run = new Run(
                "match", "--scenario", "classroom-mini", "--bots", "script:" + script + ",silent", "--seed", "1");
        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(run.out.toString())
                .contains("Moves the rules refused:")
                .containsPattern("  Netherlands \\(script:[^)]*\\): 1 refused\n    the final decisions: decide: .+");
    }

    @Test
    void aMatchSaysWhatABotThrewAndWhere() {
        String bot = "class:org.summitsim.client.tournament.TournamentTest$ThrowingBot";
        Run run = new Run("match", "--scenario", "classroom-mini", "--bots", bot + ",silent", "--seed", "1");
        // Played to the end, but not a clean run: a bot author's script can tell.
        assertThat(run.exitCode).as(run.err.toString()).isEqualTo(3);
        assertThat(run.out.toString())
                .contains(
                        "Bots taken out of the match (the scenario's default decision played their seats from then on):")
                .containsPattern("  Netherlands \\(class:[^)]*ThrowingBot\\): the briefing: IllegalStateException: bug"
                        + " in a bot \\(at [^\\n]*TournamentTest\\.java:\\d+\\)\\)\n");
    }

    /** A tournament or an analysis that took a bot out also plays to the end, says so, and ends with 3. */
    @Test
    void aSeriesThatTookABotOutEndsWithItsOwnExitCode() {
        String bot = "class:org.summitsim.client.tournament.TournamentTest$ThrowingBot";
        String[] field = {
            "--scenario", "classroom-mini", "--strategies", bot + ",silent", "--matches", "2", "--seed", "1"
        };
        Run tournament = new Run(prepend("tournament", field));
        assertThat(tournament.exitCode).as(tournament.err.toString()).isEqualTo(3);
        assertThat(tournament.out.toString()).contains("IllegalStateException: bug in a bot");
        Run analysis = new Run(prepend("analyze", field));
        assertThat(analysis.exitCode).as(analysis.err.toString()).isEqualTo(3);
        assertThat(analysis.out.toString()).contains("TARGETS", "IllegalStateException: bug in a bot");
        String[] clean = {
            "--scenario", "classroom-mini", "--strategies", "utility,silent", "--matches", "2", "--seed", "1"
        };
        assertThat(new Run(prepend("tournament", clean)).exitCode).isZero();
        assertThat(new Run("match", "--scenario", "classroom-mini", "--bots", "utility", "--seed", "1").exitCode)
                .isZero();
        assertThat(new Run("--help").out.toString()).contains("3   A match, tournament or analysis played to the end");
    }

    @Test
    void aStrategyListThatWouldShiftTheSeatsIsRefused() {
        Run blank = new Run("match", "--scenario", "classroom-mini", "--bots", "utility,,mediator", "--seed", "1");
        assertThat(blank.exitCode).isEqualTo(1);
        assertThat(blank.err.toString()).contains("--bots has an empty place (two commas in a row)");
        Run many = new Run(
                "match",
                "--scenario",
                "classroom-mini",
                "--bots",
                "utility,silent,utility,silent,utility," + "silent,utility",
                "--seed",
                "1");
        assertThat(many.exitCode).isEqualTo(1);
        assertThat(many.err.toString()).contains("--bots names 7 strategies, but", "has 6 seats");
    }

    @Test
    void aMistypedStrategyIsNamedWithTheLikelyOneInEveryCommand() {
        String[] series = {
            "--scenario", "classroom-mini", "--strategies", "utilty,silent", "--matches", "1", "--seed", "1"
        };
        for (String[] args : List.of(
                new String[] {"match", "--scenario", "classroom-mini", "--bots", "utilty", "--seed", "1"},
                prepend("tournament", series),
                prepend("analyze", series))) {
            Run run = new Run(args);
            assertThat(run.exitCode).as(args[0]).isEqualTo(1);
            assertThat(run.err.toString())
                    .as(args[0])
                    .contains("There is no strategy \"utilty\". Did you mean utility? Strategies: historical,");
        }
        Run missing = new Run(
                "tournament",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "class:org.example.Nobody",
                "--matches",
                "1",
                "--seed",
                "1");
        assertThat(missing.err.toString())
                .as("a Java bot not on the class path is found missing before any match")
                .contains("There is no bot class org.example.Nobody on the class path.", "SUMMIT_CLASSPATH=FOLDER");
    }

    @Test
    void aMistypedScenarioFileIsAFileNotFoundWithTheLikelyOne() {
        Run run = new Run("scenario", "lint", "../scenarios/classroom-mni.json", "--matches", "0");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString().strip())
                .startsWith("There is no scenario file ../scenarios/classroom-mni.json. Did you mean"
                        + " ../scenarios/classroom-mini.json?")
                .contains("The shipped scenarios, named without a path: classroom-mini, hague-2023, seoul-2024.");
        Run script =
                new Run("match", "--scenario", "classroom-mini", "--bots", "script:nowhere/hawk.json", "--seed", "1");
        assertThat(script.err.toString()).contains("There is no bot script nowhere/hawk.json (looked for ");
    }

    private static String[] prepend(String command, String[] args) {
        String[] out = new String[args.length + 1];
        out[0] = command;
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    @Test
    void aBotAuthorsOwnBotIsMeasuredNotJudgedAsTheScenariosFlaw() {
        Run run = new Run(
                "analyze",
                "--scenario",
                "classroom-mini",
                "--strategies",
                "class:org.summitsim.client.tournament.TournamentTest$ThrowingBot,utility,silent",
                "--matches",
                "12",
                "--seed",
                "1",
                "--threads",
                "1");
        assertThat(run.exitCode).as(run.err.toString()).isEqualTo(3);
        String talking = run.out
                .toString()
                .lines()
                .filter(l -> l.contains("talking pays on substance"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(talking).contains("utility").doesNotContain("ThrowingBot");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Run run = new Run("match", "--scenario", "x", "--bots", "random");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("--seed");
    }

    @Test
    void badServerAddressIsAUsageErrorThatSaysWhatIsExpected() {
        Run run = new Run("play", "localhost:notaport");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("HOST:PORT");
    }

    @Test
    void noSubcommandPrintsUsageAndIsAUsageError() {
        Run run = new Run();
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("Usage: summit", "demo");
    }

    @Test
    void versionNamesSummit() {
        Run run = new Run("--version");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).startsWith("Summit ");
    }

    @Test
    void verboseIsAcceptedBeforeOrAfterTheSubcommand() {
        assertThat(new Run("--verbose", "serve", "--help").exitCode).isZero();
        assertThat(new Run("serve", "--verbose", "--help").exitCode).isZero();
    }

    /** Stands in for a real subcommand that fails, to test the failure handler. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Option(names = "--internal")
        boolean internal;

        @Override
        public Integer call() {
            if (internal) {
                throw new IllegalStateException("the room loop stopped");
            }
            throw new UserError("No scenario called 'atlantis'; `summit scenario list` shows them");
        }
    }

    private static CommandLine withBoom() {
        CommandLine cli = Main.newCommandLine();
        cli.addSubcommand(new Boom());
        return cli;
    }

    @Test
    void userErrorIsOneSentenceAndExitOne() {
        Run run = new Run(withBoom(), "boom");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString().strip())
                .isEqualTo("No scenario called 'atlantis'; `summit scenario list` shows them.");
    }

    @Test
    void internalFailureHidesTheStackUnlessVerbose() {
        Run quiet = new Run(withBoom(), "boom", "--internal");
        assertThat(quiet.exitCode).isEqualTo(1);
        assertThat(quiet.err.toString())
                .contains("The room loop stopped.", "--verbose")
                .doesNotContain("\tat ");

        Run verbose = new Run(withBoom(), "--verbose", "boom", "--internal");
        assertThat(verbose.exitCode).isEqualTo(1);
        assertThat(verbose.err.toString()).contains("IllegalStateException", "\tat ");
    }

    @Test
    void hostPortParsesTheUsualForms() {
        assertThat(HostPort.parse("example.org:9000")).isEqualTo(new HostPort("example.org", 9000));
        assertThat(HostPort.parse("example.org")).isEqualTo(new HostPort("example.org", 7777));
        assertThat(HostPort.parse("[::1]:7777")).isEqualTo(new HostPort("::1", 7777));
        assertThat(HostPort.parse("[::1]:7777")).hasToString("[::1]:7777");
    }

    @Test
    void helpTextsReadAsSentencesAndNameTheStrategies() {
        String top = new Run("--help").out.toString();
        assertThat(top.lines().filter(l -> l.stripTrailing().endsWith(",")))
                .as(top)
                .isEmpty();
        String demo = new Run("demo", "--help").out.toString();
        assertThat(demo).contains("You take one seat and built-in bots take the others.\n", "--no-chair");
        for (String command : new String[] {"bots", "tournament"}) {
            assertThat(new Run(command, "--help").out.toString().replaceAll("\\s+", " "))
                    .contains("historical, utility, mediator, hardliner, coalition, silent, random");
        }
        for (String command : new String[] {"match", "tournament", "analyze", "bots"}) {
            assertThat(new Run(command, "--help").out.toString().replaceAll("\\s+", " "))
                    .as(command)
                    .contains(
                            "historical, utility, mediator, hardliner, coalition, silent, random",
                            "script:FILE (a rule-script bot), class:NAME (a Java bot on the class path) or exec:",
                            "COMMAND (a bot program in any language");
        }
    }

    @Test
    @IntegrationTest // a real server, bots and a console on sockets
    void aDemoWithoutTheChairRunsItsOwnClock(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path script = dir.resolve("s.txt");
        java.nio.file.Files.writeString(script, "wait phase BRIEFING\nadvance\n");
        Run run = new Run(
                "demo",
                "--scenario",
                "classroom-mini",
                "--no-chair",
                "--script",
                script.toString(),
                "--journals",
                dir.toString()); // not the user's own demos folder
        assertThat(run.out.toString()).contains("The clock runs on its own", "Only the facilitator can advance.");
        assertThat(run.exitCode).as(run.out + "" + run.err).isEqualTo(1);
    }

    @Test
    void aDemoTakesThreePacesAndRefusesAnyOtherBeforeStartingAnything() {
        assertThat(new Run("demo", "--help").out.toString().replaceAll("\\s+", " "))
                .contains("--pace", "relaxed, normal or quick", "Default: normal", "--journals", "~/.summit/demos");
        Run run = new Run("demo", "--scenario", "classroom-mini", "--pace", "sluggish");
        assertThat(run.exitCode).as(run.err.toString()).isEqualTo(2);
        assertThat(run.err.toString()).contains("There is no pace \"sluggish\". Paces: relaxed, normal, quick.");
    }

    @Test
    @IntegrationTest // a real server, bots and a console on sockets
    void aQuickDemoSaysItsPaceAndHowToTalkToBotsAndKeepsItsJournalForAReport(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        java.nio.file.Files.writeString(script, "wait phase BRIEFING\nend now\nwait results 1m\n");
        Path journals = dir.resolve("demos");
        Run run = new Run(
                "demo",
                "--scenario",
                "classroom-mini",
                "--pace",
                "quick",
                "--journals",
                journals.toString(),
                "--script",
                script.toString());
        String out = run.out.toString();
        assertThat(run.exitCode).as(out + run.err).isZero();
        assertThat(out)
                .contains(
                        "pace quick: votes stay open at least 30 seconds",
                        "The bots answer private messages",
                        "Will you sign?",
                        "What would it take to get your vote?",
                        "come to you with trade offers",
                        "This demo's journal is kept in " + journals);
        Path journal;
        try (var files = java.nio.file.Files.list(journals)) {
            journal = files.filter(p -> p.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(java.nio.file.Files.readString(journal)).contains("\"pace\":\"quick\"", "\"hostClosesVotes\":true");
        Run report = new Run("report", journal.toString(), "--format", "md");
        assertThat(report.exitCode).as(report.err.toString()).isZero();
        assertThat(report.out.toString()).isNotBlank();
    }

    @Test
    void aMatchSaysEachClauseOnceInColumnsAndWhoPlayedEachSeat() {
        String out = new Run("match", "--scenario", "hague-2023", "--bots", "utility,mediator,silent", "--seed", "3")
                .out.toString();
        assertThat(out)
                .doesNotContain("(draft) (chair's draft)", "amended from")
                .contains("Human responsibility and control   Appropriate human oversight")
                .containsPattern("Netherlands +utility +Sign +[-0-9.]+ points +[0-9]{1,3}(  |\\n)")
                .doesNotContain("SIGN", "PUSH_BINDING", "%");
        assertThat(out.contains("(* no decision"))
                .as("the legend only with a row it explains")
                .isEqualTo(java.util.regex.Pattern.compile("(Sign|Abstain|Push for binding law)\\*")
                        .matcher(out)
                        .find());
    }
}
