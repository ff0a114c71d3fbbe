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
 * seats that voted down a wording it wants, and what each of them has backed. Votes on open
 * amendments change all the time; the record changes only when an amendment closes. So the
 * seats to ask are worked out again only when an amendment closed or what each wording is worth
 * to this seat changed (the text or the expected decision), and what each seat backed is added
 * to as amendments close. One per bot.
 */
final class Lobby {

    /** A wording a seat backed (proposed, co-sponsored or voted for), and where it first did on the record. */
    record Backed(String clause, String option, int position) {
    }

    /** A seat that voted down {@code against}, a wording this seat wants. */
    record Opposer(String seat, AmendmentView against) {
    }

    private final double minimumGain;
    private int closed = -1;
    private Object text;
    private Object projection;
    private List<Opposer> opposers = List.of();
    /** Per seat, the wordings it backed on the record, first backed first; kept up as amendments close. */
    private final Map<String, List<Backed>> backed = new HashMap<>();
    /** The places in the list of amendments of those already on the record. */
    private final java.util.BitSet recorded = new java.util.BitSet();
    /** Per closed amendment, the seats that voted against it, in seat order: a closed amendment's votes are final. */
    private final Map<AmendmentView, List<String>> against = new IdentityHashMap<>();

    /** {@code minimumGain}: what a wording must be worth to this seat to lobby for it. */
    Lobby(double minimumGain) {
        this.minimumGain = minimumGain;
    }

    /**
     * The seats that voted down a wording this seat wants (its ideal, not the text's, worth
     * {@code minimumGain} or more), each with the first such vote; first asked first, in seat
     * order within an amendment.
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
            record(v.amendments());
        }
        if (closedNow != closed || v.text() != text || v.projection() != projection) {
            closed = closedNow;
            text = v.text();
            projection = v.projection();
            opposers = closedNow == 0 ? List.of() : opposersNow(mind);
        }
        return opposers;
    }

    private List<Opposer> opposersNow(Mind mind) {
        List<Opposer> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AmendmentView a : mind.view().amendments()) {
            if (a.status().equals("rejected") && a.option().equals(mind.ideal(a.clause()))
                    && !a.option().equals(mind.current(a.clause())) && mind.gain(a.clause(), a.option()) >= minimumGain) {
                for (String seat : against(mind, a)) {
                    if (!seat.equals(mind.me()) && seen.add(seat)) {
                        out.add(new Opposer(seat, a));
                    }
                }
            }
        }
        return out;
    }

    private List<String> against(Mind mind, AmendmentView a) {
        List<String> seats = against.get(a);
        if (seats == null) {
            seats = new ArrayList<>();
            for (PlayerView.Card c : mind.view().delegations()) { // seat order, whatever the votes' order
                if (a.votes().get(c.id()) == Ballot.OPPOSE) {
                    seats.add(c.id());
                }
            }
            against.put(a, seats);
        }
        return seats;
    }

    /**
     * The wordings {@code seat} backed on the closed amendments, in the order of those
     * amendments, each once (at its first). Valid for the record {@link #opposers} last saw.
     */
    List<Backed> backed(String seat) {
        return backed.getOrDefault(seat, List.of());
    }

    /** Adds the amendments closed since the last look to what each seat backed. */
    private void record(List<AmendmentView> amendments) {
        int at = 0;
        for (AmendmentView a : amendments) {
            if (!recorded.get(at) && !a.status().equals("open")) {
                recorded.set(at);
                int position = at;
                note(a.proposer(), a, position);
                for (String c : a.cosponsors()) {
                    note(c, a, position);
                }
                a.votes().forEach((seat, b) -> {
                    if (b == Ballot.SUPPORT) {
                        note(seat, a, position);
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
    private void note(String seat, AmendmentView a, int position) {
        List<Backed> list = backed.computeIfAbsent(seat, k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            Backed b = list.get(i);
            if (b.clause().equals(a.clause()) && b.option().equals(a.option())) {
                if (b.position() <= position) {
                    return;
                }
                list.remove(i);
                break;
            }
        }
        int i = list.size();
        while (i > 0 && list.get(i - 1).position() > position) {
            i--;
        }
        list.add(i, new Backed(a.clause(), a.option(), position));
    }
}
