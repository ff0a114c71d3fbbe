#!/usr/bin/env python3
"""A Summit bot in plain Python (standard library only).

It joins a room with a join code, votes on amendments by its own preferences, proposes the
wording it values most, decides by its projected score, and prints its final score.

    python3 summit_bot.py HOST:PORT CODE [SEAT]

The wire protocol is newline-delimited JSON: see docs/PROTOCOL.md.
"""
import json
import socket
import sys

def main():
    host, port = sys.argv[1].rsplit(":", 1)
    code = sys.argv[2]
    seat = sys.argv[3] if len(sys.argv) > 3 else None
    conn = socket.create_connection((host, int(port)))
    lines = conn.makefile("r", encoding="utf-8")
    counter = [0]

    def send(message):
        counter[0] += 1
        message.setdefault("id", "py%d" % counter[0])
        conn.sendall((json.dumps(message) + "\n").encode("utf-8"))

    send({"type": "hello", "protocol": 1, "client": "summit_bot.py", "name": "Python bot"})
    join = {"type": "join", "code": code, "role": "player"}
    if seat:
        join["seat"] = seat
    send(join)
    me, done = None, set()
    for line in lines:
        msg = json.loads(line)
        kind = msg["type"]
        if kind == "error":
            print("server said:", msg["code"], "-", msg["message"], file=sys.stderr)
            if msg.get("id", "").startswith("py") and msg["code"] in ("unknown_code", "seat_taken", "room_full"):
                return 1
        elif kind == "welcome":
            me = msg["seat"]
            print("playing", me, "in room", msg["room"])
            act(msg["view"], send, done)
        elif kind == "view":
            act(msg["view"], send, done)
        elif kind == "event":
            event = msg["event"]
            if event["type"] == "match_ended":
                score = event["outcome"]["scores"][me]
                print("final score of %s: %.1f points (%.0f%% of its best)" % (me, score["total"], score["percent"]))
                return 0
            if event["type"] in ("phase_started", "amendment_proposed", "amendment_resolved", "resumed"):
                send({"type": "get_view"})
    return 1

def act(view, send, done):
    """Chooses this turn's commands from the view's legal actions."""
    if view.get("paused") or not view.get("legalActions"):
        return
    stage = view["stage"]
    stage_text = stage["phase"] + (" %d" % stage["round"] if stage["phase"] == "ROUND" else "")
    prefs = view["preferences"][view["seat"]]
    current = {c["id"]: c["current"] for c in view["text"]}

    def value(clause, option):
        return prefs["clauses"].get(clause, {}).get(option, 0)

    def command(body):
        send({"type": "command", "stage": stage_text, "command": body})

    actions = view["legalActions"]
    sent = False
    for a in actions:
        args = a["args"]
        key = (stage_text, a["command"], args.get("amendment"))
        if a["command"] == "vote" and args["ballot"] == "SUPPORT" and key not in done:
            amendment = next(x for x in view["amendments"] if x["id"] == args["amendment"])
            gain = value(amendment["clause"], amendment["option"]) - value(amendment["clause"], current[amendment["clause"]])
            ballot = "SUPPORT" if gain > 0 else "OPPOSE" if gain < 0 else "ABSTAIN"
            command({"type": "vote", "amendment": amendment["id"], "ballot": ballot})
            done.add(key)
            sent = True
    proposals = [a["args"] for a in actions if a["command"] == "propose"]
    if proposals and (stage_text, "propose") not in done:
        best = max(proposals, key=lambda p: value(p["clause"], p["option"]) - value(p["clause"], current[p["clause"]]))
        if value(best["clause"], best["option"]) > value(best["clause"], current[best["clause"]]):
            command({"type": "propose", "clause": best["clause"], "option": best["option"],
                     "rationale": "This wording matters to us."})
            sent = True
        done.add((stage_text, "propose"))
    if any(a["command"] == "decide" for a in actions) and (stage_text, "decide") not in done:
        projection = view["projection"]
        decision = max(projection, key=lambda d: projection[d]["total"])
        command({"type": "decide", "decision": decision, "statement": "Decided by our interests."})
        done.add((stage_text, "decide"))
        sent = True
    if not sent and any(a["command"] == "ready" for a in actions) and (stage_text, "ready") not in done:
        command({"type": "ready"})
        done.add((stage_text, "ready"))

if __name__ == "__main__":
    sys.exit(main())
