package org.summitsim.protocol.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The copy of a room's scenario kept beside its journal ({@code r-k3x9qa.jsonl} gets
 * {@code r-k3x9qa.scenario.json}), with the text exactly as the room was created from it. A
 * restarted server and every report read the scenario from here, so editing or deleting the
 * original file later changes neither; the journal's room line holds the copy's content hash.
 */
public final class ScenarioCopy {

    private ScenarioCopy() {}

    /** Where the copy of {@code journal}'s scenario is. */
    public static Path beside(Path journal) {
        String name = journal.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        return journal.resolveSibling(base + ".scenario.json");
    }

    /** Writes the copy; {@code force} also waits for the disk, as the journal does with fsync always. */
    public static void write(Path journal, String text, boolean force) throws IOException {
        Path file = beside(journal);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            if (force) {
                ch.force(true);
            }
        }
    }

    /** The copy's text, or empty when the journal has none (written before copies were kept). */
    public static Optional<String> read(Path journal) throws IOException {
        Path file = beside(journal);
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
