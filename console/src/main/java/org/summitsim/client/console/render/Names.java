package org.summitsim.client.console.render;

import java.util.Optional;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.StateName;
import org.summitsim.core.view.PlayerView;

/** Turns the ids in events and views into the names people read, using the latest view. */
public final class Names {

    private final PlayerView view;

    public Names(PlayerView view) {
        this.view = view;
    }

    /** The view the names come from (null before the first one). */
    public PlayerView view() {
        return view;
    }

    /** A delegation inside a sentence: "the United States", "China" (see {@link StateName}). */
    public String inSentence(String id) {
        return id == null ? "the chair" : StateName.inSentence(seat(id));
    }

    /** Several delegations inside a sentence: "the Netherlands, Germany and the United States". */
    public String inSentence(java.util.List<String> ids) {
        return joined(ids.stream().map(this::inSentence).toList());
    }

    /** A delegation that begins a sentence: "The United States", "China". */
    public String subject(String id) {
        return capitalized(inSentence(id));
    }

    /** Words that begin a sentence: "The Netherlands and China". */
    public static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String seat(String id) {
        if (id == null) {
            return "the chair";
        }
        if (view == null) {
            return id;
        }
        return view.delegations().stream()
                .filter(c -> c.id().equals(id))
                .map(PlayerView.Card::name)
                .findFirst()
                .orElse(id);
    }

    /**
     * A delegation as an example command should spell it: its name as people write it, which
     * the console accepts for the id ("china", "united states", "korea" for the Republic of
     * Korea: a word no other name has); the id when the name has letters a keyboard may lack.
     */
    public String typed(String id) {
        if (view == null) {
            return id;
        }
        PlayerView.Card card = view.delegations().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElse(null);
        if (card == null) {
            return id;
        }
        String name = card.name().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z -]+")) {
            return id;
        }
        String[] words = name.split("[\\s-]+");
        if (words.length <= 2) {
            return name;
        }
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            boolean unique = w.length() >= 4
                    && view.delegations().stream()
                                    .filter(c -> c.name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .split("[\\s-]+")
                                                    .length
                                            > 1)
                                    .filter(c -> java.util.Arrays.asList(c.name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .split("[\\s-]+"))
                                            .contains(w))
                                    .count()
                            == 1;
            if (unique) {
                return w;
            }
        }
        return id;
    }

    public Optional<PlayerView.ClauseView> clause(String id) {
        return view == null
                ? Optional.empty()
                : view.text().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public String clauseTitle(String id) {
        return clause(id).map(PlayerView.ClauseView::title).orElse(id);
    }

    public Optional<ClauseOption> option(String clause, String option) {
        return clause(clause)
                .flatMap(c ->
                        c.options().stream().filter(o -> o.id().equals(option)).findFirst());
    }

    /** The wording's label people read (e.g. "Meaningful human control"); the id if it is unknown. */
    public String label(String clause, String option) {
        return option(clause, option).map(ClauseOption::label).orElse(option);
    }

    /** Several seats by name: "Germany, Austria and Kenya". */
    public String seats(java.util.List<String> ids) {
        return joined(ids.stream().map(this::seat).toList());
    }

    private static String joined(java.util.List<String> named) {
        return named.size() <= 1
                ? String.join("", named)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /**
     * "Human control → meaningful (“Meaningful human control”)"; a change to the draft's own
     * wording says so ("(“Human oversight”, back to the draft)") instead of quoting the
     * scenario's "(draft)" mark, which read as if the amendment itself were a draft.
     */
    public String change(String clause, String option) {
        String label = option(clause, option).map(ClauseOption::label).orElse(option);
        if (label.endsWith(DRAFT_MARK)) {
            return clauseTitle(clause) + " → " + option + " (\u201c"
                    + label.substring(0, label.length() - DRAFT_MARK.length()) + "\u201d, back to the draft)";
        }
        return clauseTitle(clause) + " → " + option + " (\u201c" + label + "\u201d)";
    }

    /** How scenarios mark the chair's draft wording of a clause in its label. */
    private static final String DRAFT_MARK = " (draft)";

    /** A caucus by the name its founder gave it, as the player reads it; the id while the view does not know it. */
    public String caucusName(String id) {
        if (view == null) {
            return id;
        }
        return view.caucuses().stream()
                .filter(c -> c.id().equals(id))
                .map(PlayerView.CaucusView::name)
                .findFirst()
                .orElse(id);
    }

    public String caucus(String id) {
        if (view == null) {
            return id;
        }
        return view.caucuses().stream()
                .filter(c -> c.id().equals(id))
                .map(c -> c.name() + " [" + id + "]")
                .findFirst()
                .orElse(id);
    }

    /**
     * An earlier deal from {@code from} to {@code to} on the very same terms as deal {@code id}
     * (a bot that asks again each phase), so a repeated offer can be shown as such.
     */
    public Optional<PlayerView.DealView> sameTermsBefore(
            String id,
            String from,
            String to,
            org.summitsim.core.rules.Promise give,
            org.summitsim.core.rules.Promise want) {
        if (view == null) {
            return Optional.empty();
        }
        PlayerView.DealView same = null;
        for (PlayerView.DealView d : view.deals()) { // in the order they were offered
            if (d.id().equals(id)) {
                break;
            }
            if (d.from().equals(from)
                    && d.to().equals(to)
                    && d.give().equals(give)
                    && d.want().equals(want)) {
                same = d;
            }
        }
        return Optional.ofNullable(same);
    }
}
