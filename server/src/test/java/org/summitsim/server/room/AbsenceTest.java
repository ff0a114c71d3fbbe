package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A seat whose humans are gone is shown absent, keeps its place for the grace period, then the policy applies. */
class AbsenceTest {

    @Test
    void theSeatWaitsExactlyItsGracePeriodThenABotTakesOver() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"absent\":\"bot\",\"graceSeconds\":30,\"bot\":\"silent\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");

            ada.disconnect();
            assertThat(Presence.status(f, "north")).isEqualTo("absent");
            assertThat(Presence.seat(f, "north").path("graceEndsAt").asLong()).isEqualTo(h.now() + 30_000);

            h.advance(Duration.ofSeconds(30).minusMillis(1));
            assertThat(Presence.status(f, "north"))
                    .as("a millisecond before the grace ends")
                    .isEqualTo("absent");
            h.advance(Duration.ofMillis(1));
            assertThat(Presence.status(f, "north")).isEqualTo("bot");
            assertThat(Presence.seat(f, "north").path("bot").asText()).isEqualTo("silent");
        }
    }

    @Test
    void aPlayerBackWithinTheGracePeriodKeepsTheSeatAndNoBotComes() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"absent\":\"bot\",\"graceSeconds\":30}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            String token = ada.token();

            ada.disconnect();
            h.advance(Duration.ofSeconds(29));
            FakeMember back = h.resume(token, "Ada", 0L);
            h.advance(Duration.ofMinutes(5));

            assertThat(back.last("welcome").path("seat").asText()).isEqualTo("north");
            assertThat(Presence.status(f, "north")).isEqualTo("present");
            assertThat(Presence.seat(f, "north").has("bot")).isFalse();
        }
    }

    @Test
    void theBotStepsAsideWhenTheHumanReturns() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"absent\":\"bot\",\"graceSeconds\":1,\"bot\":\"silent\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            String token = ada.token();
            ada.disconnect();
            h.advance(Duration.ofSeconds(1));
            assertThat(Presence.status(f, "north")).isEqualTo("bot");

            FakeMember back = h.resume(token, "Ada", 0L);

            assertThat(back.last("welcome").path("seat").asText()).isEqualTo("north");
            assertThat(Presence.status(f, "north")).isEqualTo("present");
            assertThat(Presence.seat(f, "north").has("bot")).isFalse();
        }
    }

    @Test
    void withTheDefaultPolicyTheSummitEndsWithoutTheAbsentSeats() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"absent\":\"default\",\"graceSeconds\":0}")
                .open()) {
            FakeMember f = h.facilitator();
            for (String seat : new String[] {"north", "south", "east", "west"}) {
                h.join(seat, seat).disconnect();
            }

            f.commandOk("LOBBY", "{\"type\":\"start\"}");

            JsonNode north = f.events().stream()
                    .filter(e -> e.path("type").asText().equals("match_ended"))
                    .findFirst()
                    .orElseThrow()
                    .path("outcome")
                    .path("decisions")
                    .path("north");
            assertThat(north.path("decision").asText()).isEqualTo("ABSTAIN");
            assertThat(north.path("defaulted").asBoolean())
                    .as("revealed as defaulted")
                    .isTrue();
        }
    }

    @Test
    void withoutAStrategyTheSeatsDrawAMixedTableAndShowWhatTheyDrew() {
        try (RoomHarness h = RoomHarness.setup().scenario("hague-2023").open()) {
            FakeMember f = h.facilitator();
            String id = f.request(FakeMember.msg("fill_bots"));
            assertThat(f.reply(id).path("type").asText()).isEqualTo("ack");

            java.util.Set<String> drawn = new java.util.TreeSet<>();
            for (String seat : java.util.List.of(
                    "netherlands",
                    "united-states",
                    "china",
                    "austria",
                    "brazil",
                    "india",
                    "japan",
                    "kenya",
                    "mexico",
                    "canada")) {
                drawn.add(Presence.seat(f, seat).path("bot").asText());
            }
            assertThat(drawn)
                    .as("strategies drawn by ten seats")
                    .hasSizeGreaterThan(1)
                    .isSubsetOf(org.summitsim.core.bots.Strategies.MIXED);
        }
    }

    @Test
    void theFacilitatorFillsEmptySeatsWithBots() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            FakeMember north = h.join("north", "A");

            String id = f.request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            assertThat(f.reply(id).path("type").asText()).isEqualTo("ack");
            assertThat(Presence.status(f, "north")).isEqualTo("present");
            assertThat(Presence.status(f, "east")).isEqualTo("bot");
            id = f.request(FakeMember.msg("fill_bots").put("strategy", "genius"));
            assertThat(f.reply(id).path("code").asText()).isEqualTo("bot_unavailable");

            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            h.advance(Duration.ofSeconds(15)); // their thinking time, and the jitter of a room where people play

            assertThat(north.eventTypes()).as("the bots speak in the opening").contains("floor");
        }
    }
}
