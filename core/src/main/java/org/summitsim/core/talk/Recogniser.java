// Long on purpose: a message is read by ordered checks, first fit wins (the class comment lists them).
package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;

/**
 * Reads a player's message to a delegation and says what it asks or offers ({@link Intent}),
 * using the scenario's names for clauses, wordings and delegations and their aliases
 * ({@link Lexicon}). Copes with case, punctuation, contractions, word order, typos in longer
 * words and several clauses in one message. It is deliberately cautious: a message becomes a
 * trade or an agreement only when it clearly is one, since a bot acts on those; anything
 * doubtful is a question or {@link Intent.Unknown}. Deterministic and free of state, so one
 * recogniser serves every seat of a scenario.
 *
 * <p>The checks run in order, the first that fits wins: an amendment named by its id that is not
 * open (when the match's amendments are given), an offer echoed and turned down ("Deal?
 * No."), threat (before trade, since "if you oppose X we will block Y" names two wordings and
 * offers nothing), trade (unless the message takes back or holds off what it says: "just
 * kidding", "we'll see"), "what would it take", a question about others (unknown), a question
 * about a final decision, a question about what the speaker should do (unknown: the bot's view
 * was not asked), a refusal followed by its reason, what the addressee wants, an urging with a
 * reason (appeal), its position on clauses, yes or no to an offer (no yes when acknowledged,
 * sarcastic, hesitant or reported), its position on the whole text, an appeal.
 */
public final class Recogniser {

    private final Lexicon lexicon;
    private final Tagger tagger;

