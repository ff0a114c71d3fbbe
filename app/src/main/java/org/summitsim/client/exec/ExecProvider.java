package org.summitsim.client.exec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.BotProvider;
import org.summitsim.core.bots.BotSeat;
import org.summitsim.core.scenario.Scenario;

/**
 * The {@code exec:COMMAND} strategies: one program per command for the whole run, started when
 * the first seat needs it, serving every seat that plays it (each by a number of its own).
 */
public final class ExecProvider implements BotProvider {

    static final String PREFIX = "exec:";

    private static final Map<String, Program> PROGRAMS = new ConcurrentHashMap<>();

    @Override
    public String prefix() {
        return PREFIX;
    }

    /** The program is found and started (and greeted) here, before any match: a mistake shows at once. */
    @Override
    public void check(String strategy) {
        List<String> command = command(strategy);
        String name = command.get(0);
        if (findExecutable(name) == null) {
            Path file = Path.of(name);
            throw new IllegalArgumentException(
                    (name.contains("/") || name.contains("\\")) && Files.isRegularFile(file)
                            ? name + " cannot be run: it is not executable (chmod +x " + name + "), or run it with its"
                                    + " interpreter (such as exec:python3 " + name + ")."
                            : "There is no program \"" + name + "\" to run for " + strategy + ": give a program on the"
                                    + " PATH (such as exec:python3 bot.py) or the path of one that can be run (such as"
                                    + " exec:./bot).");
        }
        try {
            program(strategy).start();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The program " + strategy + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * A seat of a match on this thread. Each thread that plays matches has the program to itself
     * (a tournament's matches side by side do not queue for one program, and a crash stops only
     * the match in hand); it is started here, before the seat's first turn, so that the start-up
     * is not taken from a turn's time budget. A program that does not start fails the seat's first
     * turn with the reason, not the run.
     */
    @Override
    public Bot create(String strategy, BotSeat seat, Scenario scenario) {
        Program program = program(strategy);
        long seed = seat.random().nextLong();
        try {
            return new ExecBot(program, seat.seat(), seed, program.start(), null);
        } catch (RuntimeException e) {
            return new ExecBot(program, seat.seat(), seed, -1, e.getMessage());
        }
    }

    private Program program(String strategy) {
        return PROGRAMS.computeIfAbsent(
                strategy + "\u0000" + Thread.currentThread().getId(),
                k -> new Program(command(strategy), shortName(strategy)));
    }

    /**
     * The bot's file name: the first word after the program that names a file, or looks like a
     * file's name ({@code exec:python3 bots/hawk.py --fast} is {@code hawk.py}), else the
     * program's ({@code exec:./hawk --fast} is {@code hawk}).
     */
    @Override
    public String shortName(String strategy) {
        List<String> command = command(strategy);
        List<String> words = command.subList(1, command.size()).stream()
                .filter(w -> !w.startsWith("-"))
                .toList();
        String named = words.stream()
                .filter(w -> Files.isRegularFile(Path.of(w)))
                .findFirst()
                .or(() -> words.stream().filter(w -> lastPart(w).contains(".")).findFirst())
                .orElse(command.get(0));
        return lastPart(named);
    }

    private static String lastPart(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The command's words, split at spaces: no shell runs it. */
    static List<String> command(String strategy) {
        String text = strategy.substring(PREFIX.length()).trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(
                    "exec: needs the command that runs your bot after the colon, such as exec:python3 bot.py.");
        }
        return Arrays.asList(text.split("\\s+"));
    }

    /** The program a command's first word runs: a path to a file that can run, or a name found on the PATH. */
    static Path findExecutable(String name) {
        if (name.contains("/") || name.contains("\\")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
            for (String suffix : List.of("", ".exe", ".cmd", ".bat")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name + suffix);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
