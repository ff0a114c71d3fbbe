package org.summitsim.client.console;

/** Where the console reads commands and writes text: a JLine terminal, or plain streams for scripts. */
public interface ConsoleIo extends AutoCloseable {

    /** The next command line, or null at the end of input. */
    String readLine();

    /** Asks one question before the session starts (name, code, seat); null at the end of input. */
    String ask(String question);

    /** A command's output. */
    void print(String text);

    /** Something that happened, printed above the line being typed without disturbing it. */
    void event(String text);

    /** A raw protocol line, for --json. */
    void raw(String line);

    /** The status line's new content; ignored where there is no status line. */
    void status(String text);

    /** The prompt, e.g. "netherlands> ". */
    void prompt(String prompt);

    /** Clears the screen, where there is one; a script's output is left as it is. */
    default void clear() {}

    /** Whether a person is typing (a terminal), as opposed to a script. */
    boolean interactive();

    @Override
    void close();
}
