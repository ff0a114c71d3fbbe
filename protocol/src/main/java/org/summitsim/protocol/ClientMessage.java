package org.summitsim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;

/**
 * What a client may send (docs/PROTOCOL.md, "Client → server"). The envelope's {@code type}
 * picks the record ({@link #TYPES}); {@code id} travels beside it in {@link Inbound}.
 * {@link #check} refuses missing or oversized fields before any handler sees the message.
 */
public sealed interface ClientMessage {

    Map<String, Class<? extends ClientMessage>> TYPES = Map.ofEntries(
            Map.entry("hello", Hello.class),
            Map.entry("ping", Ping.class),
            Map.entry("list_scenarios", ListScenarios.class),
            Map.entry("list_rooms", ListRooms.class),
            Map.entry("create_room", CreateRoom.class),
            Map.entry("upload_scenario", UploadScenario.class),
            Map.entry("join", Join.class),
            Map.entry("resume", Resume.class),
            Map.entry("leave", Leave.class),
            Map.entry("command", SendCommand.class),
            Map.entry("get_view", GetView.class),
            Map.entry("get_welcome", GetWelcome.class),
            Map.entry("get_clock", GetClock.class),
            Map.entry("get_presence", GetPresence.class),
            Map.entry("get_events", GetEvents.class),
            Map.entry("get_monitor", GetMonitor.class),
            Map.entry("get_report", GetReport.class),
            Map.entry("fill_bots", FillBots.class),
            Map.entry("remove_bot", RemoveBot.class),
            Map.entry("move_player", MovePlayer.class),
            Map.entry("kick", Kick.class),
            Map.entry("reset_token", ResetToken.class));

    /** Throws {@link ProtocolError} when a field is missing or too long. */
    default void check() {}

    record Hello(Integer protocol, String client, String name) implements ClientMessage {
        @Override
        public void check() {
            if (protocol == null) {
                throw new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"protocol\" is missing; send the protocol version you speak, e.g. 1.");
            }
            Limits.check("client", client, Limits.NAME * 2);
            Limits.check("name", name, Limits.NAME);
        }
    }

    record Ping() implements ClientMessage {}

    record ListScenarios() implements ClientMessage {}

    record ListRooms() implements ClientMessage {}

    /** {@code key}: the server's facilitator key, when it requires one. */
    record CreateRoom(String scenario, JsonNode options, String key) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("scenario", scenario, Limits.SEAT);
            Limits.check("key", key, Limits.TOKEN);
        }
    }

    /**
     * A part of a scenario file's text; parts are joined in order until one has {@code more} false
     * (a scenario is larger than a frame may be).
     */
    record UploadScenario(String text, Boolean more) implements ClientMessage {
        @Override
        public void check() {
            if (text == null) {
                throw new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"text\" is missing; send the scenario"
                                + " file's text, in parts if it is longer than a frame.");
            }
        }

        public boolean last() {
            return !Boolean.TRUE.equals(more);
        }
    }

    /** {@code bot}: the seat is played by a program, which the room paces as it does its own bots. */
    record Join(String code, String role, String seat, String name, Long lastSeq, Boolean bot)
            implements ClientMessage {
        @Override
        public void check() {
            Limits.require("code", code, Limits.CODE);
            Limits.check("seat", seat, Limits.SEAT);
            Limits.check("name", name, Limits.NAME);
            if (role != null && !role.equals("player") && !role.equals("spectator")) {
                throw new ProtocolError(
                        ErrorCodes.BAD_FIELD, "The field \"role\" must be \"player\" or \"spectator\".");
            }
        }

        public boolean spectator() {
            return "spectator".equals(role);
        }

        public boolean program() {
            return Boolean.TRUE.equals(bot);
        }
    }

    /** {@code bot} as in {@link Join}. */
    record Resume(String token, Long lastSeq, String name, Boolean bot) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("token", token, Limits.TOKEN);
            Limits.check("name", name, Limits.NAME);
        }

        public boolean program() {
            return Boolean.TRUE.equals(bot);
        }
    }

    record Leave() implements ClientMessage {}

    /** A game command: the core command's JSON, and the stage it was meant for. */
    record SendCommand(JsonNode stage, JsonNode command) implements ClientMessage {
        @Override
        public void check() {
            if (command == null || !command.isObject()) {
                throw new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"command\" must be an object such as {\"type\":\"say\",\"text\":\"...\"}.");
            }
        }
    }

    /**
     * A game command read in one pass ({@link MessageParser}'s path for the commonest message):
     * what a {@link SendCommand} holds once its stage and command are bound. Never read from JSON
     * by type; the room treats it as a {@code command} message.
     */
    record BoundCommand(Stage stage, Command command) implements ClientMessage {}

    record GetView() implements ClientMessage {}

    record GetWelcome() implements ClientMessage {}

    record GetClock() implements ClientMessage {}

    record GetPresence() implements ClientMessage {}

    record GetEvents(Long afterSeq, Integer limit) implements ClientMessage {}

    /** The facilitator's activity monitor. */
    record GetMonitor() implements ClientMessage {}

    /**
     * The facilitator's link to the room's report once the summit has ended: {@code format}
     * "html" (the debrief page, the default) or "csv" (the grade sheet, a row per delegation).
     */
    record GetReport(String format) implements ClientMessage {

        public static final String HTML = "html";
        public static final String CSV = "csv";

        @Override
        public void check() {
            if (format != null && !format.equals(HTML) && !format.equals(CSV)) {
                throw new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"format\" must be \"html\" (the debrief page) or \"csv\" (the grade sheet).");
            }
        }

        /** The format asked for: html when none was given. */
        public String formatOrDefault() {
            return format == null ? HTML : format;
        }
    }

    record FillBots(List<String> seats, String strategy) implements ClientMessage {
        @Override
        public void check() {
            Limits.check("strategy", strategy, Limits.NAME * 4);
        }
    }

    record RemoveBot(String seat) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("seat", seat, Limits.SEAT);
        }
    }

    /** {@code history}: onto an abandoned seat, whether the player reads its earlier private talk (default true). */
    record MovePlayer(String player, String seat, Boolean history) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("player", player, Limits.SEAT);
            Limits.check("seat", seat, Limits.SEAT);
        }
    }

    record Kick(String player, String reason) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("player", player, Limits.SEAT);
            Limits.check("reason", reason, 200);
        }
    }

    record ResetToken(String seat) implements ClientMessage {
        @Override
        public void check() {
            Limits.require("seat", seat, Limits.SEAT);
        }
    }
}
