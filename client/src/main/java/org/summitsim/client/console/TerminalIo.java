package org.summitsim.client.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

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
    private String shown = "";
    private boolean closed;

    private TerminalIo(Terminal terminal, ConsoleLineReader reader, Supplier<String> statusText) {
        this.terminal = terminal;
        this.reader = reader;
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
        // Drawn before the first question: growing the status line scrolls the screen up a row, which
        // would push a question already printed on the top row out of sight until a key is pressed.
        status(statusText.get());
        // The countdown moves every second even when nothing happens.
        ticker.scheduleAtFixedRate(() -> status(statusText.get()), 1, 1, TimeUnit.SECONDS);
    }

    public static TerminalIo open(Path history, ConsoleCompleter completer, Supplier<String> statusText)
            throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).name("summit").build();
        // Apostrophes and quotes are ordinary text here ("we don't"), not shell quoting.
        DefaultParser parser = new DefaultParser();
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        ConsoleLineReader reader = new ConsoleLineReader(terminal, java.util.Map.of(
                LineReader.HISTORY_FILE, history,
                LineReader.HISTORY_SIZE, 2000));
        reader.setCompleter(completer);
        reader.setParser(parser);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        return new TerminalIo(terminal, reader, statusText);
    }

    @Override
    public String readLine() {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            print("(Type `quit` to leave; your seat stays yours.)");
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public String ask(String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void print(String text) {
        reader.printAbove(AttributedString.fromAnsi(text));
    }

    @Override
    public void event(String text) {
        reader.printAbove(AttributedString.fromAnsi(text));
    }

    @Override
    public void raw(String line) {
        event(line);
    }

    @Override
    public void status(String text) {
        if (status != null) {
            reader.drawExclusively(() -> {
                if (!closed && !text.equals(shown)) {
                    shown = text;
                    status.update(List.of(new AttributedString(text, AttributedStyle.INVERSE)));
                }
            });
        }
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
