package org.summitsim.core.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the facilitator has done to keep the room's talk fit for a class: the words taken off
 * every screen (floor statements, a pledge's words, an amendment's reason, the statement that
 * comes with a decision), and the delegations
 * muted. It also remembers which event numbers carried such words, whose, and of which pledge or
 * amendment, so that they can be named by their number.
 */
final class Moderation {

    /** What {@link #ofWhat} gives for the statement that came with a delegation's decision. */
    static final String DECISION = "decision";

    /** Event numbers of floor statements, ascending, and the speaker's seat position for each. */
    private long[] statements = new long[64];

    private int[] speakers = new int[64];
    /** Per statement: null for the floor, else the pledge's or the amendment's id. */
    private String[] of = new String[64];

    private int count;
    private final Set<Long> hidden = new TreeSet<>();
    private final Set<Long> hiddenView = Collections.unmodifiableSet(hidden);
    private final Set<String> muted = new LinkedHashSet<>();
    private final Set<String> mutedView = Collections.unmodifiableSet(muted);

    /**
     * Event {@code seq} carried words of seat position {@code speaker}: on the floor ({@code id}
     * null), of pledge or amendment {@code id}, or with a decision ({@link #DECISION}).
     */
    void statement(long seq, int speaker, String id) {
        if (count == statements.length) {
            statements = Arrays.copyOf(statements, count * 2);
            speakers = Arrays.copyOf(speakers, count * 2);
            of = Arrays.copyOf(of, count * 2);
        }
        statements[count] = seq;
        speakers[count] = speaker;
        of[count] = id;
        count++;
    }

    /** The pledge or amendment whose words event {@code seq} carried, or {@link #DECISION}; null for a floor statement or none. */
    String ofWhat(long seq) {
        int at = Arrays.binarySearch(statements, 0, count, seq);
        return at < 0 ? null : of[at];
    }

    /** The seat position of whoever wrote the words of event {@code seq}; empty if it carried none that can be hidden. */
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
