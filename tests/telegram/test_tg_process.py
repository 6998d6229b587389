"""The real entry point, `python -m bot telegram`, as a subprocess against the Bot API stand-in."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
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


@contextlib.contextmanager
def running_bot(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[str]]:
    """`python -m bot telegram` with `env`, its output in `log`; killed on the way out if alive."""
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
            yield process
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


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
    with running_bot(env, log) as process:
        yield process, log


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


# -- webhook mode ------------------------------------------------------------------------------


def free_port() -> int:
    """A port of 127.0.0.1 nobody listens on now (the bot binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_listening(port: int, process: subprocess.Popen[str], timeout: float = 30) -> None:
    """Wait until something accepts connections on 127.0.0.1:`port`.

    python-telegram-bot calls setWebhook just before its server listens, as Telegram retries a
    refused delivery; a test posting at once would meet a refused connection.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def post_update(port: int, update: dict[str, object], secret: str | None) -> int:
    """POST `update` to the bot's webhook as Telegram does; returns the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/hook",
        data=json.dumps(update).encode("utf-8"),
        headers=headers,
        method="POST",
    )
    # No proxy, whatever the environment says: this is loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=5) as response:
            status: int = response.status
            return status
    except urllib.error.HTTPError as error:
        return error.code


def test_webhook_mode_end_to_end(standin: StandinBotApi, token: str, tmp_path: Path) -> None:
    secret = secrets.token_urlsafe(24)
    port = free_port()
    env = bot_environment(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_BASE_URL=standin.base_url,
        WEBHOOK_URL="https://example.org/hook",  # Telegram posts only to https; the proxy's job
        WEBHOOK_SECRET=secret,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        LOG_LEVEL="DEBUG",  # the most python-telegram-bot ever logs: still no token, no secret
    )
    log = tmp_path / "bot.log"
    with running_bot(env, log) as process:
        hooked = standin.wait_for(lambda: standin.webhook is not None, timeout=30)
        assert hooked, log.read_text(encoding="utf-8")
        assert standin.webhook is not None
        assert standin.webhook.url == "https://example.org/hook"
        assert standin.webhook.secret_token == secret
        assert standin.webhook.allowed_updates == ["message", "callback_query", "inline_query"]
        assert not standin.calls_to("getUpdates")  # a webhook bot never polls
        wait_listening(port, process)

        def update(update_id: int, chat_id: int, text: str) -> dict[str, object]:
            message = standin.message(standin.private_chat(chat_id), text)
            standin.take_updates()  # posted to the webhook below, not handed out by getUpdates
            return {"update_id": update_id, "message": message}

        forged = update(1, 66, DEEPSEEK)
        # The real secret inside the wrong one: the log line quoting it must still redact it.
        assert post_update(port, forged, "wrong-" + secret) == 403
        assert post_update(port, forged, None) == 403
        assert post_update(port, update(2, 42, DEEPSEEK), secret) == 200

        [reply] = standin.wait_for_calls("sendMessage", 1, timeout=10)
        assert reply.params["chat_id"] == "42"
        assert "insufficient manpower" in visible_text(reply.params["text"])
        time.sleep(0.3)  # a reply to the forged update, or a duplicate, would show up now
        assert len(standin.calls_to("sendMessage")) == 1

        stopping = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - stopping < 5

    output = log.read_text(encoding="utf-8")
    assert "Traceback" not in output
    assert "Request had the wrong secret token" in output  # refused in one line each
    for hidden in (token, token.partition(":")[2], secret):
        assert hidden not in output
    # Stopping leaves the webhook set: Telegram keeps updates for the next start meanwhile.
    assert standin.webhook is not None
