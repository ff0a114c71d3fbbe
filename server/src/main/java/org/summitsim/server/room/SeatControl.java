package org.summitsim.server.room;

import java.util.List;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
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

    /** Whether a person (not a bot or fallback) plays {@code seat} now, or is expected back to it. */
    boolean person(String seat);

    /**
     * Why the room holds back this command of a bot now, or null to send it: where people play,
     * bots leave them clauses to amend and time to answer (see {@link PeopleFirst}).
     */
    default String crowding(Command command) {
        return null;
    }

    /** Whether the room paces its bots now (some seat is played by a person; see {@link Pace}). */
    boolean paced();

    /** Up to how long a paced bot waits on top of its thinking time, so bots do not act in lockstep. */
    long spreadMs();

    /**
     * A turn for this agent, {@code delayMs} from now at the earliest, when the room's pacing lets
     * it (see {@link BotPacer}); {@code urgent} when it answers a person. {@code turn} says whether
     * the agent did anything; it is dropped if the agent was replaced meanwhile.
     */
    void turn(long delayMs, boolean urgent, java.util.function.BooleanSupplier turn);
}
