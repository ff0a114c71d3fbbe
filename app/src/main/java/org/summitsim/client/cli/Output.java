package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: the terminal, or the `--out` file (folders made as needed). */
final class Output {

    private Output() {}

    static void write(CommandSpec spec, Path out, String text) {
        PrintWriter console = spec.commandLine().getOut();
        if (out == null) {
            console.print(text);
            console.flush();
            return;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("Could not write " + out + ": " + e.getMessage(), e);
        }
        console.println("Wrote " + out + ".");
        console.flush();
    }
}
