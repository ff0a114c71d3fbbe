package org.summitsim.client.console;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.JoinCodes;

/**
 * The seats this user took, in a file only they can read ({@code ~/.summit/seats}), so running the
 * same `summit play` command again puts them back in their seat with its token instead of asking
 * for a seat that the server keeps for them. Keyed by server, join code and player name, so two
 * students sharing one login do not take each other's seats.
 */
public final class SeatMemory {

    private static final Logger LOG = LoggerFactory.getLogger(SeatMemory.class);

    /** A remembered seat: its token, and the last event this user's console received. */
    public record Seat(String seat, String token, long seenThrough) {}

    private final Path file;

    public SeatMemory(Path file) {
        this.file = file;
    }

    /** The memory in the user's home directory. */
    public static SeatMemory inHome() {
        return new SeatMemory(Path.of(System.getProperty("user.home"), ".summit", "seats"));
    }

    /** A memory that keeps nothing: a demo's room exists only while it runs. */
    public static SeatMemory off() {
        return new SeatMemory(null);
    }

    public synchronized Optional<Seat> find(String server, String code, String name) {
        String value = load().getProperty(key(server, code, name));
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Seat(parts[0], parts[1], Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void remember(String server, String code, String name, Seat seat) {
        if (file == null) {
            return;
        }
        Properties p = load();
        p.setProperty(key(server, code, name), seat.seat() + " " + seat.token() + " " + seat.seenThrough());
        save(p);
    }

    public synchronized void forget(String server, String code, String name) {
        Properties p = load();
        if (p.remove(key(server, code, name)) != null) {
            save(p);
        }
    }

    /** The code as the server looks it up ({@code zu8sph43} is {@code ZU8S-PH43}), the name in any case. */
    private static String key(String server, String code, String name) {
        return server + "/" + JoinCodes.normalize(code) + "/" + name.strip().toLowerCase(Locale.ROOT);
    }

    private Properties load() {
        Properties read = new Properties();
        if (file != null && Files.isReadable(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.debug("cannot read {}: {}", file, e.toString());
            }
        }
        // Older files keyed the code as typed (AMQH-3EXU and AMQH3EXU apart): read them in today's form.
        Properties p = new Properties();
        for (String k : read.stringPropertyNames()) {
            String[] parts = k.split("/", 3);
            p.setProperty(parts.length == 3 ? key(parts[0], parts[1], parts[2]) : k, read.getProperty(k));
        }
        return p;
    }

    /** Written to a private temporary file and moved into place, so a crash never leaves half a file. */
    private void save(Properties p) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Seats you took in Summit rooms, with their tokens: keep this file private.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without the file the player can still rejoin once the server frees the seat.
            LOG.debug("cannot write {}: {}", file, e.toString());
        }
    }

    private static void createPrivate(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
    }
}
