package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.ClauseView;

/**
 * What a bot says when a player talks to it: its stance on a clause with its reason, its view of
 * the whole text, what it wants, its answer to a pledge question, a threat or an appeal, and a
 * short help when it did not follow ({@link AmendmentAnswers} answers about amendments). Built from the bot's own preferences and the text, with
 * titles and labels (never ids), in plain diplomatic language. Each answer has a few phrasings;
 * {@code turn} (from the seed and the message) picks one, so a match replays word for word.
 *
 * <p>Answers never open or close by calling on a delegation or on everyone, so no other bot in a
 * caucus takes one as addressed to it; and apart from the help, they are statements (see
 * {@link Conversation}).
 */
final class Answers {

    private final Mind mind;
    private final long turn;
    /** Whether the scenario lets signing hedge against a treaty track (docs/RULES.md). */
    private final boolean signingHedges;

    Answers(Mind mind, long turn) {
        this(mind, turn, false);
    }

    Answers(Mind mind, long turn, boolean signingHedges) {
        this.mind = mind;
        this.turn = turn;
        this.signingHedges = signingHedges;
    }

    /**
     * Where signing hedges against a treaty track and this seat is against one: what the
     * coalition's forming changes for its decision, as a sentence to add (with a leading space),
     * or "" when it changes nothing. A student asking China why it will not sign learns that a
     * treaty coalition would change its mind, which is what the rule is for.
     */
    String hedge(Decision intended) {
        int b = mind.prefs().binding();
        if (!signingHedges || b >= 0 || intended == Decision.PUSH_BINDING) {
            return "";
        }
        double margin = mind.projected(Decision.SIGN) - mind.projected(Decision.ABSTAIN);
        boolean reached = mind.coalitionReached();
        if (!reached && intended == Decision.ABSTAIN && margin - b / 2.0 > 0) {
            int needed = mind.view().bindingThreshold();
            return " But if enough states push for binding law (" + needed + " are needed), we would sign after all:"
                    + " signing halves what a treaty track would cost us.";
        }
        if (reached && intended == Decision.SIGN && margin + b / 2.0 <= 0) {
            return " With enough states pledged to push for binding law, signing is also our hedge: it halves what"
                    + " a treaty track would cost us.";
        }
        return "";
    }

    /** One of the phrasings, the same one for the same seed and message. */
    private String pick(String... phrasings) {
        long h = turn * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return phrasings[(int) Math.floorMod(h, (long) phrasings.length)];
    }

    private String title(String clause) {
        return title(mind, clause);
    }

    private String label(String clause, String option) {
        return label(mind, clause, option);
    }

    /** A clause's title in quotes, as every answer names it. */
    static String title(Mind mind, String clause) {
        return Phrases.quote(mind.clause(clause).title());
    }

    /** A wording's label in quotes. */
    static String label(Mind mind, String clause, String option) {
        return Phrases.quote(mind.optionLabel(clause, option));
    }

    /** The stance on each clause asked about (three at most, so the answer stays readable). */
    /**
     * "Would you accept “Consider whether new law is needed”?": what this seat thinks of that one
     * wording (a red line, for it, against it, or no matter), before its stance on the clause.
     */
    String wordingView(String clause, String option) {
        String wording = Phrases.wording(mind, clause, option);
        if (option.equals(mind.current(clause))) {
            return "The text already says " + wording + ".";
        }
        if (mind.prefs().isRedLine(clause, option)) {
            return wording + " is a red line for us: we could not sign a text that says it.";
        }
        double gain = mind.gain(clause, option);
        // No "Yes:" or "No:": asked "would you vote against it?", a yes means the opposite of
        // one to "would you accept it?", so the answer says the vote itself.
        return gain > 0.5
                ? "We would vote for " + wording + ": it would suit us better than the text now."
                : gain < -0.5
                        ? "We would vote against " + wording + ": it would suit us less than the text now."
                        : wording + " makes little difference to us; we would not fight it.";
    }

    String positions(List<String> clauses) {
        StringBuilder s = new StringBuilder();
        for (String c : clauses.subList(0, Math.min(3, clauses.size()))) {
            s.append(stance(c)).append(' ');
        }
        if (clauses.size() > 3) {
            s.append("On the other points, ask us about each in turn.");
        }
        return s.toString().trim();
    }

