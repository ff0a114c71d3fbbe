"""A typed reading of the player view and the outcome (docs/PROTOCOL.md, "The view").

Each class is built from the JSON the server sends with from_json(); fields the server may add
later are ignored, and the JSON itself stays available as .raw.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass(frozen=True)
class Stage:
    phase: str
    round: int = 0

    @staticmethod
    def from_json(j):
        return Stage(j["phase"], j.get("round", 0))

    def __str__(self):
        """As commands name it: "ROUND 1", "FINAL"."""
        return "%s %d" % (self.phase, self.round) if self.phase == "ROUND" else self.phase


@dataclass(frozen=True)
class LegalAction:
    command: str
    args: Dict[str, str]


@dataclass(frozen=True)
class Score:
    """total is what a bot maximises; percent is the score out of 100 people are shown (50 is the
    role's typical result, from the scenario's par table); share is where total lies between the
    role's worst (0) and best (100) conceivable totals (docs/PROTOCOL.md, "The outcome")."""
    total: float
    breakdown: Dict[str, float]
    best: float
    worst: float
    percent: float
    share: float

    @staticmethod
    def from_json(j):
        return Score(j["total"], dict(j["breakdown"]), j["best"], j["worst"], j["percent"],
                     j.get("share", j["percent"]))


@dataclass(frozen=True)
class FinalDecision:
    decision: str
    statement: str
    defaulted: bool

    @staticmethod
    def from_json(j):
        return FinalDecision(j["decision"], j.get("statement", ""), j.get("defaulted", False))


@dataclass(frozen=True)
class Delegation:
    id: str
    name: str
    decided: bool
    ready: bool
    bloc: Optional[str] = None
    public_stance: Optional[str] = None


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    draft: str
    current: str
    options: Dict[str, str]  # option id -> wording


@dataclass(frozen=True)
class Amendment:
    id: str
    proposer: str
    clause: str
    option: str
    status: str  # open, adopted, rejected, withdrawn
    round: int
    cosponsors: List[str]
    votes: Dict[str, str]
    rationale: str = ""


@dataclass(frozen=True)
class Pledge:
    id: str
    seat: str
    decision: str  # SIGN, ABSTAIN or PUSH_BINDING
    conditions: List[dict]  # {"clause", "options"}: the pledge holds only while the text reads so
    if_coalition: bool  # a push that binds only if the binding-law coalition is reached
    text: str = ""


@dataclass(frozen=True)
class Deal:
    id: str
    sender: str  # "from" on the wire
    to: str
    give: dict
    want: dict
    status: str  # offered, accepted, declined, or lapsed (the vote it promised is over)
    text: str = ""


@dataclass(frozen=True)
class Commitment:
    id: str
    kind: str  # pledge or deal
    seat: str
    status: str  # KEPT, BROKEN, VOID
    reason: str


@dataclass(frozen=True)
class Outcome:
    text: Dict[str, str]
    decisions: Dict[str, FinalDecision]
    signatories: List[str]
    signatory_count: int
    binding_reached: bool
    commitments: List[Commitment]
    scores: Dict[str, Score]
    history: Dict[str, dict]  # state id -> {"attended", "decision", "note"}
    raw: dict = field(repr=False)

    @staticmethod
    def from_json(j):
        return Outcome(
            text=dict(j["text"]),
            decisions={k: FinalDecision.from_json(v) for k, v in j["decisions"].items()},
            signatories=list(j["signatories"]),
            signatory_count=j["signatoryCount"],
            binding_reached=j["bindingReached"],
            commitments=[Commitment(c["id"], c["kind"], c["seat"], c["status"], c["reason"])
                         for c in j["commitments"]],
            scores={k: Score.from_json(v) for k, v in j["scores"].items()},
            history=dict(j.get("history", {}).get("states", {})),
            raw=j)


