package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView.ClauseView;

/**
 * What bots say: short statements generated from their reasons, so a human negotiating with a
 * bot has something to answer.
 */
final class Phrases {

    private Phrases() {}

    /** The opening statement: the two clauses this delegation cares about most, and where it stands. */
    static String opening(Mind mind) {
        // The two widest spreads, the earlier clause first among equals (a stable sort's order).
        ClauseView first = null;
        ClauseView second = null;
        double firstSpread = 0;
        double secondSpread = 0;
        for (ClauseView c : mind.view().text()) {
            double s = mind.spread(c.id());
            if (first == null || Double.compare(-s, -firstSpread) < 0) {
                second = first;
                secondSpread = firstSpread;
                first = c;
                firstSpread = s;
            } else if (second == null || Double.compare(-s, -secondSpread) < 0) {
                second = c;
                secondSpread = s;
            }
        }
        List<ClauseView> top = second == null ? (first == null ? List.of() : List.of(first)) : List.of(first, second);
        String me = mind.name(mind.me());
        StringBuilder s = new StringBuilder(variant(
                        mind,
                        1,
                        me + " thanks the chair.",
                        me + " is glad to be here and thanks the chair.",
                        "Thank you, Chair. " + me + " comes with clear priorities.",
                        me + " thanks our hosts, and will be brief."))
                .append(' ');
        // Each point in one of three phrasings, the second point's choice independent of the
        // first's: like-minded delegations state the same points in their own words.
        int every = 4;
        for (ClauseView c : top) {
            String title = quote(c.title());
            String ideal = quote(mind.optionLabel(c.id(), mind.ideal(c.id())));
            // A wording a point better is not worth a fight, nor a vote (a play-test's Korea asked for one in
            // its opening, then abstained on it and said it made no difference): the draft it can live with.
            s.append(
                            mind.ideal(c.id()).equals(c.current()) || mind.gain(c.id(), mind.ideal(c.id())) <= 1
                                    ? variant(
                                            mind,
                                            every,
                                            "We support the draft on " + title + ".",
                                            "We are content with the draft on " + title + ".",
                                            "The draft's wording on " + title + ", " + ideal + ", suits us.")
                                    : variant(
                                            mind,
                                            every,
                                            "On " + title + ", we want the text to say: " + ideal + ".",
                                            "We ask that " + title + " read " + ideal + ".",
                                            "On " + title + ", our aim is " + ideal + "."))
                    .append(' ');
            every *= 3;
        }
        return s.toString().trim();
    }

    /**
     * Why it tables {@code option}. Only its own ideal "makes this clause acceptable"; a step
     * towards the ideal, or a compromise (a mediator tables what draws support), says so, so the
     * rationale agrees with what the bot answers when asked what it wants there.
     */
    static String rationale(Mind mind, String clause, String option) {
        String me = mind.name(mind.me());
        String label = quote(mind.optionLabel(clause, option));
        double gain = mind.gain(clause, option);
        String ideal = mind.ideal(clause);
        if (option.equals(ideal)) {
            return "For " + me + ", " + label + " is what makes this clause acceptable"
                    + (gain > 4 ? "; it matters a great deal to us." : ".");
        }
        String wanted = quote(mind.optionLabel(clause, ideal));
        if (gain > 0 && ideal.equals(mind.current(clause))) {
            // Better than a text that already reads its favourite: because partners would sign then, or
            // because of what signing it costs; never "better than X, though we want X".
            List<String> won =
                    mind.partnersWon(clause, option).stream().map(p -> p.seat()).toList();
            return won.isEmpty()
                    ? "For " + me + ", " + label + " serves us better on balance, though we like " + wanted + " best."
                    : "The text already says what we like best here, but " + names(mind, won) + " will sign only with "
                            + label + ", and " + me + " wants to sign beside " + (won.size() == 1 ? "it" : "them")
                            + ".";
        }
        if (gain > 0) {
            return "For " + me + ", " + label + " is better than what the text says now ("
                    + quote(mind.optionLabel(clause, mind.current(clause))) + "), though the wording we want is "
                    + wanted + (gain > 4 ? ". This step matters a great deal to us." : ".");
        }
        return me + " proposes " + label + " as a wording more delegations can accept; we ourselves would prefer "
                + wanted + ".";
    }

