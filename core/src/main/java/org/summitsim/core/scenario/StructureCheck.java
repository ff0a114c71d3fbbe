package org.summitsim.core.scenario;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed JSON tree against the shape of the scenario records before Jackson binds it:
 * unknown fields, missing required fields and wrong types, everywhere in the tree at once.
 * The shape is read from the records themselves, so a field added to a record is accepted here
 * without a second list to keep in step; only which fields are required is listed by hand.
 */
final class StructureCheck {

    /** Fields a file must give; all others may be left out (the records supply defaults). */
    // spotless:off
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            entry(Scenario.class, Set.of("id", "title", "briefing", "chair", "timing", "adoption", "binding",
                    "defaultDecision", "clauses", "delegations")),
            entry(Timing.class, Set.of("briefing", "opening", "round", "rounds", "decision")),
            entry(TimingPreset.class, Set.of("id", "minutes", "timing")),
            entry(AdoptionRule.class, Set.of("rule")),
            entry(BindingTrack.class, Set.of("threshold")),
            entry(FinalAdoption.class, Set.of("rule")),
            entry(Clause.class, Set.of("id", "title", "draft", "options")),
            entry(ClauseOption.class, Set.of("id", "label", "text")),
            entry(Bloc.class, Set.of("id", "name")),
            entry(Delegation.class, Set.of("id", "name", "preferences")),
            entry(Preferences.class, Set.of("clauses")),
            entry(OptionRef.class, Set.of("clause", "option")),
            entry(History.class, Set.of("attended")),
            entry(BackgroundState.class, Set.of("id", "name")),
            entry(TextCondition.class, Set.of("clause", "options")),
            entry(Inject.class, Set.of("id", "title", "text")),
            entry(Debrief.Range.class, Set.of("min")));
    // spotless:on

    private final List<Problem> problems = new ArrayList<>();

    private StructureCheck() {}

    static List<Problem> check(JsonNode root) {
        StructureCheck check = new StructureCheck();
        check.value(root, Scenario.class, "");
        return check.problems;
    }

    private void value(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            expect(node.isTextual(), node, "text in double quotes", path);
        } else if (raw == Integer.class || raw == int.class) {
            if (!node.isIntegralNumber()) {
                expect(false, node, "a whole number", path);
            } else if (!node.canConvertToInt()) {
                add(path, "the number " + node + " is far too large");
            }
        } else if (raw == Double.class || raw == double.class) {
            expect(node.isNumber(), node, "a number", path);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(node.isBoolean(), node, "true or false", path);
        } else if (raw.isEnum()) {
            enumValue(node, raw, path);
        } else if (List.class.isAssignableFrom(raw)) {
            list(node, argument(type, 0), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(node, argument(type, 0), argument(type, 1), path);
        } else if (raw.isRecord()) {
            record(node, raw, path);
        } else {
            throw new IllegalStateException("scenario records use an unsupported type " + type);
        }
    }

    private void record(JsonNode node, Class<?> type, String path) {
        if (!expect(node.isObject(), node, "an object in { }", path)) {
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names =
                Arrays.stream(components).map(RecordComponent::getName).toList();
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!names.contains(f)) {
                unknown.add(f);
            }
        });
        List<String> missing = new ArrayList<>();
        for (RecordComponent c : components) {
            JsonNode child = node.get(c.getName());
            if (child == null || child.isNull()) {
                if (REQUIRED.getOrDefault(type, Set.of()).contains(c.getName())) {
                    missing.add(c.getName());
                }
            }
        }
        if (unknown.size() == 1 && missing.size() == 1) {
            // One stray field where one required field is absent: a misspelling, so one problem, not two.
            add(
                    join(path, unknown.get(0)),
                    "unknown field; did you mean \"" + missing.get(0) + "\"? Every " + words(type) + " needs \""
                            + missing.get(0) + "\"");
            missing.clear();
        } else {
            unknown.forEach(f -> add(join(path, f), "unknown field" + suggestion(f, names)));
        }
        missing.forEach(m -> add(join(path, m), "missing; every " + words(type) + " needs \"" + m + "\""));
        for (RecordComponent c : components) {
            JsonNode child = node.get(c.getName());
            if (child != null && !child.isNull()) {
                value(child, c.getGenericType(), join(path, c.getName()));
            }
        }
    }

    private void list(JsonNode node, Type element, String path) {
        if (!expect(node.isArray(), node, "a list in [ ]", path)) {
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode child = node.get(i);
            String at = path + "[" + i + "]";
            if (child.isNull()) {
                add(at, "a list entry is null; remove it or give a value");
            } else {
                value(child, element, at);
            }
        }
    }

    private void map(JsonNode node, Type key, Type value, String path) {
        if (!expect(node.isObject(), node, "an object in { }", path)) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            String at = join(path, e.getKey());
            Class<?> keyType = raw(key);
            if (keyType.isEnum() && !constants(keyType).contains(e.getKey())) {
                add(
                        at,
                        "\"" + e.getKey() + "\" is not allowed here; use one of "
                                + String.join(", ", constants(keyType)));
            } else if (e.getValue().isNull()) {
                add(at, "the value is null; give a value or leave the entry out");
            } else {
                value(e.getValue(), value, at);
            }
        });
    }

    private void enumValue(JsonNode node, Class<?> type, String path) {
        List<String> allowed = constants(type);
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            add(path, "expected one of " + String.join(", ", allowed) + " (in capitals), found " + describe(node));
        }
    }

    private boolean expect(boolean ok, JsonNode node, String expected, String path) {
        if (!ok) {
            add(path, "expected " + expected + ", found " + describe(node));
        }
        return ok;
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String suggestion(String field, List<String> names) {
        String closest = closest(field, names);
        if (closest != null) {
            return "; did you mean \"" + closest + "\"?";
        }
        return "; the fields allowed here are: " + String.join(", ", names);
    }

    /** The name {@code typed} was likely meant to be (a typo away), or null. */
    static String closest(String typed, List<String> names) {
        String closest = names.stream()
                .min(Comparator.comparingInt(n -> distance(typed.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT))))
                .orElse(null);
        return closest != null
                        && !closest.equalsIgnoreCase(typed)
                        && distance(typed.toLowerCase(Locale.ROOT), closest.toLowerCase(Locale.ROOT))
                                <= Math.max(2, typed.length() / 3)
                ? closest
                : null;
    }

    /** Edit distance, to suggest the field a typo was meant to be. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "ClauseOption" reads "clause option" in a message. */
    private static String words(Class<?> type) {
        String name = type == Debrief.Range.class ? "signatoryRange" : type.getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
