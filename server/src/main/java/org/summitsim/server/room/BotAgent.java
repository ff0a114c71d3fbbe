package org.summitsim.server.room;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Match;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.view.PlayerView;

/**
 * Plays a core {@link Bot} at a seat: news wakes it, it takes its turn a moment later (news
 * that arrives meanwhile joins the same turn), and it gets a bounded number of turns per stage
 * so two bots cannot talk each other into a loop.
 */
final class BotAgent implements SeatAgent {

    static final int TURNS_PER_STAGE = 12;
    private static final Logger LOG = LoggerFactory.getLogger(BotAgent.class);

    private final Bot bot;
    private final long thinkMs;
    private final int turnCap;
    private long seen;
    private boolean scheduled;
    private boolean stopped;
    private Stage stage;
    private int turns;

    BotAgent(Bot bot, long thinkMs, int turnCap) {
        this.bot = bot;
        this.thinkMs = thinkMs;
        this.turnCap = turnCap;
    }

    @Override
    public void wake(SeatControl control) {
        if (scheduled || stopped || control.over()) {
            return;
        }
        scheduled = true;
        control.schedule(() -> turn(control), thinkMs);
    }

    private void turn(SeatControl control) {
        scheduled = false;
        if (stopped || control.over()) {
            return;
        }
        PlayerView view = control.view();
        if (!view.stage().equals(stage)) {
            stage = view.stage();
            turns = 0;
        }
        if (turns >= turnCap) {
            return;
        }
        turns++;
        List<Match.Sequenced> news = control.eventsAfter(seen);
        seen = control.lastSeq();
        List<Command> commands;
        try {
            commands = bot.act(view, news);
        } catch (RuntimeException e) {
            LOG.warn("The bot at {} failed its turn: {}", control.seat(), e.toString());
            return;
        }
        for (Command c : commands) {
            if (stopped) {
                return;
            }
            Verdict v = control.submit(c);
            if (!v.accepted()) {
                LOG.debug("bot at {}: {} refused: {}", control.seat(), c, v.rejection().code());
                bot.rejected(c, v.rejection());
            }
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
