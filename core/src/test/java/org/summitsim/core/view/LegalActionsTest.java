package org.summitsim.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.summitsim.core.LegalMoves;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Caucus;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;

class LegalActionsTest {

    private static final List<String> SEATS = List.of("north", "south", "east", "west");

    /** A scripted match; the consumer is called at every step, before the first move and after each. */
    private static void playScript(Consumer<MatchDriver> check) {
        MatchDriver d = MatchDriver.open();
        List<Consumer<MatchDriver>> steps = List.of(
                x -> ok(x.facilitator().start()),
                x -> ok(x.seat("east").createCaucus("Powers", "west")),
                x -> ok(x.seat("north").dm("south", "hi")),
                x -> ok(x.facilitator().advance()),
                x -> ok(x.seat("north").offer("east", decides(SIGN), decides(SIGN))),
                x -> ok(x.seat("north").pledge(SIGN)),
                x -> ok(x.seat("south").offer("west", decides(SIGN), decides(SIGN))),
                x -> ok(x.seat("west").decline("D2")),
                x -> ok(x.seat("north").ready()),
                x -> ok(x.facilitator().advance()),
                x -> ok(x.seat("north").propose("forum", "un")),
                x -> ok(x.seat("south").cosponsor("A1")),
                x -> ok(x.seat("east").oppose("A1")),
                x -> ok(x.seat("west").propose("control", "none")),
                x -> ok(x.facilitator().pause()),
                x -> ok(x.facilitator().resume()),
                x -> ok(x.seat("west").invite("C1", "north")),
                x -> ok(x.facilitator().advance()),
                x -> ok(x.seat("south").propose("law", "silent")),
                x -> ok(x.seat("south").withdraw("A3")),
                x -> ok(x.facilitator().advance()),
                x -> ok(x.seat("north").decide(Decision.SIGN)),
                x -> ok(x.seat("south").decide(Decision.PUSH_BINDING)),
                x -> ok(x.seat("east").ready()),
                x -> ok(x.seat("east").decide(Decision.SIGN)),
                x -> ok(x.seat("west").decide(Decision.ABSTAIN)));
        check.accept(d);
        for (Consumer<MatchDriver> step : steps) {
            step.accept(d);
            check.accept(d);
        }
        assertThat(d.state().over()).isTrue();
    }

    private static Verdict trySubmit(MatchDriver d, String seat, LegalAction action, int pick) {
        Match copy = Match.replay(d.state().scenario(), d.log());
        return copy.submit(new Move(
                Actor.seat(seat),
                copy.state().stage(),
                LegalMoves.toCommand(
                        action,
                        "words",
                        pick,
                        copy.state().seats().stream()
                                .filter(s -> !s.equals(seat))
                                .findFirst()
                                .orElseThrow())));
    }

    /** Every action a seat might try, in the shape legal actions are listed in. */
    private static List<LegalAction> candidates(MatchState s, String seat) {
        List<LegalAction> out = new ArrayList<>();
        out.add(new LegalAction("say", Map.of("text", "")));
        out.add(new LegalAction("caucus_create", Map.of("name", "")));
        out.add(new LegalAction("ready", Map.of()));
        for (String other : SEATS) {
            out.add(new LegalAction("dm", Map.of("to", other, "text", "")));
            out.add(new LegalAction("offer", Map.of("to", other)));
        }
        for (Caucus c : s.caucuses()) {
            out.add(new LegalAction("caucus_say", Map.of("caucus", c.id(), "text", "")));
            out.add(new LegalAction("caucus_leave", Map.of("caucus", c.id())));
            for (String other : SEATS) {
                out.add(new LegalAction("caucus_invite", Map.of("caucus", c.id(), "seat", other)));
            }
        }
        for (Deal deal : s.deals()) {
            out.add(new LegalAction("accept", Map.of("deal", deal.id())));
            out.add(new LegalAction("decline", Map.of("deal", deal.id())));
        }
        for (Clause c : s.scenario().clauses()) {
            for (ClauseOption o : c.options()) {
                out.add(new LegalAction("propose", Map.of("clause", c.id(), "option", o.id())));
            }
        }
        for (Amendment a : s.amendments()) {
            out.add(new LegalAction("withdraw", Map.of("amendment", a.id())));
            out.add(new LegalAction("cosponsor", Map.of("amendment", a.id())));
            for (Ballot b : Ballot.values()) {
                out.add(new LegalAction("vote", Map.of("amendment", a.id(), "ballot", b.name())));
            }
        }
        for (Decision dec : Decision.values()) {
            out.add(new LegalAction("pledge", Map.of("decision", dec.name())));
            out.add(new LegalAction("decide", Map.of("decision", dec.name())));
        }
        return out;
    }

