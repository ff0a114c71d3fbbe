package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * The demo's promise that bots are worth bargaining with, measured as docs/BOTS.md states it:
 * 50 seeded games of the demo's table (hague-2023, the Netherlands played by a person, the
 * default mixed bots in every other seat, told which seat a person holds). A person who trades
 * (offers and accepts deals, proposes, keeps its word: the utility strategy played from that
 * seat) must beat one who only votes its interest, and the deals themselves must add to the
 * score: the same person with trading switched off scores less.
 */
@org.summitsim.core.IntegrationTest
class TradingPaysTest {

    private static final String PERSON = "netherlands";
    private static final int GAMES = 50;

    /** The utility strategy that neither offers nor accepts a deal: everything else as the trader does. */
    private static final class NoDeals extends UtilityBot {
        NoDeals(BotSeat seat) {
            super(seat);
        }

        @Override
        protected void offerDeals(Mind mind, List<Command> out) {}

        @Override
        protected boolean acceptable(Mind mind, DealView deal) {
            return false;
        }
    }

    @Test
    void aPersonWhoTradesBeatsOneWhoOnlyVotesAndTheDealsAddToIt() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        double[] trader = totals(hague, seed -> Strategies.create("utility", hague, PERSON, seed));
        double[] voter = totals(hague, seed -> Strategies.create("silent", hague, PERSON, seed));
        double[] noDeals = totals(hague, seed -> new NoDeals(seat(hague, seed)));

        assertThat(DemoTable.lowerBound(trader, voter))
                .as("trader minus voter, lower end of the 95 % interval")
                .isPositive();
        assertThat(DemoTable.lowerBound(trader, noDeals))
                .as("trader minus the same play without deals, lower end")
                .isPositive();
    }

    private static BotSeat seat(Scenario s, long seed) {
        Delegation d = s.delegation(PERSON).orElseThrow();
        return new BotSeat(PERSON, new SplittableRandom(Strategies.mix(seed, PERSON)), d.history());
    }

    /** The person's score in each game, the others playing the demo's default bots. */
    private static double[] totals(Scenario s, Function<Long, Bot> person) {
        return DemoTable.part(DemoTable.play(s, PERSON, GAMES, person), "total");
    }
}
