package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;

/** The same messages over WebSocket, on the same port. */
@IntegrationTest
class WebSocketTest {

    @Test
    void aWebSocketClientSpeaksTheSameProtocolOnTheSamePort() throws Exception {
        try (TestServer s = TestServer.start()) {
            LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
            WebSocket ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + s.port() + "/ws"), new WebSocket.Listener() {
                        private final StringBuilder part = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            part.append(data);
                            if (last) {
                                inbox.add(part.toString());
                                part.setLength(0);
                            }
                            w.request(1);
                            return null;
                        }
                    })
                    .get(5, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"hello\",\"protocol\":1,\"id\":\"h\"}", true)
                    .get();
            JsonNode hello = Json.mapper().readTree(inbox.poll(5, TimeUnit.SECONDS));
            assertThat(hello.path("type").asText()).isEqualTo("hello_ok");
            assertThat(hello.path("id").asText()).isEqualTo("h");
            ws.sendText("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-4x3\"}", true)
                    .get();
            assertThat(Json.mapper()
                            .readTree(inbox.poll(5, TimeUnit.SECONDS))
                            .path("type")
                            .asText())
                    .isEqualTo("room_created");
            String welcome = inbox.poll(5, TimeUnit.SECONDS);
            assertThat(welcome).doesNotEndWith("\n");
            assertThat(Json.mapper().readTree(welcome).path("role").asText()).isEqualTo("facilitator");
            ws.sendText("not json", true).get();
            JsonNode next = Json.mapper().readTree(inbox.poll(5, TimeUnit.SECONDS));
            if (next.path("type").asText().equals("presence")) {
                next = Json.mapper().readTree(inbox.poll(5, TimeUnit.SECONDS));
            }
            assertThat(next.path("code").asText()).isEqualTo("bad_json");
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get();
        }
    }
}
