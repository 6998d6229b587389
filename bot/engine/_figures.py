"""Figures and days a reader writes other ways than the articles do, put in the articles' terms.

A reader rounds: "almost eight percent" of a revenue that fell 7.7%, "nearly a hundred percent
cheaper" of a cost that dropped 97%. A rounded figure is taken for the articles' own when that is
the nearest figure they state, a few percent off, on the side the word says ("almost" is under).
A figure with no word of rounding stays as it is: "did revenue fall 8%?" is put up for checking.

A reader writes a day in numbers: "11.02.2025", "2/11", "2025-02-11". Where both readings are
days, the one the articles name is meant; else the day comes first after dots and the month first
after slashes. Without a year, only a day the articles name is read so ("24/7" is no day).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.engine._normalize import MONTH_NAMES, NUMBER_VALUES

# How close a rounded figure must be to one the articles state, as a share of it.
_ROUNDING = 0.06
_UNDER = ("almost", "nearly", "just under", "just shy of", "a bit under", "a little under")
_OVER = ("just over", "a bit over", "a little over", "just above")
_EITHER = ("about", "around", "roughly", "approximately", "approx", "close to", "circa", "some")
# The number words, and the amounts said with "a" or "one" ("nearly a hundred percent").
_SPELLED = {**NUMBER_VALUES, "a hundred": 100, "one hundred": 100, "a thousand": 1000}
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mil": 1e6, "mln": 1e6, "million": 1e6}
_ROUNDED = re.compile(
    r"(?<![\w.])(?P<word>"
    + "|".join(re.escape(word) for word in sorted(_UNDER + _OVER + _EITHER, key=len, reverse=True))
    + r")\.?\s+(?:~\s*)?|(?<![\w.])(?P<tilde>~)\s*",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?|(?:"
    # (whole words: "ten" is no figure of "tencent")
    + "|".join(sorted(_SPELLED, key=len, reverse=True))
    + r")\b)(?:\s*(?P<scale>"
    + "|".join(_SCALES)
    + r")\b)?(?![\w.]*\d)",
    re.IGNORECASE,
)
# "7,7%": a decimal comma, which a thousands comma (three digits after it) never is.
_DECIMAL_COMMA = re.compile(r"\b(\d+),(\d{1,2})(?=\s*(?:%|percent\b|per cent\b|pct\b))")
_DAY_DOTS = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b")
_DAY_SLASH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.%])")
_DAY_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_YEARS = range(1900, 2101)
_DAY_WITH_YEAR = re.compile(
    r"\b((?:" + "|".join(MONTH_NAMES) + r")\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?"
    r" (?:of )?(?:" + "|".join(MONTH_NAMES) + r")),? (\d{4})\b",
    re.IGNORECASE,
)


# What is left of something, as a share of what it was: "it now costs 3% of what it did a year
# ago", "3% of the old price".
_SHARE_LEFT = re.compile(
    r"(?<![\w.])(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b) of (?:what (?:it|they)"
    r" (?:did|was|were|used to(?: cost| be)?|cost)|(?:the|its|their) (?:old|former|previous"
    r"|original|earlier) (?:price|cost|level)s?)(?: (?P<span>a year|twelve months|12 months) ago"
    r"| (?:last|a) year| before)?\b",
    re.IGNORECASE,
)


def rounded_to_stated(text: str, stated: Collection[float]) -> str:
    """The text with each rounded figure that stands for a stated one written as that one:
    "almost eight percent" -> "7.7 percent" when 7.7 is stated; and what is left as the drop
    stated: "costs 3% of what it did" -> "costs down 97%" when 97 is."""
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    if not stated:
        return text
    text = _rounded(text, stated)
    return _SHARE_LEFT.sub(lambda m: _share_left(m, stated), text) if "of" in text else text


def _rounded(text: str, stated: Collection[float]) -> str:
    """The text with each rounded figure written as the stated one it stands for."""
    pieces: list[str] = []
    position = 0
    for rounding in _ROUNDED.finditer(text):
        if rounding.start() < position:
            continue
        figure = _FIGURE.match(text, rounding.end())
        if figure is None:
            continue
        value = _value(figure.group("number"), figure.group("scale"))
        word = (rounding.group("word") or "").lower()
        nearest = _nearest(value, stated, word) if value is not None else None
        if nearest is None:
            continue
        pieces += [text[position : rounding.start()], _written(nearest)]
        position = figure.end()
    return "".join(pieces) + text[position:] if pieces else text


def _share_left(match: re.Match[str], stated: Collection[float]) -> str:
    """ "3% of what it did a year ago" as "down 97% in a year" where a fall of 97% is stated,
    else as written."""
    drop = 100 - float(match.group("share"))
    if drop not in stated:
        return match.group()
    return f"down {_written(drop)}%" + (f" in {match.group('span')}" if match.group("span") else "")


def _value(number: str, scale: str | None) -> float | None:
    spelled = _SPELLED.get(" ".join(number.lower().split()))
    try:
        value = float(spelled if spelled is not None else number.replace(",", ""))
    except ValueError:
        return None
    if scale is None and value.is_integer() and int(value) in _YEARS:
        return None  # "around 2023" is a year, and years are not rounded
    return value * _SCALES.get((scale or "").lower(), 1.0)


def _nearest(value: float, stated: Iterable[float], word: str) -> float | None:
    if value <= 0:
        return None
    fits = [
        figure
        for figure in stated
        if figure != value
        and abs(figure - value) <= _ROUNDING * value
        and (word not in _UNDER or figure < value)
        and (word not in _OVER or figure > value)
    ]
    return min(fits, key=lambda figure: (abs(figure - value), figure)) if fits else None


def _written(figure: float) -> str:
    return str(int(figure)) if figure.is_integer() else f"{figure:g}"


def days_in_words(
    text: str, named: Collection[tuple[int, int]], years: Collection[str] = ()
) -> str:
    """The text with each day written in numbers written as "February 11 2025", and the year of
    a day dropped when it is an article's own ("February 11, 2025" is the article's February 11,
    which the article does not give a year)."""
    if "/" in text or "." in text or "-" in text:
        text = _days_in_words(text, named)
    if years and any(year in text for year in years):
        text = _DAY_WITH_YEAR.sub(lambda m: m[1] if m[2] in years else m[0], text)
    return text


def _days_in_words(text: str, named: Collection[tuple[int, int]]) -> str:
    text = _DAY_ISO.sub(lambda m: _day(int(m[2]), int(m[3]), m[1]) or m[0], text)
    text = _DAY_DOTS.sub(
        lambda m: (
            _either_day(int(m[1]), int(m[3]), named, day_first=m[2] != "/", year=m[4]) or m[0]
        ),
        text,
    )
    if "/" in text:
        text = _DAY_SLASH.sub(
            lambda m: (
                _either_day(int(m[1]), int(m[2]), named, day_first=False, known_only=True) or m[0]
            ),
            text,
        )
    return text


def _either_day(
    first: int,
    second: int,
    named: Collection[tuple[int, int]],
    *,
    day_first: bool,
    year: str = "",
    known_only: bool = False,
) -> str | None:
    readings = [(second, first), (first, second)]
    if not day_first:
        readings.reverse()
    valid = [(month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31]
    known = [reading for reading in valid if reading in named]
    chosen = known or ([] if known_only else valid)
    if not chosen:
        return None
    month, day = chosen[0]
    if year and len(year) == 2:
        year = "20" + year
    return _day(month, day, year)


def _day(month: int, day: int, year: str = "") -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{MONTH_NAMES[month - 1].capitalize()} {day}" + (f" {year}" if year else "")
