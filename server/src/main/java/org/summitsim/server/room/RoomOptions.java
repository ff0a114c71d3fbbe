package org.summitsim.server.room;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.Timing;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Limits;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.journal.JournalRecord.SavedOptions;

/** The options of {@code create_room}, checked, with the scenario's defaults filled in. */
public record RoomOptions(long seed, Settings settings, SavedOptions saved) {

    public static final String OPEN = "open";
    public static final String BOT = "bot";
    public static final String DEFAULT = "default";
    public static final String DEFAULT_BOT = "mixed";
    public static final int DEFAULT_GRACE = 120;

    /** Who may take a seat its player abandoned (after the grace period). */
    public static final String HANDOVER_FACILITATOR = "facilitator";

    public static final String HANDOVER_WITH_HISTORY = "history";
    public static final String HANDOVER_FRESH = "fresh";
    /** A week: time enough to prepare a lesson, short enough that forgotten rooms go. */
    public static final int MAX_LOBBY_MINUTES = 7 * 1440;
    /** Fifteen minutes: longer than most rounds, so a longer window would only mean "till the round ends". */
    public static final int MAX_VOTE_WINDOW = 900;

    // spotless:off
    private static final Set<String> KNOWN = Set.of("label", "seed", "timing", "adoption", "facilitatorReadsPrivate",
            "pseudonyms", "absent", "graceSeconds", "listed", "bot", "lobbyMinutes", "handover", "pace", "voteWindowSeconds");
    // spotless:on

