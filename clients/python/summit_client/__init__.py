"""A client library for Summit bots: docs/BOTS.md shows a whole bot, docs/PROTOCOL.md the wire."""
from . import promises
from .client import Client, SummitError, Welcome
from .transport import ConnectionClosed
from .view import (Amendment, Clause, Commitment, Deal, Delegation, FinalDecision, LegalAction, Outcome,
                   Pledge, Score, Stage, View)

__all__ = ["Client", "SummitError", "Welcome", "ConnectionClosed", "View", "Stage", "LegalAction", "Score",
           "FinalDecision", "Delegation", "Clause", "Amendment", "Deal", "Pledge", "Commitment", "Outcome", "promises"]
