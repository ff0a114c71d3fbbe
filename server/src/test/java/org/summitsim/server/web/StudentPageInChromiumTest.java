package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.it.TestServer;

/**
 * The student page in real headless Chromium against a real server: a student joins from the
 * page, reads the brief, proposes, votes and writes privately, reloads and is back in the
 * seat with nothing shown twice; hostile text from another player shows as plain text; every
 * page passes the accessibility checker. Screenshots go to the build directory's
 * web-screenshots/ for people to look at.
 */
@IntegrationTest
class StudentPageInChromiumTest extends PagesInChromium {

    @Test
    void aStudentJoinsReadsTheBriefProposesVotesAndIsBackInTheSeatAfterAReload() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "germany", "Germany");

        assertThat(page.text("document.querySelector('#brief').innerText"))
                .contains(
                        "Your secret instructions",
                        "Your government rejects weapons that escape human control",
                        "Signing also counts up to +4 points if the final text holds all you want, and down to"
                                + " \u22124 if it holds none of it.");
        // What play earns besides the text (Germany's influence 3, breadth 10, trust 6), as the console's brief says.
        assertThat(page.text("document.querySelector('#also-counts').innerText"))
                .contains(
                        "The final text, whatever you decide: each clause adds what its wording is worth to you",
                        "Each amendment of yours that the room adopts: +3 points; each you co-sponsor that is adopted:"
                                + " +1.5; each of yours that is rejected: \u22121.5 (at most +9 in all",
                        "Up to +10 points the more states sign.",
                        "Up to \u22126 points for promises you break.");
        // Every other number of the seat: binding law and a failed push, partners, what signing costs.
        assertThat(page.text("document.querySelector('#at-stake').innerText"))
                .contains(
                        "Binding law, if enough states push: +2 points if you pushed, +1 if you did not. A push that"
                                + " falls short costs you \u22128.",
                        "Partners you want to decide alongside: Netherlands, United States (up to +5 points the more"
                                + " of them decide as you do).",
                        "Signing a text that says \u201cCall for treaty negotiations\u201d (A legally binding"
                                + " instrument) costs you \u22123 points besides what the wording is worth.");
        // How binding law is reached, with the states outside the room counted, as the console says it.
        assertThat(page.text("document.querySelector('#binding-rule').textContent"))
                .isEqualTo("Binding law: a treaty track starts if at least 8 states push for it, counting the 74"
                        + " states outside this room (some follow a delegation here when it pushes).");
        assertThat(page.text("document.querySelector('#brief').textContent"))
                .contains(
                        "The Hague, February 2023.",
                        "A delegation that does not decide will abstain (the default).",
                        // the room's rule as a student reads it, not as the rules state it
                        "An amendment passes when no more than 2 delegations vote against it, and more vote for it"
                                + " than against.")
                .doesNotContain("consensus:");
        assertThat(page.text("document.querySelector('#clauses').innerText")).contains("Now reads:", "for you)");
        // In play the brief is far down the page: the bar, always in sight, takes the student there.
        page.eval("window.scrollTo(0, document.body.scrollHeight)");
        page.click("#to-brief");
        page.waitUntil(
                "(() => { const r = document.querySelector('#brief-box').getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < innerHeight / 2; })()",
                "the brief in sight, under the bar");
        page.eval("window.scrollTo(0, 0)");
        // Every choice among the role's lowest results on the draft: said in words, not left as a row of zeros.
        JsonNode outOf100 = page.eval("[...document.querySelectorAll('#decision li')]"
                + ".map(li => Number(li.textContent.match(/\\((\\d+) out of 100\\)/)[1]))");
        assertThat(outOf100).hasSize(3);
        boolean allLow = true;
        for (JsonNode n : outOf100) {
            allLow &= n.asInt() < 10;
        }
        assertThat(page.text("document.querySelector('#decision').innerText")
                        .contains("every choice gives one of the lowest results Germany gets"))
                .as("the note, for out-of-100 figures %s", outOf100)
                .isEqualTo(allLow);
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
        page.waitUntil(
                "document.querySelector('#phase').textContent.endsWith(' · 1 vote waits for you')",
                "the vote waiting, next to the phase");
        // Among nine clauses a vote is hard to find: the words take the student to it.
        page.click("#phase .to-vote");
        page.waitUntil(
                "document.activeElement && document.activeElement.getAttribute('aria-label') === 'Support amendment "
                        + amendment + "'",
                "the vote's Support button, in sight and focused");
        page.click(support);
        china.await(
                n -> isEvent(n, "vote_cast")
                        && n.path("event").path("seat").asText().equals("germany")
                        && n.path("event").path("ballot").asText().equals("SUPPORT"),
                "Germany's vote");
        page.waitUntil("document.querySelector('#clauses').innerText.includes('You voted for')", "the vote shown");
        page.waitUntil("!document.querySelector('#phase').textContent.includes('for you')", "no vote waiting");

        // Nobody is chosen at first: a message is never sent to whoever happens to head the list.
        page.type("#dm-text", "Can we talk about the forum?");
        page.click("#dm-form button[type=submit]");
        page.waitUntil(
                "document.querySelector('#dm-form .form-error').textContent === 'Choose whom to write to first.'",
                "the form asking whom to write to");
        assertThat(page.text("document.querySelector('#dm-text').value")).isEqualTo("Can we talk about the forum?");
        page.select("#dm-to", "china");
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
        // The teacher still sees who sits at Germany: the page's resume carries the student's name.
        assertThat(namesAtSeat("germany")).containsExactly("Ada");

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
        assertThat(page.text("document.querySelector('#pledge-option option[value=meaningful]').textContent"))
                .as("the pledge's wordings say what each is worth, as the amendment and deal forms do")
                .isEqualTo("Meaningful human control (+5 for you)");
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
        // The form says it is done and starts afresh, instead of inviting the same pledge again.
        page.waitUntil(
                "document.querySelector('#pledge-done').textContent.startsWith('Pledged')"
                        + " && document.querySelector('#pledge-clause').value === ''"
                        + " && document.querySelector('#pledge-text').value === ''",
                "the pledge form set back");
        page.waitUntil(
                "document.querySelector('#pledges').innerText.includes('Germany will sign if \u201cHuman responsibility"
                        + " and control\u201d reads')",
                "the pledge listed");

        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        page.waitUntil("!document.querySelector('#decide-form').hidden", "the decision form in FINAL");
        String choices = page.text("document.querySelector('#decide-choices').innerText");
        assertThat(choices)
                .containsPattern("Sign: \u2212?[0-9]+\\.[0-9] points \\([0-9]+ out of 100\\)")
                .containsPattern("Abstain: \u2212?[0-9]+\\.[0-9] points")
                .containsPattern("Push for binding law: \u2212?[0-9]+\\.[0-9] points");
        // the pledge to sign holds (meaningful human control was adopted): the other choices break it
        assertThat(choices.lines().filter(l -> l.contains("This breaks your pledge")))
                .hasSize(2)
                .allMatch(
                        l -> !l.startsWith("Sign")
                                && l.contains(
                                        "This breaks your pledge to sign if \u201cHuman responsibility and control\u201d reads"
                                                + " \u201cMeaningful human control\u201d: you lose trust points at the end (already counted in these points)"));
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
                        "less half for each of yours that failed (never below 0",
                        "Your pledge to sign if \u201cHuman responsibility and control\u201d reads",
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
        // The student's own result first, in points and out of 100.
        assertThat(page.text("document.querySelector('#results > p').id")).isEqualTo("my-result");
        assertThat(page.text("document.querySelector('#my-result').textContent"))
                .isEqualTo("Your result: "
                        + String.format(
                                java.util.Locale.ROOT,
                                "%.1f",
                                germany.path("total").asDouble())
                        + " points, " + Math.round(germany.path("percent").asDouble()) + " out of 100: "
                        + band(Math.round(germany.path("percent").asDouble()))
                        + " (50 is typical).");
        // The words at each edge of the bands, from the page's own module.
        assertThat(page.text("import(document.querySelector('script[type=module]').src.replace('student.js',"
                        + " 'words.js')).then(W => [0, 9, 10, 34, 35, 65, 66, 89, 90, 100]"
                        + ".map(p => p + ': ' + W.resultBand(p, 'China')).join('; '))"))
                .isEqualTo("0: among the lowest results China gets; 9: among the lowest results China gets;"
                        + " 10: below the typical result for China; 34: below the typical result for China;"
                        + " 35: about the typical result for China; 65: about the typical result for China;"
                        + " 66: above the typical result for China; 89: above the typical result for China;"
                        + " 90: among the best results China gets; 100: among the best results China gets");
        // An amendment back to the draft's wording says so, without the scenario's "(draft)" mark.
        assertThat(page.text("import(document.querySelector('script[type=module]').src.replace('student.js',"
                        + " 'words.js')).then(W => W.proposedWording('Not mentioned (draft)') + ' / '"
                        + " + W.proposedWording('Call for treaty negotiations'))"))
                .isEqualTo("\u201cNot mentioned\u201d (back to the draft) / \u201cCall for treaty negotiations\u201d");
        assertThat(page.eval("!!document.querySelector('#my-result-why')").asBoolean())
                .as("the room's part in a low result said")
                .isEqualTo(Math.round(germany.path("percent").asDouble()) < 35);
        // What each decision would have scored Germany: its own (sign) row is its result, the verdict fits the rows.
        assertThat(results).contains("Your decision, in hindsight");
        assertThat(page.text("document.querySelector('#hindsight tr.current').innerText"))
                .startsWith("Sign (yours)")
                .contains(String.valueOf(Math.round(germany.path("percent").asDouble())))
                .contains(String.format(
                        java.util.Locale.ROOT, "%.1f", germany.path("total").asDouble()));
        JsonNode points = page.eval(
                "[...document.querySelectorAll('#hindsight tbody tr')].map(r => Number(r.cells[2].textContent))");
        assertThat(points).hasSize(3);
        double sign = points.get(0).asDouble();
        double better = Math.max(points.get(1).asDouble(), points.get(2).asDouble());
        String gerund = points.get(1).asDouble() >= points.get(2).asDouble() ? "abstaining" : "pushing for binding law";
        String verdict = page.text("document.querySelector('#hindsight-verdict').innerText");
        assertThat(verdict).startsWith("Your choice was ");
        if (better - sign < -0.1) {
            assertThat(verdict).contains("the best of the three");
        } else if (better - sign > 0.1) {
            // The rows are rounded to a tenth, the page's gap is not: it may differ by a tenth.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("was ([0-9.]+) points below (.+?)\\.")
                    .matcher(verdict);
            assertThat(m.find()).as(verdict).isTrue();
            assertThat(Double.parseDouble(m.group(1)))
                    .isCloseTo(better - sign, org.assertj.core.data.Offset.offset(0.11));
            assertThat(m.group(2)).isEqualTo(gerund);
        }
        // Every delegation's result against its usual, the student's own marked; the class beside reality.
        assertThat(page.eval("document.querySelectorAll('#results .chart .row').length")
                        .asInt())
                .isEqualTo(6);
        assertThat(page.text("document.querySelector('#results .chart .row.current').getAttribute('aria-label')"))
                .startsWith("Germany: ")
                .contains(Math.round(germany.path("percent").asDouble()) + " out of 100 against its usual");
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
        projector.waitUntil(
                "document.querySelector('#p-reveal') && !document.querySelector('#p-reveal').hidden",
                "the reveal begun on the projector");
        projector.clickAsUser("#p-decisions"); // a click, like a key, shows the rest at once
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
        // The text the class made, clause by clause in the declaration's order.
        assertThat(projector
                        .eval("[...document.querySelectorAll('#p-final-text li strong')].map(s => s.textContent)")
                        .toString())
                .isEqualTo("[\"Human responsibility and control: \",\"Where the work continues: \","
                        + "\"A legally binding instrument: \"]");
        assertThat(projector.text("document.querySelector('#p-history').innerText"))
                .contains("In reality");
        // Each line fades in (0.6 s): contrast is judged once the fade is over, as the class sees it.
        projector.waitUntil(
                "[...document.querySelectorAll('#p-decisions li')].every(li => getComputedStyle(li).opacity === '1')",
                "the reveal's lines faded in");
        projector.screenshot(shots().resolve("projector-reveal-1920x1080.png"));
        assertThat(accessibilityProblems(projector))
                .as("the projector's reveal")
                .isEmpty();
        assertThat(projector.errors()).isEmpty();
        page.eval("document.querySelector('#results-box').scrollIntoView()");
        page.screenshot(shots().resolve("student-results-1366x768.png"));
        page.eval("document.querySelector('#hindsight-title').scrollIntoView()");
        page.screenshot(shots().resolve("student-hindsight-1366x768.png"));
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

        // With no amendment open, no vote can be promised: the deal form starts on a wording,
        // each with its value for the student.
        page.waitUntil(
                "document.querySelector('#offer-give-kind').value === 'support'"
                        + " && document.querySelector('#offer-give-kind option[value=vote]').disabled",
                "the deal form without a vote to promise");
        assertThat(page.text("document.querySelector('#offer-give-option option').textContent"))
                .endsWith(" for you)");
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
        // With a vote waiting, the bar still keeps to one line on a laptop: the room's long name gives
        // way (a play-test's bar wrapped to two lines, about 100 px, whenever a vote waited).
        page.waitUntil("document.querySelector('.bar .to-vote')", "the vote waiting, in the bar");
        assertThat(page.eval("document.querySelector('header.bar').getBoundingClientRect().height")
                        .asDouble())
                .as("the bar's height at 1366x768 with a vote waiting")
                .isLessThan(70);
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
        assertThat(page.text("document.querySelector('#deals').innerText"))
                .as("the words sent with it, no longer a question once answered")
                .contains("With the offer: My vote for your support.");
        // The messages say what a deal holds, not only its number: offered, then answered.
        String dealId = offered.path("deal").asText();
        page.waitUntil(
                "document.querySelector('#private').innerText.includes('Germany offers China deal " + dealId
                        + ": Germany will vote for amendment " + amendment + ", in return China will support')"
                        + " && document.querySelector('#private').innerText.includes('China accepted deal " + dealId
                        + " (Germany will vote for amendment " + amendment + ", in return China will support')",
                "the deal's terms in the messages");
        // The amendment itself says what the deal binds the student to.
        page.waitUntil(
                "document.querySelector('#clauses').innerText.includes('Your deal " + dealId
                        + " with China promises a vote for this amendment: any other vote breaks it.')",
                "the promise shown at the amendment");

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
                "document.querySelector('#deals').innerText.includes('Germany will sign if \u201cHuman responsibility')",
                "the condition, in words");

        String sign = "{\"kind\":\"decide\",\"decision\":\"SIGN\"}";
        String deal = dealFromChinaAccepted(sign, sign);
        page.screenshot(shots().resolve("student-deals-1366x768.png"));

        // An offer that contradicts the deal just accepted (Germany promised to sign): the page says so.
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                        + "\"want\":{\"kind\":\"decide\",\"decision\":\"ABSTAIN\"}}");
        page.waitUntil(
                "document.querySelector('#deals').innerText.includes('Careful: this contradicts deal " + deal
                        + ", where you will sign. You cannot keep both')",
                "the contradiction named");

        // A bot asking again on the same terms: the page says it is a repeat instead of the terms again.
        String repeatOffer =
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"support\",\"clause\":\"human\","
                        + "\"option\":\"meaningful\"},\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}";
        china.commandOk("ROUND 1", repeatOffer);
        String first = china.find(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event").path("from").asText().equals("china")
                                && n.path("event")
                                        .path("give")
                                        .path("kind")
                                        .asText()
                                        .equals("support"),
                        "China's first offer")
                .path("event")
                .path("deal")
                .asText();
        String decline = "[aria-label=\"Decline deal " + first + "\"]";
        page.waitUntil("document.querySelector(" + BrowserPage.quote(decline) + ")", "a Decline button");
        page.click(decline);
        china.await(
                n -> isEvent(n, "deal_declined")
                        && n.path("event").path("deal").asText().equals(first),
                "the refusal");
        china.commandOk("ROUND 1", repeatOffer);
        page.waitUntil(
                "document.querySelector('#private').innerText.includes('again: the same terms as deal " + first + ".')",
                "the repeat named as one in the messages");
        page.waitUntil(
                "document.querySelector('#deals').innerText.includes('China offers Germany the same terms as deal "
                        + first + " again. Waiting for an answer.')"
                        // the declined one folded away below the live ones
                        + " && document.querySelector('#deals details.old-deals summary').textContent"
                        + " === 'Declined and lapsed deals (1)'"
                        + " && document.querySelector('#deals details.old-deals').textContent.includes('in return"
                        + " Germany will sign. Declined.')",
                "the repeat named as one in the deals");
        // Offers waiting for an answer are counted in the bar, a link to the first (they sit below the floor).
        page.waitUntil("document.querySelector('.bar .to-offer')", "the offers waiting, in the bar");
        assertThat(page.text("document.querySelector('.bar .to-offer').textContent"))
                .isEqualTo("2 offers wait");
        page.click(".bar .to-offer");
        assertThat(page.text("document.activeElement.getAttribute('aria-label')"))
                .matches("Accept deal D\\d+");
        // Support offered for a wording that stands already is a promise to keep it there: the card says so.
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"support\",\"clause\":\"process\","
                        + "\"option\":\"commission\"},\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}");
        page.waitUntil("document.querySelector('#deals .standing-note')", "the note on a wording that stands");
        assertThat(page.text("document.querySelector('#deals .standing-note').textContent"))
                .isEqualTo(
                        "\u201cMulti-stakeholder process, Global Commission, next summit in Korea\u201d stands in the"
                                + " text already: support for it means voting against any amendment that would take it out.");
        assertThat(page.text("document.querySelector('#deals').innerText"))
                .contains("Deal numbers count every offer in the room, most of them between other delegations, so"
                        + " yours skip numbers.");
        assertThat(page.text("document.querySelector('#brief').textContent"))
                .contains("A vote, once cast, is final: it cannot be changed.");

        // A deal that a vote cast since its offer rules out can only be declined, and the page says why.
        String ruledOut = chinaAsksGermanysVote(amendment, "ABSTAIN");
        page.waitUntil(
                "document.querySelector('[aria-label=\"Accept deal " + ruledOut + "\"]')", "the offer's Accept button");
        page.click("[aria-label=\"Support amendment " + amendment + "\"]"); // as deal " + dealId + " promised
        china.await(
                n -> isEvent(n, "vote_cast")
                        && n.path("event").path("seat").asText().equals("germany"),
                "Germany's vote");
        page.waitUntil(
                "document.querySelector('#deals').innerText.includes('It can no longer be kept: a vote cast since it"
                        + " was offered rules out one of its promises.')"
                        + " && !document.querySelector('[aria-label=\"Accept deal " + ruledOut + "\"]')"
                        + " && document.querySelector('[aria-label=\"Decline deal " + ruledOut + "\"]')",
                "only Decline left, and why");
        // The deal form says which votes are cast already: only those can still be promised.
        page.waitUntil(
                "document.querySelector('#offer-give-amendment option[value=" + amendment + "]').textContent"
                        + ".endsWith('(you voted for it; votes do not change)')",
                "the vote cast, named in the deal form");

        // The student's own vote that breaks their side of a deal: its card says so from then on.
        String second = chinaTablesInstead(amendment, "human", "chain");
        String promised = chinaAsksGermanysVote(second, "OPPOSE");
        page.waitUntil("document.querySelector('[aria-label=\"Accept deal " + promised + "\"]')", "its Accept button");
        page.click("[aria-label=\"Accept deal " + promised + "\"]");
        china.await(n -> isEvent(n, "deal_accepted"), "the deal accepted");
        page.waitUntil("document.querySelector('[aria-label=\"Support amendment " + second + "\"]')", "the vote");
        page.click("[aria-label=\"Support amendment " + second + "\"]");
        page.waitUntil(
                "document.querySelector('#deals').innerText.includes('You broke your side when you voted for amendment "
                        + second + ": it costs you trust points at the end.')",
                "the broken side on the deal's card");
        assertThat(page.eval("document.querySelectorAll('#deals .broken-mine').length")
                        .asInt())
                .isEqualTo(1);

        // A promise made to the student that an amendment, adopted, would leave never to come due:
        // said at the amendment before the student votes for it, not first in the results.
        String third = chinaTablesInstead(second, "process", "bridge");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\","
                        + "\"conditions\":[{\"clause\":\"process\",\"options\":[\"commission\"]}]},"
                        + "\"want\":{\"kind\":\"support\",\"clause\":\"instrument\",\"option\":\"consider\"}}");
        String onDraft = china.find(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event")
                                        .path("want")
                                        .path("option")
                                        .asText()
                                        .equals("consider"),
                        "China's offer to sign on the draft's process")
                .path("event")
                .path("deal")
                .asText();
        page.waitUntil("document.querySelector('[aria-label=\"Accept deal " + onDraft + "\"]')", "its Accept button");
        page.click("[aria-label=\"Accept deal " + onDraft + "\"]");
        String lapse = "If this amendment is adopted, China\u2019s promise in deal " + onDraft + " (to sign if";
        page.waitUntil(
                "[...document.querySelectorAll('#clauses .amendment')].some((a) => a.getAttribute('aria-label')"
                        + " === 'Amendment " + third + "' && a.innerText.includes(" + BrowserPage.quote(lapse) + ")"
                        + " && a.innerText.includes('never comes due'))",
                "the lapse said at the amendment");

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

    /**
     * Someone arriving at a summit that has ended is told so in plain words before typing anything,
     * and offered its results on the projector's view; the badge shows no connection under way.
     */
    @Test
    void aLatecomerToAFinishedSummitIsToldItIsOverAndWhereToSeeTheResults() throws Exception {
        SummitServer.Created room = endedWithSilentBots("classroom-mini");

        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/join/" + room.code());
        page.waitUntil("!document.querySelector('#ended-entry').hidden", "the summit said to be over");
        assertThat(page.eval("document.querySelector('#seat-entry').hidden").asBoolean())
                .as("no seat offered")
                .isTrue();
        assertThat(page.text("document.querySelector('#ended-entry').innerText"))
                .contains("This summit is over", "Period 3", "nobody new can join it now", "See the results")
                .doesNotContain("Take your seat", "bot", "spectator", "role", "token");
        assertThat(page.text("document.querySelector('#ended-watch').getAttribute('href')"))
                .isEqualTo("/projector/" + room.code());
        assertThat(page.text("document.querySelector('#link').textContent"))
                .as("the badge")
                .isEmpty();
        assertThat(accessibilityProblems(page))
                .as("the page of a summit that is over")
                .isEmpty();
        page.screenshot(shots().resolve("student-summit-over-1366x768.png"));
        page.click("#ended-watch");
        page.waitUntil(
                "location.pathname.startsWith('/projector/') && !document.querySelector('#p-after').hidden",
                "the results on the projector's view");
        assertThat(page.errors()).isEmpty();
    }

    /**
     * "Abstain: 20.6 points (0 out of 100)" beside "Sign: 37.1 points (42 out of 100)": a
     * play-test's student read positive points at 0 out of 100 as a bug, so the page says once
     * what the second number is. In the final phase the deal form offers only decisions: nothing
     * is voted on again, so a promise of support would be void.
     */
    @Test
    void positivePointsAtZeroOutOfHundredAreExplainedAndTheFinalDealFormOffersDecisions() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "netherlands", "Netherlands");
        page.waitUntil("document.querySelector('.scale-note')", "the note on the scale");
        assertThat(page.text("document.querySelector('#decision').innerText"))
                .contains("Sign: 37.1 points (42 out of 100)", "Abstain: 20.6 points (0 out of 100)")
                .contains("Out of 100 compares the points with the results the Netherlands usually gets (50 is"
                        + " typical), so points above zero can still be 0 out of 100.");
        assertThat(page.eval("document.querySelector('#offer-give-kind option[value=support]').disabled")
                        .asBoolean())
                .isFalse();
        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        page.waitUntil("!document.querySelector('#decide-form').hidden", "the final phase");
        for (String side : new String[] {"give", "want"}) {
            assertThat(page.text("document.querySelector('#offer-" + side + "-kind').value"))
                    .isEqualTo("decide");
            assertThat(page.text(
                            "document.querySelector('#offer-" + side + "-kind option[value=support]').textContent"))
                    .isEqualTo("support for a wording (the rounds are over)");
            assertThat(page.eval("document.querySelector('#offer-" + side + "-kind option[value=support]').disabled")
                            .asBoolean())
                    .isTrue();
        }
        assertThat(page.errors()).isEmpty();
    }

    /**
     * Every choice among the role's lowest results: on the draft the note calls for changing the
     * text; on the final text, with nothing left to change, it says to choose what loses least.
     */
    @Test
    void onTheFinalTextTheLowNoteNoLongerCallsForChangingIt() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "germany", "Germany");
        page.waitUntil("document.querySelector('.low-everywhere')", "the note on the draft");
        assertThat(page.text("document.querySelector('.low-everywhere').textContent"))
                .startsWith("As the text stands now, every choice gives one of the lowest results Germany gets");
        assertThat(page.eval("!!document.querySelector('.scale-note')").asBoolean())
                .as("the note on low results says it already")
                .isFalse();
        chair.commandOk("ROUND 1", "{\"type\":\"advance\"}");
        chair.commandOk("ROUND 2", "{\"type\":\"advance\"}");
        page.waitUntil(
                "!document.querySelector('#decide-form').hidden && document.querySelector('.low-everywhere')"
                        + " && document.querySelector('.low-everywhere').textContent.startsWith('The final text')",
                "the note on the final text");
        assertThat(page.text("document.querySelector('.low-everywhere').textContent"))
                .isEqualTo("The final text leaves every choice among the lowest results Germany gets. The points still"
                        + " differ: choose the decision that loses least.");
        assertThat(page.text("document.querySelector('#decide-box').innerText"))
                .contains("A mix of those can give you more or less.", "projected score on the final text")
                .doesNotContain("change to the text", "if the text stays");
        assertThat(page.errors()).isEmpty();
    }

    /**
     * A student who takes over a bot's seat is told, as they join, that what the bot promised in
     * the seat's name binds them now (a play-test's student found seven deals she never made).
     */
    @Test
    void aStudentTakingOverABotsSeatIsToldWhatItPromised() throws Exception {
        SummitServer.Created room = server.server.createRoom("classroom-mini", OPTIONS);
        chair = TestClient.hello(server.port(), "Teacher");
        chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "coalition")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        chair.await(
                n -> isEvent(n, "pledge_made")
                        && n.path("event").path("seat").asText().equals("costa-rica"),
                "Costa Rica's bot pledging");
        // Bots alone at the table race through the phases: paused, the summit waits for Maya.
        for (int i = 0; i < 5; i++) {
            JsonNode stage = chair.awaitReply(chair.request(TestClient.msg("get_view")))
                    .path("view")
                    .path("stage");
            String text = stage.path("phase").asText()
                    + (stage.path("round").asInt() > 0
                            ? " " + stage.path("round").asInt()
                            : "");
            if (chair.awaitReply(chair.command(text, "{\"type\":\"pause\"}"))
                    .path("type")
                    .asText()
                    .equals("ack")) {
                break; // else the phase moved on between the two requests: again
            }
        }
        page = chromium.open(1366, 768);
        takeSeat(page, room.code(), "Maya", "costa-rica", "Costa Rica");
        page.waitUntil(
                "document.querySelector('#notice').textContent.startsWith('Someone played this seat before you (a"
                        + " bot, most likely). ') && document.querySelector('#notice').textContent.includes(' pledge')",
                "told what was promised in the seat's name");
        assertThat(page.text("document.querySelector('#notice').textContent"))
                .contains("bind you now: a broken promise costs trust points at the end.");
        assertThat(page.errors()).isEmpty();
    }

    /**
     * The student has a clause chosen but no wording yet when China tables one there: the form
     * moves to a free clause and says why (a play-test's student saw it jump back without a word).
     */
    @Test
    void theAmendmentFormSaysWhyItMovedToAnotherClause() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Ada", "germany", "Germany");
        page.select("#propose-clause", "process");
        china.commandOk(
                "ROUND 1", "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"\"}");
        page.waitUntil("document.querySelector('#propose-clause').value !== 'process'", "the form moved");

        String moved =
                "Amendment A[0-9]+ on \u201cWhere the work continues\u201d is being voted on, so the form moved to"
                        + " the first clause free for a new wording\\.";
        assertThat(page.text("document.querySelector('#propose-note').textContent"))
                .matches(moved);
        // The page drawn again (a pause and its end) leaves it there; the student's next choice clears it.
        chair.commandOk("ROUND 1", "{\"type\":\"pause\"}");
        page.waitUntil("document.querySelector('#propose-form').hidden", "the pause");
        chair.commandOk("ROUND 1", "{\"type\":\"resume\"}");
        page.waitUntil("!document.querySelector('#propose-form').hidden", "play again");
        assertThat(page.text("document.querySelector('#propose-note').textContent"))
                .matches(moved);
        page.select("#propose-option", "meaningful");
        assertThat(page.text("document.querySelector('#propose-note').textContent"))
                .isEmpty();
        assertThat(page.errors()).isEmpty();
    }

    /** Protocol clients in {@code seats}, each joined as a player, into {@code players} (closed by the caller). */
    private static void seatPlayers(
            SummitServer.Created room, java.util.Map<String, TestClient> players, String... seats) throws Exception {
        for (String seat : seats) {
            TestClient player = TestClient.hello(server.port(), "Player");
            player.awaitReply(player.request(TestClient.msg("join")
                    .put("code", room.code())
                    .put("role", "player")
                    .put("seat", seat)
                    .put("name", "Player")));
            players.put(seat, player);
        }
    }

    /**
     * Where the scenario lets signing hedge against a treaty track (Seoul), a seat against binding
     * law reads what signing spares it: its choice between signing and abstaining turns on it.
     */
    @Test
    void aSeatAgainstBindingLawReadsWhatSigningSparesItWhereTheScenarioSaysSo() throws Exception {
        SummitServer.Created room = server.server.createRoom("seoul-2024", OPTIONS);
        java.util.Map<String, TestClient> champions = new java.util.LinkedHashMap<>();
        try {
            seatPlayers(room, champions, "austria", "sierra-leone");
            chair = TestClient.hello(server.port(), "Teacher");
            chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
            page = chromium.open(1366, 768);
            seat(room.code(), "Ada", "china", "China");

            assertThat(page.text("document.querySelector('#at-stake').innerText"))
                    .contains("Binding law, if enough states push: \u22122 points for you, \u22121 if you signed the"
                            + " declaration (you backed the voluntary route). A push that falls short costs you"
                            + " \u22128.");
            assertThat(page.text("document.querySelector('#hedge-note').textContent"))
                    .startsWith("Signing is also a hedge: if enough states push for binding law, the treaty track"
                            + " costs you \u22121 points if you signed, \u22122 if you did not.");
            // Who is pledged to push, and what each brings: "13 states" from two pledges, told apart.
            for (TestClient c : champions.values()) {
                c.commandOk("ROUND 1", "{\"type\":\"pledge\",\"decision\":\"PUSH_BINDING\",\"ifCoalition\":true}");
            }
            page.waitUntil("document.querySelector('#push-note').textContent.includes('Sierra Leone')", "both pledges");
            assertThat(page.text("document.querySelector('#push-note').textContent"))
                    .isEqualTo("Binding law needs 13 states pushing for it. Pledged to push now: 13 states (Austria and"
                            + " the 11 states outside this room that push with it or follow it; Sierra Leone): enough,"
                            + " if they all keep their word.");
            // In the results, no part the brief gives China no weight for: it has no partners here.
            chair.commandOk("ROUND 1", "{\"type\":\"end\"}");
            page.waitUntil("document.querySelector('#results .parts tr[data-part=\"binding\"]')", "the score's parts");
            assertThat(page.eval("!!document.querySelector('#results .parts tr[data-part=\"standing\"]')")
                            .asBoolean())
                    .as("standing with partners, for a seat without partners")
                    .isFalse();
            assertThat(page.errors()).isEmpty();
        } finally {
            for (TestClient c : champions.values()) {
                c.close();
            }
        }
    }

    /**
     * A big room's pledges on the projector: who promised what, each delegation once, names only.
     * The Hague's pledges spell out the text they need clause by clause, and a play-test's projector
     * paged through them in a column nobody could read from the back.
     */
    @Test
    void aLargeRoomsPledgesReadAsWhoPromisedWhatOnTheProjector() throws Exception {
        SummitServer.Created room = server.server.createRoom("hague-2023", OPTIONS);
        java.util.Map<String, TestClient> players = new java.util.LinkedHashMap<>();
        try {
            seatPlayers(room, players, "united-states", "costa-rica", "austria", "china", "mexico");
            chair = TestClient.hello(server.port(), "Teacher");
            chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
            chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
            chair.commandOk("LOBBY", "{\"type\":\"start\"}");
            chair.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            chair.commandOk("OPENING", "{\"type\":\"advance\"}");
            // The United States on three clauses, all as the draft reads; China on a change.
            players.get("united-states")
                    .commandOk(
                            "ROUND 1",
                            "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":["
                                    + "{\"clause\":\"human\",\"options\":[\"oversight\",\"chain\"]},"
                                    + "{\"clause\":\"process\",\"options\":[\"commission\",\"bridge\"]},"
                                    + "{\"clause\":\"law\",\"options\":[\"obligations\"]}]}");
            for (String seat : List.of("costa-rica", "austria")) {
                players.get(seat)
                        .commandOk(
                                "ROUND 1", "{\"type\":\"pledge\",\"decision\":\"PUSH_BINDING\",\"ifCoalition\":true}");
            }
            players.get("china").commandOk("ROUND 1", "{\"type\":\"pledge\",\"decision\":\"ABSTAIN\"}");
            players.get("china")
                    .commandOk(
                            "ROUND 1",
                            "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":["
                                    + "{\"clause\":\"human\",\"options\":[\"meaningful\"]}]}");

            players.get("mexico")
                    .commandOk(
                            "ROUND 1",
                            "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":["
                                    + "{\"clause\":\"human\",\"options\":[\"meaningful\"]}]}");

            page = chromium.open(1366, 768);
            page.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
            page.waitUntil("document.querySelectorAll('#p-pledges li').length === 4", "four kinds of promise");
            assertThat(page.text("[...document.querySelectorAll('#p-pledges li')].map((li) => li.textContent)"
                            + ".join('\\n')"))
                    .isEqualTo("Will sign: the United States.\n"
                            + "Will push for binding law if enough states push with them (" + threshold()
                            + " needed): Costa Rica and Austria.\n"
                            // China's latest pledge waits on a change; until then its earlier one counts
                            + "Will abstain: China.\n"
                            + "Would sign if the text changed: Mexico.");
            assertThat(page.text("document.querySelector('#p-pledges').textContent"))
                    .as("names, not the clauses each pledge names")
                    .doesNotContain("Human responsibility");
            assertThat(page.errors()).isEmpty();
        } finally {
            for (TestClient player : players.values()) {
                player.close();
            }
        }
    }

    /** China withdraws its open amendment and tables {@code clause}={@code option} instead; the new one's id. */
    private String chinaTablesInstead(String withdrawn, String clause, String option) throws Exception {
        china.commandOk("ROUND 1", "{\"type\":\"withdraw\",\"amendment\":\"" + withdrawn + "\"}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"" + clause + "\",\"option\":\"" + option
                        + "\",\"rationale\":\"\"}");
        return china.find(
                        n -> isEvent(n, "amendment_proposed")
                                && n.path("event").path("option").asText().equals(option),
                        "China's amendment for " + option)
                .path("event")
                .path("amendment")
                .asText();
    }

    private int threshold() throws Exception {
        return chair.awaitReply(chair.request(TestClient.msg("get_view")))
                .path("view")
                .path("bindingThreshold")
                .asInt();
    }

    /**
     * The Hague's 24 delegations on a classroom projector's 1366x768: the page never scrolls, the
     * decisions, binding law and scores each fit their column, and a column that does not (the
     * text and its history) pages through by itself, since nobody scrolls a projector. A play-test
     * found the binding-law result and the scores below the fold, with nothing moving.
     */
    @Test
    void aLargeRoomsResultsFitAClassroomProjector() throws Exception {
        SummitServer.Created room = endedWithSilentBots("hague-2023");

        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
        page.waitUntil("!document.querySelector('#p-after').hidden", "the results on the projector");
        assertThat(page.eval("document.documentElement.scrollHeight <= innerHeight")
                        .asBoolean())
                .as("the page, without scrolling")
                .isTrue();
        assertThat(page.eval("document.querySelectorAll('#p-decisions li').length")
                        .asInt())
                .isEqualTo(24);
        for (String column : List.of(".reveal-first", ".after-scores")) {
            assertThat(page.eval("(() => { const c = document.querySelector('#p-reveal " + column + "');"
                                    + " return c.scrollHeight <= c.clientHeight + 1"
                                    + " && c.getBoundingClientRect().bottom <= innerHeight; })()")
                            .asBoolean())
                    .as("everything in %s in sight", column)
                    .isTrue();
        }
        assertThat(page.text("document.querySelector('#p-binding').innerText")).contains("pushed for binding law");
        page.screenshot(shots().resolve("projector-hague-results-1366x768.png"));
        page.waitUntil(
                "document.querySelector('#p-reveal .after-text').scrollTop > 0",
                "the text and its history paging on by themselves");
        assertThat(page.errors()).isEmpty();
    }

    /** The seat form shows no "Connecting" once connected; a summit that ends while it is open is said to be over. */
    @Test
    void theSeatFormShowsTheConnectionAsItIsAndASummitEndingMeanwhileIsSaidToBeOver() throws Exception {
        SummitServer.Created room = server.server.createRoom("classroom-mini", OPTIONS);
        chair = TestClient.hello(server.port(), "Teacher");
        chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/join/" + room.code());
        page.waitUntil("!document.querySelector('#seat-entry').hidden", "the seat form");
        page.waitUntil("document.querySelector('#link').textContent === ''", "no connection under way on the badge");
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        endTheSummit();
        page.type("#name", "Late Lou");
        page.click("#seat-form button[type=submit]");
        page.waitUntil("!document.querySelector('#ended-entry').hidden", "the summit said to be over");
        assertThat(page.text("document.querySelector('#ended-entry').innerText"))
                .doesNotContain("\"role\"", "resume");
        assertThat(page.text("document.querySelector('#link').textContent")).isEmpty();
        assertThat(page.errors()).isEmpty();
    }

    /** A room of {@code scenario} that silent bots played and the chair ended at once. */
    private SummitServer.Created endedWithSilentBots(String scenario) throws Exception {
        SummitServer.Created room = server.server.createRoom(scenario, OPTIONS);
        chair = TestClient.hello(server.port(), "Teacher");
        chair.awaitReply(chair.request(TestClient.msg("resume").put("token", room.facilitatorToken())));
        chair.awaitReply(chair.request(TestClient.msg("fill_bots").put("strategy", "silent")));
        chair.commandOk("LOBBY", "{\"type\":\"start\"}");
        endTheSummit();
        return room;
    }

    /**
     * The chair ends the summit in whatever phase it is: with silent bots alone on the seats, every
     * delegation is ready at once, so the phases may move on between two requests.
     */
    private void endTheSummit() throws Exception {
        for (int i = 0; i < 20; i++) {
            JsonNode stage = chair.awaitReply(chair.request(TestClient.msg("get_view")))
                    .path("view")
                    .path("stage");
            if (stage.path("phase").asText().equals("RESULTS")) {
                return;
            }
            String text = stage.path("phase").asText()
                    + (stage.path("round").asInt() > 0
                            ? " " + stage.path("round").asInt()
                            : "");
            JsonNode reply = chair.awaitReply(chair.command(text, "{\"type\":\"end\"}"));
            if (reply.path("type").asText().equals("ack")) {
                return;
            }
        }
        throw new AssertionError("the summit could not be ended");
    }

    /** A mistyped code is shown back as the teacher wrote it on the board, dash included. */
    @Test
    void aWrongCodeIsShownBackWithItsDash() {
        page = chromium.open(1366, 768);
        page.go("http://127.0.0.1:" + server.port() + "/");
        page.waitUntil("!document.querySelector('#code-entry').hidden", "the code form");
        page.type("#code", "xx7y-w6tb");
        page.click("#code-form button[type=submit]");
        page.waitUntil("document.querySelector('#code-form .form-error').textContent !== ''", "the code refused");
        assertThat(page.text("document.querySelector('#code-form .form-error').textContent"))
                .isEqualTo("No class has the code XX7Y-W6TB. Check it with your teacher.");
        page.go("http://127.0.0.1:" + server.port() + "/join/xx7yw6tb");
        page.waitUntil(
                "document.querySelector('#code-form .form-error').textContent.includes('XX7Y-W6TB')",
                "the code from the address, with its dash");
    }

    /** China offers to sign for Germany's {@code ballot} on {@code amendment}; the deal's id. */
    private String chinaAsksGermanysVote(String amendment, String ballot) throws Exception {
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"germany\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                        + "\"want\":{\"kind\":\"vote\",\"amendment\":\"" + amendment + "\",\"ballot\":\"" + ballot
                        + "\"}}");
        return china.find(
                        n -> isEvent(n, "deal_offered")
                                && n.path("event")
                                        .path("want")
                                        .path("amendment")
                                        .asText()
                                        .equals(amendment)
                                && n.path("event")
                                        .path("want")
                                        .path("ballot")
                                        .asText()
                                        .equals(ballot),
                        "China's offer for Germany's vote")
                .path("event")
                .path("deal")
                .asText();
    }

    /** The play-test: an offer that asked the student to support their own red line was not marked as one. */
    @Test
    void anOfferAskingTheStudentToSupportTheirRedLineSaysSo() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Gil", "costa-rica", "Costa Rica");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"costa-rica\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                        + "\"want\":{\"kind\":\"support\",\"clause\":\"instrument\",\"option\":\"sufficient\"}}");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"offer\",\"to\":\"costa-rica\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                        + "\"want\":{\"kind\":\"support\",\"clause\":\"instrument\",\"option\":\"consider\"}}");
        page.waitUntil("document.querySelectorAll('#deals li.deal').length === 2", "both offers");
        JsonNode warnings = page.eval("[...document.querySelectorAll('#deals li.deal')]"
                + ".map(li => li.innerText.includes('your red line'))");
        assertThat(warnings.toString()).isEqualTo("[true,false]");
        assertThat(page.text("document.querySelector('#deals').innerText"))
                .contains("Careful: this asks you to support \u201cExisting law is enough\u201d, your red line.");
        assertThat(page.errors()).isEmpty();
    }

    /**
     * The final text in the student's results follows the declaration, and the projector counts
     * abstentions in a vote's result.
     */
    @Test
    void theResultsFollowTheDeclarationAndTheProjectorCountsAbstentions() throws Exception {
        SummitServer.Created room = roomInRoundOne();
        page = chromium.open(1366, 768);
        seat(room.code(), "Di", "germany", "Germany");
        BrowserPage projector = chromium.open(1920, 1080);
        projector.go("http://127.0.0.1:" + server.port() + "/projector/" + room.code());
        projector.waitUntil("document.querySelector('#p-clauses .clause')", "the projector's declaration");
        china.commandOk(
                "ROUND 1",
                "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"At the UN.\"}");
        String amendment = china.find(n -> isEvent(n, "amendment_proposed"), "China's amendment")
                .path("event")
                .path("amendment")
                .asText();
        projector.waitUntil(
                "document.querySelector('#p-clauses').textContent.includes(' against, 0 abstaining')",
                "the open vote, abstentions counted");
        // What is on the table shows on the projector's floor, not only what became of it.
        projector.waitUntil(
                "document.querySelector('#p-floor').textContent.includes('China proposes amendment " + amendment
                        + ": \u201cWhere the work continues\u201d to read \u201cThe UN route only\u201d.')",
                "the proposal on the projector");
        chair.commandOk("ROUND 1", "{\"type\":\"call_vote\",\"amendment\":\"" + amendment + "\"}");
        JsonNode resolved = china.awaitEvent("amendment_resolved").path("event");
        String said = "Amendment " + amendment + " on \u201cWhere the work continues\u201d"
                + (resolved.path("adopted").asBoolean() ? " is adopted" : " fails") + " ("
                + resolved.path("supports").asInt() + " for, "
                + resolved.path("objections").asInt() + " against, "
                + resolved.path("abstentions").asInt() + " abstaining)"
                + (resolved.path("adopted").asBoolean() ? ": it now reads \u201cThe UN route only\u201d." : ".");
        assertThat(resolved.path("abstentions").asInt()).isPositive();
        projector.waitUntil(
                "document.querySelector('#p-floor').textContent.includes(" + BrowserPage.quote(said) + ")",
                "the result with its abstentions");

        chair.commandOk("ROUND 1", "{\"type\":\"end\"}");
        page.waitUntil("document.querySelectorAll('#final-text li').length === 3", "the student's results");
        List<String> declared = org.summitsim.core.scenario.ScenarioCatalog.load("classroom-mini").clauses().stream()
                .map(org.summitsim.core.scenario.Clause::title)
                .toList();
        JsonNode shown = page.eval("[...document.querySelectorAll('#final-text li strong')].map(s => s.textContent)");
        List<String> titles = new java.util.ArrayList<>();
        shown.forEach(n -> titles.add(n.asText().replaceAll(": $", "")));
        assertThat(titles).as("the final text in the declaration's order").isEqualTo(declared);
        assertThat(page.errors()).isEmpty();

        // The same results on a phone (the seat's key carried over): nothing wider than the screen,
        // the class-and-reality table scrolling in its own box if it must.
        String key = "summit.seat." + room.code().replace("-", "");
        String stored = page.text("localStorage.getItem('" + key + "')");
        BrowserPage phone = chromium.open(390, 844);
        phone.go("http://127.0.0.1:" + server.port() + "/");
        phone.eval("localStorage.setItem(" + BrowserPage.quote(key) + ", " + BrowserPage.quote(stored) + ") || true");
        phone.go("http://127.0.0.1:" + server.port() + "/join/" + room.code());
        phone.waitUntil("document.querySelectorAll('#final-text li').length === 3", "the results on a phone");
        assertThat(phone.eval("document.documentElement.scrollWidth").asInt())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
        phone.screenshot(shots().resolve("student-results-390x844.png"));
        assertThat(phone.errors()).isEmpty();
        assertThat(projector.errors()).isEmpty();
    }

    /**
     * The names the teacher's monitor shows at {@code seat}, once only one connection holds it
     * (a reload's old connection may take a moment to go).
     */
    private List<String> namesAtSeat(String seat) throws Exception {
        List<String> names = List.of();
        for (int i = 0; i < 50; i++) {
            JsonNode monitor = chair.awaitReply(chair.request(TestClient.msg("get_monitor")));
            for (JsonNode s : monitor.path("seats")) {
                if (s.path("seat").asText().equals(seat)) {
                    names = new java.util.ArrayList<>();
                    for (JsonNode p : s.path("players")) {
                        names.add(p.path("name").asText());
                    }
                }
            }
            if (names.size() == 1) {
                return names;
            }
            Thread.sleep(100);
        }
        return names;
    }

    /** Where a score out of 100 lies among Germany's results, as the student's page says it. */
    private static String band(long percent) {
        return percent < 10
                ? "among the lowest results Germany gets"
                : percent < 35
                        ? "below the typical result for Germany"
                        : percent <= 65
                                ? "about the typical result for Germany"
                                : percent < 90
                                        ? "above the typical result for Germany"
                                        : "among the best results Germany gets";
    }
}
