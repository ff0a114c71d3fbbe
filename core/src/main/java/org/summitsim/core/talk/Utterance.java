package org.summitsim.core.talk;

import java.util.List;

/**
 * A message as the {@link Recogniser} read it: what it asks or offers, and whom it calls on: the
 * delegations named at its start or, after a comma, at its end ("China, will you sign?", "what do
 * you want, Korea?"), and {@code everyone} when it speaks to all ("Friends, ...", "will you all
 * sign?"). A bot in a caucus answers only a message addressed to it. {@code amendments}: the open
 * amendments it named by id ("A45"), in order, once each; the intent reads them as their wordings.
 */
public record Utterance(
        String text, Intent intent, List<String> addressees, boolean everyone, List<String> amendments) {

    public Utterance {
        addressees = List.copyOf(addressees);
        amendments = List.copyOf(amendments);
    }

    public Utterance(String text, Intent intent, List<String> addressees, boolean everyone) {
        this(text, intent, addressees, everyone, List.of());
    }

    /** True when the message names {@code seat}, or speaks to everyone. */
    public boolean addresses(String seat) {
        return everyone || addressees.contains(seat);
    }
}
