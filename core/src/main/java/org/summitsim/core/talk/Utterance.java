package org.summitsim.core.talk;

import java.util.List;
import org.summitsim.core.scenario.Decision;

/**
 * A message as the {@link Recogniser} read it: what it asks or offers, and whom it calls on: the
 * delegations named at its start or, after a comma, at its end ("China, will you sign?", "what do
 * you want, Korea?"), and {@code everyone} when it speaks to all ("Friends, ...", "will you all
 * sign?"). A bot in a caucus answers only a message addressed to it. {@code amendments}: the open
 * amendments it named by id ("A45"), in order, once each; the intent reads them as their wordings.
 * {@code wordings}: the wordings it names (with their option known), in order, once each, whatever
 * the intent, so a bot can answer a message it did not otherwise follow about what it names.
 * {@code ask}: how a question opens when a yes or no would not answer it ("why ...", "how many
 * ..."). {@code decision}: the first final decision it names, or null.
 */
public record Utterance(
        String text,
        Intent intent,
        List<String> addressees,
        boolean everyone,
        List<String> amendments,
        List<Intent.Wording> wordings,
        Ask ask,
        Decision decision) {

    /** A question that asks for more than a yes or no. */
    public enum Ask {
        /** Anything else: a statement, or a question a yes or no can answer. */
        OTHER,
        /** "why would you not sign?": asks for a reason. */
        WHY,
        /** "how many states will push with you?": asks for a count. */
        HOW_MANY
    }

    public Utterance {
        addressees = List.copyOf(addressees);
        amendments = List.copyOf(amendments);
        wordings = List.copyOf(wordings);
        ask = ask == null ? Ask.OTHER : ask;
    }

    public Utterance(String text, Intent intent, List<String> addressees, boolean everyone, List<String> amendments) {
        this(text, intent, addressees, everyone, amendments, List.of(), Ask.OTHER, null);
    }

    public Utterance(String text, Intent intent, List<String> addressees, boolean everyone) {
        this(text, intent, addressees, everyone, List.of());
    }

    /** True when the message names {@code seat}, or speaks to everyone. */
    public boolean addresses(String seat) {
        return everyone || addressees.contains(seat);
    }
}
