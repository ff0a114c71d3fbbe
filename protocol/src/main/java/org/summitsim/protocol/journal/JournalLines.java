package org.summitsim.protocol.journal;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.summitsim.core.json.Json;
import org.summitsim.core.json.JsonLines;

/**
 * The journal's line format (docs/PROTOCOL.md, "Journal files"): each record is one line of
 * JSON, its {@code kind} first, ended by a newline. The server's journals write their records
 * with it and {@link JournalReader} reads them back with it, so there is one format.
 */
public final class JournalLines {

    private JournalLines() {}

    /** Records are written as the mapper writes them, each with its {@code kind}. */
    private static final ObjectWriter WRITER = Json.mapper().writer();

    /** One record as a journal line, newline included. */
    public static byte[] encode(JournalRecord record) {
        return JsonLines.encode(WRITER, record);
    }

    /** Records as journal lines, newlines included, in one array (to be written in one go). */
    public static byte[] encode(List<JournalRecord> records) {
        return JsonLines.encode(WRITER, records);
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
