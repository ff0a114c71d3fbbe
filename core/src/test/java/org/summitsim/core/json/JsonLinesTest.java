package org.summitsim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final ObjectWriter WRITER = Json.mapper().writer();

    record Note(String seat, String text) {}

    /** Serialising it fails half way: after its first field is written. */
    record Broken(String seat) {
        public String getText() {
            throw new IllegalStateException("no text");
        }
    }

    private static String line(Object value) {
        return new String(JsonLines.encode(WRITER, value), StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsOneValueAsTheMapperWritesIt() throws Exception {
        Note a = new Note("kenya", "We agree.");
        Note b = new Note("chile", "So do we.");
        // The same thread's generator writes both: nothing of the first (or a separator) leaks into the second.
        assertThat(line(a)).isEqualTo(Json.mapper().writeValueAsString(a) + "\n");
        assertThat(line(b)).isEqualTo(Json.mapper().writeValueAsString(b) + "\n");
    }

    @Test
    void severalValuesAreOneLineEachInOneArray() throws Exception {
        List<Note> notes = List.of(new Note("kenya", "One."), new Note("chile", "Two."));
        String lines = new String(JsonLines.encode(WRITER, notes), StandardCharsets.UTF_8);
        assertThat(lines)
                .isEqualTo(Json.mapper().writeValueAsString(notes.get(0)) + "\n"
                        + Json.mapper().writeValueAsString(notes.get(1)) + "\n");
    }

    @Test
    void aLineLongerThanTheBufferIsWholeAndTheNextIsShortAgain() throws Exception {
        Note big = new Note("kenya", "x".repeat(300_000));
        assertThat(line(big)).isEqualTo(Json.mapper().writeValueAsString(big) + "\n");
        assertThat(line(new Note("chile", "Short."))).isEqualTo("{\"seat\":\"chile\",\"text\":\"Short.\"}\n");
    }

    @Test
    void aValueThatFailsHalfWayLeavesNothingBehindForTheNextLine() {
        assertThatThrownBy(() -> JsonLines.encode(WRITER, new Broken("kenya"))).hasMessageContaining("no text");
        assertThat(line(new Note("chile", "After."))).isEqualTo("{\"seat\":\"chile\",\"text\":\"After.\"}\n");
    }
}
