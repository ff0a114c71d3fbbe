package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.SIGN;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;

/**
 * Every command as a client sends it, with each required field left out (and sent as JSON
 * null): the refusal names the field as it is sent, never quotes "null", carries the code a
 * wrong value of that field gets, and changes nothing. The table covers every command a client
 * may send; the complete command of each row is accepted, so only the missing field is at fault.
 */
class MissingFieldsTest {

    /** A required field: where it is in the command, the code it is refused with, and a wrong value that gets that code (null: none, e.g. an enum the parser refuses). */
    record Field(String path, String code, String wrong) {}

    record Row(
            String name,
            Supplier<MatchDriver> setup,
            Function<MatchDriver, Function<Command, Verdict>> actor,
            String json,
            List<Field> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Missing(Row row, Field field) {
        @Override
        public String toString() {
            return row.name() + " without " + field.path();
        }
    }

    private static Field f(String path, String code, String wrong) {
        return new Field(path, code, wrong);
    }

    private static Row seat(String name, Supplier<MatchDriver> setup, String json, Field... fields) {
        return new Row(name, setup, d -> c -> d.seat("north").submit(c), json, List.of(fields));
    }

    private static Row chair(String name, Supplier<MatchDriver> setup, String json, Field... fields) {
        return new Row(name, setup, d -> c -> d.facilitator().submit(c), json, List.of(fields));
    }

    private static MatchDriver lobby() {
        return MatchDriver.open();
    }

    private static MatchDriver opening() {
        return MatchDriver.open().toOpening();
    }

    /** North has spoken on the floor: its statement is the log's last event. */
    private static MatchDriver spoken() {
        MatchDriver d = opening();
        ok(d.seat("north").say("Something rude."));
        return d;
    }

    private static MatchDriver muted() {
        MatchDriver d = opening();
        ok(d.facilitator().mute("east"));
        return d;
    }

    private static MatchDriver paused() {
        MatchDriver d = opening();
        ok(d.facilitator().pause());
        return d;
    }

    private static MatchDriver round1() {
        return MatchDriver.open().toRound(1);
    }

    /** A1, proposed by east: north may co-sponsor it, vote on it or promise a vote on it. */
    private static MatchDriver eastsA1() {
        MatchDriver d = round1();
        ok(d.seat("east").propose("forum", "un"));
        return d;
    }

    private static MatchDriver northsA1() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        return d;
    }

    /** C1, north's caucus with east. */
    private static MatchDriver caucus() {
        MatchDriver d = opening();
        ok(d.seat("north").createCaucus("Friends", "east"));
        return d;
    }

    /** D1, offered by east to north. */
    private static MatchDriver dealToNorth() {
        MatchDriver d = opening();
        ok(d.seat("east").offer("north", decides(SIGN), decides(SIGN)));
        return d;
    }

    private static MatchDriver finalPhase() {
        return MatchDriver.open().toFinal();
    }

