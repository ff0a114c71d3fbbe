package org.summitsim.client.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.summitsim.core.json.Json;

/**
 * How a class is set up: the scenario and the room options every world gets. Turns the teacher's
 * words ("45", "consensus:2", minutes) into the {@code create_room} options of docs/PROTOCOL.md;
 * the server checks the values against the scenario and has the last word.
 *
 * @param timing   a preset id of the scenario ("45"), "custom", or null for the scenario's default
 * @param minutes  custom phase lengths in minutes by field (briefing, opening, round, decision), and
 *                 {@code rounds} as a count; empty unless custom
 * @param adoption null, or {"rule":...} as the protocol takes it
 * @param readsPrivate null for the server's default (the facilitator reads private talk)
 */
public record ClassSetup(
        String scenario,
        String timing,
        Map<String, Double> minutes,
        ObjectNode adoption,
        boolean pseudonyms,
        Boolean readsPrivate,
        String absent,
        String bot,
        int worlds,
        String label) {

    /**
     * The scenario file to upload when {@code scenario} names one (a path to an existing file, or any
     * name ending in ".json"); null for a scenario id the server offers.
     */
    public Path scenarioFile() {
        Path path = Path.of(scenario);
        return Files.isRegularFile(path) || scenario.endsWith(".json") ? path : null;
    }

    /** The room label is at most this long (the server's limit for names and labels). */
    public static final int LABEL_CHARS = 40;

    public static final int MAX_WORLDS = 12;

    public ClassSetup {
        minutes = minutes == null ? Map.of() : Map.copyOf(minutes);
        if (worlds < 1 || worlds > MAX_WORLDS) {
            throw new ClassroomException("--worlds must be from 1 to " + MAX_WORLDS + "; run more classes for more.");
        }
        if (timing != null && !timing.equals("custom") && !minutes.isEmpty()) {
            throw new ClassroomException("Phase lengths (--briefing, --round, ...) go with --timing custom, not with"
                    + " the preset \"" + timing + "\".");
        }
        for (Map.Entry<String, Double> e : minutes.entrySet()) {
            double v = e.getValue();
            boolean rounds = e.getKey().equals("rounds");
            if (rounds ? v < 1 || v > 20 || v != Math.rint(v) : v < 0 || v > 24 * 60) {
                throw new ClassroomException(
                        rounds
                                ? "--rounds must be a whole number from 1 to 20."
                                : "--" + e.getKey() + " must be a number of minutes from 0 to 1440.");
            }
        }
        if (label != null && label.isBlank()) {
            label = null;
        }
    }

    /**
     * Reads an adoption rule as typed: {@code consensus:K} (at most K objections) or
     * {@code supermajority:F} (F a fraction such as 0.67, or a percentage such as 67).
     */
    public static ObjectNode adoption(String typed) {
        if (typed == null) {
            return null;
        }
        String[] parts = typed.strip().toLowerCase(Locale.ROOT).split("[:=]", 2);
        ObjectNode n = Json.mapper().createObjectNode();
        try {
            if (parts[0].equals("consensus") && parts.length == 2) {
                return n.put("rule", "consensus").put("maxObjections", Integer.parseInt(parts[1].strip()));
            }
            if (parts[0].equals("supermajority") && parts.length == 2) {
                double f = Double.parseDouble(parts[1].strip().replace("%", ""));
                return n.put("rule", "supermajority").put("fraction", f > 1 ? f / 100 : f);
            }
        } catch (NumberFormatException e) {
            // The sentence below says what is expected.
        }
        throw new ClassroomException("\"" + typed + "\" is not an adoption rule; write consensus:K (adopted with at"
                + " most K objections) or supermajority:0.67 (two thirds of the votes for or against).");
    }

    /** The {@code create_room} options of world {@code n} (1-based). */
    public ObjectNode options(int n, String scenarioTitle) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("label", label(n, scenarioTitle));
        if (timing != null && !timing.equals("custom")) {
            o.put("timing", timing);
        } else if (!minutes.isEmpty()) {
            ObjectNode t = o.putObject("timing");
            for (String field : new String[] {"briefing", "opening", "round", "rounds", "decision"}) {
                Double v = minutes.get(field);
                if (v != null) {
                    t.put(field, field.equals("rounds") ? (int) Math.round(v) : (int) Math.round(v * 60));
                }
            }
        }
        if (adoption != null) {
            o.set("adoption", adoption.deepCopy());
        }
        if (pseudonyms) {
            o.put("pseudonyms", true);
        }
        if (readsPrivate != null) {
            o.put("facilitatorReadsPrivate", readsPrivate);
        }
        if (absent != null) {
            o.put("absent", absent);
        }
        if (bot != null) {
            o.put("bot", bot);
        }
        return o;
    }

    /**
     * "Period 3 - World 2": the teacher's label, else the scenario's title, shortened so the whole
     * label fits the server's limit. One world keeps the label as it is.
     */
    public String label(int n, String scenarioTitle) {
        String base = label != null ? label.strip() : scenarioTitle == null ? scenario : scenarioTitle.strip();
        if (worlds == 1) {
            return clip(base, LABEL_CHARS).strip();
        }
        String suffix = " - World " + n;
        return clip(base, LABEL_CHARS - suffix.length()).strip() + suffix;
    }

    /** Shortened at a word, with an ellipsis, so a label never ends in half a word. */
    private static String clip(String s, int chars) {
        if (s.length() <= chars) {
            return s;
        }
        String cut = s.substring(0, chars - 1);
        int space = cut.lastIndexOf(' ');
        if (space > chars / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s:;,.-]+$", "") + "\u2026";
    }

    /** Custom minutes as a map, skipping those not given; for the command line. */
    public static Map<String, Double> minutes(
            Double briefing, Double opening, Double round, Integer rounds, Double decision) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (briefing != null) {
            m.put("briefing", briefing);
        }
        if (opening != null) {
            m.put("opening", opening);
        }
        if (round != null) {
            m.put("round", round);
        }
        if (rounds != null) {
            m.put("rounds", rounds.doubleValue());
        }
        if (decision != null) {
            m.put("decision", decision);
        }
        return m;
    }
}
