package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The test client reports a line that is not JSON as what it is, not as a closed connection. */
class TestClientTest {

    @Test
    void aLineThatIsNotJsonFailsTheNextAwait() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            try (TestClient client = new TestClient(server.getLocalPort());
                    Socket accepted = server.accept()) {
                OutputStream out = accepted.getOutputStream();
                out.write("<html>oops</html>\n{\"type\":\"hello_ok\"}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();

                assertThatThrownBy(() -> client.await("hello_ok"))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("not JSON: <html>oops</html>");
            }
        }
    }
}
