package org.summitsim.core.bots;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.Scenario;

/**
 * The built-in strategies by name. {@code script:FILE} loads a rule-script bot (docs/BOTS.md);
 * {@code class:NAME} a bot author's Java class; a {@link BotProvider} on the class path adds
 * strategies of its own prefix ({@code exec:COMMAND}, a program in any language).
 */
public final class Strategies {

    public static final List<String> BUILT_IN =
            List.of("historical", "utility", "mediator", "hardliner", "coalition", "silent", "random", "mixed");

    /**
     * What {@code mixed} draws from, seat by seat: the strategies that negotiate. A table of one
     * strategy plays much the same game whatever the seed; a mixed table differs from game to game,
     * as a room of people would.
     */
    public static final List<String> MIXED = List.of("utility", "mediator", "hardliner", "coalition");

    private Strategies() {}

    /** The providers on the class path, found once. */
    private static final class Providers {
        static final List<BotProvider> ALL = java.util.ServiceLoader.load(BotProvider.class).stream()
                .map(java.util.ServiceLoader.Provider::get)
                .toList();
    }

    private static java.util.Optional<BotProvider> provider(String strategy) {
        return Providers.ALL.stream()
                .filter(p -> strategy.startsWith(p.prefix()))
                .findFirst();
    }

    /** A bot for {@code seat} playing {@code strategy}, seeded from the match seed and the seat. */
    public static Bot create(String strategy, Scenario scenario, String seat, long matchSeed) {
        Delegation d = scenario.delegation(seat)
                .orElseThrow(() -> new IllegalArgumentException("no delegation \"" + seat + "\""));
        return create(strategy, seat, matchSeed, d.history(), scenario);
    }

    /** As above, for a seat known only by id (e.g. over the network); {@code history} may be null. */
    public static Bot create(String strategy, String seat, long matchSeed, History history) {
        return create(strategy, seat, matchSeed, history, null);
    }

    /** The strategy {@code seat} plays: {@code mixed} drawn from the match seed and the seat, any other as named. */
    public static String resolve(String strategy, String seat, long matchSeed) {
        return strategy.equals("mixed")
                ? MIXED.get((int) Math.floorMod(mix(matchSeed ^ MIXING, seat), (long) MIXED.size()))
                : strategy;
    }

    /** Mixed into the seed that draws a mixed table. */
    private static final long MIXING = 0x3C6E_F372_FE94_F82BL;

    private static Bot create(String strategy, String seat, long matchSeed, History history, Scenario scenario) {
        Bot bot = strategy(resolve(strategy, seat, matchSeed), seat, matchSeed, history, scenario);
        if (bot instanceof UtilityBot || bot instanceof HardlinerBot) {
            // The negotiating strategies (mediator and coalition are utility bots) answer players.
            // Its own seed for wording answers: the seat's random source is left as it was, so
            // matches where nobody talks to a bot are what they were.
            ((Negotiator) bot).converse(new Conversation(seat, mix(matchSeed ^ TALK, seat), scenario));
        }
        return bot;
    }

    /** Mixed into the seed of a bot's answers. */
    private static final long TALK = 0x7A1C_0FFE_E5EE_D5L;

