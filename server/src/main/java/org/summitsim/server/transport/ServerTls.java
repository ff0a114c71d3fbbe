package org.summitsim.server.transport;

import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's TLS context from a PEM certificate chain and a PEM (PKCS#8) private key: OpenSSL
 * when netty-tcnative is on the class path, the JDK's own TLS otherwise. The same context serves
 * line clients ({@code tls://}) and WebSocket clients ({@code wss://}) on the one port.
 */
public final class ServerTls {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTls.class);

    private ServerTls() {}

    /** The context, or an IOException saying which file is wrong and why, for the operator. */
    public static SslContext context(TlsFiles files) throws IOException {
        readable(files.certificate(), "certificate (--tls-cert)");
        readable(files.privateKey(), "private key (--tls-key)");
        SslProvider provider = OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        try {
            SslContext context = SslContextBuilder.forServer(
                            files.certificate().toFile(), files.privateKey().toFile())
                    .sslProvider(provider)
                    .build();
            LOG.debug("TLS with {} from {}", provider, files.certificate());
            return context;
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException(
                    "Cannot use the TLS certificate " + files.certificate() + " with the key "
                            + files.privateKey() + ": " + e.getMessage()
                            + ". Both must be PEM files (the key unencrypted,"
                            + " PKCS#8: \"-----BEGIN PRIVATE KEY-----\"), and the key must belong to the certificate.",
                    e);
        }
    }

    private static void readable(Path file, String what) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("Cannot read the TLS " + what + " " + file + ": "
                    + (Files.exists(file) ? "permission denied." : "no such file."));
        }
    }
}
