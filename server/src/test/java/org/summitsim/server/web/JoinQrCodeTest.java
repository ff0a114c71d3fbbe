package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JoinQrCodeTest {

    @Test
    void theCodeReadsBackAsTheJoinAddressOfTheHostTheBrowserReached() throws Exception {
        WebFile qr = JoinQrCode.find("/qr/join/KQ7M-D3XP.svg", "192.168.1.20:7777", false)
                .orElseThrow();
        assertThat(qr.contentType()).isEqualTo("image/svg+xml");
        String svg = new String(qr.body(), StandardCharsets.UTF_8);
        assertThat(SvgQrReader.decode(svg)).isEqualTo("http://192.168.1.20:7777/join/KQ7M-D3XP");
        assertThat(qr.body().length).as("small enough for any page").isLessThan(4000);
        assertThat(svg).doesNotContain("<script", "href");
    }

    @Test
    void withTlsTheAddressIsHttps() throws Exception {
        WebFile qr = JoinQrCode.find("/qr/join/AB12.svg", "summit.school.example", true)
                .orElseThrow();
        assertThat(SvgQrReader.decode(new String(qr.body(), StandardCharsets.UTF_8)))
                .isEqualTo("https://summit.school.example/join/AB12");
        assertThat(SvgQrReader.decode(JoinQrCode.svg("http://[fe80::1]:7777/join/X")))
                .isEqualTo("http://[fe80::1]:7777/join/X");
    }

    @Test
    void onlyWellFormedCodesAndHostsAreDrawn() {
        assertThat(JoinQrCode.find("/qr/join/KQ7M.svg", null, false)).isEmpty();
        assertThat(JoinQrCode.find("/qr/join/KQ7M.svg", "evil.example/<script>", false))
                .isEmpty();
        assertThat(JoinQrCode.find("/qr/join/KQ7M.svg", "a b", false)).isEmpty();
        assertThat(JoinQrCode.find("/qr/join/../x.svg", "localhost:7777", false))
                .isEmpty();
        assertThat(JoinQrCode.find("/qr/join/KQ7M", "localhost:7777", false)).isEmpty();
        assertThat(JoinQrCode.find("/qr/join/KQ7M.svg", "localhost:7777", false))
                .isPresent();
    }
}
