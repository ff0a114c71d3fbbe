package org.summitsim.client.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitsim.client.report.Reports;
import org.summitsim.client.report.journal.ReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `summit report`: the debrief, a seat's transcript, or parallel rooms compared, from journals. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Write the debrief of a finished room or match journal.",
            "It has the final text, decisions, history, scores, amendments, who talked to whom,"
                    + " commitments and discussion questions.",
            "With --transcript SEAT: everything that seat said and did, for grading.",
            "With --compare: several rooms of the same scenario side by side.",
            "Reports are rebuilt from the journal, so they are the same every time."
        },
        footer = {
            "",
            "Examples:",
            "  summit report r-k3x9qa --out period3.html",
            "  summit report r-k3x9qa                     (the debrief as text, in the terminal)",
            "  summit report KQ7M-D3XP --transcript costa-rica --format csv",
            "  summit report period3.jsonl period4.jsonl --compare --out compare.html"
        })
public final class ReportCommand implements Callable<Integer> {

    /** Lower case because these are the words the user types. */
    enum Format {
        html,
        md,
        json,
        csv
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "ROOM_OR_JOURNAL",
            description = "A journal file, or a room id or join code of a room under --data.")
    List<String> sources;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}. Default: from the --out file's extension;"
                    + " without --out, md (readable in a terminal; --format html for the page itself).")
    Format format;

    @Mixin
    OutOption out;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "./summit-data",
            description =
                    "The server's data directory, where room ids and join codes are looked up. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "The scenario file the room played, when it is not one shipped with Summit.")
    Path scenario;

    @Option(
            names = "--transcript",
            paramLabel = "SEAT",
            description =
                    "Write one seat's transcript (its id, its name, or the name of the student who played it) instead of the"
                            + " debrief; `all` with --out FOLDER: one file for each delegation people played.")
    String transcript;

    @Option(names = "--compare", description = "Compare several rooms or journals of the same scenario.")
    boolean compare;

    @Override
    public Integer call() {
        if (compare && transcript != null) {
            throw new UserError("Choose either --compare or --transcript, not both.");
        }
        String chosen = chosenFormat();
        boolean gradeBook = !compare && transcript == null && sources.size() > 1 && chosen.equals("csv");
        if (!compare && sources.size() > 1 && !gradeBook) {
            throw new UserError("Give one room or journal for a debrief or a transcript. Several rooms make a"
                    + " comparison (add --compare) or one grade book as CSV (--out grades.csv).");
        }
        Reports reports = new Reports(data, scenario);
        String text;
        try {
            if (compare) {
                text = reports.compare(sources, chosen);
            } else if (gradeBook) {
                text = reports.gradeBook(sources);
            } else if (transcript != null && transcript.equalsIgnoreCase("all")) {
                writeEveryTranscript(reports, format == null ? "md" : chosen);
                return 0;
            } else if (transcript != null) {
                text = reports.transcript(sources.get(0), transcript, chosen);
            } else {
                text = reports.debrief(sources.get(0), chosen);
            }
        } catch (ReportException e) {
            throw new UserError(e.getMessage(), e);
        }
        write(text);
        return 0;
    }

    private String chosenFormat() {
        if (format != null) {
            return format.name();
        }
        if (out.file != null) {
            String name = out.file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : Format.values()) {
                if (name.endsWith("." + f.name())) {
                    return f.name();
                }
            }
            if (name.endsWith(".htm")) {
                return "html";
            }
        }
        // Without --out the report goes to the terminal, where Markdown reads and HTML does not.
        return out.file == null || transcript != null ? "md" : "html";
    }

    /** `--transcript all --out FOLDER`: one file per seat people played, named by the seat, to hand back. */
    private void writeEveryTranscript(Reports reports, String chosen) {
        if (out.file == null) {
            throw new UserError(
                    "Say where the transcripts go: --transcript all --out FOLDER (one file per delegation).");
        }
        List<String> seats = reports.seatsPeoplePlayed(sources.get(0));
        for (String seat : seats) {
            Output.write(spec, out.file.resolve(seat + "." + chosen), reports.transcript(sources.get(0), seat, chosen));
        }
    }

    private void write(String text) {
        Output.write(spec, out.file, text);
    }
}
