package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report command names the data folder only when `summit report` would not find it by itself. */
class ReportCommandTest {

    @Test
    void theDefaultFolderNeedsNoDataOption() {
        assertThat(ReportCommand.of("r-k3x9qa", Path.of("./summit-data/rooms/r-k3x9qa.jsonl")))
                .isEqualTo("./summit report r-k3x9qa");
        assertThat(ReportCommand.of("r-k3x9qa", Path.of("summit-data/rooms/r-k3x9qa.jsonl")))
                .isEqualTo("./summit report r-k3x9qa");
    }

    @Test
    void anotherFolderIsNamedAsTheServerWasGivenIt() {
        assertThat(ReportCommand.of("r-afrwhk", Path.of("/tmp/pt-web/data/rooms/r-afrwhk.jsonl")))
                .isEqualTo("./summit report r-afrwhk --data /tmp/pt-web/data");
        assertThat(ReportCommand.of("r-afrwhk", Path.of("data/rooms/r-afrwhk.jsonl")))
                .isEqualTo("./summit report r-afrwhk --data data");
        assertThat(ReportCommand.of("r-afrwhk", Path.of("/home/ms o'neil/data/rooms/r-afrwhk.jsonl")))
                .isEqualTo("./summit report r-afrwhk --data '/home/ms o'\\''neil/data'");
    }
}
