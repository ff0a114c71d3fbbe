package org.summitsim.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;

class VisibilityTest {

    /** From the rules as written (docs/RULES.md), not from the code under test. */
    private static final List<Class<?>> PRIVATE_EVENTS = WhoMaySee.KINDS.entrySet().stream()
            .filter(k -> k.getValue() != WhoMaySee.Kind.PUBLIC)
            .<Class<?>>map(java.util.Map.Entry::getKey)
            .toList();

    /** A round with every kind of private talk: north-south dm, an east-west caucus, a north-east deal. */
    private static MatchDriver busy(Settings settings) {
        MatchDriver d = MatchDriver.open(settings).toRound(1);
        ok(d.seat("north").say("public words"));
        ok(d.seat("north").dm("south", "dm-north-south"));
        ok(d.seat("east").createCaucus("Powers", "west"));
        ok(d.seat("west").caucusSay("C1", "caucus-east-west"));
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
        ok(d.seat("east").accept("D1"));
        ok(d.seat("north").propose("forum", "un"));
        return d;
    }

    private static MatchDriver busy() {
        return busy(Settings.of(TestScenarios.test4x3()));
    }

    private static List<Event> seenBy(MatchDriver d, Viewer viewer) {
        return d.match().eventsFor(viewer, 0).stream()
                .map(Match.Sequenced::event)
                .toList();
    }

    @Test
    void aSeatSeesOnlyItsOwnBriefAndPreferences() {
        MatchDriver d = busy();

        for (Delegation me : TestScenarios.test4x3().playable()) {
            PlayerView view = d.seat(me.id()).view();
            assertThat(view.briefs()).containsOnlyKeys(me.id());
            assertThat(view.preferences()).containsOnlyKeys(me.id());
            String json = Json.write(view);
            for (Delegation other : TestScenarios.test4x3().playable()) {
                if (!other.equals(me)) {
                    assertThat(json).doesNotContain(other.brief());
                }
            }
        }
    }

