package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How loads are written on the command line. */
class LoadTest {

    @Test
    void readsRoomsClientsAndRateWithFloorAfterThem() {
        assertThat(Load.parse("100x20x0.5")).isEqualTo(new Load(100, 20, 0.5, false));
        assertThat(Load.parse("100x20x2floor")).isEqualTo(new Load(100, 20, 2, true));
        assertThat(Load.parse("100x20x2floor").spec()).isEqualTo("100x20x2floor");
        assertThat(Load.parse("1x10x10").describe()).isEqualTo("10 clients, 1 room × 10, 10/s");
        assertThat(Load.parse("100x20x0.5").describe()).isEqualTo("2,000 clients, 100 rooms × 20, 0.5/s");
    }

    @Test
    void refusesAnythingElseSayingWhatALoadIs() {
        assertThatThrownBy(() -> Load.parse("100x20")).hasMessageContaining("ROOMSxCLIENTSxRATE");
        assertThatThrownBy(() -> Load.parse("axbxc")).hasMessageContaining("ROOMSxCLIENTSxRATE");
    }
}
