package org.summitsim.protocol.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal back after a restart. A crash can cut the last line short (or leave zeros
 * after it); that tail was never acknowledged, so it is reported and cut off. A bad line
 * anywhere else means the file was damaged: the room is refused, the file left as it is.
 */
public final class JournalReader {

    /** What was read: the records, and how many bytes of a torn tail were cut off (0 if none). */
    public record Recovered(Path file, List<JournalRecord> records, int tornBytes) {
    }

    /** A journal that cannot be trusted beyond its last line. */
    public static final class DamagedJournal extends IOException {
        public DamagedJournal(String message) {
            super(message);
        }
    }

    private JournalReader() {
    }

    /** Reads {@code file}; when its tail is torn, also truncates the file to its last whole line. */
    public static Recovered read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<JournalRecord> records = new ArrayList<>();
        int start = 0;
        int lineNo = 0;
        int goodEnd = 0;
        while (start < bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', start);
            int end = nl < 0 ? bytes.length : nl;
            lineNo++;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
            JournalRecord record = line.isEmpty() ? null : JournalLines.decode(line).orElse(null);
            boolean last = nl < 0 || isTail(bytes, nl + 1);
            if (record == null && !line.isEmpty() || nl < 0 && !line.isEmpty()) {
                if (!last) {
                    throw new DamagedJournal(file.getFileName() + ": line " + lineNo + " is damaged");
                }
                break;
            }
            if (record != null) {
                records.add(record);
            }
            goodEnd = nl < 0 ? bytes.length : nl + 1;
            start = goodEnd;
            if (last) {
                break;
            }
        }
        int torn = bytes.length - goodEnd;
        if (torn > 0) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodEnd);
                ch.force(true);
            }
        }
        return new Recovered(file, records, torn);
    }

    /** Whether everything from {@code from} on is blank or zero bytes (a crash's leftovers). */
    private static boolean isTail(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != 0 && b != '\n' && b != '\r' && b != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
