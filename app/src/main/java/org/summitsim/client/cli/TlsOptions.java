package org.summitsim.client.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.summitsim.client.net.ClientTls;
import picocli.CommandLine.Option;

/** The TLS options of every command that connects to a server: {@code --tls} and {@code --trust FILE}. */
public final class TlsOptions {

    @Option(
            names = "--tls",
            description = "Connect with TLS (as with tls://HOST:PORT) and check the server's certificate.")
    boolean tls;

    @Option(
            names = "--trust",
            paramLabel = "FILE",
            description = "With TLS: trust the certificate in FILE (e.g. the teacher's self-signed one) instead of"
                    + " the system's certificate authorities. Implies --tls.")
    Path trust;

    /** What the server address and these options ask for. */
    ClientTls settings(HostPort server) {
        if (trust != null && !Files.isReadable(trust)) {
            throw new UserError("--trust: cannot read the certificate file " + trust + ".");
        }
        return server.tls() || tls || trust != null ? ClientTls.verified(trust) : ClientTls.OFF;
    }
}
