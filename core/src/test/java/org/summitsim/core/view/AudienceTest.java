package org.summitsim.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;

/**
 * Each event type's declared audience, as {@link Visibility} applies it, against docs/RULES.md
 * written as a table ({@link WhoMaySee}): every type, every kind of viewer, with and without the
 * facilitator reading private talk.
 */
class AudienceTest {

    private static final List<Viewer> VIEWERS = List.of(
            Viewer.seat("north"),
            Viewer.seat("south"),
            Viewer.seat("east"),
            Viewer.seat("west"),
            Viewer.SPECTATOR,
            Viewer.FACILITATOR);

    @Test
    void theTableOfTheRulesNamesEveryEventType() {
        Set<Class<?>> types = Set.of(Event.class.getPermittedSubclasses());

        assertThat(WhoMaySee.KINDS.keySet())
                .as("event types in the table")
                .containsExactlyInAnyOrderElementsOf(types.stream()
                        .map(c -> (Class<? extends Event>) c.asSubclass(Event.class))
                        .toList());
        // Every type at least once (statement_hidden twice: a sealed decision's goes to fewer).
        assertThat(WhoMaySee.oneOfEach().stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(types);
    }

    static Stream<Arguments> everyEventWithItsParties() {
        WhoMaySee.Parties parties = new WhoMaySee.Parties();
        List<Arguments> out = new ArrayList<>();
        for (Event e : WhoMaySee.oneOfEach()) {
            out.add(Arguments.of(e.getClass().getSimpleName(), e, parties.of(e)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventWithItsParties")
    void eachViewerSeesAnEventExactlyAsTheRulesSay(String type, Event e, Set<String> parties) {
        Settings reads = Settings.of(TestScenarios.test4x3());
        for (boolean facilitatorReads : new boolean[] {true, false}) {
            Settings settings = reads.withFacilitatorReadsPrivate(facilitatorReads);
            for (Viewer v : VIEWERS) {
                assertThat(Visibility.canSee(v, e, settings))
                        .as("%s seen by %s (facilitator reads private: %s)", type, describe(v), facilitatorReads)
                        .isEqualTo(WhoMaySee.maySee(v, e, parties, facilitatorReads));
            }
        }
        assertThat(e.audience().isPrivate())
                .as("%s is private", type)
                .isEqualTo(WhoMaySee.kind(e) != WhoMaySee.Kind.PUBLIC);
    }

    private static String describe(Viewer v) {
        return v.kind() == Viewer.Kind.SEAT
                ? "seat " + v.seat()
                : v.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theAudienceIsNotPartOfAnEventOnTheWire() {
        String json = org.summitsim.core.json.Json.write(
                Arrays.asList(WhoMaySee.oneOfEach().toArray()));

        assertThat(json).doesNotContain("audience").doesNotContain("reach");
    }
}
