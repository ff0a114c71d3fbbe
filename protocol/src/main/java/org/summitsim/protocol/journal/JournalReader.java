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
 * The one reader of journal files. {@link #read} reads a journal back after a restart: a crash
 * can cut the last line short (or leave zeros after it); that tail was never acknowledged, so it
 * is reported and cut off. A bad line anywhere else means the file was damaged: the room is
 * refused, the file left as it is. {@link #lines} reads the same way for reports and tools,
 * which only look: it never changes the file.
 */
public final class JournalReader {

    /** What was read: the records, and how many bytes of a torn tail were cut off (0 if none). */
    public record Recovered(Path file, List<JournalRecord> records, int tornBytes) {}

    /** A journal that cannot be trusted beyond its last line. */
    public static final class DamagedJournal extends IOException {
        private final int line;

        public DamagedJournal(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The damaged line's number, counting from 1. */
        public int line() {
            return line;
        }
    }

    private JournalReader() {}

    /**
     * What {@link #lines} read: the records, and whether a cut-short last line (a crash's
     * leftover) was skipped. The file is as it was.
     */
    public record Lines(Path file, List<JournalRecord> records, boolean tornTail) {}

    /** Reads {@code file}; when its tail is torn, also truncates the file to its last whole line. */
    public static Recovered read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<JournalRecord> records = new ArrayList<>();
        int goodEnd = scan(file, bytes, records, false);
        int torn = bytes.length - goodEnd;
        if (torn > 0) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodEnd);
                ch.force(true);
            }
        }
        return new Recovered(file, records, torn);
    }

    /**
     * Reads {@code file} without changing it, for those who only look (reports). A cut-short last
     * line is skipped and reported in {@link Lines#tornTail}; a bad line anywhere else throws
     * {@link DamagedJournal}, which names the line. Unlike {@link #read}, a whole last record
     * that only lacks its newline is kept: it is in the file, and nothing here writes after it.
     */
    public static Lines lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<JournalRecord> records = new ArrayList<>();
        int goodEnd = scan(file, bytes, records, true);
        return new Lines(file, records, goodEnd < bytes.length && !isTail(bytes, goodEnd));
    }

    /**
     * Decodes the records of {@code bytes} into {@code records} up to the first bad line; returns
     * where the good lines end. A bad line that is not the last throws {@link DamagedJournal}.
     */
    private static int scan(Path file, byte[] bytes, List<JournalRecord> records, boolean keepUnterminated)
            throws DamagedJournal {
        int start = 0;
        int lineNo = 0;
        int goodEnd = 0;
        while (start < bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', start);
            int end = nl < 0 ? bytes.length : nl;
            lineNo++;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
            JournalRecord record =
                    line.isEmpty() ? null : JournalLines.decode(line).orElse(null);
            boolean last = nl < 0 || isTail(bytes, nl + 1);
            boolean unterminated = nl < 0 && !line.isEmpty() && !(keepUnterminated && record != null);
            if (record == null && !line.isEmpty() || unterminated) {
                if (!last) {
                    throw new DamagedJournal(file.getFileName() + ": line " + lineNo + " is damaged", lineNo);
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
        return goodEnd;
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
