"""Words written in leetspeak, read as the words they spell.

Some people write letters as the digits that look like them: "wh0 w4s 4pple's pr1m4ry p4rtn3r?"
is "who was apple's primary partner?". A word with such digits in it is read as letters when the
letters make a word the article or everyday English knows ("4l1b4b4": alibaba, "th3": the);
"S25", "FY2024", "Q4" and "iOS 18.5" stay as they are, since their digits are figures. Only a
message with two such words or more is read this way, so that one "10S" or "13" alone stays.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from wordfreq import zipf_frequency

# The digits that stand for letters; "1" may be an "i" or an "l" ("1nt3ll1g3nc3", "4ppl3").
_LETTER_OF = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_ONE = ("i", "l")
# A run of letters and such digits with at least one of each; or digits alone ("41": AI).
_TOKEN = re.compile(r"(?<![\w.,])[A-Za-z0-9@$]*[0-9@$][A-Za-z0-9@$]*(?![\w]|[.,]\d)")
_LEET_DIGITS = frozenset("013457@$")
_MIN_WORDS = 2  # leetspeak words in a message for it to be read as leetspeak
# A code of letters and a figure: "Q4", "M3", "FY24", "H20" (no "qa", "me", "fyea", "ho")...
_CODE = re.compile(r"[A-Za-z]\d|[A-Za-z]{2,3}\d{2,}")
# ...unless in lower case it spells one of the commonest words ("n0": no, "s0": so).
_COMMONEST = 5.5


def _spellings(token: str) -> list[str]:
    """Each way `token` reads in letters, "1" as "i" first."""
    ones = token.count("1")
    plain = "".join(_LETTER_OF.get(char, char) for char in token)
    if not ones:
        return [plain]
    readings = []
    for letters in itertools.product(_ONE, repeat=min(ones, 4)):
        chars = iter(letters)
        readings.append("".join(next(chars, "i") if char == "1" else char for char in plain))
    return readings


def _leet_word(
    token: str, known: Callable[[str], bool], named: Callable[[str], bool]
) -> str | None:
    """The word a token spells in leetspeak, or None if it is a figure or spells no word."""
    digits = {char for char in token if not char.isalpha()}
    if not digits <= _LEET_DIGITS or named(token.lower()):
        return None  # ("s25", "fy2024": figures)
    if _CODE.fullmatch(token):
        reading = _spellings(token)[0]
        common = token.islower() and zipf_frequency(reading, "en") >= _COMMONEST
        return reading if common else None
    # (digits alone spell only a word of the knowledge's own with an "a" or "e" in it: "41" is
    # AI, "45" no "as", "10" no "io")
    spells = known if any(char.isalpha() for char in token) else named
    if spells is named and not {"3", "4"} & digits:
        return None
    for reading in _spellings(token):
        if len(reading) >= 2 and spells(reading.lower()):
            # (capitals where the writer put them: "S4msung" is "Samsung")
            return reading.upper() if token.isupper() and len(token) > 1 else reading
    return None


def unleeted(text: str, known: Callable[[str], bool], named: Callable[[str], bool]) -> str:
    """`text` with its leetspeak words in letters, if it has a few; any other message as it
    is. `known` says whether a word, in lower case, is one the reader knows; `named`, whether
    it is one of the knowledge's own."""
    if not any(char in text for char in "0134"):
        return text
    tokens = _TOKEN.findall(text)
    words = {token: _leet_word(token, known, named) for token in set(tokens)}
    read = {token: word for token, word in words.items() if word is not None}
    if sum(token in read for token in tokens) < _MIN_WORDS:
        return text
    return _TOKEN.sub(lambda match: read.get(match.group(), match.group()), text)
