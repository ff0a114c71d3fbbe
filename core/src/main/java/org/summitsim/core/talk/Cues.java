// Long on purpose: word and phrase lists only, one table of what each kind of message sounds like.
package org.summitsim.core.talk;

import java.util.List;
import java.util.Set;

/**
 * The everyday words that tell one kind of message from another: what a question about the
 * text, a price, a threat, an appeal, a yes or a no sound like. Articles are already gone
 * ({@link Words}), so phrases are written without them ("for sake of").
 */
final class Cues {

    private Cues() {}

    /** A word list as a set; a word listed twice is harmless here. */
    private static Set<String> set(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(words)));
    }

    // spotless:off
    static final Set<String> GREETING = set("hi", "hello", "hey", "dear", "greetings", "so", "ok", "well",
            "and", "also", "then", "excellency", "ambassador", "please", "now", "but", "good", "morning",
            "afternoon", "evening", "delegation", "of", "to", "my", "our", "honestly", "frankly", "seriously",
            "quick", "quickly", "btw", "anyway", "candidly", "genuinely", "realistically", "just", "yo", "bro",
            "guys", "team", "folks", "oi", "sup", "hiya", "howdy", "heya", "hii", "hiii", "sorry", "excuse", "me",
            "um", "umm", "erm", "uh", "real", "talk", "question", "q", "honest");
    // spotless:on

    // spotless:off
    static final Set<String> QUESTION_START = set("what", "where", "how", "will", "would", "do", "does", "did",
            "are", "is", "can", "could", "shall", "should", "which", "why", "when", "who", "may", "might", "have",
            "has", "any", "wondering", "curious");
    // spotless:on
    /** Question words that open a question only before their subject: "are you...", not "has always...". */
    // spotless:off
    static final Set<String> AUXILIARY = set("will", "would", "do", "does", "did", "are", "is", "can", "could",
            "shall", "should", "may", "might", "have", "has", "must");
    // spotless:on
    static final Set<String> SUBJECT = set("you", "we", "i", "they", "it", "there", "this", "that", "he", "she");
    /** Words that make what follows depend on something: a yes with one is no plain yes. */
    static final Set<String> CONDITIONS = set("but", "if", "unless", "or", "provided", "except", "only");

    /** Words that ask for an opinion, with or without a question mark. */
    // spotless:off
    static final Set<String> OPINION = set("stand", "stance", "position", "positions", "view", "views", "think",
            "thoughts", "opinion", "opinions", "feel", "feels", "feelings", "thinks", "tell", "explain", "position's",
            "assessment", "impression", "impressions", "verdict", "reaction", "evaluation");
    // spotless:on
    // spotless:off
    static final List<String> OPINION_PHRASES = List.of("what about", "how about", "your take", "where are you",
            "want to know", "like to know", "to know how", "to know where", "to hear how", "to hear where",
            "to hear your", "wondering how", "wondering where", "curious how", "curious where", "your feelings about",
            "how you feel about", "how you see");
    // spotless:on
    /** Words that ask for a view even beside an appeal: "please tell me your position on MHC". */
    // spotless:off
    static final Set<String> OPINION_REQUEST = set("tell", "explain", "view", "views", "thoughts", "opinion",
            "opinions", "stance", "position", "positions", "take");
    // spotless:on

    /** "Where do you stand?" with nothing named asks about the whole text. */
    // spotless:off
    static final Set<String> STANCE = set("stand", "stance", "position", "view", "views", "think", "opinion",
            "feel", "thoughts", "happy", "satisfied", "like");
    // spotless:on

    /** Words naming the text as a whole. */
    // spotless:off
    static final Set<String> TEXT = set("text", "declaration", "draft", "document", "blueprint", "statement",
            "wording", "overall", "whole", "package", "outcome", "result", "compromise");
    // spotless:on
    // spotless:off
    static final List<String> TEXT_PHRASES = List.of("call to action", "as it stands", "so far", "as is",
            "current version", "where things stand", "as things stand", "present form", "current form", "as amended",
            "its form", "current state", "present state", "as written", "as drafted");
    // spotless:on
    // spotless:off
    static final Set<String> LIKING = set("like", "happy", "satisfied", "ok", "acceptable", "fine", "good",
            "enough", "content", "pleased", "live", "support", "accept", "comfortable", "agree", "sign");
    // spotless:on

    /** A price asked for, whatever else the message names: "what would it take to get your vote?" */
    // spotless:off
    static final List<String> PRICE = List.of("would it take", "will it take", "does it take", "would take",
            "what is your price", "your price", "name your price", "get your vote", "get your support",
            "win your support", "win your vote", "earn your support", "earn your vote", "to get you",
            "convince you", "persuade you", "what would make you", "what will make you", "what can we offer",
            "what could we offer", "what can i offer", "what could i offer", "what do you want in return",
            "what do you want in exchange", "what would you want in return", "bring you on board",
            "get you on board", "what would you need", "what do you need from", "what can we do for you",
            "what can i do for you", "how can we help you", "how can we win", "need to sign", "need to support",
            "what would make", "what will make", "what could make", "name your terms",
            "need to back", "need to agree", "need in order to", "want in return", "want for", "how can we get you",
            "can we get you to", "get you to support", "get you to back", "get you to sign", "does it take",
            "what would get", "what will get", "what could get", "what would it cost", "what would persuade",
            "what would convince", "what would bring", "under what conditions", "on what conditions",
            "on what terms", "under what terms", "what conditions", "what terms", "consider success",
            "count as success", "call success",
            "count as win", "call win", "success look like", "success for you", "win for you", "go home without",
            "live without", "cannot do without", "bare minimum", "at minimum", "minimum you", "one thing you",
            "what concessions", "which concessions", "if you could change", "change one thing",
            "what would you change", "what would you add", "what would you give", "what will you give",
            "what can you give", "what do we get", "what would we get", "what will we get", "in it for us",
            "what can you offer", "what could you offer", "what would you offer", "what will you offer",
            "what would you want from us", "what do you want from us", "good outcome for you", "good result for you");
    // spotless:on
    /**
     * A purpose after a need: "what must the text contain for India to support it", "which
     * outcomes must you secure in order to sign": what it would take, asked in other words.
     */
    // spotless:off
    static final Set<String> SUPPORTING = set("support", "back", "sign", "endorse", "accept", "agree", "join",
            "vote", "approve", "say", "come", "get");
    // spotless:on

    // spotless:off
    static final Set<String> WANTS = set("want", "wants", "need", "needs", "priorities", "priority", "demands",
            "conditions", "terms", "goals", "aims", "wishlist", "hoping", "objectives",
            "asks", "requirements", "matters", "care", "interests", "require", "requires");
    // spotless:on
    // spotless:off
    static final List<String> WANTS_PHRASES = List.of("looking for", "red lines", "bottom line", "wish list", "most important",
            "what would you like", "what are you after", "you after", "must haves", "must have", "non negotiables",
            "deal breakers", "dealbreakers");
    // spotless:on

    /** Asking for a commitment without a question mark: "tell me you will sign", "we count on you to push". */
    // spotless:off
    static final Set<String> ASKING = set("pledge", "promise", "commit", "confirm", "intend", "plan",
            "planning", "going", "ready", "willing", "prepared");
    // spotless:on
    // spotless:off
    static final List<String> ASKING_PHRASES = List.of("count on", "tell me", "tell us", "let me know",
            "let us know", "join us", "with us");
    // spotless:on
    static final Set<String> DECIDING = set("decide", "decision", "decisions", "finally", "deciding");
    // spotless:off
    static final List<String> DECIDING_PHRASES = List.of("at end", "in end", "final vote", "final call",
            "end of summit", "when it comes to it");
    // spotless:on

    /** Calling on everyone, at the start of a message: "Friends, ...", "All, ...". */
    // spotless:off
    static final Set<String> EVERYONE = set("everyone", "everybody", "all", "colleagues", "friends", "yall",
            "delegates", "partners");
    // spotless:on
    /** Calling on everyone anywhere in a message. */
    static final List<String> EVERYONE_PHRASES =
            List.of("each of you", "any of you", "you all", "all of you", "every one of you");

    /**
     * Words that threaten by themselves, in a statement: "we will retaliate". In a question they
     * are asked about ("what about the humanitarian consequences?"), and words such as
     * "consequences" or "warning" threaten only in a phrase ({@link #THREAT_PHRASES}): "early
     * warning systems" and "think tank" do not.
     */
    // spotless:off
    static final Set<String> THREAT = set("retaliate", "retaliation", "punish", "sabotage", "torpedo", "blackmail",
            "isolate", "isolated", "derail", "wreck", "threaten", "revenge");
    // spotless:on
    // spotless:off
    static final List<String> THREAT_PHRASES = List.of("block everything", "block every", "block all",
            "block anything", "block whole", "block it all", "oppose everything", "oppose every", "oppose all",
            "vote against everything", "vote against every", "vote against all", "veto everything", "veto every",
            "there will be consequences", "face consequences", "face the consequences", "consequences for you",
            "serious consequences", "will have consequences", "bear consequences", "suffer consequences",
            "we warn you", "i warn you", "this is warning", "consider this warning", "fair warning", "tank your",
            "or else", "pay for this", "pay for that", "pay for it", "make you pay", "you will pay", "pay price", "remember this", "walk out", "leave summit", "bring down",
            "kill declaration", "kill text", "kill whole", "kill this", "nothing will pass", "nothing passes",
            "make sure nothing", "watch out", "be careful", "cut aid", "cut our aid", "blow up", "sink whole",
            "sink declaration", "sink text", "or we will", "or we", "otherwise we", "will not forget",
            "never forget", "we will remember", "we remember", "you will be sorry", "remember who", "stop cooperating",
            "end our cooperation", "cut ties", "or you will", "you will regret", "will regret this", "regret it",
            "vote against anything", "oppose anything", "veto anything", "against anything with your name",
            "everything you propose", "every amendment you", "anything you propose", "anything you table",
            "go public", "make it public", "make this public", "make that public", "tell press", "leak it", "leak this",
            "keep this up", "keep that up", "carry on like this", "mark my words", "last warning", "final warning",
            "see what happens", "you will see", "just watch", "try us", "do not test us", "do not push your luck",
            "you have been warned", "see how much", "see how many", "see how far", "see where that gets");
    // spotless:on
    /** What a speaker does to hurt: "we will block...", after "if you don't" or "unless you". */
    // spotless:off
    static final Set<String> HOSTILE = set("block", "oppose", "veto", "sink", "kill", "withdraw", "walk",
            "leave", "stop", "against", "punish", "drop", "end", "cut", "obstruct", "filibuster", "boycott");
    // spotless:on

    // spotless:off
    static final Set<String> APPEAL = set("civilians", "civilian", "humanity", "innocent", "innocents", "victims",
            "moral", "morally", "morality", "conscience", "ethical", "ethics", "generations", "beg", "urge", "implore",
            "appeal", "sake", "surely", "humane", "brave", "courage", "decency", "legacy", "survivors", "grandchildren",
            "dignity", "suffering", "championed", "robots", "reasonable");
    // spotless:on
    /**
     * Words that plead only beside something asked of the addressee ("the world is watching: back
     * the ban"), not in small talk ("our people are in a meeting", "the world cup is on").
     */
    // spotless:off
    static final Set<String> APPEAL_BESIDE = set("lives", "children", "history", "imagine", "trust", "friendship",
            "together", "spirit", "heart", "families", "peace", "safety", "future", "leadership", "kids", "people",
            "mothers", "world", "suffer", "tradition", "traditions", "values", "partners", "partnership", "judge",
            "chance");
    // spotless:on
    /** What an appeal asks of the addressee, when it names no wording: "stand with us", "don't abandon them". */
    // spotless:off
    private static final Set<String> ASKED = set("support", "stand", "join", "sign", "defend",
            "protect", "endorse", "push", "oppose", "reject", "champion", "uphold", "lead", "fight", "abandon",
            "let", "help", "save", "choose", "act", "matter", "matters", "count", "counting", "watching", "deserve",
            "deserves", "need", "needs");
    // spotless:on
    // spotless:off
    static final List<String> APPEAL_PHRASES = List.of("right thing", "do right",
            "come on", "help us", "we need you", "stand with us", "for sake of", "killer robots", "lives at stake",
            "carry weight", "real weight", "show it", "always said", "always stood", "hold firm", "stay strong",
            "your own", "own interest", "in your interest", "common sense", "consistent with", "fits everything",
            "needs your voice", "needs your support", "needs your vote", "needs your leadership", "needs your help");
    // spotless:on

    /** Verbs an urging asks the addressee to act with: "Singapore should stand behind X", "back X with us". */
    // spotless:off
    static final Set<String> URGED = set("back", "support", "stand", "join", "vote", "help", "defend", "champion",
            "protect", "keep", "endorse", "sign", "push", "oppose", "reject", "lead", "speak", "fight", "hold", "uphold",
            "embrace", "do", "show", "make", "let", "be", "get");
    // spotless:on
    /** Words that put the urging on the addressee: "X should", "you must", "you ought to". */
    static final Set<String> MODAL = set("should", "must", "ought", "need", "needs");

    // spotless:off
    static final Set<String> YES = set("deal", "agreed", "agree", "accept", "accepted", "yes", "ok", "sure",
            "done", "absolutely", "certainly", "gladly", "happily", "definitely", "alright", "works", "fair", "fine",
            "good", "great", "perfect", "excellent", "wonderful", "brilliant", "splendid");
    // spotless:on
    /** Words a yes may carry around it: "ok, you have a deal", "yes, we accept your offer". */
    // spotless:off
    private static final Set<String> AROUND_YES = set("deal", "agreed", "agree", "accept", "accepted", "yes",
            "ok", "sure", "done", "absolutely", "certainly", "gladly", "happily", "definitely", "alright", "works",
            "fair", "enough", "fine", "great", "good", "perfect", "excellent", "wonderful", "brilliant", "lovely",
            "cool", "nice", "it", "is", "that", "this", "we", "i", "you", "have", "got", "sounds", "let", "us", "do",
            "go", "with", "your", "offer", "proposal", "terms", "thanks", "thank", "then", "all", "right", "will",
            "can", "shake", "on", "hands", "to", "be", "are", "in", "count", "me", "glad", "happy", "pleased", "our",
            "am", "so", "well", "very", "much", "please", "for", "a", "gladly", "from", "side", "yours", "indeed",
            "certainly", "course", "of", "would", "like", "love", "take", "it's", "seal", "sealed", "settled",
            "done", "now", "here", "hear", "hey", "oh", "right", "away", "immediately", "agreement", "bargain", "by",
            "those", "these", "yourself", "yourselves", "delegation", "government", "exchange", "proposed",
            "suggested", "offered", "described", "discussed", "outlined", "exactly", "as", "swap", "trade",
            "arrangement", "package", "suggestion", "then", "board", "good", "sounds", "appreciate", "appreciated",
            "get", "proceed", "along", "consider");
    // spotless:on

    // spotless:off
    static final Set<String> NO = set("no", "not", "decline", "declined", "declines", "refuse", "refused", "refuses",
            "rejects", "reject", "rejected",
            "pass", "never", "unacceptable", "nothing");
    // spotless:on
    // spotless:off
    private static final List<String> NO_PHRASES = List.of("no thanks", "no thank you", "no deal", "not interested",
            "cannot accept", "cannot agree", "cannot promise", "cannot do", "cannot support", "will not accept",
            "will not agree", "not acceptable", "not possible", "no way", "not a chance", "forget it", "not for us",
            "will pass", "will not work", "does not work", "not good enough", "we decline", "i decline",
            "we refuse", "we reject", "i refuse", "i reject", "have to decline", "must decline", "have to say no",
            "must say no", "not at this price", "too high", "too much", "not today", "not now", "afraid not",
            "we pass", "i pass", "no can do", "not happening", "hard pass", "pass on", "count us out", "count me out",
            "we are out", "no dice", "not going to happen", "in your dreams", "dream on", "nice try", "as if",
            "lol no", "hell no", "heck no", "not in million years", "non merci",
            "thanks but no thanks", "non starter", "nonstarter", "dealbreaker", "deal breaker", "deal is off", "offer is off",
            "deal off", "off table", "no go", "nogo", "out of question", "another time", "some other time",
            "rather not", "prefer not", "not feeling it", "we are not in", "i am not in", "do not think so", "negative",
            "pass for now", "not for now", "not this round", "not buying it", "not convinced");
    // spotless:on
    // spotless:off
    private static final Set<String> AROUND_NO = set("no", "decline", "declined", "refuse", "refused", "reject",
            "rejected", "pass", "never", "unacceptable", "thanks", "thank", "you", "sorry", "we", "i", "will", "must",
            "have", "to", "that", "this", "it", "is", "your", "offer", "proposal", "terms", "not", "interested",
            "deal", "afraid", "but", "cannot", "accept", "way", "chance", "a", "at", "all", "really", "for", "us",
            "now", "today", "then", "politely", "respectfully", "nothing", "doing", "ok", "well", "so", "mr", "madam",
            "absolutely", "certainly", "definitely", "simply", "just", "can", "do", "go", "along", "fear", "time",
            "good", "enough", "high", "price", "much", "too", "regret", "from");
    // spotless:on

    /** A yes that needs no yes-word: "count us in". */
    // spotless:off
    private static final List<String> YES_PHRASES = List.of("count us in", "count me in", "we are on board",
            "you have our word", "consider it done", "you got it", "you have got it",
            "let us do it", "let us do this", "sounds like plan", "we will take it", "we take it", "shake on it",
            "answer is yes", "that is yes", "yes from us", "works for us", "works for me", "we can live with that",
            "we can live with it", "fine by us", "fine by me", "fine with us", "good with us", "we are good with that",
            "happy with that", "happy to do that", "go ahead", "we are good to go", "let us go with that",
            "go along with that", "go along with it", "go along with this", "go along with your", "go with that",
            "work with that", "we can do that", "we can do it", "get it done", "make it happen", "consider it agreed",
            "consider it accepted", "you have yourself", "we are happy to proceed", "let us proceed", "we can proceed",
            "lock it in", "lock that in", "lock in", "go for it", "do it");
    // spotless:on

    /** Words that acknowledge a message without agreeing to anything: "k", "noted", "got it". */
    // spotless:off
    private static final Set<String> ACKNOWLEDGING = set("k", "noted", "understood", "understand", "gotcha",
            "roger", "hmm", "hm", "hmmm", "lol", "haha", "interesting", "received", "seen", "whatever", "meh");
    // spotless:on
    // spotless:off
    private static final List<String> ACKNOWLEDGING_PHRASES = List.of("got it", "i see", "we see", "makes sense",
            "ok thanks", "ok thank you", "ok cheers", "thanks for letting", "thanks for info", "good to know");
    // spotless:on

    /**
     * "k", "ok, noted", "got it, thanks": a message that says it was read, and agrees to nothing.
     * A bare "ok" or "yes" in reply to an offer is a yes; with words of acknowledging beside it
     * and no word of agreeing ("deal", "agreed", "we accept") it is not.
     */
    static boolean acknowledges(Phrase all) {
        if (!(all.hasAny(ACKNOWLEDGING) || all.hasPhrase(ACKNOWLEDGING_PHRASES))) {
            return false;
        }
        return !all.hasAny(AGREEING) && !all.hasPhrase(YES_PHRASES);
    }

    /**
     * Words that take back or hold off what a message would otherwise offer or agree to: "just
     * kidding", "thinking out loud", "not an offer", "if I were you", "in an ideal world",
     * "we'll see", "haven't decided". Such a message makes no offer and no yes.
     */
    // spotless:off
    private static final List<String> UNMEANT = List.of("just kidding", "only kidding", "kidding", "joking",
            "only joking", "not serious", "thinking out loud", "thinking aloud", "not an offer", "not offering",
            "no offer", "not a proposal", "if i were you", "if i was you", "in your shoes", "in your position",
            "in an ideal world", "in ideal world", "in theory", "theoretically", "imagine", "imagine if",
            "we will see", "we shall see", "have not decided", "not decided", "undecided", "no promises",
            "not promising", "just an idea", "just a thought", "food for thought", "brainstorming", "used to");
    // spotless:on

    static boolean unmeant(Phrase all) {
        return all.hasPhrase(UNMEANT);
    }

    /** "yeah right", "sure, as if": a yes said to mean no. */
    static boolean sarcastic(Phrase all) {
        List<String> words = all.plainWords();
        int n = words.size();
        boolean yesRight = n >= 2
                && n <= 4
                && words.get(n - 2).equals("yes")
                && words.get(n - 1).equals("right");
        boolean yesNo = n == 2 && words.get(0).equals("yes") && words.get(1).equals("no"); // "yeah no"
        return yesRight
                || yesNo
                || all.has("eyeroll")
                || all.hasPhrase(List.of(
                        "nice try",
                        "in your dreams",
                        "dream on",
                        "sure jan",
                        "as if",
                        "pigs fly",
                        "pigs might fly",
                        "hell freezes",
                        "big deal"));
    }

    /** Words that, after "we are", turn an offer down politely: "we're good, thanks", "we're fine". */
    private static final Set<String> CONTENT = set("good", "fine", "ok", "alright", "okay", "set", "sorted");

    /** "We're good, thanks", "we're fine": no thanks, said as contentment. */
    static boolean contentWithout(Phrase all) {
        List<String> words = all.plainWords().stream()
                .filter(w ->
                        !Set.of("thanks", "thank", "you", "lol", "honestly", "really", "actually", "but", "ok", "so")
                                        .contains(w)
                                || w.equals("ok"))
                .toList();
        int start = words.size() >= 1
                        && Set.of("no", "nah", "ok", "um", "erm", "hmm").contains(words.get(0))
                ? 1
                : 0;
        List<String> rest = words.subList(start, words.size()).stream()
                .filter(w -> !Set.of("thanks", "thank", "you", "lol", "really", "actually")
                        .contains(w))
                .toList();
        return rest.size() == 3
                && rest.get(0).equals("we")
                && rest.get(1).equals("are")
                && CONTENT.contains(rest.get(2));
    }

    /** Whole replies that are a yes: "with pleasure", "of course", and teenage "bet" and "say less". */
    // spotless:off
    private static final Set<List<String>> WHOLE_YES = Set.of(List.of("happy", "to"), List.of("with", "pleasure"),
            List.of("of", "course"), List.of("sure", "thing"), List.of("you", "bet"), List.of("bet"),
            List.of("say", "less"), List.of("say", "no", "more"), List.of("why", "not"), List.of("glad", "to"),
            List.of("yes", "of", "course"), List.of("ok", "bet"), List.of("sounds", "like", "deal"));
    // spotless:on

    static boolean accepts(Phrase all) {
        List<String> words = all.plainWords();
        if (WHOLE_YES.contains(words)) {
            return true;
        }
        if (words.size() <= 6 && all.hasPhrase(YES_PHRASES) && !all.hasAny(TradeReader.NEGATIONS)) {
            return all.wordings().isEmpty();
        }
        if (words.isEmpty()
                || all.hasAny(TradeReader.NEGATIONS)
                || all.has("but")
                || all.has("if")
                || turnedDown(words)) {
            return false;
        }
        words = new java.util.ArrayList<>(words);
        normalise(words);
        boolean yes = false;
        for (String w : words) {
            if (YES.contains(w)) {
                yes = true;
            } else if (!AROUND_YES.contains(w) && !w.matches("d\\d+")) {
                return false;
            }
        }
        // a wording named in a yes is fine only when the yes is to an offer: "we accept your offer on MHC"
        boolean namesWording = !all.wordings().isEmpty() || !all.choices().isEmpty();
        return yes && (!namesWording || all.hasAny(Set.of("offer", "proposal", "deal", "terms")));
    }

    static boolean refuses(Phrase all) {
        if (all.hasPhrase(NO_PHRASES) || sarcastic(all) || contentWithout(all)) {
            return true;
        }
        List<String> words = all.plainWords();
        boolean no = false;
        for (String w : words) {
            if (NO.contains(w)) {
                no = true;
            } else if (!AROUND_NO.contains(w)) {
                return false;
            }
        }
        return no && all.wordings().isEmpty();
    }

    /** Words that agree by themselves: "deal", "we accept", "count us in". */
    // spotless:off
    private static final Set<String> AGREEING = set("aboard", "deal", "agreed", "agree", "agrees", "accept",
            "accepts", "accepted",
            "accepting", "acceptable", "done", "settled", "sealed");
    // spotless:on
    /** A yes that may also be small talk ("yeah same"): a yes only with nothing else beside it. */
    // spotless:off
    private static final Set<String> ASSENTING = set("yes", "ok", "sure", "alright", "absolutely", "certainly",
            "gladly", "happily", "definitely");
    // spotless:on
    /** Words that agree only in a short reply made of nothing else: "fine", "great", "works for us". */
    // spotless:off
    private static final Set<String> APPROVING = set("fine", "good", "great", "perfect", "excellent", "works", "work",
            "fair", "wonderful", "brilliant", "splendid", "lovely", "cool", "nice");
    // spotless:on
    /** What agreeing is done to, and verbs of going along with it: "we cannot take that", "we can't do it". */
    // spotless:off
    private static final Set<String> GOING_ALONG = set("take", "taking", "do", "doing", "making", "swapping",
            "trading", "trade", "swap", "go", "live", "manage",
            "afford", "work", "commit", "support", "interested", "possible", "enough", "accept", "agree", "deal",
            "give", "sign", "exchange", "accepting", "agreeing", "accepted", "agreed", "acceptable");
    // spotless:on
    /** Words that deny what follows them in a clause. */
    // spotless:off
    private static final Set<String> NEGATORS = set("not", "no", "never", "cannot", "unable", "nothing", "nor",
            "neither", "without", "hardly", "too", "unwilling", "hard", "difficult", "impossible", "tough");
    // spotless:on
    /** Words that are a no by themselves. */
    // spotless:off
    private static final Set<String> DECLINING = set("no", "decline", "declined", "declines", "declining", "refuse",
            "refuses", "rejects", "refused",
            "reject", "rejected", "rejecting", "pass", "unacceptable");
    // spotless:on
    /**
     * Clauses that say there is nothing more to talk about, around a yes or a no, and are
     * neither: "no need to discuss further", "no further questions", "no worries".
     */
    // spotless:off
    private static final List<String> NEUTRAL_PHRASES = List.of("no need to discuss", "no need to talk",
            "no need to negotiate", "no need to explain", "no need for further", "no need for more",
            "no need to go on", "no further questions", "no more questions", "no further discussion",
            "no further comments", "no further comment", "nothing further", "nothing more to discuss",
            "nothing more to add", "nothing to add", "no worries", "no rush", "no hurry", "no hard feelings");
    // spotless:on
    /** A negation that agrees: "no objection", "not bad". */
    // spotless:off
    private static final List<String> AGREEING_NEGATIONS = List.of("no objection", "no objections", "no problem",
            "no problems", "no complaints", "not bad", "not unreasonable", "why not", "no reason not to",
            "no issue", "no issues", "no doubt", "not problem");
    // spotless:on
    /** What a reply refers to when it turns an offer down: "that offer is too one-sided". */
    // spotless:off
    private static final Set<String> PROPOSAL = set("offer", "offers", "deal", "proposal", "exchange", "trade",
            "swap", "terms", "bargain", "that", "this", "it", "something", "package", "price");
    // spotless:on
    /** What a reply calls an offer it turns down: "that deal is rubbish", "a lopsided swap". */
    // spotless:off
    private static final Set<String> UNFAIR = set("unfair", "lopsided", "sided", "rubbish", "terrible", "awful",
            "ridiculous", "insulting", "joke", "unbalanced", "outrageous", "absurd", "laughable", "bad", "worse",
            "worst", "garbage", "trash", "unreasonable", "greedy", "scam", "ripoff");
    // spotless:on
    /** Words that put a yes off: "sure, we will think about it". */
    // spotless:off
    private static final Set<String> HEDGE = set("think", "consider", "maybe", "perhaps", "possibly", "might",
            "later", "consult", "check", "capital", "instructions", "discuss", "wait", "probably", "see", "back",
            "soon", "tomorrow", "let", "if", "unless", "provided", "only", "except", "once");
    // spotless:on
    /** Words that cut a reply into clauses, besides punctuation. */
    private static final Set<String> CLAUSE_BREAK = set("but", "and", "so", "though", "although", "however");
    /** How many words other than those around a yes a clause may have and still be a yes ("sure thing, deal"). */
    private static final int OTHER_WORDS = 2;

    /**
     * A yes or a no to an offer, read from the vocabulary of agreeing and declining rather than
     * from set phrases: TRUE for a yes, FALSE for a no, null for neither. The message is cut into
     * clauses; a clause agrees when it has a word of agreeing and nothing denying it ("deal
     * accepted", "no objection from us"); it declines when it has a word of declining ("no",
     * "we pass") or denies agreeing ("we are unable to agree", "not a deal we can take", "too
     * one-sided", said of the offer). A yes needs every other clause to add nothing a bot would
     * have to weigh: short, not negated, no condition, no wording or decision named, nothing put
     * off. A no needs no yes after it. Questions are neither.
     */
    static Boolean answer(Phrase all) {
        if (all.hasMark('?')) {
            return null;
        }
        List<List<Piece>> clauses = clauses(all.pieces());
        boolean proposal = all.hasAny(Set.of(
                "offer", "offers", "deal", "proposal", "exchange", "trade", "swap", "terms", "bargain", "package"));
        Boolean last = null;
        boolean anyNo = false;
        boolean anyYes = false;
        boolean weighty = false;
        boolean agreed = false;
        boolean said = false;
        for (List<Piece> c : clauses) {
            Boolean verdict = clause(c, proposal);
            Phrase phrase = new Phrase(c);
            if (verdict == null) {
                weighty |= !neutral(phrase);
                said |= !phrase.plainWords().stream()
                        .allMatch(w -> AROUND_YES.contains(w) || APPROVING.contains(w) || ASSENTING.contains(w));
                continue;
            }
            last = verdict;
            anyNo |= !verdict;
            anyYes |= verdict;
            agreed |= verdict
                    && (phrase.hasAny(AGREEING)
                            || phrase.hasPhrase(YES_PHRASES)
                            || phrase.hasPhrase(AGREEING_NEGATIONS));
        }
        if (last == null) {
            return null;
        }
        if (anyYes && !anyNo) {
            // a bare "sure" or "yes" beside words of another kind is no yes: "sure, and I'm the queen of England"
            return weighty || (said && !agreed) ? null : Boolean.TRUE;
        }
        return last ? null : Boolean.FALSE;
    }

    private static List<List<Piece>> clauses(List<Piece> pieces) {
        List<List<Piece>> out = new java.util.ArrayList<>();
        List<Piece> current = new java.util.ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Mark || (p instanceof Piece.Word w && CLAUSE_BREAK.contains(w.word()))) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new java.util.ArrayList<>();
                continue;
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** One clause: TRUE when it agrees, FALSE when it declines, null when it does neither. */
    private static Boolean clause(List<Piece> pieces, boolean proposal) {
        Phrase c = new Phrase(pieces);
        if (c.hasPhrase(NEUTRAL_PHRASES)) {
            return null;
        }
        List<String> words = new java.util.ArrayList<>(c.plainWords());
        normalise(words);
        // "no objection", "not bad": a negation that agrees, taken out before negations are looked for
        boolean agreeingNegation = false;
        for (String phrase : AGREEING_NEGATIONS) {
            List<String> ws = List.of(phrase.split(" "));
            int at = java.util.Collections.indexOfSubList(words, ws);
            if (at >= 0) {
                words.subList(at, at + ws.size()).clear();
                agreeingNegation = true;
            }
        }
        if (words.size() >= 2 && words.get(0).equals("do") && words.get(1).equals("not")) {
            return null; // "don't let them water it down": an urging, not a no
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Set.of("do", "does", "did").contains(words.get(i))
                    && words.get(i + 1).equals("not")) {
                words.remove(i); // "we do not accept": "do" helps "not", it is no going along
            }
        }
        boolean negated = words.stream().anyMatch(NEGATORS::contains);
        boolean declining = words.stream().anyMatch(DECLINING::contains) || turnedDown(words);
        boolean names = !c.wordings().isEmpty() || !c.choices().isEmpty();
        if (declining || negated) {
            boolean deniesAgreeing = negated
                            && words.stream().anyMatch(w -> GOING_ALONG.contains(w) || AGREEING.contains(w))
                    || c.choices().stream()
                            .anyMatch(n -> ((Meaning.Choice) n.first()).decision()
                                    == org.summitsim.core.scenario.Decision.SIGN); // "not something we can sign up to"
            boolean ofTheOffer = words.stream().anyMatch(PROPOSAL::contains) || proposal;
            boolean saidOfTheOffer = proposal
                    || (!words.isEmpty() && Set.of("that", "this", "it").contains(words.get(0)));
            if (declining && (!names || proposal)) {
                return Boolean.FALSE;
            }
            if (deniesAgreeing && (!names || ofTheOffer)) {
                return Boolean.FALSE;
            }
            if (words.contains("too") && saidOfTheOffer && !names) {
                return Boolean.FALSE; // "that offer is too one-sided for us"
            }
            return null;
        }
        if (words.stream().anyMatch(UNFAIR::contains)
                && (proposal || words.stream().anyMatch(PROPOSAL::contains))
                && !names) {
            return Boolean.FALSE; // "that deal is rubbish", "a one-sided swap"
        }
        if ((words.stream().anyMatch(HEDGE::contains) && !c.hasPhrase(YES_PHRASES)) || c.hasAny(CONDITIONS)) {
            return null; // "consider it done" is no hedge
        }
        if (names && !c.hasAny(Set.of("offer", "proposal", "deal", "terms"))) {
            return null; // "we accept MHC is important": about a wording, not a yes to an offer
        }
        boolean agreeing = words.stream().anyMatch(AGREEING::contains)
                || c.hasPhrase(YES_PHRASES)
                || (agreeingNegation && words.stream().allMatch(AROUND_YES::contains));
        long others = words.stream()
                .filter(w -> !AROUND_YES.contains(w)
                        && !AGREEING.contains(w)
                        && !ASSENTING.contains(w)
                        && !APPROVING.contains(w)
                        && !w.matches("d\\d+"))
                .count();
        int verb = Math.max(words.indexOf("agree"), Math.max(words.indexOf("accept"), words.indexOf("agrees")));
        boolean complement = verb >= 0
                && words.subList(verb + 1, words.size()).stream()
                        .anyMatch(w -> !AROUND_YES.contains(w) && !AGREEING.contains(w)); // "we agree the text is weak"
        if (agreeing && others <= OTHER_WORDS && !complement) {
            return Boolean.TRUE;
        }
        if (others == 0 && words.stream().anyMatch(w -> APPROVING.contains(w) || ASSENTING.contains(w))) {
            return Boolean.TRUE; // "fine", "yes", "sounds great", "that works for us"
        }
        return null;
    }

    /** Words that judge a statement: "agreed, it's important" agrees with it, not to an offer. */
    // spotless:off
    private static final Set<String> JUDGING = set("important", "true", "correct", "key", "crucial", "essential",
            "vital", "matters", "point", "weak", "strong", "problem", "wrong");
    // spotless:on

    /** Verbs that turn an offer down with "down": "we're turning that deal down", "have to turn it down". */
    private static final Set<String> TURN = set("turn", "turns", "turning", "turned");

    /** "turn it down", "turning that deal down", "turn down your offer": a no. */
    static boolean turnedDown(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (TURN.contains(words.get(i))) {
                for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
                    if (words.get(k).equals("down")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words that make "deal" a thing talked about, not a yes: "that deal", "your deal". */
    // spotless:off
    private static final Set<String> DETERMINERS = set("that", "this", "your", "their", "his", "her", "its",
            "such", "any", "every", "what", "which", "whose", "another", "other", "same");
    // spotless:on

    /**
     * "deal" after a determiner ("we're turning that deal down", "your deal is unfair") names the
     * offer and agrees to nothing; it is replaced by "offer". "It's a deal", "deal!" and "we have a
     * deal" still agree.
     */
    static void normalise(List<String> words) {
        if (!words.isEmpty() && words.get(words.size() - 1).equals("too")) {
            words.remove(words.size() - 1); // "we're in too": also, not "too one-sided"
        }
        int n = words.size();
        // "we're in" agrees only at the end: "we're in a caucus" does not
        int end = n > 0 && Set.of("too", "then", "lol", "also", "now").contains(words.get(n - 1)) ? n - 1 : n;
        if (end >= 3
                && words.get(end - 1).equals("in")
                && (words.get(end - 2).equals("are") || words.get(end - 2).equals("am"))
                && (words.get(end - 3).equals("we") || words.get(end - 3).equals("i"))) {
            words.set(end - 1, "aboard");
        }
        for (int i = 1; i < n; i++) {
            if (words.get(i).equals("done")
                    && Set.of("are", "am", "were", "was").contains(words.get(i - 1))) {
                words.set(i, "finished"); // "we're done here" ends a talk, agrees to nothing
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("deal")) {
                continue;
            }
            String before = i > 0 ? words.get(i - 1) : "";
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            if (DETERMINERS.contains(before)
                    || DEAL_BEFORE.contains(before)
                    || DEAL_AFTER.contains(after)
                    || (after.equals("is")
                            && i + 2 < words.size()
                            && words.get(i + 2).equals("off"))) {
                words.set(i, "offer");
            }
        }
    }

    /** Words before "deal" that make it a deal talked about: "we need a better deal", "big deal", "make a deal". */
    // spotless:off
    private static final Set<String> DEAL_BEFORE = set("better", "worse", "bigger", "big", "new", "another",
            "different", "real", "proper", "counter", "other", "sweeter", "fairer", "need", "want", "make", "get",
            "propose", "seek", "find", "offer", "rotten", "raw", "side", "package", "secret", "backroom");
    // spotless:on
    /** Words after "deal" that make it a thing, not a yes: "deal breaker", "deal with it", "deal on MHC". */
    // spotless:off
    private static final Set<String> DEAL_AFTER = set("breaker", "breakers", "with", "off", "or", "on", "about",
            "that", "which", "where", "involving", "between");
    // spotless:on

    /** A clause beside a yes that adds nothing to weigh: "pleasure doing business", "we will vote accordingly". */
    private static boolean neutral(Phrase c) {
        if (c.hasPhrase(NEUTRAL_PHRASES)
                || (c.hasPhrase(AGREEING_NEGATIONS) && c.plainWords().size() <= 4)) {
            return true; // "no worries", "no problem at all"
        }
        return c.plainWords().size() <= 10
                && !c.hasAny(TradeReader.NEGATIONS)
                && !c.hasAny(CONDITIONS)
                && !c.hasAny(HEDGE)
                && c.wordings().isEmpty()
                && c.choices().isEmpty()
                && !c.hasAny(TEXT)
                && !c.hasAny(Set.of("need", "needs", "want", "wants", "require", "requires"))
                && !c.hasAny(JUDGING);
    }

    /**
     * A threat: its words ("or else", "block everything"), or a speaker who will do something
     * hostile if the addressee does not do what it asks ("if you don't back us we will block it",
     * "unless you back us, we oppose").
     */
    static boolean threat(Phrase all) {
        if ((all.hasAny(THREAT) && !all.hasMark('?')) || all.hasPhrase(THREAT_PHRASES)) {
            return true;
        }
        return (all.hasPhrase(List.of(
                                "if you do not", "if you will not", "if you refuse", "if you cannot", "if you say no"))
                        || unless(all))
                && hurts(consequence(all));
    }

    /**
     * What a message says besides its condition: the words before "if" or "unless" and those
     * after the condition ends, at a mark or where the speaker is the subject again ("if you
     * don't push and just sign, | we'll vote for MHC").
     */
    private static Phrase consequence(Phrase all) {
        List<Piece> ps = all.pieces();
        List<Piece> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < ps.size()
                && !(ps.get(i) instanceof Piece.Word w
                        && (w.word().equals("if") || w.word().equals("unless")))) {
            out.add(ps.get(i++));
        }
        while (i < ps.size()
                && !(ps.get(i) instanceof Piece.Mark)
                && !(ps.get(i) instanceof Piece.Word w
                        && Set.of("we", "i", "then").contains(w.word()))) {
            i++;
        }
        out.addAll(ps.subList(i, ps.size()));
        return new Phrase(out);
    }

    /** "unless you...", "unless Kenya supports...": a condition on whoever is named after "unless". */
    private static boolean unless(Phrase all) {
        List<Piece> ps = all.pieces();
        for (int i = 0; i + 1 < ps.size(); i++) {
            if (ps.get(i) instanceof Piece.Word w
                    && w.word().equals("unless")
                    && (ps.get(i + 1) instanceof Piece.Word next && TradeReader.ADDRESSEE.contains(next.word())
                            || ps.get(i + 1) instanceof Piece.Name n && n.is(Meaning.Seat.class))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "If you oppose us, we will block it": read after trades, since "if you vote against the
     * treaty call, we'll sign" is an offer (TradeReader#retaliation finds the threats among them).
     */
    static boolean pressure(Phrase all) {
        return all.hasPhrase(List.of("if you vote against", "if you oppose", "if you block", "if you reject"))
                && hurts(all);
    }

    private static boolean hurts(Phrase all) {
        return all.hasAny(HOSTILE)
                || all.choices().stream()
                        .anyMatch(n ->
                                ((Meaning.Choice) n.first()).decision() != org.summitsim.core.scenario.Decision.SIGN)
                || all.hasPhrase(List.of("we will not", "i will not", "we cannot", "we would not", "we will never"));
    }

    /**
     * "Think of the civilians", "please think about the next generation": an urging; "we'll think
     * about it" (a subject or a helping verb before it) puts a decision off and urges nothing.
     */
    private static boolean thinkOf(Phrase all) {
        List<Piece> ps = all.pieces();
        for (int i = 0; i + 1 < ps.size(); i++) {
            if (ps.get(i) instanceof Piece.Word w
                    && w.word().equals("think")
                    && ps.get(i + 1) instanceof Piece.Word o
                    && (o.word().equals("of") || o.word().equals("about"))) {
                boolean told = i == 0
                        || !(ps.get(i - 1) instanceof Piece.Word b)
                        || Set.of("please", "just", "so", "now", "and", "but", "then", "also", "pls", "simply")
                                .contains(b.word())
                        || GREETING.contains(b.word());
                if (told) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An urging with a reason: "think of the civilians", "history will judge", "stand with us". */
    static boolean appeals(Phrase all) {
        if (all.hasAny(APPEAL) || all.hasPhrase(APPEAL_PHRASES) || thinkOf(all)) {
            return true;
        }
        if (all.hasAny(APPEAL_BESIDE)
                && (!all.wordings().isEmpty() || !all.choices().isEmpty() || all.hasAny(ASKED))) {
            return true;
        }
        // "please" pleads only for something in the negotiation: "please make it meaningful",
        // not "please keep messages in character"
        return all.hasAny(Set.of("please", "beg", "begging"))
                && (!all.wordings().isEmpty() || !all.choices().isEmpty());
    }
}
