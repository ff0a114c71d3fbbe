"""The bots in the docs, run against the server: docs/examples/summit_bot.py and the bot in docs/BOTS.md."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

from summit_client import Client

from .support import address, facilitator, phase, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
LIBRARY = os.path.join(ROOT, "clients", "python")
# Short phases, so the clock carries a room of bots to the end in seconds.
QUICK = {"briefing": 1, "opening": 1, "round": 3, "rounds": 1, "decision": 3}


def bots_md_bot():
    """The Python bot shown in docs/BOTS.md, as a file."""
    with open(os.path.join(ROOT, "docs", "BOTS.md"), encoding="utf-8") as f:
        text = f.read()
    code = re.search(r"```python\n(# bot\.py.*?)```", text, re.S).group(1)
    path = os.path.join(tempfile.mkdtemp(prefix="summit-bot-"), "bot.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(code)
    return path, code


class BotsTest(unittest.TestCase):

    def play(self, script, seat):
        """Runs script as a bot at seat of a quick room whose other seats hold server bots; returns its output."""
        with facilitator(timing=QUICK) as chair:
            env = dict(os.environ, PYTHONPATH=LIBRARY)
            bot = subprocess.Popen([sys.executable, script, address(), chair.code, seat], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            try:
                wait_for(chair, lambda m: m["type"] == "presence" and any(
                    s["seat"] == seat and s["status"] == "present" for s in m["seats"]), seat + " seated", 30)
                chair.request({"type": "fill_bots", "strategy": "mediator"})
                chair.command({"type": "start"})
                out, _ = bot.communicate(timeout=90)
            finally:
                bot.kill()
            self.assertEqual(bot.returncode, 0, out)
            return out

    def test_the_example_bot_plays_a_whole_summit(self):
        out = self.play(os.path.join(ROOT, "docs", "examples", "summit_bot.py"), "austria")
        self.assertIn("playing austria", out)
        self.assertIn("final score of austria", out)

    def with_the_example_bot(self, opening, person):
        """The example bot at Austria and Ana at Costa Rica in a quick room, in the opening: person(ana, bot)."""
        with facilitator(timing=dict(QUICK, opening=opening)) as chair, Client.connect(address(), name="Ana") as ana:
            ana.join(chair.code, seat="costa-rica")
            env = dict(os.environ, PYTHONPATH=LIBRARY)
            bot = subprocess.Popen([sys.executable, os.path.join(ROOT, "docs", "examples", "summit_bot.py"),
                                    address(), chair.code, "austria"],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            try:
                wait_for(chair, lambda m: m["type"] == "presence" and any(
                    s["seat"] == "austria" and s["status"] == "present" for s in m["seats"]), "austria seated", 30)
                chair.request({"type": "fill_bots", "strategy": "mediator"})
                chair.command({"type": "start"})
                wait_for(ana, phase("OPENING"), "the opening", 15)
                person(ana, bot)
            finally:
                bot.kill()
                bot.communicate()

    def test_the_example_bot_answers_a_deal_offered_to_it(self):
        # An opening long enough for a person at Costa Rica to offer the bot a deal in it.
        def offer(ana, bot):
            ana.offer("austria", {"kind": "decide", "decision": "PUSH_BINDING"},
                      {"kind": "decide", "decision": "SIGN"}, "We push if you sign.")
            out, _ = bot.communicate(timeout=90)
            self.assertEqual(bot.returncode, 0, out)
            self.assertRegex(out, r"(accepted|declined) deal D\d+ from costa-rica")
        self.with_the_example_bot(6, offer)

    def test_the_example_bot_answers_a_person_who_writes_to_it(self):
        def write(ana, bot):
            ana.dm("austria", "Will you push for binding law with us?")
            answer = wait_for(ana, lambda m: m["type"] == "event" and m["event"]["type"] == "dm"
                              and m["event"]["from"] == "austria", "Austria's answer", 15)
            self.assertIn("a deal that gives us something we value can win our vote", answer["event"]["text"])
        self.with_the_example_bot(20, write)

    def test_the_bot_in_bots_md_is_at_most_30_lines_and_plays_a_whole_summit(self):
        path, code = bots_md_bot()
        self.assertLessEqual(len(code.strip().splitlines()), 30)
        out = self.play(path, "china")
        self.assertRegex(out, r"china scored -?\d+(\.\d+)? \(\d+ out of 100\)")

    def test_the_practice_room_seats_your_bot_fills_the_others_and_prints_every_score(self):
        room = subprocess.Popen([sys.executable, os.path.join(ROOT, "docs", "examples", "practice_room.py"), address(),
                                 "--seat", "germany", "--round", "5", "--rounds", "1", "--seed", "3"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        bot = None
        try:
            first = room.stdout.readline()
            code = re.search(r"join code (\S+)\.", first).group(1)
            self.assertIn("python3 docs/examples/summit_bot.py %s %s germany" % (address(), code),
                          room.stdout.readline(), "the line that starts the example bot")
            bot = subprocess.Popen([sys.executable, os.path.join(ROOT, "docs", "examples", "summit_bot.py"),
                                    address(), code, "germany"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True)
            out, _ = room.communicate(timeout=150)
            bot.communicate(timeout=30)
        finally:
            room.kill()
            if bot:
                bot.kill()
        self.assertEqual(room.returncode, 0, out)
        self.assertIn("Now: round 1", out)
        self.assertIn("Now: the results", out)
        scores = [line for line in out.splitlines() if re.search(r"/100", line)]
        self.assertEqual(len(scores), 6, "one line for each of the six delegations:\n" + out)
        self.assertEqual([line.split()[0] for line in scores if "<- your bot" in line], ["Germany"])


if __name__ == "__main__":
    unittest.main()
