package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes and caching of the site, without a socket; WebPagesTest checks them over HTTP. */
class WebSiteTest {

    private static final WebSite SITE = WebSite.of(Map.of(
            "index.html", bytes("<script src=\"/assets/@version@/app.js\"></script>"),
            "projector.html", bytes("projector"),
            "facilitator.html", bytes("teacher"),
            "assets/app.js", bytes("export const x = 1;\n".repeat(40)),
            "assets/nested/deep.js", bytes("not served"),
            "notes.md", bytes("no such kind of file")));

    @Test
    void pagesGetTheAssetsVersionAndAreRevalidated() {
        WebFile index = SITE.find("/").orElseThrow();
        assertThat(new String(index.body(), StandardCharsets.UTF_8))
                .isEqualTo("<script src=\"/assets/" + SITE.version() + "/app.js\"></script>");
        assertThat(index.cacheControl()).isEqualTo("no-cache");
        assertThat(SITE.find("/join/KQ7M-D3XP")).contains(index);
        assertThat(SITE.find("/projector/KQ7M-D3XP").orElseThrow().name()).isEqualTo("projector.html");
        assertThat(SITE.find("/facilitator").orElseThrow().name()).isEqualTo("facilitator.html");
    }

    @Test
    void assetsAreServedOnlyAtTheCurrentVersionAndKeptForAYear() {
        WebFile app = SITE.find("/assets/" + SITE.version() + "/app.js").orElseThrow();
        assertThat(app.cacheControl()).contains("immutable");
        assertThat(app.contentType()).startsWith("text/javascript");
        assertThat(app.gzipped()).isNotNull().hasSizeLessThan(app.body().length);
        assertThat(SITE.find("/assets/000000000000/app.js")).isEmpty();
        assertThat(SITE.find("/assets/" + SITE.version() + "/nested/deep.js")).isEmpty();
        assertThat(SITE.find("/assets/" + SITE.version() + "/../index.html")).isEmpty();
        assertThat(SITE.find("/notes.md")).isEmpty();
        assertThat(SITE.assetNames()).containsExactly("app.js");
    }

    @Test
    void theVersionChangesWithTheAssets() {
        WebSite other = WebSite.of(Map.of("index.html", bytes("x"), "assets/app.js", bytes("export const x = 2;")));
        assertThat(other.version()).isNotEqualTo(SITE.version()).matches("[0-9a-f]{12}");
    }

    @Test
    void gzipIsTakenUnlessRefused() {
        assertThat(PageServer.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageServer.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PageServer.acceptsGzip("*")).isTrue();
        assertThat(PageServer.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageServer.acceptsGzip("identity")).isFalse();
        assertThat(PageServer.acceptsGzip(null)).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
