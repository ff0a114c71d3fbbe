package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.journal.Journal;
import org.summitsim.server.journal.JournalWriter;

/**
 * A room whose journal can no longer be written takes no more commands, so it must stop
 * counting toward the room limit at once, as an ended room does; otherwise every such room
 * would hold a place until the server restarts.
 */
class FailedJournalTest {

    @TempDir
    Path data;

    @Test
    void aRoomWhoseJournalFailedIsFinishedAndRefusesMoves() throws Exception {
        Scenario scenario = ScenarioReader.shipped("classroom-mini");
        List<Room> finished = new CopyOnWriteArrayList<>();
        RoomContext ctx = new RoomContext(
                System::currentTimeMillis,
                null,
                new RoomContext.TokenIndex() {
                    @Override
                    public void put(String token, Room room, String seat) {}

                    @Override
                    public void remove(String token) {}
                },
                finished::add,
                r -> {});
        DefaultEventLoop loop = new DefaultEventLoop();
        JournalWriter writer = new JournalWriter(1, Durability.ALWAYS, 100);
        try {
            Path file = data.resolve("room.jsonl");
            Match match = Match.open(scenario, 1, org.summitsim.core.rules.Settings.of(scenario));
            Map<String, String> seats = new LinkedHashMap<>();
            scenario.playable().forEach(d -> seats.put(d.id(), "st." + d.id()));
            RoomOptions options = RoomOptions.parse(null, scenario, BotFactory.builtIn(0));
            JournalRecord.RoomOpened header =
                    new JournalRecord.RoomOpened("r1", "ABCD", scenario.id(), 0, options.saved(), "ft.x", seats);
            Journal journal = writer.open(file, 0);
            // The room's first records are stored before the disk goes away, as in a real room.
            CompletableFuture<Long> opened = new CompletableFuture<>();
            journal.listener(new Journal.Listener() {
                @Override
                public void stored(long position) {
                    opened.complete(position);
                }

                @Override
                public void failed(java.io.IOException e) {
                    opened.completeExceptionally(e);
                }
            });
            journal.append(List.of(
                    header, new JournalRecord.EventRecord(1, 0, match.log().get(0))));
            assertThat(opened.get(5, TimeUnit.SECONDS)).isEqualTo(2);
            Room room = new Room(
                    ctx,
                    new LoopClock(loop, System::currentTimeMillis),
                    header,
                    scenario,
                    match,
                    new ArrayList<>(List.of(0L)),
                    journal);

            // The disk goes away under the room: its file is closed and gone, so the next write fails.
            journal.close();
            Files.delete(file);
            Verdict first = onLoop(
                    room,
                    () -> room.submit(new Move(Actor.FACILITATOR, match.state().stage(), new Command.Start())));
            assertThat(first.accepted()).as("decided before the write failed").isTrue();

            long until = System.currentTimeMillis() + 5_000;
            while (finished.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            assertThat(finished).containsExactly(room);
            CompletableFuture<String> refusal = new CompletableFuture<>();
            room.execute(() -> {
                try {
                    room.submit(new Move(Actor.FACILITATOR, match.state().stage(), new Command.Advance()));
                    refusal.complete("accepted");
                } catch (ProtocolError e) {
                    refusal.complete(e.code());
                }
            });
            assertThat(refusal.get(5, TimeUnit.SECONDS)).isEqualTo(ErrorCodes.STORAGE_FAILED);
        } finally {
            writer.close();
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static Verdict onLoop(Room room, java.util.function.Supplier<Verdict> task) throws Exception {
        CompletableFuture<Verdict> done = new CompletableFuture<>();
        room.execute(() -> {
            try {
                done.complete(task.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(5, TimeUnit.SECONDS);
    }
}
