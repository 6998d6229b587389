"""What a question puts up to be confirmed or denied, or offers to choose from, rather than asks
to be told.

"Did Alibaba's shares fall the next day?", "ModelScope has 20,000 models, right?", "Was it
Bloomberg that reported it?", "Apple's revenue rose in fiscal 2024?": the fact that says what
did happen answers each of them (no, they rose; over 15,000; The Information; it fell), even
though it holds neither the direction, the figure nor the name the question puts up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from bot.engine._demands import ASKS_SENTENCE, SUPPOSING
from bot.engine._evidence import Evidence, days_named, years_named
from bot.engine._normalize import MONTH_NAMES, NUMBER_DIGITS, stem, surface_terms, unified_numbers


class _Term(Protocol):
    @property
    def stem(self) -> str: ...

    @property
    def distinctive(self) -> bool: ...

    @property
    def name_like(self) -> bool: ...


# A yes/no question: "is ...?", "so did ...?", "wasn't it ...?".
YES_NO = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|really|wait)\W+)?(?:is|are|was|were|do|does|did|has|have|had"
    r"|can|could|will|would|should|shall|may|might)(?:n't)?\b"
)
# A statement put up for checking: "BABA did +5% on feb 11, right?", "... went up, didn't it?".
_TAG_QUESTION = re.compile(
    r"[,\s](?:right|correct|true|no|yes|yeah|innit|eh|or not|legit|accurate"
    r"|i (?:think|believe|guess|suppose)"
    r"|(?:is|was|did|does|do|has|have|are|were)(?:n'?t)? (?:it|they|he|she|that|there))\W*$",
    re.IGNORECASE,
)
# A statement, then a question asking whether it holds: "Our draft says X. Is that right?",
# "I read X. What does the article say?", "... Can you check the date?".
_CHECKED_AFTER = re.compile(
    r"[.!?:]\s+(?:so\s+|but\s+)?(?:is (?:that|this|it) (?:right|correct|true|accurate|so|the right \w+"
    r"|what [\w ]{1,20}(?:said|say|says|reported|reports))"
    r"|(?:what|how) does the (?:article|piece|story|report|text) (?:say|have|put it)"
    r"|what"  # (what is left of "What does the article say?" once the article's words go)
    r"|(?:can|could) you (?:check|confirm|verify)\b[^.?!]*"
    r"|does the (?:article|piece|story|report|text) (?:back|support|confirm|agree with|say) (?:that|this|it)"
    r")\W*$"
)
# ...asking of its day or year: "Is that the right day?", "Can you check the year?"
_WHEN_CHECKED = re.compile(
    r"\b(?:right|correct|wrong|check the|verify the|confirm the) (?:day|date|year|month)\b"
)
# A statement asked as a question: "Samsung launched the S25 on February 12?", "baba +8%??".
_ENDS_ASKING = re.compile(r"\?[^\w?]*$")  # "... on the news? 📉"
_FUTURE = re.compile(r"\b(?:will|won't|gonna|going to|would|'ll)\b")
# A figure written as a share: "5%", "5 percent", "5 pct".
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pct\b)", re.IGNORECASE)
# ...and as money: "5 billion dollars", "100 million yuan".
_MONEY_AFTER = re.compile(
    r"^\s*(?:dollars?|usd|bucks|yuan|rmb|euros?|pounds?|hkd)\b", re.IGNORECASE
)


# "Was it Huawei that Apple chose?", "was it the Tencent people who couldn't keep up?"
_CLEFT = re.compile(
    r"^\W*(?:(?:so|and|but|wait)\W+)?(?:was|is|were)(?:n't)? it (?:really |actually |maybe |not )?"
    r"((?:[\w.'-]+ ){1,4}?)(?:that|who|which|whom)\b"
)


# One partner or pick claimed: "Apple is teaming up with Tencent, right?", "Apple's first primary
# partner was Tencent, is that right?", and who reported it ("by Bloomberg?"). The fact naming
# the one it was answers it (not "did Apple consider Huawei?", "was Xiaomi among those
# evaluated?": those name some of many).
_PARTNER_CLAIMED = re.compile(
    r"\b(?:team(?:s|ed|ing)? up|partner(?:s|ed|ing)?|tie(?:s|d)? up|tying up|collaborat(?:e|es|ed|ing)"
    r"|go(?:es|ing)?|went|gone) with ((?:[\w.'-]+ ){0,2}?[\w.'-]+)(?= for| as| on| in| to|\W*$|,)"
    r"|\b(?:chose|choose|chooses|chosen|choosing|pick(?:s|ed|ing)?|select(?:s|ed|ing)?|opted for)"
    r" ((?:[\w.'-]+ ){0,2}?[\w.'-]+)(?= for| as| over| in| to|\W*$|,)"
    r"|\bpartner (?:[\w]+ ){0,3}?(?:was|is) ((?:[\w.'-]+ ){0,2}?[\w.'-]+)"
    # "ByteDance was Apple's primary partner", "Huawei and Xiaomi are the rivals it names"
    r"|^\W*((?:[\w.'-]+ ){0,3}?[\w.'-]+) (?:is|was|are|were) (?:(?:the|its|their|[\w.-]+'s) )?"
    r"(?:[\w-]+ ){0,2}?(?:partners?|rivals?|competitors?|choice|pick|winner)\b"
    # "was the story first reported by Bloomberg?": who reported it
    r"|\b(?:reported|broken|revealed|scooped|leaked) (?:first )?by ((?:[\w.'-]+ ){0,2}?[\w.'-]+)"
    r"(?= first| in| on|\W*$|,)"
    # "the Galaxy S25 runs Alibaba's AI": whose AI it is
    r"|\b(?:runs?|running|uses?|using|powered by|features?|featuring) ((?:[\w.'-]+ ){0,2}?[\w.'-]+?)"
    r"(?:'s)? (?:ai|models?|tech|technology)\b"
)


_SUPPOSED = re.compile(rf"^\W*(?:{SUPPOSING}|had)\b")


def _claimed_partner(folded: str, terms: Mapping[str, _Term]) -> frozenset[str]:
    """The names of the one partner or pick a claim (which `folded` puts up) puts up."""
    if _SUPPOSED.match(folded):
        return frozenset()  # (a supposition claims nothing: "If Apple had picked DeepSeek, ...")
    return frozenset(
        word
        for match in _PARTNER_CLAIMED.finditer(folded)
        for word in map(stem, surface_terms(next(filter(None, match.groups()))))
        if word in terms and terms[word].name_like
    )


def put_up_name(folded: str, terms: Mapping[str, _Term]) -> frozenset[str]:
    """The distinctive words of the name a cleft question puts up for checking."""
    cleft = _CLEFT.match(folded)
    if cleft is None:
        return frozenset()
    words = {stem(word) for word in surface_terms(cleft.group(1))}
    return frozenset(word for word in words if word in terms and terms[word].distinctive)


def puts_up(folded: str) -> bool:
    """Whether a question puts something up to be confirmed or denied: "did X ...?", "X went
    up, didn't it?", "X went up on February 12?"."""
    return bool(
        YES_NO.match(folded)
        or _TAG_QUESTION.search(folded)
        or _CHECKED_AFTER.search(folded)
        # (a question that starts like "did ..." is a yes/no question above already)
        or (_ENDS_ASKING.search(folded) is not None and not ASKS_SENTENCE.search(folded))
    )


