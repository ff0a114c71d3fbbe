package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.protocol.journal.JournalRecord;

/** The journal keeps the names people joined a seat with, once each, for the teacher's grading sheet. */
class PlayerNamesTest {

    @Test
    void eachNameAtASeatIsJournaledOnce() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember ada = h.join("north", "Ada");
            h.resume(ada.token(), "Ada", null); // Ada again, from another window
            h.resume(ada.token(), "Bo", null); // a second delegate at the seat
            h.join("south", "Cy");
            h.spectate("Dee");

            assertThat(h.journal().stream()
                            .filter(r -> r instanceof JournalRecord.PlayerSeated)
                            .map(r -> (JournalRecord.PlayerSeated) r)
                            .map(p -> p.seat() + ":" + p.name())
                            .toList())
                    .containsExactly("north:Ada", "north:Bo", "south:Cy");
        }
    }
}
