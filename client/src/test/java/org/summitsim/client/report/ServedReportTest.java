package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.ScenarioCatalog;

/**
 * The report the teacher's page opens, from a server assembled as {@code summit serve} does: the
 * very debrief {@code summit report ROOM} writes, under a policy that allows its stylesheet.
 */
@IntegrationTest
class ServedReportTest {

    @TempDir Path data;

    @Test
    void summitServeHandsTheTeachersPageTheConsolesDebrief() throws Exception {
        try (ServedRoom played = ServedRoom.played(data)) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(played.link()))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            String console = new Reports(data, null).debrief(played.room, "html");
            assertThat(page.body()).as("the console's debrief").isEqualTo(console);
            var scenario = ScenarioCatalog.load(ServedRoom.SCENARIO);
            assertThat(page.body()).contains(scenario.title(), "Period 3")
                    .contains(scenario.playable().stream().map(Delegation::name).toList());

            Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
            assertThat(style.find()).isTrue();
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .startsWith("default-src 'none'; style-src 'sha256-" + hash + "';")
                    .doesNotContain("unsafe", "'self'"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }
}