    String stance(String clause) {
        String current = mind.current(clause);
        String ideal = mind.ideal(clause);
        if (mind.spread(clause) == 0) {
            return pick(
                    "On " + title(clause) + ", we have no strong view: we can live with any wording.",
                    title(clause) + " is not a priority for us; any of its wordings will do.");
        }
        String where = ideal.equals(current)
                ? pick(
                        "On " + title(clause) + ", the text already says what we want: " + label(clause, current) + ".",
                        "We are content with " + title(clause) + " as it reads now: " + label(clause, current) + ".",
                        "On " + title(clause) + ", we support the current wording, " + label(clause, current) + ".")
                : pick(
                        "On " + title(clause) + ", we want " + label(clause, ideal) + " rather than "
                                + label(clause, current) + ".",
                        "We would like " + title(clause) + " to read " + label(clause, ideal) + ", not "
                                + label(clause, current) + ".",
                        "Our aim on " + title(clause) + " is " + label(clause, ideal) + "; the text now says "
                                + label(clause, current) + ".");
        return where + " " + weight(clause) + tabled(clause);
    }

    /**
     * Its own open amendment on {@code clause} when that is not the wording it wants most, with
     * why it tabled it, so "we want X" does not read as a contradiction of its amendment for Y.
     */
    private String tabled(String clause) {
        String ideal = mind.ideal(clause);
        for (AmendmentView a : mind.open()) {
            if (a.clause().equals(clause)
                    && a.proposer().equals(mind.me())
                    && !a.option().equals(ideal)) {
                return " We tabled " + label(clause, a.option()) + " (amendment " + a.id() + ") "
                        + (mind.gain(clause, a.option()) > 0
                                ? "because it is better for us than the text now, a step towards what we want."
                                : "as a wording more delegations can accept.");
            }
        }
        return "";
    }

    /** Why: how much the clause weighs for this seat, and its red lines there. */
    String weight(String clause) {
        for (ClauseOption o : mind.clause(clause).options()) {
            if (mind.prefs().isRedLine(clause, o.id())) {
                return o.id().equals(mind.current(clause))
                        ? label(clause, o.id()) + " is a red line for us: we cannot sign a text that says it."
                        : label(clause, o.id()) + " would be a red line for us: we could never sign up to it.";
            }
        }
        int spread = mind.spread(clause);
        String current = mind.current(clause);
        String ideal = mind.ideal(clause);
        if (spread >= 8 && !ideal.equals(current) && Math.abs(mind.gain(clause, ideal)) <= 1) {
            // The clause weighs heavily, but not between these two wordings: say where the weight is.
            return "Between " + label(clause, ideal) + " and " + label(clause, current)
                    + " the difference is small for us; what weighs heavily at home is keeping out "
                    + label(clause, worst(clause)) + ".";
        }
        if (spread >= 8) {
            return pick(
                    "It is one of the issues that matter most to our government.",
                    "For us this is a question of principle, and it weighs heavily at home.");
        }
        if (spread >= 4) {
            return pick("It matters to us.", "Our government cares about this one.");
        }
        return pick(
                "It matters less to us than other issues, so we can be flexible.",
                "We hold this view, but not at any price.");
    }

    /** The wording this seat values least on {@code clause} (the first of equals). */
    private String worst(String clause) {
        String worst = null;
        double low = 0;
        for (ClauseOption o : mind.clause(clause).options()) {
            double v = mind.gain(clause, o.id());
            if (worst == null || v < low) {
                worst = o.id();
                low = v;
            }
        }
        return worst;
    }

    /** The changes this seat wants, best first: clauses whose ideal differs from the text. */
    List<String> wanted() {
        List<String> out = new ArrayList<>();
        for (ClauseView c : mind.view().text()) {
            if (!mind.ideal(c.id()).equals(c.current()) && mind.gain(c.id(), mind.ideal(c.id())) > 0.5) {
                out.add(c.id());
            }
        }
        out.sort(Comparator.comparingDouble((String c) -> -mind.gain(c, mind.ideal(c))));
        return out;
    }