    static List<Row> rows() {
        return List.of(
                seat(
                        "say",
                        MissingFieldsTest::opening,
                        "{'type':'say','text':'Hello'}",
                        f("text", "empty_text", "' '")),
                seat(
                        "dm",
                        MissingFieldsTest::opening,
                        "{'type':'dm','to':'east','text':'Hi'}",
                        f("to", "unknown_delegation", "'atlantis'"),
                        f("text", "empty_text", "' '")),
                seat(
                        "caucus_create",
                        MissingFieldsTest::opening,
                        "{'type':'caucus_create','name':'Friends','members':['east']}",
                        f("name", "empty_text", "' '"),
                        f("members", "self_target", "[]")),
                seat(
                        "caucus_invite",
                        MissingFieldsTest::caucus,
                        "{'type':'caucus_invite','caucus':'C1','seat':'west'}",
                        f("caucus", "unknown_caucus", "'C9'"),
                        f("seat", "unknown_delegation", "'atlantis'")),
                seat(
                        "caucus_leave",
                        MissingFieldsTest::caucus,
                        "{'type':'caucus_leave','caucus':'C1'}",
                        f("caucus", "unknown_caucus", "'C9'")),
                seat(
                        "caucus_say",
                        MissingFieldsTest::caucus,
                        "{'type':'caucus_say','caucus':'C1','text':'Hold firm.'}",
                        f("caucus", "unknown_caucus", "'C9'"),
                        f("text", "empty_text", "' '")),
                seat(
                        "propose",
                        MissingFieldsTest::round1,
                        "{'type':'propose','clause':'forum','option':'un'}",
                        f("clause", "unknown_clause", "'sky'"),
                        f("option", "unknown_option", "'moon'")),
                seat(
                        "cosponsor",
                        MissingFieldsTest::eastsA1,
                        "{'type':'cosponsor','amendment':'A1'}",
                        f("amendment", "unknown_amendment", "'A9'")),
                seat(
                        "withdraw",
                        MissingFieldsTest::northsA1,
                        "{'type':'withdraw','amendment':'A1'}",
                        f("amendment", "unknown_amendment", "'A9'")),
                seat(
                        "vote",
                        MissingFieldsTest::eastsA1,
                        "{'type':'vote','amendment':'A1','ballot':'SUPPORT'}",
                        f("amendment", "unknown_amendment", "'A9'"),
                        f("ballot", "invalid", null)),
                seat(
                        "pledge",
                        MissingFieldsTest::opening,
                        "{'type':'pledge','decision':'SIGN','conditions':[{'clause':'forum','options':['un']}]}",
                        f("decision", "invalid", null),
                        f("conditions[0].clause", "unknown_clause", "'sky'"),
                        f("conditions[0].options", "unknown_option", "['moon']")),
                seat(
                        "offer",
                        MissingFieldsTest::opening,
                        "{'type':'offer','to':'south','give':{'kind':'decide','decision':'SIGN'},"
                                + "'want':{'kind':'decide','decision':'SIGN'}}",
                        f("to", "unknown_delegation", "'atlantis'"),
                        f("give", "invalid", null),
                        f("want", "invalid", null)),
                seat(
                        "offer of a vote for support",
                        MissingFieldsTest::eastsA1,
                        "{'type':'offer','to':'south','give':{'kind':'vote','amendment':'A1','ballot':'SUPPORT'},"
                                + "'want':{'kind':'support','clause':'control','option':'meaningful'}}",
                        f("give.amendment", "unknown_amendment", "'A9'"),
                        f("give.ballot", "invalid", null),
                        f("want.clause", "unknown_clause", "'sky'"),
                        f("want.option", "unknown_option", "'moon'")),
                seat(
                        "offer of a decision on conditions",
                        MissingFieldsTest::opening,
                        "{'type':'offer','to':'south','give':{'kind':'decide','decision':'SIGN',"
                                + "'conditions':[{'clause':'forum','options':['un']}]},"
                                + "'want':{'kind':'decide','decision':'ABSTAIN'}}",
                        f("give.decision", "invalid", null),
                        f("give.conditions[0].clause", "unknown_clause", "'sky'"),
                        f("give.conditions[0].options", "unknown_option", "['moon']")),
                seat(
                        "accept",
                        MissingFieldsTest::dealToNorth,
                        "{'type':'accept','deal':'D1'}",
                        f("deal", "unknown_deal", "'D9'")),
                seat(
                        "decline",
                        MissingFieldsTest::dealToNorth,
                        "{'type':'decline','deal':'D1'}",
                        f("deal", "unknown_deal", "'D9'")),
                seat(
                        "decide",
                        MissingFieldsTest::finalPhase,
                        "{'type':'decide','decision':'SIGN'}",
                        f("decision", "invalid", null)),
                seat("ready", MissingFieldsTest::opening, "{'type':'ready'}"),
                chair("start", MissingFieldsTest::lobby, "{'type':'start'}"),
                chair("advance", MissingFieldsTest::opening, "{'type':'advance'}"),
                chair("pause", MissingFieldsTest::opening, "{'type':'pause'}"),
                chair("resume", MissingFieldsTest::paused, "{'type':'resume'}"),
                chair(
                        "extend",
                        MissingFieldsTest::opening,
                        "{'type':'extend','seconds':60}",
                        f("seconds", "invalid", "0")),
                chair(
                        "inject",
                        MissingFieldsTest::opening,
                        "{'type':'inject','inject':'report'}",
                        f("inject", "unknown_inject", "'earthquake'")),
                chair(
                        "inject of one's own",
                        MissingFieldsTest::opening,
                        "{'type':'inject','title':'Storm','text':'A storm hits the coast.'}",
                        f("title", "empty_text", "' '"),
                        f("text", "empty_text", "' '")),
                chair(
                        "announce",
                        MissingFieldsTest::opening,
                        "{'type':'announce','text':'Ten minutes left.'}",
                        f("text", "empty_text", "' '")),
                chair(
                        "call_vote",
                        MissingFieldsTest::eastsA1,
                        "{'type':'call_vote','amendment':'A1'}",
                        f("amendment", "unknown_amendment", "'A9'")),
                chair("end", MissingFieldsTest::opening, "{'type':'end'}"),
                chair(
                        "hide",
                        MissingFieldsTest::spoken,
                        "{'type':'hide','seq':" + spoken().match().lastSeq() + "}",
                        f("seq", "unknown_statement", "9999")),
                chair(
                        "mute",
                        MissingFieldsTest::opening,
                        "{'type':'mute','seat':'east'}",
                        f("seat", "unknown_delegation", "'atlantis'")),
                chair(
                        "unmute",
                        MissingFieldsTest::muted,
                        "{'type':'unmute','seat':'east'}",
                        f("seat", "unknown_delegation", "'atlantis'")));
    }

