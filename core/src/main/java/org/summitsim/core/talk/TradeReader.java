// Long on purpose: one parser of trade sentences whose steps call each other, read top to bottom.
package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads "I'll support X if you back Y" and its many shapes. The message is cut into parts at
 * punctuation and at linking words ("if", "in exchange for", "and"...); each part has an agent
 * (the speaker: "I", "we"; the addressee: "you", its name, or a command: "back Y"), an action
 * (support, drop, a decision, or wanting, getting and giving, which turn the direction round:
 * "we need Y" asks for Y, "you get X" offers X) and an object (a wording or clause). A trade needs
 * a side the speaker gives and a side it wants from the addressee, linked in one sentence or by
 * an exchange word. Anything doubtful (a negated promise, a name that fits two wordings, "unless")
 * is not a trade: better a question back than a deal nobody offered.
 */
final class TradeReader {

    /** {@code OTHER}: a third party ("Germany says they will back X"), whose promise no one here can trade. */
    enum Agent {
        SPEAKER,
        ADDRESSEE,
        COMMAND,
        OTHER,
        NONE
    }

    enum Action {
        SUPPORT,
        DROP,
        DECIDE,
        WANT,
        RECEIVE,
        GIVE,
        NONE
    }

    /** One part of the message as read; {@code side} is null when it promises nothing readable. */
    record Part(
            String link,
            int sentence,
            Agent agent,
            Action action,
            Intent.Side side,
            boolean mirror,
            List<Piece> pieces) {}

    static final Set<String> SPEAKER = Set.of("i", "we", "our", "ours", "my", "me", "us", "myself", "ourselves");
    static final Set<String> ADDRESSEE = Set.of("you", "your", "yours", "yourself", "yourselves");
    /** Words after which "you" or "us" is an object, not the subject of a new part. */
    // spotless:off
    private static final Set<String> OBJECT_BEFORE = Set.of("alongside", "with", "beside", "for", "to", "than",
            "like", "behind", "from", "against", "on", "about", "of", "as", "by", "without");
    // spotless:on
    /** Words that say nothing about which wording of a clause is meant: "we'll back the hegemony line". */
    // spotless:off
    private static final Set<String> PLAINLY = Set.copyOf(List.of("clause", "line", "language", "wording", "paragraph", "text",
            "part", "bit", "section", "on", "for", "with", "of", "to", "in", "will", "would", "could", "can", "shall",
            "also", "too", "fully", "please", "just", "then", "happily", "gladly", "go", "along", "stand", "behind",
            "get", "agree", "say", "put", "stick", "fight", "sentence", "keeping", "mention", "reference", "point",
            "thing", "stuff", "idea", "proposal", "amendment", "option", "version", "yes", "vote", "votes", "voting",
            "our", "its", "their", "as", "is", "place"));
    // spotless:on
    /** Pronouns for a third party. */
    private static final Set<String> THIRD = Set.of("they", "he", "she");
    /** Pronouns that start a sentence of their own. */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you");

    static final Set<String> NEGATIONS = Set.of("not", "never", "cannot", "no", "without", "neither", "nor");

    /** Linking words, longest first; a part remembers the one before it. */
    // spotless:off
    private static final List<String> LINKS = List.of("in exchange for", "in return for", "on condition that",
            "as long as", "so long as", "provided that", "providing that", "and in return", "and in exchange",
            "in exchange", "in return", "on condition", "provided", "providing", "assuming", "even if", "even though",
            "whether or not", "whether", "although", "though", "since", "if", "unless",
            "then", "and", "but", "or", "otherwise", "once", "whereas", "while", "because", "so", "whereby",
            "in which", "under which", "where");
    // spotless:on
    /** Links that tie what one side does to what the other does, across sentences too. */
    // spotless:off
    private static final Set<String> EXCHANGE = Set.of("in exchange for", "in return for", "on condition that",
            "as long as", "so long as", "provided that", "providing that", "and in return", "and in exchange",
            "in exchange", "in return", "on condition", "provided", "providing", "if", "then", "once", "for");
    // spotless:on

    /**
     * Links after which a side is background, not a term: "we back MHC because you back the UN
     * route", "we'll back MHC even if you back the UN route", "we back MHC but you back the UN
     * route" (a "but" only with no obligation after it: "but you have to back X" is a term).
     */
    // spotless:off
    private static final Set<String> DESCRIPTIVE = Set.of("because", "so", "while", "whereas", "since", "although",
            "though", "even if", "even though", "whether", "whether or not", "but");
    // spotless:on
    /** Words that make a side after "but" a term of the deal: "but you have to back X", "but in return". */
    // spotless:off
    private static final Set<String> OBLIGED = Set.of("must", "have", "has", "need", "needs", "should", "will",
            "would", "only", "ask", "want", "expect", "require");
    // spotless:on
    /** Words that make a past tense hypothetical: "if we backed MHC", "we would have backed". */
    // spotless:off
    private static final Set<String> HYPOTHETICAL = Set.of("if", "would", "could", "might", "suppose", "supposing",
            "imagine", "hypothetically", "say", "assuming");
    // spotless:on
    /** Past forms that do not end in -ed. */
    // spotless:off
    private static final Set<String> PAST = Set.of("took", "gave", "got", "made", "did", "said", "had", "stood",
            "went", "chose", "sold", "fought", "held", "kept", "told", "threw", "won", "lost");
    // spotless:on
    /** Words that make a side a fact about now, not a promise: "we already back the UN route". */
    private static final Set<String> FACT = Set.of("already", "always", "still", "currently", "traditionally");

    /** What one drops to come round to a wording: "lift your objection to X". */
    // spotless:off
    private static final Set<String> OPPOSITION = Set.of("opposition", "objection", "objections", "resistance",
            "veto", "blockade", "reservations", "reservation", "hold");
    // spotless:on

    /** Links after which a bare wording is what the speaker asks for. */
    // spotless:off
    private static final Set<String> FOR_WHAT = Set.of("in exchange for", "in return for", "in exchange",
            "in return", "and in return", "and in exchange");
    // spotless:on