@dataclass(frozen=True)
class View:
    viewer: str  # seat, spectator or facilitator
    seat: Optional[str]
    seq: int
    stage: Stage
    paused: bool
    muted: List[str]  # seats the facilitator muted (no messages): for a seat, itself or nobody
    default_decision: str
    delegations: List[Delegation]
    text: List[Clause]
    amendments: List[Amendment]
    pledges: List[Pledge]
    deals: List[Deal]
    caucuses: Dict[str, List[str]]  # caucus id -> members
    briefs: Dict[str, str]
    preferences: Dict[str, dict]
    decisions: Dict[str, FinalDecision]
    projection: Dict[str, Score]
    outlook: Optional[dict]  # how sure the projection is: {"undeclared": [seats], "bands": {decision: {"low", "high"}}}
    binding_threshold: int  # states needed for the binding-law coalition
    outcome: Optional[Outcome]
    # once the match is over, for a seat: what each decision would have scored it, all else as it ended
    hindsight: Optional[Dict[str, Score]]
    legal_actions: List[LegalAction]
    raw: dict = field(repr=False)

    @staticmethod
    def from_json(j):
        return View(
            viewer=j["viewer"], seat=j.get("seat"), seq=j["seq"], stage=Stage.from_json(j["stage"]),
            paused=j["paused"], muted=list(j.get("muted", [])), default_decision=j["defaultDecision"],
            delegations=[Delegation(d["id"], d["name"], d["decided"], d["ready"], d.get("bloc"),
                                    d.get("publicStance")) for d in j["delegations"]],
            text=[Clause(c["id"], c["title"], c["draft"], c["current"],
                         {o["id"]: o["text"] for o in c["options"]}) for c in j["text"]],
            amendments=[Amendment(a["id"], a["proposer"], a["clause"], a["option"], a["status"], a["round"],
                                  list(a["cosponsors"]), dict(a["votes"]), a.get("rationale", ""))
                        for a in j["amendments"]],
            pledges=[Pledge(p["id"], p["seat"], p["decision"], list(p.get("conditions", [])),
                            p.get("ifCoalition", False), p.get("text") or "") for p in j.get("pledges", [])],
            deals=[Deal(d["id"], d["from"], d["to"], d["give"], d["want"], d["status"], d.get("text", ""))
                   for d in j["deals"]],
            caucuses={c["id"]: list(c["members"]) for c in j["caucuses"]},
            briefs=dict(j["briefs"]), preferences=dict(j["preferences"]),
            decisions={k: FinalDecision.from_json(v) for k, v in j["decisions"].items()},
            projection={k: Score.from_json(v) for k, v in j["projection"].items()},
            outlook=j.get("outlook"), binding_threshold=j.get("bindingThreshold", 0),
            outcome=Outcome.from_json(j["outcome"]) if j.get("outcome") else None,
            hindsight={k: Score.from_json(v) for k, v in j["hindsight"].items()} if j.get("hindsight") else None,
            legal_actions=[LegalAction(a["command"], dict(a["args"])) for a in j["legalActions"]],
            raw=j)

    def legal(self, command):
        """The legal actions of one command, e.g. view.legal("vote")."""
        return [a for a in self.legal_actions if a.command == command]

    def allows(self, command):
        return any(a.command == command for a in self.legal_actions)

    def current(self, clause):
        """The option id the clause reads now."""
        return next(c.current for c in self.text if c.id == clause)

    def value(self, clause, option):
        """What this seat's preferences give a wording of a clause (0 when it does not care).

        The brief's value only: a red line (preferences "redLines", costing "redLinePenalty" if
        the seat signs a text that holds it) and what signing a wording costs ("costs") are
        apart, so a bot that votes by value alone can vote for its own red line.
        """
        mine = self.preferences.get(self.seat, {})
        return mine.get("clauses", {}).get(clause, {}).get(option, 0)

    def amendment(self, amendment_id):
        return next(a for a in self.amendments if a.id == amendment_id.upper())
