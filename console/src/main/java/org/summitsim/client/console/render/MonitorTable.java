package org.summitsim.client.console.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facilitator's monitor (a {@code monitor} message) as a plain-text table, one delegation a
 * line, followed by who has not spoken yet and who has been idle a while. Plain text so it
 * works in any terminal and in a console client's page alike.
 */
public final class MonitorTable {

    /** Idle this long (or longer) gets flagged: long enough to be more than reading a brief. */
    public static final long IDLE_FLAG_SECONDS = 180;

    // spotless:off
    private static final String[] HEADERS = {"Delegation", "Status", "Students", "Idle", "Ready", "Decided",
        "Floor", "Msgs", "Caucus", "Amend", "Votes", "Pledges", "Deals"};
    /** The same columns when the full headers do not fit the terminal, explained by {@link #LEGEND}. */
    private static final String[] SHORT = {"Delegation", "Status", "Students", "Idle", "Rdy", "Dcd",
        "Flr", "Msg", "Cau", "Amd", "Vot", "Plg", "Dls"};
    private static final String LEGEND = "Rdy ready, Dcd decided; Flr floor statements, Msg private messages,"
        + " Cau caucus messages, Amd amendments, Vot votes, Plg pledges, Dls deals.";
    // spotless:on
    private static final int NAME_CHARS = 22;
    private static final int STUDENT_CHARS = 28;

    private MonitorTable() {}

    public static String render(JsonNode monitor) {
        StringBuilder out = new StringBuilder();
        out.append(headline(monitor)).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        List<String> idle = new ArrayList<>();
        for (JsonNode s : monitor.path("seats")) {
            rows.add(row(s));
            String status = s.path("status").asText();
            if ((status.equals("present") || status.equals("absent"))
                    && s.path("idleSeconds").asLong() >= IDLE_FLAG_SECONDS
                    && !over(monitor)) {
                idle.add(name(s) + " " + duration(s.path("idleSeconds").asLong()));
            }
        }
        String table = table(rows);
        if (table.lines().anyMatch(l -> l.length() > Wrap.columns())) {
            rows.set(0, SHORT);
            table = table(rows) + LEGEND + "\n";
        }
        out.append(table);
        List<String> quiet = new ArrayList<>();
        for (JsonNode seatId : monitor.path("notSpoken")) {
            for (JsonNode s : monitor.path("seats")) {
                if (s.path("seat").asText().equals(seatId.asText())) {
                    String people = people(s);
                    quiet.add(name(s) + (people.isEmpty() ? "" : " (" + people + ")"));
                }
            }
        }
        boolean seated = false;
        for (JsonNode s : monitor.path("seats")) {
            seated |= s.path("status").asText().matches("present|absent");
        }
        out.append('\n')
                .append("Not yet spoken on the floor: ")
                .append(
                        !quiet.isEmpty()
                                ? String.join(", ", quiet) + "."
                                : seated ? "none; every seated delegation has." : "nobody is seated yet.")
                .append('\n');
        if (!idle.isEmpty()) {
            out.append("Idle ")
                    .append(IDLE_FLAG_SECONDS / 60)
                    .append(" minutes or more: ")
                    .append(String.join(", ", idle))
                    .append(".\n");
        }
        return out.toString();
    }

    private static String headline(JsonNode m) {
        JsonNode clock = m.path("clock");
        StringBuilder h = new StringBuilder(m.path("label").asText())
                .append(" (room ")
                .append(m.path("room").asText())
                .append("): ")
                .append(clock.path("stage").asText("?"));
        if (clock.path("paused").asBoolean()) {
            h.append(", paused");
        }
        if (clock.has("remainingMs")) {
            h.append(", ")
                    .append(duration(clock.path("remainingMs").asLong() / 1000))
                    .append(" left");
        }
        int spectators = m.path("spectators").asInt();
        if (spectators > 0) {
            h.append(". ").append(spectators).append(spectators == 1 ? " spectator" : " spectators");
        }
        return h.append('.').toString();
    }

    private static String[] row(JsonNode s) {
        String status = s.path("status").asText();
        boolean human = status.equals("present") || status.equals("absent");
        JsonNode c = s.path("counts");
        String students = status.equals("bot") ? "(" + s.path("bot").asText() + " bot)" : students(s);
        return new String[] {
            clip(name(s), NAME_CHARS),
            status,
            clip(students, STUDENT_CHARS),
            human ? duration(s.path("idleSeconds").asLong()) : "-",
            s.path("ready").asBoolean() ? "yes" : "",
            s.path("decided").asBoolean() ? "yes" : "",
            n(c, "floor"),
            n(c, "messages"),
            n(c, "caucusMessages"),
            n(c, "amendments"),
            n(c, "votes"),
            n(c, "pledges"),
            n(c, "deals")
        };
    }

    private static String table(List<String[]> rows) {
        int[] widths = new int[HEADERS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        // Narrow the students' column, then the names', until a row fits the terminal (a teacher's
        // console is often 80 or 100 columns): a wrapped row cannot be read as a table.
        int over =
                rows.get(0) == SHORT ? java.util.Arrays.stream(widths).sum() + (widths.length - 1) - Wrap.columns() : 0;
        for (int column : new int[] {2, 0}) {
            int cut = Math.min(Math.max(0, over), widths[column] - rows.get(0)[column].length());
            if (cut > 0) {
                widths[column] -= cut;
                over -= cut;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                // Text columns line up on the left, numbers on the right.
                boolean number = i >= 6;
                String text = clip(r[i], widths[i]);
                String cell = number
                        ? " ".repeat(widths[i] - text.length()) + text
                        : text + " ".repeat(widths[i] - text.length());
                line.append(cell).append(i == r.length - 1 ? "" : rows.get(0) == SHORT ? " " : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static boolean over(JsonNode m) {
        return m.path("clock").path("stage").asText().equals("RESULTS");
    }

    private static String name(JsonNode s) {
        return s.path("name").asText(s.path("seat").asText());
    }

    /** The people at a seat, by name: who the teacher would ask to speak (not a program beside them). */
    private static String people(JsonNode s) {
        List<String> names = new ArrayList<>();
        s.path("players").forEach(p -> {
            if (!p.path("bot").asBoolean()) {
                names.add(shown(p));
            }
        });
        return String.join(", ", names);
    }

    private static String shown(JsonNode p) {
        return p.path("name").asText().isBlank()
                ? p.path("player").asText()
                : p.path("name").asText();
    }

    private static String students(JsonNode s) {
        List<String> names = new ArrayList<>();
        s.path("players").forEach(p -> names.add(shown(p) + (p.path("bot").asBoolean() ? " (a program)" : "")));
        return String.join(", ", names);
    }

    private static String n(JsonNode counts, String field) {
        return Integer.toString(counts.path(field).asInt());
    }

    /** m:ss, or h:mm:ss past an hour. */
    public static String duration(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String clip(String s, int chars) {
        return s.length() <= chars ? s : s.substring(0, chars - 3) + "...";
    }
}
