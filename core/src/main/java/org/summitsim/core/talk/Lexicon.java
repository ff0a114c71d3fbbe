package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;

/**
 * Every name a message may use, with what it means: the scenario's clause titles, option labels
 * and delegation names, their ids, the aliases the scenario lists for them, and the words for the
 * three final decisions. Option ids alone are not names ("consider", "oppose", "all" are everyday
 * words), but "clause option" is ("human meaningful", as in {@code propose human meaningful}).
 */
public final class Lexicon {

    /** One name: its words (lower case, no articles) and what it means. */
    record Term(List<String> words, boolean exactCase, List<String> original, Meaning meaning) {}

    /**
     * One wording of a clause as players may describe it rather than name it: the words of its
     * label, id and aliases that none of the clause's other wordings and none of the clause's own
     * names use ("concern" for "Named as a concern", "measures" for "Confidence-building and
     * nuclear control"); {@code silent} for a wording that leaves the subject out ("Not mentioned").
     */
    record Wording(String clause, String option, java.util.Set<String> words, boolean silent) {}

    /** Words too common in talk about a text to tell one wording from another. */
    // spotless:off
    private static final java.util.Set<String> COMMON = java.util.Set.of("of", "to", "on", "in", "and", "at",
            "for", "by", "with", "is", "are", "be", "its", "own", "each", "only", "all", "no", "not", "any",
            "every", "this", "that", "it", "as", "into", "over", "under", "from", "our", "your", "their", "we",
            "you", "they", "draft", "wording", "language", "text", "clause", "option", "paragraph", "line", "sentence",
            "will", "must", "should", "new", "states", "state", "use", "about", "the", "a", "an");
    // spotless:on

    /** Words of everyday English that a name in capitals may spell ("US", "IT", "LAWS" for autonomous weapons). */
    // spotless:off
    private static final java.util.Set<String> EVERYDAY = java.util.Set.of("us", "it", "am", "is", "in", "on",
            "at", "no", "so", "or", "if", "we", "me", "my", "he", "do", "go", "be", "as", "by", "to", "up", "i",
            "laws");
    // spotless:on

    private final List<Term> terms;
    private final java.util.Map<String, List<Wording>> wordings;

    private Lexicon(List<Term> terms, java.util.Map<String, List<Wording>> wordings) {
        this.terms = List.copyOf(terms);
        this.wordings = java.util.Map.copyOf(wordings);
    }

    List<Term> terms() {
        return terms;
    }

    /** True for words too common to tell one wording from another ("of", "wording", "only"). */
    static boolean isCommon(String word) {
        return COMMON.contains(word);
    }

    /** The wordings of {@code clause}, with the words that describe each; empty for an unknown clause. */
    List<Wording> wordings(String clause) {
        return wordings.getOrDefault(clause, List.of());
    }

    /** The names of a scenario, aliases included. */
    public static Lexicon of(Scenario scenario) {
        List<Term> terms = new ArrayList<>();
        java.util.Map<String, List<Wording>> wordings = new java.util.HashMap<>();
        for (Clause c : scenario.clauses()) {
            List<String> clauseNames = new ArrayList<>(c.aliases());
            clauseNames.add(c.id());
            clauseNames.add(c.title());
            List<List<String>> optionNames = new ArrayList<>();
            for (ClauseOption o : c.options()) {
                List<String> names = new ArrayList<>(o.aliases());
                names.add(o.label());
                names.add(o.id().replace('-', ' '));
                optionNames.add(names);
            }
            wordings.put(c.id(), describe(c.id(), c.options(), clauseNames, optionNames));
            Meaning clause = new Meaning.Clause(c.id());
            add(terms, c.id().replace('-', ' '), clause);
            add(terms, c.title(), clause);
            c.aliases().forEach(a -> add(terms, a, clause));
            for (ClauseOption o : c.options()) {
                Meaning option = new Meaning.Option(c.id(), o.id());
                add(terms, o.label(), option);
                add(terms, c.id() + " " + o.id(), option);
                if (o.id().contains("-")) {
                    add(terms, o.id().replace('-', ' '), option); // "legal-reviews": specific enough alone
                }
                o.aliases().forEach(a -> add(terms, a, option));
            }
        }
        for (Delegation d : scenario.delegations()) {
            Meaning seat = new Meaning.Seat(d.id());
            add(terms, d.id().replace('-', ' '), seat);
            add(terms, d.name(), seat);
            d.aliases().forEach(a -> add(terms, a, seat));
        }
        decisions(terms);
        return new Lexicon(terms, wordings);
    }

