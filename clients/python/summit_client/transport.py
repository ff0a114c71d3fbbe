"""The two framings of the Summit protocol: NDJSON lines over TCP, and WebSocket text frames.

Both give the same interface: send(text) writes one message, recv(timeout) returns the next
one as text (None when the timeout passes first) and raises ConnectionClosed when the server
has gone. Standard library only.
"""
import base64
import hashlib
import os
import socket
import struct

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3


class ConnectionClosed(Exception):
    """The server closed the connection, or the network dropped it."""


def open_transport(address, timeout=10.0):
    """A transport for "HOST:PORT" (lines) or "ws://HOST:PORT/ws" (WebSocket).

    "http://HOST:PORT/", the address the server prints for its pages, reaches the same server:
    it is read as that server's WebSocket, ws://HOST:PORT/ws.
    """
    if address.startswith("http://"):
        hostport = address[len("http://"):].partition("/")[0]
        address = "ws://" + hostport + "/ws"
    elif "://" in address and not address.startswith(("ws://", "tcp://")):
        raise ValueError(
            "cannot connect to %r: give HOST:PORT (e.g. 127.0.0.1:7777) or ws://HOST:PORT/ws" % address)
    if address.startswith("ws://"):
        rest = address[len("ws://"):]
        hostport, _, path = rest.partition("/")
        host, port = _split(hostport)
        return WebSocketTransport(host, port, "/" + (path or "ws"), timeout)
    if address.startswith("tcp://"):
        address = address[len("tcp://"):]
    host, port = _split(address)
    return LineTransport(host, port, timeout)


def _split(hostport):
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(
            "expected HOST:PORT (e.g. 127.0.0.1:7777) or ws://HOST:PORT/ws, got %r" % hostport)
    return host or "127.0.0.1", int(port)


class LineTransport:
    """One JSON message per line, each ending in a newline."""

    def __init__(self, host, port, timeout):
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._buffer = b""

    def send(self, text):
        try:
            self._sock.sendall(text.encode("utf-8") + b"\n")
        except OSError as e:
            raise ConnectionClosed(str(e)) from e

    def recv(self, timeout):
        while b"\n" not in self._buffer:
            chunk = _read(self._sock, timeout)
            if chunk is None:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        line = line.rstrip(b"\r")
        return line.decode("utf-8") if line.strip() else self.recv(timeout)

    def close(self):
        _close(self._sock)


class WebSocketTransport:
    """A minimal RFC 6455 client: text frames out (masked), text frames in, pings answered."""

    def __init__(self, host, port, path, timeout):
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._buffer = b""
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        request = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n") % (path, host, port, key)
        self._sock.sendall(request.encode("ascii"))
        while b"\r\n\r\n" not in self._buffer:
            chunk = _read(self._sock, timeout)
            if chunk is None:
                raise ConnectionClosed("no answer to the WebSocket upgrade")
            self._buffer += chunk
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        if " 101 " not in lines[0] + " ":
            raise ConnectionClosed("the server refused the WebSocket upgrade: " + lines[0])
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode("ascii")).digest()).decode("ascii")
        headers = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
        if headers.get("sec-websocket-accept") != accept:
            raise ConnectionClosed("the server's WebSocket handshake does not match")

    def send(self, text):
        self._frame(0x1, text.encode("utf-8"))

    def _frame(self, opcode, payload):
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            head = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 65536:
            head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        try:
            self._sock.sendall(head + mask + masked)
        except OSError as e:
            raise ConnectionClosed(str(e)) from e

    def recv(self, timeout):
        message = b""
        while True:
            header = self._take(2, timeout)
            if header is None:
                return None
            fin, opcode = header[0] & 0x80, header[0] & 0x0F
            n = header[1] & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._take(2, None))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._take(8, None))[0]
            mask = self._take(4, None) if header[1] & 0x80 else None
            payload = self._take(n, None) if n else b""
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                self._frame(0x8, payload[:2])
                raise ConnectionClosed("the server closed the WebSocket")
            if opcode == 0x9:
                self._frame(0xA, payload)
                continue
            if opcode in (0x1, 0x0):
                message += payload
                if fin:
                    return message.decode("utf-8")

    def _take(self, n, timeout):
        """Exactly n bytes; None if the timeout passes before the first byte arrives."""
        while len(self._buffer) < n:
            chunk = _read(self._sock, timeout if not self._buffer else None)
            if chunk is None:
                return None
            self._buffer += chunk
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def close(self):
        _close(self._sock)


def _read(sock, timeout):
    try:
        sock.settimeout(timeout)
        chunk = sock.recv(65536)
    except socket.timeout:
        return None
    except OSError as e:
        raise ConnectionClosed(str(e)) from e
    if not chunk:
        raise ConnectionClosed("the server closed the connection")
    return chunk


def _close(sock):
    try:
        sock.close()
    except OSError:
        pass
