package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.summitsim.core.scenario.Scenario;

/**
 * Reads a player's message to a delegation and says what it asks or offers ({@link Intent}),
 * using the scenario's names for clauses, wordings and delegations and their aliases
 * ({@link Lexicon}). Copes with case, punctuation, contractions, word order, typos in longer
 * words and several clauses in one message. It is deliberately cautious: a message becomes a
 * trade or an agreement only when it clearly is one, since a bot acts on those; anything
 * doubtful is a question or {@link Intent.Unknown}. Deterministic and free of state, so one
 * recogniser serves every seat of a scenario.
 *
 * <p>The checks run in order, the first that fits wins: trade, threat, "what would it take",
 * a question about a final decision, what the addressee wants, its position on clauses, yes or
 * no to an offer, its position on the whole text, an appeal.
 */
public final class Recogniser {

    private final Tagger tagger;

    public Recogniser(Lexicon lexicon) {
        this.tagger = new Tagger(lexicon);
    }

    public static Recogniser of(Scenario scenario) {
        return new Recogniser(Lexicon.of(scenario));
    }

    /** Reads {@code text}, a message to no one in particular. */
    public Utterance read(String text) {
        return read(text, "");
    }

    /** Reads {@code text} sent to the delegation {@code addressee} (its name then means "you"). */
    public Utterance read(String text, String addressee) {
        List<Piece> pieces = tagger.tag(Words.tokens(text == null ? "" : text));
        Phrase all = new Phrase(pieces);
        List<Piece> called = called(pieces);
        return new Utterance(text, intent(pieces, all, addressee == null ? "" : addressee), seats(called),
                new Phrase(called).hasAny(Cues.EVERYONE) || all.hasPhrase(Cues.EVERYONE_PHRASES));
    }

    private static Intent intent(List<Piece> pieces, Phrase all, String addressee) {
        if (all.isEmpty()) {
            return new Intent.Unknown();
        }
        boolean question = all.hasMark('?') || startsAsQuestion(pieces);
        Optional<Intent.Trade> trade = TradeReader.read(pieces, addressee);
        if (trade.isPresent()) {
            return trade.get();
        }
        if (Cues.threat(all, pieces)) {
            return new Intent.Threat();
        }
        if (all.hasPhrase(Cues.PRICE)) {
            return new Intent.Wants();
        }
        Intent pledge = askPledge(all, question);
        if (pledge != null) {
            return pledge;
        }
        List<String> clauses = clauses(all);
        if (clauses.isEmpty() && (question || all.has("tell")) && (all.hasAny(Cues.WANTS) || all.hasPhrase(Cues.WANTS_PHRASES))) {
            return new Intent.Wants();
        }
        if (!clauses.isEmpty() && (question || all.hasAny(Cues.OPINION) || all.hasPhrase(Cues.OPINION_PHRASES))) {
            return new Intent.Position(clauses);
        }
        if (!question && Cues.accepts(all)) {
            return new Intent.Accept();
        }
        if (!question && Cues.refuses(all)) {
            return new Intent.Refuse();
        }
        if (clauses.isEmpty() && (all.hasAny(Cues.TEXT) || all.hasPhrase(Cues.TEXT_PHRASES))
                && (question || all.hasAny(Cues.OPINION) || all.hasAny(Cues.LIKING))) {
            return new Intent.PositionText();
        }
        if (clauses.isEmpty() && question && all.hasAny(Cues.STANCE)) {
            return new Intent.PositionText(); // "where do you stand?" with nothing named: on the whole
        }
        if (all.hasAny(Cues.APPEAL) || all.hasPhrase(Cues.APPEAL_PHRASES)) {
            return new Intent.Appeal();
        }
        return new Intent.Unknown();
    }

    /** A question (or request) about a final decision: "will you sign?", "will you push with us?" */
    private static Intent askPledge(Phrase all, boolean question) {
        List<Piece.Name> choices = all.choices();
        boolean asked = question || all.hasAny(Cues.ASKING) || all.hasPhrase(Cues.ASKING_PHRASES);
        if (!choices.isEmpty() && asked && all.hasAny(TradeReader.ADDRESSEE)) {
            return new Intent.AskPledge(((Meaning.Choice) choices.get(0).first()).decision());
        }
        if (choices.isEmpty() && question && all.hasAny(TradeReader.ADDRESSEE) && (all.hasAny(Cues.DECIDING) || all.hasPhrase(Cues.DECIDING_PHRASES))
                && all.wordings().isEmpty()) {
            return new Intent.AskPledge(null);
        }
        return null;
    }

    private static boolean startsAsQuestion(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p instanceof Piece.Word w) {
                if (Cues.GREETING.contains(w.word())) {
                    continue;
                }
                return Cues.QUESTION_START.contains(w.word());
            }
            if (p instanceof Piece.Name n && n.is(Meaning.Seat.class)) {
                continue; // "China, will you sign"
            }
            if (p instanceof Piece.Mark) {
                continue;
            }
            return false;
        }
        return false;
    }

    /** The clauses named, in order, once each: a wording names its clause. */
    private static List<String> clauses(Phrase all) {
        Set<String> out = new LinkedHashSet<>();
        for (Piece.Name n : all.wordings()) {
            Intent.Wording w = TradeReader.wording(n, all.pieces(), false);
            if (w != null) {
                out.add(w.clause());
            } else {
                // a wording several clauses share ("not mentioned"): each clause it may be
                Set<String> candidates = new LinkedHashSet<>();
                for (Meaning m : n.meanings()) {
                    if (m instanceof Meaning.Option o) {
                        candidates.add(o.clause());
                    } else if (m instanceof Meaning.Clause c) {
                        candidates.add(c.clause());
                    }
                }
                if (candidates.size() == 1) {
                    out.addAll(candidates);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The pieces that call on someone: the names and greetings that open the message ("Korea
     * and America, will you sign?") or close it after a comma ("what do you want, China?"). A
     * delegation named elsewhere is talked about, not talked to.
     */
    private static List<Piece> called(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (!calling(p)) {
                break;
            }
            out.add(p);
        }
        int end = pieces.size();
        while (end > 0 && pieces.get(end - 1) instanceof Piece.Mark) {
            end--;
        }
        int start = end;
        while (start > 0 && calling(pieces.get(start - 1)) && !(pieces.get(start - 1) instanceof Piece.Mark)) {
            start--;
        }
        if (start < end && start > 0 && pieces.get(start - 1) instanceof Piece.Mark m && m.mark() == ',') {
            out.addAll(pieces.subList(start, end));
        }
        return out;
    }

    private static boolean calling(Piece p) {
        return p instanceof Piece.Mark || (p instanceof Piece.Name n && n.is(Meaning.Seat.class))
                || (p instanceof Piece.Word w && (Cues.GREETING.contains(w.word()) || Cues.EVERYONE.contains(w.word())));
    }

    private static List<String> seats(List<Piece> called) {
        Set<String> out = new LinkedHashSet<>();
        for (Piece p : called) {
            if (p instanceof Piece.Name n) {
                for (Meaning m : n.meanings()) {
                    if (m instanceof Meaning.Seat s) {
                        out.add(s.seat());
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
