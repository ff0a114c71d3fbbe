import json
import time
import unittest

from summit_client import Client

from .support import address


class QuietTransport:
    """Stands in for the connection: records what is sent, answers each ping with its pong."""

    def __init__(self):
        self.sent = []
        self.inbox = []

    def send(self, text):
        message = json.loads(text)
        self.sent.append(message)
        if message["type"] == "ping":
            self.inbox.append(json.dumps({"type": "pong", "id": message["id"], "time": 0}))

    def recv(self, timeout):
        if self.inbox:
            return self.inbox.pop(0)
        time.sleep(timeout)
        return None

    def close(self):
        pass


class HeartbeatTest(unittest.TestCase):

    def test_a_client_that_only_listens_pings_at_the_servers_interval(self):
        client = Client("127.0.0.1:1")
        client._transport = QuietTransport()
        client._heartbeat = 0.05
        client._last_sent = time.monotonic()
        self.assertIsNone(client.next_message(0.32))
        pings = [m for m in client._transport.sent if m["type"] == "ping"]
        self.assertGreaterEqual(len(pings), 4, "a ping about every 50 ms while waiting 320 ms")
        self.assertLessEqual(len(pings), 7, "no more often than the interval")
        self.assertEqual(client._transport.inbox, [], "its pongs were read, and kept from the caller")

    def test_the_interval_is_the_one_the_server_announces(self):
        with Client.connect(address(), name="Listener") as c:
            self.assertEqual(c._heartbeat, 30.0)  # hello_ok's heartbeatMs, 30000 on a default server
            c._heartbeat = 0.1
            self.assertIsNone(c.next_message(0.5))
            # The connection is alive and still answers.
            self.assertTrue(c.list_scenarios())


if __name__ == "__main__":
    unittest.main()
