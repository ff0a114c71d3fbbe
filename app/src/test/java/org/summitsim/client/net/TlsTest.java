package org.summitsim.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.cli.Main;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;
import org.summitsim.server.SummitServer;
import org.summitsim.server.transport.TlsFiles;
import picocli.CommandLine;

/**
 * A server with a certificate, reached over TLS by the command line (tls://), by the protocol
 * client the console and bots use, and by a browser-style wss:// WebSocket; and refused by a
 * client that cannot verify the certificate.
 */
@IntegrationTest
class TlsTest {

    @TempDir
    static Path dir;

    private static SelfSignedFiles cert;
    private static SummitServer server;

    @BeforeAll
    static void start() throws Exception {
        cert = SelfSignedFiles.create(dir);
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(dir.resolve("data"))
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(1)
                        .ioThreads(1)
                        .tls(new TlsFiles(cert.certificate(), cert.privateKey()))
                        .build())
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String[] run(String... args) {
        CommandLine cli = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new String[] {String.valueOf(cli.execute(args)), out.toString(), err.toString()};
    }

    private static String createRoom() {
        String[] r = run(
                "class",
                "create",
                "--server",
                "tls://localhost:" + server.port(),
                "--trust",
                cert.certificate().toString(),
                "--scenario",
                "classroom-mini");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        // The sheet tells students to connect with TLS too.
        assertThat(r[1]).contains("./summit play tls://localhost:" + server.port() + " --code");
        Matcher code = Pattern.compile("Join code for students: +(\\S+)").matcher(r[1]);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @Test
    void theTeacherAndAPlayerConnectOverTlsWithTheTrustedCertificate() throws Exception {
        String code = createRoom();
        try (RoomLink player = new RoomLink(
                "localhost",
                server.port(),
                ClientTls.verified(cert.certificate()),
                "test",
                "Ada",
                new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {}

                    @Override
                    public void state(LinkState state) {}
                })) {
            Welcome w = player.open(new Entry.Join(code, null, false));
            assertThat(w.role()).isEqualTo("player");
        }
    }

    @Test
    void aCertificateThatCannotBeVerifiedIsRefused() {
        // The system's authorities do not know a self-signed certificate.
        assertThatThrownBy(() -> ProtocolClient.connect(
                        "localhost", server.port(), ClientTls.verified(null), "test", "Eve", null))
                .hasMessageContaining("did not prove who it is")
                .hasMessageContaining("--trust FILE");
        // Trusted, but it names "localhost", not the address typed.
        assertThatThrownBy(() -> ProtocolClient.connect(
                        "127.0.0.1", server.port(), ClientTls.verified(cert.certificate()), "test", "Eve", null))
                .hasMessageContaining("did not prove who it is");
        String[] r =
                run("class", "create", "--server", "tls://localhost:" + server.port(), "--scenario", "classroom-mini");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("did not prove who it is");
    }

    @Test
    void tlsToAServerWithoutItFailsWithAClearMessage() throws Exception {
        try (SummitServer plain = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(dir.resolve("plain"))
                        .fsync(false)
                        .ioThreads(1)
                        .journalThreads(1)
                        .build())
                .start()) {
            assertThatThrownBy(() -> ProtocolClient.connect(
                            "localhost", plain.port(), ClientTls.verified(cert.certificate()), "test", "Eve", null))
                    .hasMessageContaining("Does the server run with --tls-cert?");
        }
    }

    @Test
    void aBrowserConnectsWithWss() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(cert.certificate())) {
            trusted.setCertificateEntry(
                    "summit", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        WebSocket ws = HttpClient.newBuilder()
                .sslContext(ssl)
                .build()
                .newWebSocketBuilder()
                .buildAsync(URI.create("wss://localhost:" + server.port() + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        inbox.add(data.toString());
                        w.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"hello\",\"protocol\":1,\"id\":\"h\"}", true).get();
        JsonNode hello = Json.mapper().readTree(inbox.poll(10, TimeUnit.SECONDS));
        assertThat(hello.path("type").asText()).isEqualTo("hello_ok");
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get();
    }
}
