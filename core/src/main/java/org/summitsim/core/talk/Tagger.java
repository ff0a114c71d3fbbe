package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in a message: at each word, the longest name of the {@link Lexicon} that
 * starts there (allowing typos, see {@link Words#same}); the words in between stay words. A name
 * never spans punctuation.
 */
final class Tagger {

    /** Decision words that, before a wording, mean support of it: "endorse MHC", "push for the UN route". */
    private static final Set<String> VERB_BEFORE_WORDING = Set.of("push", "pushing", "endorse", "endorsing");

    private final Lexicon lexicon;

    Tagger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Piece> tag(List<Words.Token> tokens) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Words.Token t = tokens.get(i);
            if (t.isMark()) {
                out.add(new Piece.Mark(t.word().charAt(0)));
                i++;
                continue;
            }
            // The longest name wins; among names as long, those typed exactly beat those with a
            // typo ("Austria" is not "Australia" misspelt).
            int best = 0;
            int fewestSlips = Integer.MAX_VALUE;
            Set<Meaning> meanings = new LinkedHashSet<>();
            for (Lexicon.Term term : lexicon.terms()) {
                int n = term.words().size();
                int slips = n >= best ? slips(term, tokens, i) : -1;
                if (slips >= 0 && (n > best || slips <= fewestSlips)) {
                    if (n > best || slips < fewestSlips) {
                        meanings.clear();
                        best = n;
                        fewestSlips = slips;
                    }
                    meanings.add(term.meaning());
                }
            }
            if (best == 0) {
                out.add(new Piece.Word(t.word(), t.original()));
                i++;
            } else {
                List<String> words = tokens.subList(i, i + best).stream().map(Words.Token::word).toList();
                out.add(new Piece.Name(new ArrayList<>(meanings), words));
                i += best;
            }
        }
        return verbsBeforeWordings(out);
    }

    /** How many words of {@code term} were typed with a slip at {@code start}; -1 when it is not there. */
    private static int slips(Lexicon.Term term, List<Words.Token> tokens, int start) {
        if (start + term.words().size() > tokens.size()) {
            return -1;
        }
        int slips = 0;
        for (int k = 0; k < term.words().size(); k++) {
            Words.Token t = tokens.get(start + k);
            if (t.isMark()) {
                return -1;
            }
            if (term.exactCase()) {
                if (!t.original().equals(term.original().get(0))) {
                    return -1;
                }
            } else if (!t.word().equals(term.words().get(k))) {
                if (!Words.same(t.word(), term.words().get(k))) {
                    return -1;
                }
                slips++;
            }
        }
        return slips;
    }

    /**
     * "Push" alone is the decision; "push for meaningful human control" is support of a wording.
     * A one-word decision followed (after "for") by a wording or clause becomes a plain word again.
     */
    private static List<Piece> verbsBeforeWordings(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Piece.Name n && n.words().size() == 1 && VERB_BEFORE_WORDING.contains(n.words().get(0))) {
                int next = i + 1;
                if (next < out.size() && out.get(next) instanceof Piece.Word w && w.word().equals("for")) {
                    next++;
                }
                if (next < out.size() && out.get(next) instanceof Piece.Name target
                        && (target.is(Meaning.Option.class) || target.is(Meaning.Clause.class))) {
                    out.set(i, new Piece.Word(n.words().get(0), n.words().get(0)));
                }
            }
        }
        return out;
    }
}
