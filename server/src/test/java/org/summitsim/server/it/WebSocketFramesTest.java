package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;

/** What a WebSocket client gets for frames the protocol refuses, seen frame by frame. */
@IntegrationTest
class WebSocketFramesTest {

    @Test
    void aBinaryFrameIsAnsweredWithATextFrameAndTheConnectionGoesOn() throws Exception {
        try (TestServer s = TestServer.start();
                RawWebSocket ws = new RawWebSocket(s.port())) {
            ws.send(RawWebSocket.BINARY, "{\"type\":\"hello\",\"protocol\":1}".getBytes(StandardCharsets.UTF_8));
            RawWebSocket.Frame refused = ws.read();
            assertThat(refused.opcode()).isEqualTo(RawWebSocket.TEXT);
            assertThat(Json.mapper().readTree(refused.text()).path("code").asText())
                    .isEqualTo("bad_json");
            ws.sendText("{\"type\":\"hello\",\"protocol\":1,\"id\":\"h\"}");
            JsonNode hello = Json.mapper().readTree(ws.read().text());
            assertThat(hello.path("type").asText()).isEqualTo("hello_ok");
        }
    }

    @Test
    void anOversizeFrameGetsTheErrorAndOneCloseWithStatus1009() throws Exception {
        try (TestServer s = TestServer.start();
                RawWebSocket ws = new RawWebSocket(s.port())) {
            ws.sendText("{\"type\":\"hello\",\"protocol\":1}");
            assertThat(ws.read().opcode()).isEqualTo(RawWebSocket.TEXT);
            ws.sendText("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
            List<RawWebSocket.Frame> frames = ws.readToEnd();
            List<RawWebSocket.Frame> closes = frames.stream()
                    .filter(f -> f.opcode() == RawWebSocket.CLOSE)
                    .toList();
            assertThat(closes).hasSize(1);
            assertThat(closes.get(0).closeCode()).isEqualTo(1009);
            List<String> texts = frames.stream()
                    .filter(f -> f.opcode() == RawWebSocket.TEXT)
                    .map(RawWebSocket.Frame::text)
                    .toList();
            assertThat(texts).hasSize(1);
            assertThat(Json.mapper().readTree(texts.get(0)).path("code").asText())
                    .isEqualTo("frame_too_long");
        }
    }
}
