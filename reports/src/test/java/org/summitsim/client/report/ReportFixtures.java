package org.summitsim.client.report;

import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.MatchDriver.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.headless.HeadlessJournal;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.journal.Journal;
import org.summitsim.server.journal.JournalWriter;

/**
 * Journals for report tests, written by the real writers: bot matches as `summit match --journal`
 * writes them, and a scripted room as the server's journal writer writes it.
 */
final class ReportFixtures {

    static final String CODE = "KQ7M-D3XP";
    static final String ROOM = "r-k3x9qa";
    /** Private text between others, which no report and no other seat's transcript may contain. */
    static final String CHINA_TO_GERMANY = "SECRET-CG back our UN amendment";

    static final String CAUCUS_TEXT = "SECRET-CAUCUS hold out for negotiations";
    static final String CAUCUS_NAME = "Treaty friends";
    static final String US_TO_NL = "US-NL can you hold the draft?";
    static final String NL_TO_US = "NL-US yes, if you vote for A1";
    static final String CR_STATEMENT = "We want a treaty, not a wish list.";

    private ReportFixtures() {}

    /** A headless bot match written by the same code as `summit match --journal`. */
    static Path headless(Path dir, String scenarioId, long seed, String... strategies) throws IOException {
        MatchRecord record = play(scenarioId, seed, strategies);
        Path file = dir.resolve(scenarioId + "-" + seed + ".jsonl");
        HeadlessJournal.write(
                file, ScenarioFile.shipped(scenarioId), seed, lineup(scenarioId, strategies), record.log());
        return file;
    }

    static MatchRecord play(String scenarioId, long seed, String... strategies) {
        Scenario s = ScenarioReader.shipped(scenarioId);
        Map<String, String> lineup = lineup(scenarioId, strategies);
        Map<String, Bot> bots = new LinkedHashMap<>();
        lineup.forEach((seat, strategy) -> bots.put(seat, Strategies.create(strategy, s, seat, seed)));
        return new HeadlessMatch(s, seed, Settings.of(s), bots, lineup, BotCaller.DIRECT).play();
    }

    private static Map<String, String> lineup(String scenarioId, String... strategies) {
        List<Delegation> seats = ScenarioReader.shipped(scenarioId).playable();
        Map<String, String> lineup = new LinkedHashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            lineup.put(seats.get(i).id(), strategies[Math.min(i, strategies.length - 1)]);
        }
        return lineup;
    }

    /**
     * A classroom-mini room played by hand: private talk between others, a caucus, a pledge, a
     * deal, an adopted and a rejected amendment, and a statement for every decision.
     */
    static MatchDriver scripted(boolean facilitatorReadsPrivate, boolean finish) {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        MatchDriver d = MatchDriver.open(s, 11L, Settings.of(s).withFacilitatorReadsPrivate(facilitatorReadsPrivate));
        d.toOpening();
        ok(d.seat("netherlands").say("Welcome to The Hague."));
        ok(d.seat("costa-rica").say("Costa Rica asks for a treaty."));
        d.toRound(1);
        ok(d.seat("china").dm("germany", CHINA_TO_GERMANY));
        ok(d.seat("united-states").dm("netherlands", US_TO_NL));
        ok(d.seat("netherlands").dm("united-states", NL_TO_US));
        ok(d.seat("costa-rica").createCaucus(CAUCUS_NAME, "austria"));
        String caucus = d.state().caucuses().iterator().next().id();
        ok(d.seat("austria").caucusSay(caucus, CAUCUS_TEXT));
        ok(d.seat("germany").propose("instrument", "consider", "Let us at least consider new law."));
        ok(d.seat("china").propose("process", "un", "All states sit at the UN."));
        ok(d.seat("netherlands").cosponsor("A1"));
        ok(d.seat("austria").pledge(Decision.PUSH_BINDING, reads("instrument", "consider", "silent")));
        ok(d.seat("costa-rica").offer("austria", votes("A1", Ballot.SUPPORT), decides(Decision.PUSH_BINDING)));
        ok(d.seat("austria").accept("D1"));
        for (String seat : List.of("united-states", "china", "costa-rica", "austria")) {
            ok(d.seat(seat).vote("A1", seat.equals("united-states") ? Ballot.OPPOSE : Ballot.SUPPORT));
        }
        for (String seat : List.of("netherlands", "united-states", "germany", "costa-rica", "austria")) {
            if (d.state().amendment("A2").orElseThrow().isOpen()) {
                d.seat(seat).vote("A2", seat.equals("costa-rica") ? Ballot.SUPPORT : Ballot.OPPOSE);
            }
        }
        if (!finish) {
            return d;
        }
        d.toFinal();
        ok(d.seat("netherlands").decide(Decision.SIGN, "A good first step."));
        ok(d.seat("united-states").decide(Decision.SIGN, "We stand by responsible use."));
        ok(d.seat("china").decide(Decision.ABSTAIN, "The UN is the place for this."));
        ok(d.seat("germany").decide(Decision.SIGN, "Germany signs."));
        ok(d.seat("costa-rica").decide(Decision.PUSH_BINDING, CR_STATEMENT));
        d.finish();
        return d;
    }

    /**
     * Writes a match as the server journals a room, with the server's own journal writer: its
     * room record with a join code, the scenario copy beside it, timed events, the names of the
     * people who took the Netherlands (two, one of them twice) and Austria, a program that joined
     * China as a bot, and a bot taking over Austria after the third event.
     */
    static Path serverJournal(Path file, MatchDriver d) throws IOException {
        ScenarioFile played = ScenarioFile.shipped("classroom-mini");
        long time = 1764433100000L;
        JournalRecord.RoomOpened room = new JournalRecord.RoomOpened(
                ROOM,
                CODE,
                played.id(),
                time,
                new JournalRecord.SavedOptions("Period 3", "open", 120, false, "default", null, null, null),
                "ft.x",
                Map.of("austria", "st.a"),
                played.hash());
        Files.deleteIfExists(file);
        ScenarioCopy.write(file, played.text(), false);
        try (JournalWriter writer = new JournalWriter(1, Durability.NEVER, 1000)) {
            Journal journal = writer.create(file, List.of(room)).join();
            journal.append(new JournalRecord.PlayerSeated("netherlands", "Ada", time));
            journal.append(new JournalRecord.PlayerSeated("austria", "Ben", time));
            journal.append(new JournalRecord.PlayerSeated("netherlands", "Cy", time));
            // After a restart the server may record a name again; the sheet names each person once.
            journal.append(new JournalRecord.PlayerSeated("netherlands", "Ada", time));
            // A program that joined as a bot: the seat's bot in the reports, not a student.
            journal.append(new JournalRecord.PlayerSeated("china", "Python bot", time, true));
            int seq = 0;
            for (Event e : d.log()) {
                seq++;
                time += 15_000;
                journal.append(new JournalRecord.EventRecord(seq, time, e));
                if (seq == 3) {
                    journal.append(new JournalRecord.BotTook("austria", "utility", time));
                }
            }
            journal.close();
        }
        return file;
    }
}
