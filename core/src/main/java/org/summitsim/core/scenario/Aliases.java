package org.summitsim.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the {@code aliases} of clauses, options and delegations: the other names players give
 * them ("MHC", "the treaty clause", "America"), which bots use to understand messages. An alias
 * must say something, and must not also name a sibling (another clause, another wording of the
 * same clause, another delegation): a bot could not tell which one a player meant.
 */
final class Aliases {

    /** As long as a delegation name may be; an alias is a name, not a sentence. */
    static final int MAX_LENGTH = 80;

    private Aliases() {}

    static void validate(Findings f, Scenario s) {
        List<Named> clauses = new ArrayList<>();
        for (int i = 0; i < s.clauses().size(); i++) {
            Clause c = s.clauses().get(i);
            String at = "clauses[" + i + "]";
            clauses.add(new Named(at, "clause \"" + c.id() + "\"", names(c.id(), c.title()), c.aliases()));
            List<Named> options = new ArrayList<>();
            for (int j = 0; j < c.options().size(); j++) {
                ClauseOption o = c.options().get(j);
                options.add(new Named(
                        at + ".options[" + j + "]",
                        "option \"" + o.id() + "\" of clause \"" + c.id() + "\"",
                        names(o.id(), o.label()),
                        o.aliases()));
            }
            siblings(f, options, "wording of this clause");
        }
        siblings(f, clauses, "clause");
        List<Named> delegations = new ArrayList<>();
        for (int i = 0; i < s.delegations().size(); i++) {
            Delegation d = s.delegations().get(i);
            delegations.add(new Named(
                    "delegations[" + i + "]", "delegation \"" + d.id() + "\"", names(d.id(), d.name()), d.aliases()));
        }
        siblings(f, delegations, "delegation");
    }

    /** One thing that has aliases: where it is, what to call it, its own names and its aliases. */
    private record Named(String at, String what, List<String> own, List<String> aliases) {}

    private static List<String> names(String id, String title) {
        List<String> out = new ArrayList<>();
        out.add(normal(id));
        if (title != null) {
            out.add(normal(title.replace("(draft)", "")));
        }
        return out;
    }

    private static void siblings(Findings f, List<Named> all, String kind) {
        Map<String, Named> owner = new HashMap<>();
        for (Named n : all) {
            for (String own : n.own()) {
                owner.putIfAbsent(own, n);
            }
        }
        for (Named n : all) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < n.aliases().size(); i++) {
                String alias = n.aliases().get(i);
                String at = n.at() + ".aliases[" + i + "]";
                if (!f.text(at, alias, "an alias")) {
                    continue;
                }
                String key = normal(alias);
                if (key.isEmpty()) {
                    f.add(at, "the alias \"" + alias + "\" has no letters or digits, so no player could type it");
                } else if (alias.length() > MAX_LENGTH) {
                    f.add(
                            at,
                            "an alias is a short name of at most " + MAX_LENGTH + " characters, but this one has "
                                    + alias.length());
                } else if (seen.putIfAbsent(key, i) != null) {
                    f.add(at, "the alias \"" + alias + "\" is listed twice");
                } else {
                    Named other = owner.get(key);
                    if (other != null && other != n) {
                        f.add(
                                at,
                                "the alias \"" + alias + "\" is also the name of " + other.what()
                                        + ": a player who types it could mean either " + kind
                                        + "; choose another alias");
                    } else {
                        owner.putIfAbsent(key, n);
                    }
                }
            }
        }
    }

    /**
     * A name as a player's message compares it: lower case, letters and digits only, without a
     * leading article ("The UN route" and "un route" are the same name).
     */
    static String normal(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
