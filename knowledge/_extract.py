"""Extraction: what one sentence states (names, numbers, percentages, dates) and its keywords."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from wordfreq import zipf_frequency

from knowledge._schema import Entities
from knowledge._text import STOP_WORDS, content_words

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})(?:,?\s+\d{{4}})?"
    rf"|(?:early |mid-|late )?(?:{_MONTH_NAMES})(?:\s+(?:of\s+)?\d{{4}}|\s+this year|\s+last year|\s+next year)"
    r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+\d{4})?"
    r"|fiscal(?:\s+year)?\s+\d{4}|\d{4}s|(?:1[0-9]|20)\d{2}"
    r"|(?:this|last|next|the past|the previous)\s+(?:year|month|week|decade)"
    r"|the next day|yesterday|today|tomorrow"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|\d{1,2}(?:th|st|nd|rd)\s+century)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percentage points?\b)", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?<![\w.])(?:\$|€|£|¥)?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|hundred))?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|dozen|million|billion)s?\b",
    re.IGNORECASE,
)
# A name: capitalised words (with inner connectors like "of" or "de"), or a word with a capital
# inside it ("iPhone", "DeepSeek", "ByteDance"), or an acronym.
_NAME = re.compile(
    r"\b(?:[A-Z][\w'’.-]*|[a-z]+[A-Z][\w-]*)(?:\s+(?:(?:of|the|de|la|von|van|and|for)\s+)?"
    r"(?:[A-Z][\w'’.-]*|\d[\w.-]*))*"
)
_FIRST_WORD = re.compile(r"[^\W\d_]")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b")
EVERYDAY_ZIPF = 4.0  # a word met more than 10 times per million words is an everyday word
_CAPITALISED_STOP = {word.capitalize() for word in STOP_WORDS} | {
    "According", "Additionally", "Currently", "Furthermore", "However", "Subsequently",
    "Ultimately", "Following", "Since", "Sources", "Solemnly", "Thank", "Then", "Meanwhile",
    "Moreover", "Although", "Despite", "During", "Today", "Yesterday", "Tomorrow",
}  # fmt: skip


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item.strip() for item in items if item.strip()))


def _names(sentence: str, known: Collection[str] | None) -> list[str]:
    names = []
    first = _first_word(sentence)
    for match in _NAME.finditer(sentence):
        words = match.group().rstrip(".,'’").split()
        opener = match.start() == first  # words[0] is the sentence's first word
        # A capitalised first word of a sentence is usually just capitalised, not a name.
        # ... and so is a number or year that got glued on after it ("In 2023 Apple grew").
        while words and (
            words[0] in _CAPITALISED_STOP
            or _DATE.fullmatch(words[0])
            or _NUMBER.fullmatch(words[0])
            or (opener and not _may_name(words[0], known))
        ):
            words = words[1:]
            opener = False
        while words and words[-1].lower() in {"of", "the", "and", "for", "de", "la"}:
            words = words[:-1]
        # "Alibaba's Hong Kong" is two names, and so is "Apple and Alibaba".
        for part in re.split(r"['’]s\s+|\s+and\s+", " ".join(words)):
            part = part.removesuffix("'s").removesuffix("’s").strip()
            # A number is never a name: "Over 300,000" leaves "300", "Three companies" "Three".
            if (
                part
                and part not in _CAPITALISED_STOP
                and not _DATE.fullmatch(part)
                and not _NUMBER.fullmatch(part)
            ):
                names.append(part)
    return names


def _first_word(sentence: str) -> int:
    found = _FIRST_WORD.search(sentence)
    return found.start() if found else -1


def _may_name(word: str, known: Collection[str] | None) -> bool:
    """Whether a sentence's capitalised first word may be a name.

    With the article's other capitalised words (`known`), only one capitalised elsewhere too, in
    the middle of a sentence ("Apple has chosen..."; not "Many scientists..."), or one too rare
    in English to be an everyday word ("Baidu"). Without them, any.
    """
    if known is None or word in known or not word.isalpha() or not word[1:].islower():
        return True
    return zipf_frequency(word.lower(), "en") < EVERYDAY_ZIPF


def capitalised_words(sentences: Iterable[str]) -> frozenset[str]:
    """The words written with a capital inside sentences (not as their first word): names."""
    found: set[str] = set()
    for sentence in sentences:
        first = _first_word(sentence)
        for match in _CAPITAL_WORD.finditer(sentence):
            if match.start() != first:
                found.add(match.group())
    return frozenset(found)


def entities(sentence: str, known_names: Collection[str] | None = None) -> Entities:
    """The names, numbers, percentages and dates `sentence` states, as written in it.

    `known_names`, the article's capitalised words (`capitalised_words`), tell a name that
    starts the sentence from a word that is only capitalised there.
    """
    dates = _dedupe([m.group() for m in _DATE.finditer(sentence)])
    percentages = _dedupe([m.group() for m in _PERCENT.finditer(sentence)])
    taken = " ".join(dates + percentages)
    numbers = _dedupe(
        [
            m.group()
            for m in _NUMBER.finditer(sentence)
            if m.group() not in taken and not re.fullmatch(r"(?:1[0-9]|20)\d{2}", m.group())
        ]
    )
    names = _names(sentence, known_names)
    return Entities(
        names=_dedupe(names + _listed_with_names(sentence, names)),
        numbers=numbers,
        percentages=percentages,
        dates=dates,
    )


def _listed_with_names(sentence: str, names: list[str]) -> list[str]:
    """Brands written in lower case in a list of examples with names: "vivo" in "domestic brands
    like Huawei and vivo". Only a one-word item too rare in English to be an everyday word."""
    found = []
    for example in _EXAMPLES.finditer(sentence):
        items = [item.strip() for item in _LIST_SEPARATOR.split(example.group(1))]
        if not any(item in names for item in items):
            continue
        for item in items:
            if (
                re.fullmatch(r"[a-z][a-z-]{2,}", item)
                and item not in STOP_WORDS
                and zipf_frequency(item, "en") < EVERYDAY_ZIPF
            ):
                found.append(item)
    return found


# "like Huawei and vivo", "such as Huawei, vivo or Oppo": a list of examples, to the clause's end
# (a list item is at most three words: "vivo in the Chinese market" ends the list at "vivo").
_EXAMPLES = re.compile(
    r"\b(?:like|such as|including|e\.g\.,?)\s+((?:[\w.-]+(?: [\w.-]+){0,2}?(?:,\s+|,?\s+(?:and|or)\s+))+[\w.-]+)"
)
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def keywords(sentence: str) -> list[str]:
    """The sentence's content words, folded, in order, stop words and repeats dropped."""
    return content_words(sentence)