    // spotless:off
    private static final Set<String> SUPPORT_WORDS = Set.of("support", "supporting", "supports", "supported", "back",
            "backing", "backs", "backed", "accept", "accepted", "accepting", "champion", "favour", "favor", "defend",
            "keep", "propose",
            "proposing", "cosponsor", "sponsor", "table", "adopt", "include", "choose", "prefer", "vote", "votes", "voted",
            "yes", "help", "embrace", "allow", "approve", "promote", "pursue", "fight");
    // spotless:on
    // spotless:off
    private static final Set<String> DROP_WORDS = Set.of("drop", "dropping", "remove", "removing", "delete", "oppose",
            "opposing", "block", "blocking", "reject", "rejecting", "abandon", "scrap", "kill", "withdraw", "ditch",
            "cut", "strike", "lose", "weaken", "resist", "stop", "veto", "sink", "bin", "skip", "erase");
    // spotless:on
    // spotless:off
    private static final Set<String> WANT_WORDS = Set.of("want", "wants", "need", "needs", "ask", "require",
            "expect", "demand", "request", "seek", "insist");
    // spotless:on
    private static final Set<String> RECEIVE_WORDS = Set.of("get", "gets", "have", "has", "receive", "gain", "obtain");
    private static final Set<String> GIVE_WORDS =
            Set.of("give", "offer", "grant", "provide", "deliver", "hand", "lend");
    /** Two-word actions, read before their first word alone ("give up" is not "give"). */
    // spotless:off
    private static final List<List<String>> SUPPORT_PHRASES = List.of(List.of("vote", "for"), List.of("vote", "yes"),
            List.of("voted", "for"), List.of("votes", "for"), List.of("voting", "for"),
            List.of("go", "along"), List.of("live", "with"), List.of("stand", "behind"), List.of("get", "behind"),
            List.of("agree", "to"), List.of("sign", "up"), List.of("go", "with"), List.of("stick", "with"),
            List.of("push", "for"), List.of("fight", "for"), List.of("say", "yes"), List.of("put", "in"));
    // spotless:on
    // spotless:off
    private static final List<List<String>> DROP_PHRASES = List.of(List.of("vote", "against"), List.of("vote", "no"),
            List.of("votes", "against"), List.of("voted", "against"), List.of("voting", "against"),
            List.of("vote", "down"), List.of("votes", "down"), List.of("voting", "down"), List.of("voted", "down"),
            List.of("give", "up"), List.of("take", "out"), List.of("let", "go"), List.of("back", "down"),
            List.of("back", "off"), List.of("walk", "away"), List.of("leave", "out"), List.of("water", "down"),
            List.of("say", "no"), List.of("get", "rid"), List.of("forget", "about"));
    // spotless:on
    /** Words that pass the offer back: "if you do", "if you do too", "if you support it as well". */
    // spotless:off
    private static final Set<String> MIRROR = Set.of("do", "does", "too", "also", "same", "likewise", "join", "it",
            "that", "well", "either");
    // spotless:on
    /** Words that may open a command before its verb: "please back the UN route". */
    // spotless:off
    private static final Set<String> BEFORE_COMMAND = Set.of("please", "just", "kindly", "now", "so", "then", "ok",
            "well", "simply", "also", "keep", "join");
    // spotless:on
    /** Words after "and" that set what follows against a "not" before it: "don't push and just sign". */
    private static final Set<String> CONTRAST = Set.of("just", "simply", "instead", "rather", "only");

    /** "Keep" before another verb is not support: "keep voting down X" votes X down. */
    private static final Set<String> KEEP = Set.of("keep", "keeps", "kept");

    /**
     * What one side does against the other, in a condition that makes a message a threat ("if
     * you oppose X, we...", "break your pledge and..."): not a concession a trade asks for ("drop
     * X"), but working against the speaker.
     */
    // spotless:off
    private static final Set<String> HOSTILE = Set.of("oppose", "opposes", "opposed", "opposing", "block", "blocks",
            "blocked", "blocking", "reject", "rejects", "rejecting", "veto", "vetoes", "sink", "kill", "wreck",
            "break", "breaks", "renege", "reneges", "cross", "betray", "betrays", "sabotage", "torpedo", "obstruct",
            "undermine", "undermines", "wrecks", "blow", "blows", "strip", "strips", "gut", "guts", "scuttle",
            "derail", "derails", "ruin", "ruins", "weaken", "weakens");
    // spotless:on
    // spotless:off
    private static final List<List<String>> HOSTILE_PHRASES = List.of(List.of("vote", "against"),
            List.of("votes", "against"), List.of("voted", "against"), List.of("voting", "against"),
            List.of("vote", "down"), List.of("votes", "down"), List.of("voting", "down"), List.of("side", "with"),
            List.of("sides", "with"), List.of("siding", "with"), List.of("go", "back", "on"), List.of("goes", "back", "on"),
            List.of("went", "back", "on"), List.of("back", "out"), List.of("backs", "out"), List.of("pull", "out"),
            List.of("walk", "away"), List.of("turn", "on"), List.of("turns", "on"), List.of("work", "against"),
            List.of("works", "against"), List.of("walk", "back"), List.of("walks", "back"), List.of("walked", "back"),
            List.of("backtrack"), List.of("backtracks"), List.of("gang", "up"), List.of("double", "cross"),
            List.of("stab"), List.of("renege"), List.of("flip", "flop"));
    // spotless:on
    /** Verbs that put the addressee beside a third party: "vote with the US", "side with France". */
    // spotless:off
    private static final Set<String> ALIGN = Set.of("vote", "votes", "voting", "voted", "side", "sides", "siding",
            "sided", "team", "teams", "teaming", "align", "aligns", "aligning", "stand", "stands", "standing", "go",
            "goes", "gang", "join", "joins", "joining", "ally", "allies", "line");
    // spotless:on
    /** Words that make a condition a repeat of something the speaker holds against the addressee: "again", "one more". */
    // spotless:off
    private static final List<List<String>> REPEAT = List.of(List.of("again"), List.of("one", "more"),
            List.of("any", "more"), List.of("anymore"), List.of("once", "more"), List.of("another", "stunt"),
            List.of("ever", "again"));
    // spotless:on
    /** What a speaker does to punish: "we will block...", "we abstain", "we'll denounce it". */
    // spotless:off
    private static final Set<String> SANCTION = Set.of("block", "oppose", "veto", "sink", "kill", "denounce",
            "expose", "boycott", "obstruct", "retaliate", "walk", "leave", "condemn", "shame", "tell", "telling",
            "torpedo", "scuttle", "withdraw", "forget", "publish", "leak", "reveal", "read", "announce",
            "broadcast");
    // spotless:on
    // spotless:off
    private static final List<List<String>> SANCTION_PHRASES = List.of(List.of("vote", "against"),
            List.of("vote", "down"), List.of("vote", "it", "down"), List.of("vote", "no"), List.of("tell", "press"),
            List.of("go", "public"), List.of("whole", "room"), List.of("everyone"), List.of("every", "delegation"));
    // spotless:on
    /** What follows for the addressee, whoever brings it about: "everyone will know", "the whole thing collapses". */
    /**
     * Harm that follows for the addressee, whatever the condition: "your amendment is dead on
     * arrival", "you can forget our help", "we're done helping you".
     */
    // spotless:off
    private static final List<List<String>> HARM = List.of(List.of("dead", "on", "arrival"), List.of("is", "dead"),
            List.of("be", "dead"), List.of("goes", "nowhere"), List.of("go", "nowhere"), List.of("going", "nowhere"),
            List.of("forget", "our"), List.of("forget", "about", "our"), List.of("forget", "my"),
            List.of("forget", "any"), List.of("forget", "about", "any"), List.of("done", "helping"),
            List.of("done", "with", "you"), List.of("no", "more", "help"), List.of("no", "more", "support"),
            List.of("lose", "our"), List.of("lose", "us"), List.of("kiss"), List.of("say", "goodbye"),
            List.of("withdraw", "our"), List.of("pull", "our"), List.of("never", "pass"), List.of("never", "see"),
            List.of("doomed"), List.of("will", "regret"), List.of("regret", "it"), List.of("no", "friends"),
            List.of("everyone", "will", "know"), List.of("whole", "room", "will"), List.of("do", "not", "expect"),
            List.of("not", "expect"), List.of("nothing", "from", "us"), List.of("no", "help", "from"),
            List.of("no", "support", "from"), List.of("lonely"), List.of("alone"), List.of("on", "your", "own"),
            List.of("you", "are", "done"), List.of("your", "done"), List.of("you", "are", "finished"),
            List.of("you", "are", "toast"), List.of("game", "over"), List.of("last", "time", "we"),
            List.of("your", "life"), List.of("hard", "time"));
    // spotless:on
    // spotless:off
    private static final List<List<String>> CONSEQUENCE = List.of(List.of("will", "know"), List.of("no", "friends"),
            List.of("collapses"), List.of("collapse"), List.of("falls", "apart"), List.of("regret"),
            List.of("isolated"), List.of("publicly"), List.of("press"), List.of("make", "sure"),
            List.of("will", "hear"), List.of("hears"), List.of("be", "trusted"), List.of("forget", "about"),
            List.of("no", "support"), List.of("no", "help"), List.of("no", "vote"), List.of("no", "votes"),
            List.of("not", "expect"), List.of("nothing", "from", "us"), List.of("everyone", "will"),
            List.of("fails"), List.of("will", "fail"));
    // spotless:on

