package org.summitsim.client.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;
import org.jline.utils.Status;
import org.summitsim.client.console.render.Wrap;

/**
 * The interactive console on a JLine terminal: line editing, history in a file, completion,
 * events printed above the line being typed, and a status line at the bottom that counts down.
 */
public final class TerminalIo implements ConsoleIo {

    private final Terminal terminal;
    private final ConsoleLineReader reader;
    private final Status status;
    private final ScheduledExecutorService ticker;
    private volatile String prompt = "> ";
    private final Supplier<String> statusText;
    private String shown = "";
    private boolean closed;
    /** Incoming lines kept back so they do not push the player's answer out of sight. */
    private final List<List<AttributedString>> held = new ArrayList<>();
    /** Between Enter and the next prompt: the player's command is running and its answer printing. */
    private boolean answering;
    /** Lines that may still print under the latest answer before its first line would scroll away. */
    private int room = Integer.MAX_VALUE;
    /**
     * Whether long answers stop a screen at a time: from the first command line on. Before it, the
     * questions (name, code, seat) print whole: a page stop there swallowed the seat the student
     * typed and hid the last delegation of the list.
     */
    private volatile boolean paging;

    /** The student typed at a page stop: the rest of this answer prints without stopping again. */
    private boolean stopped;

    /** The held lines the last Enter showed: a `clear` right after would wipe them unread, so it shows them again. */
    private List<List<AttributedString>> released = List.of();

