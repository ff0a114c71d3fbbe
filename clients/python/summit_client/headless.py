"""Headless play: Summit runs this program and plays its seats through it, thousands of matches a
minute, with `summit match`, `summit tournament` or `summit analyze` and the strategy
"exec:python3 mybot.py" (docs/BOTS.md, "A bot in any language, headless").

    from summit_client import headless

    class MyBot:
        def __init__(self, seat, seed):
            ...
        def turn(self, view, events):
            return [{"type": "ready"}]          # the commands to send now; [] passes

    headless.run(MyBot)

One program serves every seat that plays it, in every match of the run: Summit greets it once
(this answers for you), tells it when a seat starts (a new bot object is made for it), sends
each of its turns and waits for the answer, and says when its match is over. Print nothing else to standard output (it is Summit's
line to your program); print to standard error, which Summit shows under your program's name.
"""
import json
import sys
import traceback

from .view import View


def run(make_bot, stdin=None, stdout=None):
    """Plays every seat Summit gives this program until Summit closes its standard input.

    make_bot(seat, seed) makes the bot for one seat of one match (use seed for any randomness,
    so a match repeats exactly). The bot's turn(view, events) returns the commands to send now,
    as the wire protocol writes them (docs/PROTOCOL.md, "Commands"): a list of dicts such as
    {"type": "vote", "amendment": "A3", "ballot": "SUPPORT"}; an empty list passes until
    something happens. events are the events the seat saw since its last turn, each
    {"seq": n, "event": {...}}. Optional: finished(view), once the match is over (view.outcome
    holds every score), and rejected(command, code, message), when the rules refused a command.
    A bot without rejected() has each refusal written to standard error, which Summit shows under
    the program's name: an author sees at once why a move did not count.
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    bots = {}
    def answer(reply):
        stdout.write(json.dumps(reply) + "\n")
        stdout.flush()

    for line in stdin:
        message = json.loads(line)
        kind, key = message["type"], message.get("bot")
        if kind == "hello":
            answer({"type": "ready"})
        elif kind == "start":
            bots[key] = make_bot(message["seat"], message["seed"])
        elif kind == "turn":
            try:
                answer({"commands": _commands(bots[key].turn(View.from_json(message["view"]), message["events"]))})
            except Exception as e:  # this seat's bot failed: it is out, the program plays on for the others
                traceback.print_exc()
                answer({"error": "".join(traceback.format_exception_only(type(e), e)).strip()})
        elif kind == "rejected":
            bot = bots.get(key)
            if getattr(bot, "rejected", None) is None:
                sys.stderr.write("refused %s: %s: %s\n" % (json.dumps(message["command"]), message["code"],
                                                            message["message"]))
            _call(bot, "rejected", message["command"], message["code"], message["message"])
        elif kind == "finished":
            _call(bots.pop(key, None), "finished", View.from_json(message["view"]))


def _commands(returned):
    """What turn() returned, as a list of commands; a clear error for anything else."""
    if returned is None:
        return []
    if isinstance(returned, dict) or not isinstance(returned, (list, tuple)):
        raise TypeError("turn() must return a list of commands (dicts such as {'type': 'ready'}), not %r"
                        % (returned,))
    for command in returned:
        if not isinstance(command, dict):
            raise TypeError("each command turn() returns must be a dict such as {'type': 'ready'}, not %r"
                            % (command,))
    return list(returned)


def _call(bot, method, *args):
    handler = getattr(bot, method, None)
    if handler is not None:
        handler(*args)
