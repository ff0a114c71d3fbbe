package org.summitsim.server.room;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The start of the command that makes a room's reports on the server computer, typed in the
 * folder where the server runs: {@code ./summit report ROOM}, with {@code --data FOLDER} when the
 * server keeps its rooms elsewhere than {@code ./summit-data}, where {@code summit report} looks
 * by default. The teacher's page and {@code summit class create} print it with the output file
 * added, so the command works as printed.
 */
final class ReportCommand {

    /** Where {@code summit serve} and {@code summit report} keep rooms unless given --data. */
    private static final Path DEFAULT_DATA = Path.of("summit-data");

    /** What a shell takes as one word without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ReportCommand() {}

    /** {@code journal}: the room's journal, which the server keeps at {@code DATA/rooms/ROOM.jsonl}. */
    static String of(String room, Path journal) {
        Path rooms = journal.getParent();
        Path data = rooms == null ? null : rooms.getParent();
        if (data == null || data.normalize().equals(DEFAULT_DATA)) {
            return "./summit report " + room;
        }
        return "./summit report " + room + " --data " + quoted(data.toString());
    }

    private static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
