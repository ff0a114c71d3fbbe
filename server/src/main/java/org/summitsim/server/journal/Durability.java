package org.summitsim.server.journal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When a journal record counts as stored, so that the event and the acknowledgement it backs
 * may be sent. A process killed with SIGKILL loses nothing that was handed to the operating
 * system ({@code write(2)} into the page cache); only a power cut or an OS crash can lose what
 * was not yet forced to the disk ({@code fsync}). The modes trade that last risk for latency.
 */
public enum Durability {

    /**
     * Acknowledged only once forced to disk: survives a power cut. Writer threads write and
     * fsync each room's pending records in batches (group commit); every command waits for an
     * fsync (about 0.3 ms on an idle SSD, far more on a busy disk).
     */
    ALWAYS,

    /**
     * The default. Acknowledged once written to the OS, on the room's own thread: survives the
     * server being killed. A writer thread forces written journals to disk every sync interval,
     * so a power cut loses at most that interval's acknowledged records.
     */
    INTERVAL,

    /** As {@link #INTERVAL}, without the background fsync: the OS writes the pages back when it pleases. */
    NEVER;

    /** The name used on command lines: {@code always}, {@code interval} or {@code never}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the room writes its own records (and so acknowledges without waiting for a writer thread). */
    public boolean writesOnRoomThread() {
        return this != ALWAYS;
    }

    /** Parses a command-line value; a bad one gets a message naming the choices. */
    public static Durability parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Durability d : values()) {
            if (d.label().equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a journal durability; use one of "
                + Arrays.stream(values()).map(Durability::label).collect(Collectors.joining(", ")) + ".");
    }
}
