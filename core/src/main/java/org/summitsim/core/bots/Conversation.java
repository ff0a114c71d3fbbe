package org.summitsim.core.bots;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.talk.Intent;
import org.summitsim.core.talk.Lexicon;
import org.summitsim.core.talk.Recogniser;
import org.summitsim.core.talk.Utterance;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * A bot's side of talk with players: it reads the private messages sent to its seat and the
 * caucus messages addressed to it, works out what each asks or offers ({@link Recogniser}), and
 * answers in the same channel, with a real deal offer, pledge, or yes to its own offer where the
 * words call for one.
 *
 * <p>Bots never talk among themselves for ever. The rule, each part of which a test checks:
 * <ol>
 * <li>a bot never starts a conversation; it answers only messages to it: a private message, or a
 *     caucus message that names its delegation (or everyone), or any in a caucus of two;</li>
 * <li>each message gets at most one answer;</li>
 * <li>it answers what asks or offers something (a position, the text, its wants, a trade, a
 *     pledge) and a yes or no to an offer of its own that is still open; a threat, an appeal, a
 *     yes with no offer open, or a message it did not follow, gets one answer per seat and phase;
 *     a no with no offer open gets none; in a caucus of more than two, a yes with no offer open or
 *     a message it did not follow gets none unless it names the bot, and a wording named in a
 *     message it did not otherwise follow gets an answer only from bots that back it;</li>
 * <li>its answers never open or close by calling on a delegation or on everyone ("Korea, ...",
 *     "Friends, ..."), so no other bot in a caucus takes them as addressed to it;</li>
 * <li>the same words from the same seat, the text, the pledges and the deals standing as they
 *     were, get no second answer until {@value #REPEAT_AFTER_EVENTS} events later (the answer
 *     could only repeat itself): a program that answers every message, as a first network bot
 *     does, is not drawn into an endless exchange, and a person asking again later is answered;</li>
 * <li>whatever happens, it answers one seat at most {@value #ANSWERS_PER_SEAT} times a phase;</li>
 * <li>a message of several questions that ask different things ("Will you sign? What do you need
 *     on human control?") gets an answer to each, in order, in one message (up to
 *     {@value #QUESTIONS} of them); a play-test's student got only the first answered.</li>
 * </ol>
 * The only message bots send each other unasked, the reason given with a declined deal, is a no
 * to an offer already closed: it gets no answer, so matches between bots are what they were.
 */
final class Conversation {

    /** What the bot's strategy would do: accept a deal, and decide in the end. */
    interface Judgement {
        boolean acceptable(Mind mind, DealView deal);

        Decision intended(Mind mind);

        /** Whether the strategy makes deals at all (a hardliner does not). */
        boolean makesDeals();

        /** The ballot it cast or would cast on {@code a}: a promised one first, else its own judgement. */
        Ballot ballot(Mind mind, AmendmentView a);
    }

    static final int ANSWERS_PER_SEAT = 30;

    /**
     * How many events the room must have seen before the same words from the same seat, the text
     * and commitments unchanged, get a second answer: a person who asks again minutes later is
     * answered again, a program that echoes every answer straight back is not.
     */
    static final int REPEAT_AFTER_EVENTS = 10;

    private static final String NO_FOLLOWERS = "No states outside this room follow our lead";

    /** The most questions of one message answered one by one. */
    static final int QUESTIONS = 3;

    /** A message heard: {@code caucus} is null for a private message. */
    private record Heard(long seq, String from, String caucus, String text, int members) {}

    private final String me;
    private final long seed;
    private final Scenario scenario;
    /** The match's scenario, once looked for ({@link #known}). */
    private Scenario known;

    private boolean looked;

    private final Deque<Heard> pending = new ArrayDeque<>();
    private final Map<String, Integer> answers = new HashMap<>();
    private final Set<String> once = new HashSet<>();
    /** For words a seat sent, with the text and commitments as they were: the room's event number when answered. */
    private final Map<String, Long> answeredWords = new HashMap<>();
    /** How many of its turns a bot leaves a vote uncast after inviting a deal for it (see {@link #invited}). */
    static final int INVITED_TURNS = 4;

    /**
     * Open amendments this bot talked about with a person before voting on them (asked about
     * one, or turned down a person's offer for its vote there), with the turns it still waits: it
     * casts no vote there for a few turns, so the person has the time to make the offer its answer
     * invited ("our vote is open", "we can be flexible", "make us a better offer"); a vote cast at
     * once would be one no deal could reach. A few turns only: the vote waits for every
     * delegation's stance, and a vote held for good would keep the clause closed to proposals.
     */
    private final Map<String, Integer> invited = new HashMap<>();

    /** The amendments it invited a person to win its vote on, by a deal, and waits for still. */
    Set<String> invited() {
        return invited.keySet();
    }

    /** Invites the offer for its vote on {@code amendment}: it waits {@link #INVITED_TURNS} turns for it. */
    void invite(String amendment) {
        invited.putIfAbsent(amendment, INVITED_TURNS);
    }

    /** One of its turns has passed: each vote it waits with is a turn nearer being cast. */
    void turnPassed() {
        invited.replaceAll((a, turns) -> turns - 1);
        invited.values().removeIf(turns -> turns <= 0);
    }

    private Stage stage;
    private Recogniser recogniser;

    /** {@code scenario} may be null: the names then come from the view (or the shipped scenario of its id). */
    Conversation(String me, long seed, Scenario scenario) {
        this.me = me;
        this.seed = seed;
        this.scenario = scenario;
    }

    /**
     * Notes the messages to this seat among the news that {@code person} may have written; they
     * are answered on the next turn it can speak.
     */
    void hear(List<Match.Sequenced> news, java.util.function.Predicate<String> person) {
        for (Match.Sequenced s : news) {
            if (s.event() instanceof Event.DirectMessage m
                    && m.to().equals(me)
                    && !m.from().equals(me)
                    && person.test(m.from())) {
                pending.add(new Heard(s.seq(), m.from(), null, m.text(), 2));
            } else if (s.event() instanceof Event.CaucusMessage m
                    && !m.from().equals(me)
                    && m.members().contains(me)
                    && person.test(m.from())) {
                pending.add(new Heard(
                        s.seq(), m.from(), m.caucus(), m.text(), m.members().size()));
            }
        }
    }

    void answer(Mind mind, Judgement judgement, List<Command> out) {
        if (pending.isEmpty() || !(mind.canAct("dm") || mind.canAct("caucus_say"))) {
            return;
        }
        if (!mind.view().stage().equals(stage)) {
            stage = mind.view().stage();
            answers.clear();
            once.clear();
            answeredWords.clear();
        }
        while (!pending.isEmpty()) {
            Heard h = pending.poll();
            Utterance u = recogniser(mind).read(h.text(), me, mind.view().amendments());
            if (h.caucus() != null && !(u.addresses(me) || h.members() == 2)) {
                continue; // a caucus message for someone else
            }
            String heard = h.from() + " " + h.text().strip().toLowerCase(java.util.Locale.ROOT) + " " + standing(mind);
            Long answered = answeredWords.get(heard);
            if (answered != null && mind.view().seq() - answered < REPEAT_AFTER_EVENTS) {
                continue; // said again at once, with nothing changed: the answer would only repeat itself
            }
            answeredWords.put(heard, mind.view().seq());
            if (answers.merge(h.from(), 1, Integer::sum) > ANSWERS_PER_SEAT) {
                continue;
            }
            List<Command> commands = new ArrayList<>();
            List<Utterance> asked = questions(mind, h.text(), u);
            String words;
            if (asked.isEmpty()) {
                words = respond(mind, judgement, h, u, commands);
            } else {
                List<String> each = new ArrayList<>();
                for (Utterance q : asked) {
                    String a = respond(mind, judgement, h, q, commands);
                    if (a != null && !a.isBlank() && !each.contains(a.strip())) {
                        each.add(a.strip());
                    }
                }
                words = each.isEmpty() ? null : String.join(" ", each);
            }
            if (words != null) {
                // What the words announce ("We have pledged to sign", "Here is our offer") is done
                // first, so the reader never sees a pledge or deal spoken of before it exists.
                out.addAll(commands);
                out.add(
                        h.caucus() == null
                                ? new Command.Whisper(h.from(), words)
                                : new Command.CaucusSay(h.caucus(), words));
            }
        }
    }

    /**
     * The questions of a message read one by one, when it asks two or more different things (each
     * part ending in a question mark, read as a message of its own); empty when it is one question,
     * or when the whole is not a question (a trade, a threat, a yes or a no is read whole).
     */
    private List<Utterance> questions(Mind mind, String text, Utterance whole) {
        Intent intent = whole.intent();
        boolean question = intent instanceof Intent.Position
                || intent instanceof Intent.PositionText
                || intent instanceof Intent.Wants
                || intent instanceof Intent.AskPledge
                || intent instanceof Intent.Unknown;
        if (!question || text == null || text.indexOf('?') == text.lastIndexOf('?')) {
            return List.of();
        }
        List<Utterance> parts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int from = 0;
        for (int q = text.indexOf('?'); q >= 0 && parts.size() < QUESTIONS; q = text.indexOf('?', q + 1)) {
            String part = text.substring(from, q + 1).strip();
            from = q + 1;
            Utterance u = recogniser(mind).read(part, me, mind.view().amendments());
            if (understood(u) && seen.add(u.intent() + " " + u.wordings() + " " + u.amendments() + " " + u.ask())) {
                parts.add(u);
            }
        }
        // One question understood in a message not understood as a whole: that one is answered, not
        // "we did not follow" (a play-test's "are you going to sign …? And do you think …?").
        return parts.size() >= 2 || parts.size() == 1 && !understood(whole) ? parts : List.of();
    }

    /** Whether a message asks something a bot can answer on its own terms. */
    private static boolean understood(Utterance u) {
        return !(u.intent() instanceof Intent.Unknown)
                || !u.wordings().isEmpty()
                || !u.amendments().isEmpty()
                || u.ask() == Utterance.Ask.HOW_MANY;
    }

    /** What an answer rests on besides the words: the text as it reads, and how many pledges and deals there are. */
    private static String standing(Mind mind) {
        StringBuilder out = new StringBuilder();
        for (PlayerView.ClauseView c : mind.view().text()) {
            out.append(c.current()).append(',');
        }
        return out.append(mind.view().pledges().size())
                .append('/')
                .append(mind.view().deals().size())
                .toString();
    }

    /** Whether the match's scenario lets signing hedge against a treaty track (false when not known). */
    private boolean signingHedges(Mind mind) {
        Scenario s = known(mind);
        return s != null && s.binding().signingHedges();
    }

    /**
     * The match's scenario: the one this bot was made for, or the shipped one of the view's id;
     * null when neither (a bot over the network in a room of a scenario of its own). Read once.
     */
    private Scenario known(Mind mind) {
        if (!looked) {
            String id = mind.view().scenario();
            known = scenario != null && scenario.id().equals(id)
                    ? scenario
                    : ScenarioCatalog.isShipped(id) ? ScenarioCatalog.load(id) : null;
            looked = true;
        }
        return known;
    }

    private Recogniser recogniser(Mind mind) {
        if (recogniser == null) {
            Scenario s = known(mind);
            recogniser = new Recogniser(
                    s != null
                            ? Lexicon.of(s)
                            : Lexicon.of(mind.view().text(), mind.view().delegations()));
        }
        return recogniser;
    }

    /** The words of the answer (null for none), with any commands that go with them. */
    private String respond(Mind mind, Judgement judgement, Heard h, Utterance u, List<Command> commands) {
        Intent intent = u.intent();
        long turn = seed ^ (h.seq() * 0x2545F4914F6CDD1DL);
        String followers = asksFollowers(u.text()) ? followers(mind) : null;
        if (followers != null) {
            // In a caucus of several, asked of everyone: only those with groups behind them answer.
            boolean many =
                    h.caucus() != null && h.members() > 2 && !u.addressees().contains(me);
            return many && followers.startsWith(NO_FOLLOWERS) ? null : followers;
        }
        Answers say = new Answers(mind, turn, signingHedges(mind));
        AmendmentAnswers about = new AmendmentAnswers(mind, turn, this::invite);
        // An open amendment named by its id: the answer first says what it would change, so the
        // player sees which amendment the bot took it for.
        String amendment = u.amendments().isEmpty() ? null : u.amendments().get(0);
        String anyNamed = intent instanceof Intent.NotOpen n ? n.amendment() : amendment;
        if (anyNamed != null && u.ask() == Utterance.Ask.HOW_MANY) {
            // "how many votes does A1 have?": the count, not this seat's stance
            String count = about.tally(anyNamed);
            if (count != null) {
                return count;
            }
        }
        if (intent instanceof Intent.NotOpen n) {
            AmendmentView closed = AmendmentAnswers.find(mind, n.amendment());
            Ballot cast = closed == null ? null : closed.votes().get(mind.me());
            String why = u.ask() != Utterance.Ask.WHY
                    ? null
                    : about.whyVoted(
                            n.amendment(), cast != null && Negotiator.owes(mind, new Promise.Vote(closed.id(), cast)));
            return why != null ? why : about.notOpen(n.amendment());
        }
        if (amendment != null && u.ask() == Utterance.Ask.WHY) {
            // "Why did you abstain on A27?": its vote on that amendment and why, not a reason for
            // its final decision ("abstain" names a ballot here, not a decision).
            AmendmentView named = AmendmentAnswers.find(mind, amendment);
            if (named != null) {
                Ballot ballot = judgement.ballot(mind, named);
                return about.amendment(named, ballot, Negotiator.owes(mind, new Promise.Vote(named.id(), ballot)));
            }
        }
        if (intent instanceof Intent.Position p) {
            // "What do you think of A27?": what it would change and how this seat will vote on it,
            // then the stance on its clause, so the two can be read together.
            AmendmentView asked = amendment == null ? null : AmendmentAnswers.find(mind, amendment);
            String what = asked == null ? null : about.amendment(amendment);
            if (asked != null && asked.status().equals("open") && !mind.hasStance(asked)) {
                Ballot ballot = judgement.ballot(mind, asked);
                what += " "
                        + about.intention(asked, ballot, Negotiator.owes(mind, new Promise.Vote(asked.id(), ballot)));
                if (p.clauses().equals(List.of(asked.clause()))) {
                    return what + " " + say.weight(asked.clause()); // the vote said where it stands
                }
            }
            if (what == null) {
                // "Would you accept X?": X itself first, then the stance on its clause (a wording an
                // open amendment proposes is answered with the stance, as the amendment would be).
                for (Intent.Wording w : u.wordings()) {
                    if (w.option() != null
                            && !w.drop()
                            && p.clauses().contains(w.clause())
                            && mind.open().stream()
                                    .noneMatch(a -> a.clause().equals(w.clause())
                                            && a.option().equals(w.option()))) {
                        what = say.wordingView(w.clause(), w.option());
                        break;
                    }
                }
            }
            return what == null ? say.positions(p.clauses()) : what + " " + say.positions(p.clauses());
        }
        if (intent instanceof Intent.PositionText) {
            return say.text(judgement.intended(mind));
        }
        if (intent instanceof Intent.Wants) {
            AmendmentView asked = amendment == null ? null : AmendmentAnswers.find(mind, amendment);
            if (asked != null && asked.status().equals("open")) {
                // "What would it take to get your vote on A1?": that vote first (a play-test got only
                // a list of wants, and no word on A1), then the price, unless the vote is a yes anyway.
                Ballot ballot = judgement.ballot(mind, asked);
                String vote =
                        about.amendment(asked, ballot, Negotiator.owes(mind, new Promise.Vote(asked.id(), ballot)));
                return ballot == Ballot.SUPPORT && !asked.votes().containsKey(mind.me())
                        ? vote
                        : vote + " " + say.wants(judgement.makesDeals());
            }
            return say.wants(judgement.makesDeals());
        }
        Intent.Trade swap = intent instanceof Intent.Trade ? null : amendmentSwap(mind, h.from(), u);
        if (swap != null) {
            // "Support my amendment and I'll support yours": the two open wordings, traded as any.
            intent = swap;
        }
        if (intent instanceof Intent.Trade t) {
            Bargain.Reply r = new Bargain(mind, h.from(), judgement).answer(t);
            commands.addAll(r.commands());
            return r.words();
        }
        if (intent instanceof Intent.AskPledge && u.ask() == Utterance.Ask.WHY) {
            // "why would you not sign?" asks for a reason, not for a pledge: no yes, no pledge made.
            // A deal that binds it is the reason, whatever the text would say.
            Decision intended = judgement.intended(mind);
            String partner = promisedTo(mind, intended, h.from());
            return partner != null ? say.promisedWhy(intended, partner.equals(h.from())) : say.why(intended);
        }
        if (intent instanceof Intent.AskPledge a && u.ask() == Utterance.Ask.HOW_MANY) {
            return new PublicPledges(mind).howMany(a.decision() != null ? a.decision() : judgement.intended(mind));
        }
        if (intent instanceof Intent.AskPledge a && a.decision() != null && conditional(u) != null) {
            // "Will you sign if it adds risk assessments?": what it would decide with that wording,
            // a hypothesis, so no pledge is made.
            Intent.Wording w = conditional(u);
            return say.ifReads(
                    w.clause(),
                    w.option(),
                    a.decision(),
                    mind.bestDecisionIf(w.clause(), w.option()),
                    judgement.intended(mind));
        }
        if (intent instanceof Intent.AskPledge a) {
            return pledge(mind, judgement, a.decision(), h.from(), say, commands);
        }
        AmendmentView named =
                amendment == null ? pleadedFor(mind, h.from(), u) : AmendmentAnswers.find(mind, amendment);
        if (named != null
                && (intent instanceof Intent.Appeal
                        || intent instanceof Intent.Threat
                        || intent instanceof Intent.Unknown)) {
            // "Please vote for A15": its vote on that amendment, and why.
            Ballot ballot = judgement.ballot(mind, named);
            String answer = about.amendment(named, ballot, Negotiator.owes(mind, new Promise.Vote(named.id(), ballot)));
            // A plea found by its wording, or a message that only mentions the amendment: said once a
            // phase, as other answers about a wording are, so that two bots do not go on about it.
            boolean once = amendment == null || intent instanceof Intent.Unknown;
            return once ? firstTime(h, "about " + named.id(), answer) : answer;
        }
        // In a caucus of several, a message to everyone that a bot has nothing of its own to say
        // to gets no answer from it: otherwise every bot there would say the same thing.
        boolean crowd = h.caucus() != null && h.members() > 2 && !u.addressees().contains(me);
        if (intent instanceof Intent.Unknown && u.ask() == Utterance.Ask.HOW_MANY && u.decision() != null) {
            // "how many will sign?": a question, answered each time (in a crowd, by a bot named only)
            return crowd ? null : new PublicPledges(mind).howMany(u.decision());
        }
        if (intent instanceof Intent.Unknown && !u.wordings().isEmpty()) {
            // "let's get the Global Commission back into the text": what it thinks of that wording.
            // In a crowd only those who back it speak up.
            Intent.Wording w = u.wordings().get(0);
            if (crowd && !say.backs(w.clause(), w.option())) {
                return null;
            }
            return firstTime(h, "wording " + w.clause() + "=" + w.option(), say.onWording(w.clause(), w.option()));
        }
        DealView open = openOffer(mind, h.from());
        if (intent instanceof Intent.Accept) {
            if (open != null) {
                return say.offerWaiting(open.id());
            }
            DealView agreed = lastAgreed(mind, h.from());
            if (agreed != null) {
                // "deal, we accept!" just after accepting it: not "there is no offer".
                return crowd ? null : firstTime(h, "agreed " + agreed.id(), say.agreed(agreed.id()));
            }
            return crowd ? null : firstTime(h, "yes", say.noOffer());
        }
        if (intent instanceof Intent.Refuse) {
            return open != null ? say.offerRefused() : null;
        }
        if (intent instanceof Intent.Threat) {
            return firstTime(h, "threat", say.threat());
        }
        if (intent instanceof Intent.Appeal) {
            return firstTime(h, "appeal", say.appeal());
        }
        return crowd ? null : firstTime(h, "help", say.help(smallTalk(u.text(), mind.name(mind.me()))));
    }

    /**
     * "Which states follow you?", "who are the other 11?": a play-test's student, told that a push
     * by Austria brought 11 more states, asked who they were and got a line about pledges.
     */
    private static boolean asksFollowers(String text) {
        String t = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", " ") + " ";
        return t.contains(" follow ") && (t.contains(" you ") || t.contains(" your "))
                || t.contains(" follows you ")
                || t.contains(" who are the other ");
    }

    /**
     * The groups of states outside the room that go with this seat, and how: they push for binding
     * law whenever it does, or decide as it does. Null when the scenario is not known.
     */
    private String followers(Mind mind) {
        Scenario s = known(mind);
        if (s == null) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (var b : s.backgroundStates()) {
            if (!b.attended() || b.rule() == null) {
                continue;
            }
            String states = b.count() + (b.count() == 1 ? " state" : " states");
            if (me.equals(b.rule().follows())) {
                groups.add(b.name() + " (" + states + ") decide as we do");
            } else if (me.equals(b.rule().pushesWith())) {
                groups.add(b.name() + " (" + states + ") push for binding law whenever we do");
            }
        }
        if (groups.isEmpty()) {
            return NO_FOLLOWERS + ": our decision counts for us alone.";
        }
        return (groups.size() == 1
                        ? "One group of states outside this room goes with us: "
                        : "Groups of states outside this room go with us: ")
                + String.join(", and ", groups) + ".";
    }

    /**
     * "Support my amendment and I'll support yours": a trade of the sender's open amendment (the
     * one a plea would name) for this seat's own, as support for each wording; null when the
     * message does not offer "yours", or either amendment is missing.
     */
    private static Intent.Trade amendmentSwap(Mind mind, String from, Utterance u) {
        String text = " " + u.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z' ]", " ") + " ";
        if (!text.contains(" yours ") && !text.contains(" your amendment") && !text.contains(" your proposal")) {
            return null;
        }
        AmendmentView theirs = pleadedFor(mind, from, u);
        AmendmentView ours = null;
        for (AmendmentView a : mind.open()) {
            if (a.proposer().equals(mind.me())) {
                ours = a;
                break;
            }
        }
        if (theirs == null || ours == null || !theirs.proposer().equals(from)) {
            return null;
        }
        return new Intent.Trade(
                new Intent.Wording(ours.clause(), ours.option(), false),
                new Intent.Wording(theirs.clause(), theirs.option(), false));
    }

    /**
     * The open amendment a plea names without its id ("please vote for my amendment on treaty
     * negotiations"): by the wording it names, or, for "my amendment", the sender's own; the
     * sender's first when several fit. Null when none does, or the message is no plea about one.
     */
    private static AmendmentView pleadedFor(Mind mind, String from, Utterance u) {
        String text = " " + u.text().toLowerCase(java.util.Locale.ROOT) + " ";
        boolean mine =
                text.contains(" my amendment") || text.contains(" my proposal") || text.contains(" our amendment");
        boolean asks = text.contains(" vote") || text.contains(" support") || text.contains(" back");
        boolean plea = asks && (u.intent() instanceof Intent.Appeal || u.intent() instanceof Intent.Threat);
        // A statement about an amendment ("we co-sponsor amendment A1 ...") is no plea: answering it
        // would start two bots talking for ever.
        if (!plea && !(u.intent() instanceof Intent.Unknown && mine)) {
            return null;
        }
        List<AmendmentView> fits = new ArrayList<>();
        for (AmendmentView a : mind.open()) {
            boolean worded = u.wordings().stream()
                    .anyMatch(w -> !w.drop()
                            && w.clause().equals(a.clause())
                            && w.option().equals(a.option()));
            if (worded || (mine && u.wordings().isEmpty() && a.proposer().equals(from))) {
                fits.add(a);
            }
        }
        return fits.stream()
                .filter(a -> a.proposer().equals(from))
                .findFirst()
                .orElse(fits.size() == 1 ? fits.get(0) : null);
    }

    private static final Set<String> SMALL_TALK = Set.of(
            "hi",
            "hello",
            "hey",
            "greetings",
            "good",
            "morning",
            "afternoon",
            "evening",
            "how",
            "are",
            "you",
            "doing",
            "is",
            "it",
            "going",
            "nice",
            "to",
            "meet",
            "thanks",
            "thank",
            "there",
            "everyone",
            "all");

    /** Whether a message is only a greeting ("hello, how are you?", "Good morning, Japan!"): it gets one back. */
    static boolean smallTalk(String text, String name) {
        Set<String> called = Set.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+"));
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SMALL_TALK.contains(w) && !called.contains(w)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Says {@code words} the first time in this phase that this seat sends such a message, then nothing. */
    private String firstTime(Heard h, String kind, String words) {
        return once.add(kind + " " + h.from()) ? words : null;
    }

    /**
     * The wording a question makes its condition ("… if the text says X", "… if X goes back in"),
     * when it names one that the text does not read now; null for an unconditional question.
     */
    private static Intent.Wording conditional(Utterance u) {
        String text = " " + u.text().toLowerCase(java.util.Locale.ROOT) + " ";
        if (!text.contains(" if ") && !text.contains(" provided ") && !text.contains(" as long as ")) {
            return null;
        }
        return u.wordings().stream().filter(w -> !w.drop()).findFirst().orElse(null);
    }

    /** The answer to "will you sign / push / abstain?", with a real pledge when the bot means it. */
    private String pledge(
            Mind mind, Judgement judgement, Decision asked, String asker, Answers say, List<Command> commands) {
        Decision intended = judgement.intended(mind);
        if (asked == null) {
            return say.undecided(intended);
        }
        boolean willing = asked == intended || (asked == Decision.PUSH_BINDING && mind.aim() == Decision.PUSH_BINDING);
        if (!willing) {
            String partner = promisedTo(mind, intended, asker);
            if (partner == null && asked != Decision.PUSH_BINDING && coalitionPledged(mind)) {
                return say.coalitionNo(asked, intended == Decision.PUSH_BINDING ? Decision.ABSTAIN : intended);
            }
            return partner != null ? say.promisedNo(intended, partner.equals(asker)) : say.pledgeNo(asked, intended);
        }
        String partner = promisedTo(mind, asked, asker);
        if (partner != null) {
            return say.promisedYes(asked, partner.equals(asker));
        }
        boolean canPledge = mind.canAct("pledge") && !pledged(mind, asked) && asked != Decision.ABSTAIN;
        if (canPledge && asked == Decision.SIGN) {
            // It signs as things stand, so it pledges to sign as long as the clause that matters
            // most to it reads as now or better: a pledge it can keep.
            String top = mind.topClause();
            List<String> fine = new ArrayList<>();
            for (var o : mind.clause(top).options()) {
                if (mind.gain(top, o.id()) >= 0) {
                    fine.add(o.id());
                }
            }
            boolean any = fine.size() == mind.clause(top).options().size();
            String reads =
                    any ? null : Phrases.quote(mind.clause(top).title()) + " reads " + Phrases.either(mind, top, fine);
            commands.add(new Command.MakePledge(
                    Decision.SIGN,
                    any ? List.of() : List.of(new TextCondition(top, fine)),
                    mind.name(me) + (any ? " will sign the declaration." : " will sign if " + reads + ".")));
            return say.pledgeYes(asked, true, reads);
        }
        if (canPledge && mind.aim() == Decision.PUSH_BINDING) {
            commands.add(new Command.MakePledge(
                    Decision.PUSH_BINDING,
                    List.of(),
                    mind.name(me) + " will push for negotiations on binding law if enough states push with us.",
                    Boolean.TRUE));
            return say.pledgeYes(asked, true, null);
        }
        return say.pledgeYes(asked, pledged(mind, asked) && pledgeHolds(mind, asked), null);
    }

    /** Whether its latest pledge is to push with the coalition (binding only if the coalition forms). */
    private boolean coalitionPledged(Mind mind) {
        return mind.view().pledges().stream()
                .filter(p -> p.seat().equals(me))
                .reduce((a, b) -> b)
                .map(p -> p.ifCoalition() && p.decision() == Decision.PUSH_BINDING)
                .orElse(false);
    }

    private boolean pledged(Mind mind, Decision d) {
        return mind.view().pledges().stream().anyMatch(p -> p.seat().equals(me) && p.decision() == d);
    }

    /** Whether a pledge of its own to decide {@code d} binds it as the text reads now (its condition holds). */
    private boolean pledgeHolds(Mind mind, Decision d) {
        return mind.view().pledges().stream()
                .anyMatch(p -> p.seat().equals(me) && p.decision() == d && Negotiator.holds(mind, p.conditions()));
    }

    /**
     * To whom it promised {@code d} in an accepted deal whose condition holds now: {@code asker}
     * if a deal with it does, else another partner; null when no deal binds it to {@code d}.
     */
    private String promisedTo(Mind mind, Decision d, String asker) {
        String partner = null;
        for (DealView x : mind.view().deals()) {
            if (x.status().equals("accepted")
                    && x.involves(me)
                    && x.promiseBy(me) instanceof Promise.Decide pd
                    && pd.decision() == d
                    && Negotiator.holds(mind, pd.conditions())) {
                partner = x.partnerOf(me);
                if (partner.equals(asker)) {
                    return partner;
                }
            }
        }
        return partner;
    }

    /** This bot's offer to {@code seat} still waiting for an answer, if any (the latest). */
    /** The latest deal between this seat and {@code seat} that is accepted, either way round; null if none. */
    private DealView lastAgreed(Mind mind, String seat) {
        DealView agreed = null;
        for (DealView d : mind.view().deals()) {
            boolean between =
                    d.from().equals(me) && d.to().equals(seat) || d.from().equals(seat) && d.to().equals(me);
            if (between && d.status().equals("accepted")) {
                agreed = d;
            }
        }
        return agreed;
    }

    private DealView openOffer(Mind mind, String seat) {
        DealView open = null;
        for (DealView d : mind.view().deals()) {
            if (d.from().equals(me) && d.to().equals(seat) && d.status().equals("offered")) {
                open = d;
            }
        }
        return open;
    }
}