    public Recogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
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
        return read(text, addressee, null);
    }

    /**
     * Reads {@code text} sent to {@code addressee} during a match whose amendments are {@code
     * amendments} (null when no match is known): an open amendment named by its id ("vote for
     * A45") reads as the wording it proposes, one not open as {@link Intent.NotOpen}.
     */
    public Utterance read(String text, String addressee, List<PlayerView.AmendmentView> amendments) {
        Map<String, PlayerView.AmendmentView> byId = null;
        if (amendments != null) {
            byId = new HashMap<>();
            for (PlayerView.AmendmentView a : amendments) {
                byId.put(a.id().toUpperCase(Locale.ROOT), a);
            }
        }
        List<Words.Token> tokens = Words.tokens(text == null ? "" : text);
        List<Piece> pieces = tagger.tag(tokens, byId);
        Phrase all = new Phrase(pieces);
        List<Piece> called = called(pieces);
        List<String> open = openNamed(tokens, byId);
        boolean threshold = aboutTheThreshold(pieces, all);
        return new Utterance(
                text,
                intent(pieces, all, addressee == null ? "" : addressee, !open.isEmpty()),
                seats(called),
                new Phrase(called).hasAny(Cues.EVERYONE) || all.hasPhrase(Cues.EVERYONE_PHRASES),
                open,
                named(all),
                threshold ? Utterance.Ask.HOW_MANY : ask(pieces, all),
                all.choices().isEmpty()
                        ? threshold ? Decision.PUSH_BINDING : null
                        : ((Meaning.Choice) all.choices().get(0).first()).decision());
    }

    /** The wordings named whose option is known, in order, once each. */
    private static List<Intent.Wording> named(Phrase all) {
        Set<Intent.Wording> out = new LinkedHashSet<>();
        for (Piece.Name n : all.wordings()) {
            Intent.Wording w = TradeReader.wording(n, all.pieces(), false);
            if (w != null && w.option() != null) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * "why would you not sign?" asks for a reason and "how many states will push?" for a count:
     * a part of the message that opens with "why" (not a bare "why not", a yes) or that says "how
     * many".
     */
    private static Utterance.Ask ask(List<Piece> pieces, Phrase all) {
        if (all.hasPhrase(List.of("how many"))) {
            return Utterance.Ask.HOW_MANY;
        }
        for (Phrase part : commaClauses(pieces)) {
            // the words after any greeting ("ok, but why ..."); a name called on is no word
            List<String> words = new ArrayList<>(part.plainWords());
            while (!words.isEmpty() && Cues.GREETING.contains(words.get(0))) {
                words.remove(0);
            }
            boolean whyNot = words.size() == 2 && words.get(1).equals("not");
            if (words.size() > 1 && words.get(0).equals("why") && !whyNot) {
                return Utterance.Ask.WHY;
            }
        }
        return Utterance.Ask.OTHER;
    }

    /** Words that make "reach" or "enough" a question about the push for binding law, not about a text. */
    private static final Set<String> THRESHOLD_WORDS =
            Set.of("states", "threshold", "coalition", "push", "pushers", "negotiations", "treaty");

    /** What a question whether the push makes it says: reach, enough, succeed, fail. */
    private static final Set<String> THRESHOLD_VERBS =
            Set.of("reach", "enough", "succeed", "succeeds", "successful", "fail", "fails");

    /**
     * "Will we reach 13?", "are there enough states to start negotiations?": a question whether the
     * push for binding law reaches its threshold, which is a count (a play-test's Austria answered it
     * with a promise it had made).
     */
    private static boolean aboutTheThreshold(List<Piece> pieces, Phrase all) {
        List<String> words = all.plainWords();
        if (words.stream().noneMatch(THRESHOLD_VERBS::contains)
                || !(all.hasMark('?') || startsAsQuestion(pieces, false))) {
            return false;
        }
        return words.stream()
                        .anyMatch(w -> THRESHOLD_WORDS.contains(w) || w.chars().allMatch(Character::isDigit))
                || (!all.choices().isEmpty()
                        && ((Meaning.Choice) all.choices().get(0).first()).decision() == Decision.PUSH_BINDING);
    }

    /** The open amendments named by id, in order, once each, as the rules write their ids. */
    private static List<String> openNamed(List<Words.Token> tokens, Map<String, PlayerView.AmendmentView> byId) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; byId != null && i < tokens.size(); i++) {
            Tagger.IdAt named = tokens.get(i).isMark() ? null : Tagger.amendmentAt(tokens, i);
            if (named != null) {
                PlayerView.AmendmentView a = byId.get(named.id());
                if (a != null && a.status().equals("open")) {
                    out.add(a.id());
                }
                i += named.length() - 1;
            }
        }
        return new ArrayList<>(out);
    }

    private Intent intent(List<Piece> pieces, Phrase all, String addressee, boolean openNamed) {
        if (all.isEmpty()) {
            return new Intent.Unknown();
        }
        // An amendment that can no longer be voted on: whatever was asked of it, the answer is that it is
        // closed. Unless an open one is named too ("Vote for A10! It builds on your A5."): that is the ask.
        for (Piece.Name n : all.names()) {
            if (n.first() instanceof Meaning.NotOpen closed && !openNamed) {
                return new Intent.NotOpen(closed.amendment());
            }
        }
        List<Phrase> sentences = sentences(pieces);
        if (sentences.size() > 1 && echo(sentences.get(0))) {
            // "Deal? Not in a million years.": the offer echoed back, then the answer
            Phrase rest = new Phrase(pieces.subList(sentences.get(0).pieces().size(), pieces.size()));
            if (Cues.refuses(rest) || Boolean.FALSE.equals(Cues.answer(rest))) {
                return new Intent.Refuse();
            }
        }
        boolean question = all.hasMark('?') || startsAsQuestion(pieces, false);
        for (int i = 1; i < sentences.size() && !question; i++) {
            question = startsAsQuestion(sentences.get(i).pieces(), true); // "name your terms. what do you want"
        }
        List<Phrase> parts = commaClauses(pieces);
        for (int i = 1; i < parts.size() && !question; i++) {
            question =
                    startsAsQuestion(parts.get(i).pieces(), true); // "quick one before the vote, is Germany ok with X"
        }
        question |= tagQuestion(all);
        boolean you = all.hasAny(TradeReader.ADDRESSEE)
                || all.names().stream().anyMatch(n -> n.meanings().contains(new Meaning.Seat(addressee)))
                // "are we both pushing at the end?", to one delegation: it asks what that one will do
                || (all.hasAny(Set.of("we", "us")) && all.hasAny(Set.of("both", "together")));
        // A threat first: a bot acts on a trade, and "if you oppose X we block Y" offers nothing.
        if (Cues.threat(all) || TradeReader.retaliation(pieces, addressee)) {
            return new Intent.Threat();
        }
        boolean meant = !Cues.unmeant(all);
        Optional<Intent.Trade> trade = meant ? TradeReader.read(pieces, addressee, lexicon) : Optional.empty();
        if (trade.isPresent()) {
            return trade.get();
        }
        if (Cues.pressure(all)) {
            return new Intent.Threat();
        }
        if (question && aboutOthers(pieces, all, addressee)) {
            return new Intent.Unknown(); // "do you think India will push?": what others do, not the bot's view
        }
        if (all.hasPhrase(Cues.PRICE)
                || (opensWith(pieces, "what")
                        && (all.hasAny(Cues.WANTS) || all.hasPhrase(Cues.WANTS_PHRASES))
                        && all.wordings().isEmpty())
                || (question && all.hasAny(Set.of("what", "which")) && purpose(pieces, addressee))) {
            return new Intent.Wants(); // "what would China need to endorse the Blueprint": a price, not a pledge
        }
        Intent pledge = decisionOnlyBesideTheQuestion(sentences) ? null : askPledge(all, question, you);
        if (pledge != null) {
            return pledge;
        }
        if (question && !you && asksAboutSelf(sentences)) {
            return new Intent.Unknown(); // "Germany offered me a deal. Should I take it?": advice, not the bot's view
        }
        if (!question && sentences.size() > 1 && Cues.refuses(sentences.get(0))) {
            return new Intent.Refuse(); // "No. We will not trade away our position on X for that."
        }
        List<String> clauses = clauses(all);
        if (clauses.isEmpty()
                && you
                && (question || all.has("tell"))
                && (all.hasAny(Cues.WANTS) || all.hasPhrase(Cues.WANTS_PHRASES))) {
            return new Intent.Wants();
        }
        if (!question && !all.hasAny(Cues.OPINION_REQUEST) && urges(sentences, addressee) && reasons(sentences, all)) {
            return new Intent.Appeal(); // "Small states gain most from shared rules. X should back Y."
        }
        boolean asksOpinion = question
                || ((asksView(all) || all.hasPhrase(Cues.OPINION_PHRASES))
                        && !(Cues.appeals(all) && !all.hasAny(Cues.OPINION_REQUEST)));
        if (!clauses.isEmpty() && asksOpinion) {
            return new Intent.Position(clauses);
        }
        Boolean answer = question ? null : Cues.answer(all);
        boolean plainYes = meant
                && !Cues.acknowledges(all)
                && !Cues.sarcastic(all)
                && !Cues.contentWithout(all)
                && !hesitant(pieces)
                && !reported(pieces, addressee);
        if (!question
                && plainYes
                && (Cues.accepts(all) || acceptsThenSaysMore(sentences) || Boolean.TRUE.equals(answer))) {
            return new Intent.Accept();
        }
        if (!question && (Cues.refuses(all) || Boolean.FALSE.equals(answer))) {
            return new Intent.Refuse();
        }
        if (clauses.isEmpty()
                && (all.hasAny(Cues.TEXT) || all.hasPhrase(Cues.TEXT_PHRASES))
                && (question || all.hasAny(Cues.OPINION) || all.hasAny(Cues.LIKING))) {
            return new Intent.PositionText();
        }
        if (clauses.isEmpty() && question && you && all.hasAny(Cues.STANCE)) {
            return new Intent.PositionText(); // "where do you stand?" with nothing named: on the whole
        }
        if (Cues.appeals(all)) {
            return new Intent.Appeal();
        }
        return new Intent.Unknown();
    }

    /**
     * "...in order to support it", "...for India to sign", "...for you to back it": a purpose
     * that makes a question about needs a price.
     */
    private static boolean purpose(List<Piece> pieces, String addressee) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Piece.Word to && to.word().equals("to"))) {
                continue;
            }
            Piece next = pieces.get(i + 1);
            boolean supporting = next instanceof Piece.Word w && Cues.SUPPORTING.contains(w.word())
                    || next instanceof Piece.Name n && n.is(Meaning.Choice.class);
            if (!supporting || i == 0) {
                continue;
            }
            Piece before = pieces.get(i - 1);
            if (before instanceof Piece.Word b
                            && (b.word().equals("order") || b.word().equals("you"))
                    || before instanceof Piece.Name n && n.meanings().contains(new Meaning.Seat(addressee))) {
                return true;
            }
        }
        return false;
    }

    /** A question of a word or two that echoes an offer back: "Deal?", "That?", "Seriously?" */
    private static boolean echo(Phrase first) {
        List<String> words = first.plainWords();
        return first.hasMark('?')
                && first.names().isEmpty()
                && !words.isEmpty()
                && words.size() <= 2
                && !Cues.QUESTION_START.contains(words.get(0));
    }

    /** "ok..." : a yes trailing off into dots is a hesitation, not a yes. */
    private static boolean hesitant(List<Piece> pieces) {
        int dots = 0;
        for (Piece p : pieces) {
            dots = p instanceof Piece.Mark m && m.mark() == '.' ? dots + 1 : 0;
            if (dots >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Past forms of agreeing: after a subject they report a yes given before, to someone. */
    private static final Set<String> AGREED = Set.of("accepted", "agreed", "took", "approved", "signed", "okayed");
    /** Verbs that, before "deal", report one made: "the US and China made a deal". */
    // spotless:off
    private static final Set<String> MADE = Set.of("made", "struck", "cut", "reached", "closed", "did",
            "signed", "sealed");
    // spotless:on

    /**
     * A yes reported, not given: said of or by a delegation other than the addressee ("France
     * said yes to the commission deal"), unless it answers the addressee's own offer ("yes,
     * France accepts your offer", from France's seat), or said in the past ("we accepted
     * Germany's deal yesterday", "they made a deal").
     */
    private static boolean reported(List<Piece> pieces, String addressee) {
        Phrase all = new Phrase(pieces);
        List<Piece> called = called(pieces);
        boolean yours = all.hasPhrase(List.of(
                "your offer",
                "your deal",
                "your proposal",
                "your terms",
                "you proposed",
                "you offered",
                "you suggested",
                "your suggestion"));
        for (int i = 0; i < pieces.size(); i++) {
            boolean vocative = called.contains(pieces.get(i))
                    && (i + 1 == pieces.size() || pieces.get(i + 1) instanceof Piece.Mark);
            if (pieces.get(i) instanceof Piece.Name n
                    && n.is(Meaning.Seat.class)
                    && !n.meanings().contains(new Meaning.Seat(addressee))
                    && !vocative
                    && !yours) {
                return true; // "France said yes to the commission deal"; "Germany, deal" calls on Germany
            }
        }
        List<String> words = all.plainWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Set.of("we", "i", "they", "he", "she").contains(words.get(i)) && AGREED.contains(words.get(i + 1))) {
                return true; // "we accepted", "they agreed": "we have accepted" is a yes
            }
            if (MADE.contains(words.get(i)) && words.get(i + 1).equals("deal")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word asking for a view, not the speaker's own: "your thoughts on MHC", "tell me your
     * position", but not "our position on MHC is firm" or "we'll think about it".
     */
    private static boolean asksView(Phrase all) {
        List<Piece> ps = all.pieces();
        for (int i = 0; i < ps.size(); i++) {
            if (!(ps.get(i) instanceof Piece.Word w && Cues.OPINION.contains(w.word()))) {
                continue;
            }
            boolean own = false;
            for (int k = Math.max(0, i - 2); k < i; k++) {
                own |= ps.get(k) instanceof Piece.Word b
                        && TradeReader.SPEAKER.contains(b.word())
                        && !b.word().equals("me")
                        && !b.word().equals("us");
            }
            if (!own) {
                return true;
            }
        }
        return false;
    }

    /** Question words that need no subject after them: "what", "where", "how". */
    private static final Set<String> WH = Set.of("what", "where", "how", "which", "why", "when", "who");

    /** Words after a delegation's name that make it the subject of a question: "India will", "France wants". */
    // spotless:off
    private static final Set<String> DOES = Set.of("will", "would", "is", "are", "was", "were", "has", "have", "had",
            "made", "did", "does", "do", "wants", "want", "says", "said", "plans", "intends", "might", "can", "could",
            "should", "backs", "supports", "offered", "proposed", "thinks", "going", "told", "agreed", "signed",
            // what others said, asked or plan: "did Germany say anything?", "Brazil asked us to trade..."
            "say", "tell", "tells", "mention", "mentioned", "ask", "asks", "asked", "suggest", "suggests", "suggested",
            "offer", "offers", "propose", "proposes", "promise", "promises", "promised", "claim", "claims", "claimed",
            "think", "thought", "believe", "believes", "plan", "planning", "planned", "intend", "intending", "wanted",
            "hinted", "approached", "contacted", "tried", "expects", "expected", "hopes", "threatened", "warned",
            "signalled", "signaled", "indicated", "reckons", "seems", "seem", "looks", "been", "just", "also",
            "already", "really", "still", "actually", "apparently", "privately", "secretly", "back", "support",
            "voted", "pushed", "abstained", "decided", "announced", "pledged", "rejected", "accepted", "doing", "both",
            "all");
    // spotless:on

    /**
     * A question about what a third party does or did ("do you think India will push?", "is it
     * true that China and the US made a deal?", "France wants us to swap: is that a good trade?"):
     * a delegation other than the addressee, not called on, as the subject of a verb.
     */
    private static boolean aboutOthers(List<Piece> pieces, Phrase all, String addressee) {
        if (all.hasPhrase(List.of("is it true", "have you heard", "did you hear", "any news"))) {
            return true;
        }
        if (addressee.isEmpty()) {
            return false;
        }
        // a delegation called on is followed by a comma ("France, will you..."), so a verb right after one makes it the
        // subject
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Name n
                    && n.is(Meaning.Seat.class)
                    && !n.meanings().contains(new Meaning.Seat(addressee))
                    && pieces.get(i + 1) instanceof Piece.Word w
                    && (DOES.contains(w.word()) || w.word().endsWith("ed"))) {
                return true;
            }
            // "would the US follow?", "will France sign?": a helping verb, then another delegation as its
            // subject ("will Japan and you push?" asks the addressee too)
            if (i > 0
                    && pieces.get(i) instanceof Piece.Name n
                    && n.is(Meaning.Seat.class)
                    && !n.meanings().contains(new Meaning.Seat(addressee))
                    && pieces.get(i - 1) instanceof Piece.Word aux
                    && Cues.AUXILIARY.contains(aux.word())
                    && !(i + 2 < pieces.size()
                            && pieces.get(i + 2) instanceof Piece.Word y
                            && y.word().equals("you"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An urging of the addressee: "Singapore should stand behind X", "you must back X", "Back X
     * with us.", "X needs your voice". A sentence that opens with a verb urges only with "with us",
     * "us in" or a "please" ("Back X." alone is an order, no appeal).
     */
    private static boolean urges(List<Phrase> sentences, String addressee) {
        for (Phrase s : sentences) {
            List<Piece> ps = s.pieces();
            for (int i = 0; i + 1 < ps.size(); i++) {
                boolean subject = ps.get(i) instanceof Piece.Word w && w.word().equals("you")
                        || ps.get(i) instanceof Piece.Name n && n.meanings().contains(new Meaning.Seat(addressee));
                if (subject && ps.get(i + 1) instanceof Piece.Word m && Cues.MODAL.contains(m.word())) {
                    return true;
                }
            }
            if (s.hasPhrase(List.of("needs your", "need your"))) {
                return true;
            }
            List<String> words = s.plainWords();
            int k = 0;
            while (k < words.size() && Cues.GREETING.contains(words.get(k))) {
                k++;
            }
            if (k < words.size()
                    && Cues.URGED.contains(words.get(k))
                    && (s.hasPhrase(List.of("with us", "us in", "join us", "alongside us")) || s.has("please"))) {
                return true;
            }
        }
        // "The US always says it leads on responsible AI. Prove it, back MHC.": an order to back a
        // wording, after a sentence about the addressee
        for (int i = 1; i < sentences.size(); i++) {
            for (Phrase clause : commaClauses(sentences.get(i).pieces())) {
                List<String> words = clause.plainWords();
                int k = 0;
                while (k < words.size()
                        && (Cues.GREETING.contains(words.get(k)) || words.get(k).equals("so"))) {
                    k++;
                }
                if (k < words.size()
                        && Cues.URGED.contains(words.get(k))
                        && (!clause.wordings().isEmpty() || !clause.choices().isEmpty())
                        && sentences.subList(0, i).stream().anyMatch(r -> mentions(r, addressee))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a sentence speaks of the addressee: "you", "your", or its name. */
    private static boolean mentions(Phrase s, String addressee) {
        return s.hasAny(TradeReader.ADDRESSEE)
                || s.names().stream().anyMatch(n -> n.meanings().contains(new Meaning.Seat(addressee)));
    }

    /** A reason beside an urging: a sentence of its own, a "because" or "so", or the words of an appeal. */
    private static boolean reasons(List<Phrase> sentences, Phrase all) {
        return sentences.size() > 1 || all.hasAny(Set.of("because", "since", "so", "as")) || Cues.appeals(all);
    }

    /** True when the first word after any greeting or name called on is {@code word}. */
    private static boolean opensWith(List<Piece> pieces, String word) {
        for (Piece p : pieces) {
            if (p instanceof Piece.Word w && !Cues.GREETING.contains(w.word())) {
                return w.word().equals(word);
            }
            if (!(p instanceof Piece.Mark) && !(p instanceof Piece.Name n && n.is(Meaning.Seat.class))) {
                return false;
            }
        }
        return false;
    }

    /** The message cut at commas, colons and semicolons as well as at the ends of sentences. */
    private static List<Phrase> commaClauses(List<Piece> pieces) {
        List<Phrase> out = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Mark) {
                if (!current.isEmpty()) {
                    out.add(new Phrase(current));
                }
                current = new ArrayList<>();
                continue;
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            out.add(new Phrase(current));
        }
        return out;
    }

    /** Words that close a question typed without its mark: "happy with the text or nah", "sign it or not". */
    // spotless:off
    private static final List<List<String>> TAGS = List.of(List.of("or", "not"), List.of("or", "no"),
            List.of("or", "what"), List.of("yes", "or", "no"), List.of("or", "nah"), List.of("right", "now", "or"),
            List.of("do", "you", "know"), List.of("or", "how"));
    // spotless:on

    /** A message that ends with a question tag: "u happy w the text or nah". */
    private static boolean tagQuestion(Phrase all) {
        List<String> words = all.plainWords();
        for (List<String> tag : TAGS) {
            if (words.size() > tag.size()
                    && words.subList(words.size() - tag.size(), words.size()).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The message cut at full stops, exclamation and question marks. */
    private static List<Phrase> sentences(List<Piece> pieces) {
        List<Phrase> out = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece p : pieces) {
            current.add(p);
            if (p instanceof Piece.Mark m && ".!?".indexOf(m.mark()) >= 0) {
                out.add(new Phrase(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(new Phrase(current));
        }
        return out;
    }

    /**
     * "Agreed. Pleasure doing business.": a yes, then sentences that add nothing a bot would have
     * to weigh: short, not negated, with no condition and no wording or decision named.
     */
    private static boolean acceptsThenSaysMore(List<Phrase> sentences) {
        if (sentences.size() < 2 || !Cues.accepts(sentences.get(0))) {
            return false;
        }
        for (Phrase s : sentences.subList(1, sentences.size())) {
            if (s.plainWords().size() > 10
                    || s.hasAny(TradeReader.NEGATIONS)
                    || s.hasAny(Cues.CONDITIONS)
                    || !s.wordings().isEmpty()
                    || !s.choices().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A question about what the speaker should do ("Should I take it?", "do we accept?"). */
    private static boolean asksAboutSelf(List<Phrase> sentences) {
        for (Phrase s : sentences) {
            List<String> words = s.plainWords();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (Cues.AUXILIARY.contains(words.get(i))
                        && (words.get(i + 1).equals("i") || words.get(i + 1).equals("we"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A question (or request) about a final decision: "will you sign?", "will you push with us?",
     * "can we count on France to sign?" sent to France.
     */
    private static Intent askPledge(Phrase all, boolean question, boolean you) {
        List<Piece.Name> choices = all.choices();
        boolean asked = question || all.hasAny(Cues.ASKING) || all.hasPhrase(Cues.ASKING_PHRASES);
        if (!choices.isEmpty() && asked && you) {
            // "Will you push or sign?" names two decisions: it asks which, not whether to one of them.
            java.util.Set<org.summitsim.core.scenario.Decision> named = new java.util.HashSet<>();
            choices.forEach(c -> named.add(((Meaning.Choice) c.first()).decision()));
            org.summitsim.core.scenario.Decision first =
                    ((Meaning.Choice) choices.get(0).first()).decision();
            return new Intent.AskPledge(named.size() > 1 && all.plainWords().contains("or") ? null : first);
        }
        if (choices.isEmpty()
                && question
                && you
                && (all.hasAny(Cues.DECIDING) || all.hasPhrase(Cues.DECIDING_PHRASES))
                && all.wordings().isEmpty()) {
            return new Intent.AskPledge(null);
        }
        return null;
    }

    /**
     * "Will you support our amendment on hegemony? We can sign together.": the question is about a
     * clause, and the decision is named only in a sentence that is no question. A play-test's bot
     * answered it "Yes. We promised to sign..." and then voted against the amendment.
     */
    private static boolean decisionOnlyBesideTheQuestion(List<Phrase> sentences) {
        List<Phrase> asking = sentences.stream().filter(s -> s.hasMark('?')).toList();
        return sentences.size() > 1
                && !asking.isEmpty()
                && asking.stream().allMatch(s -> s.choices().isEmpty())
                && asking.stream().anyMatch(s -> !clauses(s).isEmpty());
    }

    /**
     * True when the message opens as a question: "what...", "will you...", after any greeting
     * or name called on. After a delegation's name, and in later sentences ({@code strict}), a
     * verb such as "has" or "will" opens a question only before its subject: "NZ, are you..." is
     * one, "Canada has always championed..." is not.
     */
    private static boolean startsAsQuestion(List<Piece> pieces, boolean strict) {
        boolean afterSeat = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p instanceof Piece.Word w) {
                if (Cues.GREETING.contains(w.word())) {
                    // "our delegation is happy...": after "our" or "my" a helping verb has its subject already
                    afterSeat |= w.word().equals("our") || w.word().equals("my");
                    continue;
                }
                if (!Cues.QUESTION_START.contains(w.word())) {
                    // "SA where u at": a name the scenario does not know, called on before a question word
                    boolean called = i == 0
                            && i + 1 < pieces.size()
                            && Character.isUpperCase(w.original().charAt(0))
                            && pieces.get(i + 1) instanceof Piece.Word next
                            && WH.contains(next.word())
                            && i + 2 < pieces.size()
                            && !(pieces.get(i + 2) instanceof Piece.Mark); // not "Guess what, ..."
                    if (called) {
                        continue;
                    }
                    return false;
                }
                if (w.word().equals("why")
                        && i + 1 < pieces.size()
                        && pieces.get(i + 1) instanceof Piece.Word not
                        && not.word().equals("not")
                        && (i + 2 == pieces.size() || pieces.get(i + 2) instanceof Piece.Mark)) {
                    return false; // "why not, deal": a yes
                }
                if (Cues.AUXILIARY.contains(w.word())
                        && i + 1 < pieces.size()
                        && pieces.get(i + 1) instanceof Piece.Word not
                        && not.word().equals("not")) {
                    // "don't forget...", "do not let them...": an order; "don't you think...?" asks
                    return i + 2 < pieces.size()
                            && pieces.get(i + 2) instanceof Piece.Word subject
                            && Cues.SUBJECT.contains(subject.word());
                }
                if ((strict || afterSeat) && Cues.AUXILIARY.contains(w.word())) {
                    return i + 1 < pieces.size()
                            && (pieces.get(i + 1) instanceof Piece.Word next
                                    ? Cues.SUBJECT.contains(next.word())
                                    : pieces.get(i + 1) instanceof Piece.Name n && n.is(Meaning.Seat.class));
                }
                return true;
            }
            if (p instanceof Piece.Name n && n.is(Meaning.Seat.class)) {
                afterSeat = true;
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
        return p instanceof Piece.Mark
                || (p instanceof Piece.Name n && n.is(Meaning.Seat.class))
                || (p instanceof Piece.Word w
                        && (Cues.GREETING.contains(w.word()) || Cues.EVERYONE.contains(w.word())));
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
