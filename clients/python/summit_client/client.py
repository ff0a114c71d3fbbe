"""A Summit client for bots and scripts: connect, create or join a room, read the view, send
commands, and carry on after a dropped connection. Standard library only; one thread. While it
waits for the server it sends a ping whenever it has sent nothing for the server's heartbeat
interval, so a bot that only listens is not closed as idle.

    from summit_client import Client
    c = Client.connect("127.0.0.1:7777", name="My bot")   # or "ws://127.0.0.1:7777/ws"
    welcome = c.join("KQ7M-D3XP", seat="south")
    c.say("Good afternoon.")
    for message in c.messages():
        ...
"""
import json
import random
import time
from collections import deque

from .transport import ConnectionClosed, open_transport
from .view import Outcome, Stage, View

PROTOCOL = 1
# How long a bot's command may wait for its turn among the bots of a room where people play: the
# server answers every one (sent, held back, or the summit ended first), after a few turns of other
# bots at most; this bound only guards against a connection that went quiet.
BOT_TURN_WAIT = 300.0


class SummitError(Exception):
    """The server refused a request: code is stable (docs/PROTOCOL.md, "Errors"), message is for people."""

    def __init__(self, code, message):
        super().__init__("%s: %s" % (code, message))
        self.code = code
        self.message = message


class Welcome:
    """The answer to create_room, join and resume: the room, the role, the token and the view."""

    def __init__(self, raw):
        self.raw = raw
        self.room = raw["room"]
        self.code = raw["code"]
        self.role = raw["role"]
        self.seat = raw.get("seat")
        self.token = raw.get("token")
        self.rules = raw["rules"]
        self.view = View.from_json(raw["view"])

    def __repr__(self):
        # What a bot author printing it wants to see; the token stays out of logs.
        return "Welcome(room=%r, code=%r, role=%r, seat=%r, stage=%s)" % (
            self.room, self.code, self.role, self.seat, self.view.stage)


