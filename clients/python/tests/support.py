"""What the tests share: the server's address, and a room with a facilitator."""
import os

from summit_client import Client

SCENARIO = "classroom-mini"


def address():
    return os.environ.get("SUMMIT_SERVER", "127.0.0.1:7777")


def ws_address():
    return "ws://%s/ws" % address()


def facilitator(**options):
    """A connection that created a room and chairs it; its .code is the join code."""
    chair = Client.connect(address(), name="Teacher")
    chair.create_room(SCENARIO, **options)
    return chair


def seats():
    """The scenario's playable seats, in order."""
    with Client.connect(address()) as c:
        scenario = next(s for s in c.list_scenarios() if s["id"] == SCENARIO)
    return [s["id"] for s in scenario["seats"]]


def wait_for(client, predicate, what, timeout=10):
    """The next message from client that predicate accepts; fails the test after timeout seconds."""
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = client.next_message(max(0.05, deadline - time.monotonic()))
        if message is not None and predicate(message):
            return message
    raise AssertionError("no %s within %d s" % (what, timeout))


def event(kind):
    return lambda m: m["type"] == "event" and m["event"]["type"] == kind


def phase(name):
    """Accepts the phase_started event of phase name ("OPENING", "ROUND", ...)."""
    return lambda m: event("phase_started")(m) and m["event"]["stage"]["phase"] == name
