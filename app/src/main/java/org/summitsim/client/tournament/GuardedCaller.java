package org.summitsim.client.tournament;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/**
 * Runs a bot's turn on a worker thread with a time budget, so a bot that hangs or loops is
 * benched instead of stalling the tournament. Used for bots not built into Summit.
 */
public final class GuardedCaller implements BotCaller, AutoCloseable {

    private final long budgetMillis;
    private ExecutorService worker = newWorker();

    public GuardedCaller(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bot-turn");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<Command> call(Bot bot, PlayerView view, List<Match.Sequenced> news) throws BotFailure {
        Future<List<Command>> turn = worker.submit(() -> bot.act(view, news));
        try {
            return turn.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            turn.cancel(true);
            // The stuck thread may never return; give later turns a fresh one.
            worker.shutdownNow();
            worker = newWorker();
            throw new BotFailure(
                    "no answer within " + budgetMillis + " ms (--turn-budget allows a turn more time)", true, e);
        } catch (ExecutionException e) {
            throw new BotFailure(String.valueOf(e.getCause()), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotFailure("interrupted", false, e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
