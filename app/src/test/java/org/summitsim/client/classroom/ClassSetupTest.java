package org.summitsim.client.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The teacher's words turned into create_room options. */
class ClassSetupTest {

    @Test
    void readsAdoptionRulesAsTyped() {
        assertThat(ClassSetup.adoption("consensus:2").toString())
                .isEqualTo("{\"rule\":\"consensus\",\"maxObjections\":2}");
        assertThat(ClassSetup.adoption("Supermajority:0.67").path("fraction").asDouble())
                .isEqualTo(0.67);
        assertThat(ClassSetup.adoption("supermajority:75%").path("fraction").asDouble())
                .isEqualTo(0.75);
        assertThat(ClassSetup.adoption(null)).isNull();
        for (String bad : new String[] {"consensus", "majority:3", "consensus:two", "supermajority:"}) {
            assertThatThrownBy(() -> ClassSetup.adoption(bad))
                    .isInstanceOf(ClassroomException.class)
                    .hasMessageContaining("consensus:K");
        }
    }

    @Test
    void buildsTheOptionsEveryWorldGets() {
        ClassSetup s = new ClassSetup(
                "hague-2023",
                "custom",
                ClassSetup.minutes(5.0, 4.0, 8.5, 3, 5.0),
                ClassSetup.adoption("consensus:1"),
                true,
                false,
                "bot",
                "mediator",
                3,
                "Period 3");
        ObjectNode o = s.options(2, "The Hague");
        assertThat(o.path("label").asText()).isEqualTo("Period 3 - World 2");
        assertThat(o.path("timing").toString())
                .isEqualTo("{\"briefing\":300,\"opening\":240,\"round\":510,\"rounds\":3,\"decision\":300}");
        assertThat(o.path("adoption").path("maxObjections").asInt()).isEqualTo(1);
        assertThat(o.path("pseudonyms").asBoolean()).isTrue();
        assertThat(o.path("facilitatorReadsPrivate").asBoolean()).isFalse();
        assertThat(o.path("absent").asText()).isEqualTo("bot");
        assertThat(o.path("bot").asText()).isEqualTo("mediator");

        ClassSetup preset = new ClassSetup("hague-2023", "45", Map.of(), null, false, null, null, null, 1, null);
        ObjectNode p = preset.options(1, "REAIM summit, The Hague 2023");
        assertThat(p.toString()).isEqualTo("{\"label\":\"REAIM summit, The Hague 2023\",\"timing\":\"45\"}");
    }

    @Test
    void labelsFitTheServersLimit() {
        ClassSetup s = new ClassSetup(
                "x",
                null,
                Map.of(),
                null,
                false,
                null,
                null,
                null,
                12,
                "A very long class name that goes on and on and on");
        assertThat(s.label(12, null))
                .hasSizeLessThanOrEqualTo(ClassSetup.LABEL_CHARS)
                .isEqualTo("A very long class name that\u2026 - World 12");
        ClassSetup titled = new ClassSetup("x", null, Map.of(), null, false, null, null, null, 2, null);
        assertThat(titled.label(1, "First lesson: six states and a Call to Action on military AI"))
                .as("cut at a word, never in half a word")
                .isEqualTo("First lesson: six states and\u2026 - World 1");
        ClassSetup untitled = new ClassSetup("x", null, Map.of(), null, false, null, null, null, 2, " ");
        assertThat(untitled.label(1, "Seoul 2024")).isEqualTo("Seoul 2024 - World 1");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(
                        () -> new ClassSetup("x", "45", Map.of("round", 5.0), null, false, null, null, null, 1, null))
                .hasMessageContaining("--timing custom");
        assertThatThrownBy(() -> new ClassSetup("x", null, Map.of(), null, false, null, null, null, 0, null))
                .hasMessageContaining("--worlds");
        assertThatThrownBy(() ->
                        new ClassSetup("x", "custom", Map.of("rounds", 2.5), null, false, null, null, null, 1, null))
                .hasMessageContaining("--rounds");
        assertThatThrownBy(() ->
                        new ClassSetup("x", "custom", Map.of("round", -1.0), null, false, null, null, null, 1, null))
                .hasMessageContaining("--round must");
    }
}
