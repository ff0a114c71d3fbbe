package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.LegalMoves;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.LegalAction;

/**
 * Plays test-4x3 from a list of numbers: each number picks one move, most often one of a seat's
 * legal actions, otherwise a chair move or deliberate garbage (unknown seats and ids, wrong and
 * missing stages, empty and oversized text, moves by the wrong actor). Keeps its own model of
 * who may read each private message, built from the moves it sent, not from the engine's events.
 */
final class Playthrough {

    static final List<String> SEATS = List.of("north", "south", "east", "west");
    static final String LONG = "x".repeat(2001);

    /**
     * Called after each move. When snapshots are tracked, {@code before} is the match's snapshot
     * before the move and {@code after} the one after a rejected move; both are null otherwise.
     */
    interface Observer {
        void after(Playthrough p, Move move, Verdict verdict, String before, String after);
    }

    final MatchDriver d;
    /** The text as the adopted amendments say it should read. */
    final Map<String, String> modelText = new LinkedHashMap<>();
    /** Caucus id to its members, from the moves accepted. */
    final Map<String, Set<String>> caucusMembers = new LinkedHashMap<>();
    /** A unique marker in private text to the seats that may read it. */
    final Map<String, Set<String>> privateMarkers = new LinkedHashMap<>();
    /** Caucus id to the marker in its name. */
    final Map<String, String> caucusNames = new LinkedHashMap<>();
    /** A unique marker in a sealed decision's statement to the seat that wrote it. */
    final Map<String, String> secretStatements = new LinkedHashMap<>();

    int step;
    /** The snapshot after the last move when that move changed nothing; saves taking it twice. */
    private String unchanged;
    /** Whether the move being played was one of the seat's listed legal actions. */
    boolean fromLegalAction;

    int accepted;
    int rejected;

    private Playthrough(Settings settings) {
        this.d = MatchDriver.open(settings);
        modelText.putAll(d.state().text());
    }

