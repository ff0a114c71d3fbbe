import contextlib
import time
import unittest

from summit_client import Client, SummitError, promises

from .support import address, event, facilitator, phase, wait_for, ws_address


class PlayTest(unittest.TestCase):

    @contextlib.contextmanager
    def person_and_bot(self):
        """A quick-paced room, started: a person in the Netherlands' seat, a Python bot in Costa Rica's."""
        with facilitator(pace="quick") as chair, Client.connect(address(), name="Ada") as ada, \
                Client.connect(address(), name="Python bot", bot=True) as bot:
            ada.join(chair.code, seat="netherlands")
            bot.join(chair.code, seat="costa-rica")
            chair.command({"type": "start"})
            chair.command({"type": "advance"})
            yield chair, ada, bot

    def test_a_bot_is_held_back_while_a_person_tables_first(self):
        with self.person_and_bot() as (chair, ada, bot):
            chair.command({"type": "advance"})
            wait_for(bot, phase("ROUND"), "round 1")
            with self.assertRaises(SummitError) as held:
                bot.propose("human", "meaningful", "People must decide.")
            self.assertEqual(held.exception.code, "people_first")
            self.assertIn("the people here table their wordings first", held.exception.message)
            self.assertEqual(bot.get_view().amendments, [])
            wait_for(ada, phase("ROUND"), "round 1")
            ada.propose("human", "meaningful", "People must decide.")  # a person is not held back

    def test_a_bot_sends_without_waiting_and_hears_the_answers_among_its_messages(self):
        with self.person_and_bot() as (_, _, bot):
            wait_for(bot, phase("OPENING"), "the opening")
            said = [bot.send({"type": "say", "text": "Point %d." % i}) for i in (1, 2)]
            wrong = bot.send({"type": "say", "text": ""})
            # Sent without waiting: the client can read and answer meanwhile, and hears each answer by its id.
            answers = {}
            deadline = time.monotonic() + 30
            while len(answers) < 3 and time.monotonic() < deadline:
                m = bot.next_message(1)
                if m is not None and m.get("id") in said + [wrong]:
                    answers[m["id"]] = m
            self.assertEqual([answers[i]["type"] for i in said], ["ack", "ack"])
            self.assertEqual((answers[wrong]["type"], answers[wrong]["code"]), ("error", "empty_text"))

    def test_players_negotiate_decide_and_read_the_outcome(self):
        with facilitator() as chair, Client.connect(address(), name="Ada") as ada, \
                Client.connect(ws_address(), name="Bo") as bo:
            ada.join(chair.code, seat="netherlands")
            bo.join(chair.code, seat="costa-rica")
            with self.assertRaises(SummitError) as early:
                ada.say("Is anyone there?")
            self.assertEqual(early.exception.code, "wrong_phase")

            chair.command({"type": "start"})
            chair.command({"type": "advance"})
            wait_for(ada, phase("OPENING"), "the opening")
            ack = ada.say("Welcome to The Hague.")
            self.assertEqual(ack["type"], "ack")
            chair.command({"type": "advance"})
            wait_for(bo, phase("ROUND"), "round 1")

            view = bo.get_view()
            self.assertEqual(str(view.stage), "ROUND 1")
            proposal = next(a for a in view.legal("propose") if a.args == {"clause": "human", "option": "meaningful"})
            bo.propose(proposal.args["clause"], proposal.args["option"], "People must decide.")
            view = ada.get_view()
            amendment = view.amendments[0]
            self.assertEqual((amendment.id, amendment.proposer, amendment.status), ("A1", "costa-rica", "open"))
            self.assertIn({"amendment": "A1", "ballot": "SUPPORT"}, [a.args for a in view.legal("vote")])
            ada.vote("a1", "SUPPORT")  # ids are accepted in any case
            pledges = [a.args["decision"] for a in ada.get_view().legal("pledge")]
            self.assertEqual(pledges, ["SIGN", "ABSTAIN", "PUSH_BINDING"])
            ada.pledge(pledges[0], [promises.condition("human", "meaningful")], "We sign if people decide.")
            view = bo.get_view()
            self.assertEqual([(p.id, p.seat, p.decision, p.if_coalition, p.text) for p in view.pledges],
                             [("P1", "netherlands", "SIGN", False, "We sign if people decide.")])
            self.assertEqual(view.pledges[0].conditions, [{"clause": "human", "options": ["meaningful"]}])
            self.assertGreater(view.binding_threshold, 0)
            self.assertIn("netherlands", view.outlook["undeclared"], "no pledge of the Netherlands holds yet")

            # A coalition pledge, a co-sponsor, and a deal offered, answered and read back.
            bo.pledge("PUSH_BINDING", text="Law, with others.", if_coalition=True)
            self.assertTrue(ada.get_view().pledges[-1].if_coalition)
            ada.propose("instrument", "consider", "Let us think about law.")
            ada.offer("costa-rica", promises.support("human", "meaningful"),
                      promises.vote_for("A2", "SUPPORT"), "Our support for yours.")
            offered = bo.get_view().deals[-1]
            self.assertEqual((offered.sender, offered.to, offered.give, offered.want, offered.status),
                             ("netherlands", "costa-rica", {"kind": "support", "clause": "human", "option": "meaningful"},
                              {"kind": "vote", "amendment": "A2", "ballot": "SUPPORT"}, "offered"))
            bo.decline(offered.id)
            bo.cosponsor("A2")
            self.assertIn("costa-rica", ada.get_view().amendment("A2").cosponsors)
            ada.offer("costa-rica", promises.decision("SIGN", [{"clause": "human", "options": ["meaningful"]}]),
                      promises.decision("SIGN"))
            second = bo.get_view().deals[-1]
            bo.accept(second.id)
            self.assertEqual([d.status for d in ada.get_view().deals], ["declined", "accepted"])

            chair.command({"type": "end"})
            wait_for(ada, event("match_ended"), "the end")
            outcome = ada.outcome
            self.assertEqual(outcome.decisions["costa-rica"].defaulted, True)
            self.assertIn("netherlands", outcome.scores)
            self.assertGreaterEqual(outcome.scores["netherlands"].percent, 0)
            score = outcome.scores["netherlands"]
            self.assertAlmostEqual(score.share, 100 * (score.total - score.worst) / (score.best - score.worst),
                                   delta=0.01)
            self.assertEqual(set(outcome.scores["netherlands"].breakdown),
                             {"text", "constraints", "red_lines", "decision", "breadth", "binding", "standing",
                              "trust", "influence"})
            # The pledges and each side of the accepted deal (the declined one binds no one).
            self.assertEqual([c.id for c in outcome.commitments], ["P1", "P2", "D2", "D2"])
            self.assertEqual(outcome.history["netherlands"]["decision"], "SIGN", "what the real state did")
            final = ada.get_view()
            self.assertEqual(final.outcome.signatories, outcome.signatories)
            taken = outcome.decisions["netherlands"].decision
            self.assertEqual(set(final.hindsight), {"SIGN", "ABSTAIN", "PUSH_BINDING"})
            self.assertEqual(final.hindsight[taken].total, score.total, "the decision taken scores its result")


if __name__ == "__main__":
    unittest.main()
