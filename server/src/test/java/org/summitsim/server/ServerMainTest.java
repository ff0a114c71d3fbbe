package org.summitsim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summitsim.server.journal.Durability;

class ServerMainTest {

    @Test
    void theDefaultWritesBeforeAcknowledgingAndSyncsInTheBackground() {
        SummitServer.Config c = ServerMain.config(new String[0]);
        assertThat(c.durability()).isEqualTo(Durability.INTERVAL);
        assertThat(c.syncIntervalMs()).isEqualTo(SummitServer.Config.DEFAULT_SYNC_INTERVAL_MS);
    }

    @Test
    void fsyncTakesAModeAndNoFsyncIsNever() {
        assertThat(ServerMain.config(new String[] {"--fsync", "always"}).durability()).isEqualTo(Durability.ALWAYS);
        assertThat(ServerMain.config(new String[] {"--fsync", "never"}).durability()).isEqualTo(Durability.NEVER);
        assertThat(ServerMain.config(new String[] {"--no-fsync"}).durability()).isEqualTo(Durability.NEVER);
        assertThat(ServerMain.config(new String[] {"--fsync", "interval", "--sync-interval-ms", "250"})
                .syncIntervalMs()).isEqualTo(250);
    }

    @Test
    void badValuesAreRefusedInPlainEnglish() {
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--fsync", "sometimes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--fsync: \"sometimes\" is not a journal durability; use one of always, interval, never.");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--fsync"}))
                .hasMessage("--fsync needs a value.");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--sync-interval-ms", "soon"}))
                .hasMessage("--sync-interval-ms needs a whole number, not \"soon\".");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--sync-interval-ms", "0"}))
                .hasMessage("--sync-interval-ms must be at least 1 (milliseconds), not 0.");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--fsnyc", "always"}))
                .hasMessageStartingWith("Unknown option --fsnyc. Options:");
    }

    @Test
    void requireKeyMakesAFreshKeyAndTlsTakesBothFiles() {
        SummitServer.Config c = ServerMain.config(new String[] {"--require-key", "--rooms-per-address", "5"});
        assertThat(c.facilitatorKey()).startsWith("fk.").hasSizeGreaterThan(20);
        assertThat(ServerMain.config(new String[] {"--require-key"}).facilitatorKey()).isNotEqualTo(c.facilitatorKey());
        assertThat(c.roomsPerAddress()).isEqualTo(5);
        assertThat(ServerMain.config(new String[0]).facilitatorKey()).isNull();
        assertThat(ServerMain.config(new String[] {"--tls-cert", "a.pem", "--tls-key", "k.pem"}).tls().certificate())
                .hasToString("a.pem");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--tls-cert", "a.pem"}))
                .hasMessageContaining("--tls-cert and --tls-key go together");
        assertThatThrownBy(() -> ServerMain.config(new String[] {"--rooms-per-address", "0"}))
                .hasMessage("--rooms-per-address must be at least 1, not 0.");
    }
}
