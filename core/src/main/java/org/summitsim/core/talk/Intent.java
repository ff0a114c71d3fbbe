package org.summitsim.core.talk;

import java.util.List;
import org.summitsim.core.scenario.Decision;

/**
 * What a player's message asks or offers, as far as a {@link Recogniser} could tell. Ids are the
 * scenario's clause and option ids; a reply turns them back into titles and labels.
 */
public sealed interface Intent {

    /** "Where do you stand on meaningful human control?": the clauses asked about, in the order named. */
    record Position(List<String> clauses) implements Intent {
        public Position {
            clauses = List.copyOf(clauses);
        }
    }

    /** "Do you like the declaration as it stands?" */
    record PositionText() implements Intent {}

    /** "What do you want?", "what would it take to get your vote?" */
    record Wants() implements Intent {}

    /**
     * "I'll support meaningful human control if you back the UN route": {@code give} is what the
     * player offers, {@code want} what the player asks of the addressee.
     */
    record Trade(Side give, Side want) implements Intent {}

    /** "Will you sign?": {@code decision} is null when the player asked what it will decide at all. */
    record AskPledge(Decision decision) implements Intent {}

    /** "Deal", "ok, agreed": yes to the addressee's offer. */
    record Accept() implements Intent {}

    /** "No thanks": no to the addressee's offer. */
    record Refuse() implements Intent {}

    /** "If you don't back us we'll block everything." */
    record Threat() implements Intent {}

    /** "Please, think of the civilians." */
    record Appeal() implements Intent {}

    /**
     * "Will you vote for A45?" when A45 is not open (or was never tabled): {@code amendment} is
     * the id as the rules write it ("A45"). An open amendment named by its id reads as its wording.
     */
    record NotOpen(String amendment) implements Intent {}

    /** Nothing the recogniser is sure of. */
    record Unknown() implements Intent {}

    /** One side of a trade: a wording to support or drop, or a final decision. */
    sealed interface Side {}

    /**
     * Support for (or, with {@code drop}, the end of) a wording. {@code option} is null when the
     * player named only the clause ("support the treaty clause").
     */
    record Wording(String clause, String option, boolean drop) implements Side {}

    /** A final decision: "I'll sign", "if you push for binding law". */
    record Final(Decision decision) implements Side {}
}
