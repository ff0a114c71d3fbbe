package org.summitsim.core.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/** One side of a deal, or the content of a pledge: something a delegation commits to do. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Promise.Vote.class, name = "vote"),
    @JsonSubTypes.Type(value = Promise.Support.class, name = "support"),
    @JsonSubTypes.Type(value = Promise.Decide.class, name = "decide")
})
public sealed interface Promise {

    /**
     * Whether a vote breaks this promise: {@code ballot} cast on amendment {@code amendment},
     * which proposes {@code option} for {@code clause} while {@code standing} is that clause's
     * wording. The one judgement both the results (at the end) and a client warning before the
     * vote make: a promised vote cast otherwise; a promised wording not supported; a promised
     * wording that stands, voted out. A promise to decide is broken by no vote.
     */
    default boolean brokenBy(String amendment, String clause, String option, String standing, Ballot ballot) {
        if (this instanceof Vote v) {
            return v.amendment().equals(amendment) && v.ballot() != ballot;
        }
        if (this instanceof Support s && s.clause().equals(clause)) {
            return s.option().equals(option)
                    ? ballot != Ballot.SUPPORT
                    : s.option().equals(standing) && ballot == Ballot.SUPPORT;
        }
        return false;
    }

    /** "I vote {@code ballot} on amendment {@code amendment}." */
    record Vote(String amendment, Ballot ballot) implements Promise {
        public Vote {
            amendment = MatchIds.canonical(amendment);
        }
    }

    /**
     * "I support changing {@code clause} to {@code option}": kept when the delegation supported
     * (voted for, sponsored or co-sponsored) every amendment to that wording put to a vote after
     * the deal was accepted (still open then, or proposed later); void when none was.
     */
    record Support(String clause, String option) implements Promise {}

    /** "I decide {@code decision}" — only if every condition holds in the final text. */
    record Decide(Decision decision, List<TextCondition> conditions) implements Promise {
        public Decide {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }
}
