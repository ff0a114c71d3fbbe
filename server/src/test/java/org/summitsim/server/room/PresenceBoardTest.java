package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is where, as each member is shown it: under pseudonyms peers see delegates, the facilitator sees names. */
class PresenceBoardTest {

    private static List<String> names(FakeMember m, String seat) {
        List<String> names = new ArrayList<>();
        Presence.seat(m, seat).path("names").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void underPseudonymsPeersSeeNumberedDelegatesAndTheFacilitatorSeesNames() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"pseudonyms\":true}").open()) {
            FakeMember ada = h.join("north", "Ada");
            h.resume(ada.token(), "Bo", null); // a second delegate at the same seat
            FakeMember cy = h.join("south", "Cy");

            assertThat(names(cy, "north")).containsExactly("Delegate 1 (Northland)", "Delegate 2 (Northland)");
            assertThat(names(ada, "south")).containsExactly("Delegate 1 (Southia)");
            assertThat(names(h.facilitator(), "north")).containsExactly("Ada", "Bo");
            assertThat(cy.last("presence").path("players").isMissingNode()
                            || cy.last("presence").path("players").isNull())
                    .as("only the facilitator gets the list of connections")
                    .isTrue();
            JsonNode players = h.facilitator().last("presence").path("players");
            assertThat(players).hasSize(4); // the facilitator, Ada, Bo and Cy
        }
    }

    @Test
    void aDelegatesNumberStaysWithItsHolderAndAFreedNumberIsReused() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"pseudonyms\":true}").open()) {
            FakeMember ada = h.join("north", "Ada");
            FakeMember bo = h.resume(ada.token(), "Bo", null);
            FakeMember cy = h.join("south", "Cy");

            ada.disconnect();
            assertThat(names(cy, "north")).containsExactly("Delegate 2 (Northland)");
            h.resume(bo.token(), "Di", null);
            assertThat(names(cy, "north"))
                    .containsExactlyInAnyOrder("Delegate 2 (Northland)", "Delegate 1 (Northland)");
        }
    }

    @Test
    void withoutPseudonymsEveryoneSeesNames() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            h.join("north", "Ada");
            FakeMember cy = h.join("south", "Cy");

            assertThat(names(cy, "north")).containsExactly("Ada");
        }
    }

    @Test
    void theFacilitatorIsToldWhichConnectionIsAProgram() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            h.join("north", "Ada");
            h.joinBot("south", "utility bot");

            JsonNode players = h.facilitator().last("presence").path("players");
            List<String> programs = new ArrayList<>();
            players.forEach(p -> {
                if (p.path("bot").asBoolean()) {
                    programs.add(p.path("name").asText());
                }
            });
            assertThat(programs).containsExactly("utility bot");
        }
    }
}
