"""Which of two things came first, or whether they happened the same year or day: the two asked
about, and what the article says of their times.

"Which came first, Tongyi Qianwen or Qwen 2.5-Max?", "Did Apple look at DeepSeek before or after
the Baidu tie-up ended?". The article answers only when the sentences telling the two give their
times (2023 before February 11, 2025), or when the later one says it came after what precedes it
("Subsequently, Apple evaluated ...", "announced later that evening"). Two things one sentence
tells together ("evaluated Tencent, ByteDance, Alibaba and DeepSeek") have no order the article
states. "Did X happen the same year as Y?" is answered only from the two sentences' times.
"""

from __future__ import annotations

import re

from bot.engine._evidence import NEXT_DAY, Evidence

# "which came first, X or Y?", "what happened first on February 11: X or Y?"
_FIRST_OF_TWO = re.compile(
    r"^\W*(?:which|what)(?: one)? (?:came|happened|was|were|occurred|launched|started)"
    r" (?:first|earlier|sooner)\b[^,:]*[,:]\s*(?:the )?(?P<a>.+?),? or (?:was it )?(?:the )?"
    r"(?P<b>.+?)\W*$",
    re.IGNORECASE,
)
# "did X before or after Y?", "was X before or after Y?"
_BEFORE_OR_AFTER = re.compile(
    r"^\W*(?:did|does|was|were|is|has|had) (?P<a>.+?) (?:happen |come |take place )?before or"
    r" after (?:the )?(?P<b>.+?)\W*$",
    re.IGNORECASE,
)
# What places a sentence after the one before it: "Subsequently, ...", "After continuous
# iterations, ...", "... announced later that evening".
# (and "the next day", as the evidence reads it)
_AFTER_WHAT_PRECEDES = re.compile(
    r"^\W*(?:subsequently|afterwards?|later|then|next|after\b[^,]*,|following\b[^,]*,)"
    r"|\blater that (?:day|evening|night|morning|afternoon)\b"
)
_NEAR = 3  # sentences apart at most for "subsequently" to follow the other one


# "Did Alibaba launch Tongyi the same year Apple started testing Chinese models?"
_SAME_TIME = re.compile(
    r"^\W*(?:did|does|was|were|is|has|had) (?P<a>.+?) (?:happen |come |take place )?(?:in |on )?"
    r"the same (?P<unit>year|day) (?:as |that |when )?(?P<b>.+?)\W*$",
    re.IGNORECASE,
)


def same_time_asked(question: str) -> tuple[str, str, str] | None:
    """The two things a question asks whether they happened the same year or day, and which."""
    match = _SAME_TIME.match(question)
    if match is None:
        return None
    return match.group("a"), match.group("b"), match.group("unit").lower()


def same_time(first: Evidence, second: Evidence, unit: str, year: int | None) -> bool | None:
    """Whether two sentences' times fall in the same year or on the same day; None when one of
    them gives no time that fine."""
    when_first, when_second = _when(first, year), _when(second, year)
    size = 1 if unit == "year" else 3
    if when_first is None or when_second is None or min(len(when_first), len(when_second)) < size:
        return None
    return when_first[:size] == when_second[:size]


# "Who announced first on February 11, Samsung or Apple?", "who was quicker to announce a
# partner: Samsung or Apple?": which of two did the same thing first.
_WHO_FIRST = re.compile(
    r"^\W*(?:who|which (?:company|firm|one|side))(?: (?:was|were))?"
    r"(?: (?:first|quicker|faster|earlier|sooner) to)? (?P<deed>[^,:?]+?)"
    r"(?: (?:first|quicker|faster|earlier|sooner))?(?P<rest>(?: (?:on|in|at) [^,:?]+)?)\s*[,:]\s*"
    r"(?P<a>[\w.'&-]+(?: [\w.'&-]+)?),? or (?P<b>[\w.'&-]+(?: [\w.'&-]+)?)\W*$",
    re.IGNORECASE,
)
_FIRST_WORDS = re.compile(r"\b(?:first|quicker|faster|earlier|sooner)\b", re.IGNORECASE)


def who_first_asked(question: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two doers a "who did it first, X or Y?" question compares, each with the deed (to
    find the sentence telling it), and the two names alone; None when it asks no such thing."""
    match = _WHO_FIRST.match(question)
    if match is None or not _FIRST_WORDS.search(question):
        return None
    deed = match.group("deed")  # (not the day both happened on: "on February 11")
    a, b = match.group("a"), match.group("b")
    return (f"{a} {deed}", f"{b} {deed}"), (a, b)


def two_asked(question: str) -> tuple[str, str] | None:
    """The two things a question asks the order of, as written; None when it asks none."""
    match = _FIRST_OF_TWO.match(question) or _BEFORE_OR_AFTER.match(question)
    if match is None:
        return None
    return match.group("a"), match.group("b")


def first_of(
    first: tuple[int, Evidence, str], second: tuple[int, Evidence, str], year: int | None
) -> int | None:
    """Which of two sentences (index, evidence, quote) tells what came first, by its index; None
    when the article does not say. `year` is the article's, for days it gives without one."""
    (i, found_i, quote_i), (j, found_j, quote_j) = first, second
    when_i, when_j = _when(found_i, year), _when(found_j, year)
    if when_i is not None and when_j is not None:
        comparable = min(len(when_i), len(when_j))
        if when_i[:comparable] != when_j[:comparable]:
            return i if when_i[:comparable] < when_j[:comparable] else j
    earlier, later, later_quote = (i, j, quote_j) if i < j else (j, i, quote_i)
    follows = _AFTER_WHAT_PRECEDES.search(later_quote.lower()) or NEXT_DAY.search(
        later_quote.lower()
    )
    if later - earlier <= _NEAR and follows:
        return earlier
    return None


def _when(found: Evidence, year: int | None) -> tuple[int, ...] | None:
    """A sentence's time as (year,) or (year, month, day), the earliest it gives."""
    if found.days and year is not None:
        month, day = min(found.days)
        return (year, month, day)
    years = [int(text) for text in found.years if text.isdigit()]
    return (min(years),) if years else None
