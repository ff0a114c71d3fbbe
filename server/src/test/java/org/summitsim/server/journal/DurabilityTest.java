package org.summitsim.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurabilityTest {

    @Test
    void theCommandLineNamesParseInAnyCase() {
        assertThat(Durability.parse("always")).isEqualTo(Durability.ALWAYS);
        assertThat(Durability.parse(" Interval ")).isEqualTo(Durability.INTERVAL);
        assertThat(Durability.parse("NEVER")).isEqualTo(Durability.NEVER);
        for (Durability d : Durability.values()) {
            assertThat(Durability.parse(d.label())).isEqualTo(d);
        }
    }

    @Test
    void aBadValueIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Durability.parse("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"sometimes\" is not a journal durability; use one of always, interval, never.");
        assertThatThrownBy(() -> Durability.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("always, interval, never");
    }

    @Test
    void onlyAlwaysLeavesTheWritingToTheWriterThreads() {
        assertThat(Durability.ALWAYS.writesOnRoomThread()).isFalse();
        assertThat(Durability.INTERVAL.writesOnRoomThread()).isTrue();
        assertThat(Durability.NEVER.writesOnRoomThread()).isTrue();
    }
}
