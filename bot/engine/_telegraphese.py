"""Questions written as an old telegram, in the words a question would use.

A telegram's clauses end in "STOP" instead of a full stop, and its closing formulas ("ADVISE",
"URGENT", "REPLY PAID") and "QUERY" for a question mark say how it is sent, not what it asks:
"WHY DEEPSEEK DISCARDED STOP URGENT" asks "why deepseek discarded?", "BAIDU ONCE APPLE PRIMARY
PARTNER STOP CONFIRM" whether Baidu once was. Only "STOP" in capitals ends a clause, and not where
it is the verb: "DID APPLE STOP WORKING WITH BAIDU" asks whether Apple did.
"""

from __future__ import annotations

import re

# "STOP" that ends a clause: not where it is the verb, before its object in "-ING" ("STOP
# WORKING") or after a word that makes it one ("TO", "NOT"; see _AUXILIARY).
_CLAUSE_END = re.compile(
    r"(?:^|(?<!\bTO)(?<!\bNOT)(?<!'LL)(?<!\bPLEASE)\s+)"
    r"STOP\b(?![ ]+(?!(?:NOTH|SOMETH|ANYTH|EVERYTH)ING\b)[A-Z]+ING\b)[\s.,;:]*"
)
# A telegram has no auxiliaries: "STOP" after one in its clause is the verb ("WHY WOULD APPLE STOP
# BAIDU"). ("MAY" before "STOP" is the month's: "ROLLOUT MAY STOP CHINESE USERS".)
_AUXILIARY = re.compile(r"\b(?:DID|DOES|DO|WILL|WOULD|CAN|COULD|SHOULD|MUST|MIGHT)\b")
# A clause of the sender's formulas alone: how urgent, who pays the reply, "confirm" (which asks
# whether the clause before it is so), "explain", "request".
_FORMULA = re.compile(
    r"(?:(?:PLEASE|KINDLY|URGENT(?:LY)?|SOONEST|REPLY(?: PAID| SOONEST| URGENT)?|ADVISE"
    r"|CONFIRM|CONFIRMATION|EXPLAIN|REQUEST(?:ED)?|REGARDS|THANKS|MESSAGE ENDS|END|QUERY|STOP)\s*)+",
)
# ...and one last in a clause ("... SOURCE REQUESTED", "... STOP ADVISE"); "QUERY" there is the
# question mark.
_CLOSING = re.compile(
    r"\s+(?:(?:PLEASE|URGENT|SOONEST|ADVISE|REPLY PAID|REQUESTED|REQUEST|QUERY)\b\s*)+$"
)


def untelegraphed(text: str) -> str:
    """`text` with a telegram's "STOP"s, formulas and "QUERY" as a question; any other message
    as it is."""
    if "STOP" not in text or not _CLAUSE_END.search(text):
        return text
    clauses, start = [], 0
    for end in _CLAUSE_END.finditer(text):
        if not _AUXILIARY.search(text, start, end.start()):
            clauses.append(text[start : end.start()])
            start = end.end()
    if not start:
        return text  # (every "STOP" a verb)
    clauses.append(text[start:])
    clauses = [
        clause
        for clause in (_CLOSING.sub("", " " + part.strip()).strip() for part in clauses)
        if clause and not _FORMULA.fullmatch(clause)
    ]
    if not clauses:
        return text
    return ", ".join(clauses).rstrip(" ?.!") + "?"