    /** Settings chosen by the first number: adoption rule and whether the facilitator reads private talk. */
    static Settings settingsFor(int x) {
        Settings s = Settings.of(TestScenarios.test4x3());
        AdoptionRule rule = switch (x % 4) {
            case 0 -> s.adoption();
            case 1 -> new AdoptionRule(AdoptionRule.CONSENSUS, 0, null);
            case 2 -> new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, 2.0 / 3);
            default -> new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, 0.5);
        };
        return s.withAdoption(rule).withFacilitatorReadsPrivate((x / 4) % 2 == 0);
    }

    static Playthrough run(List<Integer> script, boolean snapshots, Observer observer) {
        Playthrough p = new Playthrough(settingsFor(script.isEmpty() ? 0 : script.get(0)));
        int afterTheEnd = 0;
        for (int x : script) {
            if (p.d.state().over() && ++afterTheEnd > 5) {
                break;
            }
            Move move = p.moveFor(x);
            p.play(move, snapshots, observer);
            p.fromLegalAction = false;
        }
        return p;
    }

    /** Ends the match if it is still going (the facilitator's `end`). */
    void finish(boolean snapshots, Observer observer) {
        if (!d.state().over()) {
            play(new Move(Actor.FACILITATOR, d.stage(), new Command.EndMatch()), snapshots, observer);
        }
    }

    void play(Move move, boolean snapshots, Observer observer) {
        step++;
        String before = snapshots ? (unchanged != null ? unchanged : d.snapshot()) : null;
        unchanged = null;
        Map<String, Set<String>> membersBefore = copy(caucusMembers);
        Verdict v = d.match().submit(move);
        if (v.accepted()) {
            accepted++;
            learn(move, v, membersBefore);
        } else {
            rejected++;
        }
        String after = snapshots && !v.accepted() ? d.snapshot() : null;
        observer.after(this, move, v, before, after);
        unchanged = after;
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, new LinkedHashSet<>(v)));
        return out;
    }

    private void learn(Move move, Verdict v, Map<String, Set<String>> membersBefore) {
        String seat = move.actor().seat();
        Command c = move.command();
        if (c instanceof Command.Whisper w) {
            privateMarkers.put(w.text(), Set.of(seat, w.to()));
        } else if (c instanceof Command.CreateCaucus cc) {
            Event.CaucusCreated e = (Event.CaucusCreated) v.events().get(0);
            Set<String> members = new LinkedHashSet<>();
            members.add(seat);
            members.addAll(cc.members());
            caucusMembers.put(e.caucus(), members);
            privateMarkers.put(cc.name(), new LinkedHashSet<>(members));
            caucusNames.put(e.caucus(), cc.name());
        } else if (c instanceof Command.InviteToCaucus i) {
            caucusMembers.get(i.caucus()).add(i.seat());
            privateMarkers.get(caucusNames.get(i.caucus())).add(i.seat());
        } else if (c instanceof Command.LeaveCaucus l) {
            caucusMembers.get(l.caucus()).remove(seat);
        } else if (c instanceof Command.CaucusSay s) {
            privateMarkers.put(s.text(), Set.copyOf(membersBefore.get(s.caucus())));
        } else if (c instanceof Command.OfferDeal o) {
            privateMarkers.put(o.text(), Set.of(seat, o.to()));
        } else if (c instanceof Command.Decide dec && !dec.statement().isEmpty()) {
            secretStatements.put(dec.statement(), seat);
        }
        for (Event e : v.events()) {
            if (e instanceof Event.AmendmentResolved r && r.adopted()) {
                modelText.put(r.clause(), r.option());
            }
        }
    }

    // ---- choosing moves ------------------------------------------------------------------------

    Move moveFor(int x) {
        int r = x % 100;
        int y = x / 100;
        String seat = SEATS.get(y % SEATS.size());
        Phase phase = d.stage().phase();
        // The chair moves on sooner in the short early phases, so that most walks reach the rounds
        // and many reach the final decisions and the results.
        int advance = switch (phase) {
            case LOBBY, BRIEFING -> 14;
            case OPENING -> 10;
            case ROUND -> 3;
            case FINAL, RESULTS -> 1;
        };
        if (r < advance) {
            return chair(phase == Phase.LOBBY ? new Command.Start() : new Command.Advance());
        }
        r -= advance;
        if (r < 2) {
            return new Move(Actor.HOST, d.stage(), new Command.Deadline());
        }
        if (r < 4) {
            return chair(d.state().paused() ? new Command.Resume() : new Command.Pause());
        }
        if (r < 6) {
            String open = d.state().amendments().stream()
                    .filter(Amendment::isOpen)
                    .map(Amendment::id)
                    .findFirst()
                    .orElse("A" + (y % 5));
            return chair(new Command.CallVote(open));
        }
        if (r < 7) {
            return chair(
                    y % 2 == 0
                            ? new Command.ReleaseInject("report", null, null)
                            : new Command.ReleaseInject(null, "News " + step, "Something happened."));
        }
        if (r < 12) {
            return extra(seat, y);
        }
        if (r < 32) {
            return garbage(seat, y);
        }
        List<LegalAction> actions =
                d.match().view(org.summitsim.core.view.Viewer.seat(seat)).legalActions();
        if (actions.isEmpty()) {
            return chair(phase == Phase.LOBBY ? new Command.Start() : new Command.Resume());
        }
        List<LegalAction> decisions =
                actions.stream().filter(a -> a.command().equals("decide")).toList();
        if (!decisions.isEmpty() && y % 2 == 0) {
            actions = decisions;
        }
        LegalAction a = actions.get((y / 4) % actions.size());
        fromLegalAction = true;
        String other = SEATS.get((SEATS.indexOf(seat) + 1 + y % 3) % SEATS.size());
        return seatMove(seat, LegalMoves.toCommand(a, text(a.command(), seat), y / 7, other));
    }

    private String text(String command, String seat) {
        return marker(command.equals("decide") ? "secret" : "m", seat);
    }

    /** A text no other text contains: "~m12-north~". */
    private String marker(String kind, String seat) {
        return "~" + kind + step + "-" + seat + "~";
    }

    private Move seatMove(String seat, Command c) {
        return new Move(Actor.seat(seat), d.stage(), c);
    }

    private Move chair(Command c) {
        return new Move(Actor.FACILITATOR, d.stage(), c);
    }

    /** Valid-looking moves that legal actions do not spell out: deals with promises, invitations, members. */
    private Move extra(String seat, int y) {
        String other = SEATS.get((SEATS.indexOf(seat) + 1 + y % 3) % SEATS.size());
        String openAmendment = d.state().amendments().stream()
                .filter(Amendment::isOpen)
                .map(Amendment::id)
                .findFirst()
                .orElse(null);
        switch ((y / 4) % 3) {
            case 0 -> {
                Promise give = openAmendment != null && y % 3 == 0
                        ? new Promise.Vote(openAmendment, Ballot.values()[y % 3])
                        : y % 3 == 1
                                ? new Promise.Support(
                                        "forum",
                                        List.of("summit", "un", "treaty").get((y / 3) % 3))
                                : new Promise.Decide(
                                        Decision.values()[y % 3],
                                        List.of(new TextCondition("forum", List.of("un", "treaty"))));
                return seatMove(
                        seat,
                        new Command.OfferDeal(
                                other, give, new Promise.Decide(Decision.SIGN, List.of()), marker("m", seat)));
            }
            case 1 -> {
                String caucus = caucusMembers.entrySet().stream()
                        .filter(e -> e.getValue().contains(seat))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse("C1");
                return seatMove(seat, new Command.InviteToCaucus(caucus, other));
            }
            default -> {
                return seatMove(seat, new Command.CreateCaucus(marker("m", seat), List.of(other)));
            }
        }
    }

    private Move garbage(String seat, int y) {
        Stage now = d.stage();
        String other = SEATS.get((SEATS.indexOf(seat) + 1) % SEATS.size());
        return switch ((y / 4) % 20) {
            case 0 -> new Move(Actor.seat("atlantis"), now, new Command.Say(marker("m", "public")));
            case 1 -> new Move(Actor.seat(seat), Stage.round(7), new Command.Say(marker("m", "public")));
            case 2 -> new Move(Actor.seat(seat), null, new Command.Ready());
            case 3 -> seatMove(seat, new Command.CastVote("A99", Ballot.SUPPORT));
            case 4 -> seatMove(seat, new Command.AcceptDeal("D" + (y % 4)));
            case 5 -> seatMove(seat, new Command.CaucusSay("C" + (y % 4), marker("m", "nobody")));
            case 6 -> seatMove(seat, new Command.Say(y % 2 == 0 ? "" : "   "));
            case 7 -> seatMove(seat, new Command.Say(LONG));
            case 8 -> seatMove(seat, new Command.Whisper(seat, marker("m", "self")));
            case 9 -> seatMove(seat, new Command.Propose("weather", "sunny", "why not"));
            case 10 -> new Move(Actor.FACILITATOR, now, new Command.Say(marker("m", "public")));
            case 11 -> seatMove(seat, new Command.Advance());
            case 12 -> seatMove(seat, new Command.Decide(null, ""));
            case 13 -> chair(new Command.Deadline());
            case 14 -> chair(new Command.Extend(y % 2 == 0 ? 0 : 100_000));
            case 15 -> seatMove(seat, new Command.Whisper(other, LONG));
            case 16 -> seatMove(seat, new Command.Withdraw("A" + (y % 4)));
            case 17 -> new Move(Actor.seat(seat), previous(now), new Command.Ready());
            case 18 -> seatMove(seat, new Command.InviteToCaucus("C" + (y % 3), "atlantis"));
            default -> seatMove(seat, new Command.Propose("forum", "un", LONG));
        };
    }

    private static Stage previous(Stage now) {
        return switch (now.phase()) {
            case LOBBY, BRIEFING -> Stage.LOBBY;
            case OPENING -> Stage.of(Phase.BRIEFING);
            case ROUND -> now.round() == 1 ? Stage.of(Phase.OPENING) : Stage.round(now.round() - 1);
            case FINAL -> Stage.round(2);
            case RESULTS -> Stage.of(Phase.FINAL);
        };
    }

    /** Every private marker and secret seen so far, for leak checks. */
    List<String> allSecrets() {
        List<String> out = new ArrayList<>(privateMarkers.keySet());
        out.addAll(secretStatements.keySet());
        return out;
    }
}
