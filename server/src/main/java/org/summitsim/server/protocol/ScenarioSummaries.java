package org.summitsim.server.protocol;

import java.util.List;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.server.scenario.FolderScenario;
import org.summitsim.server.scenario.ScenarioLibrary;

/** The public facts of scenarios, as {@code scenarios} and {@code scenario_uploaded} carry them. */
public final class ScenarioSummaries {

    private ScenarioSummaries() {}

    public static ServerMessage.Scenarios list(String requestId, ScenarioLibrary.Listing listing) {
        return new ServerMessage.Scenarios(
                requestId,
                listing.scenarios().stream()
                        .map(o -> of(o.file(), o.source(), o.warnings()))
                        .toList(),
                listing.invalid().stream().map(ScenarioSummaries::invalid).toList());
    }

    public static ServerMessage.Scenarios.ScenarioSummary of(ScenarioFile file, String source, List<String> warnings) {
        Scenario s = file.scenario();
        return new ServerMessage.Scenarios.ScenarioSummary(
                s.id(),
                s.title(),
                s.summary(),
                s.playable().stream()
                        .map(d -> new ServerMessage.Scenarios.Seat(d.id(), d.name()))
                        .toList(),
                s.timing(),
                s.timingPresets().stream()
                        .map(ServerMessage.Scenarios.Preset::of)
                        .toList(),
                source,
                file.hash(),
                warnings);
    }

    private static ServerMessage.Scenarios.InvalidFile invalid(FolderScenario.Invalid f) {
        List<String> problems = f.problems().stream().map(Object::toString).toList();
        return new ServerMessage.Scenarios.InvalidFile(f.file().getFileName().toString(), problems);
    }
}
