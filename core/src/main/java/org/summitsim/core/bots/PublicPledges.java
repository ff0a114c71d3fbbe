package org.summitsim.core.bots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView.PledgeView;

/**
 * What a bot can say about the public pledges so far: who has pledged what, and how many pushers
 * binding law still needs. Pledges are public, so this is what any player could count; a bot
 * never speaks for what others have not said in public.
 */
final class PublicPledges {

    private final Mind mind;

    PublicPledges(Mind mind) {
        this.mind = mind;
    }

    /** How many delegations have pledged in public to push, and how many it takes. */
    String pushers() {
        int n = pledgedTo(Decision.PUSH_BINDING).size();
        int needed = mind.view().bindingThreshold();
        return (n == 0
                        ? "No delegation has pledged in public to push yet"
                        : n == 1
                                ? "So far one delegation has pledged in public to push"
                                : "So far " + n + " delegations have pledged in public to push")
                + (needed > 0 ? ", and it takes " + needed + " to start negotiations." : ".");
    }

    /** The delegations whose latest public pledge is {@code d}, in the order they pledged. */
    private List<String> pledgedTo(Decision d) {
        Map<String, Decision> latest = new LinkedHashMap<>();
        for (PledgeView p : mind.view().pledges()) {
            latest.remove(p.seat());
            latest.put(p.seat(), p.decision());
        }
        return latest.entrySet().stream()
                .filter(e -> e.getValue() == d)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The answer to "how many states will push with you?": the count known from public pledges,
     * by name when there are few, and what it cannot know.
     */
    String howMany(Decision d) {
        List<String> seats = pledgedTo(d);
        String act = switch (d) {
            case SIGN -> "to sign";
            case ABSTAIN -> "not to sign";
            case PUSH_BINDING -> "to push for binding law";
        };
        StringBuilder s = new StringBuilder();
        if (seats.isEmpty()) {
            s.append("No delegation has pledged in public ").append(act).append(" yet.");
        } else {
            s.append(seats.size() == 1 ? "One delegation has" : seats.size() + " delegations have")
                    .append(" pledged in public ")
                    .append(act)
                    .append(" so far");
            if (seats.size() <= 6) {
                List<String> names = seats.stream()
                        .map(x -> x.equals(mind.me()) ? "us" : mind.name(x))
                        .toList();
                s.append(": ").append(Answers.join(names));
            }
            s.append('.');
        }
        if (d == Decision.PUSH_BINDING && mind.view().bindingThreshold() > 0) {
            // In states, as the threshold counts them: the groups that follow a pusher push with it.
            var outlook =
                    mind.view().outlook() == null ? null : mind.view().outlook().get();
            if (outlook != null && outlook.pushes() != null && !seats.isEmpty()) {
                int states = outlook.pushes().pledged();
                s.append(" With the states that follow them, that is ")
                        .append(states)
                        .append(states == 1 ? " state" : " states")
                        .append(" of the ")
                        .append(mind.view().bindingThreshold())
                        .append(" it takes to start negotiations")
                        .append(states >= mind.view().bindingThreshold() ? ": enough, if all keep their word." : ".");
            } else {
                s.append(" It takes ").append(mind.view().bindingThreshold()).append(" to start negotiations.");
            }
        }
        return s.append(" Beyond public pledges, we cannot speak for other delegations.")
                .toString();
    }
}