    @Test
    void everyListedActionIsAcceptedWhenSubmitted() {
        int[] tried = {0};
        playScript(d -> {
            for (String seat : SEATS) {
                for (LegalAction action : d.seat(seat).view().legalActions()) {
                    for (int pick = 0; pick < 3; pick++) {
                        Verdict v = trySubmit(d, seat, action, pick);
                        assertThat(v.accepted())
                                .as("%s at %s: %s -> %s", seat, d.stage(), action, v.rejection())
                                .isTrue();
                        tried[0]++;
                    }
                }
            }
        });
        assertThat(tried[0]).isGreaterThan(1000);
    }

    @Test
    void theActionsOfACommandAreThoseListedWithItAlsoInAViewReadFromJson() {
        int[] checked = {0};
        playScript(d -> {
            for (String seat : SEATS) {
                PlayerView view = d.seat(seat).view();
                PlayerView read =
                        org.summitsim.core.json.Json.read(org.summitsim.core.json.Json.write(view), PlayerView.class);
                for (PlayerView v : List.of(view, read)) {
                    LegalActionList actions = LegalActionList.of(v.legalActions());
                    for (String command :
                            List.of("propose", "ready", "decide", "vote", "dm", "accept", "withdraw", "nothing")) {
                        List<LegalAction> listed = view.legalActions().stream()
                                .filter(a -> a.command().equals(command))
                                .toList();
                        assertThat(actions.withCommand(command))
                                .as("%s %s at %s", seat, command, d.stage())
                                .isEqualTo(listed);
                        assertThat(actions.allows(command)).isEqualTo(!listed.isEmpty());
                        checked[0] += listed.size();
                    }
                }
            }
        });
        assertThat(checked[0]).isGreaterThan(500);
    }

    @Test
    void aMatchHandsOutTheSameProposalsWhileTheyStand() {
        MatchDriver d = MatchDriver.open();
        ok(d.facilitator().start());
        ok(d.facilitator().advance());
        ok(d.facilitator().advance());
        List<LegalAction> before =
                LegalActionList.of(d.seat("north").view().legalActions()).withCommand("propose");
        ok(d.seat("north").propose("forum", "un"));
        List<LegalAction> afterProposal =
                LegalActionList.of(d.seat("south").view().legalActions()).withCommand("propose");
        ok(d.seat("east").oppose("A1")); // a vote changes the legal actions, not the proposals
        List<LegalAction> afterVote =
                LegalActionList.of(d.seat("south").view().legalActions()).withCommand("propose");
        assertThat(afterProposal).isNotEqualTo(before).isSameAs(afterVote);
        assertThat(afterProposal).noneMatch(a -> a.args().get("clause").equals("forum"));
    }

    @Test
    void everyActionAcceptedForASeatIsListed() {
        playScript(d -> {
            for (String seat : SEATS) {
                Set<LegalAction> listed =
                        new LinkedHashSet<>(d.seat(seat).view().legalActions());
                for (LegalAction candidate : candidates(d.state(), seat)) {
                    if (!d.state().over() && trySubmit(d, seat, candidate, 0).accepted()) {
                        assertThat(listed)
                                .as("%s at %s may %s", seat, d.stage(), candidate)
                                .contains(candidate);
                    }
                }
            }
        });
    }

