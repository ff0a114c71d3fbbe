package org.summitsim.server.contract;

import static org.summitsim.server.contract.WireClient.msg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.summitsim.core.json.Json;

/**
 * Plays a whole summit over real sockets so that every kind of message crosses the wire: four
 * seats (one over WebSocket), the facilitator, a spectator, a second player of a seat who is
 * moved and kicked, a dropped connection that resumes, refused input of each kind, the report's
 * link, and a second room ended early. Everything sent and received lands in the {@link WireLog}.
 */
final class WholeGameTraffic {

    private static final String R1 = "ROUND 1";

    private final int port;
    private final WireLog log;

    WholeGameTraffic(int port, WireLog log) {
        this.port = port;
        this.log = log;
    }

    void play() throws Exception {
        try (WireClient f = WireClient.lines(port, "Teacher", log)) {
            f.ask(msg("ping"));
            f.ask(msg("list_scenarios"));
            f.ask(msg("list_rooms"));
            ObjectNode create = msg("create_room").put("scenario", "test-4x3");
            create.set(
                    "options",
                    Json.mapper()
                            .readTree("{\"label\":\"Period 3\",\"seed\":7,\"listed\":true,"
                                    + "\"absent\":\"default\",\"graceSeconds\":0,\"bot\":\"utility\",\"facilitatorReadsPrivate\":true,"
                                    + "\"timing\":{\"briefing\":60,\"opening\":60,\"round\":300,\"rounds\":2,\"decision\":120},"
                                    + "\"adoption\":{\"rule\":\"consensus\",\"maxObjections\":1}}"));
            String code = f.ask(create).path("code").asText();
            f.await("welcome");
            f.ask(msg("list_rooms"));
            ObjectNode fill = msg("fill_bots").put("strategy", "silent");
            fill.putArray("seats").add("west");
            expect(f.ask(fill), "ack");
            expect(f.ask(msg("remove_bot").put("seat", "west")), "ack");
            try (WireClient north = join(WireClient.lines(port, "Ada", log), code, "north");
                    WireClient south = join(WireClient.lines(port, "Bo", log), code, "south");
                    WireClient east = join(
                            WireClient.webSocket(port, "Cy", log),
                            code.toLowerCase(Locale.ROOT).replace("-", ""),
                            null);
                    WireClient spectator = WireClient.lines(port, "Eve", log)) {
                WireClient west = join(WireClient.lines(port, "Di", log), code, "west");
                expect(
                        spectator.ask(msg("join")
                                .put("code", code)
                                .put("role", "spectator")
                                .put("lastSeq", 0)),
                        "welcome");
                secondPlayerMovedAndKicked(
                        f,
                        south.ask(WireClient.msg("get_welcome")).path("token").asText());
                facilitatorLooks(f);
                refusals(north, east, spectator, code);
                lobby(f, north, south, east);
                String westToken = west.ask(msg("get_welcome")).path("token").asText();
                rounds(f, north, south, east, west);
                west.close();
                // The stand-in for the absent player says the seat is done; Di, back, is not (seat_not_ready).
                f.await(
                        n -> n.path("type").asText().equals("event")
                                && n.path("event").path("type").asText().equals("seat_ready")
                                && n.path("event").path("seat").asText().equals("west")
                                && n.path("event").path("stage").path("round").asInt() == 2,
                        "the stand-in done for west");
                WireClient westAgain = WireClient.lines(port, "Di", log);
                JsonNode back =
                        westAgain.ask(msg("resume").put("token", westToken).put("lastSeq", west.lastSeq()));
                expect(back, "welcome");
                f.commandOk("ROUND 2", "{\"type\":\"advance\"}");
                finals(f, north, south, east, westAgain, spectator);
            }
            secondRoomEndedEarly(f);
        }
    }

    private WireClient join(WireClient c, String code, String seat) throws Exception {
        ObjectNode m = msg("join").put("code", code).put("role", "player").put("name", "Delegate");
        if (seat != null) {
            m.put("seat", seat);
        }
        expect(c.ask(m), "welcome");
        return c;
    }

    /** A second student at south, with south's token, whom the facilitator moves out, then sends home. */
    private void secondPlayerMovedAndKicked(WireClient f, String southToken) throws Exception {
        try (WireClient extra = WireClient.lines(port, "Fay", log)) {
            expect(extra.ask(msg("resume").put("token", southToken).put("name", "Fay")), "welcome");
            JsonNode presence = f.await(
                    n -> n.path("type").asText().equals("presence")
                            && n.path("seats").get(1).path("humans").asInt() == 2,
                    "two humans at south");
            String player = null;
            for (JsonNode p : presence.path("players")) {
                if ("Fay".equals(p.path("name").asText())) {
                    player = p.path("player").asText();
                }
            }
            ObjectNode move = msg("move_player").put("player", player);
            move.putNull("seat");
            expect(f.ask(move), "ack");
            extra.await("welcome");
            expect(f.ask(msg("kick").put("player", player).put("reason", "One device per student, please.")), "ack");
            extra.await("bye");
        }
    }

