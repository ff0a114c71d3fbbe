package org.summitsim.core.headless;

import java.util.List;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/**
 * How the runner asks a bot for its turn. The direct caller runs the bot in place; a host that
 * plays untrusted bots supplies one that enforces a time budget (see the client's tournament).
 */
@FunctionalInterface
public interface BotCaller {

    BotCaller DIRECT = Bot::act;

    /** The bot's commands; throws {@link BotFailure} when the bot timed out or failed. */
    List<Command> call(Bot bot, PlayerView view, List<Match.Sequenced> news) throws BotFailure;

    /** A bot that threw or ran past its budget. */
    final class BotFailure extends Exception {
        private final boolean timeout;

        public BotFailure(String message, boolean timeout, Throwable cause) {
            super(message, cause);
            this.timeout = timeout;
        }

        public boolean timeout() {
            return timeout;
        }
    }
}
