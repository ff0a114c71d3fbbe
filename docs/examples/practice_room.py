#!/usr/bin/env python3
"""A practice room for your own bot: built-in bots in every other seat, short timings.

    python3 docs/examples/practice_room.py HOST:PORT [--scenario ID] [--seat SEAT]
                                           [--bots STRATEGY] [--seed N] [--round SECONDS] [--rounds N]

It creates a room on the server as its facilitator and prints the join code and the command
that starts the example bot in the seat. When a player takes that seat, it fills every other
seat with built-in bots, starts the summit, reports each phase, and at the end prints every
delegation's score, yours marked. The same seed gives the bots the same draws, so runs
compare. Run a server first (`./summit serve`); Ctrl-C stops the script, and a room that never
started expires by itself.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
from summit_client import Client  # noqa: E402


def arguments():
    p = argparse.ArgumentParser(description="A practice room for your own bot.")
    p.add_argument("server", help="HOST:PORT of a running Summit server")
    p.add_argument("--scenario", default="classroom-mini")
    p.add_argument("--seat", default="costa-rica", help="the seat your bot plays")
    p.add_argument("--bots", default="mixed", help="strategy of the built-in bots (docs/BOTS.md)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--round", type=int, default=60, help="seconds per negotiation round")
    p.add_argument("--rounds", type=int, default=2, help="negotiation rounds")
    return p.parse_args()


DECISIONS = {"SIGN": "Sign", "ABSTAIN": "Abstain", "PUSH_BINDING": "Push for binding law"}
PHASES = {"LOBBY": "the lobby", "BRIEFING": "the briefing", "OPENING": "the opening statements",
          "FINAL": "the final decisions", "RESULTS": "the results"}


def in_words(stage):
    """"round 2", "the final decisions": a stage as the pages and the console say it."""
    return "round %d" % stage.round if stage.phase == "ROUND" else PHASES.get(stage.phase, stage.phase.lower())


def seat_taken(message, seat):
    """Whether a presence message shows a player (not a bot) in seat."""
    return message["type"] == "presence" and any(
        s["seat"] == seat and s.get("humans", 0) > 0 for s in message.get("seats", []))


def main():
    a = arguments()
    chair = Client.connect(a.server, name="Practice chair")
    # Short phases; a phase also ends as soon as every seat has said ready. With a vote window
    # of 0 a vote closes once every delegation has a stance, as in a room of bots alone.
    timing = {"briefing": 10, "opening": 10, "round": a.round, "rounds": a.rounds, "decision": 30}
    # A bot that crashes is restarted, not waited for: its seat is free again after 5 s, for
    # anyone with the code (a classroom's room keeps a seat 2 minutes for its player).
    chair.create_room(a.scenario, label="Practice", seed=a.seed, bot=a.bots, timing=timing,
                      pace="quick", voteWindowSeconds=0, graceSeconds=5, handover="history")
    here = os.path.relpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "summit_bot.py"))
    print("Room ready, join code %s. Start your bot in the seat %s, e.g.:" % (chair.code, a.seat))
    print("  python3 %s %s %s %s" % (here, a.server, chair.code, a.seat))
    print("If your bot stops during the summit, start it again the same way: its seat is free"
          " for it after 5 seconds.", flush=True)

    while not seat_taken(chair.next_message(), a.seat):
        pass
    chair.request({"type": "fill_bots"})
    chair.command({"type": "start"})
    print("Your bot is in. The summit has started, with %s bots in the other seats." % a.bots, flush=True)

    strategies = {}  # seat -> the strategy its bot plays (a mixed table draws one per seat)
    for message in chair.messages():
        if message["type"] == "presence":
            strategies = {s["seat"]: s["bot"] for s in message.get("seats", []) if s.get("bot")}
        if message["type"] != "event":
            continue
        event = message["event"]
        if event["type"] == "phase_started":
            print("Now:", in_words(chair.stage), flush=True)
        if event["type"] == "match_ended":
            break
    outcome = chair.get_view().outcome
    names = {d.id: d.name for d in chair.view.delegations}
    print("Scores (total points; out of 100, 50 being a typical result for the role):")
    for seat, score in sorted(outcome.scores.items(), key=lambda s: -s[1].percent):
        mark = "  <- your bot" if seat == a.seat else "  (%s)" % strategies[seat] if seat in strategies else ""
        decision = DECISIONS.get(outcome.decisions[seat].decision, "-") if seat in outcome.decisions else "-"
        print("  %-16s %-20s %7.1f  %3.0f/100%s" % (names.get(seat, seat), decision, score.total,
                                                   score.percent, mark))
    chair.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
