"""Question words hit with a finger beside the right key: "wjat", "whp", "tje", "wheb".

A phone's keyboard is small; the commonest slip is the key next to the intended one, or two
letters swapped. The speller corrects the articles' own words; the short words that carry the
question (what, who, when, the, did, said) are no article's words, and a question whose "what"
is lost is read as another kind of question. Each slip of such a word is read back as the word,
when no other of them is one slip away and the slip is no English word itself ("hoe", "ate").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.engine._weights import is_english_word

# The words read back, those the question type and the demands depend on.
_WORDS = (
    "what who whom whose when where which why how did does was were are has have had the and"
    " from with about say said says will can much many this that they there their news"
).split()
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    """Each letter's neighbours on a QWERTY keyboard: beside it, and above and below it."""
    near: dict[str, str] = {}
    for row_number, row in enumerate(_ROWS):
        for column, letter in enumerate(row):
            around = {row[c] for c in (column - 1, column + 1) if 0 <= c < len(row)}
            for other in (row_number - 1, row_number + 1):
                if 0 <= other < len(_ROWS):
                    # (rows are staggered: a key touches the one above it and the one after)
                    around |= {
                        _ROWS[other][c]
                        for c in (column - 1, column, column + 1)
                        if 0 <= c < len(_ROWS[other])
                    }
            near[letter] = "".join(sorted(around))
    return near


def _slips(word: str, near: dict[str, str]) -> set[str]:
    """The word with one key hit beside its own, or two letters next to each other swapped."""
    slipped = {
        word[:at] + other + word[at + 1 :]
        for at, letter in enumerate(word)
        for other in near[letter]
    }
    slipped |= {
        word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        for at in range(len(word) - 1)
        if word[at] != word[at + 1]
    }
    return slipped - {word}


def read_back(spelt: Collection[str]) -> dict[str, str]:
    """Each slip of a question word and the word it was meant for; not the slips in `spelt`,
    which a table of chat spellings reads already ("whay" is "why" there, not "what")."""
    near = _neighbours()
    meant: dict[str, set[str]] = {}
    for word in _WORDS:
        for slip in _slips(word, near):
            meant.setdefault(slip, set()).add(word)
    return {
        slip: words.pop()
        for slip, words in meant.items()
        if len(words) == 1
        and slip not in _WORDS
        and slip not in spelt
        and not is_english_word(slip)  # ("dud", "hoe" stay)
    }


# (a word in lower case, or capitalised at the start of the message; never a name in capitals)
_SHORT = re.compile(r"(?<![\w'’.-])[A-Za-z][a-z]{2,4}(?![\w'’-])")


def unslipped(text: str, meant: dict[str, str]) -> str:
    """The text with each question word typed with a neighbouring key read as the word
    (`meant`: from `read_back`)."""

    def back(match: re.Match[str]) -> str:
        word = match.group()
        known = meant.get(word.lower())
        if known is None or (word[0].isupper() and match.start() > 0):
            return word
        return known.capitalize() if word[0].isupper() else known

    return _SHORT.sub(back, text)
