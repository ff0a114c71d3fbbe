import unittest

from summit_client import Client, SummitError

from .support import address, event, facilitator, wait_for


class ResumeTest(unittest.TestCase):

    def test_after_a_drop_the_client_resumes_and_misses_nothing(self):
        with facilitator() as chair, Client.connect(address(), name="Ada") as ada:
            ada.join(chair.code, seat="germany")
            chair.command({"type": "start"})
            wait_for(ada, event("phase_started"), "the briefing")
            seat, token = ada.seat, ada.token

            ada.drop()
            wait_for(chair, lambda m: m["type"] == "presence" and any(
                s["seat"] == "germany" and s["status"] == "absent" for s in m["seats"]), "germany absent")
            chair.command({"type": "announce", "text": "Said while you were away."})
            chair.command({"type": "announce", "text": "Said again."})

            missed = [wait_for(ada, event("announcement"), "a missed announcement")["event"]["text"]
                      for _ in range(2)]
            self.assertEqual(missed, ["Said while you were away.", "Said again."])
            self.assertEqual((ada.seat, ada.token), (seat, token), "the same seat, the same token")
            chair.command({"type": "announce", "text": "Live again."})
            after = wait_for(ada, event("announcement"), "a live announcement")
            self.assertEqual(after["event"]["text"], "Live again.", "nothing is delivered twice")

    def test_a_request_after_a_drop_is_answered_or_reported_as_lost(self):
        with facilitator() as chair, Client.connect(address(), name="Bo") as bo:
            bo.join(chair.code, seat="china")
            chair.command({"type": "start"})
            chair.command({"type": "advance"})

            bo.drop()
            self.assertEqual(bo.get_view().seat, "china", "a safe request is sent again after the resume")
            bo.drop()
            with self.assertRaises(SummitError) as lost:
                bo.say("Hello?")
            self.assertEqual(lost.exception.code, "connection_lost")
            self.assertEqual(bo.say("Hello again.")["type"], "ack")


if __name__ == "__main__":
    unittest.main()
