"""Headless play (summit_client.headless): Summit runs a Python bot as a program of its own and
plays its seats through it, in a match and a tournament; a bot that fails is reported with its
own traceback's last words."""
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

from summit_client import headless

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
EXAMPLE = os.path.join(ROOT, "docs", "examples", "headless_bot.py")


def summit(*args):
    """Runs the Summit jar the tests were started with; its standard output and error."""
    jar = os.environ.get("SUMMIT_JAR", os.path.join(ROOT, "app", "target", "summit.jar"))
    done = subprocess.run(["java", "-jar", jar] + list(args), cwd=ROOT, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


class HeadlessTest(unittest.TestCase):

    def test_the_example_plays_its_seat_to_the_end_with_no_command_refused(self):
        strategy = "exec:%s %s" % (sys.executable, EXAMPLE)
        code, out, err = summit("match", "--scenario", "classroom-mini", "--bots", strategy + ",utility",
                                "--seed", "3", "--json")
        self.assertEqual(0, code, err)
        match = json.loads(out)
        netherlands = match["seats"]["netherlands"]
        self.assertEqual(strategy, netherlands["strategy"])
        self.assertFalse(netherlands["benched"], netherlands)
        self.assertEqual(0, netherlands["invalid"], netherlands["refused"])
        self.assertGreater(netherlands["accepted"], 2)
        self.assertFalse(match["outcome"]["decisions"]["netherlands"]["defaulted"])

    def test_a_tournament_counts_the_program_as_a_strategy_of_its_own(self):
        strategy = "exec:%s %s" % (sys.executable, EXAMPLE)
        with tempfile.TemporaryDirectory() as folder:
            report = os.path.join(folder, "t.json")
            code, out, err = summit("tournament", "--scenario", "classroom-mini", "--strategies", strategy + ",utility",
                                    "--matches", "20", "--seed", "1", "--json", report)
            self.assertEqual(0, code, err)
            self.assertIn("headless_bot.py", out)
            with open(report) as f:
                faults = json.load(f)["faults"][strategy]
        self.assertEqual(0, faults["errors"], faults.get("firstFailure"))
        self.assertEqual(0, faults["timeouts"], faults.get("firstFailure"))
        self.assertEqual(0, faults["invalid"])

    def test_a_bot_that_raises_is_taken_out_with_its_last_words(self):
        with tempfile.TemporaryDirectory() as folder:
            broken = os.path.join(folder, "broken_bot.py")
            with open(broken, "w") as f:
                f.write("import sys\nsys.path.insert(0, %r)\n" % os.path.join(ROOT, "clients", "python")
                        + "from summit_client import headless\n"
                        + "class Bot:\n"
                        + "    def __init__(self, seat, seed):\n        pass\n"
                        + "    def turn(self, view, events):\n        raise ValueError('my bug on ' + str(view.stage))\n"
                        + "headless.run(Bot)\n")
            code, out, err = summit("match", "--scenario", "classroom-mini", "--bots",
                                    "exec:%s %s,utility" % (sys.executable, broken), "--seed", "1")
        self.assertEqual(3, code, err)  # played to the end, but a bot was taken out
        self.assertIn("Bots taken out of the match", out)
        # The library catches the bot's failure: that seat is out, the program plays on for others.
        self.assertIn("broken_bot.py: the bot for this seat failed: ValueError: my bug on BRIEFING", out)
        self.assertIn("Traceback", err)

    def test_the_loop_makes_a_bot_a_seat_and_forgets_it_at_the_end(self):
        made, heard = [], []

        class Bot:
            def __init__(self, seat, seed):
                made.append((seat, seed))

            def turn(self, view, events):
                return [{"type": "ready"}]

            def rejected(self, command, code, message):
                heard.append(code)

        stdin = io.StringIO("".join(json.dumps(m) + "\n" for m in [
            {"type": "hello", "protocol": 1},
            {"type": "start", "bot": 1, "seat": "china", "seed": 42},
            {"type": "rejected", "bot": 1, "command": {"type": "ready"}, "code": "wrong_phase", "message": "m"},
        ]))
        stdout = io.StringIO()
        headless.run(Bot, stdin, stdout)
        self.assertEqual([("china", 42)], made)
        self.assertEqual(["wrong_phase"], heard)
        self.assertEqual('{"type": "ready"}\n', stdout.getvalue(), "the greeting answered, nothing else")

    def test_a_bot_without_a_handler_has_its_refusals_written_to_standard_error(self):
        class Bot:
            def __init__(self, seat, seed):
                pass

            def turn(self, view, events):
                return []

        stdin = io.StringIO("".join(json.dumps(m) + "\n" for m in [
            {"type": "hello", "protocol": 1},
            {"type": "start", "bot": 1, "seat": "china", "seed": 42},
            {"type": "rejected", "bot": 1, "command": {"type": "propose", "clause": "control"},
             "code": "unknown_clause", "message": "There is no clause \"control\"."},
        ]))
        stderr, sys.stderr = sys.stderr, io.StringIO()
        try:
            headless.run(Bot, stdin, io.StringIO())
            said = sys.stderr.getvalue()
        finally:
            sys.stderr = stderr
        self.assertEqual('refused {"type": "propose", "clause": "control"}: unknown_clause: '
                         'There is no clause "control".\n', said)

    def test_a_turn_that_returns_no_list_is_said_plainly(self):
        for wrong in ({"type": "ready"}, "ready", [["ready"]]):
            with self.assertRaises(TypeError) as caught:
                headless._commands(wrong)
            self.assertIn("turn()", str(caught.exception))
        self.assertEqual([], headless._commands(None))
        self.assertEqual([{"type": "ready"}], headless._commands(({"type": "ready"},)))

    def test_a_script_that_is_not_there_is_refused_before_any_match(self):
        code, out, err = summit("tournament", "--scenario", "classroom-mini", "--strategies",
                                "exec:%s nosuchbot.py,utility" % sys.executable, "--matches", "20", "--seed", "1")
        self.assertNotEqual(0, code)
        self.assertIn("did not start", err + out)
        self.assertIn("nosuchbot.py", err + out)
        self.assertNotIn("20 matches in", out)


if __name__ == "__main__":
    unittest.main()
