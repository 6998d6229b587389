"""Follow-up questions ("why?", "when?", "and Baidu?") read against the chat's previous question."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.engine import Answer
from bot.engine._weights import country_words
from knowledge import fold

_END = re.compile(r"[\s?!.…]+$")
_LEAD = re.compile(r"^(?:and|but|so|ok|okay|then)\b[\s,]*", re.IGNORECASE)
# A question word alone (perhaps with "is that" or "so"): ask the previous question that way.
# "how many downloads?", "which model?": a question word with its noun.
_WH_ONLY = re.compile(
    r"^(?P<wh>why|when|where|who|how much|how many|how long|how|how come|what for|since when"
    r"|(?:how\s+(?:much|many)|which)\s+(?!about\b|of\b)[\w-]+)"
    r"(?:\s+(?:is|was|did|does)\s+(?:that|it|this))?(?:\s+(?:so|exactly|then))?$",
    re.IGNORECASE,
)
_WH_SYNONYMS = {"how come": "why", "what for": "why", "since when": "when"}
# "and X?", "what about X?": the previous question about X instead.
_ABOUT = re.compile(
    r"^(?:(?:and\s+)?(?:what|how)\s+about|and(?:\s+(?:for|of|also))?|what\s+of|same\s+for)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_WH_PREFIX = re.compile(
    r"^(?:what|which|who|whom|whose|when|where|why|how(?:\s+(?:much|many|long|often|come))?)\b\s*",
    re.IGNORECASE,
)
# The previous question's own question word: "since when", "how many", then the plain ones.
_WH_LEAD = re.compile(
    r"^(?P<wh>since\s+when|how\s+(?:much|many|long|often|far|old|big|come)|how|what|which|whose"
    r"|whom|who|when|where|why)\b\s*",
    re.IGNORECASE,
)
# Question words that stand for an argument (its subject or object), not a circumstance: once one
# is taken away, a role marker ("choose X as its partner") is left without its X.
_ARGUMENT_WH = {"who", "whom", "what", "which", "whose"}
# Question words that take a noun ("which companies", "how many enterprises").
_NOUN_WH = {"which", "whose", "how many", "how much", "what"}
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "has", "have", "had",
     "will", "would", "can", "could", "shall", "should", "may", "might", "must"}
)  # fmt: skip
# After a question word and its noun, only do-support marks them as the object.
_DO = frozenset({"do", "does", "did"})
# Prepositions a taken-away argument leaves at the end ("Who is Apple partnering with?").
_STRANDED = frozenset({"with", "to", "for", "from", "about", "of", "on", "in", "at", "by", "as"})
_PREPOSITIONS = frozenset(
    {
        "in",
        "for",
        "of",
        "at",
        "on",
        "during",
        "from",
        "since",
        "before",
        "after",
        "by",
        "with",
        "to",
    }
)
# A run of capitalised words (a name), not at the very start of the question.
_NAME = re.compile(r"(?<!^)\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 6


@dataclass(frozen=True)
class _Parsed:
    """A question taken apart: question word, its noun, the auxiliary after them, the rest."""

    wh: str
    noun: str
    aux: str
    rest: str


def _parse(question: str) -> _Parsed | None:
    """`question` split after its leading question word, or None if it has none."""
    text = _END.sub("", question.strip())
    lead = _WH_LEAD.match(text)
    if lead is None:
        return None
    wh = " ".join(lead.group("wh").lower().split())
    words = text[lead.end() :].split()
    # "Which iOS version will ...": up to three words of noun, then the auxiliary.
    for at, word in enumerate(words[:4]):
        if word.lower() in _AUXILIARIES:
            if at and wh not in _NOUN_WH:
                break  # "Who reported it was ...": the auxiliary is not the question's
            noun, rest = " ".join(words[:at]), " ".join(words[at + 1 :])
            if noun and word.lower() not in _DO:
                # "Which iOS version will bring ...": most likely the noun is the subject.
                return _Parsed(wh, "", word.lower(), f"{noun} {rest}")
            return _Parsed(wh, noun, word.lower(), rest)
    # No auxiliary: the question word is the subject ("How many enterprises use it?").
    noun_words = 1 if wh in _NOUN_WH - {"what"} and words else 0
    return _Parsed(wh, " ".join(words[:noun_words]), "", " ".join(words[noun_words:]))


def _ask_as(wh: str, previous: str) -> str:
    """The previous question asked with the question word (and noun) `wh` instead of its own."""
    parsed = _parse(previous)
    if parsed is None:
        return f"{wh[0].upper()}{wh[1:]} {_END.sub('', previous.strip())}?"
    rest = parsed.rest.split()
    if parsed.aux:
        if parsed.wh.split()[0] in _ARGUMENT_WH:
            # The taken-away argument leaves its role marker or preposition behind:
            # "Who did Apple choose as its partner?" -> "Why did Apple choose its partner?".
            rest = [word for word in rest if word.lower() != "as"]
            while rest and rest[-1].lower() in _STRANDED:
                rest.pop()
        words = [wh, parsed.aux, *rest]
    else:
        words = [wh, parsed.noun, *rest]
    text = " ".join(word for word in words if word)
    return f"{text[0].upper()}{text[1:]}?"


def _name_spans(stem: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where names stand in `stem`: capitalised runs and known names, longest first, no overlaps."""
    found = [match.span() for match in _NAME.finditer(stem)]
    for name in names:
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        found.extend(m.span() for m in re.finditer(pattern, stem, re.IGNORECASE))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: span[0] - span[1]):
        if all(end <= other_start or start >= other_end for other_start, other_end in spans):
            spans.append((start, end))
    return sorted(spans)


