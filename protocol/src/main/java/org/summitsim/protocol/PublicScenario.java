package org.summitsim.protocol;

import java.util.List;
import org.summitsim.core.scenario.Bloc;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Scenario;

/**
 * The part of a scenario everyone may read: no briefs, preferences, history, injects or author's
 * notes. {@code finalAdoption} is the final adoption rule in words, absent when the scenario has none.
 */
public record PublicScenario(
        String id,
        String title,
        String summary,
        String setting,
        String briefing,
        List<String> chair,
        List<Delegate> delegations,
        List<Bloc> blocs,
        List<PublicClause> clauses,
        List<Background> backgroundStates,
        List<ServerMessage.Scenarios.Preset> timingPresets,
        String finalAdoption) {

    public record Delegate(String id, String name, String bloc, String profile, String publicStance) {}

    /** {@code attended}: false for states that were not at the summit (not invited, or stayed away). */
    public record Background(String id, String name, Integer count, boolean attended) {}

    /** A clause without the author's notes and sources, which are for teachers. */
    public record PublicClause(String id, String title, String draft, List<ClauseOption> options) {}

    public static PublicScenario of(Scenario s) {
        return new PublicScenario(
                s.id(),
                s.title(),
                s.summary(),
                s.setting(),
                s.briefing(),
                s.chair(),
                s.playable().stream()
                        .map(d -> new Delegate(d.id(), d.name(), d.bloc(), d.profile(), d.publicStance()))
                        .toList(),
                s.blocs(),
                s.clauses().stream()
                        .map(c -> new PublicClause(c.id(), c.title(), c.draft(), c.options()))
                        .toList(),
                s.backgroundStates().stream()
                        .map(b -> new Background(b.id(), b.name(), b.count(), b.attended()))
                        .toList(),
                s.timingPresets().stream()
                        .map(ServerMessage.Scenarios.Preset::of)
                        .toList(),
                s.finalAdoption() == null ? null : s.finalAdoption().describe());
    }
}
