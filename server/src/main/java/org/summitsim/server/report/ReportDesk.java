package org.summitsim.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.server.secret.Secrets;

/**
 * Hands a room's report to its facilitator's browser. The facilitator asks over the protocol
 * ({@code get_report}, checked by the room: facilitator only, finished rooms only); the report
 * is made here on a thread of its own by the {@link ReportMaker}, and kept under a one-time
 * link, {@code /report/TICKET}, that the page opens in a new tab. The ticket is random (144
 * bits), opens the report once, and only for {@link #TICKET_MS}: the facilitator's token never
 * appears in an address, and a link seen over a shoulder or left in the history opens nothing.
 *
 * <p>The page is served with a policy of its own ({@link Served#policy()}): nothing from the
 * network, no script, and only the report's own inline stylesheets, allowed by their hashes.
 */
public final class ReportDesk implements AutoCloseable {

    /** How long a link opens its report. The page opens it at once. */
    public static final long TICKET_MS = 60_000;
    /** The address of a report: this, then the ticket. */
    public static final String PATH = "/report/";
    /** Links not yet used; beyond this the oldest goes (each holds a whole report). */
    static final int MAX_TICKETS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ReportDesk.class);
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{24}");
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private final ReportMaker maker;
    private final LongSupplier clock;
    private final ExecutorService worker;
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final Map<Making, CompletableFuture<String>> making = new HashMap<>();

    /** A report being made: one room's journal in one format. */
    private record Making(Path journal, boolean csv) {}

    /** @param maker null: this server makes no reports */
    public ReportDesk(ReportMaker maker) {
        this(maker, System::currentTimeMillis);
    }

    ReportDesk(ReportMaker maker, LongSupplier clock) {
        this.maker = maker;
        this.clock = clock;
        this.worker = maker == null
                ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "summit-reports");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whether this server makes reports (it was given a {@link ReportMaker}). */
    public boolean available() {
        return maker != null;
    }

    /**
     * A link made for a report: the address to open ({@link #PATH} and the ticket), for how long,
     * and the name to save it under.
     */
    public record Issued(String path, long expiresInSeconds, String fileName) {}

    /**
     * A report as served: the page (or the grade sheet), the same gzipped, its policy, a file name
     * for saving it, and whether it is the grade sheet (a CSV file to download, not a page).
     */
    public record Served(byte[] html, byte[] gzipped, String policy, String fileName, boolean csv) {

        public String contentType() {
            return csv ? "text/csv; charset=utf-8" : "text/html; charset=utf-8";
        }

        /** A page opens in the tab; the grade sheet is saved, under its file name. */
        public String disposition() {
            return (csv ? "attachment" : "inline") + "; filename=\"" + fileName + "\"";
        }
    }

    private record Ticket(Served report, long expires) {}

    /**
     * Makes the report of {@code room} from its journal and a link to it: the debrief page, or
     * with {@code csv} the grade sheet. Fails with {@link ReportMaker.CannotReport} (its sentence
     * is for the teacher) or another exception when the maker broke. Two requests for one room's
     * report while it is being made share it.
     */
    public CompletableFuture<Issued> issue(String room, String label, Path journal, boolean csv) {
        if (maker == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no report maker"));
        }
        Making key = new Making(journal, csv);
        CompletableFuture<String> made;
        synchronized (making) {
            made = making.get(key);
            if (made == null) {
                try {
                    made = CompletableFuture.supplyAsync(() -> make(journal, csv), worker);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    return CompletableFuture.failedFuture(closed);
                }
                making.put(key, made);
                CompletableFuture<String> mine = made;
                made.whenComplete((h, e) -> {
                    synchronized (making) {
                        making.remove(key, mine);
                    }
                });
            }
        }
        return made.thenApply(report -> {
            byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
            return csv
                    ? keep(new Served(bytes, gzip(bytes), NOTHING, sheetName(label, room), true))
                    : keep(new Served(bytes, gzip(bytes), policy(report), "debrief-" + room + ".html", false));
        });
    }

    /** The debrief page, as {@link #issue(String, String, Path, boolean)}. */
    public CompletableFuture<Issued> issue(String room, Path journal) {
        return issue(room, null, journal, false);
    }

    /**
     * The grade sheet's file name: the room's label as a teacher would type it ("Period 3 -
     * World 1" saves as period-3-world-1.csv), so that a class's rooms do not overwrite one another.
     */
    static String sheetName(String label, String room) {
        String slug = label == null
                ? ""
                : java.text.Normalizer.normalize(
                                label.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "grades-" + room : slug) + ".csv";
    }

    private String make(Path journal, boolean csv) {
        try {
            long start = System.nanoTime();
            String report = csv ? maker.gradesCsv(journal) : maker.debriefHtml(journal);
            LOG.debug(
                    "{} of {} made in {} ms",
                    csv ? "grade sheet" : "report",
                    journal.getFileName(),
                    (System.nanoTime() - start) / 1_000_000);
            return report;
        } catch (ReportMaker.CannotReport e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private Issued keep(Served report) {
        String ticket = Secrets.token("");
        synchronized (tickets) {
            forgetExpired();
            while (tickets.size() >= MAX_TICKETS) {
                Iterator<String> oldest = tickets.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            tickets.put(ticket, new Ticket(report, clock.getAsLong() + TICKET_MS));
        }
        return new Issued(PATH + ticket, TICKET_MS / 1000, report.fileName());
    }

    /** The report behind a link, which then opens nothing more; empty when unknown, used or expired. */
    public Optional<Served> take(String ticket) {
        return find(ticket, true);
    }

    /** As {@link #take}, leaving the link as it was (for HEAD). */
    public Optional<Served> peek(String ticket) {
        return find(ticket, false);
    }

    private Optional<Served> find(String ticket, boolean use) {
        if (ticket == null || !TICKET.matcher(ticket).matches()) {
            return Optional.empty();
        }
        synchronized (tickets) {
            forgetExpired();
            Ticket t = use ? tickets.remove(ticket) : tickets.get(ticket);
            return Optional.ofNullable(t).map(Ticket::report);
        }
    }

    private void forgetExpired() {
        long now = clock.getAsLong();
        tickets.values().removeIf(t -> t.expires() <= now);
    }

    /** The policy of what is not a page (the grade sheet): nothing may load or run. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The report's own policy: nothing may load or run but its inline stylesheets, each allowed
     * by its SHA-256 (so a style smuggled in by some other way would not apply either).
     */
    static String policy(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = STYLE.matcher(html);
        while (m.find()) {
            hashes.add("'sha256-" + sha256(m.group(1)) + "'");
        }
        return "default-src 'none'; style-src " + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes))
                + "; img-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none';"
                + " frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
        synchronized (tickets) {
            tickets.clear();
        }
    }
}
