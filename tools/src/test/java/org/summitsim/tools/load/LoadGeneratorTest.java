package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summitsim.server.journal.Durability;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The load generator's options, parsed as its main parses them, without a run. */
class LoadGeneratorTest {

    private static LoadGenerator parse(String... args) {
        LoadGenerator g = new LoadGenerator();
        new CommandLine(g).setOverwrittenOptionsAllowed(true).parseArgs(args);
        return g;
    }

    @Test
    void theDefaultsAreAHundredRoomsOfTwentyAtTwoPerSecond() {
        LoadGenerator g = parse();
        assertThat(g.server).isNull();
        assertThat(g.rooms).isEqualTo(100);
        assertThat(g.clients).isEqualTo(20);
        assertThat(g.rate).isEqualTo(2.0);
        assertThat(g.warmup).isEqualTo(5);
        assertThat(g.duration).isEqualTo(20);
        assertThat(g.mix).isEqualTo(LoadGenerator.Mix.REALISTIC);
        assertThat(g.transport).isEqualTo(LoadTransport.TCP);
        assertThat(g.scenario).isEqualTo("hague-2023");
        assertThat(g.durability).isEqualTo(Durability.INTERVAL);
        assertThat(g.baseline).isFalse();
        assertThat(g.baselineOnly).isFalse();
        assertThat(g.baselineServer).isNull();
        assertThat(g.idle).isZero();
    }

    @Test
    void everyOptionReachesTheRun() {
        LoadGenerator g = parse(
                "--server",
                "127.0.0.1:7791",
                "--rooms",
                "4",
                "--clients",
                "10",
                "--rate",
                "0.5",
                "--warmup",
                "1",
                "--duration",
                "30",
                "--mix",
                "floor",
                "--transport",
                "ws",
                "--scenario",
                "classroom-mini",
                "--baseline-server",
                "127.0.0.1:7901",
                "--baseline-only",
                "--fsync",
                "always",
                "--idle",
                "10000");
        assertThat(g.server).isEqualTo("127.0.0.1:7791");
        assertThat(g.rooms).isEqualTo(4);
        assertThat(g.clients).isEqualTo(10);
        assertThat(g.rate).isEqualTo(0.5);
        assertThat(g.warmup).isEqualTo(1);
        assertThat(g.duration).isEqualTo(30);
        assertThat(g.mix).isEqualTo(LoadGenerator.Mix.FLOOR);
        assertThat(g.transport).isEqualTo(LoadTransport.WS);
        assertThat(g.scenario).isEqualTo("classroom-mini");
        assertThat(g.baselineServer).isEqualTo("127.0.0.1:7901");
        assertThat(g.baselineOnly).isTrue();
        assertThat(g.durability).isEqualTo(Durability.ALWAYS);
        assertThat(g.idle).isEqualTo(10000);
        assertThat(parse("--mix", "realistic").mix).isEqualTo(LoadGenerator.Mix.REALISTIC);
        assertThat(parse("--fsync", "false").durability).isEqualTo(Durability.NEVER);
        assertThat(parse("--fsync", "true").durability).isEqualTo(Durability.ALWAYS);
        assertThat(parse("--transport", "websocket").transport).isEqualTo(LoadTransport.WS);
    }

    @Test
    void badValuesAreRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> parse("--mix", "heavy"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--mix': \"heavy\" is not a mix; use realistic or floor.");
        assertThatThrownBy(() -> parse("--transport", "udp"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--transport': --transport is tcp or ws, not \"udp\"");
        assertThatThrownBy(() -> parse("--fsync", "sometimes"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("use one of always, interval, never");
        assertThatThrownBy(() -> parse("--rooms", "many"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("'many' is not an int");
        assertThatThrownBy(() -> parse("--rooms"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("Missing required parameter for option '--rooms'");
    }
}
