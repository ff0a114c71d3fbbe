package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.match.Match;
import org.summitsim.core.view.Viewer;

class TalkTest {

    private static List<Event> seenBy(MatchDriver d, Viewer viewer) {
        return d.match().eventsFor(viewer, 0).stream()
                .map(Match.Sequenced::event)
                .toList();
    }

    // ---- the floor -----------------------------------------------------------------------------

    @Test
    void aFloorStatementIsHeardByEveryone() {
        MatchDriver d = MatchDriver.open().toOpening();

        List<Event> events = ok(d.seat("north").say("Welcome to Northland."));

        Event statement = new Event.FloorStatement("north", "Welcome to Northland.");
        assertThat(events).containsExactly(statement);
        assertThat(seenBy(d, Viewer.seat("west"))).contains(statement);
        assertThat(seenBy(d, Viewer.SPECTATOR)).contains(statement);
    }

    @Test
    void theFloorOpensOnlyAfterTheBriefing() {
        MatchDriver d = MatchDriver.open().toBriefing();

        d.refuses(
                "wrong_phase",
                "cannot speak on the floor during the briefing. It is the briefing: read your brief. The floor opens",
                () -> d.seat("north").say("too early"));
    }

    @Test
    void theFloorIsStillOpenDuringTheFinalDecisions() {
        MatchDriver d = MatchDriver.open().toFinal();

        ok(d.seat("north").say("We will sign."));
    }

