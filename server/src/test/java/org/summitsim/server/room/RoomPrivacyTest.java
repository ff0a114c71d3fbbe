package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.core.rules.Event;
import org.summitsim.core.view.Viewer;
import org.summitsim.core.view.WhoMaySee;

/**
 * Privacy through a whole room: a summit with one event of every type, watched by each seat, a
 * spectator and the facilitator (reading private talk or not). What each member is sent, live
 * and when it asks for the log again, is held to docs/RULES.md as written ({@link WhoMaySee}).
 */
class RoomPrivacyTest {

    private static final String SECRET_DM = "secret-dm-north-south";

    /** Plays test-4x3 to its end so that every event type happens; returns the members, by role. */
    private static Map<Viewer, FakeMember> playEverything(RoomHarness h) {
        Map<Viewer, FakeMember> members = new LinkedHashMap<>();
        members.put(Viewer.FACILITATOR, h.facilitator());
        for (String seat : List.of("north", "south", "east", "west")) {
            members.put(Viewer.seat(seat), h.join(seat, seat));
        }
        members.put(Viewer.SPECTATOR, h.spectate("watcher"));
        FakeMember f = h.facilitator();
        FakeMember north = members.get(Viewer.seat("north"));
        FakeMember south = members.get(Viewer.seat("south"));
        FakeMember east = members.get(Viewer.seat("east"));
        FakeMember west = members.get(Viewer.seat("west"));

        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        north.commandOk("BRIEFING", "{\"type\":\"dm\",\"to\":\"south\",\"text\":\"" + SECRET_DM + "\"}");
        f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        north.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"Hello, everyone.\"}");
        long rude = east.commandOk("OPENING", "{\"type\":\"say\",\"text\":\"Something rude.\"}")
                .path("seq")
                .asLong();
        f.commandOk("OPENING", "{\"type\":\"hide\",\"seq\":" + rude + "}");
        f.commandOk("OPENING", "{\"type\":\"mute\",\"seat\":\"east\"}");
        f.commandOk("OPENING", "{\"type\":\"unmute\",\"seat\":\"east\"}");
        north.commandOk("OPENING", "{\"type\":\"caucus_create\",\"name\":\"Pair\",\"members\":[\"south\"]}");
        north.commandOk("OPENING", "{\"type\":\"caucus_invite\",\"caucus\":\"C1\",\"seat\":\"east\"}");
        north.commandOk("OPENING", "{\"type\":\"caucus_say\",\"caucus\":\"C1\",\"text\":\"Among us three.\"}");
        east.commandOk("OPENING", "{\"type\":\"caucus_leave\",\"caucus\":\"C1\"}");
        north.commandOk("OPENING", "{\"type\":\"caucus_say\",\"caucus\":\"C1\",\"text\":\"East has gone.\"}");
        String sign = "{\"kind\":\"decide\",\"decision\":\"SIGN\"}";
        north.commandOk("OPENING", "{\"type\":\"offer\",\"to\":\"south\",\"give\":" + sign + ",\"want\":" + sign + "}");
        south.commandOk("OPENING", "{\"type\":\"accept\",\"deal\":\"D1\"}");
        north.commandOk("OPENING", "{\"type\":\"offer\",\"to\":\"west\",\"give\":" + sign + ",\"want\":" + sign + "}");
        west.commandOk("OPENING", "{\"type\":\"decline\",\"deal\":\"D2\"}");
        north.commandOk("OPENING", "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"text\":\"We sign.\"}");
        f.commandOk("OPENING", "{\"type\":\"pause\"}");
        f.commandOk("OPENING", "{\"type\":\"resume\"}");
        f.commandOk("OPENING", "{\"type\":\"extend\",\"seconds\":30}");
        f.commandOk("OPENING", "{\"type\":\"inject\",\"inject\":\"report\"}");
        f.commandOk("OPENING", "{\"type\":\"announce\",\"text\":\"Coffee at eleven.\"}");
        south.commandOk("OPENING", "{\"type\":\"ready\"}");
        // As when a person takes the seat over from a bot that was done: the room's own move.
        h.room()
                .submit(new org.summitsim.core.rules.Move(
                        org.summitsim.core.rules.Actor.HOST,
                        h.room().match().state().stage(),
                        new org.summitsim.core.rules.Command.Unready("south")));
        south.commandOk("OPENING", "{\"type\":\"ready\"}");
        f.commandOk("OPENING", "{\"type\":\"advance\"}");
        north.commandOk("ROUND 1", "{\"type\":\"propose\",\"clause\":\"forum\",\"option\":\"un\"}");
        south.commandOk("ROUND 1", "{\"type\":\"cosponsor\",\"amendment\":\"A1\"}");
        east.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\"}");
        west.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"OPPOSE\"}");
        south.commandOk("ROUND 1", "{\"type\":\"propose\",\"clause\":\"control\",\"option\":\"meaningful\"}");
        south.commandOk("ROUND 1", "{\"type\":\"withdraw\",\"amendment\":\"A2\"}");
        f.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        f.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        north.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"SIGN\",\"statement\":\"Yes, with care.\"}");
        f.commandOk("FINAL", "{\"type\":\"end\"}");
        return members;
    }

    /** The seqs each viewer may see, by the rules as written; all of them from 1. */
    private static Map<Viewer, List<Long>> allowed(RoomHarness h, Set<Viewer> viewers, boolean facilitatorReads) {
        Map<Viewer, List<Long>> allowed = new LinkedHashMap<>();
        viewers.forEach(v -> allowed.put(v, new ArrayList<>()));
        WhoMaySee.Parties parties = new WhoMaySee.Parties();
        List<Event> log = h.room().match().log();
        for (int i = 0; i < log.size(); i++) {
            Set<String> party = parties.of(log.get(i));
            for (Viewer v : viewers) {
                if (WhoMaySee.maySee(v, log.get(i), party, facilitatorReads)) {
                    allowed.get(v).add(i + 1L);
                }
            }
        }
        return allowed;
    }

    /** The seqs of the events pushed to {@code m} as they happened (not replies to a request). */
    private static List<Long> pushed(FakeMember m) {
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event") && !n.has("id"))
                .map(n -> n.path("seq").asLong())
                .toList();
    }

    /** The seqs {@code m} gets when it asks for the whole log again. */
    private static List<Long> replayed(FakeMember m) {
        String id = m.request(FakeMember.msg("get_events").put("afterSeq", 0));
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event")
                        && id.equals(n.path("id").asText(null)))
                .map(n -> n.path("seq").asLong())
                .toList();
    }

    @ParameterizedTest(name = "facilitator reads private talk: {0}")
    @ValueSource(booleans = {true, false})
    void everyEventReachesEachRoleExactlyAsTheRulesSay(boolean facilitatorReads) {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"facilitatorReadsPrivate\":" + facilitatorReads + "}")
                .open()) {
            Map<Viewer, FakeMember> members = playEverything(h);
            Set<String> types = new TreeSet<>();
            h.room().match().log().forEach(e -> types.add(e.getClass().getSimpleName()));
            Set<String> all = new TreeSet<>();
            for (Class<?> c : Event.class.getPermittedSubclasses()) {
                all.add(c.getSimpleName());
            }
            assertThat(types).as("the summit made every type of event").isEqualTo(all);

            Map<Viewer, List<Long>> allowed = allowed(h, members.keySet(), facilitatorReads);
            members.forEach((viewer, m) -> {
                List<Long> live =
                        allowed.get(viewer).stream().filter(seq -> seq > 1).toList();
                assertThat(pushed(m)).as("what %s was sent as it happened", m).isEqualTo(live);
                // A statement taken off the screens is sent live, and never again.
                assertThat(replayed(m))
                        .as("what %s gets when it asks for the log", m)
                        .isEqualTo(allowed.get(viewer).stream()
                                .filter(seq -> !h.room()
                                        .match()
                                        .state()
                                        .hiddenStatements()
                                        .contains(seq))
                                .toList());
            });
        }
    }

    @Test
    void privateWordsAppearNowhereInWhatOthersAreSent() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"facilitatorReadsPrivate\":false}")
                .open()) {
            Map<Viewer, FakeMember> members = playEverything(h);

            for (Viewer v : List.of(Viewer.seat("east"), Viewer.seat("west"), Viewer.SPECTATOR, Viewer.FACILITATOR)) {
                String all = members.get(v).received().toString();
                assertThat(all).as("everything %s was sent", v).doesNotContain(SECRET_DM);
            }
            assertThat(members.get(Viewer.seat("south")).received().toString()).contains(SECRET_DM);
        }
    }

    @Test
    void aSealedDecisionIsTheDecidersAndTheFacilitatorsUntilTheReveal() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            Map<Viewer, FakeMember> members = playEverything(h);

            for (Map.Entry<Viewer, FakeMember> e : members.entrySet()) {
                boolean sawIt = e.getValue().events().stream()
                        .anyMatch(n -> n.path("type").asText().equals("decision_sealed"));
                assertThat(sawIt)
                        .as("%s saw north's sealed decision", e.getKey())
                        .isEqualTo(e.getKey().equals(Viewer.seat("north"))
                                || e.getKey().equals(Viewer.FACILITATOR));
            }
        }
    }

    @Test
    void aSpectatorsWelcomeHoldsNoBriefAndNoToken() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember north = h.join("north", "Ada");
            FakeMember watcher = h.spectate("watcher");

            JsonNode mine = north.last("welcome");
            assertThat(mine.path("token").asText()).startsWith("st.");
            assertThat(mine.path("view").path("briefs").fieldNames())
                    .toIterable()
                    .containsExactly("north");
            JsonNode theirs = watcher.last("welcome");
            assertThat(theirs.path("view").path("briefs").size()).isZero();
            assertThat(theirs.has("token")).isFalse();
        }
    }

    @Test
    void onlyTheFacilitatorIsToldThePreparedNews() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            FakeMember north = h.join("north", "Ada");
            FakeMember watcher = h.spectate("watcher");

            assertThat(north.last("welcome").path("view").has("injects")).isFalse();
            assertThat(watcher.last("welcome").path("view").has("injects")).isFalse();
            assertThat(north.last("welcome").toString()).doesNotContain("AI-assisted targeting");
            JsonNode chair =
                    f.reply(f.request(FakeMember.msg("get_view"))).path("view").path("injects");
            assertThat(chair.size()).isEqualTo(1);
            assertThat(chair.get(0).path("id").asText()).isEqualTo("report");
            assertThat(chair.get(0).path("title").asText()).isEqualTo("Report of AI-assisted targeting");
            assertThat(chair.get(0).path("released").asBoolean()).isFalse();
        }
    }

    @Test
    void commandsBeyondARoleAreForbidden() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            FakeMember north = h.join("north", "Ada");
            FakeMember watcher = h.spectate("watcher");

            assertThat(north.reply(north.command("LOBBY", "{\"type\":\"start\"}"))
                            .path("code")
                            .asText())
                    .isEqualTo("forbidden");
            assertThat(watcher.reply(watcher.command("LOBBY", "{\"type\":\"say\",\"text\":\"hi\"}"))
                            .path("code")
                            .asText())
                    .isEqualTo("forbidden");
            assertThat(f.reply(f.command("LOBBY", "{\"type\":\"say\",\"text\":\"hi\"}"))
                            .path("code")
                            .asText())
                    .isEqualTo("forbidden");
            assertThat(f.reply(f.command("LOBBY", "{\"type\":\"deadline\"}"))
                            .path("code")
                            .asText())
                    .isEqualTo("forbidden");
            assertThat(north.reply(north.request(FakeMember.msg("kick").put("player", "p1")))
                            .path("code")
                            .asText())
                    .isEqualTo("forbidden");
        }
    }
}
