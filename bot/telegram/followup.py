"""Follow-up questions ("why?", "when?", "and Baidu?") read against the chat's previous question."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from bot.engine import Answer

_END = re.compile(r"[\s?!.…]+$")
_LEAD = re.compile(r"^(?:and|but|so|ok|okay|then)\b[\s,]*", re.IGNORECASE)
# A question word alone (perhaps with "is that" or "so"): ask the previous question that way.
_WH_ONLY = re.compile(
    r"^(?P<wh>why|when|where|who|how much|how many|how long|how|how come|what for|since when)"
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
# A run of capitalised words (a name), not at the very start of the question.
_NAME = re.compile(r"(?<!^)\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")
_MAX_SUBJECT_WORDS = 6


def _core(previous: str) -> str:
    """The previous question without its question word and end punctuation."""
    return _WH_PREFIX.sub("", _END.sub("", previous.strip()), count=1)


def rewrite(question: str, previous: str | None) -> str | None:
    """The follow-up `question` spelled out against `previous`, or None if it is not a follow-up.

    "why?" after "When did Apple pick Alibaba?" becomes "Why did Apple pick Alibaba?"; "and Baidu?"
    after "Why did Apple drop DeepSeek?" becomes "Why did Apple drop Baidu?" (the last name in the
    previous question is the one replaced, acronyms last; with no name there, the new subject is
    added to it).
    """
    if not previous:
        return None
    text = _END.sub("", " ".join(question.split()))
    wh = _WH_ONLY.match(_LEAD.sub("", text))
    if wh is not None:
        word = wh.group("wh").lower()
        word = _WH_SYNONYMS.get(word, word)
        return f"{word.capitalize()} {_core(previous)}?"
    about = _ABOUT.match(text)
    if about is None:
        return None
    subject = about.group("x")
    if len(subject.split()) > _MAX_SUBJECT_WORDS or _WH_PREFIX.match(subject):
        return None
    stem = _END.sub("", previous.strip())
    names = list(_NAME.finditer(stem))
    # Acronyms (US, AI) mostly qualify a name rather than being the subject: replace them last.
    names = [name for name in names if not name.group().isupper()] or names
    if names and any(char.isupper() or char.isdigit() for char in subject):
        last = names[-1]
        return f"{stem[: last.start()]}{subject}{stem[last.end() :]}?"
    return f"{stem} {subject}?"


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