@dataclass(frozen=True)
class PutUp:
    """What a question puts up to be confirmed or denied, worked out once per question."""

    checks: bool = False  # something that happened: what will happen no past fact denies
    # The figures put up, each with its kind ("percent", "money" or "number"): "5" in "did BABA
    # rise 5% on feb 11, right?"; not days or years, which say when ("did it rise on february
    # 11?").
    claimed: Mapping[str, str] = field(default_factory=dict)
    # ...the days of the month, years and months put up: "Samsung launched it on February 12, I
    # think?" -> {"12"}; "launching in April, right?" -> {"april"}
    claimed_when: frozenset[str] = frozenset()
    when_checked: bool = False  # ...asking whether the day is right: "Is that the right day?"
    # ...and the words of the cause or aim put up: "data security fears" in "Was DeepSeek dropped
    # over data security fears?"; a fact giving the cause answers it ("due to ... manpower").
    claimed_cause: frozenset[str] = frozenset()
    cause_at: int | None = None  # ...and where that cause starts in the question
    # ...and the name of the one partner or pick put up: "tencent" in "Is it true Apple is
    # teaming up with Tencent?"; the fact naming the one it was answers it.
    claimed_partner: frozenset[str] = frozenset()


_NOTHING_PUT_UP = PutUp()


# The name a number is a model of: "iphone 12", "galaxy s24".
_MODEL_BEFORE = re.compile(r"\b([a-z][a-z-]+) $")

