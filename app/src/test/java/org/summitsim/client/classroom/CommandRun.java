package org.summitsim.client.classroom;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.summitsim.client.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** `summit args...` run in-process, with its exit code and colourless output captured. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
