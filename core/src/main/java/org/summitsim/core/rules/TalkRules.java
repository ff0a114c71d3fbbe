package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Floor statements, bilateral messages and caucuses. */
final class TalkRules {

    private TalkRules() {}

    static Verdict decide(MatchState state, String seat, Command command) {
        boolean floor = command instanceof Command.Say;
        Verdict wrongPhase = Rules.requirePhase(
                state, floor ? Rules.FLOOR : Rules.TALK, floor ? "speak on the floor" : "talk privately");
        if (wrongPhase != null) {
            return wrongPhase;
        }
        if (command instanceof Command.Say c) {
            Verdict bad = Limits.checkText(
                    "statement",
                    c.text(),
                    Limits.STATEMENT,
                    "A statement on the floor needs its \"text\". Write something to send.");
            return bad != null ? bad : Verdict.accept(new Event.FloorStatement(seat, c.text()));
        }
        if (command instanceof Command.Whisper c) {
            return whisper(state, seat, c);
        }
        if (command instanceof Command.CreateCaucus c) {
            return create(state, seat, c);
        }
        if (command instanceof Command.InviteToCaucus c) {
            return invite(state, seat, c);
        }
        if (command instanceof Command.LeaveCaucus c) {
            Caucus caucus = state.caucus(c.caucus()).orElse(null);
            Verdict bad = member(state, caucus, c.caucus(), seat, "Leaving a caucus");
            if (bad != null) {
                return bad;
            }
            List<String> remaining = new ArrayList<>(caucus.members());
            remaining.remove(seat);
            return Verdict.accept(new Event.CaucusLeft(caucus.id(), seat, remaining));
        }
        Command.CaucusSay c = (Command.CaucusSay) command;
        Caucus caucus = state.caucus(c.caucus()).orElse(null);
        Verdict bad = member(state, caucus, c.caucus(), seat, "A caucus message");
        if (bad == null) {
            bad = Limits.checkText(
                    "message",
                    c.text(),
                    Limits.STATEMENT,
                    "A caucus message needs its \"text\". Write something to send.");
        }
        return bad != null
                ? bad
                : Verdict.accept(new Event.CaucusMessage(caucus.id(), seat, c.text(), caucus.members()));
    }

    private static Verdict whisper(MatchState state, String seat, Command.Whisper c) {
        if (c.to() == null) {
            return Rules.missingSeat(
                    "A private message needs its \"to\": the delegation to write to", Rules.others(state, seat));
        }
        if (!state.isSeat(c.to())) {
            return Rules.unknownSeat(state, c.to());
        }
        if (c.to().equals(seat)) {
            return Verdict.reject(
                    RejectionCode.SELF_TARGET,
                    "You cannot send a private message to yourself; name another delegation.");
        }
        Verdict bad = Limits.checkText(
                "message",
                c.text(),
                Limits.STATEMENT,
                "A private message needs its \"text\". Write something to send.");
        return bad != null ? bad : Verdict.accept(new Event.DirectMessage(seat, c.to(), c.text()));
    }

    private static Verdict create(MatchState state, String seat, Command.CreateCaucus c) {
        Verdict bad = Limits.checkText(
                "caucus name",
                c.name(),
                Limits.NAME,
                "A caucus needs its \"name\": what to call it, at most " + Limits.NAME + " characters.");
        if (bad != null) {
            return bad;
        }
        Set<String> members = new LinkedHashSet<>();
        members.add(seat);
        for (String m : c.members()) {
            if (!state.isSeat(m)) {
                return Rules.unknownSeat(state, m);
            }
            members.add(m);
        }
        // A caucus of one is talk to nobody; it needs someone to talk to from the start.
        if (members.size() < 2) {
            return Verdict.reject(
                    RejectionCode.SELF_TARGET,
                    "A caucus needs at least one other delegation: name it in \"members\" (you are added"
                            + " yourself). The others: "
                            + String.join(
                                    ", ",
                                    state.seats().stream()
                                            .filter(s -> !s.equals(seat))
                                            .toList()) + ".");
        }
        if (members.size() > Limits.CAUCUS_MEMBERS) {
            return Verdict.reject(
                    RejectionCode.TOO_MANY_MEMBERS,
                    "A caucus can have at most " + Limits.CAUCUS_MEMBERS + " members; leave some out.");
        }
        String id = state.nextId("C", state.caucusCount());
        return Verdict.accept(new Event.CaucusCreated(id, c.name(), seat, List.copyOf(members)));
    }

    private static Verdict invite(MatchState state, String seat, Command.InviteToCaucus c) {
        Caucus caucus = state.caucus(c.caucus()).orElse(null);
        Verdict bad = member(state, caucus, c.caucus(), seat, "An invitation");
        if (bad != null) {
            return bad;
        }
        if (c.seat() == null) {
            return Rules.missingSeat(
                    "An invitation needs its \"seat\": the delegation to invite",
                    state.seats().stream().filter(s -> !caucus.has(s)).toList());
        }
        if (!state.isSeat(c.seat())) {
            return Rules.unknownSeat(state, c.seat());
        }
        if (caucus.has(c.seat())) {
            return Verdict.reject(
                    RejectionCode.ALREADY_MEMBER,
                    "Caucus " + caucus.id() + " already includes " + c.seat() + "; invite someone else.");
        }
        List<String> members = new ArrayList<>(caucus.members());
        members.add(c.seat());
        return Verdict.accept(new Event.CaucusJoined(caucus.id(), c.seat(), seat, members));
    }

    /**
     * Unknown caucus and non-member get the same answer, so outsiders learn nothing. {@code what}
     * ("An invitation") without its caucus id is told the field and the seat's own caucuses.
     */
    private static Verdict member(MatchState state, Caucus caucus, String id, String seat, String what) {
        if (id == null) {
            List<String> yours = state.caucuses().stream()
                    .filter(k -> k.has(seat))
                    .map(Caucus::id)
                    .toList();
            return Verdict.reject(
                    RejectionCode.UNKNOWN_CAUCUS,
                    what + " needs its \"caucus\": the id of a caucus you are in"
                            + (yours.isEmpty()
                                    ? "; you are in none yet."
                                    : " (yours: " + String.join(", ", yours) + ")."));
        }
        if (caucus == null || !caucus.has(seat)) {
            return Verdict.reject(RejectionCode.UNKNOWN_CAUCUS, "You are not in a caucus \"" + id + "\".");
        }
        return null;
    }
}
