package org.summitsim.core.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the facilitator has done to keep the room's talk fit for a class: the floor statements
 * taken off every screen, and the delegations muted. It also remembers which event numbers were
 * floor statements, and whose, so that a statement can be named by its number.
 */
final class Moderation {

    /** Event numbers of floor statements, ascending, and the speaker's seat position for each. */
    private long[] statements = new long[64];

    private int[] speakers = new int[64];
    private int count;
    private final Set<Long> hidden = new TreeSet<>();
    private final Set<Long> hiddenView = Collections.unmodifiableSet(hidden);
    private final Set<String> muted = new LinkedHashSet<>();
    private final Set<String> mutedView = Collections.unmodifiableSet(muted);

    void statement(long seq, int speaker) {
        if (count == statements.length) {
            statements = Arrays.copyOf(statements, count * 2);
            speakers = Arrays.copyOf(speakers, count * 2);
        }
        statements[count] = seq;
        speakers[count] = speaker;
        count++;
    }

    /** The seat position of whoever made floor statement {@code seq}; empty if event {@code seq} was no floor statement. */
    Optional<Integer> speakerOf(long seq) {
        int at = Arrays.binarySearch(statements, 0, count, seq);
        return at < 0 ? Optional.empty() : Optional.of(speakers[at]);
    }

    void hide(long seq) {
        hidden.add(seq);
    }

    Set<Long> hidden() {
        return hiddenView;
    }

    void mute(String seat, boolean on) {
        if (on) {
            muted.add(seat);
        } else {
            muted.remove(seat);
        }
    }

    Set<String> muted() {
        return mutedView;
    }
}
