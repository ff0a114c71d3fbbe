package org.summitsim.server.room;

import java.util.List;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Match;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;

/** What a {@link SeatAgent} may do at its seat. Use on the room's loop only. */
public interface SeatControl {

    String seat();

    Scenario scenario();

    PlayerView view();

    long lastSeq();

    /** The events after {@code seq} this seat may see (the core's visibility filter applies). */
    List<Match.Sequenced> eventsAfter(long seq);

    boolean over();

    /** Submits a command for this seat for the current stage, as a human's command would be. */
    Verdict submit(Command command);

    /** Runs {@code task} on the room's thread after {@code delayMs}; dropped if the agent was replaced. */
    RoomClock.Timer schedule(Runnable task, long delayMs);
}
