"""A message that asks two things at once, cut into its questions: "why not baidu and why not
deepseek" is "why not baidu?" and "why not deepseek?"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

# "..., and who ...", "... and why did ...", "...; and also when ...": a second question, after
# "and", opening with a question word or an auxiliary ("and did it ...").
_SECOND_QUESTION = re.compile(
    r"\s*[,;]?\s+(?:and|&)\s+(?:also\s+)?(?=(?:who|whom|whose|what|when|where|why|how|which|did|does"
    r"|do|is|was|were|are|has|have|can|will)\b"
    # (not a clause: "what happens before X is dug and when a final inspection is passed")
    r"(?!\W+(?:a|an|the|this|that|these|those|its|their|his|her)\b))",
    re.IGNORECASE,
)
# A part that points back ("and where did they come from?") needs a name to stand alone.
_POINTS_BACK = re.compile(
    r"\b(?:they|them|their|it|its|he|she|him|his|her|this|that|those|these)\b"
)
# ...of a message that opens as a question: "why did apple drop baidu and ...", "Two things: how
# much ... and what ..." (not "Apple and Alibaba: what ...", one question about two names).
_TWO_THINGS = r"(?:two|2) (?:things|questions)\W+"
_OPENS_ASKING = re.compile(
    rf"^\W*(?:{_TWO_THINGS}|(?:so|ok|okay|and|but|also)\W+)?"
    r"(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|was|were|are|has|have)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(rf"^\W*{_TWO_THINGS}", re.IGNORECASE)
_MAX_PARTS = 3


def question_parts(text: str) -> tuple[str, ...]:
    """The questions a message asks, each ending in "?"; the message alone when it asks one."""
    if (" and " not in text.lower() and "&" not in text) or not _OPENS_ASKING.match(text):
        return (text,)
    parts = [part.strip(" ,;") for part in _SECOND_QUESTION.split(_LEAD.sub("", text))]
    parts = [part for part in parts if part]
    if not 1 < len(parts) <= _MAX_PARTS:
        return (text,)
    return tuple(part.rstrip(" ?.!") + "?" for part in parts)


def points_back(part: str) -> bool:
    """Whether a question holds a pronoun that points back into the message before it."""
    return bool(_POINTS_BACK.search(part.lower()))


# Where a message goes on to something else: after a question mark or a stop, "+", "btw",
# "P.S.", "also" or "and" opening a question ("... - and screen time limits for 10yo" too).
_OPENS = (
    r"(?:who|whom|whose|what|what's|when|where|why|how|which|is|are|do|does|can|could|should"
    r"|remind|any)\b"
)
_ASIDE_BREAK = re.compile(
    # (a stop after a word of four letters or more: not "Mr. Cook", "feb. twelfth", "gm.")
    # (one space between words, as `clean` leaves them: a run of spaces tried every way is
    # endless on a long message)
    r"(?<=[?!]) |(?<=\w{4}\.) | (?:\+|&&) | - (?=and\b)"
    r"|[,;]? (?=(?:btw|by the way|p\.?s\.?)\b)"
    rf"|[,;]? (?=(?:and )?also\W++{_OPENS}|and {_OPENS})",
    re.IGNORECASE,
)
# Words of its own that make a piece its own topic ("remind me how many teaspoons in a
# tablespoon"; not "give an example", "like in rmb"), and with "it" or "that" in it.
_STRAYS = 2
_STRAYS_PAST_POINTING = 3
# ...and the choices offered for the question before: "A) MMLU B) GPQA C) LiveBench"
_CHOICES = re.compile(r"^\W*(?:[a-d1-4][).:]|\(?[a-d]\)|options?\b|choices?\b)", re.IGNORECASE)
_KNOWN_LEFT = 2  # words of the knowledge in what is left: "source of the report?"

# What is left asks: a question mark, a question word first, or a few words with no stop.
_ASKS = re.compile(rf"\?|^\W*(?:(?:and|also|so|ok|okay|wait)\W+)*{_OPENS}|^[^.!]*$", re.IGNORECASE)


class PieceWords(NamedTuple):
    """What a piece of a message holds of the knowledge."""

    touches: bool  # it names or asks of something the knowledge holds
    known: int  # its words the knowledge uses
    own: int  # its words the knowledge never uses


def without_asides(text: str, words: Callable[[str], PieceWords]) -> str | None:
    """A message with the questions and remarks about something else taken out ("Why did Apple
    stop working with Baidu? also what's a good lunchbox snack"): what is left, when something
    was taken out and what is left asks; else None. A piece is taken out when it touches no
    article and has words of its own (`words`), unless it points back with few of them ("Which
    agency does the article say it is?"; not "is it normal for a 4 year old to refuse all
    vegetables?")."""
    pieces = [piece.strip() for piece in _ASIDE_BREAK.split(text) if piece and piece.strip()]
    if len(pieces) < 2:
        return None
    counted = {piece: words(piece) for piece in pieces}
    kept = [
        piece
        for piece, held in counted.items()
        if held.touches
        or _CHOICES.match(piece)
        or held.own < _STRAYS
        or (points_back(piece) and held.own < _STRAYS_PAST_POINTING)
    ]
    if len(kept) == len(counted) or sum(counted[piece].known for piece in kept) < _KNOWN_LEFT:
        return None  # (what is left must be about an article: not "where did they come from?")
    rest = " ".join(kept)
    return rest if _ASKS.search(rest) else None