    @Test
    void anEmptyStatementIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("empty_text", "Write something to send", () -> d.seat("north").say("   "));
        d.refuses("empty_text", "Write something to send", () -> d.seat("north").say(null));
    }

    @Test
    void anOversizedStatementIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "text_too_long",
                "Shorten it and send again",
                () -> d.seat("north").say("x".repeat(2001)));
        ok(d.seat("north").say("x".repeat(2000)));
    }

    // ---- bilateral messages --------------------------------------------------------------------

    @Test
    void aPrivateMessageReachesOnlyItsTwoParties() {
        MatchDriver d = MatchDriver.open().toBriefing();

        List<Event> events = ok(d.seat("north").dm("south", "Lunch?"));

        Event dm = new Event.DirectMessage("north", "south", "Lunch?");
        assertThat(events).containsExactly(dm);
        assertThat(seenBy(d, Viewer.seat("north"))).contains(dm);
        assertThat(seenBy(d, Viewer.seat("south"))).contains(dm);
        assertThat(seenBy(d, Viewer.seat("east"))).doesNotContain(dm);
        assertThat(seenBy(d, Viewer.SPECTATOR)).doesNotContain(dm);
    }

    @Test
    void privateTalkIsAlreadyAllowedDuringTheBriefing() {
        MatchDriver d = MatchDriver.open().toBriefing();

        ok(d.seat("east").dm("west", "Shall we coordinate?"));
    }

    @Test
    void privateTalkWaitsForTheSummitToStart() {
        MatchDriver d = MatchDriver.open();

        d.refuses(
                "wrong_phase",
                "wait for the facilitator to start it",
                () -> d.seat("east").dm("west", "psst"));
    }

    @Test
    void aMessageToYourselfIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "self_target", "name another delegation", () -> d.seat("north").dm("north", "note to self"));
    }

    @Test
    void aMessageToAnUnknownDelegationIsRefusedWithTheListOfDelegations() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_delegation",
                "Delegations: north, south, east, west",
                () -> d.seat("north").dm("atlantis", "hello"));
    }

    @Test
    void anEmptyPrivateMessageIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("empty_text", "The message is empty", () -> d.seat("north").dm("south", ""));
    }

    // ---- caucuses ------------------------------------------------------------------------------

    @Test
    void creatingACaucusMakesItsFounderAMember() {
        MatchDriver d = MatchDriver.open().toOpening();

        List<Event> events = ok(d.seat("east").createCaucus("Powers", "west"));

        assertThat(events).containsExactly(new Event.CaucusCreated("C1", "Powers", "east", List.of("east", "west")));
        assertThat(d.state().caucus("C1").orElseThrow().members()).containsExactly("east", "west");
    }

    @Test
    void namingTheFounderAmongTheMembersDoesNotCountThemTwice() {
        MatchDriver d = MatchDriver.open().toOpening();

        ok(d.seat("east").createCaucus("Powers", "east", "west", "west"));

        assertThat(d.state().caucus("C1").orElseThrow().members()).containsExactly("east", "west");
    }

    @Test
    void aCaucusNeedsAnotherDelegation() {
        MatchDriver d = MatchDriver.open().toOpening();
        String refusal = "A caucus needs at least one other delegation: name it in \"members\" (you are added"
                + " yourself). The others: north, south, west.";

        d.refuses("self_target", refusal, () -> d.seat("east").createCaucus("Alone"));
        d.refuses("self_target", refusal, () -> d.seat("east").createCaucus("Alone", "east", "east"));
        d.refuses("self_target", refusal, () -> d.seat("east").submit(new Command.CreateCaucus("Alone", null)));
    }

    @Test
    void aCaucusWithAnUnknownMemberIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_delegation",
                "There is no delegation \"atlantis\"",
                () -> d.seat("east").createCaucus("Powers", "atlantis"));
    }

    @Test
    void aCaucusNeedsAShortName() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("empty_text", "The caucus name is empty", () -> d.seat("east").createCaucus(" ", "west"));
        d.refuses("text_too_long", "the limit is 80", () -> d.seat("east").createCaucus("n".repeat(81), "west"));
    }

    @Test
    void caucusTalkReachesOnlyItsMembers() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        List<Event> events = ok(d.seat("west").caucusSay("C1", "Hold the line on the forum."));

        Event message = new Event.CaucusMessage("C1", "west", "Hold the line on the forum.", List.of("east", "west"));
        assertThat(events).containsExactly(message);
        assertThat(seenBy(d, Viewer.seat("east"))).contains(message);
        assertThat(seenBy(d, Viewer.seat("north")))
                .doesNotContain(message)
                .noneMatch(e -> e instanceof Event.CaucusCreated);
        assertThat(seenBy(d, Viewer.SPECTATOR)).doesNotContain(message);
    }

    @Test
    void aMemberCanInviteAnotherDelegation() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        List<Event> events = ok(d.seat("west").invite("C1", "north"));

        assertThat(events)
                .containsExactly(new Event.CaucusJoined("C1", "north", "west", List.of("east", "west", "north")));
        assertThat(seenBy(d, Viewer.seat("north"))).contains(events.get(0));
        ok(d.seat("north").caucusSay("C1", "Thanks for having me."));
    }

    @Test
    void aNewMemberDoesNotReadWhatWasSaidBeforeTheyJoined() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));
        ok(d.seat("east").caucusSay("C1", "Before north arrives: we oppose the treaty."));

        ok(d.seat("west").invite("C1", "north"));

        assertThat(seenBy(d, Viewer.seat("north")))
                .noneMatch(e -> e instanceof Event.CaucusMessage m && m.text().startsWith("Before north"));
    }

    @Test
    void invitingSomeoneAlreadyInTheCaucusIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        d.refuses("already_member", "invite someone else", () -> d.seat("east").invite("C1", "west"));
    }

    @Test
    void invitingAnUnknownDelegationIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        d.refuses("unknown_delegation", "Delegations:", () -> d.seat("east").invite("C1", "atlantis"));
    }

    @Test
    void anOutsiderCannotInviteOrSpeakAndLearnsNothingAboutTheCaucus() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        Rejection existing = d.refuses(
                "unknown_caucus",
                "You are not in a caucus \"C1\".",
                () -> d.seat("south").caucusSay("C1", "let me in"));
        Rejection missing = d.refuses(
                "unknown_caucus",
                "You are not in a caucus \"C9\".",
                () -> d.seat("south").caucusSay("C9", "let me in"));
        d.refuses(
                "unknown_caucus",
                "You are not in a caucus",
                () -> d.seat("south").invite("C1", "south"));

        assertThat(existing.message().replace("C1", "C9")).isEqualTo(missing.message());
    }

    @Test
    void leavingACaucusEndsAccessToItsTalk() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west", "north"));

        List<Event> events = ok(d.seat("north").leave("C1"));

        assertThat(events).containsExactly(new Event.CaucusLeft("C1", "north", List.of("east", "west")));
        assertThat(seenBy(d, Viewer.seat("north"))).contains(events.get(0));
        d.refuses(
                "unknown_caucus",
                "You are not in a caucus",
                () -> d.seat("north").caucusSay("C1", "wait"));
        ok(d.seat("east").caucusSay("C1", "Now that north is gone..."));
        assertThat(seenBy(d, Viewer.seat("north")))
                .noneMatch(e -> e instanceof Event.CaucusMessage m && m.text().startsWith("Now that"));
        assertThat(d.seat("north").view().caucuses()).isEmpty();
    }

    @Test
    void leavingACaucusYouAreNotInIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        d.refuses(
                "unknown_caucus",
                "You are not in a caucus \"C1\"",
                () -> d.seat("north").leave("C1"));
    }

    @Test
    void anEmptyCaucusMessageIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").createCaucus("Powers", "west"));

        d.refuses("empty_text", "The message is empty", () -> d.seat("east").caucusSay("C1", ""));
    }

    @Test
    void caucusIdsCountUp() {
        MatchDriver d = MatchDriver.open().toOpening();

        ok(d.seat("east").createCaucus("One", "west"));
        ok(d.seat("north").createCaucus("Two", "south"));

        assertThat(d.state().caucuses()).extracting(Caucus::id).containsExactly("C1", "C2");
    }
}
