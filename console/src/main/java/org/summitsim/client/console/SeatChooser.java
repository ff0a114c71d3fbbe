package org.summitsim.client.console;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.RoomLink;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.PublicScenario;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/**
 * Lets a student pick a delegation before joining: looks into the room as a spectator, lists
 * the seats and who holds them, and asks. Enter takes the first free seat.
 */
final class SeatChooser {

    private SeatChooser() {}

    /** The seat id chosen, or null for "any free seat". Throws when the code opens no room. */
    static String choose(PlayOptions o, ConsoleIo io) throws IOException {
        Welcome w;
        try (RoomLink peek =
                new RoomLink(o.host(), o.port(), o.tls(), Launcher.CLIENT, o.name(), new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {}

                    @Override
                    public void state(LinkState state) {}
                })) {
            w = peek.open(new Entry.Join(o.code(), null, true));
        }
        Map<String, Presence.SeatPresence> seats = w.presence() == null
                ? Map.of()
                : w.presence().seats().stream()
                        .collect(Collectors.toMap(Presence.SeatPresence::seat, Function.identity(), (a, b) -> a));
        List<PublicScenario.Delegate> delegations = w.scenario().delegations();
        io.print("Room \"" + w.label() + "\": " + w.scenario().title() + ". Delegations:");
        for (PublicScenario.Delegate d : delegations) {
            Presence.SeatPresence p = seats.get(d.id());
            String who = p == null
                    ? ""
                    : switch (p.status()) {
                        case "present" -> "taken by " + String.join(", ", p.names());
                        case "bot" -> "a bot (you would take over)";
                        case "absent" -> "held by someone away";
                        default -> "free";
                    };
            io.print(String.format(Locale.ROOT, "  %-20s %-26s %s", d.id(), d.name(), who));
        }
        // The question stays short: a prompt is not wrapped between words, and at 80 columns the
        // long one broke in the middle of "first".
        io.print("Which delegation will you play? Type its name or id, or press Enter for the first free one.");
        while (true) {
            String answer = io.ask("Delegation: ");
            if (answer == null || answer.isBlank()) {
                return null;
            }
            String seat = seat(delegations, answer);
            if (seat != null) {
                return seat;
            }
            io.print("There is no delegation \"" + answer.strip() + "\" in this room. Type a name or an id from the"
                    + " list above.");
        }
    }

    /** The delegation a typed answer names, by id or by name, with or without a "the" before it; null if none. */
    static String seat(List<PublicScenario.Delegate> delegations, String answer) {
        String a = answer.strip();
        if (a.regionMatches(true, 0, "the ", 0, 4)) {
            a = a.substring(4).strip();
        }
        for (PublicScenario.Delegate d : delegations) {
            if (d.id().equalsIgnoreCase(a)
                    || d.id().equalsIgnoreCase(a.replace(' ', '-'))
                    || d.name().equalsIgnoreCase(a)) {
                return d.id();
            }
        }
        return null;
    }
}
