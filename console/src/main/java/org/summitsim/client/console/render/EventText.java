package org.summitsim.client.console.render;

import java.util.Map;
import java.util.stream.Collectors;
import org.summitsim.client.console.state.NewsCredit;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.talk.Quoted;
import org.summitsim.core.view.PlayerView;

/** One line for each event, as it scrolls past above the prompt. */
public final class EventText {

    private final Names names;
    private final String me;
    private final Style style;

    public EventText(Names names, String me, Style style) {
        this.names = names;
        this.me = me;
        this.style = style;
    }

    /** Events nobody needs to see scroll by, even in a script's log: views summarise them. */
    public boolean noise(Event e) {
        return e instanceof Event.SeatReady
                || e instanceof Event.MatchOpened
                || othersSealedDecision(e)
                || othersMute(e)
                || e instanceof Event.SeatNotReady n && !n.seat().equals(me);
    }

    /** Another seat's mute reaches only the facilitator, whose `mute` command has said it already. */
    private boolean othersMute(Event e) {
        return (e instanceof Event.SeatMuted m && !m.seat().equals(me))
                || (e instanceof Event.SeatUnmuted u && !u.seat().equals(me));
    }

    /**
     * Another seat's sealed decision: the room sends it to the facilitator (docs/RULES.md, "Who
     * sees what"), but the screen only says that the delegation decided, from the public event.
     */
    private boolean othersSealedDecision(Event e) {
        return e instanceof Event.DecisionSealed d && !d.seat().equals(me);
    }

    /** Whether {@code amendment} is the player's own (as the latest view has it). */
    private boolean mine(String amendment) {
        return me != null
                && names.view() != null
                && names.view().amendments().stream()
                        .anyMatch(a -> a.id().equals(amendment) && a.proposer().equals(me));
    }

    /**
     * Events a player at the keyboard need not see scroll by (others' votes, readiness,
     * co-sponsorship): `amendments` and `delegations` summarise them. Scripts print them.
     */
    public boolean minor(Event e) {
        // Votes on the player's own amendment are news: whom to lobby while its vote is open.
        if (e instanceof Event.VoteCast v) {
            return !v.seat().equals(me) && !mine(v.amendment());
        }
        if (e instanceof Event.AmendmentCosponsored c) {
            return !c.seat().equals(me) && !mine(c.amendment());
        }
        if (e instanceof Event.DelegationDecided) {
            // A player finds who decided in `delegations`; the chair and spectators are told as it happens.
            return me != null;
        }
        if (me == null
                && (e instanceof Event.DealOffered
                        || e instanceof Event.DealAccepted
                        || e instanceof Event.DealDeclined)) {
            // The facilitator of a full room would read a deal a second between bots: `deals` lists them.
            return true;
        }
        return e instanceof Event.SeatReady
                || e instanceof Event.MatchOpened
                || e instanceof Event.CaucusLeft l && !l.seat().equals(me);
    }