    /**
     * The names a player's view holds: titles, labels, ids and delegation names, without the
     * aliases (a view does not carry them). For a scenario known only from a view.
     */
    public static Lexicon of(List<PlayerView.ClauseView> text, List<PlayerView.Card> delegations) {
        List<Term> terms = new ArrayList<>();
        java.util.Map<String, List<Wording>> wordings = new java.util.HashMap<>();
        for (PlayerView.ClauseView c : text) {
            List<List<String>> optionNames = new ArrayList<>();
            for (ClauseOption o : c.options()) {
                optionNames.add(List.of(o.label(), o.id().replace('-', ' ')));
            }
            wordings.put(c.id(), describe(c.id(), c.options(), List.of(c.id(), c.title()), optionNames));
            Meaning clause = new Meaning.Clause(c.id());
            add(terms, c.id().replace('-', ' '), clause);
            add(terms, c.title(), clause);
            for (ClauseOption o : c.options()) {
                Meaning option = new Meaning.Option(c.id(), o.id());
                add(terms, o.label(), option);
                add(terms, c.id() + " " + o.id(), option);
            }
        }
        for (PlayerView.Card d : delegations) {
            add(terms, d.id().replace('-', ' '), new Meaning.Seat(d.id()));
            add(terms, d.name(), new Meaning.Seat(d.id()));
        }
        decisions(terms);
        return new Lexicon(terms, wordings);
    }

    /** Each wording of a clause with the words only it uses (see {@link Wording}). */
    private static List<Wording> describe(
            String clause, List<ClauseOption> options, List<String> clauseNames, List<List<String>> optionNames) {
        java.util.Set<String> clauseWords = words(clauseNames);
        List<java.util.Set<String>> own =
                optionNames.stream().map(Lexicon::words).toList();
        List<Wording> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            java.util.Set<String> distinct = new java.util.LinkedHashSet<>(own.get(i));
            distinct.removeAll(clauseWords);
            for (int k = 0; k < own.size(); k++) {
                if (k != i) {
                    distinct.removeAll(own.get(k));
                }
            }
            String label = options.get(i).label() == null
                    ? ""
                    : options.get(i).label().replace("(draft)", "").trim();
            out.add(new Wording(
                    clause,
                    options.get(i).id(),
                    java.util.Set.copyOf(distinct),
                    label.equalsIgnoreCase("not mentioned")));
        }
        return out;
    }

    private static java.util.Set<String> words(List<String> names) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String n : names) {
            if (n != null) {
                Words.nameWords(n).stream().filter(w -> !COMMON.contains(w)).forEach(out::add);
            }
        }
        return out;
    }

    /** The words for the final decisions; the longest name in a message wins, so "push for a treaty" is a decision. */
    private static void decisions(List<Term> terms) {
        Meaning sign = new Meaning.Choice(Decision.SIGN);
        Meaning abstain = new Meaning.Choice(Decision.ABSTAIN);
        Meaning push = new Meaning.Choice(Decision.PUSH_BINDING);
        for (String s : List.of(
                "sign",
                "signing",
                "signed",
                "signature",
                "sign on",
                "sign up",
                "endorse",
                "endorsing",
                "endorsement",
                "put your name to",
                "put your name on",
                "sign it",
                "signatory",
                "signatories",
                "sign off",
                "sign off on")) {
            add(terms, s, sign);
        }
        for (String s :
                List.of("abstain", "abstaining", "abstention", "stay out", "sit it out", "sit out", "stay away")) {
            add(terms, s, abstain);
        }
        for (String s : List.of(
                "push",
                "pushing",
                "push binding",
                "binding law",
                "legally binding law",
                "legally binding rules",
                "binding rules",
                "push for binding law",
                "push for law",
                "push for treaty",
                "push for binding treaty",
                "push for negotiations",
                "push for treaty negotiations",
                "push for legally binding",
                "push for legally binding treaty",
                "push for legally binding rules",
                "push for binding rules",
                "push for rules",
                "push for new law",
                "push for binding",
                "push together",
                "push with us",
                "push for negotiations on binding law",
                "push for binding law negotiations",
                "demand binding law",
                "demand treaty",
                "call for binding law",
                "go for binding law",
                "go for treaty",
                "join push",
                "join coalition",
                "coalition for binding law",
                "treaty push",
                "binding law push",
                "treaty coalition",
                "binding law coalition",
                "join treaty coalition",
                "join binding law coalition",
                "treaty group",
                "join treaty group")) {
            add(terms, s, push);
            if (s.startsWith("push ")) {
                add(terms, "pushing" + s.substring(4), push); // "are you pushing for a treaty"
            }
        }
    }

    private static void add(List<Term> terms, String name, Meaning meaning) {
        if (name == null) {
            return;
        }
        List<String> words = Words.nameWords(name);
        if (words.isEmpty()) {
            return;
        }
        String letters = name.replaceAll("[^\\p{L}]", "");
        // "US" must not be read in "back us": a name in capitals that is also an everyday word
        // matches only when typed in capitals. "UN" typed "un" is still the UN.
        boolean exactCase = words.size() == 1
                && EVERYDAY.contains(words.get(0))
                && letters.equals(letters.toUpperCase(Locale.ROOT));
        if (EVERYDAY.contains(String.join(" ", words)) && !exactCase) {
            return; // an everyday word is never a name by itself
        }
        terms.add(new Term(words, exactCase, exactCase ? List.of(letters) : List.of(), meaning));
    }
}
