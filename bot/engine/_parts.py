"""A message that asks two things at once, cut into its questions: "why not baidu and why not
deepseek" is "why not baidu?" and "why not deepseek?"."""

from __future__ import annotations

import re

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
