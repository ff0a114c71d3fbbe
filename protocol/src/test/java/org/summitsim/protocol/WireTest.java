package org.summitsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Event;

class WireTest {

    @Test
    void messagesAreOneLineWithTheTypeFirst() {
        String line = new String(Wire.encode(new ServerMessage.Ack("r7", 43L)), StandardCharsets.UTF_8);
        assertThat(line).isEqualTo("{\"type\":\"ack\",\"id\":\"r7\",\"seq\":43}\n");
    }

    @Test
    void eventsWrapTheCoreEventJson() {
        String line = new String(
                Wire.encode(new ServerMessage.EventMessage(42, 1000, new Event.FloorStatement("south", "Hi"))),
                StandardCharsets.UTF_8);
        assertThat(line)
                .isEqualTo("{\"type\":\"event\",\"seq\":42,\"time\":1000,"
                        + "\"event\":{\"type\":\"floor\",\"seat\":\"south\",\"text\":\"Hi\"}}\n");
    }

    @Test
    void absentFieldsAreLeftOut() {
        String line = new String(Wire.encode(new ServerMessage.Ack(null, null)), StandardCharsets.UTF_8);
        assertThat(line).isEqualTo("{\"type\":\"ack\"}\n");
    }
}
