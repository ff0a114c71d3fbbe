package org.summitsim.client.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.room.Pace;
import org.summitsim.server.room.RoomOptions;

/** `summit demo --pace`: each pace is a room the server accepts, with its vote window and phase lengths. */
class DemoPaceTest {

    private static RoomOptions room(DemoPace pace) throws Exception {
        return RoomOptions.parse(
                Json.mapper().readTree(pace.roomOptions(3)),
                ScenarioReader.shipped("hague-2023"),
                BotFactory.builtIn(700));
    }

    @Test
    void eachPaceSetsTheVoteWindowAndThePhaseLengths() throws Exception {
        assertThat(Pace.of(room(DemoPace.RELAXED).saved()).voteWindowSeconds()).isEqualTo(120);
        assertThat(Pace.of(room(DemoPace.NORMAL).saved()).voteWindowSeconds()).isEqualTo(60);
        assertThat(Pace.of(room(DemoPace.QUICK).saved()).voteWindowSeconds()).isEqualTo(30);
        for (DemoPace pace : DemoPace.values()) {
            assertThat(room(pace).settings().votesWaitForHost())
                    .as("the room holds votes open")
                    .isTrue();
            assertThat(room(pace).settings().timing().rounds()).isEqualTo(3);
        }
        assertThat(room(DemoPace.RELAXED).settings().timing().round())
                .isGreaterThan(room(DemoPace.NORMAL).settings().timing().round())
                .isGreaterThan(room(DemoPace.QUICK).settings().timing().round());
        // The opening has room for 23 bots' statements at the pace's gap (2 s at normal).
        assertThat(room(DemoPace.NORMAL).settings().timing().opening()).isGreaterThanOrEqualTo(23 * 2);
        assertThat(room(DemoPace.RELAXED).settings().timing().opening()).isGreaterThanOrEqualTo(23 * 4);
    }

    /** A demo plays the scenario's own number of rounds (its injects are timed by them), at the pace's lengths. */
    @Test
    void aDemoKeepsTheScenariosRounds() throws Exception {
        var mini = ScenarioReader.shipped("classroom-mini");
        RoomOptions two = RoomOptions.parse(
                Json.mapper().readTree(DemoPace.NORMAL.roomOptions(mini.timing().rounds())),
                mini,
                BotFactory.builtIn(700));

        assertThat(mini.timing().rounds()).isEqualTo(2);
        assertThat(two.settings().timing().rounds()).isEqualTo(2);
        assertThat(two.settings().timing().round()).isEqualTo(180);
        assertThat(DemoPace.NORMAL.minutes(3)).isEqualTo(16);
        assertThat(DemoPace.NORMAL.minutes(2)).isEqualTo(13);
    }

    @Test
    void paceNamesAreTheCommandLineWords() {
        assertThat(DemoPace.ids()).containsExactly("relaxed", "normal", "quick");
        assertThat(DemoPace.of("Quick")).contains(DemoPace.QUICK);
        assertThat(DemoPace.of("sluggish")).isEmpty();
    }
}
