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
    record Term(List<String> words, boolean exactCase, List<String> original, Meaning meaning) {
    }

    /** Short words of everyday English that a name in capitals may spell ("US", "IT"). */
    private static final java.util.Set<String> EVERYDAY = java.util.Set.of("us", "it", "am", "is", "in", "on",
            "at", "no", "so", "or", "if", "we", "me", "my", "he", "do", "go", "be", "as", "by", "to", "up", "i");

    private final List<Term> terms;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    List<Term> terms() {
        return terms;
    }

    /** The names of a scenario, aliases included. */
    public static Lexicon of(Scenario scenario) {
        List<Term> terms = new ArrayList<>();
        for (Clause c : scenario.clauses()) {
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
        return new Lexicon(terms);
    }

    /**
     * The names a player's view holds: titles, labels, ids and delegation names, without the
     * aliases (a view does not carry them). For a scenario known only from a view.
     */
    public static Lexicon of(List<PlayerView.ClauseView> text, List<PlayerView.Card> delegations) {
        List<Term> terms = new ArrayList<>();
        for (PlayerView.ClauseView c : text) {
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
        return new Lexicon(terms);
    }

    /** The words for the final decisions; the longest name in a message wins, so "push for a treaty" is a decision. */
    private static void decisions(List<Term> terms) {
        Meaning sign = new Meaning.Choice(Decision.SIGN);
        Meaning abstain = new Meaning.Choice(Decision.ABSTAIN);
        Meaning push = new Meaning.Choice(Decision.PUSH_BINDING);
        for (String s : List.of("sign", "signing", "signed", "signature", "sign on", "sign up", "endorse",
                "endorsing", "endorsement", "put your name to", "put your name on", "sign it")) {
            add(terms, s, sign);
        }
        for (String s : List.of("abstain", "abstaining", "abstention", "stay out", "sit it out", "sit out",
                "stay away")) {
            add(terms, s, abstain);
        }
        for (String s : List.of("push", "pushing", "push binding", "binding law", "legally binding law",
                "legally binding rules", "binding rules", "push for binding law",
                "push for law", "push for treaty", "push for binding treaty", "push for negotiations",
                "push for treaty negotiations", "push for legally binding", "push for legally binding treaty",
                "push for legally binding rules", "push for binding rules", "push for rules", "push for new law",
                "push for binding", "push together", "push with us", "push for negotiations on binding law",
                "push for binding law negotiations", "demand binding law", "demand treaty", "call for binding law",
                "go for binding law", "go for treaty", "join push", "join coalition", "coalition for binding law",
                "treaty push", "binding law push")) {
            add(terms, s, push);
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
        boolean exactCase = words.size() == 1 && EVERYDAY.contains(words.get(0))
                && letters.equals(letters.toUpperCase(Locale.ROOT));
        if (EVERYDAY.contains(String.join(" ", words)) && !exactCase) {
            return; // an everyday word is never a name by itself
        }
        terms.add(new Term(words, exactCase, exactCase ? List.of(letters) : List.of(), meaning));
    }
}
