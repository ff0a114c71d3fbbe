package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * One example of every rejection code: each is refused with its code and a sentence that says
 * what to do instead, and leaves the match exactly as it was (same log length, same facilitator
 * view). The catalogue must name every code of {@link RejectionCode}, and docs/RULES.md must
 * explain exactly those.
 */
class RejectionCatalogTest {

    record Case(String code, String phrase, Supplier<MatchDriver> setup, Function<MatchDriver, Verdict> move) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static Case c(
            String code, String phrase, Supplier<MatchDriver> setup, Function<MatchDriver, Verdict> move) {
        return new Case(code, phrase, setup, move);
    }

    /** {@code base} followed by moves that must be accepted. */
    private static Supplier<MatchDriver> then(
            Supplier<MatchDriver> base, java.util.function.Consumer<MatchDriver> moves) {
        return () -> {
            MatchDriver d = base.get();
            moves.accept(d);
            return d;
        };
    }

    private static MatchDriver lobby() {
        return MatchDriver.open();
    }

    private static MatchDriver opening() {
        return MatchDriver.open().toOpening();
    }

    private static MatchDriver round1() {
        return MatchDriver.open().toRound(1);
    }

    private static MatchDriver withA1() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        return d;
    }

    private static MatchDriver withCaucus() {
        MatchDriver d = opening();
        ok(d.seat("east").createCaucus("Powers", "west"));
        return d;
    }

    private static MatchDriver withDeal() {
        MatchDriver d = opening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
        return d;
    }

    /** A scenario with 41 playable seats, to reach the caucus size limit. */
    private static MatchDriver crowded() {
        Scenario b = TestScenarios.test4x3();
        Delegation north = b.delegation("north").orElseThrow();
        List<Delegation> many = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            many.add(new Delegation("s" + i, "State " + i, null, true, "", "", "", north.preferences(), null));
        }
        Scenario s = new Scenario(
                b.id(),
                b.title(),
                b.summary(),
                b.setting(),
                b.briefing(),
                b.chair(),
                b.timing(),
                b.timingPresets(),
                b.adoption(),
                b.binding(),
                b.defaultDecision(),
                b.clauses(),
                b.blocs(),
                many,
                List.of(),
                b.injects(),
                b.debrief(),
                null,
                null,
                null,
                null);
        return MatchDriver.open(s).toOpening();
    }

    static Stream<Case> cases() {
        return Stream.of(
                c(
                        "invalid",
                        "\"ballot\": SUPPORT, OPPOSE or ABSTAIN",
                        RejectionCatalogTest::withA1,
                        d -> d.seat("east").vote("A1", null)),
                c(
                        "match_over",
                        "its results are final",
                        () -> MatchDriver.open().finish(),
                        d -> d.seat("north").say("hi")),
                c(
                        "forbidden",
                        "advance the phase instead",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().deadline()),
                c(
                        "unknown_seat",
                        "Delegations: north, south, east, west",
                        RejectionCatalogTest::opening,
                        d -> d.seat("atlantis").say("hi")),
                c(
                        "missing_stage",
                        "Say which phase",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").submitAt(null, new Command.Say("hi"))),
                c(
                        "stale",
                        "Look at the current state and try again",
                        RejectionCatalogTest::round1,
                        d -> d.seat("north").submitAt(Stage.of(Phase.OPENING), new Command.Say("hi"))),
                c(
                        "paused",
                        "Wait until it resumes",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.facilitator().pause())),
                        d -> d.seat("north").say("hi")),
                c(
                        "wrong_phase",
                        "floor opens with the opening statements",
                        () -> MatchDriver.open().toBriefing(),
                        d -> d.seat("north").say("hi")),
                c(
                        "unknown_delegation",
                        "Delegations: north, south, east, west",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").dm("atlantis", "hi")),
                c(
                        "self_target",
                        "name another delegation",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").dm("north", "hi")),
                c(
                        "self_target",
                        "A caucus needs at least one other delegation",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").createCaucus("Alone", "north")),
                c(
                        "empty_text",
                        "Write something to send",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").say(" ")),
                c(
                        "text_too_long",
                        "Shorten it and send again",
                        RejectionCatalogTest::opening,
                        d -> d.seat("north").say("x".repeat(2001))),
                c(
                        "unknown_caucus",
                        "You are not in a caucus",
                        RejectionCatalogTest::withCaucus,
                        d -> d.seat("north").caucusSay("C1", "hi")),
                c(
                        "already_member",
                        "invite someone else",
                        RejectionCatalogTest::withCaucus,
                        d -> d.seat("east").invite("C1", "west")),
                c(
                        "too_many_members",
                        "leave some out",
                        RejectionCatalogTest::crowded,
                        d -> d.seat("s0")
                                .createCaucus("Everyone", d.state().seats().toArray(String[]::new))),
                c(
                        "unknown_clause",
                        "Clauses: law, control, forum",
                        RejectionCatalogTest::round1,
                        d -> d.seat("north").propose("sky", "blue")),
                c(
                        "unknown_option",
                        "Options: summit, un, treaty",
                        RejectionCatalogTest::round1,
                        d -> d.seat("north").propose("forum", "moon")),
                c(
                        "no_change",
                        "propose a different wording",
                        RejectionCatalogTest::round1,
                        d -> d.seat("north").propose("forum", "summit")),
                c(
                        "no_change",
                        "Pledge something else",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.seat("north").pledge(SIGN))),
                        d -> d.seat("north").pledge(SIGN)),
                c(
                        "amendment_open_on_clause",
                        "first (for, against or abstain)",
                        RejectionCatalogTest::withA1,
                        d -> d.seat("south").propose("forum", "treaty")),
                c(
                        "wording_voted_this_round",
                        "or this one again next round",
                        then(RejectionCatalogTest::withA1, d -> {
                            ok(d.seat("south").oppose("A1"));
                            ok(d.seat("east").oppose("A1"));
                            ok(d.seat("west").oppose("A1"));
                        }),
                        d -> d.seat("south").propose("forum", "un")),
                c(
                        "own_amendment_open",
                        "Wait for its vote, or withdraw it",
                        RejectionCatalogTest::withA1,
                        d -> d.seat("north").propose("control", "meaningful")),
                c(
                        "unknown_amendment",
                        "There is no amendment",
                        RejectionCatalogTest::round1,
                        d -> d.seat("east").support("A9")),
                c(
                        "amendment_closed",
                        "Propose a new one instead",
                        then(
                                RejectionCatalogTest::withA1,
                                d -> ok(d.seat("north").withdraw("A1"))),
                        d -> d.seat("east").support("A1")),
                c(
                        "not_proposer",
                        "ask them to",
                        RejectionCatalogTest::withA1,
                        d -> d.seat("east").withdraw("A1")),
                c(
                        "already_sponsor",
                        "already count as supporting it",
                        RejectionCatalogTest::withA1,
                        d -> d.seat("north").cosponsor("A1")),
                c(
                        "already_voted",
                        "each delegation votes once",
                        then(
                                RejectionCatalogTest::withA1,
                                d -> ok(d.seat("east").oppose("A1"))),
                        d -> d.seat("east").support("A1")),
                c(
                        "unknown_deal",
                        "You have no deal",
                        RejectionCatalogTest::withDeal,
                        d -> d.seat("south").accept("D1")),
                c(
                        "not_addressee",
                        "only Eastmark can accept or decline it",
                        RejectionCatalogTest::withDeal,
                        d -> d.seat("north").accept("D1")),
                c(
                        "deal_closed",
                        "offer a new deal instead",
                        then(
                                RejectionCatalogTest::withDeal,
                                d -> ok(d.seat("east").accept("D1"))),
                        d -> d.seat("east").decline("D1")),
                c(
                        "already_ready",
                        "wait for the others",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.seat("north").ready())),
                        d -> d.seat("north").ready()),
                c(
                        "already_decided",
                        "Wait for the reveal",
                        then(
                                () -> MatchDriver.open().toFinal(),
                                d -> ok(d.seat("north").decide(SIGN))),
                        d -> d.seat("north").decide(SIGN)),
                c(
                        "already_started",
                        "advance the phase to move on",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().start()),
                c(
                        "already_paused",
                        "resume it to continue",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.facilitator().pause())),
                        d -> d.facilitator().pause()),
                c(
                        "not_paused",
                        "nothing to resume",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().resume()),
                c(
                        "unknown_inject",
                        "Injects: report.",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().inject("earthquake")),
                c(
                        "already_released",
                        "release another or write your own news",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.facilitator().inject("report"))),
                        d -> d.facilitator().inject("report")),
                c(
                        "wrong_phase",
                        "start the summit first",
                        RejectionCatalogTest::lobby,
                        d -> d.facilitator().extend(60)),
                c(
                        "muted",
                        "You can still propose, vote, make deals and decide",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.facilitator().mute("north"))),
                        d -> d.seat("north").say("Hello?")),
                c(
                        "unknown_statement",
                        "only floor statements, the words of a pledge",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().hide(1)),
                c(
                        "already_hidden",
                        "already hidden",
                        then(RejectionCatalogTest::opening, d -> {
                            ok(d.seat("north").say("Rude."));
                            ok(d.facilitator().hide(d.match().lastSeq()));
                        }),
                        d -> d.facilitator()
                                .hide(d.state().hiddenStatements().iterator().next())),
                c(
                        "already_muted",
                        "already muted",
                        then(
                                RejectionCatalogTest::opening,
                                d -> ok(d.facilitator().mute("north"))),
                        d -> d.facilitator().mute("north")),
                c(
                        "not_muted",
                        "nothing to undo",
                        RejectionCatalogTest::opening,
                        d -> d.facilitator().unmute("north")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRejectionSaysWhatToDoAndChangesNothing(Case c) {
        MatchDriver d = c.setup().get();

        Rejection r = d.refuses(c.code(), c.phrase(), () -> c.move().apply(d));

        assertThat(r.message()).matches("[A-Z].*[.!?]");
    }

    @Test
    void theCatalogueCoversEveryCodeInTheRules() {
        Set<String> inCatalogue = new TreeSet<>();
        cases().forEach(c -> inCatalogue.add(c.code()));

        assertThat(inCatalogue).containsExactlyElementsOf(codes());
    }

    @Test
    void theRulesDocumentExplainsEveryCodeAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(part4OfTheRules());
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).as("codes in docs/RULES.md, Part 4").containsExactlyElementsOf(codes());
    }

    @Test
    void codesGoOnTheWireInLowerCaseWhateverTheLocale() {
        assertThat(RejectionCode.INVALID.wire()).isEqualTo("invalid");
        assertThat(RejectionCode.WORDING_VOTED_THIS_ROUND.wire()).isEqualTo("wording_voted_this_round");
        assertThat(org.summitsim.core.json.Json.write(new Rejection(RejectionCode.UNKNOWN_SEAT, "No.")))
                .contains("\"unknown_seat\"");
    }

    private static String part4OfTheRules() throws IOException {
        String doc = Files.readString(fromCore("../docs/RULES.md"));
        int start = doc.indexOf("## Part 4");
        assertThat(start).as("docs/RULES.md has a Part 4").isNotNegative();
        return doc.substring(start);
    }

    /** A path relative to the core module, whether the tests run from core/ (Maven) or the checkout's root. */
    private static Path fromCore(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("core").resolve(path).normalize();
    }

    /** Every code the rules can return, as programs see it. */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (RejectionCode c : RejectionCode.values()) {
            codes.add(c.wire());
        }
        return codes;
    }
}
