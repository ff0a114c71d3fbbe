package org.summitsim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.summitsim.server.journal.Durability;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class ServerMainTest {

    /** What a run of the command line printed and returned; a refused one never starts a server. */
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = ServerMain.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theDefaultWritesBeforeAcknowledgingAndSyncsInTheBackground() {
        SummitServer.Config c = ServerMain.config();
        SummitServer.Config defaults = SummitServer.Config.defaults();
        assertThat(c.durability()).isEqualTo(Durability.INTERVAL);
        assertThat(c.syncIntervalMs()).isEqualTo(SummitServer.Config.DEFAULT_SYNC_INTERVAL_MS);
        assertThat(c.host()).isEqualTo(defaults.host());
        assertThat(c.port()).isEqualTo(defaults.port());
        assertThat(c.dataDir()).isEqualTo(defaults.dataDir());
        assertThat(c.ioThreads()).isEqualTo(defaults.ioThreads());
        assertThat(c.botThinkMs()).isEqualTo(defaults.botThinkMs());
        assertThat(c.maxConnectionsPerAddress()).isEqualTo(defaults.maxConnectionsPerAddress());
        assertThat(c.roomsPerAddress()).isEqualTo(defaults.roomsPerAddress());
        assertThat(c.allowedOrigins()).isEmpty();
        assertThat(c.tls()).isNull();
    }

    @Test
    void everyOptionReachesTheServerSettings() {
        SummitServer.Config c = ServerMain.config(
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                "--data",
                "/tmp/d",
                "--io-threads",
                "3",
                "--bot-think-ms",
                "5",
                "--max-connections-per-address",
                "100000",
                "--rooms-per-address",
                "7",
                "--allow-origin",
                "https://a.example",
                "--allow-origin",
                "https://b.example");
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.port()).isZero();
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(c.ioThreads()).isEqualTo(3);
        assertThat(c.botThinkMs()).isEqualTo(5);
        assertThat(c.maxConnectionsPerAddress()).isEqualTo(100000);
        assertThat(c.roomsPerAddress()).isEqualTo(7);
        assertThat(c.roomRefillMs()).isEqualTo(SummitServer.Config.DEFAULT_ROOM_REFILL_MS);
        assertThat(c.allowedOrigins()).containsExactly("https://a.example", "https://b.example");
        // As before: an option given twice takes its last value.
        assertThat(ServerMain.config("--port", "1", "--port", "0").port()).isZero();
    }

    @Test
    void fsyncTakesAModeAndNoFsyncIsNever() {
        assertThat(ServerMain.config("--fsync", "always").durability()).isEqualTo(Durability.ALWAYS);
        assertThat(ServerMain.config("--fsync", "never").durability()).isEqualTo(Durability.NEVER);
        assertThat(ServerMain.config("--no-fsync").durability()).isEqualTo(Durability.NEVER);
        assertThat(ServerMain.config("--no-fsync", "--fsync", "always").durability())
                .isEqualTo(Durability.ALWAYS);
        assertThat(ServerMain.config("--fsync", "always", "--no-fsync").durability())
                .isEqualTo(Durability.NEVER);
        assertThat(ServerMain.config("--fsync", "interval", "--sync-interval-ms", "250")
                        .syncIntervalMs())
                .isEqualTo(250);
    }

    @Test
    void badValuesAreRefusedInPlainEnglish() {
        assertThatThrownBy(() -> ServerMain.config("--fsync", "sometimes"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--fsync': \"sometimes\" is not a journal durability;"
                        + " use one of always, interval, never.");
        assertThatThrownBy(() -> ServerMain.config("--fsync"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("Missing required parameter for option '--fsync'");
        assertThatThrownBy(() -> ServerMain.config("--sync-interval-ms", "soon"))
                .hasMessage("Invalid value for option '--sync-interval-ms': 'soon' is not a whole number.");
        assertThatThrownBy(() -> ServerMain.config("--sync-interval-ms", "0"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--sync-interval-ms must be at least 1 (milliseconds), not 0.");
        assertThatThrownBy(() -> ServerMain.config("--fsnyc", "always"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Unknown options: '--fsnyc', 'always'");
    }

    @Test
    void anUnknownOptionExitsTwoWithOneLineAndTheUsage() {
        Run r = run("--port", "0", "--prot", "7");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().findFirst()).hasValue("Unknown options: '--prot', '7'");
        assertThat(r.err())
                .contains("Usage: ServerMain")
                .contains("--rooms-per-address=N")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadNumberExitsTwoWithOneLineAndTheUsage() {
        Run r = run("--port", "seven");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValue("Invalid value for option '--port': 'seven' is not a whole number.");
        assertThat(r.err()).contains("Usage: ServerMain").doesNotContain("Exception");
    }

    @Test
    @org.summitsim.core.IntegrationTest
    void aPortInUseIsOneSentenceNotAStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data)
            throws java.io.IOException {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Run r = run(
                    "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err())
                    .startsWith("The server could not run: ")
                    .contains("choose another with --port")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(r.out()).doesNotContain("listening on");
        }
    }

    @Test
    void aBadCombinationExitsTwoBeforeAnyServerStarts() {
        Run r = run("--port", "0", "--tls-cert", "a.pem");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValue("--tls-cert and --tls-key go together: the certificate"
                        + " and its private key, both PEM files.");
        assertThat(r.err()).contains("Usage: ServerMain").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("listening on");
    }

    @Test
    void helpListsTheOptionsWithTheirDefaults() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Usage: ServerMain")
                .contains("--host=H")
                .contains("Default: 127.0.0.1")
                .contains("--port=P")
                .contains("Default: 7777")
                .contains("--fsync=always|interval|never")
                .contains("--no-fsync")
                .contains("--sync-interval-ms=MS")
                .contains("Default: 100")
                .contains("--io-threads=N")
                .contains("--bot-think-ms=MS")
                .contains("--max-connections-per-address=N")
                .contains("--rooms-per-address=N")
                .contains("--require-key")
                .contains("--tls-cert=FILE")
                .contains("--tls-key=FILE")
                .contains("--allow-origin=URL");
    }

    @Test
    void requireKeyMakesAFreshKeyAndTlsTakesBothFiles() {
        SummitServer.Config c = ServerMain.config("--require-key", "--rooms-per-address", "5");
        assertThat(c.facilitatorKey()).startsWith("fk.").hasSizeGreaterThan(20);
        assertThat(ServerMain.config("--require-key").facilitatorKey()).isNotEqualTo(c.facilitatorKey());
        assertThat(c.roomsPerAddress()).isEqualTo(5);
        assertThat(ServerMain.config().facilitatorKey()).isNull();
        assertThat(ServerMain.config("--tls-cert", "a.pem", "--tls-key", "k.pem")
                        .tls()
                        .certificate())
                .hasToString("a.pem");
        assertThatThrownBy(() -> ServerMain.config("--tls-cert", "a.pem"))
                .hasMessageContaining("--tls-cert and --tls-key go together");
        assertThatThrownBy(() -> ServerMain.config("--rooms-per-address", "0"))
                .hasMessage("--rooms-per-address must be at least 1, not 0.");
    }
}