def _is_country(name: str) -> bool:
    """Whether a name is a country's ("China", "japan"): one-word names, from pycountry."""
    return fold(name) in country_words()


def _about(subject: str, previous: str, names: Iterable[str]) -> tuple[list[str], bool]:
    """The previous question about `subject` instead: every way to read it, likeliest first.

    The flag says whether `subject` is a name: a subject that is not may be chatter ("and then?").
    """
    stem = _END.sub("", previous.strip())
    known = {name.lower(): name for name in names}
    bare = _POSSESSIVE.sub("", subject)
    owner = bare != subject
    first = bare.split()[0].lower()
    if first in _PREPOSITIONS and len(bare.split()) > 1:
        # "and in the fourth quarter?": in place of the previous question's last "in ..." phrase.
        found = list(re.finditer(rf"\b{first}\b", stem, re.IGNORECASE))
        if found:
            return [f"{stem[: found[-1].start()]}{subject}?"], True
    elif bare.lower() in known or any(char.isupper() or char.isdigit() for char in bare):
        bare = known.get(bare.lower(), bare)
        spans = [
            (start, end)
            for start, end in _name_spans(stem, known.values())
            if stem[start:end].lower() != bare.lower()
            # "and Alibaba's?" stands for an owner: only an owner of the previous question.
            and (not owner or _POSSESSIVE.match(stem[end : end + 2]) is not None)
        ]
        # Acronyms (US, AI, CEO) mostly qualify a name rather than being the subject: they are
        # replaced last, and only one that qualifies a following word ("US stock", not "Apple's
        # CEO") when there are other names. The last name is likeliest ("Why did Apple drop
        # DeepSeek?" + "and Baidu?"), then the earlier ones.
        names_first = [span for span in spans if not stem[span[0] : span[1]].isupper()]
        acronyms = [
            span
            for span in spans
            if stem[span[0] : span[1]].isupper()
            and (not names_first or re.match(r" [a-z]", stem[span[1] : span[1] + 2]))
        ]
        # A country stands for a country: "and Samsung?" replaces Apple, not China, in "Who did
        # Apple choose as its AI partner in China?", and "and Japan?" replaces China.
        place = _is_country(bare)
        alike = [span for span in names_first if _is_country(stem[span[0] : span[1]]) == place]
        unlike = [span for span in names_first if span not in alike]
        words = [*reversed(alike), *reversed(unlike), *reversed(acronyms)]
        readings = [f"{stem[:start]}{bare}{stem[end:]}?" for start, end in words]
        if readings:
            return readings, True
    return [f"{stem} {subject}?"], False


