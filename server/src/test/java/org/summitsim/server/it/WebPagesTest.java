package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** The pages the server hands out on its one port, over a real socket. */
@IntegrationTest
class WebPagesTest {

    private static TestServer server;
    private static int port;
    private static String version;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(b -> b.allowedOrigins(List.of("https://school.example")));
        port = server.port();
        Matcher m = Pattern.compile("/assets/([0-9a-f]{12})/student\\.js")
                .matcher(RawHttp.get(port, "/").text());
        assertThat(m.find())
                .as("the page loads its script from a versioned address")
                .isTrue();
        version = m.group(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStudentPageIsServedWithAStrictPolicyAndRevalidated() throws IOException {
        RawHttp.Response r = RawHttp.get(port, "/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.header("ETag")).matches("\"[0-9a-f]{20}\"");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String csp = r.header("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self';",
                        "connect-src 'self' ws://127.0.0.1:" + port,
                        "object-src 'none'",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe", "*");
        assertThat(r.text())
                .contains("<form id=\"code-form\"")
                .doesNotContain("@version@", "<script>", "http://", "https://");
        assertThat(RawHttp.get(port, "/join/KQ7M-D3XP").text()).isEqualTo(r.text());
        assertThat(RawHttp.get(port, "/projector/KQ7M-D3XP").text()).contains("/projector.js\"");
        assertThat(RawHttp.get(port, "/facilitator").text()).contains("/facilitator.js\"");
    }

    @Test
    void theJoinAddressIsDrawnAsAQrCodeOfTheHostAsked() throws Exception {
        RawHttp.Response r = RawHttp.get(port, "/qr/join/KQ7M-D3XP.svg");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(org.summitsim.server.web.SvgQrReader.decode(r.text()))
                .isEqualTo("http://127.0.0.1:" + port + "/join/KQ7M-D3XP");
        assertThat(RawHttp.get(port, "/qr/join/KQ7M-D3XP.svg", "If-None-Match: " + r.header("ETag"))
                        .status())
                .isEqualTo(304);
        assertThat(RawHttp.get(port, "/qr/join/KQ7M%2F..%2Fx.svg").status()).isEqualTo(404);
    }

    @Test
    void assetsAreImmutableTypedAndGzipped() throws IOException {
        RawHttp.Response plain = RawHttp.get(port, "/assets/" + version + "/student.js");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(plain.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(plain.header("Content-Encoding")).isNull();
        RawHttp.Response gz =
                RawHttp.get(port, "/assets/" + version + "/student.js", "Accept-Encoding: gzip, deflate, br");
        assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.header("Vary")).isEqualToIgnoringCase("accept-encoding");
        assertThat(gz.body().length).isLessThan(plain.body().length / 2);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes())
                .isEqualTo(plain.body());
        assertThat(RawHttp.get(port, "/assets/" + version + "/summit.css").header("Content-Type"))
                .isEqualTo("text/css; charset=utf-8");
        assertThat(RawHttp.get(port, "/assets/" + version + "/icon.svg").header("Content-Type"))
                .isEqualTo("image/svg+xml");
        RawHttp.Response again =
                RawHttp.get(port, "/assets/" + version + "/student.js", "If-None-Match: " + plain.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    /** Every asset counts, as if the first page loaded them all: an upper bound of what a student downloads. */
    @Test
    void theFirstPageWeighsLessThan200KilobytesTransferred() throws IOException {
        long total = RawHttp.get(port, "/", "Accept-Encoding: gzip").body().length;
        for (String asset : org.summitsim.server.web.WebSite.packaged().assetNames()) {
            RawHttp.Response r = RawHttp.get(port, "/assets/" + version + "/" + asset, "Accept-Encoding: gzip");
            assertThat(r.status()).as(asset).isEqualTo(200);
            total += r.body().length;
        }
        System.out.println("The pages and all their assets, gzipped: " + total + " bytes");
        assertThat(total).isLessThan(200_000);
    }

    @Test
    void unknownAddressesAndOtherMethodsAreRefused() throws IOException {
        for (String target : List.of(
                "/nope",
                "/assets/" + version + "/missing.js",
                "/assets/000000000000/student.js",
                "/assets/" + version + "/",
                "/join/",
                "/index.htm")) {
            RawHttp.Response r = RawHttp.get(port, target);
            assertThat(r.status()).as(target).isEqualTo(404);
            assertThat(r.header("Content-Security-Policy")).as(target).startsWith("default-src 'self'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        RawHttp.Response post = RawHttp.exchange(port, "POST", "/", "Content-Length: 0");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(RawHttp.exchange(port, "DELETE", "/assets/" + version + "/student.js")
                        .status())
                .isEqualTo(405);
        RawHttp.Response head = RawHttp.exchange(port, "HEAD", "/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(Integer.parseInt(head.header("Content-Length"))).isGreaterThan(500);
    }

    @Test
    void noPathLeavesTheSite() throws IOException {
        for (String target : List.of(
                "/../pom.xml",
                "/../../../../etc/passwd",
                "/assets/" + version + "/../../index.html",
                "/assets/" + version + "/../../../../../etc/passwd",
                "/assets/" + version + "/%2e%2e/%2e%2e/pom.xml",
                "/assets/" + version + "/..%2f..%2fpom.xml",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/web/index.html",
                "/assets/" + version + "/..\\..\\pom.xml",
                "/org/summitsim/server/SummitServer.class",
                "/logback.xml",
                "//etc/passwd",
                "/assets/" + version + "/student.js%00.html",
                "/assets/" + version + "//student.js",
                "/join/../../pom.xml")) {
            RawHttp.Response r = RawHttp.get(port, target);
            assertThat(r.status()).as(target).isIn(400, 404);
            assertThat(r.text()).as(target).doesNotContain("root:", "<project", "<configuration", "import ");
        }
    }

    @Test
    void webSocketsOpenOnlyFromTheServersOwnPagesOrAllowedOrigins() throws IOException {
        assertThat(upgrade("http://127.0.0.1:" + port)).isEqualTo(101);
        assertThat(upgrade(null)).as("programs send no Origin").isEqualTo(101);
        assertThat(upgrade("https://school.example"))
                .as("allowed with --allow-origin")
                .isEqualTo(101);
        assertThat(upgrade("http://evil.example")).isEqualTo(403);
        assertThat(upgrade("http://127.0.0.1:" + (port + 1))).isEqualTo(403);
        assertThat(upgrade("https://127.0.0.1:" + port))
                .as("another scheme is another origin")
                .isEqualTo(403);
        assertThat(upgrade("null")).isEqualTo(403);
    }

    @Test
    void theLineProtocolStillSharesThePort() throws IOException {
        try (TestClient c = new TestClient(port)) {
            c.send("{\"type\":\"hello\",\"protocol\":1}");
            c.await("hello_ok");
        }
    }

    private static int upgrade(String origin) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port));
            s.setSoTimeout((int) TestClient.WAIT_MS);
            String req =
                    "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                            + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
            return RawHttp.read(s.getInputStream(), false).status();
        }
    }
}
