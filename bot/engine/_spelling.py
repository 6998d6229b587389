"""Words as the articles spell them: a typo ("alibba"), a name spelt the way it sounds
("baidoo") or heard as two words ("ten cent"), each read as the articles' own word.

Only words that are not ordinary English are corrected ("population" is a word, not a typo of
"popular"), and a capitalised name the articles lack stays as written: it is another name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

import jellyfish
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from bot.engine._evidence import CURRENCY_WORDS
from bot.engine._index import SYNONYM_WORDS, SYNONYMS, Index
from bot.engine._normalize import stem
from bot.engine._places import DEMONYMS
from bot.engine._weights import is_english_word, rarity
from knowledge import STOP_WORDS

_MIN_TAIL = 3  # letters of a name's word that one slip may stand for ("cook", not "ai")

# How alike in spelling two words run together must be to a name they sound like (rapidfuzz ratio).
_SOUNDS_LIKE_SPELLING = 70
# ...and a word spelt by sound to the known word it sounds like: "munny" and "money" (60).
_SOUNDS_LIKE_WORD = 60
_SAYS_SOMETHING = 0.2  # rarity of the commonest word a typo is taken for: "money", not "many"
_SHORT_WORD = 5  # the longest word whose one slip (of four or five letters) counts as a typo
_REMEMBERED = 50_000  # words a speller's cache holds before it starts again
TYPO_RARITY = 0.85  # only words rarer than everyday English (zipf below ~3.5) count as typos

# A lower-case word that may be a typo; "didn" of "didn't" is none ("did't" was no word at all).
# Words English writes with a capital by rule, whatever they stand in: a capital on their typo
# does not make it a name.
_CAPITALISED_BY_RULE = DEMONYMS | frozenset(
    "january february march april june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_LOWER_WORD = re.compile(r"(?<![\w.'-])[a-z]{4,}(?![\w-]|'t\b)")
# Two words that may be one name split in two ("ten cent"); the second may start the next pair.
_WORD_PAIR = re.compile(r"\b([A-Za-z]{2,8}) (?=([A-Za-z]{2,8})\b)")
# Spellings that sound alike, each with one spelling: "oo" and "u", "qu" and "qw", "ck" and "k",
# "ph" and "f", a soft "c" and "s", "ee" and "i", and doubled letters once.
_SOUND_SPELLINGS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"qu"), "qw"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"oo|ou"), "u"),
    (re.compile(r"ee|ea|ie"), "i"),
    (re.compile(r"y$"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def _deletions(word: str) -> frozenset[str]:
    """The word with each one of its letters dropped."""
    return frozenset(word[:at] + word[at + 1 :] for at in range(len(word)))


def _sound_key(word: str) -> str:
    """A word as it sounds, roughly: "baidoo" and "baidu" -> "baidu", "tensent" and "tencent"."""
    for pattern, spelling in _SOUND_SPELLINGS:
        word = pattern.sub(spelling, word)
    return word


def _remembered(
    cache: dict[str, str | None], word: str, find: Callable[[str], str | None]
) -> str | None:
    """`find(word)`, worked out once per word; the cache is bounded, questions being user input."""
    if word not in cache:
        if len(cache) >= _REMEMBERED:
            cache.clear()
        cache[word] = find(word)
    return cache[word]


def english_words(folded: str) -> frozenset[str]:
    """The words of a question that are everyday English, not typos."""
    return frozenset(word for word in _LOWER_WORD.findall(folded) if is_english_word(word))


class Speller:
    """Corrects a question's words against one index's, remembering what it worked out."""

    def __init__(self, index: Index, typo_cutoff: float) -> None:
        self._index = index
        self._typo_cutoff = typo_cutoff  # rapidfuzz ratio for a typo of a known word
        self._typos: dict[str, str | None] = {}  # words read as typos
        self._heard: dict[str, str | None] = {}  # words read by how they sound
        self._sounds: dict[str, str] | None = None  # names by how they sound, made when needed
        self._one_off: frozenset[str] | None = None  # long names and their deletions, likewise
        self._metaphones: dict[str, str] | None = None  # names by metaphone key, likewise
        self._word_metaphones: dict[str, list[str]] | None = None  # all words, likewise
        # names' next words by the word before, and a pattern finding those words: likewise
        self._tails: tuple[dict[str, list[str]], re.Pattern[str] | None] | None = None

    def correct(self, word: str, *, by_sound: bool = True) -> str:
        """A known word for an unknown one that looks like a typo of it, else the word itself.

        Only words that are not ordinary English are corrected: "population" is a word, not a typo
        of "popular"; "alibba" is a typo of "alibaba". `by_sound` also reads a word that is no
        English at all as the known word it sounds like ("shairs": shares); not a name written
        with a capital ("Macs"), which is another name.
        """
        if (
            word in self._index.words
            or word in self._index.alias_words
            or not word.isalpha()
            or len(word) < 4
        ):
            return word
        if stem(word) in SYNONYMS and zipf_frequency(word, "en") > 0:
            # A word of the synonym table is a word, not a typo; "huging" only has its stem.
            return word
        if word in CURRENCY_WORDS:  # ("rands", "ringgit": money, not "ranks", "ringing")
            return word
        typo = _remembered(self._typos, word, self._typo)
        if typo is None and by_sound:
            typo = _remembered(self._heard, word, self._sounds_like)
        return typo or word

    def _typo(self, word: str) -> str | None:
        """The known word or name an unknown word is a typo of, or None."""
        if rarity(word) < TYPO_RARITY:
            return None
        candidates = self._index.typo_candidates(word)
        match = process.extractOne(
            word, candidates, scorer=fuzz.ratio, score_cutoff=self._typo_cutoff
        )
        if match and OSA.distance(word, match[0]) <= max(1, (len(word) - 1) // 3):
            # ("openai" is no typo of "open": a typo is an edit or two, not a word's tail)
            return str(match[0])
        if len(word) <= _SHORT_WORD and word.isascii():  # ("spät" is German, no "spot" mistyped)
            # One slip in a short word is a quarter of it, below any ratio cutoff: "kogn" is
            # "kong", "yaer" "year", if no other known word is one slip away.
            slips = {known for known in candidates if OSA.distance(word, known) == 1}
            if len(slips) == 1:
                return slips.pop()
        # A name spelt the way it sounds: "baidoo", "quen", "tensent", "deepsick".
        return self._names_by_sound().get(_sound_key(word)) or None

    def _sounds_like(self, word: str) -> str | None:
        """The known word that a word no English sounds like, spelt most like it, if one is
        close enough: "shairs" -> "shares", "downlowded" -> "downloaded" (not "mucking", a word
        of its own, as "making")."""
        if is_english_word(word):
            return None
        heard = [
            known
            for known in self._words_by_metaphone().get(jellyfish.metaphone(word), ())
            # (about as long: "openai" is no "open" misspelt)
            if abs(len(known) - len(word)) <= 1 and fuzz.ratio(word, known) >= _SOUNDS_LIKE_WORD
        ]
        # The fewest edits, then the same length: "munny" is "money", not "many".
        return min(
            heard,
            key=lambda known: (OSA.distance(word, known), abs(len(known) - len(word)), known),
            default=None,
        )

    def _words_by_metaphone(self) -> dict[str, list[str]]:
        """The articles' words and the synonym table's, by their metaphone key (keys of two
        letters or more; stop words left out, since a typo is of a word that says something)."""
        if self._word_metaphones is None:
            keys: dict[str, list[str]] = {}
            for known in sorted(set(self._index.words) | SYNONYM_WORDS):
                key = jellyfish.metaphone(known)
                if (
                    known.isalpha()
                    and len(known) >= 3
                    and len(key) >= 2
                    and known not in STOP_WORDS
                    and rarity(known) >= _SAYS_SOMETHING  # (not "many", "much")
                ):
                    keys.setdefault(key, []).append(known)
            self._word_metaphones = keys
        return self._word_metaphones

    def _names_by_sound(self) -> dict[str, str]:
        """The articles' one-word names by how they sound (`_sound_key`), each key kept only if
        one name has it."""
        if self._sounds is None:
            keys: dict[str, set[str]] = {}
            for name in self._index.name_words:
                if name.isalpha() and len(name) >= 4:
                    keys.setdefault(_sound_key(name), set()).add(name)
            self._sounds = {
                key: next(iter(names)) for key, names in keys.items() if len(names) == 1
            }
        return self._sounds

    def _one_off_names(self) -> frozenset[str]:
        """The articles' one-word names of seven letters or more, each also with one letter
        dropped: a word one edit from a name shares one of these with it or its own deletions."""
        if self._one_off is None:
            long_names = [
                name for name in self._index.name_words if name.isalpha() and len(name) >= 6
            ]
            self._one_off = frozenset(long_names).union(*map(_deletions, long_names))
        return self._one_off

    def joined(self, text: str) -> str:
        """The text with a name heard as two words written as one: "ten cent" -> "tencent",
        "bite dance" -> "bitedance" (a typo of "bytedance", corrected later), as a speech-to-text
        transcript or an unsure typist splits it. Neither word may be a name's on its own
        ("hugging face" is one already)."""
        names = self._index.name_words

        def join(match: re.Match[str]) -> str:
            first, second = match.group(1), match.group(2)
            if first.lower() in names or second.lower() in names:
                return match.group()
            word = (first + second).lower()
            # (one letter off at most: "bite dance", not "models does" for "modelscope"; a set
            # look-up per deletion, not a fuzzy search per pair of words)
            if (
                word in names
                or (
                    len(word) >= 7
                    # ("models come": a word of the articles, then another, not a misheard name)
                    and first.lower() not in self._index.words
                    and not self._one_off_names().isdisjoint({word, *_deletions(word)})
                )
                or self._sounds_like_name(word)
            ):
                return first  # (the second word is still there: the match only looks at it)
            return match.group()

        return _WORD_PAIR.sub(join, text)

    def _sounds_like_name(self, word: str) -> bool:
        """Whether two words run together sound like one name and are spelt much like it:
        "ali bobba" and "all baba" (Alibaba), "tong yee" (Tongyi), "hong cong" (Hong Kong)."""
        name = self._names_by_metaphone().get(jellyfish.metaphone(word))
        return name is not None and fuzz.ratio(word, name) >= _SOUNDS_LIKE_SPELLING

    def _names_by_metaphone(self) -> dict[str, str]:
        """The articles' one-word names of five letters or more by their metaphone key (keys of
        three letters or more, each kept only if one name has it)."""
        if self._metaphones is None:
            keys: dict[str, set[str]] = {}
            for name in self._index.name_words:
                key = jellyfish.metaphone(name)
                if name.isalpha() and len(name) >= 5 and len(key) >= 3:
                    keys.setdefault(key, set()).add(name)
            self._metaphones = {
                key: next(iter(names)) for key, names in keys.items() if len(names) == 1
            }
        return self._metaphones

    def corrected(self, expanded: str, names: Iterable[str]) -> str:
        """The expanded question with each word that is a typo of a known one corrected, so that
        whose and which ("aple's stock") read as the words do. A name written with a capital
        ("OpenAI") stays as written: it is a name the articles lack, not a typo."""
        written = frozenset(names)
        expanded = self._name_tails(expanded)

        def mended(match: re.Match[str]) -> str:
            word = match.group()
            corrected = self.correct(word)
            # (a people's word has its capital by rule, not as a name: "Amercian" is American)
            return corrected if word not in written or corrected in _CAPITALISED_BY_RULE else word

        return _LOWER_WORD.sub(mended, expanded)

    def _name_tails(self, expanded: str) -> str:
        """A name's next word mistyped by one slip after its word before: "tim cok" is "tim
        cook", however short or capitalised (a short word alone is too often another word)."""
        tails, pattern = self._name_tail_table()
        if pattern is None:
            return expanded

        def mended(match: re.Match[str]) -> str:
            head, typed = match.group(1), match.group(2)
            if typed in self._index.words or typed in self._index.alias_words:
                return match.group()  # ("tongyi api" is the API, not a slip of "tongyi app")
            for tail in tails[head]:
                # (a word made from the name is no slip of it: "south african")
                if not typed.startswith(tail) and OSA.distance(typed, tail) == 1:
                    return f"{head} {tail}"
            return match.group()

        return pattern.sub(mended, expanded)

    def _name_tail_table(self) -> tuple[dict[str, list[str]], re.Pattern[str] | None]:
        """Each word of a name before another, with the words that follow it; and a pattern
        that finds those words before any word. Worked out on first use, then kept."""
        if self._tails is None:
            tails: dict[str, set[str]] = {}
            for name in self._index.phrase_names:
                for head, tail in itertools.pairwise(name.split()):
                    if len(tail) >= _MIN_TAIL and tail.isalpha():
                        tails.setdefault(head, set()).add(tail)
            pattern = (
                re.compile(rf"\b({'|'.join(map(re.escape, sorted(tails)))}) ([a-z]+)\b")
                if tails
                else None
            )
            self._tails = ({head: sorted(found) for head, found in tails.items()}, pattern)
        return self._tails
