package org.summitsim.client.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * How a client speaks TLS to a server: whether at all, and whom it trusts. The server's
 * certificate is always verified, its name included (it must name the host the client was given);
 * by default against the system's certificate authorities, or, with a trust file, against the
 * certificates in that file only (a teacher's self-signed certificate, handed out with the code).
 *
 * @param enabled   whether to speak TLS
 * @param trustFile PEM or DER certificates to trust instead of the system's; null for the system's
 */
public record ClientTls(boolean enabled, Path trustFile) {

    public static final ClientTls OFF = new ClientTls(false, null);
    /** A server without TLS waits for a line that never comes; do not wait for it as long. */
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    /** TLS verified against the system's certificate authorities, or {@code trustFile}'s when not null. */
    public static ClientTls verified(Path trustFile) {
        return new ClientTls(true, trustFile);
    }

    /** Wraps a connected socket in TLS and completes the handshake; failures say what to do. */
    SSLSocket wrap(Socket plain, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) context().getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name this host
        tls.setSSLParameters(params);
        try {
            tls.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            tls.startHandshake();
            tls.setSoTimeout(0); // from here on the protocol's heartbeats notice a dead link
        } catch (SSLHandshakeException e) {
            tls.close();
            throw new IOException(
                    "The server at " + host + ":" + port + " did not prove who it is ("
                            + e.getMessage() + "). "
                            + (trustFile == null
                                    ? "If the teacher gave you the server's certificate file, add --trust FILE."
                                    : "Check that " + trustFile
                                            + " is the certificate this server uses, and that it names \"" + host
                                            + "\"."),
                    e);
        } catch (IOException e) {
            tls.close();
            throw new IOException(
                    "TLS with " + host + ":" + port + " failed (" + e.getMessage() + "). Does the server"
                            + " run with --tls-cert? Without it, connect without tls:// and --tls.",
                    e);
        }
        return tls;
    }

    private SSLContext context() throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            if (trustFile == null) {
                ctx.init(null, null, null);
                return ctx;
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate c : certificates(trustFile)) {
                trusted.setCertificateEntry("trusted-" + n++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> certificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IOException("The trust file " + file + " holds no certificate.");
            }
            return certs;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("There is no trust file " + file + ".", e);
        } catch (GeneralSecurityException e) {
            throw new IOException(
                    "The trust file " + file + " is not a certificate (PEM or DER): " + e.getMessage(), e);
        }
    }
}
