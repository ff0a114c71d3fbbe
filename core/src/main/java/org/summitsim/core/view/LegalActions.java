package org.summitsim.core.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Caucus;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;

/** What a seat may do now; mirrors the checks in the rules, so each listed action is accepted. */
final class LegalActions {

    private LegalActions() {
    }

    static List<LegalAction> of(MatchState state, String seat) {
        List<LegalAction> out = new ArrayList<>();
        Phase phase = state.stage().phase();
        if (state.paused() || phase == Phase.LOBBY || phase == Phase.RESULTS) {
            return out;
        }
        if (phase != Phase.BRIEFING) {
            out.add(new LegalAction("say", Map.of("text", "")));
            out.add(new LegalAction("pledge", Map.of("decision", "sign|abstain|push")));
        }
        for (String other : state.seats()) {
            if (!other.equals(seat)) {
                out.add(new LegalAction("dm", Map.of("to", other, "text", "")));
            }
        }
        out.add(new LegalAction("caucus_create", Map.of("name", "")));
        for (Caucus c : state.caucuses()) {
            if (c.has(seat)) {
                out.add(new LegalAction("caucus_say", Map.of("caucus", c.id(), "text", "")));
                out.add(new LegalAction("caucus_leave", Map.of("caucus", c.id())));
                for (String other : state.seats()) {
                    if (!c.has(other)) {
                        out.add(new LegalAction("caucus_invite", Map.of("caucus", c.id(), "seat", other)));
                    }
                }
            }
        }
        if (phase != Phase.BRIEFING) {
            for (String other : state.seats()) {
                if (!other.equals(seat)) {
                    out.add(new LegalAction("offer", Map.of("to", other)));
                }
            }
            for (Deal d : state.deals()) {
                if (d.to().equals(seat) && d.status() == Deal.Status.OFFERED) {
                    out.add(new LegalAction("accept", Map.of("deal", d.id())));
                    out.add(new LegalAction("decline", Map.of("deal", d.id())));
                }
            }
        }
        if (phase == Phase.ROUND) {
            amendments(state, seat, out);
        }
        if (phase == Phase.FINAL && !state.hasDecided(seat)) {
            for (Decision d : Decision.values()) {
                out.add(new LegalAction("decide", Map.of("decision", d.name())));
            }
        }
        if (!state.ready().contains(seat)) {
            out.add(new LegalAction("ready", Map.of()));
        }
        return out;
    }

    private static void amendments(MatchState state, String seat, List<LegalAction> out) {
        // Clauses with an open amendment, or already voted on this round, take no proposal now.
        java.util.Set<String> blocked = new java.util.HashSet<>();
        for (Amendment a : state.amendments()) {
            if (a.isOpen() || (a.round() == state.stage().round() && a.status() != Amendment.Status.WITHDRAWN)) {
                blocked.add(a.clause());
            }
        }
        for (Clause c : state.scenario().clauses()) {
            if (blocked.contains(c.id())) {
                continue;
            }
            for (ClauseOption o : c.options()) {
                if (!o.id().equals(state.text().get(c.id()))) {
                    out.add(new LegalAction("propose", Map.of("clause", c.id(), "option", o.id())));
                }
            }
        }
        for (Amendment a : state.amendments()) {
            if (!a.isOpen()) {
                continue;
            }
            if (a.proposer().equals(seat)) {
                out.add(new LegalAction("withdraw", Map.of("amendment", a.id())));
            }
            if (!a.isSponsor(seat) && !a.votes().containsKey(seat)) {
                out.add(new LegalAction("cosponsor", Map.of("amendment", a.id())));
                for (Ballot b : Ballot.values()) {
                    out.add(new LegalAction("vote", Map.of("amendment", a.id(), "ballot", b.name())));
                }
            }
        }
    }
}
