package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.match.Match;
import org.summitsim.core.view.Viewer;

/** News and announcements from the facilitator. Phases, pause and extend are in PhaseTest. */
class ChairTest {

    @Test
    void releasingAScenarioInjectPublishesItsNewsToEveryone() {
        MatchDriver d = MatchDriver.open().toRound(1);

        List<Event> events = ok(d.facilitator().inject("report"));

        Event news = new Event.NewsReleased(
                "report",
                "Report of AI-assisted targeting",
                "A newspaper reports AI-assisted targeting in a war.",
                "Newspaper");
        assertThat(events).containsExactly(news);
        assertThat(d.match().eventsFor(Viewer.SPECTATOR, 0))
                .extracting(Match.Sequenced::event)
                .contains(news);
        assertThat(d.state().released()).containsExactly("report");
    }

    @Test
    void anInjectIsReleasedOnlyOnce() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.facilitator().inject("report"));

        d.refuses(
                "already_released",
                "release another or write your own news",
                () -> d.facilitator().inject("report"));
    }

    @Test
    void anUnknownInjectIsRefusedWithTheListOfInjects() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses("unknown_inject", "Injects: report.", () -> d.facilitator().inject("earthquake"));
    }

    @Test
    void theFacilitatorCanWriteCustomNews() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.facilitator().inject("report"));

        List<Event> events = ok(d.facilitator().inject("Breaking", "A drone swarm was tested."));

        assertThat(events)
                .containsExactly(
                        new Event.NewsReleased("custom-2", "Breaking", "A drone swarm was tested.", "Facilitator"));
    }

    @Test
    void customNewsNeedsATitleAndText() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses(
                "empty_text", "The inject title is empty", () -> d.facilitator().inject(" ", "text"));
        d.refuses(
                "empty_text",
                "Your own inject needs its \"title\", at most 80 characters, besides its \"text\".",
                () -> d.facilitator().inject(null, "text"));
        d.refuses(
                "empty_text", "The inject text is empty", () -> d.facilitator().inject("Title", " "));
        d.refuses("text_too_long", "the limit is 80", () -> d.facilitator().inject("t".repeat(81), "text"));
    }

    @Test
    void announcementsArePublic() {
        MatchDriver d = MatchDriver.open().toOpening();

        List<Event> events = ok(d.facilitator().announce("Ten minutes left."));

        assertThat(events).containsExactly(new Event.Announced("Ten minutes left."));
        assertThat(d.seat("west").events()).extracting(Match.Sequenced::event).contains(events.get(0));
    }

    @Test
    void anEmptyAnnouncementIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "empty_text", "The announcement is empty", () -> d.facilitator().announce(""));
    }

    @Test
    void theFacilitatorCanRunTheLobbyBeforeTheStart() {
        MatchDriver d = MatchDriver.open();

        ok(d.facilitator().announce("We start in five minutes."));
        ok(d.facilitator().advance());

        assertThat(d.stage()).isEqualTo(Stage.of(Phase.BRIEFING));
    }
}