    private static Bot strategy(String strategy, String seat, long matchSeed, History history, Scenario scenario) {
        BotSeat botSeat = new BotSeat(seat, new SplittableRandom(mix(matchSeed, seat)), history);
        if (strategy.startsWith("script:")) {
            return ScriptBot.load(Path.of(strategy.substring("script:".length())), botSeat, scenario);
        }
        if (strategy.startsWith("class:")) {
            return instantiate(strategy.substring("class:".length()), botSeat);
        }
        return switch (strategy) {
            case "historical" -> new HistoricalBot(botSeat);
            case "utility" -> new UtilityBot(botSeat);
            case "mediator" -> new MediatorBot(botSeat);
            case "hardliner" -> new HardlinerBot(botSeat);
            case "coalition" -> new CoalitionBot(botSeat);
            case "silent" -> new SilentBot(botSeat);
            case "random" -> new RandomBot(botSeat);
            // The built-in names first: a room, which plays only those, never consults a provider.
            default ->
                provider(strategy)
                        .map(p -> p.create(strategy, botSeat, scenario))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "unknown strategy \"" + strategy + "\" (strategies: " + forms() + ")"));
        };
    }

    /**
     * Short names of {@code strategies} for tables, in the same order: a script by its file's
     * name ({@code script:bots/hawk.json} is {@code hawk.json}), a Java bot by its class's simple
     * name ({@code class:org.example.Hawk} is {@code Hawk}), a built-in strategy as it is. A short
     * name that would be ambiguous (the same as another's, or a built-in strategy's) stays whole.
     */
    public static Map<String, String> labels(List<String> strategies) {
        Map<String, String> shortName = new LinkedHashMap<>();
        for (String s : strategies) {
            shortName.put(s, shortName(s));
        }
        Map<String, Long> uses =
                shortName.values().stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        Map<String, String> out = new LinkedHashMap<>();
        shortName.forEach((s, label) -> out.put(
                s,
                label.isEmpty() || uses.get(label) > 1 || (!label.equals(s) && BUILT_IN.contains(label)) ? s : label));
        return out;
    }

    /** Every form a strategy may take, for a refusal: the built-in names, script:FILE, class:NAME, exec:COMMAND. */
    public static String forms() {
        StringBuilder b = new StringBuilder(String.join(", ", BUILT_IN)).append(", script:FILE, class:NAME");
        Providers.ALL.forEach(p -> b.append(", ").append(p.prefix()).append("COMMAND"));
        return b.toString();
    }

    private static String shortName(String strategy) {
        java.util.Optional<BotProvider> provider = provider(strategy);
        if (provider.isPresent()) {
            return provider.get().shortName(strategy);
        }
        if (strategy.startsWith("script:")) {
            String file = strategy.substring("script:".length());
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return file.substring(slash + 1);
        }
        if (strategy.startsWith("class:")) {
            String type = strategy.substring("class:".length());
            return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
        }
        return strategy;
    }

    public static boolean exists(String strategy) {
        return BUILT_IN.contains(strategy)
                || strategy.startsWith("script:")
                || strategy.startsWith("class:")
                || provider(strategy).isPresent();
    }

    /**
     * Fails with the reason a bot author can act on if {@code strategy} names a Java bot that
     * cannot be made (not on the class path, not a {@code Bot}) or a provider's strategy it cannot
     * play (a program that is not there), before any match or room needs it.
     */
    public static void checkClass(String strategy) {
        if (strategy.startsWith("class:")) {
            botClass(strategy.substring("class:".length()));
        }
        provider(strategy).ifPresent(p -> p.check(strategy));
    }

    private static Class<?> botClass(String className) {
        try {
            Class<?> type;
            try {
                type = Class.forName(className);
            } catch (LinkageError e) {
                // A class for a newer Java, or one named in the wrong case on a case-blind disk.
                throw new IllegalArgumentException(
                        "The bot class " + className + " cannot be loaded: " + e
                                + ". Compile it for Java 17 with the same name as its file.",
                        e);
            }
            if (!Bot.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(className + " does not implement " + Bot.class.getName());
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(
                    "There is no bot class " + className + " on the class path. Compile it"
                            + " against summit.jar and run Summit with its folder or jar on the class path:"
                            + " SUMMIT_CLASSPATH=FOLDER ./summit match ... --bots class:" + className
                            + " (or java -cp app/target/summit.jar:FOLDER org.summitsim.client.cli.Main match ...;"
                            + " docs/examples/GreedyBot.java shows how).",
                    e);
        }
    }

    /** A bot author's class on the class path, built with a (BotSeat) or a no-argument constructor. */
    private static Bot instantiate(String className, BotSeat seat) {
        Class<?> type = botClass(className);
        try {
            try {
                return (Bot) type.getConstructor(BotSeat.class).newInstance(seat);
            } catch (NoSuchMethodException e) {
                return (Bot) type.getConstructor().newInstance();
            }
        } catch (java.lang.reflect.InvocationTargetException e) {
            // Its constructor threw: that is the bot author's to fix, said as a bot's turn says it.
            throw new IllegalArgumentException(
                    "The constructor of " + className + " threw " + BotFault.describe(e.getCause()), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "Cannot create the bot class " + className + " (it needs a public constructor taking a BotSeat,"
                            + " or none): " + e,
                    e);
        }
    }

    /** A seat's seed: the match seed mixed with the seat id, so seats differ but repeat exactly. */
    static long mix(long seed, String seat) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seat.length(); i++) {
            h = (h ^ seat.charAt(i)) * 0x100000001B3L;
        }
        return h ^ (h >>> 31);
    }
}
