"""The console: commands, questions piped on stdin, one reply per line."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable

import pytest

from bot.console import HELP, run_console
from bot.engine import Engine

RunBot = Callable[..., subprocess.CompletedProcess[str]]
TITLE = "Major Announcement: Apple Shifts from DeepSeek to Alibaba for AI Collaboration"


def console(engine: Engine, text: str) -> list[str]:
    """The replies of a console session fed `text`, one block per reply."""
    out = io.StringIO()
    assert run_console(engine, io.StringIO(text), out) == 0
    return [block for block in out.getvalue().split("\n\n") if block.strip()]


def test_help(engine: Engine) -> None:
    assert console(engine, "/help\n") == [HELP]


def test_topics(engine: Engine) -> None:
    (reply,) = console(engine, "/topics\n")
    lines = reply.splitlines()
    assert (lines[0], lines[1:] == [f"  - {topic}" for topic in engine.topics()]) == (
        "The article covers:",
        True,
    )
    assert len(lines) > 1


def test_source(engine: Engine) -> None:
    (reply,) = console(engine, "/source\n")
    assert reply.splitlines()[0] == f"“{TITLE}”, 2025-02-13"


def test_question_gets_quote_and_place(engine: Engine) -> None:
    (reply,) = console(engine, "Why did Apple drop DeepSeek?\n")
    answer = engine.ask("Why did Apple drop DeepSeek?")
    citation = answer.citations[0]
    assert f"(paragraph {citation.paragraph}, sentence {citation.sentence} of “{TITLE}”)" in reply
    assert " ".join(citation.quote.split()) in " ".join(reply.replace("  > ", "").split())


def test_why_explains_the_last_answer(engine: Engine) -> None:
    replies = console(engine, "/why\nWhy did Apple drop DeepSeek?\n/why\n")
    fact_id = engine.ask("Why did Apple drop DeepSeek?").fact_id
    assert (replies[0], replies[2].splitlines()[0]) == (
        "Ask a question first.",
        f"matched fact: {fact_id}",
    )


def test_why_after_an_abstention(engine: Engine) -> None:
    replies = console(engine, "What is the capital of France?\n/why\n")
    assert (replies[0].splitlines()[0], replies[1].splitlines()[0]) == (
        "The article does not say.",
        "matched fact: (none)",
    )


def test_greeting_and_thanks_are_answered_in_kind(engine: Engine) -> None:
    replies = console(engine, "Good evening.\nthanks!\n")
    assert [reply.splitlines()[:2] for reply in replies] == [
        ["Hello! I answer questions about the article, quoting it.", "You could ask:"],
        ["You're welcome.", "You could ask:"],
    ]


@pytest.mark.parametrize(
    "command",
    [
        pytest.param("/quit", id="quit"),
        pytest.param("/exit", id="exit"),
        pytest.param("/q", id="q"),
        pytest.param("  /QUIT  ", id="upper-case-and-spaces"),
    ],
)
def test_quit_stops_reading(engine: Engine, command: str) -> None:
    assert console(engine, f"/help\n{command}\n/topics\nWhy did Apple drop DeepSeek?\n") == [HELP]


def test_unknown_command(engine: Engine) -> None:
    assert console(engine, "/frobnicate now\n") == [
        "Unknown command /frobnicate. Type /help for the commands."
    ]


def test_empty_lines_are_ignored(engine: Engine) -> None:
    assert console(engine, "\n   \n\t\n/help\n\n") == [HELP]


def test_end_of_input_without_newline(engine: Engine) -> None:
    (reply,) = console(engine, "Why did Apple drop DeepSeek?")
    assert "DeepSeek" in reply


def test_one_reply_per_question_in_order(engine: Engine) -> None:
    questions = [
        "Why did Apple drop DeepSeek?",
        "What is the capital of France?",
        "How much did the cost of Tongyi Qianwen API calls drop?",
    ]
    replies = console(engine, "".join(q + "\n" for q in questions))
    expected = [engine.ask(q).answered for q in questions]
    assert [not reply.startswith("The article does not say.") for reply in replies] == expected


def test_console_subprocess_with_piped_questions(run_bot: RunBot) -> None:
    result = run_bot(
        "console",
        stdin="/help\n\nWhy did Apple drop DeepSeek?\n/why\n/source\n/bogus\n/quit\n/help\n",
    )
    blocks = [block for block in result.stdout.split("\n\n") if block.strip()]
    assert (result.returncode, result.stderr) == (0, "")
    assert (
        blocks[0],
        "insufficient manpower" in blocks[1],
        blocks[2].startswith("matched fact: "),
        blocks[3].startswith(f"“{TITLE}”"),
        blocks[4],
        len(blocks),
    ) == (HELP, True, True, True, "Unknown command /bogus. Type /help for the commands.", 5)
