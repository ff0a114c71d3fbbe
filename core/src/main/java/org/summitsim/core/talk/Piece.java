package org.summitsim.core.talk;

import java.util.List;

/** A message after tagging: plain words, punctuation marks, and names with what they may mean. */
sealed interface Piece {

    record Word(String word, String original) implements Piece {}

    record Mark(char mark) implements Piece {}

    /** A name; several meanings when it fits more than one thing ("silent" in a scenario with two silent wordings). */
    record Name(List<Meaning> meanings, List<String> words) implements Piece {
        public Name {
            meanings = List.copyOf(meanings);
            words = List.copyOf(words);
        }

        Meaning first() {
            return meanings.get(0);
        }

        boolean is(Class<? extends Meaning> kind) {
            return meanings.stream().allMatch(kind::isInstance);
        }
    }
}
