package org.summitsim.core.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/**
 * Everything that happened in a match, in order. The log of events is the journal, the feed to
 * clients and the input to replays and reports. Each event type declares its {@link Audience};
 * {@link org.summitsim.core.view.Visibility} is the one place that applies it to a viewer.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Event.MatchOpened.class, name = "match_opened"),
    @JsonSubTypes.Type(value = Event.PhaseStarted.class, name = "phase_started"),
    @JsonSubTypes.Type(value = Event.Paused.class, name = "paused"),
    @JsonSubTypes.Type(value = Event.Resumed.class, name = "resumed"),
    @JsonSubTypes.Type(value = Event.PhaseExtended.class, name = "phase_extended"),
    @JsonSubTypes.Type(value = Event.NewsReleased.class, name = "news"),
    @JsonSubTypes.Type(value = Event.Announced.class, name = "announcement"),
    @JsonSubTypes.Type(value = Event.FloorStatement.class, name = "floor"),
    @JsonSubTypes.Type(value = Event.DirectMessage.class, name = "dm"),
    @JsonSubTypes.Type(value = Event.CaucusCreated.class, name = "caucus_created"),
    @JsonSubTypes.Type(value = Event.CaucusJoined.class, name = "caucus_joined"),
    @JsonSubTypes.Type(value = Event.CaucusLeft.class, name = "caucus_left"),
    @JsonSubTypes.Type(value = Event.CaucusMessage.class, name = "caucus_message"),
    @JsonSubTypes.Type(value = Event.AmendmentProposed.class, name = "amendment_proposed"),
    @JsonSubTypes.Type(value = Event.AmendmentCosponsored.class, name = "amendment_cosponsored"),
    @JsonSubTypes.Type(value = Event.AmendmentWithdrawn.class, name = "amendment_withdrawn"),
    @JsonSubTypes.Type(value = Event.VoteCast.class, name = "vote_cast"),
    @JsonSubTypes.Type(value = Event.AmendmentResolved.class, name = "amendment_resolved"),
    @JsonSubTypes.Type(value = Event.PledgeMade.class, name = "pledge_made"),
    @JsonSubTypes.Type(value = Event.DealOffered.class, name = "deal_offered"),
    @JsonSubTypes.Type(value = Event.DealAccepted.class, name = "deal_accepted"),
    @JsonSubTypes.Type(value = Event.DealDeclined.class, name = "deal_declined"),
    @JsonSubTypes.Type(value = Event.SeatReady.class, name = "seat_ready"),
    @JsonSubTypes.Type(value = Event.DecisionSealed.class, name = "decision_sealed"),
    @JsonSubTypes.Type(value = Event.DelegationDecided.class, name = "delegation_decided"),
    @JsonSubTypes.Type(value = Event.DecisionsRevealed.class, name = "decisions_revealed"),
    @JsonSubTypes.Type(value = Event.MatchEnded.class, name = "match_ended"),
    @JsonSubTypes.Type(value = Event.StatementHidden.class, name = "statement_hidden"),
    @JsonSubTypes.Type(value = Event.SeatMuted.class, name = "muted"),
    @JsonSubTypes.Type(value = Event.SeatUnmuted.class, name = "unmuted"),
    @JsonSubTypes.Type(value = Event.SeatNotReady.class, name = "seat_not_ready")
})
public sealed interface Event {

    /**
     * Who may see this event, by docs/RULES.md ("Who sees what"). Declared by every event type, so
     * that a new one cannot be added without deciding it; {@link org.summitsim.core.view.Visibility}
     * applies it.
     */
    @JsonIgnore
    Audience audience();

    /** The first event of every log: what is being played, and how. */
    record MatchOpened(String scenario, long seed, Settings settings) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    /** {@code seconds} is the phase's planned length; the host turns it into a deadline. */
    record PhaseStarted(Stage stage, int seconds) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record Paused() implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record Resumed() implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record PhaseExtended(int seconds) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record NewsReleased(String inject, String title, String text, String source) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record Announced(String text) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record FloorStatement(String seat, String text) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record DirectMessage(String from, String to, String text) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(from, to);
        }
    }

    record CaucusCreated(String caucus, String name, String founder, List<String> members) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(members);
        }
    }

    record CaucusJoined(String caucus, String seat, String invitedBy, List<String> members) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(members);
        }
    }

    /** {@code members} are those who remain. */
    record CaucusLeft(String caucus, String seat, List<String> members) implements Event {
        /** Those who remain, and the one who left: it learns that it is out. */
        @Override
        public Audience audience() {
            return Audience.parties(
                    Stream.concat(members.stream(), Stream.of(seat)).toList());
        }
    }

    record CaucusMessage(String caucus, String from, String text, List<String> members) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(members);
        }
    }

    record AmendmentProposed(String amendment, String seat, String clause, String option, String rationale)
            implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record AmendmentCosponsored(String amendment, String seat) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record AmendmentWithdrawn(String amendment, String seat) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record VoteCast(String amendment, String seat, Ballot ballot) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    /** The vote closed; when adopted the clause now reads the amendment's option. */
    record AmendmentResolved(
            String amendment,
            String clause,
            String option,
            boolean adopted,
            int supports,
            int objections,
            int abstentions)
            implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    /** {@code ifCoalition} true: a pledge to push that binds only if the coalition reaches its threshold. */
    record PledgeMade(
            String pledge,
            String seat,
            Decision decision,
            List<TextCondition> conditions,
            String text,
            Boolean ifCoalition)
            implements Event {
        public PledgeMade {
            ifCoalition = Boolean.TRUE.equals(ifCoalition) ? Boolean.TRUE : null;
        }

        public PledgeMade(String pledge, String seat, Decision decision, List<TextCondition> conditions, String text) {
            this(pledge, seat, decision, conditions, text, null);
        }

        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record DealOffered(String deal, String from, String to, Promise give, Promise want, String text) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(from, to);
        }
    }

    record DealAccepted(String deal, String from, String to) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(from, to);
        }
    }

    record DealDeclined(String deal, String from, String to) implements Event {
        @Override
        public Audience audience() {
            return Audience.parties(from, to);
        }
    }

    record SeatReady(String seat, Stage stage) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    /** Seen only by the deciding seat (and the facilitator) until the reveal. */
    record DecisionSealed(String seat, Decision decision, String statement) implements Event {
        @Override
        public Audience audience() {
            return Audience.sealed(seat);
        }
    }

    /** Everyone sees that a seat has decided, never what. */
    record DelegationDecided(String seat) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record DecisionsRevealed(Map<String, FinalDecision> decisions) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    record MatchEnded(Outcome outcome) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }

    /**
     * The facilitator took the words of event {@code seq} (by {@code seat}: a floor statement, a
     * pledge's words, an amendment's reason or, with {@code decision} true, the statement sealed
     * with a decision) off every screen; every later replay and view leaves them out. Public, so
     * that every client removes them, except a sealed statement's: nobody else ever read it, so
     * only its seat and the facilitator are told.
     */
    record StatementHidden(long seq, String seat, Boolean decision) implements Event {
        public StatementHidden(long seq, String seat) {
            this(seq, seat, null);
        }

        @Override
        public Audience audience() {
            return Boolean.TRUE.equals(decision) ? Audience.sealed(seat) : Audience.PUBLIC;
        }
    }

    /** Seen by the muted delegation and the facilitator only: a mute is between the teacher and a student. */
    record SeatMuted(String seat) implements Event {
        @Override
        public Audience audience() {
            return Audience.sealed(seat);
        }
    }

    record SeatUnmuted(String seat) implements Event {
        @Override
        public Audience audience() {
            return Audience.sealed(seat);
        }
    }

    /** {@code seat} is no longer done with the stage: a person took it over from a bot that was. */
    record SeatNotReady(String seat, Stage stage) implements Event {
        @Override
        public Audience audience() {
            return Audience.PUBLIC;
        }
    }
}
