package org.summitsim.client.console.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/** What commands may use: the remembered state, the server, and the screen. */
public interface ConsoleContext {

    ClientState state();

    Style style();

    CommandTable table();

    /** Prints a command's output (a page, a confirmation). */
    void print(String text);

    /** The view as the server has it now (one round trip); the last one known if offline. */
    PlayerView freshView();

    /** The latest view without asking the server; fails with a sentence before the first one. */
    PlayerView view();

    /**
     * Sends a game command for the stage the client has seen. Facilitator commands go through
     * the facilitator's connection. Throws {@link ConsoleError} with the server's reason and a
     * hint when refused.
     */
    void act(Command command);

    /** A facilitator room operation (fill_bots, move_player, get_presence...); its reply. */
    JsonNode chair(ObjectNode request);

    /** Whether this console holds the facilitator role. */
    boolean facilitator();

    /** Whether this console plays a seat. */
    boolean player();

    /** Waits until {@code done} or the timeout, letting events print meanwhile; false on timeout. */
    boolean await(BooleanSupplier done, Duration timeout);

    /**
     * Asks the person at the keyboard to confirm a step with big effects, saying what it will do;
     * true to go ahead. A script is not asked (it has said what it wants): always true there.
     */
    boolean confirm(String what);

    /** Clears the screen (nothing in a script). */
    void clearScreen();

    /** Ends the session after this command. */
    void quit();
}