    private TradeReader() {}

    static Optional<Intent.Trade> read(List<Piece> pieces, String addressee, Lexicon lexicon) {
        if (reportsView(pieces, addressee)) {
            return Optional.empty(); // "some say we should back X if you back Y": someone else's idea
        }
        List<Part> parts = parts(pieces, addressee);
        if (parts.stream().anyMatch(p -> p.link().equals("unless"))) {
            return Optional.empty(); // "...unless you back us" is pressure, not an offer
        }
        Part give = null;
        Part want = null;
        for (Part p : parts) {
            if (p.side() == null || p.agent() == Agent.OTHER) {
                continue; // what a third party would do is no one's offer here
            }
            boolean speakers = owner(p) == Agent.SPEAKER;
            if (speakers && p.action() == Action.DROP && addresseesOwn(p.pieces(), addressee)) {
                continue; // "we'll sink your amendment": a sanction, never something offered
            }
            if (speakers && give == null) {
                give = p;
            } else if (!speakers && want == null) {
                want = p;
            }
        }
        if (give == null && want != null && want.agent() == Agent.ADDRESSEE && EXCHANGE.contains(want.link())) {
            give = proposed(parts, want); // "how about the bridge option in exchange for your support on reporting?"
        }
        if (give == null) {
            return Optional.empty();
        }
        if (want == null) {
            Part mirror = parts.stream().filter(Part::mirror).findFirst().orElse(null);
            if (mirror == null || mirror == give) {
                return Optional.empty();
            }
            want = new Part(
                    mirror.link(),
                    mirror.sentence(),
                    Agent.ADDRESSEE,
                    give.action(),
                    give.side(),
                    true,
                    mirror.pieces());
        }
        Part later = parts.indexOf(give) > parts.indexOf(want) && !want.mirror() ? give : want;
        Part earlier = later == give ? want : give;
        if (later.link().equals("or") || later.link().equals("otherwise")) {
            return Optional.empty(); // "are you ok with X or do you need Y": alternatives, not an exchange
        }
        if (background(later) || (!earlier.link().equals("but") && background(earlier))) {
            return Optional.empty(); // "we back MHC because you back the UN route": two facts, no exchange
        }
        if (give.sentence() != want.sentence() && !EXCHANGE.contains(later.link())) {
            return Optional.empty(); // two sentences that do not say one is for the other
        }
        if (!proposes(pieces, give, want)) {
            return Optional.empty(); // "we support MHC and you support the UN route, so we disagree": positions told
        }
        Intent.Side giving = only(give, lexicon);
        Intent.Side wanted = only(want, lexicon);
        if (giving instanceof Intent.Wording g && g.equals(wanted)) {
            // "If I propose X, would you vote for it?": one wording on both sides is no exchange but a
            // question about it (a play-test's hardliner answered "We make no deals").
            return Optional.empty();
        }
        return Optional.of(new Intent.Trade(giving, wanted));
    }

    /** Words that make two sides an offer: a promise, a willingness, a condition, a word for a deal. */
    // spotless:off
    private static final Set<String> OFFERING = Set.of("will", "would", "can", "could", "shall", "ready", "prepared",
            "willing", "happy", "glad", "offer", "offering", "promise", "commit", "deal", "proposal", "propose",
            "proposing", "swap", "trade", "exchange", "interested", "ok", "fair", "counter", "counteroffer", "please",
            "want", "need", "ask", "like", "expect", "must", "should", "yours", "available", "return", "let");
    // spotless:on

    /**
     * True when two sides read as an offer, not as positions told ("we support X and you support
     * Y, so we disagree"): a condition or exchange, a promise or willingness ("we'll", "we can"),
     * an order to the addressee, a giving or getting ("you get X"), a word for a deal or a
     * question; or, without any of these, no word that compares the two positions.
     */
    private static boolean proposes(List<Piece> pieces, Part give, Part want) {
        if (EXCHANGE.contains(give.link())
                || EXCHANGE.contains(want.link())
                || FOR_WHAT.contains(want.link())
                || want.agent() == Agent.COMMAND
                || want.mirror()) {
            return true;
        }
        if (give.action() == Action.GIVE
                || give.action() == Action.RECEIVE
                || give.action() == Action.WANT
                || want.action() == Action.GIVE
                || want.action() == Action.RECEIVE
                || want.action() == Action.WANT) {
            return true;
        }
        Phrase all = new Phrase(pieces);
        if (all.hasMark('?')
                || all.hasAny(OFFERING)
                || all.hasPhrase(List.of(
                        "how about", "what about", "what if", "here is", "tell you what", "from us", "from you"))) {
            return true;
        }
        // "u back the ban, we back the UN route" is a student's offer; with words that compare two
        // positions ("..., so we disagree") it tells them
        return !all.hasAny(DESCRIBING);
    }

    /** Words that compare two positions rather than trade them: "we back X and you back Y, so we disagree". */
    // spotless:off
    private static final Set<String> DESCRIBING = Set.of("so", "disagree", "differ", "different", "apart", "divided",
            "split", "clash", "whereas", "while", "because", "since", "gap", "far", "problem", "issue", "conflict",
            "opposite", "same");
    // spotless:on