    /**
     * A decision statement in the delegation's own terms: the clause it cared about most and how
     * it ended, the partners who pledged the same, and its own pledge if it keeps one. Which of
     * the equivalent phrasings is used follows the seat, so the room does not hear one sentence
     * twenty times.
     */
    static String decision(Mind mind, Decision d) {
        String me = mind.name(mind.me());
        String top = mind.topClause();
        StringBuilder s = new StringBuilder();
        if (ownPledge(mind, d)) {
            s.append("As we pledged, ");
        }
        int variant = Math.floorMod(mind.me().hashCode(), 2);
        if (top == null) {
            s.append(
                    switch (d) {
                        case SIGN -> me + " signs: this text is a step we can stand behind.";
                        case ABSTAIN -> me + " does not sign: the text does not yet meet our concerns.";
                        case PUSH_BINDING ->
                            me + " declines a non-binding text and calls for negotiations on binding law.";
                    });
            return s.toString();
        }
        String clause = quote(mind.clause(top).title());
        String now = quote(mind.optionLabel(top, mind.current(top)));
        String wanted = quote(mind.optionLabel(top, mind.ideal(top)));
        boolean won = mind.ideal(top).equals(mind.current(top));
        switch (d) {
            case SIGN ->
                s.append(
                        won
                                ? (variant == 0
                                        ? me + " signs. With " + clause + " reading " + now
                                                + ", this is a text we can defend at home."
                                        : me + " signs. " + clause + " now says " + now
                                                + ", which is what we came here for.")
                                : (variant == 0
                                        ? me + " signs, though we wanted " + clause + " to read " + wanted
                                                + ". A first step that many states take together is worth more than a perfect text nobody signs."
                                        : me + " signs. We hoped for " + wanted + " on " + clause
                                                + ", and we will keep working for it; today we sign this first step."));
            case ABSTAIN ->
                s.append(
                        won
                                ? me + " does not sign. We welcome " + now + " on " + clause
                                        + ", but the text as a whole asks more of us than we can give."
                                : (variant == 0
                                        ? me + " cannot sign this text. Without " + wanted + " on " + clause
                                                + ", it asks us to stand behind words we do not believe in. We will keep talking."
                                        : me + " does not sign. " + clause + " reads " + now + "; we needed " + wanted
                                                + "."));
            case PUSH_BINDING ->
                s.append(me + " will not sign a text that binds no one. "
                        + (won
                                ? clause + " reads " + now + ": words like these need a treaty behind them."
                                : clause + " reads " + now + ", not the " + wanted + " we came for.")
                        + " We call for negotiations on binding law.");
        }
        List<String> with = partnersPledged(mind, d);
        if (!with.isEmpty()) {
            // Said before the reveal: what the partners pledged, not what they will turn out to decide.
            s.append(' ')
                    .append(names(mind, with))
                    .append(with.size() == 1 ? " has" : " have")
                    .append(" pledged to ")
                    .append(d.inWords())
                    .append(" too.");
        }
        return s.toString();
    }

