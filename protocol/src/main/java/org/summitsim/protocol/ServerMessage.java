package org.summitsim.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.summitsim.core.rules.Event;
import org.summitsim.core.view.PlayerView;

/** What the server sends (docs/PROTOCOL.md, "Server → client"); encoded by {@link Wire}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerMessage.HelloOk.class, name = "hello_ok"),
    @JsonSubTypes.Type(value = ServerMessage.Pong.class, name = "pong"),
    @JsonSubTypes.Type(value = ServerMessage.Ping.class, name = "ping"),
    @JsonSubTypes.Type(value = ServerMessage.Scenarios.class, name = "scenarios"),
    @JsonSubTypes.Type(value = ServerMessage.ScenarioUploaded.class, name = "scenario_uploaded"),
    @JsonSubTypes.Type(value = ServerMessage.Rooms.class, name = "rooms"),
    @JsonSubTypes.Type(value = ServerMessage.RoomCreated.class, name = "room_created"),
    @JsonSubTypes.Type(value = Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ServerMessage.EventMessage.class, name = "event"),
    @JsonSubTypes.Type(value = ServerMessage.Ack.class, name = "ack"),
    @JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error"),
    @JsonSubTypes.Type(value = ServerMessage.View.class, name = "view"),
    @JsonSubTypes.Type(value = Clock.class, name = "clock"),
    @JsonSubTypes.Type(value = Presence.class, name = "presence"),
    @JsonSubTypes.Type(value = Monitor.class, name = "monitor"),
    @JsonSubTypes.Type(value = ServerMessage.Report.class, name = "report"),
    @JsonSubTypes.Type(value = ServerMessage.EventsEnd.class, name = "events_end"),
    @JsonSubTypes.Type(value = ServerMessage.Left.class, name = "left"),
    @JsonSubTypes.Type(value = ServerMessage.Bye.class, name = "bye")
})
public sealed interface ServerMessage
        permits ServerMessage.HelloOk,
                ServerMessage.Pong,
                ServerMessage.Ping,
                ServerMessage.Scenarios,
                ServerMessage.ScenarioUploaded,
                ServerMessage.Rooms,
                ServerMessage.RoomCreated,
                Welcome,
                ServerMessage.EventMessage,
                ServerMessage.Ack,
                ServerMessage.Error,
                ServerMessage.View,
                Clock,
                Presence,
                Monitor,
                ServerMessage.Report,
                ServerMessage.EventsEnd,
                ServerMessage.Left,
                ServerMessage.Bye {

    int PROTOCOL = 1;

    record HelloOk(String id, int protocol, String server, long heartbeatMs, long idleTimeoutMs, Limits limits)
            implements ServerMessage {
        public record Limits(int frameBytes, int nameChars, int ratePerSecond, int burst) {}
    }

    record Pong(String id, long time) implements ServerMessage {}

    record Ping(long time) implements ServerMessage {}

    /** {@code invalid}: the files of the server's scenario folders that cannot be played, with their problems. */
    record Scenarios(String id, List<ScenarioSummary> scenarios, List<InvalidFile> invalid) implements ServerMessage {

        /**
         * {@code source}: "shipped", "built-in", or the name of the folder file it was read from;
         * {@code timing}: the scenario's own timing, used when a room is created without a preset.
         */
        public record ScenarioSummary(
                String id,
                String title,
                String summary,
                List<Seat> seats,
                org.summitsim.core.scenario.Timing timing,
                List<Preset> timingPresets,
                String source,
                String hash,
                List<String> warnings) {}

        /** Each problem reads "JSON path: what is wrong". */
        public record InvalidFile(String file, List<String> problems) {}

        public record Seat(String id, String name) {}

        /** {@code timing}: its phases, so a page can tell the preset that plays the scenario's own timing. */
        public record Preset(String id, String label, Integer minutes, org.summitsim.core.scenario.Timing timing) {

            public static Preset of(org.summitsim.core.scenario.TimingPreset p) {
                return new Preset(p.id(), p.label(), p.minutes(), p.timing());
            }
        }
    }

    /** The reply to the last part of {@code upload_scenario}: the scenario now on offer to this connection. */
    record ScenarioUploaded(String id, Scenarios.ScenarioSummary scenario) implements ServerMessage {}

    record Rooms(String id, List<RoomSummary> rooms) implements ServerMessage {}

    record RoomCreated(String id, String room, String code, String facilitatorToken) implements ServerMessage {}

    /** {@code id} only on the events that answer {@code get_events}, so they are told from live ones. */
    record EventMessage(String id, long seq, long time, Event event) implements ServerMessage {
        public EventMessage(long seq, long time, Event event) {
            this(null, seq, time, event);
        }
    }

    record Ack(String id, Long seq) implements ServerMessage {}

    record Error(String id, String code, String message) implements ServerMessage {}

    record View(String id, PlayerView view) implements ServerMessage {}

    /**
     * The answer to {@code get_report}: {@code url}, a path on this server's HTTP port, opens the
     * room's report once, within {@code expiresInSeconds}; {@code fileName} is the name to save it under.
     */
    record Report(String id, String room, String url, long expiresInSeconds, String fileName)
            implements ServerMessage {}

    record EventsEnd(String id, long lastSeq, boolean more) implements ServerMessage {}

    record Left(String id, String room) implements ServerMessage {}

    record Bye(String code, String message) implements ServerMessage {}
}
