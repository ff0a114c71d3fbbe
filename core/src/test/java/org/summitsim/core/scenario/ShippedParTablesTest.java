package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.headless.ParCalibration;

/**
 * The shipped par tables are current: played again from the inputs each table records, the
 * matches give the same quantiles. A change to the rules, the bots or the scenario that moves
 * scores fails here until the table is made again (`summit analyze --calibrate`, SCENARIOS.md).
 * It replays 1,200 matches, the heaviest check of the build, so it runs in {@code verify} with the
 * other integration tests rather than in the fast loop; DeterminismTest and HeadlessMatchTest
 * keep seeded matches reproducible there.
 */
@IntegrationTest
class ShippedParTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"hague-2023", "seoul-2024", "classroom-mini"})
    void theShippedParTableIsWhatItsRecordedMatchesGive(String id) {
        Scenario s = ScenarioCatalog.load(id);
        Par par = s.par();
        assertThat(par).as(id + " ships a par table").isNotNull();

        Par again = ParCalibration.run(s, par.strategies(), par.matches(), par.seed(), 2);

        assertThat(again.quantiles())
                .as("run `summit analyze --scenario scenarios/" + id
                        + ".json --strategies " + String.join(",", par.strategies()) + " --matches " + par.matches()
                        + " --seed " + par.seed() + " --calibrate`")
                .isEqualTo(par.quantiles());
        assertThat(again.probe())
                .as("the table's fingerprint of its first matches")
                .isEqualTo(par.probe());
    }
}
