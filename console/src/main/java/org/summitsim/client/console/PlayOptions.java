package org.summitsim.client.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.summitsim.client.net.ClientTls;

/**
 * How a console session starts: where the server is, how to enter the room (a join code with
 * an optional seat, or a token), an optional facilitator token to hold the chair as well, and
 * for demos the requests the chair sends before play (bots, start) and a welcome to print, and
 * whether to speak TLS.
 */
public record PlayOptions(
        String host,
        int port,
        String name,
        String code,
        String seat,
        String token,
        String chairToken,
        boolean json,
        List<ObjectNode> chairSetup,
        String welcome,
        ClientTls tls) {

    public PlayOptions {
        chairSetup = chairSetup == null ? List.of() : List.copyOf(chairSetup);
        tls = tls == null ? ClientTls.OFF : tls;
    }

    public static PlayOptions join(String host, int port, String name, String code, String seat) {
        return new PlayOptions(host, port, name, code, seat, null, null, false, List.of(), null, ClientTls.OFF);
    }

    public PlayOptions withJson(boolean j) {
        return new PlayOptions(host, port, name, code, seat, token, chairToken, j, chairSetup, welcome, tls);
    }

    public PlayOptions withToken(String t) {
        return new PlayOptions(host, port, name, code, seat, t, chairToken, json, chairSetup, welcome, tls);
    }

    public PlayOptions withChair(String chair, List<ObjectNode> setup, String text) {
        return new PlayOptions(host, port, name, code, seat, token, chair, json, setup, text, tls);
    }

    public PlayOptions withTls(ClientTls t) {
        return new PlayOptions(host, port, name, code, seat, token, chairToken, json, chairSetup, welcome, t);
    }

    PlayOptions withAnswers(String n, String c, String s) {
        return new PlayOptions(host, port, n, c, s, token, chairToken, json, chairSetup, welcome, tls);
    }
}
