"""A per-user flood limit: so many questions per window, then one polite notice, then silence."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass


class Verdict(enum.Enum):
    """What to do with one question."""

    ANSWER = "answer"
    NOTIFY = "notify"  # the first question over the limit in this window: say so, once
    DROP = "drop"  # any later one in the same window: ignore it


@dataclass
class _Window:
    start: float
    count: int


class FloodGate:
    """Fixed windows per user: `limit` questions per `window` seconds.

    A window starts at a user's first question and lasts `window` seconds; the question after the
    limit gets exactly one notice per window, the rest are dropped. Memory stays bounded: expired
    windows are swept out every so often. Safe to use from concurrent handlers.
    """

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._windows: dict[int, _Window] = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def check(self, user_id: int, now: float) -> Verdict:
        """Count one question of `user_id` at time `now` (seconds, monotonic) and judge it."""
        with self._lock:
            if now >= self._next_sweep:
                self._sweep(now)
            window = self._windows.get(user_id)
            if window is None or now - window.start >= self.window:
                window = self._windows[user_id] = _Window(now, 0)
            window.count += 1
            if window.count <= self.limit:
                return Verdict.ANSWER
            return Verdict.NOTIFY if window.count == self.limit + 1 else Verdict.DROP

    def retry_in(self, user_id: int, now: float) -> float:
        """Seconds until `user_id` may ask again (0 when they may now)."""
        with self._lock:
            window = self._windows.get(user_id)
            if window is None or window.count <= self.limit:
                return 0.0
            return max(0.0, window.start + self.window - now)

    def _sweep(self, now: float) -> None:
        expired = [user for user, w in self._windows.items() if now - w.start >= self.window]
        for user in expired:
            del self._windows[user]
        self._next_sweep = now + self.window

    def __len__(self) -> int:
        return len(self._windows)
