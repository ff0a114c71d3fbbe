package org.summitsim.client.cli;

import java.nio.file.Path;
import org.summitsim.client.report.Reports;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.server.report.ReportMaker;

/**
 * The reports {@code summit serve} hands the server for the teacher's page ({@code get_report}):
 * the debrief in HTML and the grade sheet in CSV, exactly as {@code summit report ROOM --format
 * html} (or {@code csv}) writes them.
 */
public final class ServedReports implements ReportMaker {

    private final Path dataDir;

    public ServedReports(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public String debriefHtml(Path journal) throws CannotReport {
        return debrief(journal, "html");
    }

    @Override
    public String gradesCsv(Path journal) throws CannotReport {
        return debrief(journal, "csv");
    }

    private String debrief(Path journal, String format) throws CannotReport {
        try {
            return new Reports(dataDir, null).debrief(journal.toString(), format);
        } catch (ReportException e) {
            throw new CannotReport(e.getMessage(), e);
        }
    }
}
