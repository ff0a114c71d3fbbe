package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.it.TestClient;

/**
 * The teacher's pages in real headless Chromium against a real server: parallel rooms made,
 * run and watched from the facilitator page, and a whole class played through the pages with
 * the projector open, ending on the debrief in a tab of its own. Screenshots go to the build
 * directory's web-screenshots/.
 */
@IntegrationTest
class TeacherPagesInChromiumTest extends PagesInChromium {

    @Test
    void aTeacherCreatesParallelRoomsRunsOneAndWatchesWhoIsThere() throws Exception {
        teachersPageOnClassroomMini();
        assertThat(page.text("[...document.querySelectorAll('#timing option')].map(o => o.textContent).join(' | ')"))
                .as("the presets, the one that plays the scenario's own timing standing for it")
                .isEqualTo("A quick try: about 10 minutes of play, 1 round | About 20 minutes of play: 2 short rounds"
                        + " | About 30 minutes of play: 2 rounds (a 45-minute lesson) | Your own: set the minutes of"
                        + " each phase");
        assertThat(page.text("document.querySelector('#timing').value")).isEqualTo("20");
        page.select("#timing", "20");
        page.type("#label", "Period 5");
        page.type("#worlds", "2");
        page.click("#create-form button[type=submit]");
        page.waitUntil(
                "document.querySelectorAll('#rooms li [aria-label^=\"Open \"]').length === 2", "two rooms listed");
        assertThat(page.text("document.querySelector('#rooms').innerText"))
                .contains("Period 5 - World 1", "Period 5 - World 2");
        page.waitUntil(
                "document.querySelector('#create-status').textContent.endsWith('Open each under \"Your rooms\" to"
                        + " run it.')",
                "the rooms said created");
        assertThat(page.text("document.querySelector('#create-status').textContent"))
                .startsWith("Created Period 5 - World 1 (code ")
                .contains(", Period 5 - World 2 (code ");
        assertThat(page.text("document.querySelector('#label').value"))
                .as("the name cleared, so a second press makes no second class")
                .isEmpty();
        page.waitUntil(
                "[...document.querySelectorAll('#rooms li')].every(li => li.textContent.endsWith(' \u00b7 waiting to"
                        + " start'))",
                "each room's state");
        String code = page.text("JSON.parse(localStorage.getItem('summit.chair.rooms'))[0].code");
        assertThat(page.text("JSON.parse(localStorage.getItem('summit.chair.rooms'))[0].token"))
                .startsWith("ft.");

        page.click("#rooms li button");
        page.waitUntil(
                "!document.querySelector('#room-view').hidden && document.querySelector('#addresses').innerText"
                        + ".includes('/join/" + code + "')",
                "the room, with the addresses to hand out");
        assertThat(page.text("location.href")).doesNotContain("ft.");
        assertThat(page.text("document.querySelector('#addresses details.key .address').textContent"))
                .as("the room's key, folded away, for a console")
                .startsWith("ft.");
        String opened = page.text("document.querySelector('#title').textContent");
        page.reload();
        page.waitUntil(
                "!document.querySelector('#room-view').hidden && document.querySelector('#title').textContent === '"
                        + opened + "' && document.querySelector('#addresses').innerText.includes('/join/" + code + "')",
                "the same room open again after a reload");
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
        // Before the summit starts nobody can speak: no "has not spoken yet", no time quiet.
        assertThat(page.text("[...document.querySelectorAll('#monitor tbody tr')].find(tr => tr.textContent"
                        + ".includes('Lin')).innerText"))
                .doesNotContain("has not spoken yet")
                .doesNotContainPattern("\\d+:\\d\\d");
        assertThat(accessibilityProblems(page)).as("the teacher's page").isEmpty();
        String lin = china.find(n -> n.path("type").asText().equals("welcome"), "Lin's welcome")
                .path("player")
                .asText();
        page.click("[aria-label='Move Lin']");
        page.waitUntil(
                "document.querySelector('#monitor-status').textContent.startsWith('Choose where to move Lin first')",
                "Move with nothing chosen moves nobody");
        assertThat(china.drain(300))
                .as("Lin is not moved")
                .noneMatch(n -> n.path("type").asText().equals("welcome"));
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
        aStudentMovedToWatchingIsToldSo(code);

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
        assertThat(page.text("document.querySelector('#inject-status').textContent"))
                .as("said in words, not only by the list moving on")
                .isEqualTo("Published: \u201c" + declaration + "\u201d. Every delegation sees it now.");
        assertThat(accessibilityProblems(page)).as("the teacher's page in play").isEmpty();
        press("Next phase now");
        china.await(
                n -> isEvent(n, "phase_started")
                        && n.path("event").path("stage").path("phase").asText().equals("OPENING"),
                "the opening");
        page.waitUntil(
                "document.querySelector('#phase').textContent === 'Opening statements'", "the opening on the page");
        aSeatLeftWithNobodyIsSaidWithABotToPutThere();
        page.screenshot(shots().resolve("teacher-1366x768.png"));
        press("End the summit");
        press("Really end the summit now?");
        china.awaitEvent("match_ended");
        page.waitUntil("document.querySelector('#phase').textContent === 'Results'", "the end on the page");
        theReportOpensInANewTabOnce(code);
        theGradeSheetIsSavedAsAFileNamedForTheRoom();

        page.reload();
        page.waitUntil(
                "document.querySelectorAll('#rooms li [aria-label^=\"Open \"]').length === 2",
                "the rooms kept after a reload");
        page.waitUntil(
                "[...document.querySelectorAll('#rooms li')].some(li => li.textContent.endsWith(' \u00b7 over'))"
                        + " && [...document.querySelectorAll('#rooms li')].some(li => li.textContent.endsWith(' \u00b7"
                        + " waiting to start'))",
                "one room over, the other waiting");
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

    /** At the end: the grade sheet, saved by the browser under the room's name, no tab opened. */
    private void theGradeSheetIsSavedAsAFileNamedForTheRoom() throws Exception {
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("summit-downloads-");
        page.saveDownloadsIn(downloads);
        List<String> tabs = chromium.tabs();
        assertThat(page.eval("document.querySelector('#grades-open').hidden").asBoolean())
                .isFalse();
        page.clickAsUser("#grades-open");
        java.nio.file.Path sheet = downloads.resolve("period-5-world-1.csv");
        page.waitUntil(
                "document.querySelector('#report-status').textContent.startsWith('The grade sheet is in your downloads"
                        + " as period-5-world-1.csv')",
                "the teacher told where the grade sheet went");
        long until = System.currentTimeMillis() + 10_000;
        while (!java.nio.file.Files.exists(sheet) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(sheet).as("the file the browser saved").exists();
        assertThat(java.nio.file.Files.readString(sheet))
                .startsWith("seat,name\r\n")
                .contains("china,China\r\n", "netherlands,Netherlands\r\n");
        assertThat(chromium.tabs()).as("the tabs after it").isEqualTo(tabs);
        try (var files = java.nio.file.Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        }
        java.nio.file.Files.delete(downloads);
    }

    /** From the list of rooms: a report for the room that is over, none yet for the one still waiting. */
    private void aRoomStillInItsLobbyHasNoReportYet() {
        assertThat(page.text("String(!!document.querySelector(\"[aria-label='Report of Period 5 - World 1']\"))"))
                .isEqualTo("true");
        assertThat(page.text("String(!!document.querySelector(\"[aria-label='Report of Period 5 - World 2']\"))"))
                .isEqualTo("false");
    }

    /**
     * The scenario list from a teacher's own folder: two variants of one title told apart by their
     * ids, a file that cannot be played named with its problem (it was simply missing), and a
     * variant whose par table no longer fits its numbers said to show scores out of 100 that are off.
     */
    @Test
    void theScenarioListSaysWhatCannotBePlayedAndWhatScoresWrongly(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        String mini = java.nio.file.Files.readString(java.nio.file.Path.of("..", "scenarios", "classroom-mini.json"));
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(data.resolve("scenarios"));
        java.nio.file.Files.writeString(
                folder.resolve("copy.json"), mini.replace("\"id\": \"classroom-mini\"", "\"id\": \"class-9b\""));
        java.nio.file.Files.writeString(
                folder.resolve("changed.json"),
                mini.replace("\"id\": \"classroom-mini\"", "\"id\": \"class-9b-changed\"")
                        .replaceFirst("\"breadth\": 16,", "\"breadth\": 6,"));
        java.nio.file.Files.writeString(folder.resolve("broken.json"), "{\"id\": \"x\",");
        try (org.summitsim.server.it.TestServer own = org.summitsim.server.it.TestServer.start(data, b -> b)) {
            page = chromium.open(1366, 768);
            page.go("http://127.0.0.1:" + own.port() + "/facilitator");
            page.waitUntil("document.querySelector('#scenario option[value=\"class-9b-changed\"]')", "the scenarios");
            String title = page.text("document.querySelector('#scenario option[value=\"class-9b\"]').textContent");
            assertThat(title).endsWith(" (class-9b)");
            assertThat(page.text("document.querySelector('#scenario option[value=\"class-9b-changed\"]').textContent"))
                    .isEqualTo(title.replace("(class-9b)", "(class-9b-changed)"));
            assertThat(page.text("document.querySelector('#scenario-problems').innerText"))
                    .startsWith("A scenario file cannot be played until it is fixed (summit scenario validate FILE"
                            + " says more):")
                    .contains("broken.json: ");
            page.select("#scenario", "class-9b-changed");
            page.waitUntil("document.querySelector('#scenario-problems .scenario-warning')", "the warning");
            assertThat(page.text("document.querySelector('#scenario-problems .scenario-warning').textContent"))
                    .startsWith("This scenario: the par table was made for other numbers")
                    .contains("scores out of 100 are off");
            page.select("#scenario", "class-9b");
            page.waitUntil(
                    "!document.querySelector('#scenario-problems .scenario-warning')", "no warning for the copy");
            assertThat(page.errors()).isEmpty();
        }
    }

    /** The teacher's page in a laptop-sized window, classroom-mini chosen for a new room. */
    /**
     * A lesson shorter than the shortest preset: the teacher sets the minutes of each phase on the
     * page (a play-test's teacher needed the command line for it), and a number out of range is
     * named before anything is created.
     */
    @Test
    void aTeacherSetsTheirOwnTiming() throws Exception {
        teachersPageOnClassroomMini();
        page.select("#timing", "custom");
        page.waitUntil("!document.querySelector('#custom-timing').hidden", "the minutes to set");
        assertThat(page.text("['#t-briefing','#t-opening','#t-rounds','#t-round','#t-decision']"
                        + ".map(s => document.querySelector(s).value).join(' ')"))
                .as("filled in with the scenario's own timing")
                .isEqualTo("3 2 2 6 2");
        set("#t-rounds", "0");
        assertThat(page.text("document.querySelector('#timing-note').textContent"))
                .isEqualTo("Your own timing: negotiation rounds takes a whole number from 1 to 6.");
        String made = "JSON.parse(localStorage.getItem('summit.chair.rooms') || '[]')"
                + ".filter(r => r.label === 'Period 6')";
        page.type("#label", "Period 6");
        page.click("#create-form button[type=submit]");
        assertThat(page.text("document.querySelector('#create-form .form-error').textContent"))
                .isEqualTo("Your own timing: negotiation rounds takes a whole number from 1 to 6.");
        assertThat(page.eval(made + ".length").asInt()).as("no room created").isZero();
        set("#t-rounds", "1");
        set("#t-round", "8");
        assertThat(page.text("document.querySelector('#timing-note').textContent"))
                .startsWith("About 15 minutes of play.");
        page.click("#create-form button[type=submit]");
        page.waitUntil(made + ".length === 1", "the room");
        String token = page.text(made + "[0].token");
        TestClient teacher = TestClient.hello(server.port(), "Teacher");
        try {
            JsonNode rules = teacher.awaitReply(
                            teacher.request(TestClient.msg("resume").put("token", token)))
                    .path("rules")
                    .path("timing");
            assertThat(rules.toString())
                    .isEqualTo("{\"briefing\":180,\"opening\":120,\"round\":480,\"rounds\":1,\"decision\":120}");
        } finally {
            teacher.close();
        }
        assertThat(page.errors()).isEmpty();
    }

    /** Sets a number field as a person would, so that the page hears it. */
    private void set(String field, String value) {
        page.eval("(() => { const i = document.querySelector('" + field + "'); i.value = '" + value + "';"
                + " i.dispatchEvent(new Event('input', { bubbles: true })); })()");
    }

    private void teachersPageOnClassroomMini() {
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/facilitator");
        page.waitUntil("document.querySelector('#scenario option[value=\"classroom-mini\"]')", "the scenarios");
        page.select("#scenario", "classroom-mini");
    }

    /** Clicks the teacher's control with this text, once it is there. */
    private void press(String text) {
        String find = "[...document.querySelectorAll('#controls button')].find(b => b.textContent === "
                + BrowserPage.quote(text) + " && !b.disabled)";
        page.waitUntil(find, "the button " + text);
        page.eval(find + ".click()");
    }

    /** Clicks the teacher's control whose text starts so, once it is there. */
    private void pressStartingWith(String start) {
        String find = "[...document.querySelectorAll('#controls button')].find(b => b.textContent.startsWith("
                + BrowserPage.quote(start) + ") && !b.disabled)";
        page.waitUntil(find, "the button " + start + "...");
        page.eval(find + ".click()");
    }

    /**
     * The pace chosen on the page is the room's; the grading command names the server's data folder
     * (this server's is not the default), so it works as printed; and with a vote open, "Next phase
     * now" asks first, naming the vote by its clause, then says what it closed.
     */
    @Test
    void aTeacherChoosesThePaceGetsAWorkingGradingCommandAndConfirmsClosingVotes() throws Exception {
        teachersPageOnClassroomMini();
        // How a timing splits into phases, before the room is made (a play-test's teacher found a
        // two-minute briefing only once the class had begun).
        String initial = page.text("document.querySelector('#timing').value");
        page.select("#timing", "10");
        assertThat(page.text("document.querySelector('#timing-note').textContent"))
                .isEqualTo("Briefing 2 min, opening 1 min, 1 round of 5 min, final decisions 1\u00bd min. The"
                        + " briefing is when students read their brief.");
        page.select("#timing", initial);
        page.select("#pace", "quick");
        page.type("#label", "Period 7");
        page.click("#create-form button[type=submit]");
        page.waitUntil("document.querySelector('#rooms').innerText.includes('Period 7')", "the room created");
        // One room created is open at once: a play-test's teacher missed the Open button.
        page.waitUntil(
                "!document.querySelector('#room-view').hidden"
                        + " && document.querySelector('#title').textContent.includes('Period 7')"
                        + " && document.querySelector('#create-status').textContent.endsWith('It is open below.')",
                "the room opened by itself");
        String stored = "JSON.parse(localStorage.getItem('summit.chair.rooms')).find(r => r.label === 'Period 7')";
        String room = page.text(stored + ".room");
        String code = page.text(stored + ".code");
        String token = page.text(stored + ".token");
        String header = java.nio.file.Files.readAllLines(
                        server.data.resolve("rooms").resolve(room + ".jsonl"))
                .get(0);
        assertThat(header).as("the room's saved options").contains("\"pace\":\"quick\"");

        page.eval("[...document.querySelectorAll('#rooms li')].find(li => li.textContent.includes('Period 7'))"
                + ".querySelector('button').click()");
        page.waitUntil("!document.querySelector('#room-view').hidden", "the room open");
        assertThat(page.text("document.querySelector('#grading').textContent"))
                .startsWith("For grading: the grade sheet, under Report once the summit has ended.")
                .endsWith("transcripts): ./summit report " + room + " --data " + server.data + " --out period-7.csv");

        // Bots alone at the table: Start asks first, since every phase would end within seconds
        // (a play-test's teacher started before the class came, and the briefing lasted a second).
        page.waitUntil("document.querySelector('#monitor').innerText.includes('empty')", "the empty seats");
        press("Bots on the empty seats");
        page.waitUntil("document.querySelector('#advance-status').textContent.startsWith('Bots now play')", "the bots");
        press("Start the summit");
        page.waitUntil(
                "document.querySelector('#advance-status').textContent.startsWith('No student has taken a seat"
                        + " yet. With bots alone at the table, each phase ends as soon as they are ready')"
                        + " && [...document.querySelectorAll('#controls button')]"
                        + ".some(b => b.textContent === 'Really start without students?')",
                "the question");
        china = TestClient.hello(server.port(), "Lin");
        china.awaitReply(china.request(TestClient.msg("join")
                .put("code", code)
                .put("role", "player")
                .put("seat", "china")
                .put("name", "Lin")));
        // A student came: nothing to ask any more, and the question's words go.
        page.waitUntil(
                "[...document.querySelectorAll('#controls button')].some(b => b.textContent === 'Start the summit')"
                        + " && document.querySelector('#advance-status').textContent === ''",
                "the plain Start button back");
        chair = TestClient.hello(server.port(), "Assistant");
        chair.awaitReply(chair.request(TestClient.msg("resume").put("token", token)));
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        chair.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        chair.commandOk("OPENING", "{\"type\":\"advance\"}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"At the UN.\"}");
        page.waitUntil(
                "document.querySelector('#controls-note').textContent.includes('\u201cWhere the work continues\u201d')",
                "the open vote named by its clause");
        press("Next phase now");
        page.waitUntil(
                "document.querySelector('#controls-note').textContent.endsWith('Press again to move on.')",
                "the question");
        assertThat(page.text("document.querySelector('#open-votes-list').textContent"))
                .as("whom the vote waits for, by name")
                .containsPattern("Not voted yet: [A-Z][^.]+\\.");
        // Bots vote on their own clock: how many have not voted yet is what the page saw when asked.
        assertThat(page.text("document.querySelector('#controls-note').textContent"))
                .matches("Next phase now also closes the open vote on \u201cWhere the work continues\u201d"
                        + " \\(China\u2019s amendment; [1-5] delegations? ha(s|ve) not voted\\)\\. .*");
        assertThat(china.drain(300))
                .as("nothing happens before the second press")
                .noneMatch(n -> isEvent(n, "phase_started") || isEvent(n, "amendment_resolved"));
        page.screenshot(shots().resolve("teacher-next-phase-question-1366x768.png"));
        press("Really move on and close the open vote?");
        china.awaitEvent("amendment_resolved");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Negotiation round 2')", "round 2");
        // A bot may have voted between the question and the answer: the count is the one the page saw then.
        assertThat(page.text("document.querySelector('#advance-status').textContent"))
                .matches(
                        "Moved on, closing the vote on \u201cWhere the work continues\u201d \\(China\u2019s amendment;"
                                + " [1-5] delegations? had not voted\\)\\. Delegations that had not voted counted as abstaining\\.");
        press("Next phase now");
        page.waitUntil(
                "document.querySelector('#phase').textContent.startsWith('Final decision')",
                "no question" + " without open votes");
        assertThat(accessibilityProblems(page)).as("the teacher's page").isEmpty();
        assertThat(page.errors()).isEmpty();
    }

    /**
     * A classroom through the pages only: the teacher's page runs it, three students in their own
     * browsers, bots in the other seats, the projector open throughout. Each student sees their
     * own brief and talk and never another's; a reload mid-round loses nothing; the projector
     * shows who has decided, never what, until the reveal.
     */
    @Test
    void aClassPlaysAWholeSummitThroughThePages() throws Exception {
        teachersPageOnClassroomMini();
        page.type("#label", "Period 6");
        page.click("#create-form button[type=submit]");
        page.waitUntil("document.querySelector('#rooms').innerText.includes('Period 6')", "the room created");
        page.eval("[...document.querySelectorAll('#rooms li')].find(li => li.textContent.includes('Period 6'))"
                + ".querySelector('button').click()");
        page.waitUntil("!document.querySelector('#room-view').hidden", "the room open");
        String code = page.text("document.querySelector('#where').textContent.split('Join code ')[1].split(' ')[0]");

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
        BrowserPage small = chromium.open(1366, 768);
        small.go("http://127.0.0.1:" + server.port() + "/projector/" + code);

        page.waitUntil("document.querySelector('#monitor').innerText.includes('Cas')", "the students in the monitor");
        press("Bots on the empty seats");
        page.waitUntil(
                "document.querySelector('#advance-status').textContent.startsWith('Bots now play 3 seats: ')",
                "which seats the bots took, said beside the button");
        page.waitUntil("document.querySelector('#monitor').innerText.includes('a bot')", "the bots seated");
        // Scrolled down to its last row, the monitor keeps its column names in sight, under the bar.
        page.eval("document.querySelector('#monitor tbody tr:last-child').scrollIntoView({block: 'start'})");
        page.waitUntil(
                "(() => { const th = document.querySelector('#monitor thead th').getBoundingClientRect();"
                        + " const bar = document.querySelector('.bar').getBoundingClientRect();"
                        + " return Math.abs(th.top - bar.bottom) < 2; })()",
                "the monitor's column names under the bar");
        page.eval("window.scrollTo(0, 0)");
        press("Start the summit");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Briefing')", "the briefing");
        // Once the summit runs, how to join folds away and the bar leads to the class's monitor (a
        // play-test's teacher had the QR code filling the first screen all lesson); the warning that
        // the page's address only works here comes first, above what it makes useless.
        page.waitUntil("!document.querySelector('#how-to-join').open", "how to join folded");
        assertThat(page.text("document.querySelector('#addresses').firstElementChild.textContent"))
                .startsWith("This page was opened at 127.0.0.1");
        assertThat(page.eval("document.querySelector('#to-monitor').hidden").asBoolean())
                .isFalse();
        projector.waitUntil("document.querySelector('#p-join').hidden", "the join card gone once the summit starts");
        press("Next phase now");
        page.waitUntil("document.querySelector('#phase').textContent === 'Opening statements'", "the opening");
        // Who is done with the phase: the bots, once they have spoken.
        page.waitUntil(
                "[...document.querySelectorAll('#monitor thead th')][7].textContent === 'Done'"
                        + " && [...document.querySelectorAll('#monitor tbody tr')].some(tr => tr.cells[7].textContent"
                        + " === 'yes')",
                "a delegation done with the phase");
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
        page.waitUntil(
                "document.querySelector('#t-private').textContent.includes('Netherlands to China: Just between us,"
                        + " China.') && !document.querySelector('#t-private').closest('details').open",
                "the teacher able to read it, folded away");
        // A student's deal reaches the teacher with its terms as sent, then its words (a play-test's
        // teacher read only the words, which promised something else).
        ana.eval("document.querySelector('#deal-tools').open = true");
        ana.select("#offer-to", "china");
        ana.select("#offer-give-kind", "support");
        ana.select("#offer-give-clause", "human");
        ana.select("#offer-give-option", "oversight");
        ana.select("#offer-want-kind", "decide");
        ana.select("#offer-want-decision", "SIGN");
        ana.type("#offer-text", "Let us agree.");
        ana.click("#offer-form button[type=submit]");
        page.waitUntil(
                "document.querySelector('#t-private').textContent.includes('The Netherlands will support"
                        + " \u201cAppropriate human oversight (draft)\u201d for Human responsibility and control; in"
                        + " return China will sign. \u201cLet us agree.\u201d')",
                "the deal's terms and words for the teacher");
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

        theTeacherTakesAStatementOffTheScreensAndMutesItsAuthor(ana, ben, cas, projector);

        // Ana's amendment open (the bots table none early in a round): ending the round now would adopt it unopposed.
        ana.select("#propose-clause", "process");
        ana.select("#propose-option", "un");
        ana.type("#propose-why", "The UN is where this belongs.");
        ana.click("#propose-form button[type=submit]");
        page.waitUntil(
                "!document.querySelector('#controls-note').hidden && document.querySelector('#controls-note')"
                        + ".textContent.includes('Delegations that have not voted count as abstaining')",
                "the teacher warned that the next phase closes the open votes");
        theTeacherClosesOneVoteNow();
        moveOnFrom("Negotiation round 1");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Negotiation round 2')", "round 2");
        moveOnFrom("Negotiation round 2");
        ana.waitUntil("!document.querySelector('#decide-form').hidden", "Ana's decision form");
        ana.click("#decide-push_binding");
        ana.type("#decide-statement", "The Netherlands wants law.");
        ana.click("#decide-form button[type=submit]");
        ana.waitUntil(
                "document.querySelector('#decision').textContent.includes('You decided to push for binding law')",
                "Ana's sealed decision");
        // The statement with a decision is revealed to all at the end: the teacher may take it back before.
        page.waitUntil(
                "document.querySelector('#t-floor').textContent.includes('Netherlands (Ana), with its decision (the class"
                        + " reads it in the debrief): The Netherlands wants law.')",
                "the statement among what the teacher may hide");
        page.eval("const d = [...document.querySelectorAll('#t-floor li')].find(li => li.textContent"
                + ".includes('The Netherlands wants law.')).querySelector('button'); d.focus(); d.click(); d.click()");
        ana.waitUntil(
                "!document.body.textContent.includes('The Netherlands wants law.')"
                        + " && document.querySelector('#decision').textContent.includes('You decided to push for"
                        + " binding law')",
                "the statement gone from Ana's page, her decision kept");
        page.waitUntil(
                "[...document.querySelectorAll('#t-floor li.withdrawn')].some(li => li.textContent.includes("
                        + "'The Netherlands wants law. (hidden from everyone else)'))",
                "the teacher still shown what was hidden");
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
        // A classroom projector's 1366x768: the page fits the screen, since nobody scrolls a projector.
        assertThat(small.eval("document.documentElement.scrollHeight <= innerHeight")
                        .asBoolean())
                .as("the projector in play, at 1366x768, without scrolling")
                .isTrue();
        small.screenshot(shots().resolve("class-projector-final-1366x768.png"));

        press("End the summit");
        press("Really end the summit now?");
        // One by one, for the room to watch; a key shows the rest at once.
        projector.waitUntil(
                "document.querySelectorAll('#p-decisions li.shown').length >= 1 && !document.querySelector('#p-skip').hidden",
                "the first decision revealed");
        assertThat(projector
                        .eval("document.querySelectorAll('#p-decisions li:not(.shown)').length")
                        .asInt())
                .as("decisions still to come")
                .isPositive();
        projector.pressKey("Enter");
        projector.waitUntil(
                "!document.querySelector('#p-after').hidden && document.querySelector('#p-skip').hidden"
                        + " && document.querySelectorAll('#p-decisions li:not(.shown)').length === 0",
                "the rest of the reveal at once");
        assertThat(projector.text("document.querySelector('#p-decisions').innerText"))
                .contains("Netherlands: Push for binding law");
        assertThat(projector.text("document.querySelector('#p-final-text').innerText"))
                .as("the final text, which is not a draft")
                .isNotBlank()
                .doesNotContain("(draft)");
        page.waitUntil(
                "document.querySelector('#t-floor li') && !document.querySelector('#t-floor button')",
                "the floor kept, with nothing left to hide once the summit is over");
        for (BrowserPage student : List.of(ana, ben, cas)) {
            student.waitUntil("!document.querySelector('#results-box').hidden", "the results for each student");
            assertThat(student.text("document.querySelector('#results').innerText"))
                    .contains("Netherlands", "Push for binding law")
                    .as("the final text is not a draft")
                    .doesNotContain("(draft)");
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
        small.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))");
        small.waitUntil("!document.querySelector('#p-after').hidden", "the results after the reveal, at 1366x768");
        assertThat(small.eval("document.documentElement.scrollHeight <= innerHeight")
                        .asBoolean())
                .as("the reveal at 1366x768 without scrolling the page")
                .isTrue();
        small.screenshot(shots().resolve("class-projector-reveal-1366x768.png"));
        assertThat(small.eval("(() => { const r = document.querySelector('#p-reveal');"
                                + " return r.scrollHeight <= r.clientHeight + 1; })()")
                        .asBoolean())
                .as("the results of a six-seat class at 1366x768, nothing scrolled out of sight in the reveal")
                .isTrue();
        projector.screenshot(shots().resolve("class-projector-reveal-1920x1080.png"));
        for (BrowserPage p : List.of(page, ana, ben, cas, projector)) {
            assertThat(p.errors()).isEmpty();
        }
    }

    /** Cas says what should not stay up: the teacher hides it everywhere, then mutes Germany for a while. */
    private void theTeacherTakesAStatementOffTheScreensAndMutesItsAuthor(
            BrowserPage ana, BrowserPage ben, BrowserPage cas, BrowserPage projector) throws Exception {
        page.waitUntil(
                "document.querySelector('#t-floor').textContent.includes('Germany greets the room.')",
                "the floor on the teacher's page");
        cas.type("#say-text", "Something rude.");
        cas.click("#say-form button[type=submit]");
        for (BrowserPage everyone : List.of(page, ana, ben, projector)) {
            everyone.waitUntil("document.body.textContent.includes('Something rude.')", "the rude words, live");
        }
        assertThat(page.text("document.querySelector('#t-floor').textContent"))
                .as("the teacher reads who said it: the student, not only the country")
                .contains("Germany (Cas): Something rude.");
        // As a mouse does: the first press only asks (the button keeps the focus), the second hides.
        page.eval("const b = [...document.querySelectorAll('#t-floor li')].find(li => li.textContent"
                + ".includes('Something rude.')).querySelector('button'); b.focus(); b.click()");
        page.waitUntil("document.querySelector('#floor-status').textContent.startsWith('Press again')", "the question");
        assertThat(ana.text("document.body.textContent"))
                .as("nothing hidden yet")
                .contains("Something rude.");
        page.eval("document.activeElement.click()");
        for (BrowserPage everyone : List.of(ana, ben, cas, projector)) {
            everyone.waitUntil(
                    "!document.body.textContent.includes('Something rude.')"
                            + " && document.body.textContent.includes('(taken off the screens by the teacher)')"
                            + " && document.body.textContent.includes('Germany greets the room.')",
                    "the statement gone from every screen, the one before it kept");
        }
        page.waitUntil(
                "[...document.querySelectorAll('#t-floor li.withdrawn')].some(li => li.textContent.includes("
                        + "'Something rude. (hidden from everyone else)') && !li.querySelector('button'))"
                        + " && document.querySelector('#floor-status').textContent"
                        + " === 'A statement by Germany is off every screen.'",
                "the teacher told, and still shown what was hidden");
        // Words in a pledge go the same way; the pledge itself stays.
        cas.select("#pledge-decision", "SIGN");
        cas.type("#pledge-text", "Rude pledge words.");
        cas.click("#pledge-form button[type=submit]");
        page.waitUntil(
                "document.querySelector('#t-floor').textContent.includes('Germany (Cas), in a pledge: Rude pledge words.')",
                "the pledge's words among what the teacher may hide");
        ana.waitUntil("document.body.textContent.includes('Rude pledge words.')", "the pledge's words, live");
        page.eval("const p = [...document.querySelectorAll('#t-floor li')].find(li => li.textContent"
                + ".includes('Rude pledge words.')).querySelector('button'); p.focus(); p.click(); p.click()");
        for (BrowserPage everyone : List.of(ana, ben, cas)) {
            everyone.waitUntil(
                    "!document.body.textContent.includes('Rude pledge words.')"
                            + " && [...document.querySelectorAll('#pledges li')].some(li => li.textContent"
                            + ".includes('Germany'))",
                    "the pledge's words gone, the pledge kept");
        }
        ben.reload();
        ben.waitUntil(
                "document.querySelector('#floor').textContent.includes('Germany greets the room.')",
                "Ben back after a reload");
        assertThat(ben.text("document.body.textContent")).doesNotContain("Something rude.", "Rude pledge words.");

        page.eval("const m = document.querySelector(\"[aria-label='Mute Germany']\"); m.focus(); m.click()");
        cas.waitUntil(
                "!document.querySelector('#muted-note').hidden && document.querySelector('#say-form').hidden"
                        + " && document.querySelector('#dm-form').hidden",
                "Cas muted, the message forms gone");
        assertThat(cas.text("document.querySelector('#muted-note').textContent"))
                .isEqualTo("The teacher has muted your delegation: you cannot send messages or words of your own for"
                        + " now. You can still propose, vote, make deals and decide.");
        assertThat(cas.eval("document.querySelector('#propose-why').hidden && document.querySelector('#pledge-text')"
                                + ".hidden && document.querySelector('#offer-text').hidden")
                        .asBoolean())
                .as("no words with a proposal, a pledge or a deal while muted")
                .isTrue();
        assertThat(cas.eval("document.querySelector('#propose-form').hidden").asBoolean())
                .as("Cas can still propose")
                .isFalse();
        page.waitUntil("document.querySelector(\"[aria-label='Unmute Germany']\")", "the button turned");
        assertThat(ana.text("document.body.textContent"))
                .as("a mute is not announced")
                .doesNotContain("muted");
        page.click("[aria-label='Unmute Germany']");
        cas.waitUntil(
                "document.querySelector('#muted-note').hidden && !document.querySelector('#say-form').hidden",
                "Cas unmuted");
    }

    /**
     * Next phase now, from the round whose name starts so. A bot's amendment may still be open (or
     * tabled since): then the page asks before closing its vote, and the second press moves on.
     */
    private void moveOnFrom(String round) {
        press("Next phase now");
        String asks = "[...document.querySelectorAll('#controls button')].some(b => b.textContent.startsWith("
                + "'Really move on'))";
        page.waitUntil(
                "!document.querySelector('#phase').textContent.startsWith(" + BrowserPage.quote(round) + ") || " + asks,
                "the next phase, or the question");
        if (page.eval(asks).asBoolean()) {
            pressStartingWith("Really move on and close ");
        }
    }

    /** An open vote, closed from the list of open votes after a second press, and said closed. */
    private void theTeacherClosesOneVoteNow() {
        page.waitUntil("!document.querySelector('#open-votes').hidden", "the open votes listed");
        String id = page.text("document.querySelector('#open-votes-list button').getAttribute('aria-label')"
                + ".replace('Close the vote on amendment ', '')");
        String clause = page.text("document.querySelector('#open-votes-list li').textContent.split('\u201d')[0]");
        page.click("[aria-label='Close the vote on amendment " + id + "']");
        page.waitUntil(
                "document.querySelector(\"[aria-label='Really close the vote on amendment " + id + "']\")",
                "asked once more");
        page.click("[aria-label='Really close the vote on amendment " + id + "']");
        page.waitUntil(
                "document.querySelector('#open-votes-status').textContent.startsWith('Closed the vote on ' + "
                        + BrowserPage.quote(clause) + ") && !document.querySelector(\"#open-votes-list"
                        + " [aria-label$='amendment " + id + "']\")",
                "the vote closed, and said so");
    }

    /** Lin, moved to watching during the summit, leaves Germany with nobody: the page says so, with a bot for it. */
    private void aSeatLeftWithNobodyIsSaidWithABotToPutThere() {
        move("Lin", "watching");
        page.waitUntil(
                "document.querySelector('#monitor-status').textContent.startsWith('Germany has nobody now: it makes no"
                        + " moves, and abstains at the end unless someone plays it.')"
                        + " && document.querySelector('#monitor-status button')",
                "the empty seat said, with a bot for it");
        page.click("#monitor-status button");
        page.waitUntil(
                "document.querySelector('#monitor-status').textContent === 'A bot plays Germany now, until you move a"
                        + " student there.' && [...document.querySelectorAll('#monitor tbody tr')].some(tr =>"
                        + " tr.cells[0].textContent.startsWith('Germany') && tr.cells[2].textContent === 'a bot')",
                "a bot on Germany");
    }

    /** The teacher moves {@code student} to {@code to} (a seat, or "watching") from the list of students. */
    private void move(String student, String to) {
        page.eval("{ const li = [...document.querySelectorAll('#players li')].find(x => x.textContent.includes('"
                + student + "')); li.querySelector('select').value = '" + to + "';"
                + " li.querySelector(\"[aria-label='Move " + student + "']\").click(); }");
    }

    /** A student in the browser whom the teacher moves to watching reads why the page changed. */
    private void aStudentMovedToWatchingIsToldSo(String code) throws Exception {
        BrowserPage mia = chromium.open(1366, 768);
        takeSeat(mia, code, "Mia", "austria", "Austria");
        page.waitUntil(
                "document.querySelector('#players') && document.querySelector('#players').innerText"
                        + ".includes('Mia')",
                "Mia among the students");
        move("Mia", "watching");
        mia.waitUntil(
                "document.querySelector('#notice').textContent === 'The teacher moved you to watching: you no longer"
                        + " play Austria. Ask the teacher if you should have a seat.'",
                "Mia told that she was moved");
        // Her page is a watcher's now: the room's text and talk, nothing of a seat's own.
        mia.waitUntil("document.querySelector('#title').textContent === 'Watching'", "a watcher's title");
        JsonNode watching = mia.eval("(() => ({ brief: document.querySelector('#brief-title').textContent,"
                + " text: document.querySelector('#clauses').innerText,"
                + " messages: getComputedStyle(document.querySelector('#private-box')).display,"
                + " decision: getComputedStyle(document.querySelector('#decide-box')).display,"
                + " proposing: document.querySelector('#propose-closed').hidden }))()");
        assertThat(watching.path("brief").asText()).isEqualTo("The briefing");
        assertThat(watching.path("text").asText()).contains("Now reads:").doesNotContain("for you");
        assertThat(watching.path("messages").asText()).isEqualTo("none");
        assertThat(watching.path("decision").asText()).isEqualTo("none");
        assertThat(watching.path("proposing").asBoolean())
                .as("no reason why a watcher cannot propose")
                .isTrue();
        mia.screenshot(shots().resolve("student-watching-1366x768.png"));
        // Watching, she is still among the students, and the teacher can seat her again.
        page.waitUntil(
                "[...document.querySelectorAll('#players li')].some(li => li.textContent.includes('Mia (watching)'))",
                "Mia listed as watching");
        // Chosen and pressed in one script, so that no redraw of the list comes between.
        move("Mia", "austria");
        mia.waitUntil(
                "document.querySelector('#notice').textContent.startsWith('The teacher gave you a seat: you play"
                        + " Austria now.')",
                "Mia told that she has a seat again");
        assertThat(mia.text("document.querySelector('#title').textContent")).isEqualTo("You are Austria");
        assertThat(mia.text("document.querySelector('#clauses').innerText")).contains("for you)");
        assertThat(mia.text("getComputedStyle(document.querySelector('#decide-box')).display"))
                .isNotEqualTo("none");
        page.waitUntil(
                "[...document.querySelectorAll('#players li')].some(li => li.textContent.includes('Mia (Austria)'))",
                "Mia listed at Austria again");
        move("Mia", "watching");
        mia.waitUntil(
                "document.querySelector('#notice').textContent.startsWith('The teacher moved you to watching')",
                "Mia watching again");
        assertThat(mia.errors()).isEmpty();
    }
}
