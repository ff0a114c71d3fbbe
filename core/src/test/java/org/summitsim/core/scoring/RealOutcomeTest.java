package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.RealOutcome;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.History;

/** Every outcome carries what the real states did, as the rules promise the results show it. */
class RealOutcomeTest {

    @Test
    void theOutcomeSaysWhatEachRealStateDidAndWhatTheSourcesReport() {
        MatchDriver d = MatchDriver.open()
                .toFinal()
                .decideAll(
                        "north",
                        Decision.ABSTAIN,
                        "south",
                        Decision.SIGN,
                        "east",
                        Decision.SIGN,
                        "west",
                        Decision.SIGN);

        RealOutcome real = d.outcome().history();

        assertThat(real.states()).containsKeys("north", "south", "east", "west", "others", "absent");
        assertThat(real.states().get("south"))
                .isEqualTo(new History("yes", Decision.PUSH_BINDING, "Pushed for a treaty."));
        assertThat(real.states().get("absent").decision()).isNull();
        assertThat(real.summary()).isEqualTo("In reality Northland, Eastmark and most others signed.");
        assertThat(real.reportedSignatories()).isEqualTo("9 to 10");
        assertThat(Json.write(d.outcome()))
                .contains("\"history\":{\"states\":{")
                .contains("\"reportedSignatories\":\"9 to 10\"");
    }
}
