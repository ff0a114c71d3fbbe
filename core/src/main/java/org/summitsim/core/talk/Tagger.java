package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summitsim.core.view.PlayerView;

/**
 * Finds the names in a message: at each word, the longest name of the {@link Lexicon} that
 * starts there (allowing typos, see {@link Words#same}); the words in between stay words. A name
 * never spans punctuation.
 */
final class Tagger {

    /** Decision words that, before a wording, mean support of it: "endorse MHC", "push for the UN route". */
    private static final Set<String> VERB_BEFORE_WORDING = Set.of("push", "pushing", "endorse", "endorsing");

    /**
     * Words that end a description: a name described loosely ("prohibiting weapons that attack
     * targets without human control") never reaches across them, so two things named on either
     * side of "if", "and" or a new subject stay two.
     */
    // spotless:off
    private static final Set<String> BOUNDARY = Set.of("if", "and", "but", "or", "then", "unless", "so",
            "because", "while", "once", "provided", "providing", "assuming", "whereas", "exchange", "return",
            "i", "we", "you", "not", "never", "cannot", "no", "nor", "neither");
    // spotless:on
    /** The most words a loose description may add to a name's own words. */
    private static final int LOOSE_EXTRA = 4;

    private final Lexicon lexicon;
    /** Names of wordings long enough to be recognised when described loosely: their telling words. */
    private final List<Loose> loose = new ArrayList<>();

    private record Loose(Lexicon.Term term, List<String> telling) {}

