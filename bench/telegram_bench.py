"""The Telegram layer end to end: `python -m bot telegram` against the Bot API stand-in.

Reply latency is measured from the moment an update is queued at the stand-in to the moment the
bot's sendMessage reaches it, so it covers long polling, the handler, the engine, formatting, the
rate limiter and HTTP. The bot runs as its own process (the real entry point), as in production.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.telegram.standin import StandinBotApi

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Why did Apple drop DeepSeek?",
    "When did Samsung unveil the Galaxy S25?",
    "What is the capital of France?",
    "How much did Alibaba's US stock price jump?",
    "Who did Apple choose as its AI partner in China?",
]
SEQUENTIAL = 60
BURST = 300
TELEGRAM_CEILING = 30.0  # messages a second for one bot token (Telegram's flood limit)


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (Linux /proc), 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run_telegram_bench() -> list[tuple[str, str]]:
    """Start the stand-in and the bot, time single questions and a 300-chat burst; table rows."""
    token = "123456:" + "B" * 35  # fake: the stand-in accepts it, Telegram never sees it
    rows: list[tuple[str, str]] = []
    with StandinBotApi(token) as api, tempfile.TemporaryFile("w+") as log:
        env = dict(os.environ)
        env.update(
            TELEGRAM_BOT_TOKEN=token,
            TELEGRAM_BASE_URL=api.base_url,
            # Telegram's limit is the ceiling in production; this measures the bot's own capacity.
            TELEGRAM_MESSAGES_PER_SECOND="0",
            USER_QUESTIONS_PER_WINDOW="100000",
            LOG_LEVEL="WARNING",
            PTB_TIMEDELTA="1",
            NO_PROXY="127.0.0.1,localhost",
            PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
        )
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "telegram"], stdout=log, stderr=log, env=env
        )
        try:
            # `make bench` pins itself to one core; the bot gets the machine, as it would in use.
            if hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(process.pid, range(os.cpu_count() or 1))
            if not api.wait_for(lambda: bool(api.calls_to("getUpdates")), timeout=60):
                log.seek(0)
                return [("error", "the bot did not start: " + log.read()[-300:])]
            rows.append(
                ("start-up (process start to first getUpdates)", _ms(time.monotonic() - started))
            )

            # One question at a time, from one chat after another.
            latencies = []
            for n in range(SEQUENTIAL):
                chat = 1_000 + n
                queued = time.monotonic()
                api.message(api.private_chat(chat), QUESTIONS[n % len(QUESTIONS)])
                api.wait_for(lambda chat=chat: bool(api.sent_to(chat)), timeout=10)  # type: ignore[misc]
                latencies.append(api.sent_to(chat)[0].at - queued)
            rows.append(
                (
                    f"reply latency, {SEQUENTIAL} questions one at a time, median",
                    _ms(statistics.median(latencies)),
                )
            )
            rows.append(
                (
                    f"reply latency, {SEQUENTIAL} questions one at a time, p99",
                    _ms(_percentile(latencies, 0.99)),
                )
            )

            # A burst: BURST chats ask at once.
            before = len(api.calls_to("sendMessage"))
            cpu_before = _cpu_seconds(process.pid)
            queued_at: dict[str, float] = {}
            first = time.monotonic()
            for n in range(BURST):
                chat = 100_000 + n
                queued_at[str(chat)] = time.monotonic()
                api.message(api.private_chat(chat), QUESTIONS[n % len(QUESTIONS)])
            api.wait_for(lambda: len(api.calls_to("sendMessage")) >= before + BURST, timeout=120)
            sent = api.calls_to("sendMessage")[before:]
            cpu = _cpu_seconds(process.pid) - cpu_before
            last = max(call.at for call in sent)
            burst = [call.at - queued_at[call.params["chat_id"]] for call in sent]
            replied_once = len({call.params["chat_id"] for call in sent}) == len(sent) == BURST
            rows.append(
                (
                    f"burst of {BURST} chats: replies (each chat exactly once)",
                    f"{len(sent)} ({'yes' if replied_once else 'NO'})",
                )
            )
            rows.append((f"burst of {BURST} chats: time to last reply", _ms(last - first)))
            rows.append(
                (
                    f"burst of {BURST} chats: throughput",
                    f"{len(sent) / (last - first):.0f} replies/s",
                )
            )
            rows.append(
                (f"burst of {BURST} chats: reply latency median", _ms(statistics.median(burst)))
            )
            rows.append(
                (f"burst of {BURST} chats: reply latency p99", _ms(_percentile(burst, 0.99)))
            )
            if cpu:
                per_reply = cpu / len(sent)
                rows.append(("bot CPU per reply (engine + Telegram layer)", _ms(per_reply)))
                budget = f"  CPU at Telegram's ceiling of {TELEGRAM_CEILING:.0f} replies/s"
                rows.append((budget, f"{per_reply * TELEGRAM_CEILING:.0%} of one core"))

            stopping = time.monotonic()
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=30)
            rows.append(
                ("SIGTERM to exit", f"{_ms(time.monotonic() - stopping)} (exit code {code})")
            )
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return rows


if __name__ == "__main__":
    for name, value in run_telegram_bench():
        print(f"{name:<70} {value}")
