"""What the handlers share, built once at start-up and kept in `application.bot_data`."""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram.ext import ContextTypes

from bot.engine import Engine
from bot.telegram.followup import ChatMemory
from bot.telegram.ratelimit import FloodGate

SERVICES_KEY = "services"
CHOICE_PREFIX = "dym:"


def digest(text: str) -> str:
    """A short stable id for `text` (22 URL-safe characters)."""
    raw = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


class ChoiceButtons:
    """Callback data for "did you mean" buttons, and back to the fact id.

    Telegram allows 64 bytes of callback data and fact ids can be longer, so a button carries a
    digest of the fact id. Every fact of the loaded knowledge is known up front, so buttons sent
    before a restart still work; ids seen at run time are added too.
    """

    def __init__(self, fact_ids: list[str]) -> None:
        self._by_digest = {digest(fact_id): fact_id for fact_id in fact_ids}
        self._lock = threading.Lock()

    @classmethod
    def for_engine(cls, engine: Engine) -> ChoiceButtons:
        """Every fact id the engine can answer with ("<article id>#<fact id>")."""
        ids: list[str] = []
        for pack in engine.knowledge.packs:
            ids.extend(f"{pack.article.id}#{fact.id}" for fact in pack.facts)
            ids.extend(f"{pack.article.id}#{fact.id}" for fact in pack.curated)
        return cls(ids)

    def data(self, fact_id: str) -> str:
        """The callback data of a button that answers `fact_id`."""
        key = digest(fact_id)
        with self._lock:
            self._by_digest.setdefault(key, fact_id)
        return CHOICE_PREFIX + key

    def fact_id(self, data: str) -> str | None:
        """The fact id a button's callback data stands for, or None if unknown (or forged)."""
        if not data.startswith(CHOICE_PREFIX):
            return None
        with self._lock:
            return self._by_digest.get(data[len(CHOICE_PREFIX) :])


@dataclass
class Services:
    """The engine and the small per-chat and per-user state the handlers keep."""

    engine: Engine
    memory: ChatMemory
    gate: FloodGate
    buttons: ChoiceButtons
    titles: dict[str, str] = field(default_factory=dict)  # article id -> title
    # The names the articles mention, so a follow-up typed in lower case ("and baidu?") is read.
    names: tuple[str, ...] = ()
    clock: Callable[[], float] = time.monotonic

    @classmethod
    def build(
        cls, engine: Engine, *, questions_per_window: int, window: float, followup_seconds: float
    ) -> Services:
        """Services over `engine` with the given limits."""
        return cls(
            engine=engine,
            memory=ChatMemory(ttl=followup_seconds),
            gate=FloodGate(questions_per_window, window),
            buttons=ChoiceButtons.for_engine(engine),
            titles={pack.article.id: pack.article.title for pack in engine.knowledge.packs},
            names=known_names(engine),
        )


def known_names(engine: Engine) -> tuple[str, ...]:
    """Every name the loaded articles' sentences mention, as written there."""
    found = {
        name
        for pack in engine.knowledge.packs
        for fact in pack.facts
        for name in fact.entities.names
    }
    return tuple(sorted(found))


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The Services of the running application (put there by `build_application`)."""
    found = context.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found