    /** What it wants most; a delegation that makes no deals does not offer help in return ({@code trades} false). */
    String wants(boolean trades) {
        List<String> wanted = wanted();
        if (wanted.isEmpty()) {
            return pick(
                    "The text already says what we need. We want it to stay as it is, and to be signed widely.",
                    "We are satisfied with the text as it reads. Our wish is to keep it so.");
        }
        List<String> top = wanted.subList(0, Math.min(3, wanted.size()));
        List<String> parts =
                top.stream().map(c -> Phrases.wording(mind, c, mind.ideal(c))).toList();
        // What the text still lacks, most wanted first: a clause it already won is not named again.
        String opening = parts.size() > 1
                ? pick("What we still want most: ", "Our priorities, in order: ", "Above all we still want ")
                : pick("What we still want most: ", "Above all we still want ");
        return opening + join(parts) + ". "
                + (trades
                        ? pick(
                                "Support us there, and we can support you on a point that matters to you.",
                                "Whoever helps us there will find us helpful in return.")
                        : "Our instructions decide our votes: we make no deals, but we will vote for what we need.");
    }

    /** The whole text: how much of what it wants it holds, what is missing, and what it would decide today. */
    String text(Decision intended) {
        String amount = amount();
        StringBuilder s = new StringBuilder(pick(
                "As it stands, the text gives us " + amount + " what we came for.",
                "The text as it reads today holds " + amount + " what our government asked us to get."));
        List<String> wanted = wanted();
        if (!wanted.isEmpty()) {
            String c = wanted.get(0);
            s.append(" We still need ")
                    .append(label(c, mind.ideal(c)))
                    .append(" on ")
                    .append(title(c))
                    .append('.');
        }
        s.append(' ').append(today(intended));
        return s.toString();
    }

    private static String today(Decision d) {
        return switch (d) {
            case SIGN -> "Today we would sign it.";
            // "Not sign" left a play-test's student asking whether that meant abstain or push.
            case ABSTAIN -> "Today we would abstain: not sign it, and not push for binding law.";
            case PUSH_BINDING -> "Today we would set it aside and push for binding law.";
        };
    }

    /** A yes to a pledge question, with what binds it. */
    String pledgeYes(Decision asked, boolean pledged, String condition) {
        return switch (asked) {
            case SIGN ->
                (pledged
                                ? "Yes. We have pledged to sign"
                                        + (condition == null ? "." : " as long as " + condition + ".")
                                : "Yes: as the text stands, we will sign it.")
                        + hedge(Decision.SIGN);
            case PUSH_BINDING ->
                pledged
                        ? "Yes, if enough states push with us: we have pledged it in public, a pledge"
                                + " that binds only if the coalition comes together."
                        : "Yes: as things stand, we would push for binding law.";
            case ABSTAIN -> "As things stand, yes: we would not sign this text.";
        };
    }

    /** "Would you sign if {@code clause} read {@code option}?": what it would decide then. */
    String ifReads(String clause, String option, Decision asked, Decision then, Decision intended) {
        String wording = Phrases.wording(mind, clause, option);
        if (option.equals(mind.current(clause))) {
            return "The text already says " + wording + ". " + today(intended);
        }
        String would = switch (then) {
            case SIGN -> "we would sign it";
            case ABSTAIN -> "we would abstain: not sign it, and not push for binding law";
            case PUSH_BINDING -> "we would set it aside and push for binding law";
        };
        return (asked == then ? "Yes" : "No") + ": with " + wording + ", " + would
                + ". That is a view of the text, not a promise: the rest of the text counts too.";
    }

    /**
     * A yes that a deal binds: it promised this decision and keeps its word. {@code ours}: the deal
     * is with the one who asks; otherwise it says the deal is with another delegation, so that a
     * person who sees only their own deals is not misled.
     */
    String promisedYes(Decision asked, boolean ours) {
        String deal = deal(ours);
        return switch (asked) {
            case SIGN -> "Yes. We promised to sign in " + deal + ", and we keep our word.";
            case PUSH_BINDING ->
                "Yes, with the coalition: we promised in " + deal + " to push for binding law when enough"
                        + " states push, and we keep our word.";
            case ABSTAIN -> "Yes. We promised in " + deal + " not to sign, and we keep our word.";
        };
    }

