package org.summitsim.server.room;

import java.util.ArrayDeque;

/**
 * Keeps a room's output in the order the room produced it, and holds each message back until
 * every journal record appended before it is on disk. So an event, or the ack of a command,
 * never reaches anyone before it would survive a crash. Used on the room's loop only.
 */
final class Outbox {

    private record Held(long position, Runnable send, Runnable ifLost) {
    }

    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long appended;
    private long durable;
    private boolean failed;

    Outbox(long position) {
        this.appended = position;
        this.durable = position;
    }

    /** The journal now holds records up to {@code position} (not yet on disk). */
    void appended(long position) {
        appended = position;
    }

    /** Runs {@code send} now if nothing is waiting for the disk, else once it is. */
    void send(Runnable send) {
        send(send, null);
    }

    /** As {@link #send(Runnable)}; {@code ifLost} runs instead if the journal fails before it is sent. */
    void send(Runnable send, Runnable ifLost) {
        if (failed || held.isEmpty() && durable >= appended) {
            send.run();
        } else {
            held.add(new Held(appended, send, ifLost));
        }
    }

    /** Records up to {@code position} are on disk: release what waited for them. */
    void durable(long position) {
        durable = Math.max(durable, position);
        while (!held.isEmpty() && held.peek().position() <= durable) {
            held.poll().send().run();
        }
    }

    /**
     * The journal cannot be written any more: what waits for the disk is dropped (it will never be
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
