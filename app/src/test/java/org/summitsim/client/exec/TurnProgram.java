package org.summitsim.client.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.summitsim.core.json.Json;

/**
 * A bot program for the tests, run as a process of its own as a bot author's would be: it votes
 * for every open amendment, signs, says it is done, and writes what it heard at the end to a
 * file. Its first argument makes it misbehave instead: "crash", "chatter", "dance", "envelope", "sleep",
 * "nostart" (it ends before it answers the greeting) or "stack" (so does it, with an error and a
 * long stack, as Node prints one).
 */
public final class TurnProgram {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path log = Path.of(args[1]);
        if (mode.equals("stack")) {
            System.err.println("TypeError: Cannot read properties of undefined (reading 'seat')");
            for (int i = 0; i < 6; i++) {
                System.err.println("    at node:internal/modules/run_main:" + i);
            }
            System.exit(1);
        }
        if (mode.equals("nostart")) {
            System.err.println("can't open file 'nosuchbot.py'");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Set<String> voted = new HashSet<>();
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode m = Json.mapper().readTree(line);
            String type = m.path("type").asText();
            if (type.equals("hello")) {
                out.println("{\"type\":\"ready\"}");
                continue;
            }
            if (type.equals("start") || type.equals("finished") || type.equals("rejected")) {
                String what = type.equals("finished")
                        ? "finished " + m.path("view").path("seat").asText() + " "
                                + m.path("view")
                                        .path("outcome")
                                        .path("decisions")
                                        .path(m.path("view").path("seat").asText())
                                        .path("decision")
                                        .asText()
                        : type + " " + m.path("bot").asLong() + " "
                                + m.path("seat").asText() + m.path("code").asText()
                                + m.path("message").asText();
                Files.writeString(log, what + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                continue;
            }
            switch (mode) {
                case "crash" -> {
                    System.err.println("Traceback: boom");
                    System.exit(3);
                }
                case "chatter" -> out.println("hello from my bot");
                case "dance" -> out.println("{\"commands\":[{\"type\":\"dance\"}]}");
                case "envelope" ->
                    out.println("{\"commands\":[{\"type\":\"command\",\"stage\":\"OPENING\","
                            + "\"command\":{\"type\":\"say\",\"text\":\"Hello.\"}}]}");
                case "sleep" -> Thread.sleep(5_000);
                default -> out.println(turn(m.path("view"), voted));
            }
        }
    }

    private static String turn(JsonNode view, Set<String> voted) {
        ObjectNode answer = Json.mapper().createObjectNode();
        ArrayNode commands = answer.putArray("commands");
        Set<String> legal = new HashSet<>();
        view.path("legalActions").forEach(a -> legal.add(a.path("command").asText()));
        if (legal.contains("decide")) {
            commands.addObject().put("type", "decide").put("decision", "SIGN").put("statement", "We sign.");
        } else if (legal.contains("vote")) {
            view.path("legalActions").forEach(a -> {
                String amendment = a.path("args").path("amendment").asText();
                if (a.path("command").asText().equals("vote") && voted.add(amendment)) {
                    commands.addObject()
                            .put("type", "vote")
                            .put("amendment", amendment)
                            .put("ballot", "SUPPORT");
                }
            });
        }
        if (commands.isEmpty() && legal.contains("ready")) {
            commands.addObject().put("type", "ready");
        }
        return answer.toString();
    }
}
