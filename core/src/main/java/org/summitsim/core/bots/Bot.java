package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.view.PlayerView;

/**
 * One interface for every bot, built in or written by a bot author. A bot sees exactly what a
 * human at its seat sees (the seat's view and the events it may see) and answers with the same
 * commands. A bot must be deterministic for a given seed.
 */
public interface Bot {

    /**
     * The bot's turn: the seat's current view and the events it has seen since its last turn.
     * Returns the commands to send now, in order; an empty list passes the turn. The runner
     * fills in the stage from the view.
     */
    List<Command> act(PlayerView view, List<Match.Sequenced> news);

    /**
     * Told which seats are played by people, whenever that changes; until told, a bot may assume
     * any seat is. Built-in bots answer messages only from people: between bots, deals speak.
     */
    default void seatedPeople(java.util.Set<String> seats) {}

    /** Told when one of its commands was refused, with the reason. */
    default void rejected(Command command, Rejection rejection) {}

    /**
     * Told, in a headless match or over the network ({@code summit bots}), that the match is
     * over, with the seat's last view (its outcome holds every score): a bot that learns across
     * matches reads its result here, and a bot that runs as another program forgets the seat.
     * A room's own bots are not told.
     */
    default void finished(PlayerView view) {}

    /**
     * What this bot sent since its last turn that could not be read as a command at all (a bot
     * program's misspelt JSON), each as the refusal it was told ("dance: \"dance\" is not a
     * command. ..."), taken once: a headless match counts them among the seat's refused moves.
     */
    default List<String> unreadable() {
        return List.of();
    }
}
