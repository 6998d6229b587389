"""A long message made of one pattern's trigger words is answered, not left to backtrack.

The engine reads a question through many regular expressions. One that can split a run of words
every way there is before giving up (nested quantifiers) takes minutes on a long message, and the
user waits for a reply that never comes; an earlier change shipped such a pattern for a moment.
Each message here repeats a word or two the engine's patterns hinge on up to 10,000 characters.
The bound is a hang guard, not a speed check: the slowest of these takes a few tenths of a second
here, a backtracking pattern minutes. Speed itself is measured by `make bench`.
"""

from __future__ import annotations

import itertools
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bot.engine import Engine

HANG_SECONDS = 10.0
LONG = 10_000

# Words, marks and fragments the engine's patterns look for, alone and in pairs.
TRIGGERS = [
    "what ", "name ", "is ", "called ", "Apple's ", "- ", "-", ", ", "... ", "7.7% ", "2 ",
    "who ", "did ", "the ", "of ", "if ", "says no ", "in ", "other ", "? ", "?", "'", '"',
    "po ", "lah ", "nag-", "ing ", "in' ", "x", "Tim Cok ", "hong kng ", "and ", "not ",
    "how much ", "( ", ") ", "said ", "alibaba ", "a.", "U.S. ", "😀", "<b>", "&amp; ", "\n",
    " + ", "also what ", ", and who ", "btw ",
]  # fmt: skip
PAIRED = ["what ", "is ", "- ", "? ", "... ", "the ", "x", "'"]
UNITS = TRIGGERS + [a + b for a, b in itertools.product(PAIRED, TRIGGERS) if a != b]


def _repeated(unit: str) -> str:
    return (unit * (LONG // len(unit) + 1))[:LONG]


@contextmanager
def _interrupted_after(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the test after `seconds` (the regex engine checks signals as it runs)."""

    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_long_repetition_is_answered_without_hanging(engine: Engine, unit: str) -> None:
    started = time.perf_counter()
    with _interrupted_after(HANG_SECONDS):
        answer = engine.ask(_repeated(unit))
    elapsed = time.perf_counter() - started
    assert elapsed < HANG_SECONDS, f"{unit!r} x {LONG} chars took {elapsed:.1f} s"
    assert 0.0 <= answer.confidence <= 1.0
