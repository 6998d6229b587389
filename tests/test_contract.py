"""The `ask --json` contract our acceptance checks use: one JSON object per input line, in order."""

from __future__ import annotations

import json
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import knowledge
from bot.cli import main

RunBot = Callable[..., subprocess.CompletedProcess[str]]

KEYS = ["question", "answered", "answer", "confidence", "fact_id", "citations", "suggestions"]
CITATION_KEYS = ["article", "paragraph", "sentence", "start", "end", "quote"]

# Every kind of line a person (or a fuzzer) may send; each gets exactly one reply.
LINES = [
    "Why did Apple drop DeepSeek?",
    "",
    "How much did the cost of Tongyi Qianwen API calls drop?",
    "What is the capital of France?",
    "x" * 10_000,
    "Who " * 2_500,
    "🙂🙂🙂",
    "When will the features reach users? 🙂",
    "<b>Who</b> did <i>Apple</i> choose in China?<script>alert(1)</script>",
    "\u200fWhich company did Apple pick as its AI partner in China?\u200e",
    "\u202bما هي الشركة التي اختارتها أبل؟\u202c",
    "Who\x00 did\x07 Apple\x1b choose?\x7f",
    "   ",
    "What did Tim Cook say about AI features?",
    "How much did Apple's revenue in Greater China fall?",
    "What did Baidu's CEO say?",
    "apple alibaba",
    "?",
    "How many enterprises use Tongyi Qianwen?\r",
]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Article id -> article text, read the way the bot reads it."""
    return {pack.article.id: pack.text for pack in knowledge.load_knowledge().packs}


INVALID_UTF8 = b"Who did Apple \xff\xfe choose?"


def ask_json(env: dict[str, str], cwd: Path, data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=data,
        capture_output=True,
        timeout=60,
        env=env,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def run(
    bot_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> subprocess.CompletedProcess[bytes]:
    """One `ask --json` run over all of LINES and then one line of invalid UTF-8."""
    data = "".join(line + "\n" for line in LINES).encode("utf-8") + INVALID_UTF8 + b"\n"
    return ask_json(bot_env, tmp_path_factory.mktemp("cwd"), data)


@pytest.fixture(scope="module")
def replies(run: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]


def check_reply(reply: dict[str, Any], texts: dict[str, str]) -> None:
    """Assert the shape and the promises of one reply."""
    assert list(reply) == KEYS
    assert (
        type(reply["question"]),
        type(reply["answered"]),
        type(reply["confidence"]),
        type(reply["citations"]),
        type(reply["suggestions"]),
    ) == (str, bool, float, list, list)
    assert 0.0 <= reply["confidence"] <= 1.0
    assert all(type(s) is str and s for s in reply["suggestions"])
    if reply["answered"]:
        assert (type(reply["answer"]), type(reply["fact_id"]), bool(reply["citations"])) == (
            str,
            str,
            True,
        )
    else:
        # An abstention cites nothing and says what can be asked instead.
        assert (reply["answer"], reply["fact_id"], reply["citations"]) == (None, None, [])
        assert reply["suggestions"] != []
    for citation in reply["citations"]:
        assert list(citation) == CITATION_KEYS
        assert [type(citation[key]) for key in CITATION_KEYS] == [str, int, int, int, int, str]
        text = texts[citation["article"]]
        assert text[citation["start"] : citation["end"]] == citation["quote"]
        # A sentence or two, never a whole paragraph (or the article).
        assert (citation["paragraph"] >= 1, citation["sentence"] >= 1) == (True, True)
        assert len(citation["quote"]) < 600


def test_one_json_object_per_line_in_order(
    run: subprocess.CompletedProcess[bytes], replies: list[dict[str, Any]]
) -> None:
    assert (run.returncode, run.stderr) == (0, b"")
    assert run.stdout.endswith(b"\n")
    questions = [line.removesuffix("\r") for line in LINES]
    assert [reply["question"] for reply in replies[:-1]] == questions
    assert len(replies) == len(LINES) + 1


def test_invalid_utf8_is_replaced_not_fatal(replies: list[dict[str, Any]]) -> None:
    assert replies[-1]["question"] == "Who did Apple \ufffd\ufffd choose?"


@pytest.mark.parametrize("index", range(len(LINES) + 1))
def test_reply_keeps_the_contract(
    replies: list[dict[str, Any]], texts: dict[str, str], index: int
) -> None:
    check_reply(replies[index], texts)


@pytest.mark.parametrize(
    ("line", "answered"),
    [
        pytest.param("Why did Apple drop DeepSeek?", True, id="answerable"),
        pytest.param("", False, id="empty"),
        pytest.param("What is the capital of France?", False, id="off-topic"),
        pytest.param("x" * 10_000, False, id="10000-chars"),
        pytest.param("🙂🙂🙂", False, id="emoji"),
        pytest.param("   ", False, id="blank"),
        pytest.param("?", False, id="punctuation"),
        pytest.param("What did Baidu's CEO say?", False, id="near-miss"),
        pytest.param(
            "How much did Apple's revenue in Greater China fall?", True, id="answerable-possessive"
        ),
    ],
)
def test_answered_or_abstained(replies: list[dict[str, Any]], line: str, answered: bool) -> None:
    reply = replies[LINES.index(line)]
    assert reply["answered"] == answered


def test_output_is_flushed_per_line(bot_env: dict[str, str], tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=bot_env,
        cwd=tmp_path,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        lines = []
        for question in ["Why did Apple drop DeepSeek?", "What is the capital of France?"]:
            process.stdin.write(question.encode("utf-8") + b"\n")
            process.stdin.flush()
            # The reply must come while stdin is still open: wait for it, but not forever.
            ready, _, _ = select.select([process.stdout], [], [], 30)
            assert ready == [process.stdout]
            lines.append(json.loads(process.stdout.readline()))
        process.stdin.close()
        assert (process.wait(timeout=30), process.stdout.read()) == (0, b"")
    finally:
        process.kill()
        process.wait()
    assert [(reply["question"], reply["answered"]) for reply in lines] == [
        ("Why did Apple drop DeepSeek?", True),
        ("What is the capital of France?", False),
    ]


def test_ask_with_a_question_prints_the_human_form(run_bot: RunBot, texts: dict[str, str]) -> None:
    result = run_bot("ask", "Why did Apple drop DeepSeek?")
    title = knowledge.load_knowledge().packs[0].article.title
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.count("  > “") == 1
    assert f"of “{title}”)" in result.stdout
    assert "DeepSeek due to the team's insufficient" in " ".join(result.stdout.split())


def test_ask_human_form_abstains_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "What", "is", "the", "capital", "of", "France?"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert (code, lines[0], lines[1]) == (
        0,
        "The article does not say.",
        "It does answer, for instance:",
    )
    assert [line.startswith("  - ") for line in lines[2:] if line] == [True] * len(
        [line for line in lines[2:] if line]
    )


def test_ask_json_with_explain_adds_only_the_explanation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["ask", "--json", "--explain", "Why did Apple drop DeepSeek?"])
    reply = json.loads(capsys.readouterr().out)
    assert (code, list(reply)) == (0, [*KEYS, "explanation"])
    assert reply["explanation"][0] == f"matched fact: {reply['fact_id']}"


def test_ask_human_form_with_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "--explain", "Why did Apple drop DeepSeek?"])
    out = capsys.readouterr().out
    assert (code, "matched fact: " in out, "runner-up: " in out) == (0, True, True)
