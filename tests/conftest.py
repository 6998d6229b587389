"""Fixtures shared by every test: isolation from the real environment, and one loaded engine."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import knowledge
from bot.engine import Engine

REPO = Path(__file__).resolve().parent.parent


# Every variable the bot's settings read (bot/settings.py), so none leaks in from the developer's shell.
_OUR_VARIABLES = (
    "TELEGRAM_",
    "WEBHOOK_",
    "KNOWLEDGE",
    "LOG_LEVEL",
    "USER_",
    "FOLLOWUP_",
    "CONCURRENT_UPDATES",
)


def _isolated(name: str) -> bool:
    return name.upper().startswith(_OUR_VARIABLES)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees a real token, a knowledge setting or a `.env`: clean variables, a fresh cwd."""
    for name in list(os.environ):
        if _isolated(name):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """An engine over the shipped knowledge, built once for the whole session (~0.3 s)."""
    return Engine(knowledge.load_knowledge())


@pytest.fixture(scope="session")
def bot_env() -> dict[str, str]:
    """The environment for a `python -m bot` subprocess: isolated, and importable from any cwd."""
    env = {name: value for name, value in os.environ.items() if not _isolated(name)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.fixture
def run_bot(bot_env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run `python -m bot ARGS` (stdin text optional) in a subprocess and return the result."""

    def run(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=bot_env,
            cwd=Path.cwd(),  # the test's tmp_path: no `.env` there
        )

    return run
