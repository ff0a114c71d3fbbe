package org.summitsim.server.session;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Limits;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.server.transport.Connection;

/**
 * Scenario files uploaded by facilitators. An upload belongs to its connection only: it is on
 * offer to that connection's {@code create_room} (for all the worlds of a class) and to no one
 * else, and it is forgotten when the connection closes; the rooms keep their own copies.
 */
final class Uploads {

    /** What a connection has sent: the parts of the file in progress, and the last complete file. */
    private static final class Pending {
        private final StringBuilder parts = new StringBuilder();
        private ScenarioFile done;
    }

    private final Map<Connection, Pending> byConnection = new ConcurrentHashMap<>();

    /** Adds a part; returns the scenario once the last part is in and the file is valid. */
    Optional<ScenarioFile> receive(Connection c, ClientMessage.UploadScenario part) {
        Pending p = byConnection.computeIfAbsent(c, k -> {
            c.channel().closeFuture().addListener(f -> byConnection.remove(c));
            return new Pending();
        });
        if (p.parts.length() + part.text().length() > Limits.SCENARIO_CHARS) {
            p.parts.setLength(0);
            throw new ProtocolError(
                    ErrorCodes.BAD_SCENARIO,
                    "The scenario file is longer than " + Limits.SCENARIO_CHARS
                            + " characters, which no scenario needs; the upload was dropped.");
        }
        p.parts.append(part.text());
        if (!part.last()) {
            return Optional.empty();
        }
        String text = p.parts.toString();
        p.parts.setLength(0);
        try {
            p.done = ScenarioFile.parse(text, "the uploaded file");
        } catch (ScenarioException e) {
            throw new ProtocolError(
                    ErrorCodes.BAD_SCENARIO,
                    "The scenario file has " + e.problems().size()
                            + (e.problems().size() == 1 ? " problem" : " problems") + " and was not accepted:\n"
                            + String.join(
                                    "\n",
                                    e.problems().stream().map(Object::toString).toList()));
        }
        return Optional.of(p.done);
    }

    /** The connection's uploaded scenario with this id, if it has one. */
    Optional<ScenarioFile> find(Connection c, String id) {
        Pending p = byConnection.get(c);
        return p == null || p.done == null || !p.done.id().equals(id) ? Optional.empty() : Optional.of(p.done);
    }
}