    static Stream<Row> commands() {
        return rows().stream();
    }

    static Stream<Missing> missingFields() {
        return rows().stream().flatMap(r -> r.fields().stream().map(f -> new Missing(r, f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theCompleteCommandIsAccepted(Row row) {
        MatchDriver d = row.setup().get();

        ok(row.actor().apply(d).apply(command(json(row.json()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void aMissingFieldIsNamedWithWhatItHolds(Missing m) {
        String name = "\"" + leaf(m.field().path()) + "\"";
        for (boolean asNull : new boolean[] {false, true}) {
            MatchDriver d = m.row().setup().get();
            ObjectNode json = json(m.row().json());
            set(json, m.field().path(), asNull ? json.nullNode() : null);

            Rejection r = d.refuses(
                    m.field().code(), name, () -> m.row().actor().apply(d).apply(command(json)));

            assertThat(r.message().toLowerCase(Locale.ROOT)).as(json.toString()).doesNotContain("null");
            assertThat(r.message()).as(json.toString()).matches("[A-Z\"].*[.!?]");
        }
    }

    /** The code a missing field gets is the one a wrong value of that field gets. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void aWrongValueGetsTheSameCode(Missing m) {
        if (m.field().wrong() == null) {
            return;
        }
        MatchDriver d = m.row().setup().get();
        ObjectNode json = json(m.row().json());
        set(json, m.field().path(), parse(m.field().wrong()));

        d.refuses(m.field().code(), "", () -> m.row().actor().apply(d).apply(command(json)));
    }

    /** A new command has its row here, so its fields are checked too. */
    @Test
    void theTableHasEveryCommandAClientMaySend() {
        Set<String> types = new TreeSet<>();
        for (JsonSubTypes.Type t :
                Command.class.getAnnotation(JsonSubTypes.class).value()) {
            if (!Command.HostCommand.class.isAssignableFrom(t.value())) {
                types.add(t.name());
            }
        }
        Set<String> inTable = new TreeSet<>();
        rows().forEach(r -> inTable.add(json(r.json()).get("type").asText()));

        assertThat(inTable).isEqualTo(types);
    }

    // ---- JSON --------------------------------------------------------------------------------

    /** JSON written with single quotes, to keep the table readable. */
    private static ObjectNode json(String singleQuoted) {
        return (ObjectNode) parse(singleQuoted);
    }

    private static JsonNode parse(String singleQuoted) {
        try {
            return Json.mapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    private static Command command(JsonNode json) {
        try {
            return Json.mapper().treeToValue(json, Command.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("does not bind: " + json, e);
        }
    }

    /** The field's own name: {@code options} for {@code give.conditions[0].options}. */
    private static String leaf(String path) {
        String[] parts = path.split("\\.");
        return parts[parts.length - 1].replaceAll("\\[\\d+]", "");
    }

    /** Sets the field at {@code path} ({@code give.conditions[0].clause}) to {@code value}, or removes it when null. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        List<String> steps = new ArrayList<>(List.of(path.split("\\.")));
        String last = steps.remove(steps.size() - 1);
        JsonNode at = root;
        for (String step : steps) {
            at = step(at, step);
        }
        assertThat(last).doesNotContain("[");
        ObjectNode parent = (ObjectNode) at;
        assertThat(parent.has(last)).as(path + " in " + root).isTrue();
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, value);
        }
    }

    private static JsonNode step(JsonNode at, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return at.get(step);
        }
        JsonNode list = at.get(step.substring(0, bracket));
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        return ((ArrayNode) list).get(index);
    }
}
