package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A run of tagged pieces, with the look-ups the recogniser asks of it. */
final class Phrase {

    private final List<Piece> pieces;
    /** The plain words, in order ("" for names and marks, so phrases do not match across them). */
    private final List<String> words = new ArrayList<>();

    Phrase(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        for (Piece p : pieces) {
            words.add(p instanceof Piece.Word w ? w.word() : "");
        }
    }

    List<Piece> pieces() {
        return pieces;
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** True when one of the words is present; words of six letters or more may carry a typo. */
    boolean hasAny(Set<String> wanted) {
        for (String w : words) {
            if (!w.isEmpty()
                    && (wanted.contains(w)
                            || (w.length() >= 6 && wanted.stream().anyMatch(k -> Words.nearly(w, k))))) {
                return true;
            }
        }
        return false;
    }

    boolean has(String word) {
        return hasAny(Set.of(word));
    }

    /** True when one of the phrases ("would it take") occurs as consecutive words. */
    boolean hasPhrase(List<String> phrases) {
        for (String phrase : phrases) {
            if (indexOf(phrase.split(" ")) >= 0) {
                return true;
            }
        }
        return false;
    }

    int indexOf(String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.size(); i++) {
            for (int k = 0; k < phrase.length; k++) {
                String w = words.get(i + k);
                if (!Words.nearly(w, phrase[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    List<Piece.Name> names() {
        List<Piece.Name> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Name n) {
                out.add(n);
            }
        }
        return out;
    }

    /** Names of clauses or wordings (not delegations or decisions). */
    List<Piece.Name> wordings() {
        return names().stream()
                .filter(n ->
                        n.meanings().stream().anyMatch(m -> m instanceof Meaning.Clause || m instanceof Meaning.Option))
                .toList();
    }

    List<Piece.Name> choices() {
        return names().stream().filter(n -> n.is(Meaning.Choice.class)).toList();
    }

    boolean hasMark(char mark) {
        return pieces.stream().anyMatch(p -> p instanceof Piece.Mark m && m.mark() == mark);
    }

    /** The plain words with names and marks left out. */
    List<String> plainWords() {
        return words.stream().filter(w -> !w.isEmpty()).toList();
    }
}
