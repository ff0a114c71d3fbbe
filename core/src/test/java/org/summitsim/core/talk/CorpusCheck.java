package org.summitsim.core.talk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioCatalog;

/**
 * Reads a file of player messages with what each should be understood as (one JSON object a
 * line: {@code {"scenario", "to", "text", "expect"}}) and scores a recogniser on it: how many it
 * understood as intended, and the two mistakes that must never happen, an agreement or an offer
 * read into a message that made none, and a trade read the wrong way round.
 */
final class CorpusCheck {

    record Line(int number, String scenario, String to, String text, JsonNode expect) {}

    record Miss(Line line, Map<String, Object> read) {
        @Override
        public String toString() {
            return "line " + line.number() + " \"" + line.text() + "\": expected " + line.expect() + ", read "
                    + Json.write(read);
        }
    }

    record Result(int total, List<Miss> misses, List<Miss> falseAgreements, List<Miss> wrongTrades) {
        double accuracy() {
            return total == 0 ? 1 : (total - misses.size()) / (double) total;
        }

        String report() {
            StringBuilder s = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d of %d understood as intended (%.1f %%)%n",
                    total - misses.size(),
                    total,
                    100 * accuracy()));
            misses.forEach(m -> s.append("  ").append(m).append('\n'));
            return s.toString();
        }
    }

    private CorpusCheck() {}

    static List<Line> read(Path file) {
        try {
            List<Line> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String raw = lines.get(i).trim();
                if (raw.isEmpty() || raw.startsWith("//")) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(raw);
                out.add(new Line(
                        i + 1,
                        n.path("scenario").asText(),
                        n.path("to").asText(""),
                        n.path("text").asText(),
                        n.path("expect")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result check(List<Line> lines) {
        Map<String, Recogniser> recognisers = new HashMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Miss> falseAgreements = new ArrayList<>();
        List<Miss> wrongTrades = new ArrayList<>();
        for (Line line : lines) {
            Recogniser r = recognisers.computeIfAbsent(line.scenario(), id -> Recogniser.of(ScenarioCatalog.load(id)));
            Map<String, Object> read =
                    CorpusForm.of(r.read(line.text(), line.to()).intent());
            JsonNode readTree = Json.mapper().valueToTree(read);
            Miss miss = new Miss(line, read);
            if (!matches(line.expect(), readTree)) {
                misses.add(miss);
            }
            String expected = line.expect().path("intent").asText();
            String got = (String) read.get("intent");
            if (got.equals("accept") && !expected.equals("accept")) {
                falseAgreements.add(miss);
            }
            if (got.equals("trade") && !expected.equals("trade")) {
                falseAgreements.add(miss); // an offer the player never made
            }
            if (got.equals("trade")
                    && expected.equals("trade")
                    && side(line.expect().path("give"), readTree.path("want"))
                    && side(line.expect().path("want"), readTree.path("give"))
                    && !side(line.expect().path("give"), readTree.path("give"))) {
                wrongTrades.add(miss);
            }
        }
        return new Result(lines.size(), misses, falseAgreements, wrongTrades);
    }

    static boolean matches(JsonNode expect, JsonNode read) {
        String intent = expect.path("intent").asText();
        if (!intent.equals(read.path("intent").asText())) {
            return false;
        }
        return switch (intent) {
            case "position" -> strings(expect.path("clauses")).equals(strings(read.path("clauses")));
            case "ask_pledge" ->
                !expect.hasNonNull("decision")
                        || expect.path("decision")
                                .asText()
                                .equals(read.path("decision").asText(null));
            case "trade" ->
                side(expect.path("give"), read.path("give")) && side(expect.path("want"), read.path("want"));
            default -> true;
        };
    }

    /**
     * One side as the corpus states it: a decision, or a clause with its option; an option given
     * as null ("support the treaty clause", "drop the treaty call") is met by a side naming only the
     * clause, or by one that drops a wording of it.
     */
    static boolean side(JsonNode expect, JsonNode read) {
        if (expect.hasNonNull("decision")) {
            return expect.path("decision").asText().equals(read.path("decision").asText(null));
        }
        if (!expect.path("clause").asText().equals(read.path("clause").asText(null))) {
            return false;
        }
        if (!expect.hasNonNull("option")) {
            return !read.hasNonNull("option") || read.path("drop").asBoolean(false);
        }
        return Objects.equals(
                expect.path("option").asText(), read.path("option").asText(null));
    }

    private static java.util.Set<String> strings(JsonNode array) {
        java.util.Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
