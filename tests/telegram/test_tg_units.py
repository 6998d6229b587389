"""Pure parts of the Telegram layer: HTML formatting and splitting, follow-ups, the flood gate."""

from __future__ import annotations

import re

import pytest
from tg_html import TelegramHTMLError, check_telegram_html, visible_text

from bot.engine import Answer, Choice, Engine
from bot.telegram.followup import ChatMemory, rewrite
from bot.telegram.formatting import (
    MESSAGE_LIMIT,
    answer_html,
    reply_html,
    source_html,
    split_html,
    utf16_len,
)
from bot.telegram.ratelimit import FloodGate, Verdict
from bot.telegram.services import ChoiceButtons
from knowledge import Citation

EVIL = "<b>bold</b> & <script>x</script> &amp; \"quoted\" 'single' </blockquote>"


def citation(quote: str, paragraph: int = 4) -> Citation:
    return Citation(
        article="a", paragraph=paragraph, sentence=1, start=0, end=len(quote), quote=quote
    )


# -- formatting ----------------------------------------------------------------------------------


def test_answer_escapes_answer_quote_and_title() -> None:
    answer = Answer("q", True, "1" + EVIL, 0.9, "a#s1", (citation("2" + EVIL),), ())
    text = answer_html(answer, {"a": "3" + EVIL})
    check_telegram_html(text)
    for n in "123":
        assert n + EVIL in visible_text(text)
    assert "paragraph 4" in text


def test_answer_that_is_the_quote_is_not_repeated() -> None:
    answer = Answer("q", True, "The sentence.", 0.9, "a#s1", (citation("The sentence."),), ())
    assert visible_text(answer_html(answer, {"a": "T"})).count("The sentence.") == 1


def test_did_you_mean_and_abstention_escape_labels() -> None:
    tied = Answer(
        "q",
        True,
        "An answer.",
        0.6,
        "a#s2",
        (citation("The sentence."),),
        (EVIL,),
        choices=(Choice("a#s1", EVIL),),
    )
    between = Answer("q", False, None, 0.6, None, (), (EVIL,), choices=(Choice("a#s1", EVIL),) * 2)
    abstained = Answer("q", False, None, 0.1, None, (), (EVIL,))
    replies = [reply_html(tied, {"a": "T"}, []), reply_html(between, {}, [])]
    for text in [*replies, reply_html(abstained, {}, [EVIL])]:
        check_telegram_html(text)
        assert EVIL in visible_text(text)


def test_source_lists_every_article(engine: Engine) -> None:
    text = source_html(pack.article for pack in engine.knowledge.packs)
    check_telegram_html(text)
    assert "2025-02-13" in text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("short <b>text</b>", id="short"),
        pytest.param("word " * 3000, id="plain-words"),
        pytest.param(
            "<blockquote>" + "quoted &amp; &lt;escaped&gt; " * 800 + "</blockquote>",
            id="one-long-quote",
        ),
        pytest.param(("<b>bold</b> line\n" * 400) + ("para\n\n" * 400), id="lines-and-paragraphs"),
        pytest.param("x" * 10_000, id="one-long-word"),
        pytest.param("🍎" * 5000, id="astral-emoji"),
        pytest.param("<i>" + "&amp;" * 3000 + "</i>", id="entities-inside-tags"),
        pytest.param('<a href="https://e.x/?a=1&amp;b=2">' + "link " * 1200 + "</a>", id="link"),
    ],
)
def test_split_never_exceeds_the_limit_nor_breaks_html(text: str) -> None:
    parts = split_html(text)
    for part in parts:
        assert utf16_len(part) <= MESSAGE_LIMIT
        check_telegram_html(part)
    # Nothing lost, nothing repeated (whitespace at the cuts aside).
    assert re.sub(r"\s+", "", "".join(map(visible_text, parts))) == re.sub(
        r"\s+", "", visible_text(text)
    )


def test_split_prefers_newlines() -> None:
    text = "\n".join(f"line {n} " + "word " * 10 for n in range(200))
    parts = split_html(text)
    assert len(parts) > 1
    assert all(part.rstrip().endswith("word") for part in parts)


def test_utf16_counts_astral_characters_twice() -> None:
    assert utf16_len("a🍎") == 3


def test_html_checker_catches_what_telegram_refuses() -> None:
    for bad in ["a < b", "<b>open", "<br/>", "&nbsp;", "<i>x</b>", "<div>x</div>", "a & b"]:
        with pytest.raises(TelegramHTMLError):
            check_telegram_html(bad)


# -- follow-ups ----------------------------------------------------------------------------------

