package org.summitsim.client.console;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, letting the console draw its status line under the reader's own lock.
 * The reader redraws the status line itself while it edits; a second thread moving the cursor
 * to the bottom row at the same moment leaves the reader drawing in the wrong place, and its
 * next "clear to the end of the screen" erases lines the student has not read yet.
 */
final class ConsoleLineReader extends LineReaderImpl {

    ConsoleLineReader(Terminal terminal, Map<String, Object> variables) {
        super(terminal, "summit", variables);
    }

    /** Runs {@code drawing} while neither the reader nor anyone printing above it writes. */
    void drawExclusively(Runnable drawing) {
        lock.lock();
        try {
            drawing.run();
        } finally {
            lock.unlock();
        }
    }
}
