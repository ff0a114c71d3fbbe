package org.summitsim.client.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.scenario.ScenarioFile;

/**
 * A demo journals inside the demos folder from its first action, so a demo stopped without
 * ending (a closed terminal, a killed process) loses nothing; the next demo moves that journal
 * up beside the others, and a demo that ends leaves no folder behind.
 */
@IntegrationTest
class DemoJournalTest {

    @TempDir
    Path keep;

    @Test
    void aStoppedDemosJournalIsMovedUpByTheNextDemoAndAnEndedDemoLeavesOnlyItsJournal() throws Exception {
        // What a killed demo leaves: its journal in a folder named after a process that is gone.
        Path stopped = Files.createDirectories(keep.resolve(".playing-" + Long.MAX_VALUE / 2 + "-123/rooms"));
        Files.writeString(stopped.resolve("r-old.jsonl"), "{\"type\":\"room_created\"}\n");

        Path running;
        try (DemoRoom demo = DemoRoom.start(ScenarioFile.shipped("classroom-mini"), DemoPace.QUICK, keep)) {
            assertThat(demo.recovered()).containsExactly(keep.resolve("r-old.jsonl"));
            assertThat(keep.resolve("r-old.jsonl")).hasContent("{\"type\":\"room_created\"}");
            try (Stream<Path> now = Files.list(keep)) {
                running = now.filter(p -> p.getFileName().toString().startsWith(".playing-"))
                        .findFirst()
                        .orElseThrow();
            }
            // the running demo journals in the demos folder already, under its own process's name
            assertThat(running.getFileName().toString())
                    .startsWith(".playing-" + ProcessHandle.current().pid() + "-");
            assertThat(running.resolve("rooms"))
                    .isDirectoryContaining(p -> p.toString().endsWith(".jsonl"));
            demo.close();
            assertThat(demo.keptJournal()).isRegularFile().hasParent(keep);
        }
        assertThat(running).doesNotExist();
        assertThat(stopped.getParent()).doesNotExist();
    }
}
