package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;

/**
 * Whom a seat could ask for the votes it misses, from the record of closed amendments: the
 * seats that voted down or abstained on a wording it wants, and what each of them has backed. Votes on open
 * amendments change all the time; the record changes only when an amendment closes. So the
 * seats to ask are worked out again only when an amendment closed or what each wording is worth
 * to this seat changed (the text or its expected decision), and what each seat backed is added
 * to as amendments close, when a seat is next priced. One per bot.
 */
final class Lobby {

    /** A wording a seat backed (proposed, co-sponsored or voted for), and where it first did on the record. */
    record Backed(String clause, String option, int position) {}

    /** A seat that voted down {@code against}, a wording this seat wants. */
    record Opposer(String seat, AmendmentView against) {}

    private final double minimumGain;
    private int closed = -1;
    private Object text;
    private org.summitsim.core.scenario.Decision expected;
    private List<Opposer> opposers = List.of();
    /** Per seat, the wordings it backed on the record, first backed first; kept up as amendments close. */
    private final Map<String, SeatRecord> backed = new HashMap<>();
    /** Each wording on the record ("clause\u0000option"), numbered as first seen. */
    private final Map<String, Integer> wordings = new HashMap<>();
    /** The places in the list of amendments of those already on the record, and whether some closed since. */
    private final java.util.BitSet recorded = new java.util.BitSet();

    private boolean unrecorded;
    /** Per closed amendment, the seats that voted against it, in seat order: a closed amendment's votes are final. */
    private final Map<AmendmentView, int[]> against = new IdentityHashMap<>();

    /** {@code minimumGain}: what a wording must be worth to this seat to lobby for it. */
    Lobby(double minimumGain) {
        this.minimumGain = minimumGain;
    }

    /**
     * The seats that voted down or abstained on a wording this seat wants (its ideal, not the
     * text's, worth {@code minimumGain} or more), each with the first such vote; first asked
     * first, within an amendment those against before those abstaining, each in seat order.
     */
    List<Opposer> opposers(Mind mind) {
        PlayerView v = mind.view();
        int closedNow = 0;
        for (AmendmentView a : v.amendments()) {
            if (!a.status().equals("open")) {
                closedNow++;
            }
        }
        if (closedNow != closed) {
            unrecorded = true; // the record is brought up to date when a seat is priced, if ever
        }
        // What a wording is worth to this seat depends on the text and its expected decision,
        // not on the rest of the projection, which every pledge changes.
        if (closedNow != closed || v.text() != text || mind.bestDecision() != expected) {
            closed = closedNow;
            text = v.text();
            expected = mind.bestDecision();
            opposers = closedNow == 0 ? List.of() : opposersNow(mind);
        }
        return opposers;
    }

    private List<Opposer> opposersNow(Mind mind) {
        List<Opposer> out = new ArrayList<>();
        List<PlayerView.Card> seats = mind.view().delegations();
        boolean[] seen = new boolean[seats.size()];
        for (AmendmentView a : mind.view().amendments()) {
            if (a.status().equals("rejected")
                    && a.option().equals(mind.ideal(a.clause()))
                    && !a.option().equals(mind.current(a.clause()))
                    && mind.gain(a.clause(), a.option()) >= minimumGain) {
                for (int i : against(seats, a)) {
                    String seat = seats.get(i).id();
                    if (!seen[i] && !seat.equals(mind.me())) {
                        seen[i] = true;
                        out.add(new Opposer(seat, a));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The places in seat order of the seats that voted against {@code a}, then of those that
     * abstained: an abstainer hardly minds the wording, so its vote is the cheapest to win.
     */
    private int[] against(List<PlayerView.Card> seats, AmendmentView a) {
        int[] places = against.get(a);
        if (places == null) {
            int n = 0;
            int[] all = new int[seats.size()];
            for (Ballot wanted : new Ballot[] {Ballot.OPPOSE, Ballot.ABSTAIN}) {
                for (int i = 0; i < seats.size(); i++) {
                    if (a.votes().get(seats.get(i).id()) == wanted) {
                        all[n++] = i;
                    }
                }
            }
            places = java.util.Arrays.copyOf(all, n);
            against.put(a, places);
        }
        return places;
    }

    /**
     * The wordings {@code seat} backed on the closed amendments, in the order of those
     * amendments, each once (at its first): the record {@link #opposers} saw on this turn.
     */
    List<Backed> backed(Mind mind, String seat) {
        if (unrecorded) {
            record(mind.view().amendments());
            unrecorded = false;
        }
        SeatRecord r = backed.get(seat);
        return r == null ? List.of() : r.wordings;
    }

    /** Adds the amendments closed since the last look to what each seat backed. */
    private void record(List<AmendmentView> amendments) {
        int at = 0;
        for (AmendmentView a : amendments) {
            if (!recorded.get(at) && !a.status().equals("open")) {
                recorded.set(at);
                int position = at;
                int wording = wordings.computeIfAbsent(a.clause() + '\u0000' + a.option(), k -> wordings.size());
                note(a.proposer(), a, wording, position);
                for (String c : a.cosponsors()) {
                    note(c, a, wording, position);
                }
                a.votes().forEach((seat, b) -> {
                    if (b == Ballot.SUPPORT) {
                        note(seat, a, wording, position);
                    }
                });
            }
            at++;
        }
    }

    /**
     * Notes that {@code seat} backed the wording of {@code a}, the amendment at {@code position}:
     * amendments may close out of the order they were tabled, so it goes in its place, and
     * replaces a later mention of the same wording.
     */
    private void note(String seat, AmendmentView a, int wording, int position) {
        SeatRecord r = backed.computeIfAbsent(seat, k -> new SeatRecord());
        int first = r.first(wording);
        if (first >= 0 && first <= position) {
            return;
        }
        List<Backed> list = r.wordings;
        if (first >= 0) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).position() == first) {
                    list.remove(i);
                    break;
                }
            }
        }
        int i = list.size();
        while (i > 0 && list.get(i - 1).position() > position) {
            i--;
        }
        list.add(i, new Backed(a.clause(), a.option(), position));
        r.first(wording, position);
    }

    /** What one seat backed, in order, and where it first backed each wording (by the wording's number). */
    private static final class SeatRecord {
        final List<Backed> wordings = new ArrayList<>();
        private int[] firsts = new int[0];

        int first(int wording) {
            return wording < firsts.length ? firsts[wording] - 1 : -1;
        }

        void first(int wording, int position) {
            if (wording >= firsts.length) {
                firsts = java.util.Arrays.copyOf(firsts, Math.max(wording + 1, 2 * firsts.length));
            }
            firsts[wording] = position + 1;
        }
    }
}
