#!/usr/bin/env python3
"""A Summit bot in Python, on the client library in clients/python (standard library only).

It joins a room with a join code, votes on amendments by its own preferences, proposes the
wording it values most, accepts the deals offered to it that are worth more to it than they
cost (and declines the rest), answers private messages, decides by its projected score, and
prints its final score. If the
connection drops, the library takes the seat back and nothing is missed.

    python3 docs/examples/summit_bot.py HOST:PORT CODE [SEAT]

HOST:PORT may also be ws://HOST:PORT/ws. The wire protocol is in docs/PROTOCOL.md.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
from summit_client import Client, SummitError  # noqa: E402

# Events after which the bot looks at the whole picture again.
REFRESH = {"phase_started", "amendment_proposed", "amendment_resolved", "deal_offered", "resumed"}


def main():
    address, code = sys.argv[1], sys.argv[2]
    seat = sys.argv[3] if len(sys.argv) > 3 else None
    bot = Client.connect(address, name="Python bot", bot=True)
    try:
        welcome = bot.join(code, seat=seat)
    except SummitError as e:
        print("server said:", e.code, "-", e.message, file=sys.stderr)
        return 1
    print("playing", welcome.seat, "in room", welcome.room)
    done = {}
    act(bot, welcome.view, done)
    while True:
        # A short wait, so that what the room held back is tried again even when nothing happens.
        message = bot.next_message(RETRY_AFTER / 2)
        if message is None:
            if any(time.monotonic() >= at for at in held.values()):
                act(bot, bot.get_view(), done)
            continue
        if message["type"] != "event":
            continue
        event = message["event"]
        kind = event["type"]
        if kind == "match_ended":
            score = bot.outcome.scores[bot.seat]
            print("final score of %s: %.1f points (%.0f out of 100)" % (bot.seat, score.total, score.percent))
            return 0
        if kind == "dm" and event.get("to") == bot.seat:
            answer(bot, event["from"])  # people first: an answer before anything else
        if kind in REFRESH:
            act(bot, bot.get_view(), done)


def answer(bot, sender):
    """A short, true answer to a private message: how this bot votes and decides."""
    try:
        bot.dm(sender, "Thank you for writing. We vote for each wording by what it is worth to us and decide by our"
                       " projected score, so a deal that gives us something we value can win our vote.")
    except SummitError as e:
        print("refused:", e.code, "-", e.message, file=sys.stderr)


# What the room held back while people play (people_first), and when to try it again.
RETRY_AFTER = 10.0
held = {}


def act(bot, view, done):
    """Sends this turn's commands."""
    for key, at in list(held.items()):
        if time.monotonic() >= at:  # time to try it again: forget it was done
            done.pop(key, None)
            del held[key]
    for body in choose(view, done):
        try:
            bot.command(body)
        except SummitError as e:  # e.g. the phase moved on meanwhile
            print("refused:", e.code, "-", e.message, file=sys.stderr)
            if e.code == "people_first":  # held back while people play: try it again a little later
                for key in [k for k, sent in done.items() if sent is body]:
                    held[key] = time.monotonic() + RETRY_AFTER
            continue
        if body["type"] in ("accept", "decline"):
            sender = next(d.sender for d in view.deals if d.id == body["deal"])
            print("%s deal %s from %s" % (body["type"].rstrip("e") + "ed", body["deal"], sender))


def choose(view, done):
    """This turn's commands, from the view's legal actions; each kind once per stage (done, a dict, remembers).

    The same choice plays headless (docs/examples/headless_bot.py), where Summit runs this file's
    logic as a program of its own."""
    if view.paused or not view.legal_actions:
        return []
    stage = str(view.stage)
    chosen = []

    def gain(clause, option):
        return view.value(clause, option) - view.value(clause, view.current(clause))

    def add(key, body):
        if (stage, key) not in done:
            done[(stage, key)] = body
            chosen.append(body)

    for a in view.legal("vote"):
        if a.args["ballot"] == "SUPPORT":
            amendment = view.amendment(a.args["amendment"])
            g = gain(amendment.clause, amendment.option)
            ballot = "SUPPORT" if g > 0 else "OPPOSE" if g < 0 else "ABSTAIN"
            add(amendment.id, {"type": "vote", "amendment": amendment.id, "ballot": ballot})

    def worth(promise, ours):
        """A promise in points for this seat: what the other side gives, or (ours) what it costs us."""
        if promise["kind"] == "support":
            return gain(promise["clause"], promise["option"])
        if promise["kind"] == "vote":
            amendment = view.amendment(promise["amendment"])
            g = gain(amendment.clause, amendment.option) if amendment else 0
            return {"SUPPORT": g, "OPPOSE": -g}.get(promise["ballot"], 0)
        if ours and view.projection:  # a decision we would promise: what it gives up against our best
            best = max(s.total for s in view.projection.values())
            return view.projection[promise["decision"]].total - best
        return 0

    # Only the deals we may still answer are in the legal actions (not a lapsed one, say).
    for a in view.legal("accept"):
        deal = next(d for d in view.deals if d.id == a.args["deal"])
        answer = "accept" if worth(deal.give, False) + worth(deal.want, True) > 0 else "decline"
        add("deal " + deal.id, {"type": answer, "deal": deal.id})
    proposals = [a.args for a in view.legal("propose")]
    if proposals:
        best = max(proposals, key=lambda p: gain(p["clause"], p["option"]))
        if gain(best["clause"], best["option"]) > 0:
            add("propose", dict(best, type="propose", rationale="This wording matters to us."))
    if view.allows("decide"):
        decision = max(view.projection, key=lambda d: view.projection[d].total)
        add("decide", {"type": "decide", "decision": decision, "statement": "Decided by our interests."})
    if not chosen and view.allows("ready"):
        add("ready", {"type": "ready"})
    return chosen


if __name__ == "__main__":
    sys.exit(main())
