package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delivery to members: the requester's ack comes after its events and the new clock; nobody gets an event twice. */
class FanOutTest {

    private static int indexOf(List<JsonNode> received, String type, int from) {
        for (int i = from; i < received.size(); i++) {
            if (received.get(i).path("type").asText().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theRequesterGetsItsEventsThenTheNewClockThenItsAck() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            f.clear();
            ada.clear();

            String id = f.command("LOBBY", "{\"type\":\"start\"}");

            List<JsonNode> got = f.received();
            int event = indexOf(got, "event", 0);
            int clock = indexOf(got, "clock", 0);
            int ack = got.indexOf(f.reply(id));
            assertThat(event).as("events first").isGreaterThanOrEqualTo(0).isLessThan(clock);
            assertThat(clock).as("then the clock").isLessThan(ack);
            assertThat(indexOf(got, "event", ack))
                    .as("no event of the command after its ack")
                    .isEqualTo(-1);
            assertThat(ada.eventTypes()).as("the others get the same events").isEqualTo(f.eventTypes());
            assertThat(indexOf(ada.received(), "clock", 0)).isGreaterThan(indexOf(ada.received(), "event", 0));
            assertThat(ada.receivedAny(n -> n.path("type").asText().equals("ack")))
                    .isFalse();
        }
    }

    @Test
    void eachMemberGetsEveryEventItMaySeeOnceInOrder() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"timing\":{\"briefing\":1,\"opening\":1,\"round\":1,\"rounds\":1,\"decision\":1}}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            FakeMember watcher = h.spectate("Sam");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            h.advance(Duration.ofSeconds(10));

            for (FakeMember m : List.of(f, ada, watcher)) {
                long last = 0;
                for (JsonNode n : m.received()) {
                    if (n.path("type").asText().equals("event")) {
                        assertThat(n.path("seq").asLong())
                                .as("%s: seqs rise, each once", m)
                                .isGreaterThan(last);
                        last = n.path("seq").asLong();
                    }
                }
                assertThat(last)
                        .as("%s heard of the end", m)
                        .isEqualTo(h.room().match().lastSeq());
            }
        }
    }
}
