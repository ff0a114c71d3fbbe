package org.summitsim.client.console.render;

import org.summitsim.core.view.PlayerView;

/**
 * What a student takes over with a seat someone else played before (a bot, mostly, when the
 * teacher filled the seats before the class came): the pledges and accepted deals that now bind
 * them, and the amendments that carry the seat's name. A play-test's student found seven deals
 * she never made, and took five minutes to work out where they came from.
 */
public final class Inherited {

    private Inherited() {}

    /** The note for the welcome, or "" when the seat made no promise and tabled nothing. */
    public static String of(PlayerView v, String seat) {
        if (v == null || seat == null) {
            return "";
        }
        long pledges = v.pledges().stream().filter(p -> p.seat().equals(seat)).count();
        long deals = v.deals().stream()
                .filter(d -> d.status().equals("accepted") && d.involves(seat))
                .count();
        long amendments =
                v.amendments().stream().filter(a -> a.proposer().equals(seat)).count();
        if (pledges + deals + amendments == 0) {
            return "";
        }
        java.util.List<String> bind = new java.util.ArrayList<>();
        if (pledges > 0) {
            bind.add(ScorePage.count(pledges, "pledge", "pledges"));
        }
        if (deals > 0) {
            bind.add(ScorePage.count(deals, "accepted deal", "accepted deals"));
        }
        StringBuilder s = new StringBuilder("Someone played this seat before you (a bot, most likely): ");
        if (!bind.isEmpty()) {
            s.append(String.join(" and ", bind))
                    .append(" made in its name bind you now, and a broken promise costs trust points at the end");
        }
        if (amendments > 0) {
            s.append(bind.isEmpty() ? "" : "; ")
                    .append(ScorePage.count(amendments, "amendment carries", "amendments carry"))
                    .append(" its name");
        }
        s.append(". See them with ");
        java.util.List<String> commands = new java.util.ArrayList<>();
        if (pledges > 0) {
            commands.add("`pledges`");
        }
        if (deals > 0) {
            commands.add("`deals`");
        }
        if (amendments > 0) {
            commands.add("`amendments`");
        }
        return s.append(String.join(", ", commands)).append('.').toString();
    }
}