# A month put up: "launching in April", "by June" (not "may" the verb).
_MONTH_PUT_UP = re.compile(
    r"\b(?:in|by|since|from|until|before|after|early|late|mid|around)[- ]("
    + "|".join(MONTH_NAMES)
    + r")\b"
)


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_DIGITS) + r")\b")

# A quarter put up: "the 11% fall was in the third quarter, right?".
_QUARTERS = ("first", "second", "third", "fourth")
_QUARTER_PUT_UP = re.compile(rf"\b({'|'.join(_QUARTERS)}) quarter\b")
QUARTER_ORDINALS = frozenset(map(stem, _QUARTERS))


# A time of day put up: "Apple announced it the following morning, right?".
_TIMES = ("morning", "afternoon", "evening", "night", "midday", "noon", "midnight")
_TIME_OF_DAY_PUT_UP = re.compile(rf"\b({'|'.join(_TIMES)})\b")
TIMES_OF_DAY = frozenset(map(stem, _TIMES))


# A cause or aim put up: "because it was too expensive", "over censorship worries", "mainly for
# its cloud servers", "meant to cut costs" (not "over 80,000", "passed over", "for the S25").
_CAUSE_PUT_UP = re.compile(
    r"\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|on account of"
    r"|(?:mainly|mostly|chiefly|largely|primarily|purely|only|just|simply) (?:for|to|over)"
    r"|(?:meant|intended|designed|supposed) to"
    r"|over(?= (?:[\w'-]+ ){0,3}(?:worr(?:y|ies)|fears?|concerns?|issues?|problems?|doubts?"
    r"|risks?|disputes?|rows?|lack|lack of|shortages?|shortfalls?|absence|delays?|costs?|prices?)\b))"
    r" (?P<clause>[^,;:?!]+)"
)


# ...and a cause put up as what someone blamed: "Did Cook blame the camera (rather than AI) for
# the sales slide?"
_BLAMED = re.compile(
    r"\bblam(?:e|ed|es|ing) (?P<clause>[^,;:?!]+?)(?: rather than [^,;:?!]+?)? for\b"
)


def put_up_for_checking(folded: str, terms: Mapping[str, _Term]) -> PutUp:
    """What a question (folded) puts up to be checked, with the figures and days it puts up
    (figures only those among its `terms`)."""
    if not puts_up(folded):
        return _NOTHING_PUT_UP
    words = " ".join(surface_terms(folded))  # "feb 11" -> "february 11"
    when = {str(day) for _, day in days_named(words)} | set(years_named(words))
    claimed: dict[str, str] = {}
    numbers = unified_numbers(folded)  # "1 billion" -> "1000000000"
    if _NUMBER_WORD.search(numbers):  # "over the past five years": a figure in words
        numbers = _NUMBER_WORD.sub(lambda match: NUMBER_DIGITS[match.group()], numbers)
    for match in re.finditer(r"\d[\d,.]*\d|\d", numbers):
        figure = "".join(surface_terms(match.group()))  # "10,000" -> "10000"
        if figure in when or figure not in terms or figure.startswith("0"):
            continue  # (a leading zero is a ticker's: "0700")
        after = numbers[match.end() :]
        if _PERCENT_AFTER.match(after):
            claimed[figure] = "percent"
        elif numbers[: match.start()].endswith(("$", "¥", "€", "£")) or _MONEY_AFTER.match(after):
            claimed[figure] = "money"
        elif (model := _MODEL_BEFORE.search(numbers, 0, match.start())) and getattr(
            terms.get(stem(model[1])), "name_like", False
        ):
            # "will my iPhone 12 get it?": a model of a name, which only a number of that name
            # answers (not iOS 18.5).
            claimed[figure] = f"model {model[1]}"
        else:
            claimed[figure] = "number"
    months = {stem(month) for month in _MONTH_PUT_UP.findall(folded)}
    quarters = {stem(ordinal) for ordinal in _QUARTER_PUT_UP.findall(folded)}
    times = {stem(time) for time in _TIME_OF_DAY_PUT_UP.findall(folded)}
    cause = _CAUSE_PUT_UP.search(folded) or _BLAMED.search(folded)
    return PutUp(
        checks=not _FUTURE.search(folded),
        claimed=claimed,
        claimed_when=frozenset(when | months | quarters | times),
        when_checked=bool(_WHEN_CHECKED.search(folded)),
        claimed_cause=frozenset(
            word
            for word in map(stem, surface_terms(cause["clause"]))
            if word in terms and not terms[word].name_like
        )
        if cause
        else frozenset(),
        cause_at=cause.start("clause") if cause else None,
        claimed_partner=_claimed_partner(folded, terms),
    )


