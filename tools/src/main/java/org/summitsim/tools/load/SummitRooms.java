package org.summitsim.tools.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a Summit server for a load: rooms created from a scenario over a plain TCP
 * connection (whatever transport the load then uses), each moved to ROUND 1 with a day-long
 * round, so that every client's commands are in play.
 */
final class SummitRooms {

    private SummitRooms() {}

    /** Creates {@code count} rooms and returns their join codes. */
    static List<String> create(String host, int port, String scenario, int count) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            codes.add(create(host, port, scenario));
        }
        return codes;
    }

    /** Names for {@code count} of the baseline's groups, which need no creating: {@code prefix0}, {@code prefix1}, ... */
    static List<String> groups(String prefix, int count) {
        List<String> groups = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            groups.add(prefix + r);
        }
        return groups;
    }

    private static String create(String host, int port, String scenario) throws Exception {
        try (Socket s = new Socket(host, port)) {
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out.write(("{\"type\":\"hello\",\"protocol\":1}\n{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\""
                            + scenario
                            + "\",\"options\":{\"timing\":{\"round\":86400,\"rounds\":1},\"facilitatorReadsPrivate\":false}}\n")
                    .getBytes(StandardCharsets.UTF_8));
            String code = null;
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("{\"type\":\"welcome\"")) {
                if (line.contains("\"room_created\"")) {
                    code = LoadClient.field(line, "\"code\":\"");
                } else if (line.contains("\"error\"")) {
                    throw new IllegalStateException(line);
                }
            }
            for (String[] step : new String[][] {{"LOBBY", "start"}, {"BRIEFING", "advance"}, {"OPENING", "advance"}}) {
                out.write(("{\"type\":\"command\",\"id\":\"" + step[1] + step[0] + "\",\"stage\":\"" + step[0]
                                + "\",\"command\":{\"type\":\"" + step[1] + "\"}}\n")
                        .getBytes(StandardCharsets.UTF_8));
                while ((line = in.readLine()) != null && !line.contains("\"id\":\"" + step[1] + step[0] + "\"")) {
                    // Skip events until the step's reply.
                }
                if (line == null || !line.startsWith("{\"type\":\"ack\"")) {
                    throw new IllegalStateException("the room could not be started: " + line);
                }
            }
            return code;
        }
    }
}
