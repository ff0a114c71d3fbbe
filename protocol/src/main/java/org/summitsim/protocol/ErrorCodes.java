package org.summitsim.protocol;

/** The server's own error codes (docs/PROTOCOL.md, "Errors"); the core adds its rule codes. */
public final class ErrorCodes {
    public static final String BAD_JSON = "bad_json";
    public static final String UNKNOWN_TYPE = "unknown_type";
    public static final String UNKNOWN_COMMAND = "unknown_command";
    public static final String BAD_FIELD = "bad_field";
    public static final String TEXT_TOO_LONG = "text_too_long";
    public static final String FRAME_TOO_LONG = "frame_too_long";
    public static final String HELLO_REQUIRED = "hello_required";
    public static final String UNSUPPORTED_PROTOCOL = "unsupported_protocol";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String TOO_MANY_CONNECTIONS = "too_many_connections";
    public static final String TOO_MANY_ATTEMPTS = "too_many_attempts";
    public static final String SHUTTING_DOWN = "shutting_down";
    public static final String INTERNAL = "internal";
    public static final String STORAGE_FAILED = "storage_failed";
    public static final String NOT_IN_ROOM = "not_in_room";
    public static final String ALREADY_IN_ROOM = "already_in_room";
    public static final String UNKNOWN_SCENARIO = "unknown_scenario";
    public static final String BAD_OPTION = "bad_option";
    public static final String UPLOADS_OFF = "uploads_off";
    public static final String BAD_SCENARIO = "bad_scenario";
    public static final String TOO_MANY_ROOMS = "too_many_rooms";
    public static final String UNKNOWN_CODE = "unknown_code";
    public static final String FORBIDDEN = "forbidden";
    public static final String SEAT_TAKEN = "seat_taken";
    public static final String UNKNOWN_SEAT = "unknown_seat";
    public static final String ROOM_FULL = "room_full";
    public static final String UNKNOWN_PLAYER = "unknown_player";
    public static final String BOT_UNAVAILABLE = "bot_unavailable";
    public static final String ROOM_CLOSED = "room_closed";
    /** A bot's command held back in a room where people play (the room paces its own bots the same way): try again later. */
    public static final String PEOPLE_FIRST = "people_first";
    /** create_room without the server's facilitator key, or with a wrong one. */
    public static final String KEY_REQUIRED = "key_required";
    /** create_room beyond the rooms one address may create (an IPv6 /64 counts as one address). */
    public static final String ROOM_QUOTA = "room_quota";
    /** get_report on a server that makes no reports (started without a report maker). */
    public static final String NO_REPORTS = "no_reports";
    /** get_report before the summit has ended. */
    public static final String REPORT_NOT_READY = "report_not_ready";
    /** get_report, and the report could not be made from the room's journal; the message says why. */
    public static final String REPORT_FAILED = "report_failed";

    /** Codes of {@code bye}, the last message before the server closes a connection. */
    public static final String SERVER_SHUTDOWN = "server_shutdown";

    public static final String KICKED = "kicked";
    public static final String IDLE_TIMEOUT = "idle_timeout";
    public static final String TOO_SLOW = "too_slow";
    /** The room waited in its lobby past its lobbyMinutes and was removed. */
    public static final String ROOM_EXPIRED = "room_expired";

    private ErrorCodes() {}
}
