package org.summitsim.client.console.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;

/** The monitor as a table a teacher can read at a glance. */
class MonitorTableTest {

    private static final String MONITOR = """
            {"type":"monitor","id":"m1","room":"r-k3x9qa","label":"Period 3",
             "clock":{"type":"clock","stage":"ROUND 1","paused":false,"deadline":1,"remainingMs":252000,"serverTime":1},
             "seats":[
              {"seat":"north","name":"Northland","status":"present","humans":2,
               "players":[{"player":"p2","name":"Ada"},{"player":"p5","name":"Cy"}],"lastActedAt":1,"idleSeconds":42,
               "ready":false,"decided":false,"counts":{"floor":3,"messages":2,"caucusMessages":1,"amendments":1,
               "votes":0,"pledges":1,"deals":12}},
              {"seat":"south","name":"Southia","status":"present","humans":1,"players":[{"player":"p3","name":"Bo"},{"player":"p6","name":"Python bot","bot":true}],
               "idleSeconds":600,"ready":true,"decided":false,"counts":{"floor":0,"messages":0,"caucusMessages":0,
               "amendments":0,"votes":0,"pledges":0,"deals":0}},
              {"seat":"east","name":"Eastmark","status":"bot","bot":"utility","humans":0,"players":[],
               "lastActedAt":1,"idleSeconds":3,"ready":false,"decided":false,"counts":{"floor":1,"messages":0,
               "caucusMessages":0,"amendments":0,"votes":0,"pledges":0,"deals":0}},
              {"seat":"west","name":"Westria","status":"empty","humans":0,"players":[],"idleSeconds":900,
               "ready":false,"decided":false,"counts":{"floor":0,"messages":0,"caucusMessages":0,"amendments":0,
               "votes":0,"pledges":0,"deals":0}}],
             "notSpoken":["south"],"spectators":1}
            """;

    @Test
    void showsEachDelegationOnALine() throws Exception {
        JsonNode m = Json.mapper().readTree(MONITOR);
        String table = MonitorTable.render(m);
        String[] lines = table.split("\n");
        assertThat(lines[0]).isEqualTo("Period 3 (room r-k3x9qa): ROUND 1, 4:12 left. 1 spectator.");
        assertThat(lines[2]).startsWith("Delegation").contains("Students", "Idle", "Floor", "Deals");
        assertThat(lines[3])
                .startsWith("Northland")
                .contains("present", "Ada, Cy", "0:42")
                .endsWith("12");
        assertThat(lines[4]).startsWith("Southia").contains("Bo, Python bot (a program)", "10:00", "yes");
        assertThat(lines[5]).contains("(utility bot)").doesNotContain("0:03");
        assertThat(lines[6]).startsWith("Westria").contains("empty");
        // Columns line up: every row is as wide as the header up to the last column.
        int deals = lines[2].indexOf("Deals") + "Deals".length();
        assertThat(lines[3].length()).isEqualTo(deals);
        assertThat(table)
                .contains("Not yet spoken on the floor: Southia (Bo).")
                .contains("Idle 3 minutes or more: Southia 10:00.");
    }

    @Test
    void aNarrowTerminalClipsTheStudentsAndNamesButKeepsEveryColumn() throws Exception {
        // The play-test: at 100 columns the Pledges and Deals columns wrapped onto lines of their own.
        String wide = MONITOR.replace("\"name\":\"Ada\"", "\"name\":\"Adalberta Featherstonehaugh-Smythe\"");
        try {
            Wrap.width(80);
            String table = MonitorTable.render(Json.mapper().readTree(wide));
            String[] lines = table.split("\n");
            for (int i = 2; i <= 6; i++) {
                assertThat(lines[i].length()).as(lines[i]).isLessThanOrEqualTo(80);
            }
            assertThat(lines[2]).startsWith("Delegation").endsWith("Dls");
            assertThat(lines[3]).endsWith("12");
            assertThat(table).contains("Plg pledges, Dls deals.");
        } finally {
            Wrap.reset();
        }
    }

    @Test
    void formatsDurations() {
        assertThat(MonitorTable.duration(0)).isEqualTo("0:00");
        assertThat(MonitorTable.duration(61)).isEqualTo("1:01");
        assertThat(MonitorTable.duration(3725)).isEqualTo("1:02:05");
    }
}
