package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/** A bot does not table a wording the room rejected again while the text stands as it did then. */
class RetablingTest {

    @Test
    void noBuiltInStrategyRetablesARejectedWordingUntilSomethingIsAdopted() {
        for (String scenario : new String[] {"classroom-mini", "hague-2023"}) {
            Scenario s = ScenarioReader.shipped(scenario);
            for (String strategy : new String[] {"utility", "mediator", "hardliner", "coalition"}) {
                for (long seed = 1; seed <= 3; seed++) {
                    MatchRecord r = BotsTest.play(s, strategy, seed);
                    Set<String> rejected = new HashSet<>();
                    for (Event e : r.log()) {
                        if (e instanceof Event.AmendmentResolved a) {
                            if (a.adopted()) {
                                rejected.clear(); // the text changed: votes may change too
                            } else {
                                rejected.add(a.clause() + "=" + a.option());
                            }
                        } else if (e instanceof Event.AmendmentProposed p) {
                            assertThat(rejected).as("%s %s seed %d: %s tables %s=%s again", scenario, strategy, seed,
                                    p.seat(), p.clause(), p.option()).doesNotContain(p.clause() + "=" + p.option());
                        }
                    }
                }
            }
        }
    }
}