    private TerminalIo(Terminal terminal, ConsoleLineReader reader, Supplier<String> statusText) {
        this.terminal = terminal;
        this.reader = reader;
        this.statusText = statusText;
        Status s = null;
        try {
            s = Status.getStatus(terminal);
        } catch (RuntimeException unsupported) {
            // A terminal without a status line still gets everything else.
        }
        this.status = s;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "summit-status");
            t.setDaemon(true);
            return t;
        });
        Wrap.width(terminal.getWidth() - 1);
        // Drawn before the first question: growing the status line scrolls the screen up a row, which
        // would push a question already printed on the top row out of sight until a key is pressed.
        status(statusText.get());
        // The countdown moves every second even when nothing happens.
        ticker.scheduleAtFixedRate(() -> status(statusText.get()), 1, 1, TimeUnit.SECONDS);
    }

    public static TerminalIo open(Path history, ConsoleCompleter completer, Supplier<String> statusText)
            throws IOException {
        Terminal terminal =
                TerminalBuilder.builder().system(true).name("summit").build();
        // Apostrophes and quotes are ordinary text here ("we don't"), not shell quoting.
        DefaultParser parser = new DefaultParser();
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        ConsoleLineReader reader = new ConsoleLineReader(
                terminal, java.util.Map.of(LineReader.HISTORY_FILE, history, LineReader.HISTORY_SIZE, 2000));
        reader.setCompleter(completer);
        reader.setParser(parser);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        return new TerminalIo(terminal, reader, statusText);
    }

    @Override
    public String readLine() {
        paging = true;
        synchronized (this) {
            answering = false;
            stopped = false;
            release();
        }
        status(statusText.get());
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            print("(Type `quit` to leave; your seat stays yours.)");
            return "";
        } catch (EndOfFileException e) {
            return null;
        } finally {
            // Enter shows what was held, a screen at a time (the opening's 134 speeches flew past
            // a play-tester at once), then the next answer prints as one block.
            List<AttributedString> waiting;
            synchronized (this) {
                released = List.copyOf(held);
                waiting = held.stream().flatMap(List::stream).toList();
                held.clear();
                answering = true;
                room = Integer.MAX_VALUE;
            }
            if (!waiting.isEmpty()) {
                page(waiting, "`floor`, `inbox` and `news` have them");
                synchronized (this) {
                    // The answer to the command typed starts on a fresh screen's count.
                    room = Integer.MAX_VALUE;
                }
            }
            // The answer's pages wrap at the terminal's width as it is now (it may have been resized).
            Wrap.width(terminal.getWidth() - 1);
        }
    }

    /** Prints as many held lines as fit under the answer on the screen. */
    private void release() {
        while (!held.isEmpty() && held.get(0).size() <= room) {
            show(held.remove(0));
        }
    }

    private void show(List<AttributedString> lines) {
        if (room != Integer.MAX_VALUE) {
            room -= lines.size();
        }
        for (AttributedString line : lines) {
            reader.printAbove(line);
        }
    }

    private List<AttributedString> wrapped(String text) {
        return TerminalWrap.lines(text, terminal.getWidth() - 1);
    }

    @Override
    public String ask(String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    /**
     * Prints an answer a screen at a time: a page longer than the screen (the brief, the results,
     * `help all` on a 30-row terminal) stops where its first line would scroll away, as `git` and
     * `man` do, and goes on at a key. The wait holds no lock, so the clock and the talk arriving
     * meanwhile carry on (the talk waits under the answer, as always).
     */
    @Override
    public void print(String text) {
        page(wrapped(text), "type the command again to read them");
    }

    /** {@code rest}: where what a stop leaves unshown can be read again. */
    private void page(List<AttributedString> lines, String rest) {
        int at = 0;
        while (true) {
            synchronized (this) {
                if (!paging || stopped) {
                    show(lines.subList(at, lines.size()));
                    return;
                }
                if (room == Integer.MAX_VALUE) {
                    // The prompt line, the status line and the command as typed stay on screen too.
                    room = Math.max(1, terminal.getHeight() - 3);
                }
                int left = lines.size() - at;
                int fit = Math.min(left, Math.max(0, room));
                show(lines.subList(at, at + fit));
                at += fit;
                if (at >= lines.size()) {
                    return;
                }
            }
            int left = lines.size() - at;
            if (!more(left)) {
                synchronized (this) {
                    show(List.of(new AttributedString(skippedNote(left, rest), AttributedStyle.DEFAULT.faint())));
                    // The key typed was the start of a command: whatever else this answer prints
                    // comes whole, not as a page stop per line that would eat that command's letters.
                    stopped = true;
                }
                return;
            }
            synchronized (this) {
                // The prompt "more" stood on is free again; only the status line stays.
                room = Math.max(1, terminal.getHeight() - 2);
            }
        }
    }

    /**
     * Shows the pager's prompt and waits for a key: Space or Enter go on; Ctrl-C stops. Any other
     * key also stops, and is left for the command line: a student who starts typing the next
     * command (even `quit`) keeps every letter of it, which a pager's `q` would eat, and an arrow
     * key reaches the line editor whole (Up still recalls the last command).
     */
    private boolean more(int left) {
        String ask = morePrompt(left);
        reader.drawExclusively(() -> {
            terminal.writer().print(new AttributedString(ask, AttributedStyle.INVERSE).toAnsi(terminal));
            terminal.flush();
        });
        Attributes cooked = terminal.enterRawMode();
        boolean goOn;
        try {
            int key = terminal.reader().peek(0);
            goOn = key == ' ' || key == '\r' || key == '\n';
            if (goOn || key == 3) {
                terminal.reader().read();
            }
        } catch (IOException e) {
            goOn = false;
        } finally {
            terminal.setAttributes(cooked);
        }
        reader.drawExclusively(() -> {
            // The prompt goes; the next page starts on its row.
            terminal.writer().print("\r");
            terminal.puts(InfoCmp.Capability.clr_eol);
            terminal.flush();
        });
        return goOn;
    }

    static String morePrompt(int left) {
        return "-- " + left + " more line" + (left == 1 ? "" : "s") + ": Space for more, or type a command --";
    }

    static String skippedNote(int left, String rest) {
        return "(" + left + " more line" + (left == 1 ? "" : "s") + " not shown: " + rest + ".)";
    }

    @Override
    public void event(String text) {
        synchronized (this) {
            List<AttributedString> lines = wrapped(text);
            if (answering || !held.isEmpty() || lines.size() > room) {
                held.add(lines);
            } else {
                show(lines);
                return;
            }
        }
        status(statusText.get());
    }

    @Override
    public void raw(String line) {
        event(line);
    }

    @Override
    public void status(String text) {
        int waiting;
        synchronized (this) {
            waiting = held.stream().mapToInt(List::size).sum();
        }
        if (waiting > 0) {
            // First, so a narrow terminal does not cut it off.
            text = heldNote(waiting) + " | " + text;
        }
        if (status != null) {
            String shownText = text;
            reader.drawExclusively(() -> {
                if (!closed && !shownText.equals(shown)) {
                    shown = shownText;
                    status.update(List.of(new AttributedString(shownText, AttributedStyle.INVERSE)));
                }
            });
        }
    }

    /**
     * Says that lines wait and how to see them (they are kept back while the player reads the
     * answer to their last command, so it does not scroll away). Short, because the bar must
     * still show the clock and what waits for the player on a laptop's terminal: the long form
     * cut off "1 deal to answer" at 110 columns, and "waiting under your answer: press Enter" at 80.
     */
    static String heldNote(int waiting) {
        return waiting + " new line" + (waiting == 1 ? "" : "s") + " (Enter)";
    }

    @Override
    public void clear() {
        reader.drawExclusively(() -> {
            if (status != null) {
                // Taken off first: a terminal keeps the cleared screen in its scrollback (tmux,
                // most terminals), and the bar would stay there as a stale copy.
                status.hide();
            }
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
            if (status != null) {
                // The clear took the status line with it: draw it again at the bottom.
                status.reset();
                shown = "";
            }
        });
        synchronized (this) {
            room = Integer.MAX_VALUE;
            released.forEach(this::show);
            released = List.of();
        }
        status(statusText.get());
    }

    @Override
    public void prompt(String p) {
        prompt = p;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        reader.drawExclusively(() -> {
            closed = true;
            if (status != null) {
                // Gives the bottom line back to the shell.
                status.update(List.of());
                status.close();
            }
        });
        try {
            reader.getHistory().save();
        } catch (IOException ignored) {
            // Losing the history of one session is not worth an error on the way out.
        }
        try {
            terminal.close();
        } catch (IOException ignored) {
            // The process is ending; nothing useful to do about a terminal that will not close.
        }
    }
}