    @Test
    void onlyTheFacilitatorSeesThePreparedNewsAndWhetherItWasReleased() {
        MatchDriver d = busy();
        String news = TestScenarios.test4x3().inject("report").orElseThrow().text();

        PlayerView before = d.match().view(Viewer.FACILITATOR);
        assertThat(before.injects()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Report of AI-assisted targeting");
            assertThat(i.text()).isEqualTo(news);
            assertThat(i.released()).isFalse();
        });
        for (Viewer other : List.of(Viewer.seat("north"), Viewer.SPECTATOR)) {
            PlayerView view = d.match().view(other);
            assertThat(view.injects()).as(other + ": none of the prepared news").isNull();
            assertThat(Json.write(view)).doesNotContain("\"injects\"", news);
        }
        ok(d.facilitator().inject("report"));
        assertThat(d.match().view(Viewer.FACILITATOR).injects())
                .singleElement()
                .satisfies(i -> assertThat(i.released()).isTrue());
        assertThat(d.match().view(Viewer.seat("north")).injects()).isNull();
    }

    @Test
    void aSeatDoesNotSeeADirectMessageItIsNotPartyTo() {
        MatchDriver d = busy();

        assertThat(Json.write(seenBy(d, Viewer.seat("east")))).doesNotContain("dm-north-south");
        assertThat(Json.write(seenBy(d, Viewer.seat("south")))).contains("dm-north-south");
    }

    @Test
    void aSeatDoesNotSeeACaucusItIsNotIn() {
        MatchDriver d = busy();

        assertThat(d.seat("north").view().caucuses()).isEmpty();
        assertThat(seenBy(d, Viewer.seat("north")))
                .noneMatch(e -> e instanceof Event.CaucusCreated || e instanceof Event.CaucusMessage);
        assertThat(d.seat("west").view().caucuses())
                .singleElement()
                .satisfies(c -> assertThat(c.members()).containsExactly("east", "west"));
    }

    @Test
    void aSeatSeesOnlyDealsItIsPartyTo() {
        MatchDriver d = busy();

        assertThat(d.seat("south").view().deals()).isEmpty();
        assertThat(d.seat("east").view().deals())
                .extracting(PlayerView.DealView::id)
                .containsExactly("D1");
        assertThat(seenBy(d, Viewer.seat("south"))).noneMatch(e -> e instanceof Event.DealOffered);
    }

    @Test
    void spectatorsSeeOnlyPublicEvents() {
        MatchDriver d = busy();

        List<Event> seen = seenBy(d, Viewer.SPECTATOR);

        assertThat(seen).noneMatch(e -> PRIVATE_EVENTS.contains(e.getClass()));
        assertThat(seen).hasSize((int) d.log().stream()
                .filter(e -> !PRIVATE_EVENTS.contains(e.getClass()))
                .count());
        assertThat(seen).contains(new Event.FloorStatement("north", "public words"));
    }

    @Test
    void spectatorsSeeNoPrivatePartsOfTheMatch() {
        MatchDriver d = busy();

        PlayerView view = d.view(Viewer.SPECTATOR);

        assertThat(view.briefs()).isEmpty();
        assertThat(view.preferences()).isEmpty();
        assertThat(view.deals()).isEmpty();
        assertThat(view.caucuses()).isEmpty();
        assertThat(view.sealed()).isEmpty();
        assertThat(view.projection()).isEmpty();
        assertThat(view.legalActions()).isEmpty();
        assertThat(view.amendments()).hasSize(1);
    }

    @Test
    void theFacilitatorSeesEverything() {
        MatchDriver d = busy();

        PlayerView view = d.view(Viewer.FACILITATOR);

        assertThat(seenBy(d, Viewer.FACILITATOR)).isEqualTo(d.log());
        assertThat(view.briefs()).containsOnlyKeys("north", "south", "east", "west");
        assertThat(view.preferences()).containsOnlyKeys("north", "south", "east", "west");
        assertThat(view.deals()).hasSize(1);
        assertThat(view.caucuses()).hasSize(1);
    }

    @Test
    void aFacilitatorWhoDoesNotReadPrivateTalkSeesNoneOfIt() {
        MatchDriver d = busy(Settings.of(TestScenarios.test4x3()).withFacilitatorReadsPrivate(false));

        List<Event> seen = seenBy(d, Viewer.FACILITATOR);
        PlayerView view = d.view(Viewer.FACILITATOR);

        assertThat(seen).noneMatch(e -> PRIVATE_EVENTS.contains(e.getClass()));
        assertThat(Json.write(seen)).doesNotContain("dm-north-south").doesNotContain("caucus-east-west");
        assertThat(view.deals()).isEmpty();
        assertThat(view.caucuses()).isEmpty();
        assertThat(view.briefs()).hasSize(4);
    }

    @Test
    void aFormerCaucusMemberKeepsWhatWasSaidWhileTheyWereIn() {
        MatchDriver d = busy();
        ok(d.seat("west").leave("C1"));
        ok(d.seat("east").caucusSay("C1", "after-west-left"));

        String feed = Json.write(seenBy(d, Viewer.seat("west")));

        assertThat(feed).contains("caucus-east-west").doesNotContain("after-west-left");
    }

    @Test
    void canSeeFollowsThePartiesOfEachPrivateEvent() {
        Settings open = Settings.of(TestScenarios.test4x3());
        Settings closed = open.withFacilitatorReadsPrivate(false);
        Event dm = new Event.DirectMessage("north", "south", "x");
        Event left = new Event.CaucusLeft("C1", "west", List.of("east"));
        Event sealed = new Event.DecisionSealed("north", SIGN, "");
        Event floor = new Event.FloorStatement("north", "x");

        assertThat(Visibility.canSee(Viewer.seat("south"), dm, open)).isTrue();
        assertThat(Visibility.canSee(Viewer.seat("east"), dm, open)).isFalse();
        assertThat(Visibility.canSee(Viewer.seat("west"), left, open)).isTrue();
        assertThat(Visibility.canSee(Viewer.seat("north"), left, open)).isFalse();
        assertThat(Visibility.canSee(Viewer.FACILITATOR, dm, closed)).isFalse();
        assertThat(Visibility.canSee(Viewer.FACILITATOR, sealed, closed)).isTrue();
        assertThat(Visibility.canSee(Viewer.SPECTATOR, sealed, open)).isFalse();
        assertThat(Visibility.canSee(Viewer.seat("south"), sealed, open)).isFalse();
        assertThat(Visibility.canSee(Viewer.SPECTATOR, floor, closed)).isTrue();
    }

    @Test
    void aSeatCanFetchOnlyTheEventsAfterTheLastItSaw() {
        MatchDriver d = busy();
        List<Match.Sequenced> all = d.match().eventsFor(Viewer.seat("west"), 0);
        long middle = all.get(all.size() / 2).seq();

        List<Match.Sequenced> rest = d.match().eventsFor(Viewer.seat("west"), middle);

        assertThat(rest).isEqualTo(all.subList(all.size() / 2 + 1, all.size()));
        assertThat(rest).allSatisfy(s -> assertThat(s.event()).isEqualTo(d.log().get((int) s.seq() - 1)));
    }
}
