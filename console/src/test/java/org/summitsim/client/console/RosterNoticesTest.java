package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.RosterNotices;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.Presence.PlayerEntry;
import org.summitsim.protocol.Presence.SeatPresence;

/** What a facilitator is told as students come and go. */
class RosterNoticesTest {

    private final Names names = new Names(new Sample().view());

    private static SeatPresence seat(String id, String status, int humans, Long graceEndsAt) {
        return new SeatPresence(id, status, humans, List.of(), graceEndsAt, null, null);
    }

    private static Presence presence(List<SeatPresence> seats, PlayerEntry... players) {
        return new Presence(null, seats, 0, List.of(players));
    }

    private static final PlayerEntry TEACHER = new PlayerEntry("p0", "Teacher", "facilitator", null, null);
    private static final PlayerEntry ADA = new PlayerEntry("p1", "Ada", "player", "germany", null);

    @Test
    void joinsMovesAndLeavesAreToldByNameAndDelegation() {
        Presence empty = presence(List.of(seat("germany", "empty", 0, null), seat("china", "empty", 0, null)), TEACHER);
        Presence adaIn =
                presence(List.of(seat("germany", "present", 1, null), seat("china", "empty", 0, null)), TEACHER, ADA);
        assertThat(RosterNotices.between(empty, adaIn, names)).containsExactly("Ada joined as Germany.");
        Presence moved = presence(
                List.of(seat("germany", "empty", 0, null), seat("china", "present", 1, null)),
                TEACHER,
                new PlayerEntry("p1", "Ada", "player", "china", null));
        assertThat(RosterNotices.between(adaIn, moved, names))
                .containsExactly(
                        "Ada is now China.",
                        "Germany has nobody now: `bots fill germany` puts a bot there until" + " someone joins.");
        assertThat(RosterNotices.between(null, adaIn, names))
                .as("the room as it was at joining is no news")
                .isEmpty();
    }

    @Test
    void aStudentLookingInBeforeChoosingASeatIsOneJoinNotThree() {
        // The play-test: "Ada joined to watch. / Ada left. / Ada joined as the Netherlands."
        Presence empty = presence(List.of(seat("germany", "empty", 0, null)), TEACHER);
        Presence looking = presence(
                List.of(seat("germany", "empty", 0, null)),
                TEACHER,
                new PlayerEntry("p9", "Ada", "spectator", null, null));
        Presence seated = presence(List.of(seat("germany", "present", 1, null)), TEACHER, ADA);
        assertThat(RosterNotices.between(empty, looking, names)).isEmpty();
        assertThat(RosterNotices.between(looking, seated, names)).containsExactly("Ada joined as Germany.");
    }

    @Test
    void aSeatInItsGracePeriodIsNotOfferedToBots() {
        Presence in = presence(List.of(seat("germany", "present", 1, null)), TEACHER, ADA);
        Presence away = presence(List.of(seat("germany", "absent", 0, 1_000L)), TEACHER);
        assertThat(RosterNotices.between(in, away, names)).containsExactly("Ada left (Germany).");
        Presence gone = presence(List.of(seat("germany", "absent", 0, null)), TEACHER);
        assertThat(RosterNotices.between(away, gone, names))
                .containsExactly("Germany has nobody now: `bots fill germany` puts a bot there until someone joins.");
        Sample ended = new Sample();
        ended.chair(new org.summitsim.core.rules.Command.EndMatch());
        assertThat(RosterNotices.between(away, gone, new Names(ended.view())))
                .as("after the end nobody plays a seat again: no advice to fill it")
                .isEmpty();
    }
}
