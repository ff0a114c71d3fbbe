package org.summitsim.core.talk;

import java.util.List;

/**
 * A message as the {@link Recogniser} read it: what it asks or offers, and whom it calls on: the
 * delegations named at its start or, after a comma, at its end ("China, will you sign?", "what do
 * you want, Korea?"), and {@code everyone} when it speaks to all ("Friends, ...", "will you all
 * sign?"). A bot in a caucus answers only a message addressed to it.
 */
public record Utterance(String text, Intent intent, List<String> addressees, boolean everyone) {

    public Utterance {
        addressees = List.copyOf(addressees);
    }

    /** True when the message names {@code seat}, or speaks to everyone. */
    public boolean addresses(String seat) {
        return everyone || addressees.contains(seat);
    }
}
