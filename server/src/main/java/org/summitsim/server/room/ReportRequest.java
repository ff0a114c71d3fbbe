package org.summitsim.server.room;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.StageText;
import org.summitsim.protocol.Wire;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.report.ReportMaker;

/**
 * {@code get_report}. The report shows private talk's counts, caucuses, deals and every decision:
 * the facilitator's alone. It is made from the journal once the match is over and every event of
 * it is stored, away from the room's loop, and answered with a one-time link.
 */
final class ReportRequest {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRequest.class);

    private final Room room;

    ReportRequest(Room room) {
        this.room = room;
    }

    void report(Member m, ClientMessage.GetReport ask, String rid, ReportDesk reports) {
        boolean csv = ClientMessage.GetReport.CSV.equals(ask.formatOrDefault());
        if (m.role != Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can open the room's report.");
        }
        String id = room.id;
        if (!reports.available()) {
            throw new ProtocolError(
                    ErrorCodes.NO_REPORTS,
                    "This server does not make reports. In the folder where"
                            + " the server runs, type: " + ReportCommand.of(id, room.journal.file())
                            + (csv ? " --out grades.csv" : " --out debrief.html"));
        }
        if (room.failed()) {
            throw new ProtocolError(
                    ErrorCodes.STORAGE_FAILED,
                    "The server could not save this room, so it cannot" + " make its report.");
        }
        if (!room.match().state().over()) {
            throw new ProtocolError(
                    ErrorCodes.REPORT_NOT_READY,
                    "The report is made once the summit has ended;" + " this room is in "
                            + StageText.format(room.match().state().stage()) + ".");
        }
        Path file = room.journal.file();
        // After everything appended so far is stored: the report reads the journal from the disk.
        room.fanOut.send(() -> reports.issue(id, room.options.label(), file, csv)
                .whenComplete((link, failure) -> room.execute(() -> {
                    if (failure == null) {
                        room.fanOut.reply(
                                m,
                                Wire.encode(new ServerMessage.Report(
                                        rid, id, link.path(), link.expiresInSeconds(), link.fileName())));
                        return;
                    }
                    Throwable why = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
                    if (why instanceof ReportMaker.CannotReport cannot) {
                        room.fanOut.reply(m, Wire.error(rid, ErrorCodes.REPORT_FAILED, cannot.getMessage()));
                    } else {
                        LOG.error("Room {}: its report could not be made", id, why);
                        room.fanOut.reply(
                                m,
                                Wire.error(
                                        rid,
                                        ErrorCodes.REPORT_FAILED,
                                        "The report could not be made; the"
                                                + " server's log says why. In the folder where the server runs, "
                                                + ReportCommand.of(id, file)
                                                + (csv ? " --out grades.csv" : "")
                                                + " tries again."));
                    }
                })));
    }
}
