package org.summitsim.client.console.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;

/**
 * The player's own promises about the final decision that deciding otherwise would break, as
 * the text stands: a pledge, or its side of an accepted deal, whose conditions hold now. The
 * projection leaves trust out (it cannot know what else will be kept), so the score page says
 * so next to the decision that would cost it. A coalition pledge binds only if the coalition is
 * reached: not pushing breaks it only if the player's push would have completed the coalition.
 */
public final class DecisionPromises {

    private DecisionPromises() {}

    /** "your pledge to sign", "your side of deal D3 with China (to sign)", for each promise deciding {@code d} breaks. */
    public static List<String> brokenBy(PlayerView v, Decision d) {
        Map<String, String> text =
                v.text().stream().collect(Collectors.toMap(PlayerView.ClauseView::id, PlayerView.ClauseView::current));
        Names names = new Names(v);
        List<String> out = new ArrayList<>();
        for (PlayerView.PledgeView p : v.pledges()) {
            if (p.seat().equals(v.seat())
                    && !p.ifCoalition()
                    && p.decision() != d
                    && p.conditions().stream().allMatch(c -> c.holdsIn(text))) {
                out.add("your pledge to " + EventText.decision(p.decision()));
            }
        }
        out.addAll(coalitionRisk(v, d));
        for (PlayerView.DealView deal : v.deals()) {
            if (!deal.status().equals("accepted") || !deal.involves(v.seat())) {
                continue;
            }
            Promise mine = deal.promiseBy(v.seat());
            if (mine instanceof Promise.Decide p
                    && p.decision() != d
                    && p.conditions().stream().allMatch(c -> c.holdsIn(text))) {
                out.add("your side of deal " + deal.id() + " with " + names.inSentence(deal.partnerOf(v.seat()))
                        + " (to " + EventText.decision(p.decision()) + ")");
            }
        }
        return out;
    }

    /**
     * A coalition pledge to push, for a decision that is not a push: it is kept if the coalition
     * falls short without the player, but broken if the player's own push would have completed
     * it (docs/RULES.md), which no one can know before the decisions are revealed.
     */
    static List<String> coalitionRisk(PlayerView v, Decision d) {
        if (d == Decision.PUSH_BINDING) {
            return List.of();
        }
        return v.pledges().stream()
                .filter(p -> p.seat().equals(v.seat()) && p.ifCoalition() && p.decision() == Decision.PUSH_BINDING)
                .findFirst()
                .map(p -> List.of("your pledge to push for binding law if enough states push with you, should your"
                        + " push have been the one the coalition lacked"))
                .orElse(List.of());
    }
}