    @Test
    void nothingIsLegalInTheLobbyWhilePausedOrAfterTheResults() {
        MatchDriver d = MatchDriver.open();
        assertThat(d.seat("north").view().legalActions()).isEmpty();

        d.toRound(1);
        ok(d.facilitator().pause());
        assertThat(d.seat("north").view().legalActions()).isEmpty();

        ok(d.facilitator().resume());
        assertThat(d.seat("north").view().legalActions()).isNotEmpty();
        assertThat(d.finish().seat("north").view().legalActions()).isEmpty();
    }

    @Test
    void theBriefingAllowsPrivateTalkButNotTheFloor() {
        MatchDriver d = MatchDriver.open().toBriefing();

        List<String> commands = d.seat("north").view().legalActions().stream()
                .map(LegalAction::command)
                .toList();

        assertThat(commands)
                .contains("dm", "caucus_create", "ready")
                .doesNotContain("say", "pledge", "offer", "propose");
    }

    @Test
    void proposalsSkipTheCurrentWordingAndClausesWithAnOpenAmendment() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").propose("forum", "un"));

        List<Map<String, String>> proposals = d.seat("south").view().legalActions().stream()
                .filter(a -> a.command().equals("propose"))
                .map(LegalAction::args)
                .toList();

        assertThat(proposals)
                .containsExactlyInAnyOrder(
                        Map.of("clause", "law", "option", "silent"),
                        Map.of("clause", "control", "option", "meaningful"),
                        Map.of("clause", "control", "option", "none"));
    }

    @Test
    void theProposerMayWithdrawButNotVoteOnItsOwnAmendment() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").propose("forum", "un"));

        List<LegalAction> north = d.seat("north").view().legalActions();
        List<LegalAction> south = d.seat("south").view().legalActions();

        assertThat(north)
                .contains(new LegalAction("withdraw", Map.of("amendment", "A1")))
                .noneMatch(a -> a.command().equals("vote") || a.command().equals("cosponsor"));
        assertThat(south)
                .contains(
                        new LegalAction("vote", Map.of("amendment", "A1", "ballot", "OPPOSE")),
                        new LegalAction("cosponsor", Map.of("amendment", "A1")))
                .noneMatch(a -> a.command().equals("withdraw"));
    }

    @Test
    void aSeatThatDecidedIsNoLongerOfferedADecision() {
        MatchDriver d = MatchDriver.open().toFinal();
        assertThat(d.seat("north").view().legalActions())
                .filteredOn(a -> a.command().equals("decide"))
                .hasSize(3);

        ok(d.seat("north").decide(SIGN));

        assertThat(d.seat("north").view().legalActions())
                .noneMatch(a -> a.command().equals("decide"));
    }

    /** A pledge of what the seat's latest pledge promises, as listed (with no conditions), would be refused. */
    @Test
    void theLatestUnconditionalPledgeIsNotListedAgain() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN));

        assertThat(pledges(d, "north")).containsExactly("ABSTAIN", "PUSH_BINDING");
        assertThat(pledges(d, "south")).containsExactly("SIGN", "ABSTAIN", "PUSH_BINDING");

        ok(d.seat("north").pledge(SIGN, MatchDriver.reads("forum", "un")));
        assertThat(pledges(d, "north")).containsExactly("SIGN", "ABSTAIN", "PUSH_BINDING");
    }

    private static List<String> pledges(MatchDriver d, String seat) {
        return d.seat(seat).view().legalActions().stream()
                .filter(a -> a.command().equals("pledge"))
                .map(a -> a.args().get("decision"))
                .toList();
    }

    @Test
    void onlySeatsGetLegalActions() {
        MatchDriver d = MatchDriver.open().toRound(1);

        assertThat(d.view(Viewer.FACILITATOR).legalActions()).isEmpty();
        assertThat(d.view(Viewer.SPECTATOR).legalActions()).isEmpty();
    }
}