    private static boolean ownPledge(Mind mind, Decision d) {
        for (org.summitsim.core.view.PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(mind.me()) && p.decision() == d && Negotiator.holds(mind, p.conditions())) {
                return true;
            }
        }
        return false;
    }

    /** Its partners whose latest pledge is {@code d}, in seat order. */
    private static List<String> partnersPledged(Mind mind, Decision d) {
        List<String> out = new java.util.ArrayList<>();
        for (String partner : mind.prefs().partners()) {
            Decision latest = null;
            for (org.summitsim.core.view.PlayerView.PledgeView p : mind.view().pledges()) {
                if (p.seat().equals(partner) && Negotiator.holds(mind, p.conditions())) {
                    latest = p.decision();
                }
            }
            if (latest == d && mind.view().delegations().stream().anyMatch(c -> c.id().equals(partner))) {
                out.add(partner);
            }
        }
        return out;
    }

    /** To a partner before the decision: what it pledged, and what this delegation will do. */
    static String reminder(Mind mind, Decision pledged, Decision mine) {
        String theirs = switch (pledged) {
            case SIGN -> "to sign";
            case ABSTAIN -> "not to sign";
            case PUSH_BINDING -> "to push for binding law";
        };
        String ours = switch (mine) {
            case SIGN -> "we mean to sign";
            case ABSTAIN -> "we do not mean to sign";
            case PUSH_BINDING -> "we mean to push for binding law";
        };
        return "Before you decide: you pledged " + theirs + ", and " + ours + ". Partners who keep their word"
                + " carry weight; we are counting on yours.";
    }

    static String firm(Mind mind, String clause, String option) {
        return mind.name(mind.me()) + " will not accept less than " + wording(mind, clause, option) + ".";
    }

    /**
     * A hardliner's opening: its first demand, in one of a few phrasings, and what it decides by
     * at the end (a text that gives it too little, not that one clause), so that the opening and
     * its final decision tell the same story.
     */
    static String firmOpening(Mind mind, String clause, String option) {
        String me = mind.name(mind.me());
        String wording = wording(mind, clause, option);
        return variant(
                        mind,
                        1,
                        firm(mind, clause, option),
                        "Let us be plain: " + me + " needs " + wording + ", and will not settle for less.",
                        me + " wants " + wording + " first of all. On that we will not bend.")
                + " We will not sign a text that gives us too little of what we came for.";
    }

    /**
     * A mediator's opening: the search for a text the room can sign, in one of several phrasings,
     * and the point that matters most to this delegation, so a room of mediators does not hear
     * one sentence again and again.
     */
    static String bridge(Mind mind) {
        String me = mind.name(mind.me());
        if (mind.aim() == Decision.PUSH_BINDING) {
            // A bridge-builder that wants a treaty says both: it will not hide its aim to sound neutral.
            return variant(
                            mind,
                            1,
                            me + " wants binding law in the end, but we are here to help the room agree a first step"
                                    + " that many can sign.",
                            "We came for a treaty, and we will say so. Today " + me
                                    + " will also work for a declaration that brings more states on board.",
                            me + " will build bridges, with a clear aim: rules that bind. A text many states sign is"
                                    + " the way there.",
                            "Our goal is a treaty, and we know it will take time. " + me
                                    + " will help the room find words that many states can sign now.",
                            "We want new law, and " + me + " will listen to every delegation: a wide declaration today"
                                    + " can open the door to it.")
                    + concern(mind, 5);
        }
        return variant(
                        mind,
                        1,
                        "The chair's aim should be a text every delegation here can sign. " + me
                                + " will support wordings that bring more states on board.",
                        me + " is here to help find a text the whole room can sign, and will back wordings that"
                                + " bring more states on board.",
                        "A declaration counts only if many states sign it. " + me
                                + " will work for wordings that others can join.",
                        me + " comes to build bridges: we will support the wordings most delegations can live with.",
                        "We will judge every proposal by one test: does it bring more states to sign? " + me
                                + " will back those that do.")
                + concern(mind, 5);
    }

    /** The wording that matters most to this delegation, by its label, or nothing if none does. */
    private static String concern(Mind mind, int openers) {
        String top = mind.topClause();
        if (top == null || mind.spread(top) == 0) {
            return "";
        }
        String title = quote(mind.clause(top).title());
        String ideal = quote(mind.optionLabel(top, mind.ideal(top)));
        if (mind.ideal(top).equals(mind.current(top))) {
            return variant(
                    mind,
                    openers,
                    " We are glad the draft already says " + ideal + " on " + title + ".",
                    " On " + title + ", we will defend the draft's " + ideal + ".",
                    " For us, " + title + " must keep " + ideal + ".",
                    " We will hold on to " + ideal + " on " + title + ", as the draft has it.",
                    " We like the draft's " + ideal + " on " + title + ", and want it kept.");
        }
        return variant(
                mind,
                openers,
                " What matters most to us is " + ideal + " on " + title + ".",
                " Our own priority is " + title + ": we would like it to read " + ideal + ".",
                " We hope to see " + ideal + " on " + title + ".",
                " We will work for " + ideal + " on " + title + ".",
                " Above all, we want " + title + " to say " + ideal + ".");
    }

    /** A coalition builder's opening: what it aims at, and whom it asks to join (in words that fit any scenario's subject). */
    static String rally(Mind mind, Decision aim, List<String> allies) {
        String who = allies.isEmpty() ? "every delegation" : names(mind, allies);
        String me = mind.name(mind.me());
        return aim == Decision.PUSH_BINDING
                ? variant(
                        mind,
                        1,
                        me + " came for rules that bind. A declaration alone holds no one to anything. We will"
                                + " push for a treaty, and we ask " + who + " to push with us:"
                                + " together we can start negotiations; alone, nobody can.",
                        me + " believes only binding law will make the words of this summit hold. We will"
                                + " push for treaty negotiations, and we ask " + who + " to push with us: a push by"
                                + " many starts a treaty.",
                        "Words that bind no one will not protect anyone. " + me + " will push for a treaty, and"
                                + " we ask " + who + " to join us, because together we can reach the number that"
                                + " starts negotiations.")
                : variant(
                                mind,
                                1,
                                me + " wants a declaration that many states sign, and soon. We ask " + who
                                        + " to sign it with us, so that it carries weight.",
                                me + " is ready to sign a good declaration, and hopes many will sign with us. We ask "
                                        + who + " to join us, so that it carries weight.",
                                "A declaration signed by many is worth more than a perfect one signed by few. " + me
                                        + " asks " + who + " to sign it with us.")
                        + concern(mind, 3);
    }

    /**
     * One of {@code phrasings}, chosen by the seat's place at the table divided by {@code every},
     * so neighbours never open alike, and a second choice in the same statement made with {@code
     * every} equal to the first one's count gives every seat of a large table its own pair. Fixed
     * for a seat, so a match replays word for word, and no draw from the bot's random source, so
     * its moves are what they were.
     */
    static String variant(Mind mind, int every, String... phrasings) {
        List<org.summitsim.core.view.PlayerView.Card> seats = mind.view().delegations();
        int place = 0;
        while (place < seats.size() && !seats.get(place).id().equals(mind.me())) {
            place++;
        }
        long at = place < seats.size() ? place / every : Strategies.mix(every, mind.me());
        return phrasings[(int) Math.floorMod(at, (long) phrasings.length)];
    }

    static String coalitionPledge(Mind mind, Decision aim) {
        return aim == Decision.PUSH_BINDING
                ? mind.name(mind.me()) + " will push for negotiations on binding law, with every state that joins us."
                : mind.name(mind.me()) + " will sign the declaration.";
    }

    /**
     * The note with a coalition's offer. A promise to sign on terms says so: a play-test's student
     * read "We sign if you sign" and promised to sign outright, while the bot's side held four
     * conditions, one of which failed.
     */
    static String coalitionOffer(Mind mind, Decision aim, List<TextCondition> terms) {
        if (aim == Decision.PUSH_BINDING) {
            return "A push by one state is a protest; a push by many starts a treaty. We push if you push. Agreed?";
        }
        String offer = "Let us sign together: a declaration that our friends sign counts for more. We sign if you sign";
        if (terms.isEmpty()) {
            return offer + ".";
        }
        if (terms.size() <= 2) {
            return offer + ", as long as "
                    + terms.stream()
                            .map(c -> quote(mind.clause(c.clause()).title()) + " " + reads(mind, c))
                            .collect(java.util.stream.Collectors.joining(" and "))
                    + ".";
        }
        return offer + ", as long as the text holds what we can sign on " + terms.size()
                + " clauses (the deal names them).";
    }

    /** Names joined as a person would: "A", "A and B", "A, B and C". */
    static String names(Mind mind, List<String> seats) {
        List<String> names = seats.stream().map(mind::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A wording and its clause as statements name them: {@code "Meaningful human control" on "Human control"}. */
    static String wording(Mind mind, String clause, String option) {
        return quote(mind.optionLabel(clause, option)) + " on "
                + quote(mind.clause(clause).title());
    }

    /**
     * A pledge to sign on (at most) one clause, in words: "Germany will sign if "Human control" reads: "Meaningful human
     * control" or "Responsible chain of command"."; without a condition, "will sign this declaration".
     */
    static String signIf(Mind mind, List<TextCondition> conditions) {
        String who = mind.name(mind.me());
        if (conditions.isEmpty()) {
            return who + " will sign this declaration.";
        }
        TextCondition c = conditions.get(0);
        return who + " will sign if " + quote(mind.clause(c.clause()).title()) + " reads: "
                + either(mind, c.clause(), c.options()) + ".";
    }

    /** Wordings of a clause by their labels, quoted: {@code "A" or "B"}. */
    static String either(Mind mind, String clause, List<String> options) {
        return String.join(
                " or ",
                options.stream().map(o -> quote(mind.optionLabel(clause, o))).toList());
    }

    /**
     * What a condition asks of its clause, after the clause's title: {@code reads "A" or "B"}, or,
     * when it allows every wording but one, {@code does not read "C"}.
     */
    static String reads(Mind mind, TextCondition c) {
        List<String> all =
                mind.clause(c.clause()).options().stream().map(o -> o.id()).toList();
        if (c.options().size() > 1 && c.options().size() == all.size() - 1) {
            String excluded = all.stream()
                    .filter(o -> !c.options().contains(o))
                    .findFirst()
                    .orElseThrow();
            return "does not read " + quote(mind.optionLabel(c.clause(), excluded));
        }
        return "reads " + either(mind, c.clause(), c.options());
    }

    /** Titles and labels are quoted as written, so proper nouns and acronyms survive. */
    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
