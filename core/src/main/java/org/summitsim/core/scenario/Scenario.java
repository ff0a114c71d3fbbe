package org.summitsim.core.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A summit as authored in a scenario file: the public setting, the chair's draft text, the
 * delegations with their private briefs and preferences, background states, injects and the
 * debrief material, the author's notes and sources (for teachers and reports, never players),
 * and the par table that makes scores compare across roles. Immutable; read with
 * {@link ScenarioReader}, checked with {@link ScenarioValidator}.
 */
public record Scenario(
        String id,
        String title,
        String summary,
        String setting,
        String briefing,
        List<String> chair,
        Timing timing,
        List<TimingPreset> timingPresets,
        AdoptionRule adoption,
        BindingTrack binding,
        Decision defaultDecision,
        List<Clause> clauses,
        List<Bloc> blocs,
        List<Delegation> delegations,
        List<BackgroundState> backgroundStates,
        List<Inject> injects,
        Debrief debrief,
        String notes,
        List<String> sources,
        FinalAdoption finalAdoption,
        Par par) {

    /** The same scenario with another par table (null for none). */
    public Scenario withPar(Par table) {
        return new Scenario(
                id,
                title,
                summary,
                setting,
                briefing,
                chair,
                timing,
                timingPresets,
                adoption,
                binding,
                defaultDecision,
                clauses,
                blocs,
                delegations,
                backgroundStates,
                injects,
                debrief,
                notes,
                sources,
                finalAdoption,
                table);
    }

    public Scenario {
        sources = listOrEmpty(sources);
        chair = listOrEmpty(chair);
        timingPresets = listOrEmpty(timingPresets);
        clauses = listOrEmpty(clauses);
        blocs = listOrEmpty(blocs);
        delegations = listOrEmpty(delegations);
        backgroundStates = listOrEmpty(backgroundStates);
        injects = listOrEmpty(injects);
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    // Plain loops in the look-ups: bots and views call them on every turn.
    public Optional<Clause> clause(String clauseId) {
        for (Clause c : clauses) {
            if (c.id().equals(clauseId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Delegation> delegation(String delegationId) {
        for (Delegation d : delegations) {
            if (d.id().equals(delegationId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The delegation's name for people ("Netherlands"), or {@code delegationId} itself if there is none. */
    public String nameOf(String delegationId) {
        return delegation(delegationId).map(Delegation::name).orElse(delegationId);
    }

    public Optional<Inject> inject(String injectId) {
        return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
    }

    /** The seats people or bots can take, in scenario order. */
    public List<Delegation> playable() {
        return delegations.stream().filter(Delegation::playable).toList();
    }

    /** Total states that can appear on the signatory list: playable seats plus background states. */
    public int stateCount() {
        return playable().size()
                + backgroundStates.stream().mapToInt(BackgroundState::count).sum();
    }

    public Optional<TimingPreset> preset(String presetId) {
        return timingPresets.stream().filter(p -> p.id().equals(presetId)).findFirst();
    }
}
