package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * A bot does not table a wording the room rejected again unless something could turn that vote:
 * the text changed since and the rejection was close (one vote turned would have carried it), or
 * deals have since won it the votes it lacked (see {@code Mind.wonOver}): then the wording comes
 * back, and usually passes. Not always: the bot counts only the deals it made, and others may
 * since have promised to defend the wording that stands.
 */
class RetablingTest {

    @Test
    void noBuiltInStrategyRetablesARejectedWordingThatNothingCouldTurn() {
        int tabledAgain = 0;
        int passed = 0;
        for (String scenario : new String[] {"classroom-mini", "hague-2023"}) {
            Scenario s = ScenarioReader.shipped(scenario);
            for (String strategy : new String[] {"utility", "mediator", "hardliner", "coalition"}) {
                for (long seed = 1; seed <= 3; seed++) {
                    MatchRecord r = BotsTest.play(s, strategy, seed);
                    Map<String, Boolean> rejected = new HashMap<>(); // wording: narrowly?
                    Map<String, Event.DealOffered> offers = new HashMap<>();
                    Set<String> promised = new HashSet<>(); // "seat clause=option": support promised to seat
                    Set<String> retabled = new HashSet<>();
                    for (Event e : r.log()) {
                        if (e instanceof Event.DealOffered d) {
                            offers.put(d.deal(), d);
                        } else if (e instanceof Event.DealAccepted d) {
                            Event.DealOffered o = offers.get(d.deal());
                            if (o.give() instanceof Promise.Support g) {
                                promised.add(o.to() + " " + g.clause() + "=" + g.option());
                            }
                            if (o.want() instanceof Promise.Support w) {
                                promised.add(o.from() + " " + w.clause() + "=" + w.option());
                            }
                        } else if (e instanceof Event.AmendmentResolved a) {
                            String wording = a.clause() + "=" + a.option();
                            if (retabled.remove(a.amendment())) {
                                tabledAgain++;
                                passed += a.adopted() ? 1 : 0;
                            }
                            if (a.adopted()) {
                                rejected.values()
                                        .removeIf(narrowly -> narrowly); // the text changed: close votes may turn
                            } else {
                                rejected.put(wording, narrowly(s, a));
                            }
                        } else if (e instanceof Event.AmendmentProposed p) {
                            String wording = p.clause() + "=" + p.option();
                            if (rejected.containsKey(wording)) {
                                assertThat(promised)
                                        .as(
                                                "%s %s seed %d: %s tables %s again with no deal behind it",
                                                scenario, strategy, seed, p.seat(), wording)
                                        .contains(p.seat() + " " + wording);
                                retabled.add(p.amendment());
                            }
                        }
                    }
                }
            }
        }
        assertThat(tabledAgain).as("wordings tabled again after deals").isPositive();
        assertThat(passed)
                .as("of %d tabled again after deals, those that passed", tabledAgain)
                .isGreaterThanOrEqualTo((2 * tabledAgain + 2) / 3);
    }

    /** Whether one seat voting otherwise (an objector abstaining, or one who abstained supporting) would have carried it. */
    private static boolean narrowly(Scenario s, Event.AmendmentResolved a) {
        return s.adoption().adopts(a.supports(), a.objections() - 1)
                || s.adoption().adopts(a.supports() + 1, a.objections());
    }
}
