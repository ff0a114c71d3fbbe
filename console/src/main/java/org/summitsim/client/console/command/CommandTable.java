package org.summitsim.client.console.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every console command by name, in the order help lists them, with aliases. */
public final class CommandTable {

    private final Map<String, CommandSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<String> sections = new ArrayList<>();
    private final Map<String, String> sectionOf = new LinkedHashMap<>();
    private String current = "";

    /** The table of every built-in command. */
    public static CommandTable standard() {
        CommandTable t = new CommandTable();
        ViewCommands.register(t);
        TalkCommands.register(t);
        AmendmentCommands.register(t);
        CommitmentCommands.register(t);
        SessionCommands.register(t);
        ChairCommands.register(t);
        return t;
    }

    /** Starts a help section: the commands added after this are listed under {@code title}. */
    public void section(String title) {
        sections.add(title);
        current = title;
    }

    public void add(CommandSpec spec) {
        specs.put(spec.name(), spec);
        sectionOf.put(spec.name(), current);
    }

    public void alias(String alias, String name) {
        aliases.put(alias, name);
    }

    public List<CommandSpec> all() {
        return List.copyOf(specs.values());
    }

    public String sectionOf(CommandSpec spec) {
        return sectionOf.getOrDefault(spec.name(), "");
    }

    public List<String> sections() {
        return List.copyOf(sections);
    }

    /** The command a line starts with: a two-word name first ("caucus say"), then one word. */
    public Optional<CommandSpec> find(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = canonical(words.get(0));
        if (words.size() > 1) {
            CommandSpec two = specs.get(first + " " + words.get(1).toLowerCase(Locale.ROOT));
            if (two != null) {
                return Optional.of(two);
            }
        }
        return Optional.ofNullable(specs.get(first));
    }

    public String canonical(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return aliases.getOrDefault(w, w);
    }

    /** Names of commands whose first word is {@code first}, as typed after it ("say", "leave"...). */
    public List<String> subcommands(String first) {
        String prefix = canonical(first) + " ";
        return specs.keySet().stream()
                .filter(n -> n.startsWith(prefix))
                .map(n -> n.substring(prefix.length()))
                .toList();
    }

    /** Distinct first words, for completing the command name. */
    public List<String> firstWords(boolean facilitator) {
        return specs.values().stream()
                .filter(s -> facilitator || s.who() != CommandSpec.Who.FACILITATOR)
                .map(s -> s.name().split(" ")[0])
                .distinct()
                .toList();
    }

    public Map<String, String> aliases() {
        return Map.copyOf(aliases);
    }
}
