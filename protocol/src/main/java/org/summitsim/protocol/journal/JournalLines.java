package org.summitsim.protocol.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.summitsim.core.json.Json;

/**
 * The journal's line format (docs/PROTOCOL.md, "Journal files"): each record is one line of
 * JSON, its {@code kind} first, ended by a newline. The server's journals write their records
 * with it and {@link JournalReader} reads them back with it, so there is one format.
 */
public final class JournalLines {

    private JournalLines() {}

    /** One record as a journal line, newline included. */
    public static byte[] encode(JournalRecord record) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(record);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records as journal lines, newlines included, in one array (to be written in one go). */
    public static byte[] encode(List<JournalRecord> records) {
        if (records.size() == 1) {
            return encode(records.get(0));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * records.size());
            for (JournalRecord r : records) {
                out.write(Json.mapper().writeValueAsBytes(r));
                out.write('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record a line holds (without its newline), or empty when it is not one. */
    public static Optional<JournalRecord> decode(String line) {
        try {
            return Optional.of(Json.mapper().readValue(line, JournalRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
