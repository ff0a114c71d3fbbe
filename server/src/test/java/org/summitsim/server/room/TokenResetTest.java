package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A player the facilitator moves off a seat, or kicks, loses the seat's token; those still at the seat get the new one. */
class TokenResetTest {

    @Test
    void aPlayerMadeSpectatorLosesTheSeatsToken() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember ada = h.join("north", "Ada");
            String old = ada.token();

            h.facilitator().request(FakeMember.msg("move_player").put("player", ada.player()));

            assertThat(ada.last("welcome").path("role").asText()).isEqualTo("spectator");
            assertThat(h.tokenWorks(old)).isFalse();
        }
    }

    @Test
    void aKickedPlayerIsToldWhyAndLosesTheSeatsToken() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember ada = h.join("north", "Ada");
            String old = ada.token();
            FakeMember bo = h.resume(old, "Bo", null); // a second delegate at the seat, with its token

            h.facilitator()
                    .request(FakeMember.msg("kick").put("player", ada.player()).put("reason", "Be kind."));

            assertThat(ada.last("bye").path("code").asText()).isEqualTo("kicked");
            assertThat(ada.last("bye").path("message").asText()).isEqualTo("Be kind.");
            assertThat(ada.isOpen()).isFalse();
            assertThat(h.tokenWorks(old)).isFalse();
            assertThat(bo.token())
                    .as("the one still at the seat is told the new token")
                    .isNotEqualTo(old)
                    .satisfies(t -> assertThat(h.tokenWorks(t)).isTrue());
        }
    }
}