    Tagger(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Lexicon.Term t : lexicon.terms()) {
            if (t.meaning() instanceof Meaning.Option || t.meaning() instanceof Meaning.Clause) {
                List<String> telling =
                        t.words().stream().filter(w -> !Lexicon.isCommon(w)).toList();
                if (telling.size() >= 3) {
                    loose.add(new Loose(t, telling));
                }
            }
        }
    }

    List<Piece> tag(List<Words.Token> tokens) {
        return tag(tokens, null);
    }

    /**
     * Tags {@code tokens}; with {@code amendments} (those of the match, by id), an amendment's id
     * names it too: an open one as the wording it proposes, so "vote for A45" reads as "vote for"
     * that wording, any other as {@link Meaning.NotOpen}. Without them (no match known) ids are
     * plain words.
     */
    List<Piece> tag(List<Words.Token> tokens, java.util.Map<String, PlayerView.AmendmentView> amendments) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Words.Token t = tokens.get(i);
            if (t.isMark()) {
                out.add(new Piece.Mark(t.word().charAt(0)));
                i++;
                continue;
            }
            IdAt named = amendments == null ? null : amendmentAt(tokens, i);
            if (named != null) {
                PlayerView.AmendmentView a = amendments.get(named.id());
                Meaning m = a != null && a.status().equals("open")
                        ? new Meaning.Option(a.clause(), a.option())
                        : new Meaning.NotOpen(named.id());
                List<String> words = tokens.subList(i, i + named.length()).stream()
                        .map(Words.Token::word)
                        .toList();
                out.add(new Piece.Name(List.of(m), words));
                i += named.length();
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
            // A wording described with words of its own in between ("prohibiting weapons that attack
            // targets without human control") is that wording, when longer than any name found here:
            // the most specific reading wins, and its words do not also name other clauses.
            int looseBest = best;
            Set<Meaning> looseMeanings = new LinkedHashSet<>();
            for (Loose l : loose) {
                int n = looseSpan(l, tokens, i);
                if (n > looseBest) {
                    looseBest = n;
                    looseMeanings.clear();
                }
                if (n == looseBest && n > best) {
                    looseMeanings.add(l.term().meaning());
                }
            }
            if (looseBest > best && !looseMeanings.isEmpty()) {
                best = looseBest;
                meanings = looseMeanings;
            }
            if (best == 0) {
                out.add(new Piece.Word(t.word(), t.original()));
                i++;
            } else {
                List<String> words = tokens.subList(i, i + best).stream()
                        .map(Words.Token::word)
                        .toList();
                out.add(new Piece.Name(new ArrayList<>(meanings), words));
                i += best;
            }
        }
        return describedWordings(verbsBeforeWordings(namesPut(out)));
    }

    /**
     * How many tokens from {@code start} describe {@code l}'s wording loosely: all its telling
     * words, in any order ("feeding REAIM into the UN"), each as typed or in another form
     * ("prohibiting" for "prohibit"), starting with one of them, with at most {@link #LOOSE_EXTRA}
     * other words between them and none of those a {@link #BOUNDARY} or a mark; 0 when they do not.
     */
    private static int looseSpan(Loose l, List<Words.Token> tokens, int start) {
        List<String> telling = l.telling();
        boolean[] found = new boolean[telling.size()];
        int left = telling.size();
        int extra = 0;
        int j = start;
        while (j < tokens.size() && left > 0) {
            Words.Token t = tokens.get(j);
            if (t.isMark()) {
                return 0;
            }
            int k = 0;
            while (k < telling.size() && (found[k] || !Words.stem(t.word(), telling.get(k)))) {
                k++;
            }
            if (k < telling.size()) {
                found[k] = true;
                left--;
            } else if (j == start) {
                return 0;
            } else if ((BOUNDARY.contains(t.word()) && !l.term().words().contains(t.word())) || ++extra > LOOSE_EXTRA) {
                return 0;
            }
            j++;
        }
        return left == 0 ? j - start : 0;
    }

    /**
     * A clause named with words that describe one of its wordings is that wording: "the concern
     * wording on drones", "lifecycle testing", "keeping nukes under human control". The words
     * looked at are those around the clause's name up to a {@link #BOUNDARY} or a mark, including
     * those of other names there; a wording of the clause named there counts double. Only a
     * wording described more than any other is chosen; otherwise the name stays the clause.
     */
    private List<Piece> describedWordings(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Piece.Name n)
                    || !n.is(Meaning.Clause.class)
                    || n.meanings().stream().distinct().count() != 1) {
                continue;
            }
            String clause = ((Meaning.Clause) n.first()).clause();
            int from = i;
            while (from > 0 && !ends(out.get(from - 1))) {
                from--;
            }
            int to = i + 1;
            while (to < out.size() && !ends(out.get(to))) {
                to++;
            }
            String chosen = null;
            int most = 0;
            boolean tie = false;
            for (Lexicon.Wording w : lexicon.wordings(clause)) {
                int score = 0;
                for (int k = from; k < to; k++) {
                    if (k == i) {
                        continue;
                    }
                    Piece p = out.get(k);
                    if (p instanceof Piece.Name other
                            && other.meanings().contains(new Meaning.Option(clause, w.option()))) {
                        score += 2;
                        continue;
                    }
                    List<String> words = p instanceof Piece.Word word
                            ? List.of(word.word())
                            : p instanceof Piece.Name other && !other.meanings().contains(n.first())
                                    ? other.words()
                                    : List.of();
                    for (String typed : words) {
                        if (w.words().stream().anyMatch(known -> Words.stem(typed, known))) {
                            score++;
                        }
                    }
                }
                if (score > most) {
                    most = score;
                    chosen = w.option();
                    tie = false;
                } else if (score == most && score > 0) {
                    tie = true;
                }
            }
            if (chosen != null && !tie) {
                out.set(i, new Piece.Name(List.of(new Meaning.Option(clause, chosen)), n.words()));
            }
        }
        return out;
    }

    /** An amendment's id typed at some place: the id as the rules write it ("A45") and how many tokens it took. */
    record IdAt(String id, int length) {}

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("a(\\d{1,4})");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("a?(\\d{1,4})");

    /**
     * The amendment id at {@code start}: "A45" or "a45" alone, or "amendment" before "A45", "45"
     * or "#45" ("#" is not kept as a token). A bare number or "#45" alone is not an id: "our #1
     * priority" names no amendment. Null when there is none.
     */
    static IdAt amendmentAt(List<Words.Token> tokens, int start) {
        String w = tokens.get(start).word();
        java.util.regex.Matcher m = ID.matcher(w);
        if (m.matches()) {
            return new IdAt("A" + Integer.parseInt(m.group(1)), 1);
        }
        if ((w.equals("amendment") || w.equals("amendments")) && start + 1 < tokens.size()) {
            m = NUMBER.matcher(tokens.get(start + 1).word());
            if (m.matches()) {
                return new IdAt("A" + Integer.parseInt(m.group(1)), 2);
            }
        }
        return null;
    }

    private static boolean ends(Piece p) {
        return p instanceof Piece.Mark || (p instanceof Piece.Word w && BOUNDARY.contains(w.word()));
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
                if (term.words().size() == 1
                        && t.word().length() < 5
                        && !Words.plural(t.word(), term.words().get(k))) {
                    return -1; // "form" is a word of its own, not "forum" misspelt: a one-word name needs five letters
                    // for a slip
                }
                slips++;
            }
        }
        return slips;
    }

    /**
     * "Put your name on the declaration", "add Singapore's name to it": signing, said of whoever's
     * name it is. The words from "put" to "name" become the decision to sign, after the delegation
     * whose name it is.
     */
    private static List<Piece> namesPut(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i + 2 < out.size(); i++) {
            if (out.get(i) instanceof Piece.Word put
                    && Set.of("put", "add", "puts", "adds").contains(put.word())
                    && (out.get(i + 1) instanceof Piece.Name n && n.is(Meaning.Seat.class)
                            || out.get(i + 1) instanceof Piece.Word w
                                    && Set.of("your", "its", "their").contains(w.word()))
                    && out.get(i + 2) instanceof Piece.Word name
                    && name.word().equals("name")) {
                // whose name it is stays in front as the one who signs: the addressee, or a third party
                Piece whose = out.get(i + 1) instanceof Piece.Name seat ? seat : null;
                for (int k = 0; k < 3; k++) {
                    out.remove(i);
                }
                out.add(
                        i,
                        new Piece.Name(
                                List.of(new Meaning.Choice(org.summitsim.core.scenario.Decision.SIGN)),
                                List.of(put.word(), "name")));
                if (whose != null) {
                    out.add(i, whose);
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * "Push" alone is the decision; "push for meaningful human control" is support of a wording.
     * A one-word decision followed (after "for") by a wording or clause becomes a plain word again.
     */
    private static List<Piece> verbsBeforeWordings(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Piece.Name n
                    && n.words().size() == 1
                    && VERB_BEFORE_WORDING.contains(n.words().get(0))) {
                int next = i + 1;
                if (next < out.size()
                        && out.get(next) instanceof Piece.Word w
                        && w.word().equals("for")) {
                    next++;
                }
                if (next < out.size()
                        && out.get(next) instanceof Piece.Name target
                        && (target.is(Meaning.Option.class) || target.is(Meaning.Clause.class))) {
                    out.set(i, new Piece.Word(n.words().get(0), n.words().get(0)));
                }
            }
        }
        return out;
    }
}
