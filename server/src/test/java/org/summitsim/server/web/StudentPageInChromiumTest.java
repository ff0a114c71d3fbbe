package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.SummitServer;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.it.TestServer;
import org.summitsim.server.report.ReportMaker;

/**
 * The student page in real headless Chromium against a real server: a student joins from the
 * page, reads the brief, proposes, votes and writes privately, reloads and is back in the
 * seat with nothing shown twice; hostile text from another player shows as plain text.
 * Screenshots go to the build directory's web-screenshots/ for people to look at.
 * Skipped when no Chromium is installed.
 */
@IntegrationTest
class StudentPageInChromiumTest {

    /** Phases long enough that only the facilitator moves the summit on. */
    private static final String OPTIONS = "{\"label\":\"Period 3\",\"timing\":{\"briefing\":900,\"opening\":900,"
            + "\"round\":900,\"rounds\":2,\"decision\":900},\"voteWindowSeconds\":600}";

    /** The checker's script in its WebJar; the version is the parent pom's axe-core.version. */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static Chromium chromium;
    private static TestServer server;
    private BrowserPage page;
    private TestClient china;
    private TestClient chair;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = Chromium.find();
        Assumptions.assumeTrue(binary.isPresent(), "No Chromium installed (apt-get install -y chromium)");
        server = TestServer.start(b -> b.reports(StudentPageInChromiumTest::reportOfTheJournal));
        chromium = Chromium.launch(binary.get(), Files.createTempDirectory("summit-chromium-"));
    }

    /**
     * Stands in for the debrief, which this module cannot reach (the app builds on the server):
     * the room's scenario title and delegations, read from the scenario copy beside its journal,
     * under an inline stylesheet as the real report has. The app's ServedReportsInChromiumTest
     * opens the real one, served the same way.
     */
    private static String reportOfTheJournal(Path journal) throws ReportMaker.CannotReport {
        Scenario scenario;
        try {
            scenario = ScenarioFile.parse(ScenarioCopy.read(journal).orElseThrow(), journal.toString())
                    .scenario();
        } catch (IOException e) {
            throw new ReportMaker.CannotReport("The journal could not be read.", e);
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Debrief</title><style>\nh1 { color: rgb(21, 101, 192); }\n</style></head><body><h1>")
                .append(scenario.title().replace("&", "&amp;").replace("<", "&lt;"))
                .append("</h1><ul>");
        scenario.playable().forEach(d -> b.append("<li>").append(d.name()).append("</li>"));
        return b.append("</ul></body></html>\n").toString();
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

    @Test
    void aStudentJoinsReadsTheBriefProposesVotesAndIsBackInTheSeatAfterAReload() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "germany", "Germany");

        assertThat(page.text("document.querySelector('#brief').innerText"))
                .contains("Your secret instructions", "Your government rejects weapons that escape human control");
        assertThat(page.text("document.querySelector('#clauses').innerText")).contains("Now reads:", "for you)");
        String token =
                page.text("localStorage.getItem('summit.seat." + room.code().replace("-", "") + "')");
        assertThat(token).contains("\"token\":\"st.");
        assertThat(page.text("location.href")).doesNotContain("st.");
        page.waitUntil("document.querySelector('#phase').textContent.includes('Negotiation round 1')", "round 1");

        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Welcome from China.\"}");
        page.waitUntil("document.querySelector('#floor').innerText.includes('Welcome from China.')", "China's words");

        page.select("#propose-clause", "process");
        page.select("#propose-option", "un");
        page.type("#propose-why", "Every state sits at the UN.");
        page.click("#propose-form button[type=submit]");
        JsonNode proposed = china.await(
                n -> isEvent(n, "amendment_proposed")
                        && n.path("event").path("seat").asText().equals("germany"),
                "Germany's amendment");
        assertThat(proposed.path("event").path("rationale").asText()).isEqualTo("Every state sits at the UN.");
        page.waitUntil(
                "document.querySelector('#propose-why').value === ''", "the form emptied once the server took it");

        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"chain\","
                        + "\"rationale\":\"Commanders answer for it.\"}");
        String amendment = china.find(
                        n -> isEvent(n, "amendment_proposed")
                                && n.path("event").path("seat").asText().equals("china"),
                        "China's amendment")
                .path("event")
                .path("amendment")
                .asText();
        String support = "[aria-label=\"Support amendment " + amendment + "\"]";
        page.waitUntil(
                "document.querySelector(" + BrowserPage.quote(support) + ")", "a Support button for " + amendment);
        page.click(support);
        china.await(
                n -> isEvent(n, "vote_cast")
                        && n.path("event").path("seat").asText().equals("germany")
                        && n.path("event").path("ballot").asText().equals("SUPPORT"),
                "Germany's vote");
        page.waitUntil("document.querySelector('#clauses').innerText.includes('You voted for')", "the vote shown");

        page.select("#dm-to", "china");
        page.type("#dm-text", "Can we talk about the forum?");
        page.click("#dm-form button[type=submit]");
        china.await(
                n -> isEvent(n, "dm") && n.path("event").path("text").asText().equals("Can we talk about the forum?"),
                "the private message");
        page.waitUntil(
                "document.querySelector('#private').innerText.includes('Can we talk about the forum?')",
                "the private message in the page");
        page.screenshot(shots().resolve("student-1366x768.png"));

        page.reload();
        page.waitUntil(
                "document.querySelector('#title') && document.querySelector('#title').textContent === 'You are Germany'"
                        + " && document.querySelector('#floor').innerText.includes('Welcome from China.')",
                "the seat after a reload");
        page.waitUntil(
                "document.querySelector('#clauses').innerText.includes('You voted for')", "the vote after a reload");
        assertThat(page.eval("[...document.querySelectorAll('#floor li')].filter(li => li.textContent"
                                + ".includes('Welcome from China.')).length")
                        .asInt())
                .as("shown once")
                .isEqualTo(1);
        assertThat(page.eval("[...document.querySelectorAll('#private li')].filter(li => li.textContent"
                                + ".includes('Can we talk about the forum?')).length")
                        .asInt())
                .isEqualTo(1);
        assertThat(page.text("localStorage.getItem('summit.seat." + room.code().replace("-", "") + "')"))
                .isEqualTo(token);
        assertThat(page.eval("document.querySelector('#seat-entry').hidden").asBoolean())
                .isTrue();

        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"After your reload.\"}");
        page.waitUntil(
                "document.querySelector('#floor').innerText.includes('After your reload.')",
                "live talk after a reload");
        assertThat(page.errors()).isEmpty();
    }

    @Test
    void aStudentCoSponsorsPledgesDecidesWithTheProjectedScoresAndSeesTheResults() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Di", "germany", "Germany");
        BrowserPage projector = chromium.open(1920, 1080);
        projector.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
        projector.waitUntil("document.querySelector('#p-clauses .clause')", "the projector's declaration");
        china.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"germany\",\"text\":\"Our secret plan.\"}");
        page.waitUntil("document.querySelector('#private').innerText.includes('Our secret plan.')", "China's message");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"meaningful\","
                        + "\"rationale\":\"Humans decide.\"}");
        String amendment = china.find(
                        n -> isEvent(n, "amendment_proposed")
                                && n.path("event").path("seat").asText().equals("china"),
                        "China's amendment")
                .path("event")
                .path("amendment")
                .asText();
        String cosponsor = "[aria-label=\"Co-sponsor amendment " + amendment + "\"]";
        page.waitUntil("document.querySelector(" + BrowserPage.quote(cosponsor) + ")", "a Co-sponsor button");
        page.click(cosponsor);
        china.await(
                n -> isEvent(n, "amendment_cosponsored")
                        && n.path("event").path("seat").asText().equals("germany"),
                "Germany co-sponsoring");

        page.select("#pledge-decision", "SIGN");
        page.select("#pledge-clause", "human");
        page.select("#pledge-option", "meaningful");
        page.type("#pledge-text", "We sign if control is meaningful.");
        page.click("#pledge-form button[type=submit]");
        JsonNode pledge = china.await(
                        n -> isEvent(n, "pledge_made")
                                && n.path("event").path("seat").asText().equals("germany"),
                        "Germany's pledge")
                .path("event");
        assertThat(pledge.path("decision").asText()).isEqualTo("SIGN");
        assertThat(pledge.path("conditions").toString())
                .isEqualTo("[{\"clause\":\"human\",\"options\":[\"meaningful\"]}]");
        page.waitUntil(
                "document.querySelector('#pledges').innerText.includes('Germany will sign if Human responsibility"
                        + " and control reads')",
                "the pledge listed");

        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        page.waitUntil("!document.querySelector('#decide-form').hidden", "the decision form in FINAL");
        String choices = page.text("document.querySelector('#decide-choices').innerText");
        assertThat(choices)
                .containsPattern("Sign: -?[0-9]+\\.[0-9] points")
                .containsPattern("Abstain: -?[0-9]+\\.[0-9] points")
                .containsPattern("Push for binding law: -?[0-9]+\\.[0-9] points");
        page.click("#decide-sign");
        page.type("#decide-statement", "A good first step.");
        page.click("#decide-form button[type=submit]");
        china.await(
                n -> isEvent(n, "delegation_decided")
                        && n.path("event").path("seat").asText().equals("germany"),
                "Germany deciding");
        page.waitUntil(
                "document.querySelector('#decision').innerText.includes('You decided to sign')", "the sealed decision");
        page.screenshot(shots().resolve("student-final-1366x768.png"));
        projector.waitUntil(
                "[...document.querySelectorAll('#p-delegations li')].some(li => li.textContent"
                        + ".startsWith('Germany') && li.textContent.includes('has decided'))",
                "Germany decided, on the projector");
        assertThat(projector.text("document.querySelector('#p-floor').innerText"))
                .contains("The final decision starts");
        assertThat(projector.text("document.querySelector('#p-clauses').innerText"))
                .contains("Meaningful human control", "amended");
        assertThat(projector.text("document.body.innerText"))
                .as("nothing private, nothing sealed")
                .doesNotContain("Our secret plan.", "A good first step.", "Your secret instructions");
        projector.screenshot(shots().resolve("projector-final-1920x1080.png"));

        chair.commandOk("FINAL", "{\"type\":\"end\"}");
        page.waitUntil("!document.querySelector('#results-box').hidden", "the results");
        String results = page.text("document.querySelector('#results').innerText");
        assertThat(results)
                .contains(
                        "Decisions and scores",
                        "The final text",
                        "Your score, part by part",
                        "This class and what really happened");
        JsonNode outcome = china.awaitEvent("match_ended").path("event").path("outcome");
        JsonNode germany = outcome.path("scores").path("germany");
        // Each part of the student's score, with its points and a bar on the side of its sign.
        List<String> parts = new java.util.ArrayList<>();
        germany.path("breakdown").fieldNames().forEachRemaining(parts::add);
        assertThat(page.eval("document.querySelectorAll('#results .parts tbody tr').length")
                        .asInt())
                .isEqualTo(parts.size());
        double widest = 0;
        for (String part : parts) {
            widest = Math.max(
                    widest, Math.abs(germany.path("breakdown").path(part).asDouble()));
        }
        for (String part : parts) {
            double value = germany.path("breakdown").path(part).asDouble();
            String row = "document.querySelector('#results .parts tr[data-part=\"" + part + "\"]')";
            double shown = Double.parseDouble(page.text(row + ".querySelector('.num').textContent")
                    .replace('\u2212', '-')
                    .replace("+", ""));
            assertThat(shown).as(part).isCloseTo(value, org.assertj.core.data.Offset.offset(0.051));
            assertThat(page.text(row + ".querySelector('.part-bar').className"))
                    .as(part)
                    .isEqualTo(value < 0 ? "part-bar loss" : "part-bar gain");
            // As drawn: the bar's share of the axis (half of it for the largest part), and its side of the middle.
            JsonNode drawn = page.eval(
                    "(() => { const a = " + row + ".querySelector('.axis').getBoundingClientRect();"
                            + " const b = " + row + ".querySelector('.part-bar').getBoundingClientRect();"
                            + " return { share: b.width / a.width * 100, left: b.left - a.left, right: a.right - b.right, half: a.width / 2 }; })()");
            assertThat(drawn.path("share").asDouble())
                    .as(part + " drawn")
                    .isCloseTo(Math.abs(value) / widest * 50, org.assertj.core.data.Offset.offset(1.0));
            assertThat(drawn.path(value < 0 ? "right" : "left").asDouble())
                    .as(part + " starts at the middle")
                    .isCloseTo(drawn.path("half").asDouble(), org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(page.text("document.querySelector('#results .parts tfoot').innerText"))
                .contains(String.format(
                        java.util.Locale.ROOT, "%.1f", germany.path("total").asDouble()));
        // Every delegation's result against its usual, the student's own marked; the class beside reality.
        assertThat(page.eval("document.querySelectorAll('#results .chart .row').length")
                        .asInt())
                .isEqualTo(6);
        assertThat(page.text("document.querySelector('#results .chart .row.current').getAttribute('aria-label')"))
                .startsWith("Germany: ")
                .contains(Math.round(germany.path("percent").asDouble()) + " % against its usual");
        String real = outcome.path("history")
                .path("states")
                .path("germany")
                .path("decision")
                .asText();
        assertThat(real).isNotEmpty();
        String realWords = Map.of("SIGN", "Sign", "ABSTAIN", "Abstain", "PUSH_BINDING", "Push for binding law")
                .get(real);
        assertThat(page.text(
                        "[...document.querySelectorAll('#results table')].find(t => t.innerText.includes('In reality'))"
                                + ".querySelector('tr.current').innerText"))
                .startsWith("Germany")
                .contains("Sign", realWords);
        projector.waitUntil("!document.querySelector('#p-after').hidden", "the reveal on the projector");
        assertThat(projector.text("document.querySelector('#p-decisions').innerText"))
                .contains("Germany: Sign");
        assertThat(projector
                        .eval("document.querySelectorAll('#p-decisions li.shown').length")
                        .asInt())
                .isEqualTo(6);
        assertThat(projector
                        .eval("document.querySelectorAll('#p-scores .row').length")
                        .asInt())
                .isEqualTo(6);
        assertThat(projector.text("document.querySelector('#p-binding').innerText"))
                .contains("pushed for binding law");
        assertThat(projector.text("document.querySelector('#p-history').innerText"))
                .contains("In reality");
        projector.screenshot(shots().resolve("projector-reveal-1920x1080.png"));
        assertThat(accessibilityProblems(projector))
                .as("the projector's reveal")
                .isEmpty();
        assertThat(projector.errors()).isEmpty();
        page.eval("document.querySelector('#results-box').scrollIntoView()");
        page.screenshot(shots().resolve("student-results-1366x768.png"));
        assertThat(accessibilityProblems(page)).as("the results").isEmpty();
        assertThat(page.errors()).isEmpty();
    }

    @Test
    void aStudentTalksInACaucusAndMakesAndAnswersDealsThroughForms() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Fa", "germany", "Germany");
        page.eval("document.querySelector('#caucus-tools').open = true");
        page.type("#caucus-name", "Friends of control");
        page.click("#caucus-members input[value=china]");
        page.click("#caucus-form button[type=submit]");
        JsonNode created =
                china.await(n -> isEvent(n, "caucus_created"), "the caucus").path("event");
        assertThat(created.path("name").asText()).isEqualTo("Friends of control");
        assertThat(created.path("members").toString()).contains("germany", "china");
        String caucus = created.path("caucus").asText();
        page.waitUntil(
                "document.querySelector('#dm-to option[value=\"caucus:" + caucus + "\"]')", "the caucus to write to");
        page.select("#dm-to", "caucus:" + caucus);
        page.type("#dm-text", "Shall we hold firm?");
        page.click("#dm-form button[type=submit]");
        assertThat(china.await(n -> isEvent(n, "caucus_message"), "the caucus message")
                        .path("event")
                        .path("text")
                        .asText())
                .isEqualTo("Shall we hold firm?");
        page.waitUntil(
                "document.querySelector('#private').innerText.includes('Germany in \u201cFriends of control\u201d')",
                "the caucus message, named");

        china.commandOk(
                "ROUND 1", "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"The UN.\"}");
        String amendment = china.find(
                        n -> isEvent(n, "amendment_proposed")
                                && n.path("event").path("seat").asText().equals("china"),
                        "China's amendment")
                .path("event")
                .path("amendment")
                .asText();
        page.waitUntil(
                "document.querySelector('#offer-give-amendment option[value=" + amendment + "]')",
                "the amendment to trade");
        page.eval("document.querySelector('#deal-tools').open = true");
        page.select("#offer-to", "china");
        page.select("#offer-give-kind", "vote");
        page.select("#offer-give-amendment", amendment);
        page.select("#offer-give-ballot", "SUPPORT");
        page.select("#offer-want-kind", "support");
        page.select("#offer-want-clause", "human");
        page.select("#offer-want-option", "meaningful");
        page.type("#offer-text", "My vote for your support.");
        page.click("#offer-form button[type=submit]");
        JsonNode offered =
                china.await(n -> isEvent(n, "deal_offered"), "the deal").path("event");
        assertThat(offered.path("give").toString())
                .isEqualTo("{\"kind\":\"vote\",\"amendment\":\"" + amendment + "\",\"ballot\":\"SUPPORT\"}");
        assertThat(offered.path("want").toString())
                .isEqualTo("{\"kind\":\"support\",\"clause\":\"human\",\"option\":\"meaningful\"}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"accept\",\"deal\":\"" + offered.path("deal").asText() + "\"}");
        page.waitUntil("document.querySelector('#deals').innerText.includes('Accepted.')", "the deal accepted");

        // A promised decision can hold only if a clause reads a wording, as a pledge can.
        page.select("#offer-give-kind", "decide");
        page.select("#offer-give-decision", "SIGN");
        page.select("#offer-give-if-clause", "human");
        page.select("#offer-give-if-option", "meaningful");
        page.type("#offer-text", "We sign if control is meaningful.");
        page.click("#offer-form button[type=submit]");
        JsonNode conditional = china.await(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event")
                                        .path("give")
                                        .path("kind")
                                        .asText()
                                        .equals("decide"),
                        "the conditional deal")
                .path("event");
        assertThat(conditional.path("give").path("conditions").toString())
                .isEqualTo("[{\"clause\":\"human\",\"options\":[\"meaningful\"]}]");
        page.waitUntil(
                "document.querySelector('#deals').innerText.includes('Germany will sign if Human responsibility')",
                "the condition, in words");

        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                        + "\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},\"text\":\"Both sign?\"}");
        String deal = china.find(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event").path("from").asText().equals("china"),
                        "China's deal")
                .path("event")
                .path("deal")
                .asText();
        String accept = "[aria-label=\"Accept deal " + deal + "\"]";
        page.waitUntil("document.querySelector(" + BrowserPage.quote(accept) + ")", "an Accept button");
        page.click(accept);
        china.await(
                n -> isEvent(n, "deal_accepted")
                        && n.path("event").path("deal").asText().equals(deal),
                "the answer");
        page.screenshot(shots().resolve("student-deals-1366x768.png"));

        // Unread counts: per conversation, while the conversation is out of sight or not shown.
        page.eval("document.querySelector('#private-box').scrollIntoView()");
        page.waitUntil("document.querySelector('#private-unread').textContent === ''", "everything read");
        page.eval("window.scrollTo(0, 0)");
        page.waitUntil(
                "document.querySelector('#private').parentElement.getBoundingClientRect().top > innerHeight",
                "the private messages out of sight");
        china.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"germany\",\"text\":\"Are you there?\"}");
        page.waitUntil(
                "document.querySelector('#private-unread').textContent === '(1 new)'"
                        + " && document.querySelector('#private-filter option[value=china]').textContent === 'With China (1 new)'",
                "one new message from China");
        page.eval("document.querySelector('#private-box').scrollIntoView()");
        page.waitUntil("document.querySelector('#private-unread').textContent === ''", "the count cleared once seen");
        page.select("#private-filter", "caucus:" + caucus);
        assertThat(page.text("document.querySelector('#dm-to').value")).isEqualTo("caucus:" + caucus);
        china.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"germany\",\"text\":\"Hello again.\"}");
        page.waitUntil(
                "document.querySelector('#private-filter option[value=china]').textContent === 'With China (1 new)'",
                "a new message in a conversation not shown");
        assertThat(page.eval("[...document.querySelectorAll('#private li')].find(li => li.textContent"
                                + ".includes('Hello again.')).hidden")
                        .asBoolean())
                .isTrue();
        page.select("#private-filter", "china");
        page.waitUntil(
                "document.querySelector('#private-unread').textContent === ''"
                        + " && ![...document.querySelectorAll('#private li')].find(li => li.textContent.includes('Hello again.')).hidden",
                "China's conversation shown and read");
        assertThat(page.errors()).isEmpty();
    }

    @Test
    void aTeacherCreatesParallelRoomsRunsOneAndWatchesWhoIsThere() throws Exception {
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/facilitator");
        page.waitUntil("document.querySelector('#scenario option[value=\"classroom-mini\"]')", "the scenarios");
        page.select("#scenario", "classroom-mini");
        page.select("#timing", "20");
        page.type("#label", "Period 5");
        page.type("#worlds", "2");
        page.click("#create-form button[type=submit]");
        page.waitUntil(
                "document.querySelectorAll('#rooms li [aria-label^=\"Open \"]').length === 2", "two rooms listed");
        assertThat(page.text("document.querySelector('#rooms').innerText"))
                .contains("Period 5 - World 1", "Period 5 - World 2");
        String code = page.text("JSON.parse(localStorage.getItem('summit.chair.rooms'))[0].code");
        assertThat(page.text("JSON.parse(localStorage.getItem('summit.chair.rooms'))[0].token"))
                .startsWith("ft.");

        page.click("#rooms li button");
        page.waitUntil(
                "!document.querySelector('#room-view').hidden && document.querySelector('#addresses').innerText"
                        + ".includes('/join/" + code + "')",
                "the room, with the addresses to hand out");
        assertThat(page.text("location.href")).doesNotContain("ft.");
        assertThat(page.eval("document.querySelector('#report-open').hidden").asBoolean())
                .as("the report's button before the end")
                .isTrue();
        assertThat(page.text("document.querySelector('#report-when').textContent"))
                .contains("can be opened here once the summit has ended");
        String join = "http://127.0.0.1:" + server.port() + "/join/" + code;
        page.waitUntil(
                "document.querySelector('#addresses .qr img').complete"
                        + " && document.querySelector('#addresses .qr img').naturalWidth > 0",
                "the QR code drawn");
        assertThat(page.text("document.querySelector('#addresses .qr img').alt"))
                .startsWith("QR code")
                .endsWith(join);
        assertThat(SvgQrReader.decode(
                        page.text("fetch(document.querySelector('#addresses .qr img').src).then(r => r.text())")))
                .as("the QR code on the page opens the join address")
                .isEqualTo(join);
        china = TestClient.hello(server.port(), "Lin");
        china.awaitReply(china.request(TestClient.msg("join")
                .put("code", code)
                .put("role", "player")
                .put("seat", "china")
                .put("name", "Lin")));
        page.waitUntil("document.querySelector('#monitor').innerText.includes('Lin')", "the student in the monitor");
        assertThat(accessibilityProblems(page)).as("the teacher's page").isEmpty();
        String lin = china.find(n -> n.path("type").asText().equals("welcome"), "Lin's welcome")
                .path("player")
                .asText();
        page.select("#move-" + lin, "germany");
        page.click("[aria-label='Move Lin']");
        assertThat(china.await(n -> n.path("type").asText().equals("welcome"), "the move")
                        .path("seat")
                        .asText())
                .isEqualTo("germany");
        page.waitUntil(
                "[...document.querySelectorAll('#monitor tr')].some(tr => tr.textContent.startsWith('Germany')"
                        + " && tr.textContent.includes('Lin'))",
                "Lin shown at Germany");

        String oldKey = china.find(
                        n -> n.path("type").asText().equals("welcome")
                                && n.path("seat").asText().equals("germany"),
                        "Lin's welcome at Germany")
                .path("token")
                .asText();
        // As a mouse does: the button takes the focus, so the monitor is not redrawn under it.
        page.eval("const b = document.querySelector(\"[aria-label='New key for Germany']\"); b.focus(); b.click()");
        page.waitUntil(
                "document.querySelector('#monitor-status').textContent.startsWith('Press again')", "the question");
        assertThat(page.eval("document.activeElement.getAttribute('aria-label')")
                        .asText())
                .isEqualTo("Really give Germany a new key?");
        assertThat(china.drain(300))
                .as("nothing happens before the second press")
                .noneMatch(n -> n.path("type").asText().equals("welcome"));
        page.click("[aria-label='Really give Germany a new key?']");
        String newKey = china.await(n -> n.path("type").asText().equals("welcome"), "Lin's new key")
                .path("token")
                .asText();
        assertThat(newKey).startsWith("st.").isNotEqualTo(oldKey);
        page.waitUntil(
                "document.querySelector('#monitor-status').textContent === "
                        + "'Germany has a new key. The old one no longer opens the seat.'",
                "the new key confirmed");
        try (TestClient stale = TestClient.hello(server.port(), "Old laptop")) {
            stale.request(TestClient.msg("resume").put("token", oldKey));
            stale.awaitError("forbidden");
        }
        page.eval("document.activeElement.blur()");

        press("Start the summit");
        china.awaitEvent("phase_started");
        press("Pause");
        china.awaitEvent("paused");
        page.waitUntil("document.querySelector('#phase').textContent.includes('paused')", "paused on the page");
        page.waitUntil(
                "/^\\d+:\\d\\d \\(paused\\)$/.test(document.querySelector('#clock').textContent)",
                "the clock stopped, with the time left");
        press("Resume");
        page.waitUntil(
                "/^\\d+:\\d\\d left$/.test(document.querySelector('#clock').textContent)", "the clock running again");
        china.awaitEvent("resumed");
        press("5 more minutes");
        assertThat(china.awaitEvent("phase_extended")
                        .path("event")
                        .path("seconds")
                        .asInt())
                .isEqualTo(300);
        page.type("#announce-text", "Five minutes to read.");
        page.click("#announce-form button[type=submit]");
        assertThat(china.awaitEvent("announcement").path("event").path("text").asText())
                .isEqualTo("Five minutes to read.");
        page.type("#news-title", "Breaking");
        page.type("#news-text", "A drone incident makes headlines.");
        page.click("#news-form button[type=submit]");
        JsonNode news = china.awaitEvent("news").path("event");
        assertThat(news.path("title").asText()).isEqualTo("Breaking");
        assertThat(news.path("text").asText()).isEqualTo("A drone incident makes headlines.");

        String declaration = "The United States launches its Political Declaration";
        String option = "[...document.querySelectorAll('#inject option')].find(o => o.textContent.startsWith("
                + BrowserPage.quote(declaration) + "))";
        page.waitUntil("!document.querySelector('#inject-form').hidden && " + option, "the scenario's news by title");
        page.eval("document.querySelector('#inject').value = " + option + ".value;"
                + " document.querySelector('#inject').dispatchEvent(new Event('change'))");
        assertThat(page.text("document.querySelector('#inject-text').textContent"))
                .contains("Political Declaration on Responsible Military Use");
        page.click("#inject-form button[type=submit]");
        JsonNode prepared = china.await(
                        n -> isEvent(n, "news") && n.path("event").has("inject"), "the prepared news")
                .path("event");
        assertThat(prepared.path("title").asText()).isEqualTo(declaration);
        page.waitUntil(
                option + ".disabled && " + option + ".textContent.endsWith('(published)')"
                        + " && document.querySelector('#inject').value !== " + option + ".value",
                "the news marked published");
        assertThat(accessibilityProblems(page)).as("the teacher's page in play").isEmpty();
        press("Next phase now");
        china.await(
                n -> isEvent(n, "phase_started")
                        && n.path("event").path("stage").path("phase").asText().equals("OPENING"),
                "the opening");
        page.waitUntil(
                "document.querySelector('#phase').textContent === 'Opening statements'", "the opening on the page");
        page.screenshot(shots().resolve("teacher-1366x768.png"));
        press("End the summit");
        press("Really end the summit now?");
        china.awaitEvent("match_ended");
        page.waitUntil("document.querySelector('#phase').textContent === 'Results'", "the end on the page");
        theReportOpensInANewTabOnce(code);

        page.reload();
        page.waitUntil(
                "document.querySelectorAll('#rooms li [aria-label^=\"Open \"]').length === 2",
                "the rooms kept after a reload");
        aRoomStillInItsLobbyHasNoReportYet();
        assertThat(page.errors()).isEmpty();
    }

    /** At the end: the report in a tab of its own, styled under its policy, through a link that opens it once. */
    private void theReportOpensInANewTabOnce(String code) throws Exception {
        page.waitUntil(
                "!document.querySelector('#report-open').hidden", "the report's button once the summit has ended");
        assertThat(page.text("document.querySelector('#report-when').textContent"))
                .startsWith("The debrief of this summit");
        page.clickAsUser("#report-open");
        BrowserPage report = chromium.opened(url -> url.contains("/report/"), 1366, 768);
        report.waitUntil("document.querySelector('li')", "the report's page");
        assertThat(report.text("document.querySelector('h1').textContent"))
                .isEqualTo("First lesson: six states and a Call to Action on military AI");
        assertThat(report.text("document.body.innerText")).contains("Netherlands", "China", "Germany");
        assertThat(report.text("getComputedStyle(document.querySelector('h1')).color"))
                .as("the report's own stylesheet, allowed by its policy")
                .isEqualTo("rgb(21, 101, 192)");
        String link = report.text("location.href");
        assertThat(link)
                .matches("http://127\\.0\\.0\\.1:" + server.port() + "/report/[A-Za-z0-9_-]{24}")
                .doesNotContain(code);
        assertThat(link)
                .as("the facilitator's token stays out of the address")
                .doesNotContain(page.text("JSON.parse(localStorage.getItem('summit.chair.rooms'))[0].token"));
        report.screenshot(shots().resolve("teacher-report-1366x768.png"));
        assertThat(report.errors()).isEmpty();
        page.waitUntil(
                "document.querySelector('#report-status').textContent.startsWith('The report opened in a new tab')",
                "the teacher told where the report went");
        page.eval("window.scrollTo(0, 0)");
        page.screenshot(shots().resolve("teacher-results-1366x768.png"));
        java.net.http.HttpResponse<String> again = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the link opened a second time").isEqualTo(404);
        assertThat(again.body()).contains("used or has expired");
    }

    /** From the list of rooms: the report of a room not yet played is refused in words, and no tab is left open. */
    private void aRoomStillInItsLobbyHasNoReportYet() throws InterruptedException {
        List<String> tabs = chromium.tabs();
        page.clickAsUser("[aria-label='Report of Period 5 - World 2']");
        page.waitUntil("!document.querySelector('#notice').hidden", "the reason on the page");
        assertThat(page.text("document.querySelector('#notice').textContent"))
                .isEqualTo(
                        "The report of Period 5 - World 2 can be opened once its summit has ended; it has not started yet.");
        page.waitUntil("!document.querySelector('#room-view').hidden", "the room open");
        assertThat(page.text("document.querySelector('#title').textContent")).isEqualTo("Period 5 - World 2");
        long until = System.currentTimeMillis() + Chromium.WAIT_MS;
        while (chromium.tabs().size() > tabs.size() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(chromium.tabs())
                .as("the tab opened for the report, closed again")
                .hasSameSizeAs(tabs);
    }

    /** Clicks the teacher's control with this text, once it is there. */
    private void press(String text) {
        String find = "[...document.querySelectorAll('#controls button')].find(b => b.textContent === "
                + BrowserPage.quote(text) + " && !b.disabled)";
        page.waitUntil(find, "the button " + text);
        page.eval(find + ".click()");
    }

    /**
     * A classroom through the pages only: the teacher's page runs it, three students in their own
     * browsers, bots in the other seats, the projector open throughout. Each student sees their
     * own brief and talk and never another's; a reload mid-round loses nothing; the projector
     * shows who has decided, never what, until the reveal.
     */
    @Test
    void aClassPlaysAWholeSummitThroughThePages() throws Exception {
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/facilitator");
        page.waitUntil("document.querySelector('#scenario option[value=\"classroom-mini\"]')", "the scenarios");
        page.select("#scenario", "classroom-mini");
        page.type("#label", "Period 6");
        page.click("#create-form button[type=submit]");
        page.waitUntil("document.querySelector('#rooms').innerText.includes('Period 6')", "the room created");
        page.eval("[...document.querySelectorAll('#rooms li')].find(li => li.textContent.includes('Period 6'))"
                + ".querySelector('button').click()");
        page.waitUntil("!document.querySelector('#room-view').hidden", "the room open");
        String code = page.text("document.querySelector('#where').textContent.split('join code ')[1]");

        BrowserPage ana = chromium.open(1366, 768);
        BrowserPage ben = chromium.open(390, 844);
        BrowserPage cas = chromium.open(1366, 768);
        takeSeat(ana, code, "Ana", "netherlands", "Netherlands");
        takeSeat(ben, code, "Ben", "china", "China");
        takeSeat(cas, code, "Cas", "germany", "Germany");
        BrowserPage projector = chromium.open(1920, 1080);
        projector.go("http://127.0.0.1:" + server.port() + "/projector/" + code);
        projector.waitUntil("document.querySelector('#p-clauses .clause')", "the projector");
        projector.waitUntil(
                "!document.querySelector('#p-join').hidden && document.querySelector('#p-qr').naturalWidth > 0"
                        + " && document.querySelector('#p-qr').alt.endsWith('/join/" + code + "')",
                "the projector's QR code to join");
        projector.screenshot(shots().resolve("class-projector-lobby-1920x1080.png"));

        page.waitUntil("document.querySelector('#monitor').innerText.includes('Cas')", "the students in the monitor");
        press("Bots on the empty seats");
        page.waitUntil("document.querySelector('#monitor').innerText.includes('a bot')", "the bots seated");
        press("Start the summit");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Briefing')", "the briefing");
        projector.waitUntil("document.querySelector('#p-join').hidden", "the join card gone once the summit starts");
        press("Next phase now");
        page.waitUntil("document.querySelector('#phase').textContent === 'Opening statements'", "the opening");
        press("Next phase now");
        for (BrowserPage student : List.of(ana, ben, cas)) {
            student.waitUntil(
                    "document.querySelector('#phase').textContent.startsWith('Negotiation round 1')"
                            + " && !document.querySelector('#dm-form').hidden",
                    "round 1 for each student");
        }

        String anasBrief = ana.text("document.querySelector('#brief p').textContent");
        String casBrief = cas.text("document.querySelector('#brief p').textContent");
        assertThat(anasBrief).isNotEqualTo(casBrief).hasSizeGreaterThan(50);
        ana.select("#dm-to", "china");
        ana.type("#dm-text", "Just between us, China.");
        ana.click("#dm-form button[type=submit]");
        ben.waitUntil(
                "document.querySelector('#private').textContent.includes('Just between us, China.')", "Ana's message");
        cas.type("#say-text", "Germany greets the room.");
        cas.click("#say-form button[type=submit]");
        for (BrowserPage everyone : List.of(ana, ben, projector)) {
            everyone.waitUntil(
                    "document.body.textContent.includes('Germany greets the room.')", "Cas's words for everyone");
        }

        ben.reload();
        ben.waitUntil(
                "document.querySelector('#title').textContent === 'You are China'"
                        + " && document.querySelector('#private').textContent.includes('Just between us, China.')"
                        + " && document.querySelector('#floor').textContent.includes('Germany greets the room.')",
                "Ben back after a reload");
        assertThat(ben.eval("[...document.querySelectorAll('#private li')].filter(li => li.textContent"
                                + ".includes('Just between us, China.')).length")
                        .asInt())
                .isEqualTo(1);

        press("Next phase now");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Negotiation round 2')", "round 2");
        press("Next phase now");
        ana.waitUntil("!document.querySelector('#decide-form').hidden", "Ana's decision form");
        ana.click("#decide-push_binding");
        ana.type("#decide-statement", "The Netherlands wants law.");
        ana.click("#decide-form button[type=submit]");
        ana.waitUntil(
                "document.querySelector('#decision').textContent.includes('You decided to push for binding law')",
                "Ana's sealed decision");
        projector.waitUntil(
                "[...document.querySelectorAll('#p-delegations li')].some(li => li.textContent"
                        + ".startsWith('Netherlands') && li.textContent.includes('has decided'))",
                "the projector showing it");

        for (BrowserPage other : List.of(ben, cas, projector)) {
            String seen = other.text("document.body.textContent");
            assertThat(seen).as("another seat's brief").doesNotContain(other == cas ? anasBrief : casBrief);
            assertThat(seen).as("a sealed decision").doesNotContain("The Netherlands wants law.");
        }
        for (BrowserPage other : List.of(cas, projector)) {
            assertThat(other.text("document.body.textContent"))
                    .as("another seat's private message")
                    .doesNotContain("Just between us, China.");
        }
        projector.screenshot(shots().resolve("class-projector-final-1920x1080.png"));

        press("End the summit");
        press("Really end the summit now?");
        projector.waitUntil("!document.querySelector('#p-after').hidden", "the reveal");
        assertThat(projector.text("document.querySelector('#p-decisions').innerText"))
                .contains("Netherlands: Push for binding law");
        for (BrowserPage student : List.of(ana, ben, cas)) {
            student.waitUntil("!document.querySelector('#results-box').hidden", "the results for each student");
            assertThat(student.text("document.querySelector('#results').innerText"))
                    .contains("Netherlands", "Push for binding law");
            assertThat(student.eval("document.querySelectorAll('#results .parts tbody tr').length")
                            .asInt())
                    .as("the student's score in parts")
                    .isPositive();
            assertThat(student.eval("document.documentElement.scrollWidth <= window.innerWidth")
                            .asBoolean())
                    .as("the charts fit the screen")
                    .isTrue();
        }
        ana.screenshot(shots().resolve("class-ana-results-1366x768.png"));
        ben.screenshot(shots().resolve("class-ben-results-390x844.png"));
        projector.screenshot(shots().resolve("class-projector-reveal-1920x1080.png"));
        for (BrowserPage p : List.of(page, ana, ben, cas, projector)) {
            assertThat(p.errors()).isEmpty();
        }
    }

    @Test
    void everyPageHasNoSeriousAccessibilityProblems() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/");
        page.waitUntil("!document.querySelector('#code-entry').hidden", "the code form");
        assertThat(accessibilityProblems(page)).as("the code form").isEmpty();
        page.go("http://127.0.0.1:" + server.port() + "/join/" + room.code());
        page.waitUntil("!document.querySelector('#seat-entry').hidden", "the seat form");
        assertThat(accessibilityProblems(page)).as("the seat form").isEmpty();
        seat(room.code(), "Ed", "germany", "Germany");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"chain\",\"rationale\":\"Why not.\"}");
        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Hello all.\"}");
        page.waitUntil(
                "document.querySelector('#clauses .amendment') && document.querySelector('#floor li')",
                "a room in play");
        page.eval("document.querySelectorAll('details').forEach(d => d.open = true)");
        page.waitUntil("document.querySelector('#offer-give-amendment option')", "the deal form's amendments");
        assertThat(accessibilityProblems(page)).as("the student page").isEmpty();
        BrowserPage projector = chromium.open(1920, 1080);
        projector.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
        projector.waitUntil("document.querySelector('#p-clauses .clause')", "the projector");
        assertThat(accessibilityProblems(projector)).as("the projector").isEmpty();
    }

    /**
     * The serious and critical problems axe-core finds in the page as it is now (its rules for
     * labels, names, contrast, structure, ARIA), one line each with where.
     */
    private static java.util.List<String> accessibilityProblems(BrowserPage page) throws IOException {
        try (var in = StudentPageInChromiumTest.class.getClassLoader().getResourceAsStream(AXE)) {
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

    @Test
    void hostileTextFromAnotherPlayerIsShownAsPlainText() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(390, 844);
        seat(room.code(), "Bo", "germany", "Germany");
        String script = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
        String markup = "<b>bold</b> <a href=\"http://evil.example\">click</a> &amp; &lt;";
        String bidi = "\u202Egnp.exe\u202C and \u2067isolated\u2069 \u200Ftail";
        String longWord = "W".repeat(1900);
        for (String text : new String[] {script, markup, bidi, longWord}) {
            china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":" + BrowserPage.quote(text) + "}");
        }
        china.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"germany\",\"text\":" + BrowserPage.quote(script) + "}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"chain\",\"rationale\":"
                        + BrowserPage.quote(markup) + "}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[],\"text\":" + BrowserPage.quote(script)
                        + "}");
        page.waitUntil(
                "document.querySelectorAll('#floor li').length >= 4 && document.querySelector('#private li')"
                        + " && document.querySelector('#pledges').textContent.includes('pwned')"
                        + " && document.querySelector('#clauses .amendment')",
                "the hostile text");
        page.waitUntil(
                "[...document.querySelectorAll('#floor li')].some(li => li.textContent.includes('WWWW'))",
                "the long word");

        assertThat(page.eval("window.pwned === undefined").asBoolean())
                .as("no script ran")
                .isTrue();
        assertThat(page.eval("document.querySelectorAll('#room script, #room img, #room a, #room b').length")
                        .asInt())
                .as("no element made from player text")
                .isZero();
        String floor = page.text("document.querySelector('#floor').textContent");
        assertThat(floor).contains(script, markup, bidi);
        assertThat(page.text("document.querySelector('#private').textContent")).contains(script);
        assertThat(page.text("document.querySelector('#clauses').textContent")).contains(markup);
        assertThat(page.text("document.querySelector('#pledges').textContent")).contains(script);
        assertThat(page.eval("[...document.querySelectorAll('#floor bdi')].some(b => b.textContent === "
                                + BrowserPage.quote(bidi) + ")")
                        .asBoolean())
                .as("direction marks stay inside their own text")
                .isTrue();
        assertThat(page.eval(
                                "document.documentElement.scrollWidth <= window.innerWidth"
                                        + " && document.querySelector('#floor').parentElement.scrollWidth <= document.querySelector('#floor').parentElement.clientWidth")
                        .asBoolean())
                .as("a very long word wraps instead of widening the page")
                .isTrue();
        page.screenshot(shots().resolve("student-hostile-390x844.png"));
        assertThat(page.errors()).isEmpty();
    }

    @Test
    void theConnectionComesBackByItselfAfterTheServerRestartsAndNothingIsShownTwice() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = Files.createTempDirectory("summit-restart-");
        TestServer first = TestServer.start(data, b -> b.port(port));
        TestServer second = null;
        TestServer shared = server;
        try {
            server = first;
            SummitServer.Created room = roomInRoundOne();
            page = chromium.open(1366, 768);
            seat(room.code(), "Cy", "germany", "Germany");
            String chinaToken = china.find(n -> n.path("type").asText().equals("welcome"), "China's welcome")
                    .path("token")
                    .asText();
            china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Before the restart.\"}");
            page.waitUntil("document.querySelector('#floor').innerText.includes('Before the restart.')", "talk");
            china.close();
            chair.close();
            first.close();
            page.waitUntil("document.querySelector('#link').textContent.includes('reconnecting')", "the page noticing");

            second = TestServer.start(data, b -> b.port(port));
            server = second;
            china = TestClient.hello(port, "Lin");
            china.awaitReply(china.request(
                    TestClient.msg("resume").put("token", chinaToken).put("lastSeq", 0)));
            china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"While you were away.\"}");
            page.waitUntil(
                    "document.querySelector('#link').textContent === ''"
                            + " && document.querySelector('#floor').innerText.includes('While you were away.')",
                    "the page back");
            china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"And now.\"}");
            page.waitUntil("document.querySelector('#floor').innerText.includes('And now.')", "live talk again");
            for (String said : new String[] {
                "Before the restart.", "While you were away.", "And now.", "Negotiation round 1 of 2 starts."
            }) {
                assertThat(page.eval("[...document.querySelectorAll('#floor li')].filter(li => li.textContent"
                                        + ".includes(" + BrowserPage.quote(said) + ")).length")
                                .asInt())
                        .as(said)
                        .isEqualTo(1);
            }
            assertThat(page.text("document.querySelector('#title').textContent"))
                    .isEqualTo("You are Germany");
        } finally {
            server = shared;
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    /** A room of classroom-mini in its first round: China played over the line protocol, bots elsewhere. */
    private SummitServer.Created roomInRoundOne() throws IOException {
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
    private void seat(String code, String name, String seat, String delegation) throws IOException {
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

    /** A student's way in: the room's address, a name, a delegation. */
    private static void takeSeat(BrowserPage student, String code, String name, String seat, String delegation) {
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

    private static boolean isEvent(JsonNode n, String type) {
        return n.path("type").asText().equals("event")
                && n.path("event").path("type").asText().equals(type);
    }

    /** target/web-screenshots (or the -Dsummit.build directory's). */
    private static Path shots() throws Exception {
        return Path.of(StudentPageInChromiumTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent()
                .resolve("web-screenshots");
    }
}
