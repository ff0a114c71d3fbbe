package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A player who comes back with its token and the last event it saw misses nothing and gets nothing twice. */
class ReconnectTest {

    private static List<Long> seqs(FakeMember m) {
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event"))
                .map(n -> n.path("seq").asLong())
                .toList();
    }

    @Test
    void aResumeSendsWhatWasMissedInOrderOnceThenLiveEvents() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            FakeMember south = h.join("south", "Bo");
            FakeMember ada = h.join("north", "Ada");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            List<Long> before = seqs(ada);
            long lastSeen = before.get(before.size() - 1);
            ada.disconnect();

            south.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"While Ada is away.\"}");
            south.commandOk("OPENING", "{\"type\":\"dm\",\"to\":\"north\",\"text\":\"For Ada.\"}");
            h.advance(Duration.ofSeconds(5));
            FakeMember back = h.resume(ada.token(), "Ada", lastSeen);
            south.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"Welcome back.\"}");

            List<Long> after = seqs(back);
            assertThat(after).isSorted().doesNotHaveDuplicates();
            assertThat(after.get(0)).isEqualTo(lastSeen + 1);
            assertThat(back.events())
                    .extracting(e -> e.path("text").asText())
                    .contains("While Ada is away.", "For Ada.", "Welcome back.");
        }
    }

    @Test
    void theFacilitatorComesBackWithItsToken() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            String token = h.facilitator().token();
            h.facilitator().disconnect();

            FakeMember back = h.resume(token, "Teacher", null);

            assertThat(back.last("welcome").path("role").asText()).isEqualTo("facilitator");
            back.commandOk("LOBBY", "{\"type\":\"start\"}");
        }
    }
}