    /** A part after a link that makes it background rather than a term of a deal ({@link #DESCRIPTIVE}). */
    private static boolean background(Part p) {
        if (!DESCRIPTIVE.contains(p.link())) {
            return false;
        }
        return !p.link().equals("but")
                || new Phrase(p.pieces()).plainWords().stream().noneMatch(OBLIGED::contains);
    }

    /**
     * A part that tells what was or is, not what will be: a verb in the past ("we backed MHC",
     * "last round you voted for X") outside a condition or a "would", or a fact ("we already
     * back X"). It promises nothing.
     */
    private static boolean tells(List<Piece> pieces, int at, String link, Part before, int sentence) {
        if (at < 0) {
            return false;
        }
        List<String> words = new Phrase(pieces).plainWords();
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (pieces.get(i) instanceof Piece.Word w && FACT.contains(w.word())) {
                return true; // "we already back X"; "the wording already in the draft" says nothing of when
            }
        }
        String verb = pieces.get(at) instanceof Piece.Word w
                ? w.word()
                : pieces.get(at) instanceof Piece.Name n ? n.words().get(0) : "";
        boolean past = (verb.endsWith("ed") && !verb.endsWith("eed")) || PAST.contains(verb);
        if (!past) {
            return false;
        }
        boolean hypothetical = link.equals("if")
                || link.equals("once")
                || EXCHANGE.contains(link)
                || words.stream().anyMatch(HYPOTHETICAL::contains)
                || (before != null
                        && before.sentence() == sentence
                        && (link.equals("and") || link.equals("or"))
                        && (before.link().equals("if")
                                || new Phrase(before.pieces())
                                        .plainWords().stream().anyMatch(HYPOTHETICAL::contains)));
        return !hypothetical;
    }

    /**
     * A wording put forward without a verb ("how about the bridge option", "what about MHC")
     * before a part that asks the addressee for something in return: what the speaker offers.
     * Only with "your" or "you" in the part asked for, so the direction is plain.
     */
    private static Part proposed(List<Part> parts, Part want) {
        for (Part p : parts) {
            if (p == want || p.sentence() != want.sentence() || p.action() != Action.NONE) {
                continue;
            }
            List<String> words = new Phrase(p.pieces()).plainWords();
            boolean putForward = words.size() >= 2
                    && (words.get(0).equals("how") || words.get(0).equals("what"))
                    && words.get(1).equals("about");
            Intent.Side side = putForward ? wordingAfter(p.pieces(), 0, false) : null;
            if (side != null) {
                return new Part(p.link(), p.sentence(), Agent.SPEAKER, Action.SUPPORT, side, false, p.pieces());
            }
        }
        return null;
    }

    /**
     * Support for a clause named plainly ("we back the hegemony line") that has one wording
     * besides leaving the subject out is support for that wording. Any other word said about it
     * ("support silence on hegemony") leaves the wording open; any other side is as read.
     */
    /** Words that take a clause out of the text: "dropping escalation from the text", "keep drones out". */
    // spotless:off
    private static final Set<String> REMOVAL = Set.of("dropping", "removing", "remove", "removed", "deleting",
            "delete", "deleted", "scrapping", "scrap", "scrapped", "striking", "strike", "omit", "omitting",
            "omitted", "exclude", "excluding", "excluded", "silence", "silent", "cutting", "ditching",
            "ditch", "erase", "erasing", "drop", "dropped");
    // spotless:on
    /** Verbs that take a clause out with "out": "keep drones out of the text", "leave it out". */
    // spotless:off
    private static final Set<String> OUT_VERBS = Set.of("keep", "keeping", "kept", "leave", "leaving", "left",
            "take", "taking", "taken", "cut", "cutting", "strike", "striking", "stay", "stays", "staying");
    // spotless:on

    /**
     * A clause named (not a wording) as something to take out of the text ("dropping escalation
     * from the text entirely", "keep autonomous weapons out of the text", "drop the hegemony
     * clause", "silence on hegemony") is support for its wording that leaves the subject out,
     * when it has one. Null when the side is anything else.
     */
    private static Intent.Side silence(Part p, Lexicon lexicon) {
        if (!(p.side() instanceof Intent.Wording w) || w.option() != null) {
            return null;
        }
        Phrase words = new Phrase(p.pieces());
        boolean removal = w.drop()
                || words.plainWords().stream().anyMatch(REMOVAL::contains)
                || (words.plainWords().contains("out")
                        && words.plainWords().stream().anyMatch(OUT_VERBS::contains));
        if (!removal) {
            return null;
        }
        List<Lexicon.Wording> silent = lexicon.wordings(w.clause()).stream()
                .filter(Lexicon.Wording::silent)
                .toList();
        return silent.size() == 1 ? new Intent.Wording(w.clause(), silent.get(0).option(), false) : null;
    }

    /** Words before a clause that make support "on" it support for a stance there, whichever it is. */
    private static final Set<String> REGARDING = Set.of("on", "regarding", "about", "concerning", "over");

    /**
     * "Your support on the hegemony clause", "back us on the escalation paragraph": support for
     * someone's stance on a clause, which leaves the wording open, unlike "back the hegemony line".
     */
    private static boolean regarding(List<Piece> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Name n
                    && n.is(Meaning.Clause.class)
                    && pieces.get(i - 1) instanceof Piece.Word w
                    && REGARDING.contains(w.word())) {
                return true;
            }
        }
        return false;
    }

    private static Intent.Side only(Part p, Lexicon lexicon) {
        Intent.Side silent = silence(p, lexicon);
        if (silent != null) {
            return silent;
        }
        boolean plainly = p.pieces().stream()
                        .allMatch(x -> !(x instanceof Piece.Word word)
                                || PLAINLY.contains(word.word())
                                || SUPPORT_WORDS.contains(word.word())
                                || SPEAKER.contains(word.word())
                                || ADDRESSEE.contains(word.word()))
                && !regarding(p.pieces());
        if (plainly && p.side() instanceof Intent.Wording w && w.option() == null && !w.drop()) {
            List<Lexicon.Wording> said = lexicon.wordings(w.clause()).stream()
                    .filter(o -> !o.silent())
                    .toList();
            if (said.size() == 1 && said.size() < lexicon.wordings(w.clause()).size()) {
                return new Intent.Wording(w.clause(), said.get(0).option(), false);
            }
        }
        return p.side();
    }

    /**
     * A threat, however it is worded as a condition: one part has the addressee (or anyone but the
     * speaker) work against the speaker ("if you oppose X", "keep voting down X", "break your
     * pledge", "if France sides with the US"), and another part holds a sanction: the speaker
     * blocking, opposing, pushing or abstaining, or what will follow ("everyone will know"). A
     * message like that is never an offer, whatever wordings it names.
     */
    static boolean retaliation(List<Piece> pieces, String addressee) {
        List<Part> parts = parts(pieces, addressee);
        for (int i = 0; i < parts.size(); i++) {
            Part c = parts.get(i);
            if (!condition(parts, i)) {
                continue;
            }
            // whatever the condition, harm to the addressee after it makes a threat:
            // "keep voting for X and your amendment is dead on arrival"
            for (int k = i + 1; k < parts.size() && parts.get(k).sentence() == c.sentence(); k++) {
                if (harms(parts.get(k).pieces())) {
                    return true;
                }
            }
            // the condition goes on over "and": "if you push and blow this whole thing up"
            boolean hostile = false;
            int end = i;
            for (int k = i; k < parts.size() && !hostile; k++) {
                Part d = parts.get(k);
                if (k > i
                        && (d.sentence() != c.sentence()
                                || !(d.link().equals("and") || d.link().equals("or"))
                                || speakerBefore(d.pieces(), d.pieces().size()))) {
                    break;
                }
                int h = hostileAt(d.pieces(), addressee);
                hostile = h >= 0 && !speakerBefore(d.pieces(), h);
                end = k;
                if (hostile && sanctionAfter(d.pieces(), h)) {
                    return true; // "if u back out of our deal we're telling everyone", with no comma between
                }
            }
            if (!hostile) {
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                if ((k < i || k > end) && sanctions(parts.get(k).pieces())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A part that sets a condition: after "if", "once" or "when", opening with "should" ("Should
     * Japan oppose X, ..."), or opening its sentence, after any names called on ("Kenya, vote
     * against us and...").
     */
    private static boolean condition(List<Part> parts, int i) {
        Part c = parts.get(i);
        if (c.link().equals("if") || c.link().equals("once")) {
            return true;
        }
        if (!c.pieces().isEmpty()
                && c.pieces().get(0) instanceof Piece.Word w
                && (w.word().equals("should") || w.word().equals("when"))) {
            return true;
        }
        if (!c.link().isEmpty()) {
            return false;
        }
        for (int k = i - 1; k >= 0 && parts.get(k).sentence() == c.sentence(); k--) {
            if (!parts.get(k).pieces().stream()
                    .allMatch(p -> p instanceof Piece.Name n && n.is(Meaning.Seat.class)
                            || p instanceof Piece.Word w && Cues.GREETING.contains(w.word()))) {
                return false;
            }
        }
        return true;
    }

    /** A sanction after the hostile act at {@code h}, once the speaker is the subject again ("..., we'll tell"). */
    private static boolean sanctionAfter(List<Piece> pieces, int h) {
        for (int i = h + 1; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Word w
                    && (w.word().equals("we") || w.word().equals("i"))) {
                return sanctions(pieces.subList(i, pieces.size()));
            }
        }
        return false;
    }

    /**
     * Where a part works against the speaker: a hostile verb ("oppose", "break your pledge"),
     * siding with a third party ("vote with the US"), or doing again what the speaker holds
     * against the addressee ("tabling the ban again", "one more stunt like that").
     */
    private static int hostileAt(List<Piece> pieces, String addressee) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Word w
                    && (HOSTILE.contains(w.word()) || phraseAt(pieces, i, HOSTILE_PHRASES))) {
                return i;
            }
            if (pieces.get(i) instanceof Piece.Word w
                    && ALIGN.contains(w.word())
                    && i + 2 < pieces.size()
                    && pieces.get(i + 1) instanceof Piece.Word with
                    && with.word().equals("with")
                    && (third(pieces.get(i + 2), addressee)
                            || pieces.get(i + 2) instanceof Piece.Word them
                                    && them.word().equals("them"))) {
                return i;
            }
            if (phraseAt(pieces, i, REPEAT)) {
                return i;
            }
            if (pieces.get(i) instanceof Piece.Word k
                    && KEEP.contains(k.word())
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1) instanceof Piece.Word ing
                    && ing.word().endsWith("ing")) {
                return i; // "if Kenya keeps stalling": something done again and again
            }
        }
        return -1;
    }

    /** What befalls something of the addressee's: "your amendments all fail", "your proposal goes nowhere". */
    // spotless:off
    private static final Set<String> BEFALLS = Set.of("fail", "fails", "die", "dies", "sink", "sinks", "sunk",
            "blocked", "killed", "buried", "lose", "loses", "rejected", "dead", "doomed", "stall", "stalls");
    // spotless:on

    /** Harm for the addressee named in a part ({@link #HARM}), or befalling something of its own. */
    private static boolean harms(List<Piece> pieces) {
        boolean yours = false;
        for (int i = 0; i < pieces.size(); i++) {
            if (phraseAt(pieces, i, HARM) && !deniedAt(pieces, i)) {
                return true;
            }
            if (pieces.get(i) instanceof Piece.Word w
                    && (w.word().equals("your") || w.word().equals("yours"))) {
                yours = true;
            } else if (yours
                    && pieces.get(i) instanceof Piece.Word w
                    && BEFALLS.contains(w.word())
                    && !deniedAt(pieces, i)) {
                return true;
            }
        }
        return false;
    }

    /** A "not" just before: "you won't be alone" is no harm. */
    private static boolean deniedAt(List<Piece> pieces, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (pieces.get(k) instanceof Piece.Word w
                    && (w.word().equals("not") || w.word().equals("never"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speakerBefore(List<Piece> pieces, int at) {
        for (int i = 0; i < at; i++) {
            if (pieces.get(i) instanceof Piece.Word w
                    && SUBJECTS.contains(w.word())
                    && !w.word().equals("you")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sanctions(List<Piece> pieces) {
        boolean speaker = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (phraseAt(pieces, i, CONSEQUENCE) || phraseAt(pieces, i, HARM)) {
                return true;
            }
            if (p instanceof Piece.Word w && SPEAKER.contains(w.word())) {
                speaker = true;
            } else if (speaker
                    && p instanceof Piece.Word w
                    && (SANCTION.contains(w.word()) || phraseAt(pieces, i, SANCTION_PHRASES))) {
                return true;
            } else if (speaker
                    && p instanceof Piece.Name n
                    && n.is(Meaning.Choice.class)
                    && ((Meaning.Choice) n.first()).decision() != org.summitsim.core.scenario.Decision.SIGN) {
                return true; // "we will push", "we abstain"
            }
        }
        return false;
    }

    /** True when the part names something of the addressee's: "your amendment", "Kenya's proposal". */
    private static boolean addresseesOwn(List<Piece> pieces, String addressee) {
        for (Piece p : pieces) {
            if (p instanceof Piece.Word w
                    && (w.word().equals("your") || w.word().equals("yours"))) {
                return true;
            }
            if (p instanceof Piece.Name n && n.meanings().contains(new Meaning.Seat(addressee))) {
                return true;
            }
        }
        return false;
    }

    /** Whose promise a part's side is: "we need Y" and "you get X" turn the agent round. */
    private static Agent owner(Part p) {
        boolean turned = p.action() == Action.WANT || p.action() == Action.RECEIVE;
        Agent doer = p.agent() == Agent.SPEAKER ? Agent.SPEAKER : Agent.ADDRESSEE;
        if (p.agent() == Agent.COMMAND && p.action() == Action.GIVE) {
            return Agent.ADDRESSEE; // "give us the UN route"
        }
        if (p.agent() == Agent.NONE) {
            return Agent.ADDRESSEE; // "in exchange for the UN route"
        }
        return turned ? (doer == Agent.SPEAKER ? Agent.ADDRESSEE : Agent.SPEAKER) : doer;
    }

    static List<Part> parts(List<Piece> pieces, String addressee) {
        List<Part> out = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        String link = "";
        int sentence = 0;
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (p instanceof Piece.Mark m) {
                add(out, current, link, sentence, addressee);
                if (!current.isEmpty()) {
                    link = ""; // "in return, we back X": the link carries over the comma
                }
                current = new ArrayList<>();
                if (".!?".indexOf(m.mark()) >= 0) {
                    sentence++;
                }
                i++;
                continue;
            }
            if (p instanceof Piece.Word w
                    && SUBJECTS.contains(w.word())
                    && current.stream().anyMatch(c -> c instanceof Piece.Name n && !n.is(Meaning.Seat.class))
                    && !(i > 0
                            && pieces.get(i - 1) instanceof Piece.Word before
                            && OBJECT_BEFORE.contains(before.word()))) {
                // "in exchange for your support on X we will back Y": a new subject after a
                // wording or decision starts a new part, as a comma would; "you" after
                // "alongside" or "with" is no subject ("we'll push alongside you for binding law")
                add(out, current, link, sentence, addressee);
                current = new ArrayList<>();
                link = "";
            }
            String found = linkAt(pieces, i);
            if (found != null) {
                add(out, current, link, sentence, addressee);
                current = new ArrayList<>();
                link = found;
                i += found.split(" ").length;
                continue;
            }
            current.add(p);
            i++;
        }
        add(out, current, link, sentence, addressee);
        return out;
    }

    /** What a vote or support is called after "for our" or "for your": "your vote for X for our vote on Y". */
    // spotless:off
    private static final Set<String> BACKING = Set.of("vote", "votes", "support", "backing", "signature", "help",
            "yes", "endorsement");
    // spotless:on

    private static String linkAt(List<Piece> pieces, int i) {
        // "your vote for the treaty call for our vote on human control": "for" before someone's vote trades
        if (i + 2 < pieces.size()
                && pieces.get(i) instanceof Piece.Word f
                && f.word().equals("for")
                && pieces.get(i + 1) instanceof Piece.Word whose
                && Set.of("our", "your", "my").contains(whose.word())
                && pieces.get(i + 2) instanceof Piece.Word what
                && BACKING.contains(what.word())) {
            return "for";
        }
        for (String link : LINKS) {
            String[] words = link.split(" ");
            boolean all = i + words.length <= pieces.size();
            for (int k = 0; all && k < words.length; k++) {
                all = pieces.get(i + k) instanceof Piece.Word w && w.word().equals(words[k]);
            }
            if (all) {
                return link;
            }
        }
        return null;
    }

    private static void add(List<Part> out, List<Piece> pieces, String link, int sentence, String addressee) {
        if (pieces.isEmpty()) {
            return;
        }
        int at = actionAt(pieces);
        Agent agent = agent(pieces, at, addressee);
        Part before = out.isEmpty() ? null : out.get(out.size() - 1);
        if ((agent == Agent.COMMAND || (agent == Agent.NONE && at >= 0))
                && (link.equals("and") || link.equals("or"))
                && before != null
                && before.sentence() == sentence
                && before.agent() != Agent.COMMAND
                && before.agent() != Agent.NONE) {
            // "we can hold back and simply abstain": the subject goes on over "and", and so does a "not"
            agent = before.agent();
            boolean contrast = false;
            for (int k = 0; k < Math.min(2, pieces.size()) && !contrast; k++) {
                contrast = pieces.get(k) instanceof Piece.Word w
                        && CONTRAST.contains(w.word()); // "and (will) simply abstain"
            }
            if (negated(before.pieces()) && !contrast) {
                out.add(new Part(
                        link,
                        sentence,
                        agent,
                        at < 0 ? Action.NONE : action(pieces, at),
                        null,
                        false,
                        List.copyOf(pieces)));
                return;
            }
        }
        Action action = at < 0 ? Action.NONE : action(pieces, at);
        Phrase phrase = new Phrase(pieces);
        boolean negated = negated(pieces) || refrained(pieces, at) || tells(pieces, at, link, before, sentence);
        Intent.Side side = negated ? null : side(pieces, action, at, link);
        Agent from = at < 0 ? from(pieces, addressee) : null;
        if (!negated && from != null) {
            // "the UN route from us, MHC from you": no verb, but whose support each is is plain
            agent = from;
            action = Action.SUPPORT;
            side = wordingAfter(pieces, 0, false);
        }
        boolean mirror = agent == Agent.ADDRESSEE
                && side == null
                && !negated
                && phrase.wordings().isEmpty()
                && phrase.hasAny(MIRROR);
        out.add(new Part(link, sentence, agent, action, side, mirror, List.copyOf(pieces)));
    }

    /**
     * A negation in a part, which then promises nothing readable; "without" before a wording
     * describes it ("the ban on autonomous weapons without human control") and negates nothing.
     */
    private static boolean negated(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Word w && NEGATIONS.contains(w.word())) {
                boolean describes = w.word().equals("without")
                        && i + 1 < pieces.size()
                        && pieces.get(i + 1) instanceof Piece.Name n
                        && !n.is(Meaning.Seat.class);
                boolean voted = w.word().equals("no")
                        && i > 0
                        && pieces.get(i - 1) instanceof Piece.Word v
                        && Set.of("vote", "votes", "voting", "say", "says", "saying")
                                .contains(v.word()); // "vote no on X"
                if (!describes && !voted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words before a decision that say it will not be taken: "hold back from pushing", "instead of signing". */
    // spotless:off
    private static final Set<String> REFRAIN = Set.of("from", "off", "stop", "stopping", "avoid", "avoiding", "than",
            "instead", "refrain", "quit");
    // spotless:on

    /** A decision that the part says will not be taken: "we can hold back from pushing", "hold off on pushing". */
    private static boolean refrained(List<Piece> pieces, int at) {
        if (at < 0 || !(pieces.get(at) instanceof Piece.Name n && n.is(Meaning.Choice.class))) {
            return false;
        }
        for (int i = Math.max(0, at - 2); i < at; i++) {
            if (pieces.get(i) instanceof Piece.Word w && REFRAIN.contains(w.word())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that report what someone else says or thinks. */
    // spotless:off
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "think", "thinks", "thought",
            "believe", "believes", "suggest", "suggests", "suggested", "argue", "argues", "argued", "claim", "claims",
            "reckon", "reckons", "feel", "feels", "want", "wants", "wanted", "propose", "proposes", "proposed");
    // spotless:on
    /** Subjects of a view that is not the speaker's: "some say", "our students think". */
    // spotless:off
    private static final Set<String> OTHERS = Set.of("some", "people", "they", "others", "students", "teammates",
            "teammate", "team", "everyone", "everybody", "somebody", "someone", "many", "most", "he", "she",
            "colleagues", "teacher", "partner", "partners", "members", "media", "press", "experts", "critics");
    // spotless:on

    /**
     * A message that reports someone else's view or wish ("some say we should back X if you back
     * Y", "our students think...", "Germany says..."): the offer in it is nobody's.
     */
    private static boolean reportsView(List<Piece> pieces, String addressee) {
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Word v && REPORTING.contains(v.word())) {
                Piece who = pieces.get(i - 1);
                if (who instanceof Piece.Word w && OTHERS.contains(w.word()) || third(who, addressee)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whose a verbless "wording from us" is: a wording, then "from" and one side alone. */
    private static Agent from(List<Piece> pieces, String addressee) {
        int wording = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Name n && !n.is(Meaning.Seat.class) && !n.is(Meaning.Choice.class)) {
                wording = i;
                break;
            }
        }
        if (wording < 0 || pieces.size() < wording + 3 || wording + 3 != pieces.size()) {
            return null;
        }
        if (pieces.get(wording + 1) instanceof Piece.Word is
                && (is.word().equals("is") || is.word().equals("are"))
                && pieces.get(wording + 2) instanceof Piece.Word whose) {
            // "MHC is yours": the speaker's to give; "the UN route is ours": the addressee's to give
            return whose.word().equals("yours") ? Agent.SPEAKER : whose.word().equals("ours") ? Agent.ADDRESSEE : null;
        }
        if (!(pieces.get(wording + 1) instanceof Piece.Word w && w.word().equals("from"))) {
            return null;
        }
        Agent a = person(pieces.get(wording + 2), addressee);
        return a == Agent.SPEAKER || a == Agent.ADDRESSEE ? a : null;
    }

    /**
     * Who does the action: the nearest person named before the verb ("we would like you to back
     * X" is a request of you; "Germany says they will back X" is a third party's), a command when
     * the verb comes first ("back X"), otherwise the first person named.
     */
    private static Agent agent(List<Piece> pieces, int at, String addressee) {
        int end = at < 0 ? pieces.size() : at;
        for (int i = end - 1; i >= 0; i--) {
            if (objectPronoun(pieces, i)) {
                continue; // "join us in pushing": "us" is the object of "join", not who pushes
            }
            Agent a = person(pieces.get(i), addressee);
            if (a != null) {
                return a;
            }
            if (at >= 0 && third(pieces.get(i), addressee)) {
                return Agent.OTHER;
            }
        }
        if (at >= 0) {
            boolean first = true;
            for (int i = 0; i < at && first; i++) {
                first = pieces.get(i) instanceof Piece.Word w && BEFORE_COMMAND.contains(w.word());
            }
            if (first) {
                return Agent.COMMAND;
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Agent a = objectPronoun(pieces, i) ? null : person(pieces.get(i), addressee);
            if (a != null) {
                return a;
            }
        }
        return Agent.NONE;
    }

    /** "us" or "me" after a word other than "let": an object ("join us"), not a subject ("let us back"). */
    private static boolean objectPronoun(List<Piece> pieces, int i) {
        return pieces.get(i) instanceof Piece.Word w
                && (w.word().equals("us") || w.word().equals("me"))
                && i > 0
                && pieces.get(i - 1) instanceof Piece.Word before
                && !before.word().equals("let");
    }

    /** A delegation other than the addressee, or "they": known only when the addressee is. */
    private static boolean third(Piece p, String addressee) {
        if (addressee.isEmpty()) {
            return false;
        }
        return (p instanceof Piece.Word w && THIRD.contains(w.word()))
                || (p instanceof Piece.Name n
                        && n.is(Meaning.Seat.class)
                        && !n.meanings().contains(new Meaning.Seat(addressee)));
    }

    private static Agent person(Piece p, String addressee) {
        if (p instanceof Piece.Word w) {
            return SPEAKER.contains(w.word()) ? Agent.SPEAKER : ADDRESSEE.contains(w.word()) ? Agent.ADDRESSEE : null;
        }
        if (p instanceof Piece.Name n && n.meanings().contains(new Meaning.Seat(addressee))) {
            return Agent.ADDRESSEE;
        }
        return null;
    }

    /** Where the part's action is: its first verb, or a decision named ("we sign if..."). */
    private static int actionAt(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p instanceof Piece.Name n && n.is(Meaning.Choice.class)) {
                return i;
            }
            if (p instanceof Piece.Word w
                    && WANT_WORDS.contains(w.word())
                    && i + 2 < pieces.size()
                    && pieces.get(i + 1) instanceof Piece.Word to
                    && to.word().equals("to")) {
                continue; // "you need to back X": the action is "back"
            }
            if (p instanceof Piece.Word w
                    && RECEIVE_WORDS.contains(w.word())
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1) instanceof Piece.Word next
                    && auxiliaryBefore(next.word())) {
                continue; // "you have said", "we have long backed X", "you have to": no having here
            }
            if (p instanceof Piece.Word w
                    && KEEP.contains(w.word())
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1) instanceof Piece.Word next
                    && next.word().endsWith("ing")
                    && actionAt(pieces.subList(i + 1, pieces.size())) == 0) {
                continue; // "keep voting down X": the action is "voting down"
            }
            if (outAfter(pieces, i)) {
                return i; // "keep MHC out of the text", "leave the hegemony clause out"
            }
            if (takesOn(pieces, i)) {
                return i; // "we could do the bridge", "we'll take the UN route"
            }
            if (p instanceof Piece.Word w
                    && (phraseAt(pieces, i, SUPPORT_PHRASES)
                            || phraseAt(pieces, i, DROP_PHRASES)
                            || SUPPORT_WORDS.contains(w.word())
                            || DROP_WORDS.contains(w.word())
                            || WANT_WORDS.contains(w.word())
                            || RECEIVE_WORDS.contains(w.word())
                            || GIVE_WORDS.contains(w.word())
                            || typoOfVerb(w.word()))) {
                return i;
            }
        }
        return -1;
    }

    /** Everyday verbs that, right before a wording, take it on: "we could do the bridge", "we'll go for the UN route". */
    private static final Set<String> TAKE_ON = Set.of("do", "take", "go", "accept", "pick", "settle");

    /** "do X", "take X", "go for X", "settle for X" with a wording as their object. */
    private static boolean takesOn(List<Piece> pieces, int at) {
        if (!(pieces.get(at) instanceof Piece.Word w && TAKE_ON.contains(w.word()))) {
            return false;
        }
        int next = at + 1;
        if (next < pieces.size()
                && pieces.get(next) instanceof Piece.Word f
                && (f.word().equals("for") || f.word().equals("with"))) {
            next++;
        }
        return next < pieces.size()
                && pieces.get(next) instanceof Piece.Name n
                && !n.is(Meaning.Seat.class)
                && !n.is(Meaning.Choice.class);
    }

    /** A verb such as "keep" or "leave" with "out" after it in the part: "keep drones out of the text". */
    private static boolean outAfter(List<Piece> pieces, int at) {
        if (!(pieces.get(at) instanceof Piece.Word w && OUT_VERBS.contains(w.word()))) {
            return false;
        }
        for (int i = at + 1; i < pieces.size() && i <= at + 6; i++) {
            if (pieces.get(i) instanceof Piece.Word o && o.word().equals("out")) {
                return true;
            }
        }
        return false;
    }

    /** Words after which "have" is a helping verb: a past participle, an adverb of time, "to". */
    private static boolean auxiliaryBefore(String next) {
        return next.endsWith("ed") || next.endsWith("en") || PARTICIPLES.contains(next);
    }

    // spotless:off
    private static final Set<String> PARTICIPLES = Set.of("said", "done", "been", "made", "shown", "told", "seen",
            "had", "heard", "kept", "stood", "fought", "put", "built", "thought", "brought", "always", "long", "never",
            "already", "just", "also", "to", "repeatedly", "consistently", "often", "led", "won", "lost",
            "spent", "sent", "held", "meant", "taught", "felt", "left", "paid", "set", "come", "become", "run");
    // spotless:on

    /** "suport", "opose": long verbs typed with a slip. */
    private static boolean typoOfVerb(String w) {
        return w.length() >= 5
                && (SUPPORT_WORDS.stream().anyMatch(k -> Words.nearly(w, k))
                        || DROP_WORDS.stream().anyMatch(k -> Words.nearly(w, k)));
    }

    private static Action action(List<Piece> pieces, int at) {
        Piece p = pieces.get(at);
        if (p instanceof Piece.Name) {
            return Action.DECIDE;
        }
        String w = ((Piece.Word) p).word();
        if (phraseAt(pieces, at, DROP_PHRASES) || outAfter(pieces, at)) {
            return Action.DROP;
        }
        if (takesOn(pieces, at)) {
            return Action.SUPPORT;
        }
        if (phraseAt(pieces, at, SUPPORT_PHRASES)) {
            return Action.SUPPORT;
        }
        if (SUPPORT_WORDS.contains(w)) {
            return Action.SUPPORT;
        }
        if (DROP_WORDS.contains(w)) {
            return Action.DROP;
        }
        if (WANT_WORDS.contains(w)) {
            return Action.WANT;
        }
        if (RECEIVE_WORDS.contains(w)) {
            return Action.RECEIVE;
        }
        if (GIVE_WORDS.contains(w)) {
            return Action.GIVE;
        }
        return SUPPORT_WORDS.stream().anyMatch(k -> Words.nearly(w, k)) ? Action.SUPPORT : Action.DROP;
    }

    private static boolean phraseAt(List<Piece> pieces, int at, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            boolean all = at + phrase.size() <= pieces.size();
            for (int k = 0; all && k < phrase.size(); k++) {
                all = pieces.get(at + k) instanceof Piece.Word w && w.word().equals(phrase.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The side a part promises: a decision, or its action on the first wording named after the verb. */
    private static Intent.Side side(List<Piece> pieces, Action action, int at, String link) {
        if (action == Action.NONE) {
            // No verb: only a bare wording after "in exchange for" counts ("in exchange for the UN route");
            // "if the UN route passes" asks nothing of anyone.
            return FOR_WHAT.contains(link) ? wordingAfter(pieces, 0, false) : null;
        }
        if (action == Action.DECIDE) {
            Piece.Name n = (Piece.Name) pieces.get(at);
            return new Intent.Final(((Meaning.Choice) n.first()).decision());
        }
        boolean drop = action == Action.DROP;
        if (drop && new Phrase(pieces.subList(at, pieces.size())).hasAny(OPPOSITION)) {
            drop = false; // "drop your opposition to X" is support for X
        }
        if (drop
                && at + 1 < pieces.size()
                && pieces.get(at + 1) instanceof Piece.Word next
                && next.word().endsWith("ing")
                && action(pieces, at + 1) == Action.DROP
                && actionAt(pieces.subList(at + 1, pieces.size())) == 0) {
            drop = false; // "stop blocking X" is support for X
        }
        if (drop
                && at + 1 < pieces.size()
                && pieces.get(at + 1) instanceof Piece.Word whose
                && Set.of("yours", "ours", "theirs").contains(whose.word())) {
            return null; // "drop yours to MHC": drop what? (an opposition, most likely): no guess
        }
        Intent.Side wording = wordingAfter(pieces, at, drop);
        if (wording == null && (action == Action.WANT || action == Action.RECEIVE)) {
            // "all we ask is that you abstain", "we need your signature", "you get our signature"
            for (int i = at + 1; i < pieces.size(); i++) {
                if (pieces.get(i) instanceof Piece.Name n && n.is(Meaning.Choice.class)) {
                    return refrained(pieces, i) ? null : new Intent.Final(((Meaning.Choice) n.first()).decision());
                }
            }
        }
        if (wording == null && action == Action.SUPPORT) {
            // "we will support you if you sign": a decision named after the verb is the side
            for (int i = at + 1; i < pieces.size(); i++) {
                if (pieces.get(i) instanceof Piece.Name n && n.is(Meaning.Choice.class)) {
                    return null; // support for a decision is no promise we can read
                }
            }
        }
        return wording;
    }

    private static Intent.Side wordingAfter(List<Piece> pieces, int from, boolean drop) {
        for (int i = from; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Piece.Name n) {
                Intent.Side s = wording(n, pieces, drop);
                if (s != null || !n.is(Meaning.Seat.class)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** A name as a wording: an option if it names one (one clause's, or settled by a clause named nearby), else the clause. */
    static Intent.Wording wording(Piece.Name n, List<Piece> context, boolean drop) {
        List<Meaning.Option> options = n.meanings().stream()
                .filter(Meaning.Option.class::isInstance)
                .map(Meaning.Option.class::cast)
                .toList();
        if (options.size() == 1) {
            return new Intent.Wording(options.get(0).clause(), options.get(0).option(), drop);
        }
        if (options.size() > 1) {
            for (Piece p : context) {
                if (p instanceof Piece.Name other && other != n) {
                    for (Meaning m : other.meanings()) {
                        if (m instanceof Meaning.Clause c) {
                            List<Meaning.Option> inClause = options.stream()
                                    .filter(o -> o.clause().equals(c.clause()))
                                    .toList();
                            if (inClause.size() == 1) {
                                return new Intent.Wording(
                                        c.clause(), inClause.get(0).option(), drop);
                            }
                        }
                    }
                }
            }
            return null; // "silent" in a text with three silent wordings: which one?
        }
        List<Meaning.Clause> clauses = n.meanings().stream()
                .filter(Meaning.Clause.class::isInstance)
                .map(Meaning.Clause.class::cast)
                .toList();
        return clauses.size() == 1 ? new Intent.Wording(clauses.get(0).clause(), null, drop) : null;
    }
}
