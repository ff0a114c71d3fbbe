import unittest

from summit_client import Client, SummitError, View

from .support import SCENARIO, address, facilitator, seats, ws_address


class ConnectTest(unittest.TestCase):

    def test_lines_and_websocket_speak_the_same_protocol(self):
        for where in (address(), ws_address()):
            with self.subTest(where=where), Client.connect(where, name="Probe") as c:
                ids = [s["id"] for s in c.list_scenarios()]
                self.assertIn(SCENARIO, ids)

    def test_a_player_joins_over_websocket_and_reads_a_typed_view(self):
        with facilitator() as chair, Client.connect(ws_address(), name="Ada") as ada:
            welcome = ada.join(chair.code.lower())  # codes ignore case
            self.assertEqual(welcome.role, "player")
            self.assertEqual(welcome.seat, seats()[0], "the first free seat in scenario order")
            self.assertTrue(welcome.token.startswith("st."))
            self.assertIn("role='player', seat='%s', stage=LOBBY)" % welcome.seat, repr(welcome))
            self.assertNotIn(welcome.token, repr(welcome), "a printed welcome keeps the seat's token out of logs")
            view = welcome.view
            self.assertIsInstance(view, View)
            self.assertEqual((view.viewer, view.seat, str(view.stage)), ("seat", welcome.seat, "LOBBY"))
            self.assertEqual([c.id for c in view.text], ["human", "process", "instrument"])
            self.assertEqual(view.current("human"), "oversight")
            self.assertIn(welcome.seat, view.briefs)
            self.assertEqual(view.legal_actions, [], "nothing to do in the lobby")

    def test_the_address_the_server_prints_for_its_pages_reaches_it(self):
        page = "http://" + address() + "/"
        with Client.connect(page, name="Probe") as c:
            self.assertIn(SCENARIO, [s["id"] for s in c.list_scenarios()])

    def test_an_address_it_cannot_use_says_what_it_takes(self):
        for wrong in ("https://" + address() + "/", "127.0.0.1"):
            with self.subTest(wrong=wrong), self.assertRaises(ValueError) as refused:
                Client.connect(wrong, name="Lost")
            self.assertIn("HOST:PORT (e.g. 127.0.0.1:7777) or ws://HOST:PORT/ws", str(refused.exception))

    def test_a_refused_request_raises_with_the_servers_code(self):
        with Client.connect(address(), name="Lost") as c:
            with self.assertRaises(SummitError) as refused:
                c.join("ZZZZ-ZZZZ")
            self.assertEqual(refused.exception.code, "unknown_code")
            self.assertTrue(refused.exception.message)


if __name__ == "__main__":
    unittest.main()
