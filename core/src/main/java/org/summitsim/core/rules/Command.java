package org.summitsim.core.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/**
 * Everything that can change a match. Seat commands come from delegations, facilitator commands
 * from the person running the room, {@link Deadline} from the host's clock. JSON names are the
 * wire names (docs/PROTOCOL.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Command.Say.class, name = "say"),
    @JsonSubTypes.Type(value = Command.Whisper.class, name = "dm"),
    @JsonSubTypes.Type(value = Command.CreateCaucus.class, name = "caucus_create"),
    @JsonSubTypes.Type(value = Command.InviteToCaucus.class, name = "caucus_invite"),
    @JsonSubTypes.Type(value = Command.LeaveCaucus.class, name = "caucus_leave"),
    @JsonSubTypes.Type(value = Command.CaucusSay.class, name = "caucus_say"),
    @JsonSubTypes.Type(value = Command.Propose.class, name = "propose"),
    @JsonSubTypes.Type(value = Command.Cosponsor.class, name = "cosponsor"),
    @JsonSubTypes.Type(value = Command.Withdraw.class, name = "withdraw"),
    @JsonSubTypes.Type(value = Command.CastVote.class, name = "vote"),
    @JsonSubTypes.Type(value = Command.MakePledge.class, name = "pledge"),
    @JsonSubTypes.Type(value = Command.OfferDeal.class, name = "offer"),
    @JsonSubTypes.Type(value = Command.AcceptDeal.class, name = "accept"),
    @JsonSubTypes.Type(value = Command.DeclineDeal.class, name = "decline"),
    @JsonSubTypes.Type(value = Command.Decide.class, name = "decide"),
    @JsonSubTypes.Type(value = Command.Ready.class, name = "ready"),
    @JsonSubTypes.Type(value = Command.Start.class, name = "start"),
    @JsonSubTypes.Type(value = Command.Advance.class, name = "advance"),
    @JsonSubTypes.Type(value = Command.Deadline.class, name = "deadline"),
    @JsonSubTypes.Type(value = Command.Pause.class, name = "pause"),
    @JsonSubTypes.Type(value = Command.Resume.class, name = "resume"),
    @JsonSubTypes.Type(value = Command.Extend.class, name = "extend"),
    @JsonSubTypes.Type(value = Command.ReleaseInject.class, name = "inject"),
    @JsonSubTypes.Type(value = Command.Announce.class, name = "announce"),
    @JsonSubTypes.Type(value = Command.CallVote.class, name = "call_vote"),
    @JsonSubTypes.Type(value = Command.EndMatch.class, name = "end"),
    @JsonSubTypes.Type(value = Command.HideStatement.class, name = "hide"),
    @JsonSubTypes.Type(value = Command.Mute.class, name = "mute"),
    @JsonSubTypes.Type(value = Command.Unmute.class, name = "unmute"),
    @JsonSubTypes.Type(value = Command.Unready.class, name = "unready")
})
public sealed interface Command {

    /** Commands only a seat may send. */
    sealed interface SeatCommand extends Command {}

    /** Commands only the facilitator (or, for a {@link HostCommand}, the host) may send. */
    sealed interface ChairCommand extends Command {}

    /** Commands only the room itself sends, never a client: its clock's deadlines, its handovers. */
    sealed interface HostCommand extends ChairCommand {}

    record Say(String text) implements SeatCommand {}

    /** A private bilateral message. */
    record Whisper(String to, String text) implements SeatCommand {}

    record CreateCaucus(String name, List<String> members) implements SeatCommand {
        public CreateCaucus {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    record InviteToCaucus(String caucus, String seat) implements SeatCommand {
        public InviteToCaucus {
            caucus = MatchIds.canonical(caucus);
        }
    }

    record LeaveCaucus(String caucus) implements SeatCommand {
        public LeaveCaucus {
            caucus = MatchIds.canonical(caucus);
        }
    }

    record CaucusSay(String caucus, String text) implements SeatCommand {
        public CaucusSay {
            caucus = MatchIds.canonical(caucus);
        }
    }

    record Propose(String clause, String option, String rationale) implements SeatCommand {}

    record Cosponsor(String amendment) implements SeatCommand {
        public Cosponsor {
            amendment = MatchIds.canonical(amendment);
        }
    }

    record Withdraw(String amendment) implements SeatCommand {
        public Withdraw {
            amendment = MatchIds.canonical(amendment);
        }
    }

    record CastVote(String amendment, Ballot ballot) implements SeatCommand {
        public CastVote {
            amendment = MatchIds.canonical(amendment);
        }
    }

    /** A public pledge: "we decide X if the text reads ...". */
    /**
     * A public pledge. {@code ifCoalition}: "we push if the coalition reaches its threshold", a
     * pledge to push that binds only if enough states push; so pledging it costs nothing alone.
     */
    record MakePledge(Decision decision, List<TextCondition> conditions, String text, Boolean ifCoalition)
            implements SeatCommand {
        public MakePledge {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            ifCoalition = Boolean.TRUE.equals(ifCoalition) ? Boolean.TRUE : null;
        }

        public MakePledge(Decision decision, List<TextCondition> conditions, String text) {
            this(decision, conditions, text, null);
        }

        public boolean coalition() {
            return Boolean.TRUE.equals(ifCoalition);
        }
    }

    /** "I do {@code give} if you do {@code want}", offered privately to {@code to}. */
    record OfferDeal(String to, Promise give, Promise want, String text) implements SeatCommand {}

    record AcceptDeal(String deal) implements SeatCommand {
        public AcceptDeal {
            deal = MatchIds.canonical(deal);
        }
    }

    record DeclineDeal(String deal) implements SeatCommand {
        public DeclineDeal {
            deal = MatchIds.canonical(deal);
        }
    }

    record Decide(Decision decision, String statement) implements SeatCommand {}

    /** The seat is done with this phase; when every seat is ready the phase ends. */
    record Ready() implements SeatCommand {}

    /** Leaves the lobby and starts the briefing. */
    record Start() implements ChairCommand {}

    record Advance() implements ChairCommand {}

    /** The host's clock says the current phase's time is up. */
    record Deadline() implements HostCommand {}

    record Pause() implements ChairCommand {}

    record Resume() implements ChairCommand {}

    /**
     * Adds (or, negative, removes) seconds to the current phase. A number object, so that a
     * command without {@code seconds} reaches the rules, which name the field.
     */
    record Extend(Integer seconds) implements ChairCommand {}

    /** Releases one of the scenario's injects by id, or a custom one with title and text. */
    record ReleaseInject(String inject, String title, String text) implements ChairCommand {}

    record Announce(String text) implements ChairCommand {}

    /** Closes the vote on an open amendment now. */
    record CallVote(String amendment) implements ChairCommand {
        public CallVote {
            amendment = MatchIds.canonical(amendment);
        }
    }

    /** Ends the match early: undecided seats get the default, results are shown. */
    record EndMatch() implements ChairCommand {}

    /**
     * Takes a delegation's words off every screen: {@code seq} is the number of the event that
     * carried them (a floor statement, a pledge's words, an amendment's reason). For a classroom,
     * where a teacher must be able to remove what should not stay on the projector.
     */
    record HideStatement(Long seq) implements ChairCommand {}

    /** Stops a delegation's messages (floor, private and caucus) until it is unmuted; it can still play. */
    record Mute(String seat) implements ChairCommand {}

    record Unmute(String seat) implements ChairCommand {}

    /**
     * A person took over {@code seat} from a bot that had said it was done with this phase: the
     * person has not, so the phase must not end on the bot's word.
     */
    record Unready(String seat) implements HostCommand {}
}
