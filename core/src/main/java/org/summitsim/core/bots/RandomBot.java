package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.LegalAction;
import org.summitsim.core.view.PlayerView;

/**
 * Seeded chaos for soak tests: mostly legal moves picked at random from the view, and about one
 * in four deliberately wrong (unknown ids, empty or oversized text, wrong phase).
 */
final class RandomBot implements Bot {

    private final RandomGenerator random;

    RandomBot(BotSeat seat) {
        this.random = seat.random();
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        List<Command> out = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(random.nextInt(4) == 0 ? garbage(view) : legal(view));
        }
        return out;
    }

    private Command legal(PlayerView view) {
        List<LegalAction> actions = view.legalActions();
        if (actions.isEmpty()) {
            return garbage(view);
        }
        LegalAction a = actions.get(random.nextInt(actions.size()));
        Map<String, String> args = a.args();
        return switch (a.command()) {
            case "say" -> new Command.Say("Random remark " + random.nextInt(1000));
            case "pledge" -> new Command.MakePledge(pledgeable(view), List.of(), "A random pledge.");
            case "dm" -> new Command.Whisper(args.get("to"), "Psst " + random.nextInt(1000));
            case "caucus_create" -> new Command.CreateCaucus("Group " + random.nextInt(100), randomSeats(view));
            case "caucus_say" -> new Command.CaucusSay(args.get("caucus"), "In confidence " + random.nextInt(100));
            case "caucus_leave" -> new Command.LeaveCaucus(args.get("caucus"));
            case "accept" -> new Command.AcceptDeal(args.get("deal"));
            case "decline" -> new Command.DeclineDeal(args.get("deal"));
            case "propose" -> new Command.Propose(args.get("clause"), args.get("option"), "Why not?");
            case "withdraw" -> new Command.Withdraw(args.get("amendment"));
            case "cosponsor" -> new Command.Cosponsor(args.get("amendment"));
            case "vote" -> new Command.CastVote(args.get("amendment"), Ballot.valueOf(args.get("ballot")));
            case "decide" -> new Command.Decide(Decision.valueOf(args.get("decision")), "Decided at random.");
            case "ready" -> new Command.Ready();
            default -> garbage(view);
        };
    }

    /** A random decision, but not the one its latest pledge already promises (the rules refuse a repeat). */
    private Decision pledgeable(PlayerView view) {
        Decision d = pick(Decision.values());
        PlayerView.PledgeView latest = null;
        for (PlayerView.PledgeView p : view.pledges()) {
            if (p.seat().equals(view.seat())) {
                latest = p;
            }
        }
        boolean repeat =
                latest != null && latest.decision() == d && latest.conditions().isEmpty() && !latest.ifCoalition();
        return repeat ? Decision.values()[(d.ordinal() + 1) % Decision.values().length] : d;
    }

    /** Others drawn at random, at least one: the rules refuse a caucus of one. */
    private List<String> randomSeats(PlayerView view) {
        List<String> seats = new ArrayList<>();
        String other = null;
        for (PlayerView.Card c : view.delegations()) {
            if (random.nextInt(4) == 0 && !c.id().equals(view.seat())) {
                seats.add(c.id());
            }
            if (other == null && !c.id().equals(view.seat())) {
                other = c.id();
            }
        }
        if (seats.isEmpty() && other != null) {
            seats.add(other);
        }
        return seats;
    }

    private Command garbage(PlayerView view) {
        return switch (random.nextInt(9)) {
            case 0 -> new Command.Say("");
            case 1 -> new Command.Say("x".repeat(5000));
            case 2 -> new Command.Whisper("nowhere", "hello");
            case 3 -> new Command.Propose("no-such-clause", "x", null);
            case 4 -> new Command.CastVote("A999", Ballot.OPPOSE);
            case 5 -> new Command.AcceptDeal("D999");
            case 6 -> new Command.Decide(pick(Decision.values()), "Too early?");
            case 7 ->
                new Command.OfferDeal(
                        view.seat(),
                        new Promise.Decide(Decision.SIGN, List.of()),
                        new Promise.Decide(Decision.SIGN, List.of()),
                        "self");
            default -> new Command.MakePledge(Decision.SIGN, List.of(new TextCondition("nope", List.of("x"))), "?");
        };
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
