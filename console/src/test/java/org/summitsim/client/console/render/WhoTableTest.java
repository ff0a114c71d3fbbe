package org.summitsim.client.console.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;

/** `who`: the connections a teacher sees, with a program told apart from a student. */
class WhoTableTest {

    @Test
    void namesEachConnectionsDelegationAndMarksAProgram() throws Exception {
        JsonNode presence = Json.mapper().readTree("""
                {"type":"presence","seats":[],"spectators":1,"players":[
                 {"player":"p0","name":"Teacher","role":"facilitator"},
                 {"player":"p1","name":"Ada","role":"player","seat":"north"},
                 {"player":"p2","name":"utility bot","role":"player","seat":"south","bot":true}]}
                """);

        String[] lines = WhoTable.render(
                        presence, seat -> seat.equals("north") ? "Northland" : "Southia", Style.plain())
                .split("\n");

        assertThat(lines[0]).isEqualTo("Connected");
        assertThat(lines[2]).contains("Ada", "player", "Northland", "[p1]").doesNotContain("north ", "program");
        assertThat(lines[3]).contains("utility bot", "Southia", "[p2]").endsWith("(a program)");
        assertThat(lines[4]).isEqualTo("Spectators: 1");
    }
}
