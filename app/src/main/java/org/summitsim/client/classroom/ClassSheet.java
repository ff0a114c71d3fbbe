package org.summitsim.client.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The teacher's sheet after {@code summit class create}: per world the code to hand out and the
 * token to keep, the exact commands for students, teacher and debrief, and the rules in force.
 */
public final class ClassSheet {

    /** Where `summit serve` keeps rooms unless started with --data. */
    private static final String DATA = "./summit-data";

    private ClassSheet() {}

    /** {@code server} as the students must type it (HOST:PORT, or tls://HOST:PORT). */
    public static String render(ClassCreated created, String server) {
        StringBuilder out = new StringBuilder();
        List<World> worlds = created.worlds();
        String title = created.title() == null ? created.scenario() : created.title();
        out.append(worlds.size() == 1 ? "Created one room" : "Created " + worlds.size() + " parallel rooms")
                .append(" of \"")
                .append(title)
                .append("\" on ")
                .append(server)
                .append(".\n");
        // A par table made for other numbers rates every student wrongly: said before anything is handed out.
        created.warnings().forEach(w -> out.append("Note: ").append(w).append(".\n"));
        if (hostOf(server).equals("0.0.0.0") || hostOf(server).equals("::")) {
            out.append("Note: ")
                    .append(hostOf(server))
                    .append(" is where the server listens, not an address students")
                    .append(" can type. Give them this computer's network address (e.g. 192.168.1.20) instead.\n");
        } else if (isLoopback(server)) {
            out.append("Note: ")
                    .append(server)
                    .append(" only works on this computer. Students on other computers")
                    .append(" need this computer's network address instead (start the server with")
                    .append(" `./summit serve --host 0.0.0.0`).\n");
        }
        for (World w : worlds) {
            out.append('\n')
                    .append(worlds.size() == 1 ? "Room" : "World " + w.number())
                    .append(": ")
                    .append(w.label())
                    .append("  (room ")
                    .append(w.room())
                    .append(")\n");
            out.append("  Join code for students:  ").append(w.code()).append('\n');
            out.append("  Facilitator token:       ")
                    .append(w.facilitatorToken())
                    .append("  (keep it secret)\n");
            out.append("  Students run:  ./summit play ")
                    .append(server)
                    .append(" --code ")
                    .append(w.code())
                    .append('\n');
            out.append("  Teacher runs:  ./summit play ")
                    .append(server)
                    .append(" --token ")
                    .append(w.facilitatorToken())
                    .append('\n');
            out.append("  Monitor:       ./summit class monitor --server ")
                    .append(server)
                    .append(" --token ")
                    .append(w.facilitatorToken())
                    .append(" --watch\n");
        }
        out.append('\n').append(rules(created.rules()));
        String rooms = String.join(" ", worlds.stream().map(World::room).toList());
        // The server says where it keeps rooms; an older one does not, so the teacher is told to check.
        String data = dataOption(worlds);
        if (data != null) {
            out.append("\nAfter class, in the folder where the server runs:\n");
        } else {
            data = " --data " + DATA;
            out.append("\nAfter class, in the folder where the server runs (--data is the server's folder for rooms:"
                    + " change " + DATA + " if you started the server with another --data):\n");
        }
        if (worlds.size() > 1) {
            out.append("  ./summit report ")
                    .append(rooms)
                    .append(" --compare")
                    .append(data)
                    .append(" --out compare.html   # the rooms side by side\n");
        }
        for (World w : worlds) {
            String name = worlds.size() == 1 ? "" : "-world" + w.number();
            String report = "  ./summit report " + w.room() + data;
            out.append(report)
                    .append(" --out debrief")
                    .append(name)
                    .append(".html   # the debrief, for the projector\n");
            out.append(report)
                    .append(" --out grades")
                    .append(name)
                    .append(".csv   # one row per delegation, for grading\n");
            out.append(report)
                    .append(" --transcript \"SEAT\" --out transcript")
                    .append(name)
                    .append(".md   # what one delegation said and did; put its name (or the student's) for SEAT\n");
        }
        return out.toString();
    }

    /**
     * What the server's report command adds after the room id ({@code ""}, or {@code " --data
     * FOLDER"} when the server keeps rooms elsewhere than the default), the same for every world;
     * null when the server did not say.
     */
    private static String dataOption(List<World> worlds) {
        String data = null;
        for (World w : worlds) {
            String prefix = "./summit report " + w.room();
            if (w.reportCommand() == null || !w.reportCommand().startsWith(prefix)) {
                return null;
            }
            String rest = w.reportCommand().substring(prefix.length());
            if (data != null && !data.equals(rest)) {
                return null;
            }
            data = rest;
        }
        return data;
    }

    /** The rules every world plays by, in sentences. */
    static String rules(JsonNode rules) {
        if (rules == null || rules.isMissingNode()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Rules in every room:\n");
        JsonNode t = rules.path("timing");
        int total = t.path("briefing").asInt()
                + t.path("opening").asInt()
                + t.path("round").asInt() * t.path("rounds").asInt()
                + t.path("decision").asInt();
        out.append("  Timing: briefing ")
                .append(minutes(t.path("briefing").asInt()))
                .append(", opening ")
                .append(minutes(t.path("opening").asInt()))
                .append(", ")
                .append(t.path("rounds").asInt())
                .append(t.path("rounds").asInt() == 1 ? " round of " : " rounds of ")
                .append(minutes(t.path("round").asInt()))
                .append(", decision ")
                .append(minutes(t.path("decision").asInt()))
                .append(" (")
                .append(minutes(total))
                .append(" of play, plus any time you add).\n");
        out.append("  Amendments: ").append(rules.path("adoptionText").asText()).append("\n");
        if (rules.hasNonNull("pace")) {
            int window = rules.path("voteWindowSeconds").asInt();
            out.append("  Pace: ")
                    .append(rules.path("pace").asText())
                    .append(
                            window > 0
                                    ? " (a vote stays open at least " + minutes(window) + ", so students can lobby)"
                                    : " (a vote closes as soon as every delegation has voted)")
                    .append(".\n");
        }
        out.append("  Privacy: ").append(rules.path("privacyText").asText()).append('\n');
        String absent = switch (rules.path("absent").asText("open")) {
            case "bot" -> "a " + rules.path("bot").asText() + " bot takes over";
            case "default" -> "the seat gets the default decision";
            default -> "the seat waits for its student";
        };
        out.append("  A student gone for more than ")
                .append(rules.path("graceSeconds").asInt())
                .append(" s: ")
                .append(absent)
                .append(".\n");
        return out.toString();
    }

    static String minutes(int seconds) {
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private static boolean isLoopback(String server) {
        String host = hostOf(server);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    private static String hostOf(String address) {
        String server = address.startsWith("tls://") ? address.substring("tls://".length()) : address;
        String host = server.contains(":") ? server.substring(0, server.lastIndexOf(':')) : server;
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
