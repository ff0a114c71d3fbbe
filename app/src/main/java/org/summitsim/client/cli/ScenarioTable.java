package org.summitsim.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitsim.server.scenario.ScenarioLibrary;

/**
 * What `summit scenario list` prints, for the scenarios found here or those a server offers:
 * one line per playable scenario, then every file that cannot be played, with each problem.
 */
final class ScenarioTable {

    record Row(String id, int seats, String source, String title) {}

    record Unplayable(String file, List<String> problems) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<Unplayable> unplayable = new ArrayList<>();

    static ScenarioTable of(ScenarioLibrary.Listing listing) {
        ScenarioTable t = new ScenarioTable();
        listing.scenarios()
                .forEach(o -> t.rows.add(new Row(
                        o.file().id(),
                        o.file().scenario().playable().size(),
                        o.source(),
                        o.file().scenario().title())));
        listing.invalid()
                .forEach(f -> t.unplayable.add(new Unplayable(
                        f.file().toString(),
                        f.problems().stream().map(Object::toString).toList())));
        return t;
    }

    /** From a server's {@code scenarios} reply. */
    static ScenarioTable of(JsonNode reply) {
        ScenarioTable t = new ScenarioTable();
        reply.path("scenarios")
                .forEach(s -> t.rows.add(new Row(
                        s.path("id").asText(),
                        s.path("seats").size(),
                        s.path("source").asText("shipped"),
                        s.path("title").asText())));
        reply.path("invalid").forEach(f -> {
            List<String> problems = new ArrayList<>();
            f.path("problems").forEach(p -> problems.add(p.asText()));
            t.unplayable.add(new Unplayable(f.path("file").asText(), problems));
        });
        return t;
    }

    /** Prints the table; returns whether every scenario file can be played. */
    boolean print(PrintWriter out) {
        int idWidth =
                Math.max(16, rows.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        String format = "%-" + idWidth + "s %-6s %-18s %s%n";
        out.printf(Locale.ROOT, format, "ID", "SEATS", "FROM", "TITLE");
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.id(), r.seats(), r.source(), r.title());
        }
        if (!unplayable.isEmpty()) {
            out.println();
            out.println(unplayable.size() + (unplayable.size() == 1 ? " file cannot" : " files cannot")
                    + " be played until fixed (`summit scenario validate FILE` checks a file again):");
            for (Unplayable u : unplayable) {
                int n = u.problems().size();
                out.println(u.file() + ": " + n + (n == 1 ? " problem" : " problems"));
                u.problems().forEach(p -> out.println("  " + p));
            }
        }
        out.flush();
        return unplayable.isEmpty();
    }
}
