package org.summitsim.server.report;

import java.nio.file.Path;

/**
 * Makes a room's debrief (and its grade sheet) from its journal, for the teacher's page. The server does not make
 * reports itself: {@code summit serve} hands it one (the same HTML as {@code summit report}). A
 * server without one (embedded, headless, most tests) refuses {@code get_report} with
 * {@code no_reports}.
 *
 * <p>Called on a thread of its own, never on a room's loop, with the journal of a room whose
 * match has ended and whose every event is stored.
 */
@FunctionalInterface
public interface ReportMaker {

    /**
     * The debrief as one whole HTML page. It may carry inline {@code <style>} elements (the
     * server allows exactly those by their hashes) but no script, and must fetch nothing.
     *
     * @throws CannotReport with a sentence for the teacher when this journal cannot be reported
     */
    String debriefHtml(Path journal) throws CannotReport;

    /**
     * The grade sheet: one CSV row per delegation, with the names of the people who played it, as
     * {@code summit report ROOM --format csv} writes it. A maker that has none (a test's page)
     * says so in a sentence.
     *
     * @throws CannotReport with a sentence for the teacher when this journal cannot be reported
     */
    default String gradesCsv(Path journal) throws CannotReport {
        throw new CannotReport("This server makes the debrief page only, not the grade sheet.");
    }

    /** A report that cannot be made, for a reason the teacher can read (and perhaps fix). */
    final class CannotReport extends Exception {

        private static final long serialVersionUID = 1L;

        public CannotReport(String sentence) {
            super(sentence);
        }

        public CannotReport(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }
}
