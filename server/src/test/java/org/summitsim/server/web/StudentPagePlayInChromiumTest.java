package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;
import org.summitsim.server.it.TestClient;

/**
 * What a classroom play-test of the student page asked for, in real headless Chromium: the floor
 * follows new lines unless the reader scrolled up (then a cue takes them down); a laptop's
 * screen puts the declaration and the floor side by side, a phone keeps one column; the propose
 * form says why it is closed and never offers the wording the text already reads; vote counts
 * count sponsors as the rules do; the coalition pledge; pledges named by what they say; the
 * projection's range worded as what it is; "I am done" answered. Screenshots go to
 * web-screenshots/.
 */
@IntegrationTest
class StudentPagePlayInChromiumTest extends PagesInChromium {

    private static final String FLOOR_BOX = "document.querySelector('#floor').parentElement";

    /** One decision's lines among the choices: from "Sign:" (say) to the next decision's. */
    private static String choice(String choices, String decision) {
        int from = choices.indexOf(decision);
        int to = choices.length();
        for (String next : List.of("Sign:", "Abstain:", "Push for binding law:")) {
            int at = choices.indexOf("\n" + next, from + 1);
            if (at > from && at < to) {
                to = at;
            }
        }
        return choices.substring(from, to);
    }

    @Test
    void theFloorFollowsNewLinesUnlessTheReaderScrolledUpAndSitsBesideTheDeclaration() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "germany", "Germany");
        for (int i = 0; i < 30; i++) {
            china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Point " + i + " from China, in a few words.\"}");
        }
        page.waitUntil("document.querySelector('#floor').innerText.includes('Point 29 ')", "thirty lines");

        // A laptop: the floor beside the declaration, on the first screen, with room to read.
        JsonNode layout = page.eval("(() => { const t = document.querySelector('#text-box').getBoundingClientRect();"
                + " const f = document.querySelector('#floor-box').getBoundingClientRect();"
                + " const s = document.querySelector('#say-form').getBoundingClientRect();"
                + " return { textRight: t.right, floorLeft: f.left, floorTop: f.top, sayBottom: s.bottom,"
                + " log: " + FLOOR_BOX + ".clientHeight, width: f.width, wide: t.width }; })()");
        assertThat(layout.path("floorLeft").asDouble())
                .as("the floor beside the declaration")
                .isGreaterThan(layout.path("textRight").asDouble());
        assertThat(layout.path("floorTop").asDouble())
                .as("the floor at the top")
                .isLessThan(120);
        assertThat(layout.path("sayBottom").asDouble())
                .as("the floor and its form on the first screen")
                .isLessThan(768);
        assertThat(layout.path("log").asInt()).as("the floor's height").isGreaterThan(350);
        assertThat(layout.path("width").asDouble() + layout.path("wide").asDouble())
                .as("the two columns use the width")
                .isGreaterThan(1200);
        page.screenshot(shots().resolve("student-play-1366x768.png"));

        // At the bottom, the floor follows each new line, also after the column changed width.
        page.waitUntil(atBottom(), "the floor at its newest line");
        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"The newest point.\"}");
        page.waitUntil(
                "document.querySelector('#floor').innerText.includes('The newest point.') && " + atBottom(),
                "the floor following the newest line");
        page.start(1100, 700);
        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"After the window narrowed.\"}");
        page.waitUntil(
                "document.querySelector('#floor').innerText.includes('After the window narrowed.') && " + atBottom(),
                "the floor following after a reflow");
        assertThat(page.eval("document.querySelector('#floor-newer').hidden").asBoolean())
                .isTrue();

        // Scrolled up to read: a new line does not move the text; a cue says there is more below.
        page.eval(FLOOR_BOX + ".scrollTop = 0");
        page.waitUntil("!(" + atBottom() + ")", "the reader scrolled up");
        china.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"While you read.\"}");
        page.waitUntil(
                "document.querySelector('#floor').innerText.includes('While you read.')"
                        + " && !document.querySelector('#floor-newer').hidden",
                "the new-messages cue");
        assertThat(page.eval(FLOOR_BOX + ".scrollTop").asInt()).as("not yanked").isZero();
        page.click("#floor-newer");
        page.waitUntil(atBottom() + " && document.querySelector('#floor-newer').hidden", "taken to the newest line");
        assertThat(page.errors()).isEmpty();

        // A phone: one column, nothing wider than the screen.
        BrowserPage phone = chromium.open(390, 844);
        takeSeat(phone, room.code(), "Bo", "austria", "Austria");
        phone.waitUntil("document.querySelector('#floor').innerText.includes('While you read.')", "the floor");
        JsonNode narrow = phone.eval("(() => { const t = document.querySelector('#text-box').getBoundingClientRect();"
                + " const f = document.querySelector('#floor-box').getBoundingClientRect();"
                + " return { textLeft: t.left, floorLeft: f.left, floorTop: f.top, textBottom: t.bottom,"
                + " scroll: document.documentElement.scrollWidth }; })()");
        assertThat(narrow.path("floorLeft").asDouble())
                .isEqualTo(narrow.path("textLeft").asDouble());
        assertThat(narrow.path("floorTop").asDouble())
                .as("the floor right under the declaration")
                .isGreaterThan(narrow.path("textBottom").asDouble());
        assertThat(narrow.path("scroll").asInt()).as("no sideways scrolling").isLessThanOrEqualTo(390);
        phone.screenshot(shots().resolve("student-play-390x844.png"));

        // An amendment that would put Austria's red line in the text says so on its card.
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"instrument\",\"option\":\"sufficient\",\"rationale\":\"Enough.\"}");
        phone.waitUntil(
                "[...document.querySelectorAll('#clauses .amendment')].some(a => a.innerText.includes('Existing law is"
                        + " enough') && a.querySelector('.bad') && a.querySelector('.bad').textContent === ' your red"
                        + " line!')",
                "the red line on the amendment");
        assertThat(phone.errors()).isEmpty();
    }

    @Test
    void beforePlayTheBriefTakesTheWideColumn() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        takeSeat(page, room.code(), "Ada", "germany", "Germany");
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        page.waitUntil("document.querySelector('#phase').textContent.startsWith('Briefing')", "the briefing");
        JsonNode brief = page.eval("(() => { const b = document.querySelector('#brief-box').getBoundingClientRect();"
                + " const t = document.querySelector('#text-box').getBoundingClientRect();"
                + " const f = document.querySelector('#floor-box').getBoundingClientRect();"
                + " return { width: b.width, top: b.top, right: b.right, textTop: t.top, floorLeft: f.left,"
                + " floorTop: f.top }; })()");
        assertThat(brief.path("width").asDouble()).as("the brief's width").isGreaterThan(700);
        assertThat(brief.path("top").asDouble())
                .as("the brief first")
                .isLessThan(brief.path("textTop").asDouble());
        assertThat(brief.path("floorLeft").asDouble())
                .as("the talk beside the brief")
                .isGreaterThan(brief.path("right").asDouble());
        assertThat(brief.path("floorTop").asDouble()).isLessThan(120);
        page.screenshot(shots().resolve("student-briefing-1366x768.png"));
        BrowserPage phone = chromium.open(390, 844);
        takeSeat(phone, room.code(), "Bo", "austria", "Austria");
        phone.waitUntil("document.querySelector('#phase').textContent.startsWith('Briefing')", "the briefing");
        assertThat(phone.eval("document.documentElement.scrollWidth <= 390").asBoolean())
                .as("no sideways scrolling")
                .isTrue();
        assertThat(phone.eval("document.querySelector('#brief-box').getBoundingClientRect().bottom"
                                + " < document.querySelector('#text-box').getBoundingClientRect().top")
                        .asBoolean())
                .as("the brief first on a phone")
                .isTrue();
        phone.screenshot(shots().resolve("student-briefing-390x844.png"));
    }

    @Test
    void theProposeFormOffersOnlyNewWordingsSaysWhyWhenClosedAndVotesCountAsTheRulesDo() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        TestClient us = player(room, "united-states", "Sam");
        TestClient austria = player(room, "austria", "Eva");
        // People at every other seat, so that no bot's vote races the counts.
        TestClient netherlands = player(room, "netherlands", "Nel");
        TestClient costaRica = player(room, "costa-rica", "Cruz");
        try {
            page = chromium.open(1366, 768);
            seat(room.code(), "Ada", "germany", "Germany");

            // Nothing preselected; the wording the text reads now is marked and cannot be chosen.
            page.select("#propose-clause", "human");
            assertThat(page.text("document.querySelector('#propose-option').value"))
                    .isEmpty();
            assertThat(page.text("document.querySelector('#propose-option option[value=oversight]').textContent"))
                    .endsWith(", the text reads this now)");
            assertThat(page.eval("document.querySelector('#propose-option option[value=oversight]').disabled")
                            .asBoolean())
                    .isTrue();
            page.type("#propose-why", "Humans decide.");
            page.click("#propose-form button[type=submit]");
            page.waitUntil(
                    "document.querySelector('#propose-form .form-error').textContent === 'Choose the new wording first.'",
                    "asked to choose a wording");

            // China's amendment: its sponsor counts as for, the votes add up to the result.
            page.select("#propose-option", "chain");
            assertThat(page.text("document.querySelector('#propose-form .form-error').textContent"))
                    .as("what was wrong, gone once the student put it right")
                    .isEmpty();
            china.commandOk(
                    "ROUND 1",
                    "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"meaningful\",\"rationale\":\"Humans decide.\"}");
            String a1 = amendmentBy(china, "china", "meaningful");
            // The student was writing on that clause: the form keeps their choice and says what happened.
            page.waitUntil(
                    "document.querySelector('#propose-note').textContent === 'China has just proposed \u201cMeaningful"
                            + " human control\u201d here (amendment " + a1 + "). You can co-sponsor it or vote on it;"
                            + " once it is voted on, you can propose another wording for this clause.'",
                    "why the clause cannot take a proposal now");
            assertThat(page.text("document.querySelector('#propose-clause').value"))
                    .isEqualTo("human");
            assertThat(page.text("document.querySelector('#propose-option').value"))
                    .isEqualTo("chain");
            us.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a1 + "\",\"ballot\":\"OPPOSE\"}");
            austria.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a1 + "\",\"ballot\":\"SUPPORT\"}");
            costaRica.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a1 + "\",\"ballot\":\"SUPPORT\"}");
            netherlands.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a1 + "\",\"ballot\":\"ABSTAIN\"}");
            String abstain = "[aria-label=\"Abstain on amendment " + a1 + "\"]";
            page.waitUntil("document.querySelector(" + BrowserPage.quote(abstain) + ")", "the vote buttons");
            // Votes are public: the student sees whom to lobby, by name; and that their vote ends it.
            page.waitUntil(
                    "document.querySelector('#clauses .tally').textContent === 'Sponsors (they count as for): China."
                            + " So far: 3 for, 1 against, 1 abstaining, 1 not voted yet (not voting counts as abstaining"
                            + " when the vote closes). Yours is the last vote: once you cast it, the vote can close at"
                            + " any moment, so lobby first.'",
                    "the count as the rules count it, and the last vote");
            assertThat(page.text("document.querySelector('#clauses .voters').textContent"))
                    .isEqualTo("Voted so far: against, the United States; for, Austria and Costa Rica; abstaining, the"
                            + " Netherlands.");
            page.click(abstain);
            // China's own amendment stays open for the room's vote window: the chair calls it.
            page.waitUntil(
                    "document.querySelector('#clauses .tally').textContent.endsWith('You abstained.')",
                    "the vote cast");
            chair.commandOk("ROUND 1", "{\"type\":\"call_vote\",\"amendment\":\"" + a1 + "\"}");
            page.waitUntil(
                    "document.querySelector('#floor').innerText.includes('Amendment " + a1
                            + " is adopted (3 for, 1 against, 2 abstaining). Against: the United States.')",
                    "the result, agreeing with the count, and who voted against");
            page.waitUntil("document.querySelector('#clauses details.past li')", "the earlier amendment");
            assertThat(page.text("document.querySelector('#clauses details.past li').textContent"))
                    .isEqualTo("Amendment " + a1 + " (\u201cMeaningful human control\u201d): adopted. For: China,"
                            + " Austria and Costa Rica. Against: the United States. Abstained: Germany and the"
                            + " Netherlands.");

            // Amended: the new wording is marked as the current one; the draft can come back, but is not the default.
            page.waitUntil(
                    "document.querySelector('#clauses').innerText.includes('Now reads: Meaningful human control')",
                    "the clause amended");
            page.select("#propose-clause", "process");
            page.select("#propose-clause", "human");
            page.waitUntil(
                    "document.querySelector('#propose-option option[value=meaningful]').disabled"
                            + " && !document.querySelector('#propose-option option[value=oversight]').disabled",
                    "the amended clause's wordings");
            assertThat(page.text("document.querySelector('#propose-option').value"))
                    .isEmpty();
            assertThat(page.text("document.querySelector('#propose-option option[value=meaningful]').textContent"))
                    .endsWith(", the text reads this now)");

            // Every clause with an open amendment: the form gives way to why, and when it comes back.
            china.commandOk(
                    "ROUND 1",
                    "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"chain\",\"rationale\":\"Commanders.\"}");
            us.commandOk(
                    "ROUND 1",
                    "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"bridge\",\"rationale\":\"Keep it.\"}");
            String us1 = amendmentBy(us, "united-states", "bridge");
            page.waitUntil(
                    "document.querySelector('#floor').innerText.includes('The United States proposes amendment " + us1
                            + "')",
                    "a name that takes \"the\", as a sentence begins with it");
            austria.commandOk(
                    "ROUND 1",
                    "{\"type\":\"propose\",\"clause\":\"instrument\",\"option\":\"negotiate\",\"rationale\":\"Law.\"}");
            page.waitUntil("document.querySelector('#propose-form').hidden", "no proposal possible");
            page.waitUntil(
                    "!document.querySelector('#propose-closed').hidden"
                            + " && document.querySelector('#propose-closed').textContent.startsWith("
                            + "'Every clause already has a new wording being voted on')"
                            + " && document.querySelector('#propose-closed').textContent.includes('as soon as one of these"
                            + " votes closes')",
                    "why the form is closed");
            page.eval("document.querySelector('#propose-closed').scrollIntoView({block: 'center'})");
            page.screenshot(shots().resolve("student-propose-closed-1366x768.png"));
            chair.commandOk("ROUND 1", "{\"type\":\"call_vote\",\"amendment\":\"" + us1 + "\"}");
            page.waitUntil(
                    "!document.querySelector('#propose-form').hidden && document.querySelector('#propose-closed').hidden",
                    "the form back once a vote closed");
            assertThat(page.text("document.querySelector('#propose-clause').value"))
                    .as("a clause open to proposals")
                    .isEqualTo("process");
            assertThat(page.errors()).isEmpty();
        } finally {
            for (TestClient c : new TestClient[] {us, austria, netherlands, costaRica}) {
                c.close();
            }
        }
    }

    /**
     * Support promised for a wording binds while the clause reads it: the page warns at an
     * amendment that would replace the standing wording, and not at one on a clause whose
     * promised wording does not stand (voting for it breaks nothing).
     */
    @Test
    void aPromiseOfSupportWarnsOnlyWhereThePromisedWordingStands() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Di", "germany", "Germany");
        String sign = "{\"kind\":\"decide\",\"decision\":\"SIGN\"}";
        String d1 =
                dealFromChinaAccepted(sign, "{\"kind\":\"support\",\"clause\":\"process\",\"option\":\"commission\"}");
        dealFromChinaAccepted(sign, "{\"kind\":\"support\",\"clause\":\"human\",\"option\":\"meaningful\"}");
        // Proposing a replacement for the promised wording that stands would break the promise: the form says so.
        page.select("#propose-clause", "process");
        page.waitUntil(
                "document.querySelector('#propose-option option[value=un]').textContent.endsWith(', breaks your promise"
                        + " in deal " + d1 + ")')",
                "the wording that would break a promise, marked");
        page.select("#propose-clause", "human");
        assertThat(page.text("document.querySelector('#propose-option option[value=chain]').textContent"))
                .as("the promised wording does not stand there: nothing to break")
                .doesNotContain("breaks your promise");
        china.commandOk(
                "ROUND 1", "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"UN.\"}");
        String a1 = amendmentBy(china, "china", "un");
        String note1 = "document.querySelector('[aria-label=\"Amendment " + a1 + "\"] .promise-note')";
        page.waitUntil(note1, "the warning at China's amendment on the clause");
        assertThat(page.text(note1 + ".textContent"))
                .endsWith("which the clause reads now: voting for this amendment breaks it.");

        china.commandOk("ROUND 1", "{\"type\":\"withdraw\",\"amendment\":\"" + a1 + "\"}");
        china.commandOk(
                "ROUND 1", "{\"type\":\"propose\",\"clause\":\"human\",\"option\":\"chain\",\"rationale\":\"Chain.\"}");
        String a2 = "[aria-label=\"Amendment " + amendmentBy(china, "china", "chain") + "\"]";
        page.waitUntil("document.querySelector('" + a2 + "')", "China's other amendment");
        assertThat(page.eval("!document.querySelector('" + a2 + " .promise-note')")
                        .asBoolean())
                .as("the human clause does not read the wording promised: nothing to break")
                .isTrue();
    }

    /**
     * A vote is final, so a promise it breaks is broken at once: the student it was made to reads
     * so among their private messages then, not only in the results.
     */
    @Test
    void aPromiseBrokenByAVoteIsNewsAtOnce() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Di", "germany", "Germany");
        String deal = dealFromChinaAccepted(
                "{\"kind\":\"support\",\"clause\":\"human\",\"option\":\"meaningful\"}",
                "{\"kind\":\"decide\",\"decision\":\"SIGN\"}");
        page.select("#propose-clause", "human");
        page.select("#propose-option", "meaningful");
        page.type("#propose-why", "Humans decide.");
        page.click("#propose-form button[type=submit]");
        String a1 = amendmentBy(china, "germany", "meaningful");
        china.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a1 + "\",\"ballot\":\"OPPOSE\"}");
        page.waitUntil("document.querySelector('#private li.bad')", "the broken promise, in the private log");
        assertThat(page.text("document.querySelector('#private li.bad').innerText"))
                .endsWith("China voted against amendment " + a1 + " and so broke its promise to you in deal " + deal
                        + " (China will support \u201cMeaningful human control\u201d for Human responsibility and"
                        + " control). It costs China trust points at the end; your side of the deal still counts as"
                        + " you promised it.");
    }

    /** A deal the other side broke is news to the student it was made to: the results say so. */
    @Test
    void theResultsSayWhichPromisesMadeToTheStudentWereBroken() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(390, 844);
        seat(room.code(), "Di", "germany", "Germany");
        String sign = "{\"kind\":\"decide\",\"decision\":\"SIGN\"}";
        String deal = dealFromChinaAccepted(sign, sign);
        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        china.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"ABSTAIN\"}");
        chair.commandOk("FINAL", "{\"type\":\"end\"}");

        page.waitUntil("document.querySelector('#promises-to-me')", "the promises made to Germany");
        assertThat(page.text("document.querySelector('#promises-to-me').innerText"))
                .isEqualTo("China\u2019s side of deal " + deal + " (they would sign): broken.");
    }

    /** A student the teacher moved to watching still sees how the summit ended: the results, not a blank page. */
    @Test
    void aStudentMovedToWatchingSeesTheResultsAtTheEnd() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(390, 844);
        seat(room.code(), "Di", "germany", "Germany");
        JsonNode presence = chair.find(
                n -> n.path("type").asText().equals("presence")
                        && n.path("players").findValuesAsText("name").contains("Di"),
                "Di in the room's presence");
        String di = "";
        for (JsonNode p : presence.path("players")) {
            di = p.path("name").asText().equals("Di") ? p.path("player").asText() : di;
        }
        chair.awaitReply(
                chair.request(TestClient.msg("move_player").put("player", di).putNull("seat")));
        page.waitUntil("document.querySelector('#title').textContent === 'Watching'", "a watcher's page");
        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        chair.commandOk("FINAL", "{\"type\":\"end\"}");
        page.waitUntil(
                "!document.querySelector('#results-box').hidden && document.querySelector('#final-text')"
                        + " && document.querySelector('#results').innerText.includes('This class and what really happened')",
                "the results on the watcher's page");
        assertThat(page.text("document.querySelector('#results').innerText"))
                .as("nothing of a seat's own for a watcher")
                .doesNotContain("Your result", "Your decision, in hindsight");
        assertThat(page.errors()).isEmpty();
    }

    @Test
    void pledgesReadOnceTheCoalitionPledgeAndTheDecisionNamesThePledgeItWouldBreak() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Di", "germany", "Germany");

        // A pledge whose words only repeat its terms reads once.
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"process\",\"options\":[\"un\"]}],"
                        + "\"text\":\"China will sign if \\\"Where the work continues\\\" reads: \\\"The UN route only\\\".\"}");
        page.waitUntil("document.querySelector('#pledges').innerText.includes('China')", "China's pledge");
        assertThat(page.text("document.querySelector('#pledges li').innerText"))
                .isEqualTo(
                        "China will sign if \u201cWhere the work continues\u201d reads \u201cThe UN route only\u201d.");
        page.waitUntil(
                "[...document.querySelectorAll('#floor li')].some(li => li.innerText.endsWith("
                        + "'Pledge: China will sign if \u201cWhere the work continues\u201d reads \u201cThe UN route only\u201d.'))",
                "the pledge once on the floor");

        // A condition that allows every wording but one names the one it rules out, and words
        // that list the wordings allowed instead add nothing, so they are not shown again.
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"instrument\","
                        + "\"options\":[\"silent\",\"consider\",\"sufficient\"]}],\"text\":\"China will sign if"
                        + " \\\"A legally binding instrument\\\" reads \\\"Not mentioned\\\", \\\"Consider whether new law is"
                        + " needed\\\" or \\\"Existing law is enough\\\".\"}");
        page.waitUntil("document.querySelectorAll('#pledges li').length === 2", "China's second pledge");
        assertThat(page.text("document.querySelectorAll('#pledges li')[1].innerText"))
                .isEqualTo("China will sign if \u201cA legally binding instrument\u201d does not read"
                        + " \u201cCall for treaty negotiations\u201d.");

        // The coalition pledge, offered with a push only.
        page.select("#pledge-decision", "SIGN");
        assertThat(page.eval("document.querySelector('#pledge-coalition-choice').hidden")
                        .asBoolean())
                .isTrue();
        page.select("#pledge-decision", "PUSH_BINDING");
        assertThat(page.eval("document.querySelector('#pledge-coalition-choice').hidden")
                        .asBoolean())
                .isFalse();
        assertThat(page.text("document.querySelector('label[for=pledge-coalition]').textContent"))
                .startsWith("Only if enough states push with us (at least 8 states");
        page.click("#pledge-coalition");
        page.type("#pledge-text", "A treaty, together or not at all.");
        page.click("#pledge-form button[type=submit]");
        JsonNode pledge = china.await(
                        n -> isEvent(n, "pledge_made")
                                && n.path("event").path("seat").asText().equals("germany"),
                        "Germany's coalition pledge")
                .path("event");
        assertThat(pledge.path("decision").asText()).isEqualTo("PUSH_BINDING");
        assertThat(pledge.path("ifCoalition").asBoolean()).isTrue();
        page.waitUntil(
                "document.querySelector('#pledges').innerText.includes('Germany will push for binding law, but only if"
                        + " enough states push with us (8 needed): \u201cA treaty, together or not at all.\u201d')",
                "the coalition pledge listed");
        // The projector says the pledges as they were made, condition and all.
        BrowserPage projector = chromium.open(1366, 768);
        projector.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
        projector.waitUntil("document.querySelectorAll('#p-pledges li').length === 3", "the pledges on the projector");
        assertThat(projector.text(
                        "[...document.querySelectorAll('#p-pledges li')].map(li => li.innerText).join('\\n')"))
                .isEqualTo(
                        "China will sign if \u201cWhere the work continues\u201d reads \u201cThe UN route only\u201d.\n"
                                + "China will sign if \u201cA legally binding instrument\u201d does not read"
                                + " \u201cCall for treaty negotiations\u201d.\n"
                                + "Germany will push for binding law, but only if enough states push with them (8 needed).");

        // A pledge that binds: the final choices name it by what it says, not by a number.
        page.select("#pledge-decision", "SIGN");
        page.select("#pledge-clause", "human");
        page.select("#pledge-option", "oversight");
        page.click("#pledge-form button[type=submit]");
        china.await(
                n -> isEvent(n, "pledge_made")
                        && n.path("event").path("seat").asText().equals("germany")
                        && n.path("event").path("decision").asText().equals("SIGN"),
                "Germany's pledge to sign");
        String projection = "document.querySelector('#decision').innerText";
        page.waitUntil(projection + ".includes('if those without a pledge all do the same')", "the projection's range");
        assertThat(page.text(projection))
                .contains("holds now (a decision already made stays secret until the reveal): the range is what you"
                        + " get if they all sign, all abstain or all push. A mix of those, or a change to the text, can"
                        + " give you more or less.")
                .doesNotContain("could be");

        // "I am done": the student is told they are marked done, and what they wait for.
        page.click("#ready");
        page.waitUntil(
                "document.querySelector('#ready-note').textContent.startsWith('You are marked as done with this phase.')"
                        + " && document.querySelector('#ready').hidden",
                "the answer to I am done");
        assertThat(page.text("document.querySelector('#ready-note').textContent"))
                .contains("when every delegation is done, when the teacher moves on, or when the time runs out");
        // On a phone the bar that stays on screen keeps to the delegation, the phase and the clock:
        // the note's three sentences sit under it and scroll away with the page.
        page.start(390, 844);
        page.waitUntil("window.innerWidth === 390", "the phone's width");
        page.eval("window.scrollTo(0, 0)");
        JsonNode phone = page.eval("(() => { const bar = document.querySelector('header.bar').getBoundingClientRect();"
                + " const note = document.querySelector('#ready-note').getBoundingClientRect();"
                + " return { bar: bar.height, noteTop: note.top, noteHeight: note.height }; })()");
        assertThat(phone.path("bar").asDouble())
                .as("the sticky bar's height on a phone")
                .isLessThan(90);
        assertThat(phone.path("noteTop").asDouble())
                .as("the note under the bar")
                .isGreaterThanOrEqualTo(phone.path("bar").asDouble());
        assertThat(phone.path("noteHeight").asDouble()).as("the note shown").isGreaterThan(0);
        page.start(1366, 768);

        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        page.waitUntil(
                "!document.querySelector('#ready-note').textContent.startsWith('You are marked')",
                "a new phase, not done yet");

        // When everyone else is done, the press would end the phase for the whole room: it asks first.
        china.commandOk("ROUND 2", "{\"type\":\"ready\"}");
        page.waitUntil(
                "document.querySelector('#ready-note').textContent === '5 of the 5 other delegations are done with this"
                        + " phase.' && !document.querySelector('#ready').hidden",
                "the others counted as done");
        page.click("#ready");
        page.waitUntil(
                "document.querySelector('#ready').textContent === 'Press again to end this phase for everyone now'",
                "the question before ending the phase for everyone");
        assertThat(page.text("document.querySelector('#ready-note').textContent"))
                .startsWith("Every other delegation is done: your press ends this phase (Negotiation round 2 of 2)"
                        + " at once");
        assertThat(page.text("document.querySelector('#phase').textContent")).startsWith("Negotiation round 2");
        page.click("#ready");
        page.waitUntil("!document.querySelector('#decide-form').hidden", "the decision form");
        String choices = page.text("document.querySelector('#decide-choices').innerText");
        String signPledge = "your pledge to sign if \u201cHuman responsibility and control\u201d reads"
                + " \u201cAppropriate human oversight (draft)\u201d";
        // Not pushing breaks the coalition pledge only if this push was the one the coalition
        // lacked: the choices say so, once, as a risk, each promise on a line of its own.
        String coalitionPledge = "your pledge to push for binding law if enough states push with you";
        String risk = "If the coalition for binding law falls short by your push alone, this ";
        assertThat(choice(choices, "Sign:"))
                .contains(risk + "breaks " + coalitionPledge + ": you would lose trust points at the end.")
                .doesNotContain("This breaks");
        assertThat(choice(choices, "Abstain:"))
                .contains("\nThis breaks " + signPledge + ": you lose trust points at the end")
                .contains("\n" + risk + "also breaks " + coalitionPledge + ".");
        assertThat(choice(choices, "Push for binding law:"))
                .contains("This breaks " + signPledge + ": you lose trust points at the end")
                .doesNotContain(risk);
        assertThat(choices).doesNotContainPattern("\\bP[0-9]");
        // Where the push stands, in states: the student's latest pledge, to sign, took the place of the push.
        assertThat(page.text("document.querySelector('#push-note').textContent"))
                .isEqualTo("Binding law needs 8 states pushing for it. Pledged to push now: 0 states; 1 state with"
                        + " you: not enough yet, and a push that falls short costs those who made it.");
        page.eval("window.scrollTo(0, 0)");
        page.screenshot(shots().resolve("student-final-choices-1366x768.png"));

        // The last decision ends the summit at once: the first press says so, the second decides.
        china.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"SIGN\"}");
        page.waitUntil(
                "document.querySelector('#decided-note').textContent === 'Every other delegation has decided: yours"
                        + " ends the summit, and the results come at once.'",
                "the five other delegations decided, in the decision box");
        page.click("#decide-sign");
        page.click("#decide-form button[type=submit]");
        page.waitUntil(
                "document.querySelector('#decide-form .form-error').textContent.startsWith('Every other delegation"
                        + " has decided: yours ends the summit at once, and the results come. Press again to sign.')",
                "the question before the last decision");
        assertThat(page.text("document.querySelector('#decide-form button[type=submit]').textContent"))
                .isEqualTo("Decide, and end the summit");
        assertThat(page.eval("document.querySelector('#results-box').hidden").asBoolean())
                .as("not decided yet")
                .isTrue();
        page.click("#decide-form button[type=submit]");
        // The results come into sight where the student was reading.
        page.waitUntil(
                "!document.querySelector('#results-box').hidden"
                        + " && Math.abs(document.querySelector('#results-box').getBoundingClientRect().top) < 120",
                "the results, scrolled into sight");
        assertThat(page.errors()).isEmpty();
    }

    private static String atBottom() {
        return "(" + FLOOR_BOX + ".scrollTop + " + FLOOR_BOX + ".clientHeight >= " + FLOOR_BOX + ".scrollHeight - 2)";
    }

    /** The id of the amendment a seat proposed to make a clause read a wording, as the client heard it. */
    private static String amendmentBy(TestClient client, String seat, String option) {
        return client.find(
                        n -> isEvent(n, "amendment_proposed")
                                && n.path("event").path("seat").asText().equals(seat)
                                && n.path("event").path("option").asText().equals(option),
                        "the amendment of " + seat)
                .path("event")
                .path("amendment")
                .asText();
    }

    /** Another delegation played over the line protocol, seated before the bots fill the rest. */
    private TestClient player(SummitServer.Created room, String seat, String name) throws IOException {
        TestClient c = TestClient.hello(server.port(), name);
        c.awaitReply(c.request(TestClient.msg("join")
                .put("code", room.code())
                .put("role", "player")
                .put("seat", seat)
                .put("name", name)));
        return c;
    }
}
