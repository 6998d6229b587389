"""The real entry point, `python -m bot telegram`, as a subprocess against the Bot API stand-in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from tg_html import visible_text

from bot.telegram.standin import StandinBotApi

REPO = Path(__file__).resolve().parents[2]
DEEPSEEK = "Why did Apple drop DeepSeek?"


def bot_environment(**values: str) -> dict[str, str]:
    """The (already cleaned) test environment plus `values`, able to import the project."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(PTB_TIMEDELTA="1", NO_PROXY="127.0.0.1,localhost", PYTHONIOENCODING="utf-8")
    env.update(values)
    return env


def run_once(env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "telegram"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


@pytest.fixture
def bot_process(
    token: str, standin: StandinBotApi, tmp_path: Path
) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """`python -m bot telegram` polling the stand-in, logging everything at DEBUG to a file."""
    log = tmp_path / "bot.log"
    env = bot_environment(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_BASE_URL=standin.base_url,
        LOG_LEVEL="DEBUG",
        # Telegram's 30 messages/s would stretch the burst to 10 s; the limiter itself stays on.
        TELEGRAM_MESSAGES_PER_SECOND="1000",
    )
    with log.open("w", encoding="utf-8") as sink:
        # A file, not a pipe: DEBUG output would fill a pipe nobody reads and block the bot.
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "telegram"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        try:
            yield process, log
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_entry_point_answers_a_burst_and_stops_on_sigterm(
    bot_process: tuple[subprocess.Popen[str], Path], standin: StandinBotApi, token: str
) -> None:
    process, log = bot_process
    assert standin.wait_for(lambda: bool(standin.calls_to("getUpdates")), timeout=45), (
        log.read_text()
    )

    standin.message(standin.private_chat(42), DEEPSEEK)
    [reply] = standin.wait_for_calls("sendMessage", 1, timeout=10)
    assert "insufficient manpower" in visible_text(reply.params["text"])

    chats = range(20_000, 20_300)
    for chat_id in chats:
        standin.message(standin.private_chat(chat_id), DEEPSEEK)
    standin.wait_for_calls("sendMessage", 301, timeout=60)
    time.sleep(0.3)  # a duplicate would show up now
    per_chat = Counter(call.params["chat_id"] for call in standin.calls_to("sendMessage"))
    assert per_chat == Counter({"42": 1, **{str(chat_id): 1 for chat_id in chats}})

    stopping = time.monotonic()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert time.monotonic() - stopping < 5

    output = log.read_text(encoding="utf-8")
    assert "Traceback" not in output
    assert token not in output
    assert token.partition(":")[2] not in output
    assert "<redacted>" in output  # python-telegram-bot logs the URL at DEBUG; it was blanked


def test_missing_token_is_one_clear_line_and_exit_2() -> None:
    result = run_once(bot_environment())
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("not-a-token", id="no-colon"),
        pytest.param("123456:" + "B" * 10, id="too-short"),
        pytest.param("123456:" + "C" * 34 + "!", id="bad-character"),
        pytest.param("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", id="documentation-example"),
    ],
)
def test_malformed_token_is_one_clear_line_and_exit_2(bad: str) -> None:
    result = run_once(bot_environment(TELEGRAM_BOT_TOKEN=bad))
    assert result.returncode == 2
    assert result.stderr.startswith("error: TELEGRAM_BOT_TOKEN ")
    assert result.stderr.count("\n") == 1
    assert bad not in result.stderr
    assert "Traceback" not in result.stderr


def test_token_refused_by_the_server_is_one_line_without_the_token(standin: StandinBotApi) -> None:
    other = "654321:" + "Z" * 35
    result = run_once(bot_environment(TELEGRAM_BOT_TOKEN=other, TELEGRAM_BASE_URL=standin.base_url))
    assert result.returncode == 2
    assert "refused TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    assert other not in result.stderr
    assert other.partition(":")[2] not in result.stderr


def test_broken_knowledge_is_one_clear_line_and_exit_2(tmp_path: Path, token: str) -> None:
    env = bot_environment(TELEGRAM_BOT_TOKEN=token, KNOWLEDGE=str(tmp_path / "nowhere"))
    result = run_once(env)
    assert result.returncode == 2
    assert "nowhere" in result.stderr
    assert "Traceback" not in result.stderr