def gives_quarter(stated: Evidence) -> bool:
    """Whether a fact gives a quarter: "in the fourth quarter"."""
    return any(date.endswith("quarter") for date in stated.dates)


# A quarter named by its place or its season: "first quarter" ("q1" once normalised), "spring
# quarter" (not "last quarter": which one that is depends on when it is read).
_SEASONS = ("spring", "summer", "autumn", "winter")
_QUARTER_NAMED = re.compile(rf"\b({'|'.join(_QUARTERS + _SEASONS)}) quarter\b")


def quarters_named(content: str) -> frozenset[str]:
    """The quarters a question's content words name: {"first"} of "revenue q1 fiscal 2024"."""
    return frozenset(_QUARTER_NAMED.findall(content))


def other_quarter(named: frozenset[str], stated: Evidence) -> bool:
    """Whether a fact gives a quarter and it is none of those named: the fourth for "q1"."""
    given = {date.split()[-2] for date in stated.dates if date.endswith(" quarter")}
    return bool(named and given and named.isdisjoint(given))


_MONTH_STEM_OF = {stem(month): month for month in MONTH_NAMES} | {"maymonth": "may"}


def months_named(terms: Iterable[str]) -> frozenset[str]:
    """The months a question's term stems name ("maymonth" for the month of May)."""
    return frozenset(_MONTH_STEM_OF[term] for term in terms if term in _MONTH_STEM_OF)


def other_month(named: frozenset[str], stated: Evidence) -> bool:
    """Whether a fact gives months and none of them is one of those named: February 11 for "how
    much did Alibaba's stock go up in January?"."""
    given = {MONTH_NAMES[month - 1] for month, _ in stated.days}
    given |= {word for date in stated.dates for word in date.split() if word in MONTH_NAMES}
    return bool(named and given and named.isdisjoint(given))


def gives_month(stated: Evidence) -> bool:
    """Whether a fact gives a month: "in May this year"."""
    return any(month in date.split() for date in stated.dates for month in MONTH_NAMES)


def when_is_its_point(stated: Evidence) -> bool:
    """Whether the day or year a fact gives is what it tells, not when its figures held: "In
    2023, Alibaba launched Tongyi" answers "it launched in 2024, right?" (no, in 2023), while "on
    February 11, its stock rose 3%" says nothing of February 10."""
    return bool(stated.days or stated.years) and not (stated.percentages or stated.numbers)


def states_figure(stated: Evidence, kind: str, folded: str) -> bool:
    """Whether a fact (its evidence and folded text) gives a figure of the kind a question puts
    up for checking."""
    if kind.startswith("model "):
        return re.search(rf"\b{re.escape(kind[6:])} ?[a-z]?\d", folded) is not None
    if kind == "percent":
        return bool(stated.percentages)
    if kind == "money":
        return stated.has_money
    return bool(stated.counts or stated.numbers)


# "Which market saw gains above 8%: New York or Hong Kong?", "Which of these was not listed:
# Tencent, ByteDance, Xiaomi or DeepSeek?": a question, then the answers it offers to choose from.
_CHOICES = re.compile(
    r"^(?P<asked>.*\b(?:which|what|who|whom|where|when|how)\b[^:;]*?)\s*[:;]\s*"
    r"(?P<offered>[^:;?]+(?:\bor\b|,)[^:;?]+?)\W*$"
)
_CHOICE_SEPARATORS = re.compile(r",|\bor\b")
_FIGURE_CHOICES = re.compile(r"(?<![\w.])(\d[\d.,]*%?) or (\d[\d.,]*%?)(?![\w.])")


def offered_choices(folded: str, terms: Iterable[_Term]) -> frozenset[str]:
    """The distinctive words of the answers a question offers to choose from, not in what it
    asks: a fact holds the right one, and need not hold the others."""
    distinctive = {term.stem for term in terms if term.distinctive}
    # Two figures offered: "since 2023 or 2024?", "did it fall 7.7 or 11 percent?"
    figures = {
        figure
        for pair in _FIGURE_CHOICES.findall(folded)
        for figure in map(stem, surface_terms(" ".join(pair)))
        if figure in distinctive
    }
    offered = _CHOICES.match(folded)
    if offered is None:
        return frozenset(figures)
    asked = {stem(word) for word in surface_terms(offered["asked"])}
    return (
        frozenset(
            word
            for choice in _CHOICE_SEPARATORS.split(offered["offered"])
            for word in map(stem, surface_terms(choice))
            if word in distinctive and word not in asked
        )
        | figures
    )
