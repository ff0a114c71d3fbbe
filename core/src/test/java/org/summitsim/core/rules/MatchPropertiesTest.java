package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;
import org.summitsim.core.view.WhoMaySee;

/**
 * Random matches of test-4x3, mixing legal actions with garbage (see {@link Playthrough}), never
 * break the engine's invariants.
 */
@PropertyDefaults(tries = MatchPropertiesTest.QUICK_TRIES)
class MatchPropertiesTest {

    /**
     * Walks per property in the fast loop, enough for every coverage check below to hold with
     * room to spare (the rarest, an unknown delegation, comes up about 9 times in 100 walks);
     * {@link MatchPropertiesDeepTest} takes many more in the full build.
     */
    static final int QUICK_TRIES = 100;

    @Provide
    Arbitrary<List<Integer>> scripts() {
        // Uniform numbers and lengths: jqwik's default bias toward small values would keep most
        // walks in the briefing. With these, about three walks in four reach the results.
        return Arbitraries.integers()
                .between(0, 9_999_999)
                .withDistribution(RandomDistribution.uniform())
                .list()
                .ofMinSize(10)
                .ofMaxSize(150)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    private static final Playthrough.Observer NOTHING = (p, m, v, b, a) -> {};

    @Property
    void aRejectedMoveChangesNothingAndAnAcceptedOneLogsExactlyItsEvents(@ForAll("scripts") List<Integer> script) {
        Playthrough.Observer check = (p, move, v, before, after) -> {
            if (v.accepted()) {
                List<Event> log = p.d.log();
                assertThat(log.subList(log.size() - v.events().size(), log.size()))
                        .isEqualTo(v.events());
                assertThat(before).doesNotStartWith(log.size() + "|");
            } else {
                Statistics.label("rejection").collect(v.rejection().code().wire());
                assertThat(v.events()).isEmpty();
                assertThat(v.rejection().code().wire()).matches("[a-z_]+");
                assertThat(v.rejection().message()).matches("[A-Z].*[.?!]").hasSizeGreaterThan(15);
                assertThat(after)
                        .as("after %s rejected as %s", move, v.rejection().code())
                        .isEqualTo(before);
            }
        };
        Playthrough p = Playthrough.run(script, true, check);
        p.finish(true, check);
        Statistics.label("rejection").coverage(c -> {
            for (String code : List.of(
                    "stale",
                    "missing_stage",
                    "paused",
                    "unknown_seat",
                    "forbidden",
                    "wrong_phase",
                    "match_over",
                    "empty_text",
                    "text_too_long",
                    "self_target",
                    "unknown_amendment",
                    "unknown_deal",
                    "unknown_caucus",
                    "unknown_clause",
                    "invalid",
                    "unknown_delegation")) {
                c.check(code).count(n -> n > 0);
            }
        });
    }

    @Property
    void everyListedLegalActionIsAccepted(@ForAll("scripts") List<Integer> script) {
        Playthrough.run(script, false, (p, move, v, before, after) -> {
            if (p.fromLegalAction) {
                assertThat(v.accepted())
                        .as("%s listed but refused: %s", move, v.rejection())
                        .isTrue();
            }
        });
    }

    @Property
    void theTextChangesOnlyThroughAdoptedAmendments(@ForAll("scripts") List<Integer> script) {
        Playthrough.Observer check = (p, move, v, before, after) -> {
            assertThat(p.d.state().text()).isEqualTo(p.modelText);
            for (Event e : v.events()) {
                if (e instanceof Event.AmendmentResolved r) {
                    assertThat(r.supports() + r.objections() + r.abstentions()).isEqualTo(Playthrough.SEATS.size());
                    assertThat(r.adopted())
                            .isEqualTo(p.d.state().settings().adoption().adopts(r.supports(), r.objections()));
                }
            }
        };
        Playthrough p = Playthrough.run(script, false, check);
        p.finish(false, check);
        assertThat(p.d.outcome().text()).isEqualTo(p.modelText);
    }

    @Property
    void sealedDecisionsStayHiddenFromOthersUntilTheReveal(@ForAll("scripts") List<Integer> script) {
        List<Viewer> viewers = new ArrayList<>();
        Playthrough.SEATS.forEach(seat -> viewers.add(Viewer.seat(seat)));
        viewers.add(Viewer.SPECTATOR);
        Map<Viewer, Long> checkedUpTo = new java.util.HashMap<>();
        Playthrough.Observer check = (p, move, v, before, after) -> {
            MatchState s = p.d.state();
            if (s.revealed().isPresent() || s.sealedDecisions().isEmpty()) {
                return;
            }
            for (Viewer viewer : viewers) {
                PlayerView view = p.d.view(viewer);
                Set<String> own =
                        viewer.seat() != null && s.hasDecided(viewer.seat()) ? Set.of(viewer.seat()) : Set.of();
                assertThat(view.sealed().keySet()).isEqualTo(own);
                assertThat(view.decisions()).isEmpty();
                // the feed only grows, so each event needs checking once
                List<Match.Sequenced> fresh = p.d.match().eventsFor(viewer, checkedUpTo.getOrDefault(viewer, 0L));
                checkedUpTo.put(viewer, p.d.match().lastSeq());
                for (Match.Sequenced e : fresh) {
                    if (e.event() instanceof Event.DecisionSealed d) {
                        assertThat(d.seat()).isEqualTo(viewer.seat());
                    }
                }
                String seen = Json.write(view) + Json.write(fresh);
                p.secretStatements.forEach((secret, author) -> {
                    if (!viewer.is(author)) {
                        assertThat(seen).doesNotContain(secret);
                    }
                });
            }
        };
        Playthrough p = Playthrough.run(script, false, check);
        p.finish(false, check);
    }

    @Property
    void replayingTheLogRebuildsTheSameMatch(@ForAll("scripts") List<Integer> script) {
        Playthrough p = Playthrough.run(script, false, NOTHING);
        Statistics.label("walk ends in").collect(p.d.stage().phase());
        Statistics.label("amendments").collect(p.d.state().amendments().isEmpty() ? "none" : "some");
        Statistics.label("decided").collect(p.d.state().sealedDecisions().isEmpty() ? "none" : "some");
        Statistics.label("walk ends in").coverage(c -> {
            c.check(Phase.RESULTS).percentage(pct -> pct >= 40);
            c.check(Phase.ROUND).percentage(pct -> pct >= 3);
        });
        Statistics.label("amendments").coverage(c -> c.check("some").percentage(pct -> pct >= 40));
        Statistics.label("decided").coverage(c -> c.check("some").percentage(pct -> pct >= 30));
        int middle = p.d.log().size() / 2;
        List<Event> half = p.d.log().subList(0, Math.max(1, middle));
        Match partial = Match.replay(TestScenarios.test4x3(), half);
        assertThat(partial.log()).isEqualTo(half);

        p.finish(false, NOTHING);
        List<Event> fromJournal = p.d.logLines().stream()
                .map(line -> Json.read(line, Event.class))
                .toList();
        Match replayed = Match.replay(TestScenarios.test4x3(), fromJournal);

        assertThat(Json.write(replayed.view(Viewer.FACILITATOR))).isEqualTo(Json.write(p.d.view(Viewer.FACILITATOR)));
        assertThat(Json.write(replayed.view(Viewer.seat("south"))))
                .isEqualTo(Json.write(p.d.view(Viewer.seat("south"))));
        assertThat(replayed.state().eventCount()).isEqualTo(p.d.log().size());
    }

    @Property
    void viewsKeptByTheMatchEqualViewsBuiltFromScratch(@ForAll("scripts") List<Integer> script) {
        List<Viewer> viewers = new ArrayList<>();
        Playthrough.SEATS.forEach(seat -> viewers.add(Viewer.seat(seat)));
        viewers.add(Viewer.SPECTATOR);
        viewers.add(Viewer.FACILITATOR);
        Playthrough.Observer check = (p, move, v, before, after) -> {
            MatchState s = p.d.state();
            for (Viewer viewer : viewers) {
                assertThat(p.d.view(viewer))
                        .as("view of %s after %s", viewer, move)
                        .isEqualTo(org.summitsim.core.view.Views.of(s, viewer));
            }
            // What the views read instead of the state's maps (flags by seat position, the open
            // amendments, votes as prefixes of their arrays) must agree with those maps.
            for (int i = 0; i < s.seats().size(); i++) {
                assertThat(s.isReady(i))
                        .as("ready %s", s.seats().get(i))
                        .isEqualTo(s.ready().contains(s.seats().get(i)));
                assertThat(s.hasDecided(i))
                        .as("decided %s", s.seats().get(i))
                        .isEqualTo(s.hasDecided(s.seats().get(i)));
            }
            assertThat(s.openAmendments())
                    .isEqualTo(s.amendments().stream().filter(Amendment::isOpen).toList());
            for (Amendment a : s.amendments()) {
                assertThat(List.copyOf(a.snapshot().votes().entrySet()))
                        .isEqualTo(List.copyOf(a.votes().entrySet()));
                assertThat(a.snapshot().cosponsors()).isEqualTo(List.copyOf(a.cosponsors()));
                for (String seat : Playthrough.SEATS) {
                    assertThat(a.snapshot().votes().get(seat))
                            .isEqualTo(a.votes().get(seat));
                }
            }
            if (!s.over()) {
                // The projection reuses one forecast for every seat; it must match a tally made from scratch.
                for (String seat : Playthrough.SEATS) {
                    assertThat(p.d.view(Viewer.seat(seat)).projection()).isEqualTo(projectedFromScratch(s, seat));
                }
            }
        };
        Playthrough p = Playthrough.run(script, false, check);
        p.finish(false, check);
    }

    private static Map<org.summitsim.core.scenario.Decision, Score> projectedFromScratch(MatchState s, String seat) {
        Map<org.summitsim.core.scenario.Decision, Score> out =
                new java.util.EnumMap<>(org.summitsim.core.scenario.Decision.class);
        for (org.summitsim.core.scenario.Decision own : org.summitsim.core.scenario.Decision.values()) {
            Map<String, org.summitsim.core.scenario.Decision> assumed =
                    new java.util.LinkedHashMap<>(org.summitsim.core.scoring.Projection.expectedDecisions(s));
            assumed.put(seat, own);
            org.summitsim.core.scoring.Tally tally =
                    org.summitsim.core.scoring.Tally.of(s.scenario(), s.text(), assumed);
            out.put(
                    own,
                    org.summitsim.core.scoring.Scorer.score(
                            s.scenario().delegation(seat).orElseThrow(),
                            s.text(),
                            tally,
                            org.summitsim.core.scoring.Commitments.trustShareNow(s, s.text(), assumed, seat),
                            org.summitsim.core.scoring.Scorer.credits(s, seat),
                            org.summitsim.core.scoring.Scorer.range(
                                    s.tables(), s.delegation(seat).orElseThrow())));
        }
        return out;
    }

    @Property
    void scoresStayBetweenTheWorstAndTheBest(@ForAll("scripts") List<Integer> script) {
        Playthrough.Observer projections = (p, move, v, before, after) -> {
            if (p.step % 5 == 0 && !p.d.state().over()) {
                String seat = Playthrough.SEATS.get(p.step % 4);
                p.d.view(Viewer.seat(seat)).projection().values().forEach(MatchPropertiesTest::inRange);
            }
        };
        Playthrough p = Playthrough.run(script, false, projections);
        p.finish(false, NOTHING);

        Map<String, Score> scores = p.d.outcome().scores();
        assertThat(scores).containsOnlyKeys(Playthrough.SEATS);
        scores.values().forEach(MatchPropertiesTest::inRange);
        assertThat(p.d.outcome().signatoryCount()).isBetween(0, p.d.outcome().attendingStates());
    }

    private static void inRange(Score s) {
        assertThat(s.percent()).isBetween(0.0, 100.0);
        assertThat(s.total()).isBetween(s.worst(), s.best());
        assertThat(s.breakdown().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(s.total(), org.assertj.core.api.Assertions.within(0.05));
    }

    @Property
    void noViewOrFeedHoldsAnotherSeatsBriefOrPrivateTalk(@ForAll("scripts") List<Integer> script) {
        List<Delegation> delegations = TestScenarios.test4x3().playable();
        Playthrough.Observer views = (p, move, v, before, after) -> {
            String seat = Playthrough.SEATS.get(p.step % 4);
            PlayerView view = p.d.view(Viewer.seat(seat));
            assertThat(view.briefs()).containsOnlyKeys(seat);
            assertThat(view.preferences()).containsOnlyKeys(seat);
            Set<String> mine = new LinkedHashSet<>();
            p.caucusMembers.forEach((id, members) -> {
                if (members.contains(seat)) {
                    mine.add(id);
                }
            });
            assertThat(view.caucuses()).extracting(PlayerView.CaucusView::id).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(view.deals())
                    .allSatisfy(d -> assertThat(List.of(d.from(), d.to())).contains(seat));
            if (p.step % 10 != 0 && !p.d.state().over()) {
                return; // the whole text is scanned now and then, and at the end
            }
            String json = Json.write(view);
            for (Delegation other : delegations) {
                if (!other.id().equals(seat)) {
                    assertThat(json).doesNotContain(other.brief());
                }
            }
        };
        Playthrough p = Playthrough.run(script, false, views);
        p.finish(false, views);

        for (String seat : Playthrough.SEATS) {
            String view = Json.write(p.d.view(Viewer.seat(seat)));
            String feed = Json.write(p.d.match().eventsFor(Viewer.seat(seat), 0));
            for (Delegation other : delegations) {
                if (!other.id().equals(seat)) {
                    assertThat(view + feed).doesNotContain(other.brief());
                }
            }
            Set<String> forbidden = new LinkedHashSet<>();
            p.privateMarkers.forEach((marker, readers) -> {
                if (!readers.contains(seat)) {
                    forbidden.add(marker);
                }
            });
            assertThat(leaked(view + feed, forbidden))
                    .as("private text %s may not read", seat)
                    .isEmpty();
        }
        String spectator =
                Json.write(p.d.view(Viewer.SPECTATOR)) + Json.write(p.d.match().eventsFor(Viewer.SPECTATOR, 0));
        assertThat(leaked(spectator, p.privateMarkers.keySet()))
                .as("private text seen by spectators")
                .isEmpty();
        if (!p.d.state().settings().facilitatorReadsPrivate()) {
            String facilitator = Json.write(p.d.view(Viewer.FACILITATOR))
                    + Json.write(p.d.match().eventsFor(Viewer.FACILITATOR, 0));
            assertThat(leaked(facilitator, p.privateMarkers.keySet()))
                    .as("private text seen by the facilitator")
                    .isEmpty();
        }
    }

    /**
     * What each viewer is sent, through the match's own feed, is exactly what docs/RULES.md
     * allows it ({@link WhoMaySee}: the document as a table, with a model of who is in which
     * caucus and deal built from the log, not from {@code Visibility} or the events' audiences).
     */
    @Property
    void everyEventReachesExactlyWhomTheRulesSay(@ForAll("scripts") List<Integer> script) {
        Playthrough p = Playthrough.run(script, false, NOTHING);
        p.finish(false, NOTHING);
        boolean facilitatorReads = p.d.state().settings().facilitatorReadsPrivate();
        List<Viewer> viewers = new ArrayList<>(List.of(Viewer.SPECTATOR, Viewer.FACILITATOR));
        Playthrough.SEATS.forEach(s -> viewers.add(Viewer.seat(s)));
        Map<Viewer, List<Event>> allowed = new java.util.HashMap<>();
        viewers.forEach(v -> allowed.put(v, new ArrayList<>()));
        WhoMaySee.Parties parties = new WhoMaySee.Parties();

        for (Event e : p.d.log()) {
            Set<String> party = parties.of(e);
            Statistics.label("kind").collect(WhoMaySee.kind(e));
            for (Viewer v : viewers) {
                if (WhoMaySee.maySee(v, e, party, facilitatorReads)) {
                    allowed.get(v).add(e);
                }
            }
        }

        for (Viewer v : viewers) {
            assertThat(p.d.match().eventsFor(v, 0))
                    .extracting(Match.Sequenced::event)
                    .as("the feed of %s", v)
                    .containsExactlyElementsOf(allowed.get(v));
        }
        Statistics.label("kind").coverage(c -> {
            c.check(WhoMaySee.Kind.PRIVATE).count(n -> n > 0);
            c.check(WhoMaySee.Kind.SEALED).count(n -> n > 0);
        });
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("~[a-z]+\\d+-[a-z]+~");

    /** The markers ("~m12-north~") of {@code forbidden} found in {@code text}, in one scan. */
    private static Set<String> leaked(String text, Set<String> forbidden) {
        Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = MARKER.matcher(text);
        while (m.find()) {
            if (forbidden.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
