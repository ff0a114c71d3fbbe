package org.summitsim.server.room;

import java.util.ArrayDeque;

/**
 * Keeps a room's output in the order the room produced it, and holds each message back until
 * every journal record appended before it is stored (in the OS, or on disk with fsync always:
 * see {@code Durability}). So an event, or the ack of a command, never reaches anyone before it
 * would survive a crash. When the room writes its journal itself, records are stored before the
 * room sends anything, and nothing is ever held. Used on the room's loop only.
 */
final class Outbox {

    private record Held(long position, Runnable send, Runnable ifLost) {}

    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long appended;
    private long stored;
    private boolean failed;

    Outbox(long position) {
        this.appended = position;
        this.stored = position;
    }

    /** The journal now holds records up to {@code position} (perhaps not yet stored). */
    void appended(long position) {
        appended = position;
    }

    /** Runs {@code send} now if nothing is waiting for the journal, else once it is stored. */
    void send(Runnable send) {
        send(send, null);
    }

    /** As {@link #send(Runnable)}; {@code ifLost} runs instead if the journal fails before it is sent. */
    void send(Runnable send, Runnable ifLost) {
        if (failed || held.isEmpty() && stored >= appended) {
            send.run();
        } else {
            held.add(new Held(appended, send, ifLost));
        }
    }

    /** Records up to {@code position} are stored: release what waited for them. */
    void stored(long position) {
        stored = Math.max(stored, position);
        while (!held.isEmpty() && held.peek().position() <= stored) {
            held.poll().send().run();
        }
    }

    /**
     * The journal cannot be written any more: what waits for it is dropped (it will never be
     * stored, so it must never be sent), and from now on replies go out at once (the room then
     * only refuses, so they report nothing that needed storing). A request whose answer is
     * dropped is told so ({@code ifLost}).
     */
    void failed() {
        failed = true;
        for (Held h : held) {
            if (h.ifLost() != null) {
                h.ifLost().run();
            }
        }
        held.clear();
    }

    int waiting() {
        return held.size();
    }
}