def _readings(question: str, previous: str | None, names: Iterable[str]) -> tuple[list[str], bool]:
    """The readings, and whether the question is surely a follow-up (a question word, a name)."""
    if not previous:
        return [], False
    text = _END.sub("", " ".join(question.split()))
    wh = _WH_ONLY.match(_LEAD.sub("", text))
    if wh is not None:
        word = " ".join(wh.group("wh").lower().split())
        word = _WH_SYNONYMS.get(word, word)
        return [_ask_as(word, previous)], True
    about = _ABOUT.match(text)
    if about is None:
        return [], False
    subject = about.group("x")
    if len(subject.split()) > _MAX_SUBJECT_WORDS or _WH_PREFIX.match(subject):
        return [], False
    return _about(subject, previous, names)


def readings(question: str, previous: str | None, names: Iterable[str] = ()) -> list[str]:
    """The ways to read follow-up `question` against `previous`, likeliest first; [] if it is none.

    A question word alone asks the previous question that way: "why?" after "Who did Apple choose
    as its AI partner in China?" is "Why did Apple choose its AI partner in China?" (the old
    question word goes, and with it the "as" it left behind). "and Baidu?" replaces a name of the
    previous question, the last one first, one reading per name; `names` are the names the
    knowledge knows, so "and baidu?" after "why did apple drop deepseek" is read too.
    "and in May?" replaces the previous question's last "in ..." phrase; any other subject is added.
    """
    return _readings(question, previous, names)[0]


def rewrite(question: str, previous: str | None, names: Iterable[str] = ()) -> str | None:
    """The likeliest reading of follow-up `question` against `previous`, or None if it is none."""
    found = readings(question, previous, names)
    return found[0] if found else None


def answer_follow_up(
    ask: Callable[[str], Answer], question: str, previous: str | None, names: Iterable[str] = ()
) -> tuple[Answer, str | None]:
    """Answer `question`, a follow-up of `previous` or not; returns the answer and the reading used.

    The first reading the engine answers wins ("and Samsung?" after "Who did Apple choose as its
    AI partner in China?" swaps Apple, not China, because only that reading is answered). When
    none is answered the likeliest one stands, so the engine's abstention or "did you mean" is
    about what the user most likely meant; only a follow-up that is neither a question word nor a
    name ("and then?") is tried on its own too, as it may not be one. The reading is None when the
    question stood alone.
    """
    found, surely = _readings(question, previous, names)
    first: Answer | None = None
    for reading in found:
        answer = ask(reading)
        if answer.answered:
            return answer, reading
        first = first or answer
    if first is None:
        return ask(question), None
    if not surely and not first.choices:
        alone = ask(question)
        if alone.answered:
            return alone, None
    return first, found[0]


@dataclass(frozen=True)
class Turn:
    """A chat's last question (as understood, follow-ups spelled out) and the engine's answer."""

    question: str
    answer: Answer
    at: float


class ChatMemory:
    """The last turn of each chat, for follow-ups (until `ttl` seconds pass) and for /why.

    Bounded: past `max_chats` chats the least recently used are forgotten. Safe to use from
    concurrent handlers.
    """

    def __init__(self, ttl: float, max_chats: int = 50_000) -> None:
        self.ttl = ttl
        self.max_chats = max_chats
        self._turns: OrderedDict[int, Turn] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, chat_id: int, question: str, answer: Answer, now: float) -> None:
        """Make this the chat's last turn."""
        with self._lock:
            self._turns[chat_id] = Turn(question, answer, now)
            self._turns.move_to_end(chat_id)
            while len(self._turns) > self.max_chats:
                self._turns.popitem(last=False)

    def last(self, chat_id: int) -> Turn | None:
        """The chat's last turn, however old (for /why and "did you mean" buttons)."""
        with self._lock:
            return self._turns.get(chat_id)

    def recent(self, chat_id: int, now: float) -> Turn | None:
        """The chat's last turn if it is fresh enough to be the subject of a follow-up."""
        turn = self.last(chat_id)
        return turn if turn is not None and now - turn.at <= self.ttl else None

    def __len__(self) -> int:
        return len(self._turns)
