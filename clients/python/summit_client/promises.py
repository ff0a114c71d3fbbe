"""The promises a deal is made of (docs/PROTOCOL.md, "offer"), as the server reads them."""


def support(clause, option):
    """To back a wording: vote for it, and not vote it out while it stands."""
    return {"kind": "support", "clause": clause, "option": option}


def vote_for(amendment, ballot="SUPPORT"):
    """To cast this ballot (SUPPORT, OPPOSE or ABSTAIN) on an open amendment."""
    return {"kind": "vote", "amendment": amendment, "ballot": ballot}


def condition(clause, *options):
    """The text condition that clause reads one of options: for pledge() and decision()."""
    if not options:
        raise ValueError("condition(%r) needs at least one wording of that clause" % (clause,))
    return {"clause": clause, "options": list(options)}


def decision(decision, conditions=()):
    """To decide so at the end (SIGN, ABSTAIN or PUSH_BINDING), if the text meets the conditions
    (each made by condition(clause, option, ...))."""
    body = {"kind": "decide", "decision": decision}
    if conditions:
        body["conditions"] = list(conditions)
    return body