    private void facilitatorLooks(WireClient f) throws Exception {
        expect(f.ask(msg("get_presence")), "presence");
        expect(f.ask(msg("get_clock")), "clock");
        expect(f.ask(msg("get_monitor")), "monitor");
        expectError(f.ask(msg("get_report")), "report_not_ready");
        expect(f.ask(msg("get_welcome")), "welcome");
        expect(f.ask(msg("get_view")), "view");
        expect(f.ask(msg("hello").put("protocol", 1)), "hello_ok");
    }

    private void refusals(WireClient north, WireClient east, WireClient spectator, String code) throws Exception {
        north.sendInvalid("this is not json", "bad_json");
        north.sendInvalid("{\"type\":\"shout\",\"id\":\"x1\"}", "unknown_type");
        north.sendInvalid("{\"type\":\"command\",\"id\":\"x2\",\"stage\":\"LOBBY\",\"command\":\"say\"}", "bad_field");
        east.sendInvalid("{\"type\":\"get_view\",\"id\":\"" + "x".repeat(65) + "\"}", "text_too_long");
        north.sendInvalid(
                "{\"type\":\"command\",\"id\":\"x3\",\"stage\":\"LOBBY\",\"command\":{\"type\":\"say\","
                        + "\"text\":\"hi\",\"loud\":true}}",
                "bad_field");
        north.sendInvalid(
                "{\"type\":\"command\",\"id\":\"x4\",\"stage\":\"LOBBY\",\"command\":{\"text\":\"no type\"}}",
                "unknown_command");
        expectError(north.command("LOBBY", "{\"type\":\"say\",\"text\":\"Hello.\"}"), "wrong_phase");
        expectError(spectator.command("LOBBY", "{\"type\":\"say\",\"text\":\"Hello.\"}"), "forbidden");
        expectError(north.ask(msg("get_monitor")), "forbidden");
        expectError(north.ask(msg("get_report")), "forbidden");
        expectError(north.ask(msg("join").put("code", code)), "already_in_room");
        try (WireClient stranger = WireClient.linesBeforeHello(port, "Gus", log)) {
            expectError(stranger.ask(msg("list_rooms")), "hello_required");
            expect(stranger.ask(msg("hello").put("protocol", 1)), "hello_ok");
            expectError(stranger.ask(msg("get_view")), "not_in_room");
            expectError(stranger.ask(msg("join").put("code", "ZZZZ-ZZZZ")), "unknown_code");
            expectError(stranger.ask(msg("create_room").put("scenario", "atlantis")), "unknown_scenario");
        }
    }

