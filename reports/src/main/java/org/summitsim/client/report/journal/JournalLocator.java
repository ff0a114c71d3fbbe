package org.summitsim.client.report.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitsim.protocol.journal.JournalLines;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * Turns what the user typed into a journal file: a path to a journal, a room id (its journal is
 * {@code <data>/rooms/<room>.jsonl}) or a room's join code, which is what a teacher has at hand.
 */
public final class JournalLocator {

    private final Path rooms;

    public JournalLocator(Path dataDir) {
        this.rooms = dataDir.resolve("rooms");
    }

    public Path locate(String roomOrJournal) {
        Path asFile = Path.of(roomOrJournal);
        if (Files.isRegularFile(asFile)) {
            return asFile;
        }
        Path byId = rooms.resolve(roomOrJournal + ".jsonl");
        if (!roomOrJournal.contains("/") && Files.isRegularFile(byId)) {
            return byId;
        }
        List<Path> journals = journals();
        String code = normalise(roomOrJournal);
        for (Path journal : journals) {
            if (!code.isEmpty() && code.equals(normalise(codeOf(journal)))) {
                return journal;
            }
        }
        throw new ReportException(notFound(roomOrJournal, journals));
    }

    private String notFound(String arg, List<Path> journals) {
        if (journals.isEmpty()) {
            return "There is no journal file \"" + arg + "\", and " + rooms
                    + " holds no rooms; pass a journal file, or the server's data directory with --data.";
        }
        List<String> ids = journals.stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.jsonl$", ""))
                .sorted()
                .limit(10)
                .toList();
        return "There is no journal file \"" + arg + "\" and no room with that id or join code in " + rooms
                + "; the rooms there are: " + String.join(", ", ids) + (journals.size() > 10 ? ", ..." : "");
    }

    private List<Path> journals() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(rooms)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(rooms, "*.jsonl")) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new ReportException("The rooms in " + rooms + " could not be listed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The join code on a journal's room record, or "" when it has none or cannot be read. */
    private static String codeOf(Path journal) {
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first == null
                    ? ""
                    : JournalLines.decode(first.strip())
                            .filter(JournalRecord.RoomOpened.class::isInstance)
                            .map(JournalRecord.RoomOpened.class::cast)
                            .map(JournalRecord.RoomOpened::code)
                            .orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Codes are read aloud and typed by hand: ignore case and the dash. */
    private static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