PREVIOUS = "Why did Apple drop DeepSeek?"


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        pytest.param(
            "why?", "When did Apple pick Alibaba?", "Why did Apple pick Alibaba?", id="why"
        ),
        pytest.param("When?", PREVIOUS, "When did Apple drop DeepSeek?", id="when"),
        pytest.param("and when?", PREVIOUS, "When did Apple drop DeepSeek?", id="and-when"),
        pytest.param("how come", "Who did Apple pick?", "Why did Apple pick?", id="how-come"),
        pytest.param("why is that?", PREVIOUS, "Why did Apple drop DeepSeek?", id="why-is-that"),
        pytest.param(
            "how much?", "When did shares rise?", "How much did shares rise?", id="how-much"
        ),
        pytest.param("and Baidu?", PREVIOUS, "Why did Apple drop Baidu?", id="and-name"),
        pytest.param(
            "What about Tencent?", PREVIOUS, "Why did Apple drop Tencent?", id="what-about"
        ),
        pytest.param(
            "and Apple?",
            "How much did Alibaba's US stock jump?",
            "How much did Apple's US stock jump?",
            id="acronym-kept",
        ),
        pytest.param(
            "and downloads?",
            "How many models are there?",
            "How many models are there downloads?",
            id="no-name-appends",
        ),
        pytest.param(
            "why?",
            "Who did Apple choose as its AI partner in China?",
            "Why did Apple choose its AI partner in China?",
            id="argument-question-word-drops-its-as",
        ),
        pytest.param(
            "when?", "Who is Apple partnering with?", "When is Apple partnering?", id="stranded"
        ),
        pytest.param(
            "when?",
            "Which iOS version will bring the features?",
            "When will iOS version bring the features?",
            id="subject-question-with-a-modal",
        ),
        pytest.param(
            "how many downloads?",
            "How many models does ModelScope offer?",
            "How many downloads does ModelScope offer?",
            id="question-word-with-noun",
        ),
        pytest.param(
            "why?",
            "How many enterprises use Tongyi?",
            "Why enterprises use Tongyi?",
            id="subject-question-keeps-its-noun",
        ),
        pytest.param(
            "and Alibaba's?", "Who is Apple's CEO?", "Who is Alibaba's CEO?", id="owner-for-owner"
        ),
        pytest.param(
            "and Samsung?",
            "Who did Apple choose as its AI partner in China?",
            "Who did Samsung choose as its AI partner in China?",
            id="company-for-company-not-country",
        ),
        pytest.param(
            "and Japan?",
            "Who did Apple choose as its AI partner in China?",
            "Who did Apple choose as its AI partner in Japan?",
            id="country-for-country",
        ),
        pytest.param(
            "and in May?",
            "What happens in China in 2025?",
            "What happens in China in May?",
            id="phrase-for-phrase",
        ),
        pytest.param("Who is Tim Cook?", PREVIOUS, None, id="a-new-question"),
        pytest.param("and why did sales fall?", PREVIOUS, None, id="a-new-question-with-and"),
        pytest.param("and?", PREVIOUS, None, id="bare-and"),
        pytest.param("why?", None, None, id="nothing-before"),
        pytest.param("and " + "word " * 10, PREVIOUS, None, id="too-long-for-a-subject"),
    ],
)
def test_rewrite(question: str, previous: str | None, expected: str | None) -> None:
    assert rewrite(question, previous) == expected


def test_chat_memory_expires_and_is_bounded() -> None:
    answer = Answer("q", False, None, 0.0, None, (), ())
    memory = ChatMemory(ttl=10, max_chats=2)
    memory.remember(1, "q1", answer, now=0)
    assert memory.recent(1, now=10) is not None
    assert memory.recent(1, now=10.5) is None
    assert memory.last(1) is not None  # /why still explains it
    memory.remember(2, "q2", answer, now=1)
    memory.remember(3, "q3", answer, now=2)
    assert memory.last(1) is None
    assert len(memory) == 2


# -- the flood gate ------------------------------------------------------------------------------


def test_flood_gate_gives_one_notice_per_window() -> None:
    gate = FloodGate(limit=3, window=60)
    verdicts = [gate.check(1, now=float(t)) for t in range(6)]
    assert verdicts == [Verdict.ANSWER] * 3 + [Verdict.NOTIFY] + [Verdict.DROP] * 2
    assert gate.check(2, now=5) is Verdict.ANSWER  # another user is not affected
    assert gate.retry_in(1, now=30) == pytest.approx(30)
    assert gate.check(1, now=60) is Verdict.ANSWER  # a new window
    gate.check(3, now=200)
    assert len(gate) == 1  # old windows were swept out


# -- buttons -------------------------------------------------------------------------------------


def test_button_data_fits_64_bytes_and_maps_back(engine: Engine) -> None:
    buttons = ChoiceButtons.for_engine(engine)
    long_id = "an-article-with-a-very-long-identifier-" * 3 + "#s1"
    data = buttons.data(long_id)
    assert len(data.encode()) <= 64
    assert buttons.fact_id(data) == long_id
    assert buttons.fact_id("dym:forged") is None
    fact_id = engine.ask("Why did Apple drop DeepSeek?").fact_id
    assert fact_id is not None
    assert ChoiceButtons.for_engine(engine).fact_id(buttons.data(fact_id)) == fact_id