    /** Reads {@code options} (may be null); throws {@link ProtocolError} {@code bad_option}. */
    public static RoomOptions parse(JsonNode options, Scenario scenario, BotFactory bots) {
        JsonNode o = options == null || options.isNull() ? Json.mapper().createObjectNode() : options;
        if (!o.isObject()) {
            throw bad("The options must be an object, such as {\"timing\":\"45\"}.");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!KNOWN.contains(f)) {
                throw bad("\"" + (f.length() > 40 ? f.substring(0, 40) : f) + "\" is not a room option. Options: "
                        + String.join(", ", new java.util.TreeSet<>(KNOWN)) + ".");
            }
        }
        String label = text(o, "label", scenario.title());
        if (o.hasNonNull("label")) {
            Limits.check("label", label, Limits.NAME);
        }
        long seed = o.hasNonNull("seed")
                ? integral(o, "seed")
                : ThreadLocalRandom.current().nextLong(1L << 48);
        Settings settings = Settings.of(scenario).withTiming(timing(o.get("timing"), scenario));
        if (o.hasNonNull("adoption")) {
            settings = settings.withAdoption(
                    adoption(o.get("adoption"), scenario.playable().size()));
        }
        if (o.hasNonNull("facilitatorReadsPrivate")) {
            settings = settings.withFacilitatorReadsPrivate(bool(o, "facilitatorReadsPrivate"));
        }
        String absent = text(o, "absent", OPEN);
        if (!Set.of(OPEN, BOT, DEFAULT).contains(absent)) {
            throw bad("\"absent\" must be \"open\", \"bot\" or \"default\".");
        }
        long grace = o.hasNonNull("graceSeconds") ? integral(o, "graceSeconds") : DEFAULT_GRACE;
        if (grace < 0 || grace > 3600) {
            throw bad("\"graceSeconds\" must be between 0 and 3600.");
        }
        boolean listed = o.hasNonNull("listed") && bool(o, "listed");
        boolean pseudonyms = o.hasNonNull("pseudonyms") && bool(o, "pseudonyms");
        String bot = text(o, "bot", DEFAULT_BOT);
        if (!bots.exists(bot)) {
            throw bad("There is no bot strategy \"" + bot + "\". Strategies: " + String.join(", ", bots.strategies())
                    + ".");
        }
        long lobbyMinutes =
                o.hasNonNull("lobbyMinutes") ? integral(o, "lobbyMinutes") : SavedOptions.DEFAULT_LOBBY_MINUTES;
        if (lobbyMinutes < 1 || lobbyMinutes > MAX_LOBBY_MINUTES) {
            throw bad("\"lobbyMinutes\" must be between 1 and " + MAX_LOBBY_MINUTES + ": how long the room may wait"
                    + " before the facilitator starts it (default " + SavedOptions.DEFAULT_LOBBY_MINUTES + ").");
        }
        String handover = text(o, "handover", SavedOptions.DEFAULT_HANDOVER);
        if (!Set.of(HANDOVER_FACILITATOR, HANDOVER_WITH_HISTORY, HANDOVER_FRESH).contains(handover)) {
            throw bad("\"handover\" must be \"facilitator\" (only the facilitator seats someone on an abandoned"
                    + " seat), \"history\" (anyone with the code may take it and reads its earlier private talk) or"
                    + " \"fresh\" (anyone may take it, without its earlier private talk).");
        }
        String paceName = text(o, "pace", Pace.NORMAL);
        Pace pace = Pace.named(paceName)
                .orElseThrow(() -> bad("\"pace\" must be one of " + String.join(", ", Pace.names())
                        + ": how fast bots move while people play, and how long votes stay open."));
        long window = o.hasNonNull("voteWindowSeconds") ? integral(o, "voteWindowSeconds") : pace.voteWindowSeconds();
        if (window < 0 || window > MAX_VOTE_WINDOW) {
            throw bad("\"voteWindowSeconds\" must be between 0 and " + MAX_VOTE_WINDOW + ": how long a vote stays open"
                    + " at least while people play (0: it closes as soon as every delegation has a stance).");
        }
        // The core then leaves closing a vote to the room, which holds it for the window.
        settings = settings.withHostClosingVotes(window > 0);
        return new RoomOptions(
                seed,
                settings,
                new SavedOptions(
                        label,
                        absent,
                        (int) grace,
                        listed,
                        bot,
                        pseudonyms ? Boolean.TRUE : null,
                        (int) lobbyMinutes,
                        handover,
                        paceName,
                        o.hasNonNull("voteWindowSeconds") ? Integer.valueOf((int) window) : null));
    }

    private static Timing timing(JsonNode t, Scenario scenario) {
        if (t == null || t.isNull()) {
            return scenario.timing();
        }
        if (t.isTextual()) {
            return scenario.preset(t.asText())
                    .map(p -> p.timing())
                    .orElseThrow(() -> bad("The scenario has no timing preset \"" + t.asText() + "\"."
                            + (scenario.timingPresets().isEmpty()
                                    ? " It has none: give the phases' seconds instead."
                                    : " Its presets: "
                                            + String.join(
                                                    ", ",
                                                    scenario.timingPresets().stream()
                                                            .map(p -> p.id())
                                                            .toList())
                                            + ".")
                            + (t.asText().equals("quick") || t.asText().equals("relaxed")
                                    ? " \"" + t.asText() + "\" is a pace (\"pace\"), which sets how fast bots"
                                            + " speak and votes close, not the phases' length."
                                    : "")));
        }
        if (!t.isObject()) {
            throw bad("\"timing\" must be a preset id or an object of seconds.");
        }
        Timing base = scenario.timing();
        int briefing = seconds(t, "briefing", base.briefing());
        int opening = seconds(t, "opening", base.opening());
        int round = seconds(t, "round", base.round());
        int rounds = seconds(t, "rounds", base.rounds());
        int decision = seconds(t, "decision", base.decision());
        if (rounds > 20) {
            throw bad("\"timing.rounds\" must be at most 20.");
        }
        return new Timing(briefing, opening, round, rounds, decision);
    }

    /**
     * The scenario's adoption rule replaced for this room. Checked as the scenario validator
     * checks a scenario's own rule, so a room cannot play by a rule no scenario could have.
     */
    private static AdoptionRule adoption(JsonNode a, int playable) {
        if (!a.isObject()) {
            throw bad("\"adoption\" must be an object: {\"rule\":\"consensus\",\"maxObjections\":2} or"
                    + " {\"rule\":\"supermajority\",\"fraction\":0.67}.");
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("rule", "maxObjections", "fraction").contains(f)) {
                throw bad("\"adoption\" takes rule, maxObjections (consensus) or fraction (supermajority), not \""
                        + (f.length() > 40 ? f.substring(0, 40) : f) + "\".");
            }
        }
        String rule = text(a, "rule", null);
        if (AdoptionRule.CONSENSUS.equals(rule)) {
            if (a.has("fraction")) {
                throw bad("\"adoption.fraction\" belongs to the supermajority rule; a consensus rule takes"
                        + " maxObjections.");
            }
            JsonNode k = a.get("maxObjections");
            if (k == null || !k.isIntegralNumber() || !k.canConvertToInt() || k.asInt() < 0 || k.asInt() >= playable) {
                throw bad("\"adoption.maxObjections\" must be a whole number from 0 to " + (playable - 1)
                        + " (this scenario has " + playable + " delegations; 0 means any objection blocks).");
            }
            return new AdoptionRule(AdoptionRule.CONSENSUS, k.asInt(), null);
        }
        if (AdoptionRule.SUPERMAJORITY.equals(rule)) {
            if (a.has("maxObjections")) {
                throw bad("\"adoption.maxObjections\" belongs to the consensus rule; a supermajority rule takes"
                        + " fraction.");
            }
            JsonNode f = a.get("fraction");
            if (f == null || !f.isNumber() || !(f.asDouble() > 0.5) || f.asDouble() > 1.0) {
                throw bad("\"adoption.fraction\" must be a number above 0.5 and at most 1, such as 0.67 for two"
                        + " thirds.");
            }
            return new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, f.asDouble());
        }
        throw bad("\"adoption.rule\" must be \"consensus\" or \"supermajority\".");
    }

    private static int seconds(JsonNode t, String field, Integer fallback) {
        if (!t.hasNonNull(field)) {
            return fallback == null ? 0 : fallback;
        }
        JsonNode n = t.get(field);
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() > 24 * 3600) {
            throw bad("\"timing." + field + "\" must be a whole number of seconds from 0 to 86400.");
        }
        return n.asInt();
    }

    private static String text(JsonNode o, String field, String fallback) {
        if (!o.hasNonNull(field)) {
            return fallback;
        }
        if (!o.get(field).isTextual()) {
            throw bad("\"" + field + "\" must be a string.");
        }
        return o.get(field).asText();
    }

    private static long integral(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw bad("\"" + field + "\" must be a whole number.");
        }
        return n.asLong();
    }

    private static boolean bool(JsonNode o, String field) {
        if (!o.get(field).isBoolean()) {
            throw bad("\"" + field + "\" must be true or false.");
        }
        return o.get(field).asBoolean();
    }

    private static ProtocolError bad(String message) {
        return new ProtocolError(ErrorCodes.BAD_OPTION, message);
    }
}
