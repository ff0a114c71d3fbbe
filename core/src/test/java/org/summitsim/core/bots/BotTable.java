package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * Bots seated at a real match driven by hand: each turn a bot sees the news it has not seen,
 * and every command it sends goes through the rules, which must accept it.
 */
final class BotTable {

    private final MatchDriver match;
    private final Map<String, Long> seen = new HashMap<>();

    BotTable(MatchDriver match) {
        this.match = match;
    }

    /** One turn of {@code bot} in {@code seat}: what it sent. */
    List<Command> turn(String seat, Bot bot) {
        Viewer viewer = Viewer.seat(seat);
        PlayerView view = match.view(viewer);
        List<Command> commands = bot.act(view, match.match().eventsFor(viewer, seen.getOrDefault(seat, 0L)));
        seen.put(seat, match.match().lastSeq());
        for (Command c : commands) {
            Verdict v = match.submit(Actor.seat(seat), c);
            assertThat(v.accepted())
                    .as(seat + " sent " + c + ": "
                            + (v.accepted() ? "" : v.rejection().message()))
                    .isTrue();
        }
        return commands;
    }

    /** The private messages among {@code commands} to {@code seat}, joined: what a bot said to it. */
    static String whispersTo(List<Command> commands, String seat) {
        StringBuilder s = new StringBuilder();
        for (Command c : commands) {
            if (c instanceof Command.Whisper w && w.to().equals(seat)) {
                s.append(w.text()).append(' ');
            }
        }
        return s.toString();
    }

    /** Makes {@code seat}'s next turn see the whole match again, as a bot just seated there would. */
    void forget(String seat) {
        seen.put(seat, 0L);
    }
}
