package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.SummitServer;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.it.TestServer;
import org.summitsim.server.report.ReportMaker;

/**
 * What the Chromium tests of the pages share: one real server and one headless Chromium per test
 * class, a room of classroom-mini with China played over the line protocol, and the ways in
 * (a seat taken from the page). The tests are split by who is at the keyboard, student or
 * teacher, so that the two classes run side by side in verify. Skipped when no Chromium is
 * installed.
 */
abstract class PagesInChromium {

    /** Phases long enough that only the facilitator moves the summit on. */
    static final String OPTIONS = "{\"label\":\"Period 3\",\"timing\":{\"briefing\":900,\"opening\":900,"
            + "\"round\":900,\"rounds\":2,\"decision\":900},\"voteWindowSeconds\":600}";

    /** The checker's script in its WebJar; the version is the parent pom's axe-core.version. */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    static Chromium chromium;
    static TestServer server;
    BrowserPage page;
    TestClient china;
    TestClient chair;
    /** The deals China offered that a test has handled already. */
    private final java.util.Set<String> dealsSeen = new java.util.HashSet<>();

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = Chromium.find();
        Assumptions.assumeTrue(binary.isPresent(), "No Chromium installed (apt-get install -y chromium)");
        server = TestServer.start(b -> b.reports(new ReportMaker() {
            @Override
            public String debriefHtml(Path journal) throws CannotReport {
                return reportOfTheJournal(journal);
            }

            @Override
            public String gradesCsv(Path journal) throws CannotReport {
                return gradesOfTheJournal(journal);
            }
        }));
        chromium = Chromium.launch(binary.get(), Files.createTempDirectory("summit-chromium-"));
    }

    /**
     * Stands in for the debrief, which this module cannot reach (the app builds on the server):
     * the room's scenario title and delegations, read from the scenario copy beside its journal,
     * under an inline stylesheet as the real report has. The app's ServedReportsInChromiumTest
     * opens the real one, served the same way.
     */
    private static String reportOfTheJournal(Path journal) throws ReportMaker.CannotReport {
        Scenario scenario = scenarioOf(journal);
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Debrief</title><style>\nh1 { color: rgb(21, 101, 192); }\n</style></head><body><h1>")
                .append(scenario.title().replace("&", "&amp;").replace("<", "&lt;"))
                .append("</h1><ul>");
        scenario.playable().forEach(d -> b.append("<li>").append(d.name()).append("</li>"));
        return b.append("</ul></body></html>\n").toString();
    }

    /** Stands in for the grade sheet, as the debrief above: a row per delegation of the room's scenario. */
    private static String gradesOfTheJournal(Path journal) throws ReportMaker.CannotReport {
        StringBuilder b = new StringBuilder("seat,name\r\n");
        scenarioOf(journal)
                .playable()
                .forEach(d -> b.append(d.id()).append(',').append(d.name()).append("\r\n"));
        return b.toString();
    }

    private static Scenario scenarioOf(Path journal) throws ReportMaker.CannotReport {
        try {
            return ScenarioFile.parse(ScenarioCopy.read(journal).orElseThrow(), journal.toString())
                    .scenario();
        } catch (IOException e) {
            throw new ReportMaker.CannotReport("The journal could not be read.", e);
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeClients() throws IOException {
        for (TestClient c : new TestClient[] {china, chair}) {
            if (c != null) {
                c.close();
            }
        }
    }

    /**
     * The serious and critical problems axe-core finds in the page as it is now (its rules for
     * labels, names, contrast, structure, ARIA), one line each with where.
     */
    static java.util.List<String> accessibilityProblems(BrowserPage page) throws IOException {
        try (var in = PagesInChromium.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as(AXE + " on the test classpath").isNotNull();
            page.eval(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + ";0");
        }
        JsonNode found = page.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))");
        java.util.List<String> out = new java.util.ArrayList<>();
        found.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A room of classroom-mini in its first round: China played over the line protocol, bots elsewhere. */
    SummitServer.Created roomInRoundOne() throws IOException {
        SummitServer.Created room = server.server.createRoom("classroom-mini", OPTIONS);
        china = TestClient.hello(server.port(), "Lin");
        ObjectNode join = TestClient.msg("join")
                .put("code", room.code())
                .put("role", "player")
                .put("seat", "china")
                .put("name", "Lin");
        china.awaitReply(china.request(join));
        chair = TestClient.hello(server.port(), "Teacher");
        chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
        return room;
    }

    /** Opens the room's address, takes the seat from the page, and lets the chair start the summit. */
    void seat(String code, String name, String seat, String delegation) throws IOException {
        takeSeat(page, code, name, seat, delegation);
        // Silent bots: the other seats are filled, and no bot's amendment races the test's own.
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        chair.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        chair.commandOk("OPENING", "{\"type\":\"advance\"}");
        page.waitUntil(
                "document.querySelector('#phase').textContent.startsWith('Negotiation round 1')"
                        + " && !document.querySelector('#say-form').hidden",
                "round 1 on the page");
    }

    /**
     * China offers the student at Germany a deal ({@code give} and {@code want} as the wire writes
     * promises), and the student accepts it on the page; returns the deal's id.
     */
    String dealFromChinaAccepted(String give, String want) throws IOException {
        china.commandOk(
                "ROUND 1", "{\"type\":\"offer\",\"to\":\"germany\",\"give\":" + give + ",\"want\":" + want + "}");
        String deal = china.find(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event").path("from").asText().equals("china")
                                && !dealsSeen.contains(
                                        n.path("event").path("deal").asText()),
                        "China's offer")
                .path("event")
                .path("deal")
                .asText();
        dealsSeen.add(deal);
        String accept = "[aria-label=\"Accept deal " + deal + "\"]";
        page.waitUntil("document.querySelector(" + BrowserPage.quote(accept) + ")", "an Accept button");
        page.click(accept);
        china.find(
                n -> isEvent(n, "deal_accepted")
                        && n.path("event").path("deal").asText().equals(deal),
                "the deal accepted");
        return deal;
    }

    /** A student's way in: the room's address, a name, a delegation. */
    static void takeSeat(BrowserPage student, String code, String name, String seat, String delegation) {
        student.go("http://127.0.0.1:" + server.port() + "/join/" + code);
        student.waitUntil(
                "!document.querySelector('#seat-entry').hidden && document.querySelector('#seat option[value=" + seat
                        + "]')",
                "the seat form");
        student.type("#name", name);
        student.select("#seat", seat);
        student.click("#seat-form button[type=submit]");
        student.waitUntil(
                "document.querySelector('#title').textContent === 'You are " + delegation + "'", "the seat taken");
    }

    static boolean isEvent(JsonNode n, String type) {
        return n.path("type").asText().equals("event")
                && n.path("event").path("type").asText().equals(type);
    }

    /** target/web-screenshots (or the -Dsummit.build directory's). */
    static Path shots() throws Exception {
        return Path.of(PagesInChromium.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent()
                .resolve("web-screenshots");
    }
}
