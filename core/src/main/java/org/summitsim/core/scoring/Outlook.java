package org.summitsim.core.scoring;

import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Decision;

/**
 * How sure a seat's projection is: the delegations whose decision is only forecast (they have
 * no pledge that holds now), and for each decision the seat could take, the lowest and highest
 * total it would score if those delegations all signed, all abstained or all pushed instead
 * of leaning as forecast. A narrow band means the pledges already settle the outcome.
 */
public record Outlook(List<String> undeclared, Map<Decision, Band> bands) {

    public Outlook {
        undeclared = List.copyOf(undeclared);
        bands = Map.copyOf(bands);
    }

    /** The lowest and highest total of one decision, rounded as scores are. */
    public record Band(double low, double high) {}
}
