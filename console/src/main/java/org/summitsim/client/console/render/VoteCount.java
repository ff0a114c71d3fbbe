package org.summitsim.client.console.render;

import org.summitsim.core.rules.Ballot;
import org.summitsim.core.view.PlayerView;

/**
 * One way to count an amendment's votes, the rules' own: its sponsor and co-sponsors support it,
 * and a delegation that did not vote abstains. The live result line and `amendments` both say it
 * with {@link #toString()}, so the two never disagree.
 */
public record VoteCount(int supports, int objections, int abstentions) {

    /** The count of an amendment among {@code seats} delegations, as it stands in the view. */
    public static VoteCount of(PlayerView.AmendmentView a, int seats) {
        int yes = 1 + a.cosponsors().size();
        int no = 0;
        for (var vote : a.votes().entrySet()) {
            if (vote.getKey().equals(a.proposer()) || a.cosponsors().contains(vote.getKey())) {
                continue;
            }
            if (vote.getValue() == Ballot.SUPPORT) {
                yes++;
            } else if (vote.getValue() == Ballot.OPPOSE) {
                no++;
            }
        }
        return new VoteCount(yes, no, Math.max(0, seats - yes - no));
    }

    @Override
    public String toString() {
        return supports + " for, " + objections + " against, " + abstentions + " abstained";
    }
}
