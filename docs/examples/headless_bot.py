#!/usr/bin/env python3
"""The bot of summit_bot.py, played headless: Summit runs this program and plays its seats
through it, so a tournament of a thousand matches takes a minute instead of a thousand rooms.

    ./summit match --scenario classroom-mini --bots "exec:python3 docs/examples/headless_bot.py,utility" --seed 1
    ./summit tournament --scenario classroom-mini --strategies "exec:python3 docs/examples/headless_bot.py,utility,mediator" --matches 200 --seed 1

The choice of commands is summit_bot.py's own (choose); only the way they travel differs.
docs/BOTS.md, "A bot in any language, headless", has the lines Summit and the program exchange.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "clients", "python"))
sys.path.insert(0, HERE)
from summit_bot import choose  # noqa: E402
from summit_client import headless  # noqa: E402


class Bot:
    """One seat of one match: what it has done this stage, so it does each thing once."""

    def __init__(self, seat, seed):
        self.seat = seat
        self.done = {}

    def turn(self, view, events):
        return choose(view, self.done)


if __name__ == "__main__":
    headless.run(Bot)