    private void lobby(WireClient f, WireClient north, WireClient south, WireClient east) throws Exception {
        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        south.commandOk("BRIEFING", "{\"type\":\"caucus_create\",\"name\":\"Treaty friends\",\"members\":[\"west\"]}");
        f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        north.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"Welcome to The Hague.\"}");
        long rude = east.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"Something rude.\"}")
                .path("seq")
                .asLong();
        f.commandOk("OPENING", "{\"type\":\"hide\",\"seq\":" + rude + "}");
        expectError(f.command("OPENING", "{\"type\":\"hide\",\"seq\":" + rude + "}"), "already_hidden");
        expectError(f.command("OPENING", "{\"type\":\"hide\",\"seq\":1}"), "unknown_statement");
        f.commandOk("OPENING", "{\"type\":\"mute\",\"seat\":\"east\"}");
        expectError(east.command("OPENING", "{\"type\":\"say\",\"text\":\"Again.\"}"), "muted");
        expectError(f.command("OPENING", "{\"type\":\"mute\",\"seat\":\"east\"}"), "already_muted");
        f.commandOk("OPENING", "{\"type\":\"unmute\",\"seat\":\"east\"}");
        expectError(f.command("OPENING", "{\"type\":\"unmute\",\"seat\":\"east\"}"), "not_muted");
        south.commandOk(
                "OPENING",
                "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"control\","
                        + "\"options\":[\"meaningful\"]}],\"text\":\"We sign if control is meaningful.\"}");
        f.commandOk("OPENING", "{\"type\":\"announce\",\"text\":\"Five minutes left.\"}");
        f.commandOk("OPENING", "{\"type\":\"inject\",\"inject\":\"report\"}");
        f.commandOk("OPENING", "{\"type\":\"inject\",\"title\":\"Breaking\",\"text\":\"A drone crashed.\"}");
        f.commandOk("OPENING", "{\"type\":\"extend\",\"seconds\":60}");
        f.commandOk("OPENING", "{\"type\":\"pause\"}");
        expectError(east.command("OPENING", "{\"type\":\"say\",\"text\":\"Hello?\"}"), "paused");
        f.commandOk("OPENING", "{\"type\":\"resume\"}");
        f.commandOk("OPENING", "{\"type\":\"advance\"}");
    }

    private void rounds(WireClient f, WireClient north, WireClient south, WireClient east, WireClient west)
            throws Exception {
        west.commandOk(
                R1,
                "{\"type\":\"propose\",\"clause\":\"forum\",\"option\":\"un\",\"rationale\":\"All states"
                        + " sit there.\"}");
        north.commandOk(
                R1,
                "{\"type\":\"propose\",\"clause\":\"control\",\"option\":\"meaningful\","
                        + "\"rationale\":\"People decide.\"}");
        east.commandOk(R1, "{\"type\":\"propose\",\"clause\":\"law\",\"option\":\"silent\",\"rationale\":\"Less.\"}");
        east.commandOk(R1, "{\"type\":\"withdraw\",\"amendment\":\"A3\"}");
        east.commandOk(R1, "{\"type\":\"cosponsor\",\"amendment\":\"A1\"}");
        south.commandOk(R1, "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\"}");
        north.commandOk(R1, "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"OPPOSE\"}");
        north.commandOk(R1, "{\"type\":\"dm\",\"to\":\"east\",\"text\":\"Will you support A2?\"}");
        south.commandOk(R1, "{\"type\":\"caucus_invite\",\"caucus\":\"C1\",\"seat\":\"east\"}");
        east.commandOk(R1, "{\"type\":\"caucus_say\",\"caucus\":\"C1\",\"text\":\"Hold firm.\"}");
        east.commandOk(R1, "{\"type\":\"caucus_leave\",\"caucus\":\"C1\"}");
        north.commandOk(
                R1,
                "{\"type\":\"offer\",\"to\":\"east\",\"give\":{\"kind\":\"support\",\"clause\":\"forum\","
                        + "\"option\":\"un\"},\"want\":{\"kind\":\"vote\",\"amendment\":\"A2\",\"ballot\":\"SUPPORT\"},"
                        + "\"text\":\"Yours for mine.\"}");
        east.commandOk(R1, "{\"type\":\"accept\",\"deal\":\"D1\"}");
        south.commandOk(
                R1,
                "{\"type\":\"offer\",\"to\":\"west\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\","
                        + "\"conditions\":[]},\"want\":{\"kind\":\"decide\",\"decision\":\"PUSH_BINDING\"}}");
        west.commandOk(R1, "{\"type\":\"decline\",\"deal\":\"D2\"}");
        expectError(west.command(R1, "{\"type\":\"cosponsor\",\"amendment\":\"A9\"}"), "unknown_amendment");
        expectError(west.command("OPENING", "{\"type\":\"say\",\"text\":\"Late.\"}"), "stale");
        ObjectNode events = msg("get_events").put("afterSeq", 0).put("limit", 5);
        expect(south.ask(events), "events_end");
        f.commandOk(R1, "{\"type\":\"call_vote\",\"amendment\":\"A2\"}");
        east.commandOk(R1, "{\"type\":\"ready\"}");
        f.commandOk(R1, "{\"type\":\"advance\"}");
    }

    private void finals(
            WireClient f, WireClient north, WireClient south, WireClient east, WireClient west, WireClient spectator)
            throws Exception {
        north.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"SIGN\",\"statement\":\"A good first step.\"}");
        south.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"PUSH_BINDING\"}");
        east.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"ABSTAIN\"}");
        expect(west.ask(msg("leave")), "left"); // absent: the scenario's default is entered for west
        for (WireClient c : new WireClient[] {f, north, south, east, spectator}) {
            c.awaitEvent("match_ended");
        }
        expect(north.ask(msg("get_view")), "view");
        expect(spectator.ask(msg("get_events")), "events_end");
        expect(f.ask(msg("get_monitor")), "monitor");
        expect(f.ask(msg("get_report")), "report");
        expect(f.ask(msg("leave")), "left");
        west.close();
    }

    private void secondRoomEndedEarly(WireClient f) throws Exception {
        expect(f.ask(msg("create_room").put("scenario", "test-4x3")), "room_created");
        f.await("welcome");
        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        f.commandOk("BRIEFING", "{\"type\":\"end\"}"); // its events, match_ended last, come before the ack
        expect(f.ask(msg("reset_token").put("seat", "north")), "ack");
    }

    private static void expect(JsonNode reply, String type) {
        if (!reply.path("type").asText().equals(type)) {
            throw new AssertionError("expected " + type + " but got " + reply);
        }
    }

    private static void expectError(JsonNode reply, String code) {
        if (!reply.path("type").asText().equals("error")
                || !reply.path("code").asText().equals(code)) {
            throw new AssertionError("expected error " + code + " but got " + reply);
        }
    }
}
