"""How much a word says about what a question asks: rare words count, common ones barely."""

from __future__ import annotations

import functools
from functools import lru_cache

import pycountry
from wordfreq import zipf_frequency

from knowledge import fold


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """A weight in [0.1, 1.0] from the word's frequency in general English.

    Zipf 3 or less (a word met about once per million words, or a name nobody else uses) weighs 1.0;
    everyday words like "name" or "year" (zipf ~6) weigh about 0.15, so a paraphrase that adds them
    is barely penalised, while a distinctive word the fact lacks costs a lot.
    """
    if not word or word[0].isdigit():
        return 1.0
    zipf = zipf_frequency(word, "en")
    return min(1.0, max(0.1, (6.5 - zipf) / 3.5))


ENGLISH_WORD_ZIPF = 2.5  # zipf of a word of everyday English: no typo, whatever it looks like


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """Whether a word is everyday English ("dud", "contingency"), not a slip of the keys or a
    misspelling ("wjat", "drpo", "shairs")."""
    return zipf_frequency(word, "en") >= ENGLISH_WORD_ZIPF


def is_verb_form(word: str) -> bool:
    """Whether a word is an everyday English verb with "-ed" or "-ing" on it ("discarded",
    "stopping"): a verb, though rare, never a name ("Beijing" has no "beij" before its "-ing")."""
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            # ("discard-ed", "us-ed", "stopp-ing")
            stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
            return any(len(verb) >= 3 and is_english_word(verb) for verb in stems)
    return False


@functools.cache
def country_words() -> frozenset[str]:
    """One-word country names, folded ("japan", "korea", "france"): names even in lower case."""
    words = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            # "Korea, Republic of" -> "korea"; "South Africa" stays two words and is left out.
            head = fold(name or "").split(",")[0].strip()
            if head and " " not in head:
                words.add(head)
    # Short and everyday names pycountry does not give as one word.
    words.update({"uk", "britain", "england", "scotland", "wales", "usa", "uae", "europe", "eu"})
    words.update({"u.s.", "u.s.a.", "u.k."})  # as a question's "US" and "U.K." are folded
    return frozenset(words)
