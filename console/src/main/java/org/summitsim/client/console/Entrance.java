package org.summitsim.client.console;

import java.io.IOException;
import java.util.Optional;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.Refused;
import org.summitsim.client.net.RoomLink;
import org.summitsim.protocol.Welcome;

/**
 * How a player gets into the room: asks for what is missing (name, code, seat), takes back a
 * seat this user held before (from {@link SeatMemory}), and when the chosen seat cannot be had,
 * says why and asks again instead of giving up.
 */
final class Entrance {

    private static final int SEAT_ATTEMPTS = 5;

    private final ConsoleIo io;
    private final SeatMemory memory;
    private String joinedCode;

    Entrance(ConsoleIo io, SeatMemory memory) {
        this.io = io;
        this.memory = memory;
    }

    /** Words that are commands, not names: typed at the name question, they are asked again. */
    private static final java.util.Set<String> COMMAND_WORDS =
            java.util.Set.of("help", "?", "quit", "exit", "q", "start", "join", "list");

    /** The options with the player's name and the join code filled in. */
    PlayOptions ask(PlayOptions o) throws StartFailure {
        String name = o.name();
        boolean asking = name == null && io.interactive();
        while (asking) {
            String typed = io.ask("Your name (as others will see it): ");
            name = typed == null || typed.isBlank() ? null : typed.strip();
            // A play-test's teacher typed `help` here, and was called Help for the rest of the lesson.
            asking = name != null && COMMAND_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT));
            if (asking) {
                io.print("First your name, as the others will see it (Enter for "
                        + System.getProperty("user.name", "Player") + "); the commands come once you are in the room.");
                name = null;
            }
        }
        name = name == null ? System.getProperty("user.name", "Player") : name;
        if (o.token() != null) {
            return o.withAnswers(name, o.code(), o.seat());
        }
        if (o.code() == null && !io.interactive()) {
            throw new StartFailure("Give the room's join code with --code CODE (scripts cannot be asked for it).");
        }
        return o.withAnswers(name, o.code(), o.seat());
    }

    /** Whether the seat was taken anew by code (not resumed): what was done in it before was someone else's. */
    private boolean anew;

    boolean joinedAnew() {
        return anew;
    }

    /** Enters the room: with a token, with a remembered seat, or by code and a chosen seat. */
    Welcome enter(RoomLink link, PlayOptions o, Feed feed) throws StartFailure {
        if (o.token() != null) {
            return open(link, new Entry.Resume(o.token()), o);
        }
        String code = o.code();
        String seat = o.seat();
        for (int attempt = 0; ; attempt++) {
            if (code == null) {
                code = askCode();
            }
            Optional<SeatMemory.Seat> known = memory.find(server(o), code, o.name());
            if (known.isPresent()) {
                // The seat this user holds in the room, even when --seat names another: the
                // facilitator may have moved them since they first ran the command.
                Welcome w = takeBack(link, o, code, known.get(), feed);
                if (w != null) {
                    if (seat != null && !seat.equalsIgnoreCase(w.seat()) && w.seat() != null) {
                        io.print("You hold the seat of " + new Names(w.view()).seat(w.seat())
                                + " in this room (the facilitator may have moved you), so you are back there.");
                    }
                    return w;
                }
            }
            try {
                if (seat == null && io.interactive()) {
                    seat = SeatChooser.choose(o.withAnswers(o.name(), code, null), io);
                }
                Welcome w = link.open(new Entry.Join(code, seat, false));
                remember(o, code, w);
                anew = true;
                return w;
            } catch (Refused r) {
                if (!io.interactive() || attempt >= SEAT_ATTEMPTS || !retryable(r.code())) {
                    throw new StartFailure(refusal(r));
                }
                io.print(r.getMessage());
                if (r.code().equals("unknown_code")) {
                    code = null;
                }
                seat = null;
            } catch (IOException e) {
                throw unreachable(o, e);
            }
        }
    }

    private static boolean retryable(String code) {
        return code.equals("unknown_code") || code.equals("seat_taken") || code.equals("unknown_seat");
    }

    private String askCode() throws StartFailure {
        String code = io.ask("Join code (from your facilitator, e.g. KQ7M-D3XP): ");
        if (code == null || code.isBlank()) {
            throw new StartFailure("No join code given. Ask your facilitator for it and try again.");
        }
        return code.strip();
    }

    /** Resumes a remembered seat; null when its token no longer opens it (then the player joins anew). */
    private Welcome takeBack(RoomLink link, PlayOptions o, String code, SeatMemory.Seat known, Feed feed)
            throws StartFailure {
        feed.resumeFrom(known.seenThrough());
        try {
            Welcome w = link.open(new Entry.Resume(known.token()));
            remember(o, code, w);
            return w;
        } catch (Refused r) {
            memory.forget(server(o), code, o.name());
            feed.resumeFrom(-1);
            return null;
        } catch (IOException e) {
            throw unreachable(o, e);
        }
    }

    private void remember(PlayOptions o, String code, Welcome w) {
        joinedCode = code;
        seen(o, w, w.view() == null ? 0 : w.view().seq());
    }

    /**
     * Keeps the remembered seat current: its "seen up to", so a later rejoin marks only what is
     * new, and, from the latest welcome {@code w}, the seat and token the facilitator may have
     * changed (a move, a new token). Made a spectator, the user has no seat here to come back to.
     */
    void seen(PlayOptions o, Welcome w, long seq) {
        if (joinedCode == null || w == null) {
            return;
        }
        if (w.seat() != null && w.token() != null) {
            memory.remember(server(o), joinedCode, o.name(), new SeatMemory.Seat(w.seat(), w.token(), seq));
        } else if ("spectator".equals(w.role())) {
            memory.forget(server(o), joinedCode, o.name());
        }
    }

    private static String server(PlayOptions o) {
        return o.host() + ":" + o.port();
    }

    private static Welcome open(RoomLink link, Entry entry, PlayOptions o) throws StartFailure {
        try {
            return link.open(entry);
        } catch (Refused r) {
            throw new StartFailure(refusal(r));
        } catch (IOException e) {
            throw unreachable(o, e);
        }
    }

    /** Enters a second link with the facilitator's token. */
    static void openChair(RoomLink link, String token, PlayOptions o) throws StartFailure {
        open(link, new Entry.Resume(token), o);
    }

    /**
     * The server's refusal with what to do about it at this console. A summit that has ended is
     * said in the console's own words: the server's tells a protocol client to join as a
     * spectator, which this console does not offer.
     */
    private static String refusal(Refused r) {
        if (r.code().equals("match_over")) {
            return "The summit in this room has ended, so its seats are closed. The results are on the"
                    + " projector, and your teacher can share the report.";
        }
        return r.getMessage() + hint(r.code());
    }

    private static String hint(String code) {
        return switch (code) {
            case "seat_taken" -> " Choose another delegation with --seat ID, or leave --seat out.";
            case "unknown_seat" -> " Leave --seat out to choose from the list.";
            case "room_full" -> " Ask the facilitator to free a seat.";
            default -> "";
        };
    }

    static StartFailure unreachable(PlayOptions o, IOException e) {
        return new StartFailure("Cannot reach a Summit server at " + o.host() + ":" + o.port() + " ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "). Check the address with your facilitator, and that the server is running.");
    }
}