class Client:
    """One connection to a Summit server, and the seat or role it holds there."""

    def __init__(self, address, name=None, timeout=10.0, resume_attempts=8, bot=False):
        """bot=True says that a program plays the seat: a room where people play then paces its
        statements, proposals and offers as it paces its own bots (docs/BOTS.md, "Over the network")."""
        self.address = address
        self.name = name
        self.bot = bot
        self.timeout = timeout
        self.resume_attempts = resume_attempts
        self.token = None
        self.seat = None
        self.stage = None  # the Stage the last view or phase_started named
        self.last_seq = 0  # the last event received, for resume
        self.view = None
        self.outcome = None
        self._pending = deque()  # messages that arrived while waiting for a reply
        self._ids = 0
        self._transport = None
        self._reconnecting = False
        self._heartbeat = 30.0  # seconds; the server says its own in hello_ok
        self._last_sent = time.monotonic()
        self._pings = 0

    @classmethod
    def connect(cls, address, name=None, **kwargs):
        """Connects and says hello. address: "HOST:PORT" (lines) or "ws://HOST:PORT/ws"."""
        client = cls(address, name, **kwargs)
        client._open()
        return client

    def _open(self):
        self._transport = open_transport(self.address, self.timeout)
        hello = {"type": "hello", "protocol": PROTOCOL, "client": "summit_client.py"}
        if self.name:
            hello["name"] = self.name
        ok = self.request(hello)
        self._heartbeat = max(0.05, ok.get("heartbeatMs", 30000) / 1000.0)

    # ----- requests and replies

    def request(self, message, safe=False):
        """Sends message with a fresh id and returns the reply; raises SummitError on an error.

        If the connection drops first, the client takes its seat back (as next_message does).
        A safe request (one that changes nothing, like get_view) is then sent again; any other
        raises SummitError "connection_lost", since it may or may not have reached the room.
        """
        try:
            return self._request(message)
        except ConnectionClosed:
            if not self.token or self._reconnecting:
                raise
            self._reconnect()
            if safe:
                return self._request(message)
            raise SummitError("connection_lost", "The connection dropped before the server answered %s; the seat"
                              " is back, so look at the view to see whether it was applied." % message["type"])

    def _request(self, message):
        self._ids += 1
        rid = "py%d" % self._ids
        message = dict(message, id=rid)
        self._send(message)
        # A bot's words wait their turn in a room where people play: the ack comes when they go out.
        wait = max(self.timeout, BOT_TURN_WAIT) if self.bot and message["type"] == "command" else self.timeout
        deadline = time.monotonic() + wait
        while True:
            left = deadline - time.monotonic()
            reply = self._receive(left) if left > 0 else None
            if reply is None:
                raise TimeoutError("no reply to %s within %.0f s" % (message["type"], wait))
            if reply.get("id") == rid and reply["type"] != "event":
                if reply["type"] == "error":
                    raise SummitError(reply["code"], reply["message"])
                return reply
            self._pending.append(reply)

    def _send(self, message):
        self._transport.send(json.dumps(message))
        self._last_sent = time.monotonic()

    def _receive(self, timeout):
        """The next message, or None after timeout seconds (None: wait as long as it takes).

        Waits at most until a ping is due, sends it, and goes on waiting; the pongs to those
        pings are swallowed here, so callers never see them.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if now - self._last_sent >= self._heartbeat:
                self._pings += 1
                self._send({"type": "ping", "id": "heartbeat%d" % self._pings})
                now = time.monotonic()
            wait = self._last_sent + self._heartbeat - now
            if deadline is not None:
                if deadline - now <= 0:
                    return None
                wait = min(wait, deadline - now)
            text = self._transport.recv(max(0.001, wait))
            if text is None:
                continue
            message = json.loads(text)
            if message["type"] == "pong" and str(message.get("id", "")).startswith("heartbeat"):
                continue
            self._note(message)
            return message

    def _note(self, message):
        """Keeps the token, stage, view and last event number up to date."""
        kind = message["type"]
        if kind == "welcome":
            self.token = message.get("token", self.token)
            self.seat = message.get("seat")
            self._take_view(message["view"])
        elif kind == "view":
            self._take_view(message["view"])
        elif kind == "event":
            self.last_seq = max(self.last_seq, message["seq"])
            event = message["event"]
            if event["type"] == "phase_started":
                self.stage = Stage.from_json(event["stage"])
            elif event["type"] == "match_ended":
                self.outcome = Outcome.from_json(event["outcome"])

    def _take_view(self, raw):
        self.view = View.from_json(raw)
        self.stage = self.view.stage
        self.outcome = self.view.outcome or self.outcome

    # ----- the lobby

    def create_room(self, scenario, **options):
        """Creates a room and makes this connection its facilitator; options as in docs/PROTOCOL.md."""
        message = {"type": "create_room", "scenario": scenario}
        if options:
            message["options"] = options
        created = self.request(message)
        self.code = created["code"]
        return self._seated(self._welcome())

    def join(self, code, seat=None, spectator=False, last_seq=None):
        """Joins with a join code as a player (of seat, or the first free one) or a spectator."""
        message = {"type": "join", "code": code, "role": "spectator" if spectator else "player"}
        if seat:
            message["seat"] = seat
        if last_seq is not None:
            message["lastSeq"] = last_seq
        if self.bot:
            message["bot"] = True
        return self._seated(Welcome(self.request(message)), last_seq)

    def _seated(self, welcome, last_seq=None):
        # The view holds every event up to its seq; later ones (and those after last_seq, if
        # asked for) arrive as events.
        self.last_seq = welcome.view.seq if last_seq is None else last_seq
        return welcome

    def resume(self, token=None, last_seq=None):
        """Takes the seat (or facilitator role) of token back; the events missed since last_seq follow."""
        token = token or self.token
        last_seq = self.last_seq if last_seq is None else last_seq
        message = {"type": "resume", "token": token, "lastSeq": last_seq}
        if self.bot:
            message["bot"] = True
        return Welcome(self.request(message))

    def _welcome(self):
        while True:
            message = self.next_message(self.timeout)
            if message is None:
                raise TimeoutError("no welcome after create_room")
            if message["type"] == "welcome":
                return Welcome(message)

    def leave(self):
        return self.request({"type": "leave"})

    def list_scenarios(self):
        return self.request({"type": "list_scenarios"}, safe=True)["scenarios"]

    def list_rooms(self):
        return self.request({"type": "list_rooms"}, safe=True)["rooms"]

    # ----- the game

    def get_view(self):
        self.request({"type": "get_view"}, safe=True)
        return self.view

    def command(self, body):
        """Sends a game command for the current stage; returns the ack, or raises SummitError."""
        return self.request({"type": "command", "stage": str(self.stage), "command": body})

    def send(self, body):
        """Sends a game command for the current stage and returns its request id at once.

        The answer comes later, among the messages next_message reads: {"type": "ack", "id": ...}
        once it went through, or {"type": "error", "id": ..., "code": ..., "message": ...}. For a
        bot in a room where people play, whose words wait for their turn among the bots (command
        waits for that): it can go on reading and answering meanwhile. If the connection drops
        before the answer, none comes; look at the view to see whether it went through.
        """
        self._ids += 1
        rid = "py%d" % self._ids
        self._send({"type": "command", "stage": str(self.stage), "command": body, "id": rid})
        return rid

    def say(self, text):
        return self.command({"type": "say", "text": text})

    def dm(self, to, text):
        return self.command({"type": "dm", "to": to, "text": text})

    def propose(self, clause, option, rationale=""):
        return self.command({"type": "propose", "clause": clause, "option": option, "rationale": rationale})

    def vote(self, amendment, ballot):
        return self.command({"type": "vote", "amendment": amendment, "ballot": ballot})

    def pledge(self, decision, conditions=(), text="", if_coalition=False):
        """A public pledge; with if_coalition, a push that binds only if enough states push.

        conditions: the text it holds under, each made by promises.condition(clause, option, ...),
        e.g. pledge("SIGN", [promises.condition("human", "meaningful", "oversight")]).
        """
        body = {"type": "pledge", "decision": decision, "conditions": list(conditions), "text": text}
        if if_coalition:
            body["ifCoalition"] = True
        return self.command(body)

    def cosponsor(self, amendment):
        return self.command({"type": "cosponsor", "amendment": amendment})

    def withdraw(self, amendment):
        return self.command({"type": "withdraw", "amendment": amendment})

    def offer(self, to, give, want, text=""):
        """Offers a deal: give and want are promises (support(), vote_for() or decision() build them)."""
        return self.command({"type": "offer", "to": to, "give": give, "want": want, "text": text})

    def accept(self, deal):
        return self.command({"type": "accept", "deal": deal})

    def decline(self, deal):
        return self.command({"type": "decline", "deal": deal})

    def decide(self, decision, statement=""):
        return self.command({"type": "decide", "decision": decision, "statement": statement})

    def ready(self):
        return self.command({"type": "ready"})

    # ----- what arrives

    def next_message(self, timeout=None):
        """The next message from the server (oldest first); None if timeout seconds pass first.

        If the connection drops, the client reconnects with its token (backing off from 0.5 s,
        doubling, with jitter, up to 30 s) and resumes from the last event it saw, so nothing is
        missed and nothing comes twice; after resume_attempts failures ConnectionClosed is raised.
        """
        if self._pending:
            return self._pending.popleft()
        while True:
            try:
                return self._fresh(timeout)
            except ConnectionClosed:
                if not self.token:
                    raise
                self._reconnect()

    def _fresh(self, timeout):
        while True:
            seen = self.last_seq
            message = self._receive(timeout)
            # Events the server resends after a resume that this client already had.
            if message is not None and message["type"] == "event" and message["seq"] <= seen:
                continue
            return message

    def messages(self):
        """Every message from now on, reconnecting as next_message does; ends when the connection cannot be restored."""
        while True:
            yield self.next_message()

    def drop(self):
        """Closes the connection abruptly, as a network failure would (for tests and demos)."""
        self._transport.close()

    def _reconnect(self):
        delay = 0.5
        self._reconnecting = True
        try:
            for _ in range(self.resume_attempts):
                try:
                    self._transport.close()
                    self._open()
                    self.resume()
                    return
                except (ConnectionClosed, OSError, TimeoutError):
                    time.sleep(delay * random.uniform(0.8, 1.2))
                    delay = min(delay * 2, 30.0)
        finally:
            self._reconnecting = False
        raise ConnectionClosed("could not reconnect to %s after %d attempts" % (self.address, self.resume_attempts))

    def close(self):
        self._transport.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
