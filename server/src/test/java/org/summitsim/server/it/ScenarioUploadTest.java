package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** {@code upload_scenario}: only where the operator allows it, validated, and offered to its uploader alone. */
@IntegrationTest
class ScenarioUploadTest {

    private static JsonNode upload(TestClient c, String text, boolean more) throws IOException {
        return c.awaitReply(
                c.request(TestClient.msg("upload_scenario").put("text", text).put("more", more)));
    }

    private static JsonNode create(TestClient c, String scenario) throws IOException {
        return c.awaitReply(c.request(TestClient.msg("create_room").put("scenario", scenario)));
    }

    @Test
    void anUploadInPartsIsOfferedToItsUploaderOnly() throws Exception {
        String text = ScenarioFolderTest.ownScenario("uploaded-summit");
        int half = text.length() / 2;
        try (TestServer s = TestServer.start(b -> b.allowUploads(true));
                TestClient teacher = TestClient.hello(s.port(), "Teacher");
                TestClient other = TestClient.hello(s.port(), "Other")) {
            assertThat(upload(teacher, text.substring(0, half), true)
                            .path("type")
                            .asText())
                    .isEqualTo("ack");
            JsonNode done = upload(teacher, text.substring(half), false);
            assertThat(done.path("type").asText()).isEqualTo("scenario_uploaded");
            assertThat(done.path("scenario").path("id").asText()).isEqualTo("uploaded-summit");
            assertThat(done.path("scenario").path("title").asText()).isEqualTo("Our own summit");
            assertThat(done.path("scenario").path("seats")).hasSize(4);

            assertThat(create(other, "uploaded-summit").path("code").asText()).isEqualTo("unknown_scenario");
            JsonNode created = create(teacher, "uploaded-summit");
            assertThat(created.path("type").asText()).isEqualTo("room_created");
            assertThat(teacher.await("welcome").path("scenario").path("title").asText())
                    .isEqualTo("Our own summit");
        }
    }

    @Test
    void aBadFileIsRefusedWithItsProblemsAndChangesNothing() throws Exception {
        String bad =
                ScenarioFolderTest.ownScenario("bad-summit").replace("\"maxObjections\": 1", "\"maxObjections\": 9");
        try (TestServer s = TestServer.start(b -> b.allowUploads(true));
                TestClient teacher = TestClient.hello(s.port(), "Teacher")) {
            JsonNode refused = upload(teacher, bad, false);
            assertThat(refused.path("code").asText()).isEqualTo("bad_scenario");
            assertThat(refused.path("message").asText())
                    .startsWith("The scenario file has 1 problem")
                    .contains("adoption.maxObjections");
            assertThat(create(teacher, "bad-summit").path("code").asText()).isEqualTo("unknown_scenario");
        }
    }

    @Test
    void uploadsAreOffUnlessTheOperatorAllowsThem() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient teacher = TestClient.hello(s.port(), "Teacher")) {
            JsonNode refused = upload(teacher, ScenarioFolderTest.ownScenario("x"), false);
            assertThat(refused.path("code").asText()).isEqualTo("uploads_off");
            assertThat(refused.path("message").asText()).contains("--allow-uploads", "scenario folder");
        }
    }
}