    /** Why it will decide so, when a deal binds it: the deal, and that it keeps its word. */
    String promisedWhy(Decision promised, boolean ours) {
        String deal = deal(ours);
        return switch (promised) {
            case SIGN -> "We will sign because we promised it in " + deal + ", and we keep our word.";
            case ABSTAIN -> "We will not sign because we promised that in " + deal + ", and we keep our word.";
            case PUSH_BINDING ->
                "We will push for binding law with the coalition because we promised it in " + deal
                        + ", and we keep our word.";
        };
    }

    /** A no because a deal binds it to another decision: which, and that it keeps its word. */
    String promisedNo(Decision promised, boolean ours) {
        String deal = deal(ours);
        return switch (promised) {
            case SIGN -> "No: we promised in " + deal + " to sign, and we keep our word.";
            case ABSTAIN -> "No. We promised in " + deal + " not to sign, and we keep our word.";
            case PUSH_BINDING ->
                "No. We promised in " + deal + " to push for binding law with the coalition, and we keep our word.";
        };
    }

    private static String deal(boolean ours) {
        return ours ? "our deal with you" : "a deal with another delegation";
    }

    /** A no to a pledge question: what it would do instead, and why. */
    /**
     * No to signing or abstaining from a seat that pledged to push with the coalition: the pledge
     * first, then what it does if the coalition falls short. A play-test's student was told "we
     * intend to abstain" by a delegation that had pledged in public to push, and pushed.
     */
    String coalitionNo(Decision asked, Decision otherwise) {
        int needed = mind.view().bindingThreshold();
        return "No: we have pledged to push for binding law if enough states push with us"
                + (needed > 0 ? " (" + needed + " are needed)" : "")
                + ". If they do, we push; if they do not, we will "
                + (otherwise == Decision.SIGN ? "sign after all" : "abstain")
                + (asked == otherwise ? ", as you ask." : ".");
    }

    String pledgeNo(Decision asked, Decision intended) {
        String instead = switch (intended) {
            case SIGN -> "we intend to sign";
            case ABSTAIN -> "we intend to abstain";
            case PUSH_BINDING -> "we intend to push for binding law";
        };
        String why;
        if (asked == Decision.PUSH_BINDING && mind.prefs().binding() <= 0) {
            why = "Binding law is not what our government wants.";
        } else if (asked == Decision.PUSH_BINDING) {
            why = "A push pays only if enough states join it, and we do not see them yet.";
        } else if (asked == Decision.SIGN && !wanted().isEmpty()) {
            String c = wanted().get(0);
            why = "The text does not yet give us " + Phrases.wording(mind, c, mind.ideal(c)) + ".";
        } else {
            why = "That is where our interests lie as the text reads now.";
        }
        return pick("Not as things stand: " + instead + ". ", "No. For now " + instead + ". ") + why + hedge(intended);
    }

    /**
     * The answer to "why would you (not) sign?": the decision it intends and its reason, never a
     * yes or a no, since neither answers a why.
     */
    String why(Decision intended) {
        List<String> wanted = wanted();
        String missing = wanted.isEmpty() ? null : Phrases.wording(mind, wanted.get(0), mind.ideal(wanted.get(0)));
        String redLine = null;
        for (ClauseView c : mind.view().text()) {
            if (redLine == null && mind.prefs().isRedLine(c.id(), c.current())) {
                redLine = Phrases.wording(mind, c.id(), c.current());
            }
        }
        return whyWithoutHedge(intended, missing, redLine) + hedge(intended);
    }

    private String whyWithoutHedge(Decision intended, String missing, String redLine) {
        return switch (intended) {
            case SIGN ->
                "As the text stands, we do intend to sign. "
                        + (missing == null
                                ? "It already says what we need, and a text many states sign carries weight."
                                : "It gives us " + amount() + " what we came for. We would still like " + missing
                                        + ", but that is no reason to walk away.");
            case ABSTAIN ->
                "As the text stands, we do not intend to sign. "
                        + (redLine != null
                                ? "It says " + redLine + ", and that is a red line for us."
                                : missing != null
                                        ? "It does not give us " + missing + ", and without it the text asks more of"
                                                + " us than it gives."
                                        : "Signing would cost us more at home than the text gains us.");
            case PUSH_BINDING ->
                "We intend to push for negotiations on binding law"
                        + (mind.prefs().binding() > 0
                                ? ": a declaration that binds no one is not enough for us. "
                                : ". ")
                        + new PublicPledges(mind).pushers();
        };
    }

