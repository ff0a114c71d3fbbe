package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code scenarios/broken/} is the test-4x3 scenario with one kind of mistake.
 * Reading it must report exactly the listed problems ("path: message"), all at once.
 */
class BrokenScenariosTest {

    static Stream<Arguments> brokenFiles() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsEveryProblemWithPathAndSentence(String file, List<String> expected) throws IOException {
        String json = resource("/scenarios/broken/" + file + ".json");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(json, file));

        assertThat(e).as("reading %s must fail", file).isNotNull();
        assertThat(e.problems()).map(Problem::toString).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(e.getMessage()).startsWith(file + ": " + expected.size() + " problem");
    }

    @Test
    void theCauseComesBeforeWhatFollowsFromIt() throws IOException {
        String json = resource("/scenarios/broken/one-option-clause.json");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(json, "x"));
        assertThat(e.problems().get(0).path()).isEqualTo("clauses[1].options");
    }

    @Test
    void everyBrokenFileHasItsExpectedProblemsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios/broken"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrokenScenariosTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // spotless:off
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("syntax-trailing-comma", List.of(
                    "line 49, column 6: the JSON is malformed: there is an extra comma before the closing ']';"
                            + " remove the comma")),
            Map.entry("one-option-clause", List.of(
                    "clauses[1].options: clause \"control\" needs at least 2 options to negotiate over, but has 1",
                    "delegations[0].preferences.clauses.control: option \"meaningful\" is not an option of clause"
                            + " \"control\" (options: appropriate) (the same at 5 more places:"
                            + " delegations[0].preferences.costs.control, delegations[1].preferences.clauses.control,"
                            + " delegations[2].preferences.clauses.control, delegations[2].preferences.costs.control,"
                            + " delegations[3].preferences.clauses.control)",
                    "delegations[0].preferences.clauses.control: option \"none\" is not an option of clause"
                            + " \"control\" (options: appropriate) (the same at 4 more places:"
                            + " delegations[1].preferences.clauses.control, delegations[1].preferences.redLines[0],"
                            + " delegations[2].preferences.clauses.control, delegations[3].preferences.clauses.control)")),
            Map.entry("curly-quotes", List.of(
                    "line 4, column 14: the JSON is malformed: the curly quote \u201c cannot start or end a text; JSON"
                            + " needs straight double quotes (\"), as a plain-text editor types them")),
            Map.entry("comment", List.of(
                    "line 5, column 3: the JSON is malformed: '/' starts a comment, and JSON has no comments; put"
                            + " notes in a \"notes\" field (see docs/SCENARIOS.md)")),
            Map.entry("duplicate-key", List.of(
                    "line 3, column 7: the JSON is malformed: the field \"id\" appears twice in the same object;"
                            + " keep only one")),
            Map.entry("not-an-object", List.of(
                    "a scenario is one JSON object { ... }, but the file holds a list")),
            Map.entry("unknown-field", List.of(
                    "delegations[1].prefernces: unknown field; did you mean \"preferences\"? Every delegation needs"
                            + " \"preferences\"")),
            Map.entry("wrong-types", List.of(
                    "timing.rounds: expected a whole number, found 2.5",
                    "clauses[0].options: expected a list in [ ], found an object",
                    "delegations[0].preferences.breadth: expected a whole number, found \"high\"",
                    "delegations[2].playable: expected true or false, found \"yes\"")),
            Map.entry("bad-enum", List.of(
                    "defaultDecision: expected one of SIGN, ABSTAIN, PUSH_BINDING (in capitals), found \"abstain\"",
                    "delegations[3].preferences.decisions.SIGNS: \"SIGNS\" is not allowed here; use one of SIGN,"
                            + " ABSTAIN, PUSH_BINDING")),
            Map.entry("missing-required", List.of(
                    "binding.threshold: missing; every binding track needs \"threshold\"",
                    "clauses[1].draft: missing; every clause needs \"draft\"",
                    "clauses[2].options[0].text: missing; every clause option needs \"text\"")),
            Map.entry("duplicate-ids", List.of(
                    "clauses[3].id: the clause id \"law\" is used more than once",
                    "clauses[1].options[3].id: the option id \"meaningful\" is used more than once",
                    "backgroundStates[1].id: the delegation or background state id \"east\" is used more than once")),
            Map.entry("bad-option-ref", List.of(
                    "delegations[3].preferences.clauses.forum: option \"un-ga\" is not an option of clause \"forum\""
                            + " (options: summit, un, treaty)")),
            Map.entry("bad-references", List.of(
                    "clauses[0].draft: the draft \"mandatory\" is not an option of clause \"law\" (options: applies, silent)",
                    "delegations[0].bloc: bloc \"host\" is not defined in blocs (known: hosts, champions, powers);"
                            + " did you mean \"hosts\"?",
                    "delegations[1].preferences.partners[0]: partner \"westria\" is neither a playable delegation nor"
                            + " an attending background state (known: north, east, west, others, allies)",
                    "delegations[2].preferences.redLines[0]: \"treaty\" is not a clause (known: law, control, forum)",
                    "backgroundStates[0].rule.signsIf[0].options[1]: option \"binding\" is not an option of clause"
                            + " \"law\" (options: applies, silent)",
                    "backgroundStates[1].rule.follows: \"others\" is not a playable delegation",
                    "chair[0]: the chair \"absent\" is not a playable delegation")),
            Map.entry("out-of-range", List.of(
                    "delegations[2].preferences.clauses.law.applies: a clause value must be between -10 and 10, but is 11",
                    "delegations[2].preferences.costs.control.meaningful: a cost must be between 0 and 10, but is -1",
                    "delegations[2].preferences.redLinePenalty: the red-line penalty must be between 0 and 30, but is 31",
                    "delegations[2].preferences.decisions.PUSH_BINDING: a decision value must be between -10 and 10,"
                            + " but is -12",
                    "delegations[2].preferences.breadth: breadth must be between 0 and 20, but is 21",
                    "delegations[2].preferences.binding: binding must be between -20 and 20, but is -25",
                    "delegations[2].preferences.trust: trust must be between 0 and 20, but is -1",
                    "delegations[2].preferences.influence: influence must be between 0 and 10, but is 11")),
            Map.entry("thresholds", List.of(
                    "adoption.maxObjections: maxObjections must be at least 0 and less than the 4 playable"
                            + " delegations, but is 4",
                    "binding.threshold: the threshold must be between 1 and the 12 attending states (playable and"
                            + " background), but is 13")),
            Map.entry("supermajority", List.of(
                    "adoption.fraction: fraction must be more than 0.5 and at most 1, but is 0.5",
                    "adoption.maxObjections: maxObjections belongs to the consensus rule; remove it or use \"consensus\"")),
            Map.entry("percent-fraction", List.of(
                    "adoption.fraction: fraction must be more than 0.5 and at most 1, but is 67.0 (a share, not a"
                            + " percentage: write 0.67 for 67 %)")),
            Map.entry("unknown-rule", List.of(
                    "adoption.rule: the adoption rule must be \"consensus\" or \"supermajority\", not \"unanimity\"")),
            Map.entry("timing", List.of(
                    "timing.round: a negotiation round (seconds) must be at least 1, but is 0",
                    "timing.rounds: the number of rounds must be at least 1, but is 0",
                    "timingPresets[0].minutes: the playing time in minutes must be at least 1, but is -45")),
            Map.entry("too-small", List.of(
                    "clauses[0].options: clause \"law\" needs at least 2 options to negotiate over, but has 1",
                    "delegations: a summit needs at least 2 playable delegations, but has 1",
                    "adoption.maxObjections: maxObjections must be at least 0 and less than the 1 playable"
                            + " delegations, but is 1")),
            Map.entry("background-rules", List.of(
                    "backgroundStates[0].rule: an attending background state needs a rule: follows, signsIf or decision",
                    "backgroundStates[1].rule: a rule needs exactly one of follows, signsIf or decision (pushesWith may come on top), but has 2",
                    "backgroundStates[2].rule: a state that did not attend never decides; remove the rule or set"
                            + " attended to true",
                    "backgroundStates[3].rule.otherwise: otherwise only applies together with signsIf")),
            Map.entry("blank-text", List.of(
                    "title: the title must not be empty",
                    "delegations[1].brief: the private brief of a playable delegation must not be empty",
                    "delegations[2].name: the name must not be empty")),
            Map.entry("signatory-range", List.of(
                    "debrief.signatoryRange: min must be at least 0 and not more than max, but the range is 10..9")),
            Map.entry("bad-ids", List.of(
                    "delegations[0].id: the id \"North Land\" may use only lowercase letters, digits and hyphens"
                            + " (players type ids in commands), e.g. \"costa-rica\"")),
            Map.entry("bad-history", List.of(
                    "delegations[3].history.attended: attended must be one of yes, no, not-invited, unclear, not \"maybe\"")),
            Map.entry("self-partner", List.of(
                    "delegations[0].preferences.redLinePenalty: red lines are listed but redLinePenalty is 0 or"
                            + " missing, so crossing them costs nothing; set it from 1 to 30 (the points a red line"
                            + " crossed costs)",
                    "delegations[0].preferences.partners[0]: a delegation cannot be its own partner")),
            Map.entry("bad-par", List.of(
                    "par.quantiles.south: the quantiles must not decrease, but number 2 (4.0) is less than the one"
                            + " before (5.0)",
                    "par.quantiles.east: a row needs 21 numbers (the 0 %, 5 %, ..., 100 % quantiles), but has 3",
                    "par.quantiles.westt: \"westt\" is not a playable delegation (known: north, south, east, west);"
                            + " did you mean \"west\"?; make the table again (summit analyze --scenario FILE"
                            + " --calibrate, which replaces it), or delete the \"par\" field to play without one",
                    "par.quantiles: no row for \"west\": every playable delegation needs one, or its score shows on"
                            + " another scale; make the table again (summit analyze --scenario FILE --calibrate, which"
                            + " replaces it), or delete the \"par\" field to play without one")));
    // spotless:on
}
