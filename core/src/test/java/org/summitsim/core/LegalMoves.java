package org.summitsim.core;

import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.LegalAction;

/** Turns a {@link LegalAction} from a player view into the command it stands for. */
public final class LegalMoves {

    private LegalMoves() {}

    /**
     * The command for {@code action}: free text is {@code text}; where the action leaves a choice
     * (which decision to pledge, what to promise in a deal) {@code pick} chooses, and a new caucus
     * takes in {@code other}, another delegation (the listing leaves its members to the seat).
     */
    public static Command toCommand(LegalAction action, String text, int pick, String other) {
        Map<String, String> a = action.args();
        Decision anyDecision = Decision.values()[Math.floorMod(pick, Decision.values().length)];
        return switch (action.command()) {
            case "say" -> new Command.Say(text);
            case "dm" -> new Command.Whisper(a.get("to"), text);
            case "caucus_create" -> new Command.CreateCaucus(text, List.of(other));
            case "caucus_say" -> new Command.CaucusSay(a.get("caucus"), text);
            case "caucus_leave" -> new Command.LeaveCaucus(a.get("caucus"));
            case "caucus_invite" -> new Command.InviteToCaucus(a.get("caucus"), a.get("seat"));
            case "pledge" -> new Command.MakePledge(Decision.valueOf(a.get("decision")), List.of(), text);
            case "offer" ->
                new Command.OfferDeal(
                        a.get("to"),
                        new Promise.Decide(anyDecision, List.of()),
                        new Promise.Decide(Decision.SIGN, List.of()),
                        text);
            case "accept" -> new Command.AcceptDeal(a.get("deal"));
            case "decline" -> new Command.DeclineDeal(a.get("deal"));
            case "propose" -> new Command.Propose(a.get("clause"), a.get("option"), text);
            case "withdraw" -> new Command.Withdraw(a.get("amendment"));
            case "cosponsor" -> new Command.Cosponsor(a.get("amendment"));
            case "vote" -> new Command.CastVote(a.get("amendment"), Ballot.valueOf(a.get("ballot")));
            case "decide" -> new Command.Decide(Decision.valueOf(a.get("decision")), text);
            case "ready" -> new Command.Ready();
            default -> throw new IllegalArgumentException("no command for legal action " + action);
        };
    }
}
