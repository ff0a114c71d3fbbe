package org.summitsim.core.talk;

import java.util.List;
import java.util.Set;

/**
 * The everyday words that tell one kind of message from another: what a question about the
 * text, a price, a threat, an appeal, a yes or a no sound like. Articles are already gone
 * ({@link Words}), so phrases are written without them ("for sake of").
 */
final class Cues {

    private Cues() {
    }

    /** A word list as a set; a word listed twice is harmless here. */
    private static Set<String> set(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(words)));
    }

    static final Set<String> GREETING = set("hi", "hello", "hey", "dear", "greetings", "so", "ok", "well",
            "and", "also", "then", "excellency", "ambassador", "please", "now", "but", "good", "morning",
            "afternoon", "evening", "delegation", "of", "to", "my", "our");

    static final Set<String> QUESTION_START = set("what", "where", "how", "will", "would", "do", "does", "did",
            "are", "is", "can", "could", "shall", "should", "which", "why", "when", "who", "may", "might", "have",
            "has", "any", "wondering", "curious");
    /** Question words that open a question only before their subject: "are you...", not "has always...". */
    static final Set<String> AUXILIARY = set("will", "would", "do", "does", "did", "are", "is", "can", "could",
            "shall", "should", "may", "might", "have", "has", "must");
    static final Set<String> SUBJECT = set("you", "we", "i", "they", "it", "there", "this", "that", "he", "she");
    /** Words that make what follows depend on something: a yes with one is no plain yes. */
    static final Set<String> CONDITIONS = set("but", "if", "unless", "or", "provided", "except", "only");

    /** Words that ask for an opinion, with or without a question mark. */
    static final Set<String> OPINION = set("stand", "stance", "position", "positions", "view", "views", "think",
            "thoughts", "opinion", "opinions", "feel", "feelings", "regarding", "about", "tell", "explain", "position's");
    static final List<String> OPINION_PHRASES = List.of("what about", "how about", "your take", "where are you");
    /** Words that ask for a view even beside an appeal: "please tell me your position on MHC". */
    static final Set<String> OPINION_REQUEST = set("tell", "explain", "view", "views", "thoughts", "opinion",
            "opinions", "stance", "position", "positions", "take");

    /** "Where do you stand?" with nothing named asks about the whole text. */
    static final Set<String> STANCE = set("stand", "stance", "position", "view", "views", "think", "opinion",
            "feel", "thoughts", "happy", "satisfied", "like");

    /** Words naming the text as a whole. */
    static final Set<String> TEXT = set("text", "declaration", "draft", "document", "blueprint", "statement",
            "wording", "overall", "whole", "package", "outcome", "result", "compromise");
    static final List<String> TEXT_PHRASES = List.of("call to action", "as it stands", "so far", "as is",
            "current version", "where things stand", "as things stand");
    static final Set<String> LIKING = set("like", "happy", "satisfied", "ok", "acceptable", "fine", "good",
            "enough", "content", "pleased", "live", "support", "accept", "comfortable", "agree", "sign");

    /** A price asked for, whatever else the message names: "what would it take to get your vote?" */
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
            "can we get you to", "get you to support", "get you to back", "get you to sign", "does it take");
    static final Set<String> WANTS = set("want", "wants", "need", "needs", "priorities", "priority", "demands",
            "conditions", "terms", "goals", "aims", "wishlist", "looking", "hoping", "objectives",
            "asks", "requirements", "matters", "care", "interests");
    static final List<String> WANTS_PHRASES = List.of("red lines", "bottom line", "wish list", "most important",
            "what would you like", "what are you after", "you after");

    /** Asking for a commitment without a question mark: "tell me you will sign", "we count on you to push". */
    static final Set<String> ASKING = set("pledge", "promise", "commit", "confirm", "intend", "plan",
            "planning", "going", "ready", "willing", "prepared");
    static final List<String> ASKING_PHRASES = List.of("count on", "tell me", "tell us", "let me know",
            "let us know", "join us", "with us");
    static final Set<String> DECIDING = set("decide", "decision", "decisions", "finally", "deciding");
    static final List<String> DECIDING_PHRASES = List.of("at end", "in end", "final vote", "final call",
            "end of summit", "when it comes to it");

    /** Calling on everyone, at the start of a message: "Friends, ...", "All, ...". */
    static final Set<String> EVERYONE = set("everyone", "everybody", "all", "colleagues", "friends", "yall",
            "delegates", "partners");
    /** Calling on everyone anywhere in a message. */
    static final List<String> EVERYONE_PHRASES = List.of("each of you", "any of you", "you all", "all of you",
            "every one of you");

    static final Set<String> THREAT = set("consequences", "consequence", "retaliate", "retaliation",
            "punish", "sabotage", "torpedo", "blackmail", "sanctions", "sanction", "isolate", "isolated", "derail",
            "wreck", "threaten", "warn", "warning", "revenge", "tank");
    static final List<String> THREAT_PHRASES = List.of("block everything", "block every", "block all",
            "block anything", "block whole", "block it all", "oppose everything", "oppose every", "oppose all",
            "vote against everything", "vote against every", "vote against all", "veto everything", "veto every",
            "or else", "pay for", "pay price", "remember this", "walk out", "leave summit", "bring down",
            "kill declaration", "kill text", "kill whole", "kill this", "nothing will pass", "nothing passes",
            "make sure nothing", "watch out", "be careful", "cut aid", "cut our aid", "blow up", "sink whole",
            "sink declaration", "sink text", "or we will", "or we", "otherwise we", "will not forget",
            "never forget", "we will remember", "we remember", "you will be sorry", "remember who", "stop cooperating",
            "end our cooperation", "cut ties", "or you will", "you will regret", "will regret this", "regret it");
    /** What a speaker does to hurt: "we will block...", after "if you don't" or "unless you". */
    static final Set<String> HOSTILE = set("block", "oppose", "veto", "sink", "kill", "withdraw", "walk",
            "leave", "stop", "against", "punish", "drop", "end", "cut", "obstruct", "filibuster", "boycott");

    static final Set<String> APPEAL = set("please", "civilians", "civilian", "humanity", "lives", "children",
            "innocent", "innocents", "victims", "moral", "morally", "morality", "conscience", "ethical", "ethics",
            "history", "generations", "beg", "urge", "implore", "appeal", "sake", "imagine", "surely", "trust",
            "friendship", "together", "spirit", "reasonable", "heart", "robots", "dignity", "families",
            "suffering", "peace", "safety", "future", "humane", "brave", "courage", "leadership", "decency",
            "legacy", "kids", "people", "survivors", "grandchildren", "mothers", "world", "suffer", "tradition",
            "traditions", "championed", "values", "partners", "partnership", "judge", "chance");
    static final List<String> APPEAL_PHRASES = List.of("think of", "think about", "right thing", "do right",
            "come on", "help us", "we need you", "stand with us", "for sake of", "killer robots", "lives at stake",
            "carry weight", "real weight", "show it", "always said", "always stood", "hold firm", "stay strong");

    static final Set<String> YES = set("deal", "agreed", "agree", "accept", "accepted", "yes", "ok", "sure",
            "done", "absolutely", "certainly", "gladly", "happily", "definitely", "alright", "works", "fair", "fine",
            "good", "great", "perfect", "excellent", "wonderful", "brilliant", "splendid");
    /** Words a yes may carry around it: "ok, you have a deal", "yes, we accept your offer". */
    private static final Set<String> AROUND_YES = set("deal", "agreed", "agree", "accept", "accepted", "yes",
            "ok", "sure", "done", "absolutely", "certainly", "gladly", "happily", "definitely", "alright", "works",
            "fair", "enough", "fine", "great", "good", "perfect", "excellent", "wonderful", "brilliant", "lovely",
            "cool", "nice", "it", "is", "that", "this", "we", "i", "you", "have", "got", "sounds", "let", "us", "do",
            "go", "with", "your", "offer", "proposal", "terms", "thanks", "thank", "then", "all", "right", "will",
            "can", "shake", "on", "hands", "to", "be", "are", "in", "count", "me", "glad", "happy", "pleased", "our",
            "am", "so", "well", "very", "much", "please", "for", "a", "gladly", "from", "side", "yours", "indeed",
            "certainly", "course", "of", "would", "like", "love", "take", "it's", "seal", "sealed", "settled",
            "done", "now", "here", "hear", "hey", "oh", "right", "away", "immediately", "agreement", "bargain", "by",
            "those", "these", "yourself", "yourselves");

    static final Set<String> NO = set("no", "not", "decline", "declined", "refuse", "refused", "reject", "rejected",
            "pass", "never", "unacceptable", "nothing");
    private static final List<String> NO_PHRASES = List.of("no thanks", "no thank you", "no deal", "not interested",
            "cannot accept", "cannot agree", "cannot promise", "cannot do", "cannot support", "will not accept",
            "will not agree", "not acceptable", "not possible", "no way", "not a chance", "forget it", "not for us",
            "will pass", "will not work", "does not work", "not good enough", "we decline", "i decline",
            "we refuse", "we reject", "i refuse", "i reject", "have to decline", "must decline", "have to say no",
            "must say no", "not at this price", "too high", "too much", "not today", "not now", "afraid not",
            "we pass", "i pass", "no can do", "not happening");
    private static final Set<String> AROUND_NO = set("no", "decline", "declined", "refuse", "refused", "reject",
            "rejected", "pass", "never", "unacceptable", "thanks", "thank", "you", "sorry", "we", "i", "will", "must",
            "have", "to", "that", "this", "it", "is", "your", "offer", "proposal", "terms", "not", "interested",
            "deal", "afraid", "but", "cannot", "accept", "way", "chance", "a", "at", "all", "really", "for", "us",
            "now", "today", "then", "politely", "respectfully", "nothing", "doing", "ok", "well", "so", "mr", "madam",
            "absolutely", "certainly", "definitely", "simply", "just", "can", "do", "go", "along", "fear", "time",
            "good", "enough", "high", "price", "much", "too", "regret", "from");

    /** A yes that needs no yes-word: "count us in". */
    private static final List<String> YES_PHRASES = List.of("count us in", "count me in", "we are in", "i am in",
            "we are on board", "you have our word");

    static boolean accepts(Phrase all) {
        List<String> words = all.plainWords();
        if (words.size() <= 6 && all.hasPhrase(YES_PHRASES) && !all.hasAny(TradeReader.NEGATIONS)) {
            return all.wordings().isEmpty();
        }
        if (words.isEmpty() || all.hasAny(TradeReader.NEGATIONS) || all.has("but") || all.has("if")) {
            return false;
        }
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
        if (all.hasPhrase(NO_PHRASES)) {
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

    /**
     * A threat: its words ("or else", "block everything"), or a speaker who will do something
     * hostile if the addressee does not do what it asks ("if you don't back us we will block it",
     * "unless you back us, we oppose").
     */
    static boolean threat(Phrase all) {
        if (all.hasAny(THREAT) || all.hasPhrase(THREAT_PHRASES)) {
            return true;
        }
        return all.hasPhrase(List.of("if you do not", "if you will not", "if you refuse", "unless you",
                "if you cannot", "if you say no")) && hurts(all);
    }

    /**
     * "If you oppose us, we will block it": read after trades, since "if you vote against the
     * treaty call, we'll sign" is an offer (TradeReader#retaliation finds the threats among them).
     */
    static boolean pressure(Phrase all) {
        return all.hasPhrase(List.of("if you vote against", "if you oppose", "if you block", "if you reject")) && hurts(all);
    }

    private static boolean hurts(Phrase all) {
        return all.hasAny(HOSTILE) || !all.choices().isEmpty()
                || all.hasPhrase(List.of("we will not", "i will not", "we cannot", "we would not", "we will never"));
    }

    /** An urging with a reason: "think of the civilians", "history will judge", "stand with us". */
    static boolean appeals(Phrase all) {
        return all.hasAny(APPEAL) || all.hasPhrase(APPEAL_PHRASES);
    }
}
