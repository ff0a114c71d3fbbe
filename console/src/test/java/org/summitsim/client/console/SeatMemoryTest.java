package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered seats: found again however the join code and the name are typed. */
class SeatMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aCodeTypedWithOrWithoutItsDashOrInLowerCaseIsTheSameRoom() {
        SeatMemory memory = new SeatMemory(dir.resolve("seats"));
        memory.remember("127.0.0.1:7799", "zu8sph43", "Dee", new SeatMemory.Seat("costa-rica", "t-abc", 12));

        assertThat(memory.find("127.0.0.1:7799", "ZU8S-PH43", "Dee"))
                .contains(new SeatMemory.Seat("costa-rica", "t-abc", 12));
        assertThat(memory.find("127.0.0.1:7799", " zu8s ph43 ", "dee")).isPresent();
        assertThat(memory.find("127.0.0.1:7799", "ZU8S-PH44", "Dee")).isEmpty();
        assertThat(memory.find("127.0.0.1:7799", "ZU8S-PH43", "Cy")).isEmpty();

        memory.forget("127.0.0.1:7799", "ZU8S-PH43", "Dee");
        assertThat(memory.find("127.0.0.1:7799", "zu8sph43", "Dee")).isEmpty();
    }

    @Test
    void aFileWrittenWithTheCodeAsTypedIsStillRead() throws Exception {
        Path file = dir.resolve("seats");
        Files.writeString(file, "127.0.0.1\\:7799/AMQH-3EXU/dee=germany t-old 4\n");

        assertThat(new SeatMemory(file).find("127.0.0.1:7799", "amqh3exu", "Dee"))
                .contains(new SeatMemory.Seat("germany", "t-old", 4));
    }
}