    /** The members but {@code founder}, by name, the player as "you": "you, Germany and Kenya". */
    private String others(java.util.List<String> members, String founder) {
        java.util.List<String> named = members.stream()
                .filter(m -> !m.equals(founder))
                .map(m -> m.equals(me) ? "you" : names.inSentence(m))
                .toList();
        return named.size() <= 1
                ? String.join("", named)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /** Who speaks, as a label before their words ("[floor] United States: ..."): by name, or "You". */
    private String who(String seat) {
        return seat != null && seat.equals(me) ? "You" : names.seat(seat);
    }

    /** Who begins a sentence: "You", "The United States", "China". */
    private String subject(String seat) {
        return seat != null && seat.equals(me) ? "You" : names.subject(seat);
    }

    /** "== Now: round 1 (12:00). " and what to do in it. */
    public String phaseStarted(Event.PhaseStarted p, String hint) {
        return style.bold("== Now: " + p.stage().inWords() + (p.seconds() > 0 ? " (" + duration(p.seconds()) + ")" : "")
                + ". " + hint);
    }

    public String line(Event e) {
        if (e instanceof Event.MatchOpened m) {
            return style.dim("Match opened: " + m.scenario() + ".");
        }
        if (e instanceof Event.PhaseStarted p) {
            return phaseStarted(
                    p,
                    me == null
                            ? PhaseHints.watching(p.stage().phase())
                            : PhaseHints.of(p.stage().phase()));
        }
        if (e instanceof Event.Paused) {
            return style.warn("The facilitator paused the summit.");
        }
        if (e instanceof Event.Resumed) {
            return style.warn("The summit resumes.");
        }
        if (e instanceof Event.PhaseExtended x) {
            return style.warn("The facilitator " + (x.seconds() > 0 ? "added " : "took away ")
                    + duration(Math.abs(x.seconds())) + (x.seconds() > 0 ? " to" : " from") + " this phase.");
        }
        if (e instanceof Event.NewsReleased n) {
            String src = NewsCredit.of(n) == null ? "" : " — " + NewsCredit.of(n);
            return style.warn("NEWS: " + n.title() + src + ": ") + n.text();
        }
        if (e instanceof Event.Announced a) {
            return style.warn("CHAIR: ") + a.text();
        }
        if (e instanceof Event.FloorStatement f) {
            return style.talk("[floor] " + who(f.seat()) + ": ") + f.text();
        }
        if (e instanceof Event.StatementHidden h
                && Boolean.TRUE.equals(h.decision())
                && h.seat().equals(me)) {
            return style.warn("The facilitator took the statement with your decision off the screens: your"
                    + " decision stands and will be revealed without it.");
        }
        if (e instanceof Event.StatementHidden h) {
            return style.warn("The facilitator took "
                    + (h.seat().equals(me) ? "one of your statements" : "a statement by " + names.inSentence(h.seat()))
                    + " off the screens.");
        }
        if (e instanceof Event.SeatMuted m) {
            return style.warn(
                    m.seat().equals(me)
                            ? "The facilitator has muted your delegation: you cannot send messages until you are unmuted."
                                    + " You can still propose, vote, make deals and decide."
                            : names.subject(m.seat()) + " is muted: it cannot send messages until you unmute it.");
        }
        if (e instanceof Event.SeatUnmuted m) {
            return style.warn(
                    m.seat().equals(me)
                            ? "The facilitator has unmuted your delegation: you can send messages again."
                            : names.subject(m.seat()) + " is unmuted.");
        }
        if (e instanceof Event.DirectMessage d) {
            return style.secret(
                            "[dm] " + who(d.from()) + " → " + (d.to().equals(me) ? "you" : names.seat(d.to())) + ": ")
                    + d.text();
        }
        // A caucus by its name: that is what the player reads, and typing it works as well as the id.
        if (e instanceof Event.CaucusCreated c) {
            return style.secret("[caucus " + c.name() + "] " + subject(c.founder()) + " created it with "
                    + others(c.members(), c.founder()) + ".");
        }
        if (e instanceof Event.CaucusJoined c) {
            return style.secret("[caucus " + names.caucusName(c.caucus()) + "] " + subject(c.invitedBy()) + " invited "
                    + (c.seat().equals(me) ? "you" : names.inSentence(c.seat())) + ".");
        }
        if (e instanceof Event.CaucusLeft c) {
            return style.secret("[caucus " + names.caucusName(c.caucus()) + "] " + subject(c.seat()) + " left.");
        }
        if (e instanceof Event.CaucusMessage c) {
            return style.secret("[caucus " + names.caucusName(c.caucus()) + "] " + who(c.from()) + ": ") + c.text();
        }
        if (e instanceof Event.AmendmentProposed a) {
            return style.bold("Amendment " + a.amendment()) + " by "
                    + (a.seat().equals(me) ? "you" : names.inSentence(a.seat())) + ": "
                    + names.change(a.clause(), a.option())
                    + (a.rationale() == null || a.rationale().isBlank() ? "" : " — \"" + a.rationale() + "\"")
                    // Its sponsor already supports it: the hint is for everyone else.
                    + (a.seat().equals(me)
                            ? style.dim("  (you count as supporting it; win the votes you need)")
                            : me == null ? "" : style.dim("  (vote " + a.amendment() + " support|oppose|abstain)"));
        }
        if (e instanceof Event.AmendmentCosponsored a) {
            return subject(a.seat()) + " co-sponsored "
                    + (mine(a.amendment()) && !a.seat().equals(me) ? "your amendment " : "") + a.amendment() + ".";
        }
        if (e instanceof Event.AmendmentWithdrawn a) {
            return subject(a.seat()) + " withdrew " + a.amendment() + ".";
        }
        if (e instanceof Event.VoteCast v) {
            return subject(v.seat()) + " " + v.ballot().past() + " "
                    + (mine(v.amendment()) && !v.seat().equals(me) ? "your amendment " : "") + v.amendment() + ".";
        }
        if (e instanceof Event.AmendmentResolved r) {
            String verdict = r.adopted() ? style.good("ADOPTED") : style.error("REJECTED");
            return style.bold("Amendment " + r.amendment()) + " " + verdict + " ("
                    + new VoteCount(r.supports(), r.objections(), r.abstentions()) + "): "
                    + names.change(r.clause(), r.option());
        }
        if (e instanceof Event.PledgeMade p) {
            String terms = subject(p.seat()) + " pledged to " + decision(p.decision()) + conditions(p.conditions())
                    + (Boolean.TRUE.equals(p.ifCoalition()) ? " if enough states push to reach the threshold" : "");
            // Read once: words that only repeat the terms ("Germany will sign if ... reads ...") are left out.
            return terms
                    + (PledgeWords.addsTo(
                                    names.subject(p.seat()) + " will " + terms
                                            + (Boolean.TRUE.equals(p.ifCoalition()) ? " with them" : ""),
                                    p.text())
                            ? ": " + Quoted.of(p.text())
                            : ".");
        }
        if (e instanceof Event.DealOffered d) {
            var again = names.sameTermsBefore(d.deal(), d.from(), d.to(), d.give(), d.want());
            if (again.isPresent() && d.to().equals(me)) {
                // A bot that asks again each phase: the terms were read once already.
                PlayerView.DealView before = again.get();
                return style.secret(names.subject(d.from()) + " offers you deal " + d.deal() + ": the same terms as "
                                + before.id() + (before.status().equals("declined") ? ", which you declined." : "."))
                        + style.dim("  (accept " + d.deal() + " / decline " + d.deal() + "; `deals` shows the terms)");
            }
            // Two sides joined by "in return", never a second "if": a promise may carry its own condition.
            String terms = d.to().equals(me)
                    ? names.subject(d.from()) + " offers you deal " + d.deal() + ": they promise to "
                            + promise(d.give())
                            + worth(d.give(), false) + "; in return, you promise to " + promise(d.want())
                            + worth(d.want(), true)
                    : d.from().equals(me)
                            ? "You offered " + names.inSentence(d.to()) + " deal " + d.deal() + ": you promise to "
                                    + promise(d.give()) + "; in return, they promise to " + promise(d.want())
                            : names.subject(d.from()) + " offered " + names.inSentence(d.to()) + " deal " + d.deal()
                                    + ": "
                                    + names.inSentence(d.from()) + " promises to " + promise(d.give()) + "; in return, "
                                    + names.inSentence(d.to()) + " promises to " + promise(d.want());
            return style.secret(terms + ".")
                    + (d.text() == null || d.text().isBlank() ? "" : " " + Quoted.of(d.text()))
                    + (d.to().equals(me) ? style.dim("  (accept " + d.deal() + " / decline " + d.deal() + ")") : "");
        }
        if (e instanceof Event.DealAccepted d) {
            return style.secret("Deal " + d.deal()
                    + (me != null && d.to().equals(me)
                            ? " accepted: you are bound by it."
                            : " accepted by " + names.inSentence(d.to()) + "."));
        }
        if (e instanceof Event.DealDeclined d) {
            return style.secret("Deal " + d.deal()
                    + (me != null && d.to().equals(me)
                            ? " declined."
                            : " declined by " + names.inSentence(d.to()) + "."));
        }
        if (e instanceof Event.SeatReady r) {
            return subject(r.seat()) + " is ready to move on.";
        }
        if (e instanceof Event.SeatNotReady) {
            return style.warn("You have taken this seat over: say when you are done with this phase (`ready`).");
        }
        if (othersSealedDecision(e)) {
            return names.subject(((Event.DecisionSealed) e).seat()) + " has decided.";
        }
        if (e instanceof Event.DecisionSealed d) {
            return style.good("Your decision is sealed: " + decision(d.decision()) + ".")
                    + " It stays secret until everyone has decided or time runs out.";
        }
        if (e instanceof Event.DelegationDecided d) {
            return subject(d.seat()) + " has decided.";
        }
        if (e instanceof Event.DecisionsRevealed r) {
            return style.bold("Decisions revealed at this table: ")
                    + tally(r.decisions())
                    + style.dim("  (type `results`)");
        }
        if (e instanceof Event.MatchEnded m) {
            return style.bold("== The summit is over. ") + signed(m.outcome()).strip()
                    + " Type `results` for the outcome" + (me == null ? "." : " and your score.");
        }
        return e.getClass().getSimpleName();
    }

    /** The total, split into this table's delegations and the states the scenario plays in the background. */
    static String signed(Outcome o) {
        return o.signatoryCount() + (o.signatoryCount() == 1 ? " state" : " states") + " signed. " + signedSplit(o);
    }

    /** Where the signatures come from: this table, and the background states (empty when there are none). */
    static String signedSplit(Outcome o) {
        long here = o.decisions().values().stream()
                .filter(d -> d.decision() == Decision.SIGN)
                .count();
        long background = o.signatoryCount() - here;
        return background <= 0
                ? ""
                : "(" + here + " at this table and " + background + " states the scenario"
                        + " plays in the background, which are not at the table.)";
    }

    /** "(8 at this table and 7 in the background)" for the binding-law count; "" when all are at the table. */
    static String pushedSplit(Outcome o) {
        long here = o.decisions().values().stream()
                .filter(d -> d.decision() == Decision.PUSH_BINDING)
                .count();
        long background = o.bindingCount() - here;
        return background <= 0 ? "" : " (" + here + " at this table and " + background + " in the background)";
    }

    static String duration(int seconds) {
        return seconds >= 60 && seconds % 60 == 0
                ? seconds / 60 + " min"
                : seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    /** A decision as a sentence says it: "sign", "abstain", "push for binding law". */
    public static String decision(Decision d) {
        // The reports' words, so the console and the debrief name decisions alike.
        return org.summitsim.client.report.debrief.Labels.decisionVerb(java.util.Objects.requireNonNull(d));
    }

    private static String tally(Map<String, FinalDecision> decisions) {
        Map<Decision, Long> counts = decisions.values().stream()
                .collect(Collectors.groupingBy(FinalDecision::decision, Collectors.counting()));
        return counts.getOrDefault(Decision.SIGN, 0L) + " sign, " + counts.getOrDefault(Decision.ABSTAIN, 0L)
                + " abstain, " + counts.getOrDefault(Decision.PUSH_BINDING, 0L) + " push for binding law.";
    }

    /**
     * " if Human control reads “Meaningful human control” and Instrument does not read “Treaty”":
     * a condition that allows every wording of a clause but one says which one it rules out, so
     * a bot's offer does not list every other wording.
     */
    String conditions(java.util.List<TextCondition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return "";
        }
        return " if " + conditions.stream().map(this::condition).collect(Collectors.joining(" and "));
    }

    /** A clause's title inside a sentence, quoted as its wordings are: "if “Human control” reads “…”". */
    private String quotedTitle(String clause) {
        return "\u201c" + names.clauseTitle(clause) + "\u201d";
    }

    private String condition(TextCondition c) {
        java.util.List<String> all = names.clause(c.clause())
                .map(cl -> cl.options().stream().map(o -> o.id()).toList())
                .orElse(java.util.List.of());
        java.util.List<String> ruledOut =
                all.stream().filter(o -> !c.options().contains(o)).toList();
        if (all.size() > 2 && ruledOut.size() == 1 && c.options().size() == all.size() - 1) {
            return quotedTitle(c.clause()) + " does not read \u201c" + names.label(c.clause(), ruledOut.get(0))
                    + "\u201d";
        }
        return quotedTitle(c.clause()) + " reads \u201c"
                + c.options().stream()
                        .map(o -> names.label(c.clause(), o))
                        .collect(Collectors.joining("\u201d or \u201c"))
                + "\u201d";
    }

    /** " (−6 to you, your red line)": a side of a deal offered to the player, by their own brief's values. */
    private String worth(Promise p, boolean mine) {
        return Worth.note(names.view(), p, mine).map(w -> " (" + w + ")").orElse("");
    }

    public String promise(Promise p) {
        if (p instanceof Promise.Vote v) {
            return v.ballot().verb() + " amendment " + v.amendment();
        }
        if (p instanceof Promise.Support s) {
            return "support " + quotedTitle(s.clause()) + " reading \u201c" + names.label(s.clause(), s.option())
                    + "\u201d";
        }
        Promise.Decide d = (Promise.Decide) p;
        return decision(d.decision()) + conditions(d.conditions());
    }
}
