package org.summitsim.core.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a message into words a recogniser can compare: lower case, contractions and chat
 * shorthand spelt out ("we'll" is "we will", "u" is "you"), articles dropped, punctuation kept
 * as separate marks (sentences and commas separate the sides of a trade). Also says when two
 * words are the same but for a typo.
 */
final class Words {

    /** One word or punctuation mark; {@code original} keeps the case typed ("US" is not "us"). */
    record Token(String word, String original) {
        boolean isMark() {
            return MARKS.indexOf(word.charAt(0)) >= 0;
        }
    }

    private static final String MARKS = ".,;:!?";
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[.,;:!?]");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words whose apostrophe was left out or that chat shortens; the right side is spelt out. */
    // spotless:off
    private static final Map<String, String> SPELT_OUT = Map.ofEntries(
            Map.entry("won't", "will not"), Map.entry("wont", "will not"), Map.entry("can't", "cannot"),
            Map.entry("cant", "cannot"), Map.entry("shan't", "shall not"),
            Map.entry("ain't", "is not"), Map.entry("dont", "do not"), Map.entry("doesnt", "does not"),
            Map.entry("didnt", "did not"), Map.entry("isnt", "is not"), Map.entry("arent", "are not"),
            Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"), Map.entry("shouldnt", "should not"),
            Map.entry("havent", "have not"), Map.entry("im", "i am"), Map.entry("youll", "you will"),
            Map.entry("youre", "you are"), Map.entry("theyre", "they are"), Map.entry("whats", "what is"),
            Map.entry("wheres", "where is"), Map.entry("hows", "how is"), Map.entry("lets", "let us"),
            Map.entry("let's", "let us"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plez", "please"),
            Map.entry("thx", "thanks"), Map.entry("ty", "thanks"), Map.entry("okay", "ok"), Map.entry("kk", "k"),
            Map.entry("okey", "ok"), Map.entry("yeah", "yes"), Map.entry("yep", "yes"),
            Map.entry("yup", "yes"), Map.entry("ya", "yes"), Map.entry("nah", "no"), Map.entry("nope", "no"),
            Map.entry("wanna", "want to"), Map.entry("gonna", "going to"), Map.entry("gotta", "got to"),
            Map.entry("abt", "about"), Map.entry("bc", "because"), Map.entry("coz", "because"),
            Map.entry("cuz", "because"), Map.entry("tho", "though"), Map.entry("w", "with"),
            // apostrophes typed or left out in chat: "ill vote for it", "thats not a deal"
            Map.entry("ill", "i will"), Map.entry("ive", "i have"), Map.entry("thats", "that is"),
            Map.entry("youve", "you have"), Map.entry("weve", "we have"), Map.entry("youd", "you would"),
            // text-speak: "wat do u think", "drones n nukes", "rn", "idk", "np"
            Map.entry("wat", "what"), Map.entry("wut", "what"), Map.entry("wht", "what"), Map.entry("wot", "what"),
            Map.entry("n", "and"), Map.entry("rn", "right now"), Map.entry("idk", "i do not know"),
            Map.entry("dunno", "do not know"), Map.entry("np", "no problem"), Map.entry("tbh", "honestly"),
            Map.entry("ngl", "honestly"), Map.entry("imo", "honestly"), Map.entry("fr", "for real"),
            Map.entry("sry", "sorry"), Map.entry("soz", "sorry"), Map.entry("thnx", "thanks"), Map.entry("thanx", "thanks"),
            Map.entry("yea", "yes"), Map.entry("yeh", "yes"), Map.entry("ye", "yes"), Map.entry("yh", "yes"),
            Map.entry("ofc", "of course"), Map.entry("def", "definitely"), Map.entry("defo", "definitely"),
            Map.entry("prob", "probably"), Map.entry("probs", "probably"), Map.entry("ppl", "people"),
            Map.entry("govt", "government"), Map.entry("gov", "government"), Map.entry("bout", "about"),
            Map.entry("shud", "should"), Map.entry("wud", "would"), Map.entry("cud", "could"), Map.entry("wen", "when"),
            Map.entry("dat", "that"), Map.entry("tht", "that"), Map.entry("dis", "this"), Map.entry("da", "the"),
            Map.entry("yr", "your"), Map.entry("hv", "have"), Map.entry("dnt", "do not"), Map.entry("cnt", "cannot"),
            Map.entry("becuz", "because"), Map.entry("bcuz", "because"), Map.entry("cos", "because"),
            Map.entry("bcoz", "because"), Map.entry("thru", "through"), Map.entry("nvm", "never mind"),
            Map.entry("hbu", "how about you"), Map.entry("wbu", "what about you"), Map.entry("wdym", "what do you mean"),
            Map.entry("rly", "really"), Map.entry("srsly", "seriously"), Map.entry("b4", "before"),
            Map.entry("gr8", "great"), Map.entry("l8r", "later"), Map.entry("2day", "today"),
            Map.entry("2morrow", "tomorrow"), Map.entry("tmrw", "tomorrow"), Map.entry("nty", "no thank you"),
            Map.entry("wouldve", "would have"), Map.entry("couldve", "could have"), Map.entry("shouldve", "should have"),
            Map.entry("hasnt", "has not"), Map.entry("hadnt", "had not"), Map.entry("werent", "were not"),
            Map.entry("wasnt", "was not"), Map.entry("mustnt", "must not"), Map.entry("theyll", "they will"),
            Map.entry("theyve", "they have"), Map.entry("itll", "it will"), Map.entry("whos", "who is"),
            Map.entry("wed", "we would"), Map.entry("yall", "you all"),
            Map.entry("y'all", "you all"), Map.entry("ok'd", "ok"),
            // everyday names for what scenarios name formally: "the nukes paragraph"
            Map.entry("aight", "alright"), Map.entry("ight", "alright"), Map.entry("yessir", "yes"),
            Map.entry("yass", "yes"), Map.entry("yas", "yes"), Map.entry("jk", "just kidding"), Map.entry("jks", "just kidding"),
            Map.entry("nukes", "nuclear"), Map.entry("nuke", "nuclear"), Map.entry("atomic", "nuclear"));
    // spotless:on

    /** Pronouns whose "'s" is "is" ("it's"), not a possessive ("Korea's"). */
    // spotless:off
    private static final Set<String> IS_AFTER = Set.of("it", "that", "what", "where", "who", "how", "there",
            "here", "he", "she", "this");
    // spotless:on

    private Words() {}

    /**
     * Signs and emoji that stand for words in chat: a thumbs up is "ok", a handshake "deal", a
     * rolled eye says the words beside it are not meant; "=" sets two sides against each other,
     * as a comma does ("your vote for X = our vote for Y").
     */
    // spotless:off
    private static final Map<String, String> SYMBOLS = symbols(
            "<=>", ",", "<->", ",", "=", ",", "&", " and ", "\uD83D\uDC4D", " ok ", "\uD83D\uDC4C", " ok ",
            "\u2705", " ok ", "\u2714", " ok ", "\uD83C\uDD97", " ok ", "\uD83E\uDD1D", " deal ",
            "\uD83D\uDC4E", " no ", "\u274C", " no ", "\uD83D\uDEAB", " no ", "\uD83D\uDE44", " eyeroll ",
            "\uD83D\uDE12", " eyeroll ", "\uD83D\uDE02", " lol ", "\uD83E\uDD23", " lol ", "\uD83D\uDE06", " lol ",
            "\uD83D\uDE4F", " please ", "\u2026", "...", "\u2194", ",", "\u21D4", ",");
    // spotless:on

    /** Pairs of sign and words, in order: longer signs first, so "<=>" is replaced before "=". */
    private static Map<String, String> symbols(String... pairs) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A sentence in quotes, ending with its own mark: someone else's words ("they asked 'will you
     * sign?'", an example quoted in a bot's help: "'What do you want?'"), not the speaker's. A
     * name in quotes ("the 'reliability only' wording") has no mark of its own and stays.
     */
    private static final Pattern QUOTED_SENTENCE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(['\"])[^'\"]*[.?!]\\1(?![\\p{L}\\p{N}])");

    /** Initials with full stops ("U.S.", "U.K.") typed as one name. */
    private static final Pattern INITIALS = Pattern.compile("\\b(\\p{L})\\.(\\p{L})\\.(?:(\\p{L})\\.)?(?!\\p{L})");
    /** Words that make a "were" opening a sentence the question it is: "were you there?" */
    // spotless:off
    private static final Set<String> NOT_AFTER_WERE = Set.of("you", "u", "they", "we", "i", "there", "the", "these",
            "those", "it", "he", "she", "all", "any", "both", "most", "many");
    // spotless:on

    /** Words after which a "4" is a number, not "for": "round 4", "article 4". */
    // spotless:off
    private static final Set<String> COUNTED = Set.of("round", "rounds", "amendment", "article", "clause", "option",
            "phase", "stage", "number", "no", "top", "page", "minute", "minutes", "of", "to", "and", "or", "than",
            "about", "only", "just", "at", "by", "over", "under");
    // spotless:on
    /** Words after which a "2" is "to": "going 2 sign", "vote 2 keep". */
    // spotless:off
    private static final Set<String> TO_AFTER = Set.of("want", "wants", "going", "got", "have", "has", "need",
            "needs", "able", "like", "ready", "willing", "prepared", "vote", "agree", "agreed", "due", "try", "trying",
            "plan", "planning", "hope", "hoping", "happy", "glad", "refuse", "promise", "decided", "back", "listen",
            "talk", "speak", "come", "say", "yes", "no", "according", "up", "next", "close", "used");
    // spotless:on

    static List<Token> tokens(String text) {
        String s = text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('`', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"');
        s = QUOTED_SENTENCE.matcher(s).replaceAll(" ");
        s = INITIALS.matcher(s).replaceAll("$1$2$3");
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = s.replaceAll("(?i)\\bco-(\\p{L})", "co$1"); // "co-sponsor" is "cosponsor"
        s = s.replaceAll("(?i)\\bw/o\\b", "without")
                .replaceAll("(?i)\\bb/c\\b", "because")
                .replaceAll("(?i)\\bw/", "with ");
        List<String> typed = new ArrayList<>();
        Matcher m = PIECE.matcher(s);
        while (m.find()) {
            typed.add(m.group());
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String original = shorthandNumber(typed, i);
            if (original.equalsIgnoreCase("were")
                    && (i == 0 || ".!?".contains(typed.get(i - 1)))
                    && i + 1 < typed.size()
                    && typed.get(i + 1).matches("\\p{L}+")
                    && !NOT_AFTER_WERE.contains(typed.get(i + 1).toLowerCase(Locale.ROOT))) {
                out.add(new Token("we", "we")); // "were prepared to sign": "we're" without its apostrophe
                out.add(new Token("are", "are"));
                continue;
            }
            if (original.equalsIgnoreCase("what")
                    && i + 1 < typed.size()
                    && Set.of("a", "an").contains(typed.get(i + 1).toLowerCase(Locale.ROOT))) {
                out.add(new Token("what-a", original)); // "what a mess", "what a generous offer": no question
                continue;
            }
            for (String part : spellOut(original)) {
                String lower = part.toLowerCase(Locale.ROOT);
                if (!ARTICLES.contains(lower)) {
                    out.add(new Token(lower, part));
                }
            }
        }
        return out;
    }

    /** "vote 4 it" is "vote for it", "going 2 sign" is "going to sign"; "round 4" stays a number. */
    private static String shorthandNumber(List<String> typed, int i) {
        String t = typed.get(i);
        if (!t.equals("4") && !t.equals("2")) {
            return t;
        }
        String before = i > 0 ? typed.get(i - 1).toLowerCase(Locale.ROOT) : "";
        boolean wordBefore = before.matches("\\p{L}+");
        boolean wordAfter = i + 1 < typed.size() && typed.get(i + 1).matches("\\p{L}.*");
        if (t.equals("4") && wordBefore && wordAfter && !COUNTED.contains(before)) {
            return "for";
        }
        if (t.equals("2") && wordAfter && TO_AFTER.contains(before)) {
            return "to";
        }
        return t;
    }

    /** One typed piece as the words it stands for. */
    private static List<String> spellOut(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        String whole = SPELT_OUT.get(lower);
        if (whole != null) {
            return List.of(whole.split(" "));
        }
        int apostrophe = lower.indexOf('\'');
        if (apostrophe < 0) {
            return List.of(piece);
        }
        String stem = piece.substring(0, apostrophe);
        String tail = lower.substring(apostrophe);
        if (tail.equals("'t") && stem.toLowerCase(Locale.ROOT).endsWith("n")) {
            return List.of(stem.substring(0, stem.length() - 1), "not"); // don't, isn't, wouldn't
        }
        return switch (tail) {
            case "'ll" -> List.of(stem, "will");
            case "'re" -> List.of(stem, "are");
            case "'ve" -> List.of(stem, "have");
            case "'m" -> List.of(stem, "am");
            case "'d" -> List.of(stem, "would");
            case "'s" -> IS_AFTER.contains(stem.toLowerCase(Locale.ROOT)) ? List.of(stem, "is") : List.of(stem);
            default -> List.of(stem);
        };
    }

    /**
     * True when {@code typed} is {@code known}, allowing a plural and, on longer words, a typo:
     * one slip from five letters, two from eight. Short words must match exactly: "where" and
     * "there" differ by one letter and mean different things.
     */
    static boolean same(String typed, String known) {
        if (typed.equals(known)) {
            return true;
        }
        if (known.length() >= 3
                && (typed.equals(known + "s") || typed.equals(known + "es") || known.equals(typed + "s"))) {
            return true;
        }
        if (known.length() < 5 || typed.length() < 4 || EVERYDAY.contains(typed)) {
            return false;
        }
        int allowed = known.length() >= 8 ? 2 : 1;
        return Math.abs(typed.length() - known.length()) <= allowed && distance(typed, known) <= allowed;
    }

    /**
     * Everyday words one letter away from a name's word: typed, they are themselves, never a
     * slip ("all states" is not "all stages", "texting" not "testing", "present" not "prevent").
     */
    // spotless:off
    private static final Set<String> EVERYDAY = Set.copyOf(List.of("state", "states", "stake", "stakes", "stare", "texting",
            "score", "scores", "slope", "present", "presents", "voted", "vote", "votes", "grant", "grants", "treat",
            "treats", "very", "ever", "there", "those", "these", "whose", "close", "take", "takes", "taken", "tasks",
            "trick", "truck", "trace", "parts", "pairs", "drift", "craft", "notes", "note", "names", "roles", "token",
            "fellow", "hollow", "resting", "resort", "arrow", "bread", "board", "client", "concert", "units", "untied",
            "unite", "noting", "soul", "sole", "later", "layer", "route", "routes", "forms", "form", "were", "here",
            "where", "what", "when", "then", "than", "them", "they", "that", "this", "thus", "human", "humane",
            "humor", "rules", "ruled", "rule", "roles", "laws", "lows", "legacy", "local", "vocal", "royal", "loyal",
            "nation", "nations", "notion", "notions", "motion", "motions", "option", "options", "action", "actions",
            "reform", "inform", "perform", "former", "formal", "normal", "moral", "mural", "choose", "chose",
            "chosen", "house", "horse", "worse", "nurse", "purse", "cause", "pause", "sense", "tense", "dense",
            "treat", "tread", "trend", "trade", "trades", "tirade", "grade", "grape", "shape", "share", "shore",
            "stage", "stages", "steps", "stops", "stood", "stock", "stick", "still", "study", "steady", "sturdy",
            "drafts", "drafted", "crafts", "prevent", "invent", "intent", "extent", "extend", "expend", "attend",
            "spend", "trust", "truth", "troth", "track", "tracks", "trick", "crack", "crash", "trash", "brash",
            "train", "trains", "brain", "drain", "grain", "plain", "plan", "plans", "plane", "place", "plate",
            "later", "water", "wafer", "paper", "power", "tower", "lower", "lover", "cover", "cower", "never",
            "fever", "lever", "level", "novel", "noble", "table", "cable", "fable", "sable", "stable"));
    // spotless:on

    /** True when one word is the other with a plural ending. */
    static boolean plural(String typed, String known) {
        return typed.equals(known + "s") || typed.equals(known + "es") || known.equals(typed + "s");
    }

    /**
     * A stricter {@link #same} for everyday words (cues such as "support" or "civilians"): one slip,
     * in words of six letters or more. Everyday words are close to each other ("action" is two
     * slips from "sanction"), names are not.
     */
    static boolean nearly(String typed, String known) {
        return typed.equals(known)
                || (typed.length() >= 6
                        && known.length() >= 6
                        && Math.abs(typed.length() - known.length()) <= 1
                        && !otherForm(typed, known)
                        && distance(typed, known) <= 1);
    }

    /** Endings that make a word of their own: "weaker" is no slip for "weaken", nor "closely" for "closest". */
    private static final List<String> FORMS = List.of("er", "est", "ly", "ed", "ing");

    /** True when {@code typed} ends as another form of a word would and {@code known} does not. */
    private static boolean otherForm(String typed, String known) {
        if (known.startsWith(typed) || typed.startsWith(known)) {
            return false; // "matter" and "matters" are one word
        }
        for (String f : FORMS) {
            if (typed.endsWith(f) && !known.endsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance counting a swap of two neighbouring letters as one slip ("suport", "sgin"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * True when {@code typed} is {@code known} or a form of the same word: {@link #same}, or one
     * word of six letters or more beginning the other ("prohibiting" and "prohibit", "prevention"
     * and "prevent", "reporting" and "report").
     */
    static boolean stem(String typed, String known) {
        if (same(typed, known)) {
            return true;
        }
        String shorter = typed.length() <= known.length() ? typed : known;
        String longer = shorter == typed ? known : typed;
        if (shorter.length() >= 6 && longer.startsWith(shorter)) {
            return true;
        }
        String a = root(typed);
        String b = root(known);
        return a.length() >= 4
                && a.equals(b); // "feed" and "feeding", "train" and "trained"; three letters tell too little
    }

    /** Endings of other forms of a word, longest first. */
    private static final List<String> ENDINGS = List.of("ation", "ing", "ion", "ment", "ed", "es", "s");

    /** A word without the ending of its other forms: "feeding" is "feed", "testing" "test", "banning" "ban". */
    static String root(String word) {
        for (String e : ENDINGS) {
            if (word.length() - e.length() >= 3 && word.endsWith(e)) {
                String r = word.substring(0, word.length() - e.length());
                int n = r.length();
                if (n >= 4 && r.charAt(n - 1) == r.charAt(n - 2) && "bdgmnpt".indexOf(r.charAt(n - 1)) >= 0) {
                    r = r.substring(0, n - 1); // "banning" is "ban"
                }
                return r;
            }
        }
        return word;
    }

    /** A name split as a message is: "Multi-stakeholder process (draft)" is multi, stakeholder, process. */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(name.replace("(draft)", ""))) {
            if (!t.isMark()) {
                out.add(t.word());
            }
        }
        return out;
    }
}
