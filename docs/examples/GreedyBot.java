// A Summit bot in Java, the smallest that plays a whole match: it says where it stands, votes by
// what each amendment is worth to it, proposes the wording it likes best, and decides by the
// projected score. Build and run it beside Summit (docs/BOTS.md, "The built-in strategies"):
//
//   javac -cp app/target/summit.jar -d /tmp/mybots docs/examples/GreedyBot.java
//   java -cp app/target/summit.jar:/tmp/mybots org.summitsim.client.cli.Main \
//        match --scenario classroom-mini --bots class:GreedyBot,utility --seed 1
//
// (On Windows, separate the class path with ";" instead of ":".)

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.view.LegalAction;
import org.summitsim.core.view.PlayerView;

public final class GreedyBot implements Bot {

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        List<Command> out = new ArrayList<>();
        Preferences mine = view.preferences().get(view.seat());
        for (LegalAction a : view.legalActions()) {
            switch (a.command()) {
                case "say" -> {
                    if (view.stage().phase().name().equals("OPENING") && out.isEmpty()) {
                        out.add(new Command.Say("We judge every wording by what it does for our people."));
                    }
                }
                case "vote" -> {
                    // One action per ballot is listed: vote once, by the wording's gain over the text as it reads.
                    String id = a.args().get("amendment");
                    if (a.args().get("ballot").equals("SUPPORT") && !votedOn(out, id)) {
                        PlayerView.AmendmentView amendment = view.amendments().stream()
                                .filter(x -> x.id().equals(id))
                                .findFirst()
                                .orElseThrow();
                        int gain = mine.value(amendment.clause(), amendment.option())
                                - mine.value(amendment.clause(), current(view, amendment.clause()));
                        out.add(new Command.CastVote(
                                id, gain > 0 ? Ballot.SUPPORT : gain < 0 ? Ballot.OPPOSE : Ballot.ABSTAIN));
                    }
                }
                default -> {}
            }
        }
        best(view, mine).ifPresent(p -> out.add(new Command.Propose(
                p.args().get("clause"), p.args().get("option"), "This wording serves our people best.")));
        if (view.legalActions().stream().anyMatch(a -> a.command().equals("decide"))) {
            Decision choice = view.projection().entrySet().stream()
                    .max(Comparator.comparingDouble((Map.Entry<Decision, Score> e) -> e.getValue().total()))
                    .map(Map.Entry::getKey)
                    .orElse(Decision.ABSTAIN);
            out.add(new Command.Decide(choice, "We decide by what it brings our people."));
        }
        if (out.isEmpty() && view.legalActions().stream().anyMatch(a -> a.command().equals("ready"))) {
            out.add(new Command.Ready());
        }
        return out;
    }

    /** The proposal the rules allow now that gains this seat most (at least 2 points), if any. */
    private static java.util.Optional<LegalAction> best(PlayerView view, Preferences mine) {
        return view.legalActions().stream()
                .filter(a -> a.command().equals("propose"))
                .filter(a -> gain(view, mine, a) >= 2)
                .max(Comparator.comparingInt(a -> gain(view, mine, a)));
    }

    private static int gain(PlayerView view, Preferences mine, LegalAction propose) {
        String clause = propose.args().get("clause");
        return mine.value(clause, propose.args().get("option")) - mine.value(clause, current(view, clause));
    }

    private static String current(PlayerView view, String clause) {
        return view.text().stream()
                .filter(c -> c.id().equals(clause))
                .findFirst()
                .orElseThrow()
                .current();
    }

    private static boolean votedOn(List<Command> out, String amendment) {
        return out.stream().anyMatch(c -> c instanceof Command.CastVote v && v.amendment().equals(amendment));
    }
}