    private String amount() {
        double share = mind.textShare();
        return share >= 0.75 ? "most of" : share >= 0.45 ? "part of" : "little of";
    }

    /** Whether it would vote for {@code option} on {@code clause}: its wanted wording, or better than the text. */
    boolean backs(String clause, String option) {
        return !option.equals(mind.current(clause)) && mind.gain(clause, option) > 0
                || option.equals(mind.ideal(clause)) && mind.spread(clause) > 0;
    }

    /**
     * What it thinks of a wording named in a message it did not otherwise follow ("let's get the
     * Global Commission back into the text"): its support and why, or its stance on the clause.
     */
    String onWording(String clause, String option) {
        String wording = Phrases.wording(mind, clause, option);
        if (!backs(clause, option)) {
            return stance(clause);
        }
        if (option.equals(mind.current(clause))) {
            return pick(
                    "We support " + wording + " as the text has it now, and we will vote to keep it.",
                    "We agree: " + wording + " is the wording we want, and the text already says it.");
        }
        String why = option.equals(mind.ideal(clause))
                ? "it is the wording we want."
                : "it is better for us than " + label(clause, mind.current(clause)) + ", the text now.";
        return pick(
                "We agree: we would vote for " + wording + ", as " + why,
                "We would back " + wording + " if it is tabled: " + why);
    }

    String undecided(Decision intended) {
        return "We have not decided yet. "
                + today(intended).replace("Today we would", "As the text reads now, we would");
    }

    String threat() {
        return pick(
                        "Pressure will not move us. What moves us is support for what we need",
                        "We take note. Threats do not change our instructions; support for our priorities does")
                + topWish() + ".";
    }

    String appeal() {
        return pick(
                        "We hear you, and we share the concern. But we are bound by our government's instructions",
                        "Those are weighty words, and we take them seriously. Our instructions, though, are clear")
                + topWish() + ". " + "Help us there and we can go further with you.";
    }

    private String topWish() {
        List<String> wanted = wanted();
        if (wanted.isEmpty()) {
            return ": a text that stays as it reads now";
        }
        String c = wanted.get(0);
        return ": " + Phrases.wording(mind, c, mind.ideal(c));
    }

    /**
     * A short, friendly help with examples in this scenario's own names; after a greeting,
     * a greeting back first. The trade it suggests is for a wording the text does not read yet.
     */
    String help(boolean greeted) {
        // The example names a clause by its title: a wording's label alone ("Not mentioned") may not say what it is
        // about.
        String a = mind.clause(mind.topClause()).title();
        List<String> wanted = wanted();
        String trade = wanted.isEmpty()
                ? ""
                : " Or offer a trade: 'We back " + mind.optionLabel(wanted.get(0), mind.ideal(wanted.get(0)))
                        + " if you back …', with a wording you need.";
        String opening = greeted
                ? pick("Hello, and thank you for getting in touch. ", "Good to hear from you. ")
                : pick("We did not quite follow. ", "Forgive us, we did not catch your meaning. ");
        return opening + "You can ask us, for example: 'Where do you stand on " + a + "?', 'What do you want?' or"
                + " 'Will you sign?'." + trade;
    }

    String noOffer() {
        return pick(
                "There is no offer of ours on the table yet. Name what you would support and what you want from us.",
                "We have made you no offer yet. Tell us what you can support and what you need from us.");
    }

    String agreed(String deal) {
        return pick(
                "Good: deal " + deal + " is agreed, and it binds us both. We will keep our side.",
                "Then we are agreed. Deal " + deal + " holds us both, and we keep our word.");
    }

    String offerWaiting(String deal) {
        return pick(
                "Good. Our offer " + deal + " is waiting for you: accept it, and it binds us both.",
                "Then we agree. Accept deal " + deal + " and the summit will hold us both to it.");
    }

    String offerRefused() {
        return pick("Understood. We remain open to other ideas.", "Very well. Our door stays open.");
    }

    static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
