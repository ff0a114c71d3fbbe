package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport.Binding;
import org.summitsim.client.report.debrief.DebriefReport.Pusher;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Decision;

/** Who declined the text to demand binding law, delegations first, then background groups by size. */
final class BindingCoalition {

    private BindingCoalition() {}

    static Binding build(PlayedMatch played, Outcome outcome) {
        List<Pusher> pushers = new ArrayList<>();
        played.scenario().playable().forEach(d -> {
            var f = outcome.decisions().get(d.id());
            if (f != null && f.decision() == Decision.PUSH_BINDING) {
                pushers.add(new Pusher(d.id(), d.name(), 1, true));
            }
        });
        outcome.background().forEach((id, b) -> {
            if (b.decision() == Decision.PUSH_BINDING) {
                pushers.add(new Pusher(id, b.name(), b.count(), false));
            }
        });
        var track = played.scenario().binding();
        return new Binding(
                track == null ? null : track.description(),
                outcome.bindingThreshold(),
                outcome.bindingCount(),
                outcome.bindingReached(),
                pushers);
    }
}
