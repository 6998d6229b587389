"""Handlers without sockets: updates go straight into the Application, calls to a local stand-in."""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

import pytest
from telegram.ext import Application
from tg_html import visible_text
from tg_support import deliver

from bot.engine import Answer, Choice, Engine
from bot.telegram.handlers import SORRY
from bot.telegram.services import Services, services
from bot.telegram.standin import StandinBotApi
from knowledge import Citation

App = Application  # type: ignore[type-arg]

DEEPSEEK = "Why did Apple drop DeepSeek?"
OFF_TOPIC = "What is the capital of France?"


def texts(api: StandinBotApi, chat_id: int) -> list[str]:
    return [call.params["text"] for call in api.sent_to(chat_id)]


def svc(app: App) -> Services:
    return services(app)  # type: ignore[arg-type]  # bot_data is what services() reads


async def test_start_registers_commands_for_private_and_group_scopes(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    scopes = {
        call.json("scope")["type"]: [c["command"] for c in call.json("commands")]
        for call in offline_api.calls_to("setMyCommands")
    }
    assert scopes == {
        "all_private_chats": ["start", "help", "topics", "source", "why", "ask"],
        "all_group_chats": ["ask", "help", "topics", "source"],
    }


async def test_private_question_gets_a_cited_threaded_answer(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    asked = offline_api.message(offline_api.private_chat(42), DEEPSEEK)
    await deliver(offline_app, offline_api)
    [call] = offline_api.sent_to(42)
    assert call.params["parse_mode"] == "HTML"
    assert call.json("reply_parameters")["message_id"] == asked["message_id"]
    assert "<blockquote>" in call.params["text"]
    assert "insufficient manpower" in call.params["text"]
    assert "paragraph " in call.params["text"]
    assert "Apple Shifts from DeepSeek to Alibaba" in call.params["text"]


async def test_off_topic_question_abstains_and_suggests(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    offline_api.message(offline_api.private_chat(42), OFF_TOPIC)
    await deliver(offline_app, offline_api)
    [text] = texts(offline_api, 42)
    assert text.startswith("The article does not say.")
    assert "It covers:" in text
    assert "<blockquote>" not in text


async def test_greeting_is_answered_in_kind(offline_app: App, offline_api: StandinBotApi) -> None:
    offline_api.message(offline_api.private_chat(42), "Good evening!")
    await deliver(offline_app, offline_api)
    [text] = texts(offline_api, 42)
    assert text.startswith("Hello! 👋")
    assert "It covers:" in text
    assert "does not say" not in text


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        pytest.param("/start", "For example:", id="start"),
        pytest.param("/help", "/topics", id="help"),
        pytest.param("/topics", "The article covers:", id="topics"),
        pytest.param("/source", "Apple Shifts from DeepSeek to Alibaba", id="source"),
        pytest.param("/why", "Ask me something first", id="why-before-asking"),
        pytest.param("/ask", "Usage: /ask", id="ask-without-question"),
        pytest.param("/frobnicate", "I do not know that command", id="unknown-command"),
    ],
)
async def test_commands_in_a_private_chat(
    offline_app: App, offline_api: StandinBotApi, command: str, expected: str
) -> None:
    offline_api.message(offline_api.private_chat(7), command)
    await deliver(offline_app, offline_api)
    [text] = texts(offline_api, 7)
    assert expected in visible_text(text)


async def test_start_offers_three_example_questions(
    offline_app: App, offline_api: StandinBotApi, engine: Engine
) -> None:
    offline_api.message(offline_api.private_chat(7), "/start")
    await deliver(offline_app, offline_api)
    [text] = texts(offline_api, 7)
    examples = engine.example_questions(3)
    assert len(examples) == 3
    for example in examples:
        assert example in visible_text(text)


async def test_why_explains_the_last_answer(offline_app: App, offline_api: StandinBotApi) -> None:
    chat = offline_api.private_chat(7)
    offline_api.message(chat, DEEPSEEK)
    offline_api.message(chat, "/why")
    await deliver(offline_app, offline_api)
    why = visible_text(texts(offline_api, 7)[-1])
    assert "matched fact:" in why
    assert "runner-up" in why


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        pytest.param("/ask@ArticleQABot " + DEEPSEEK, True, id="ask-at-this-bot"),
        pytest.param("/ask " + DEEPSEEK, True, id="ask-bare"),
        pytest.param("/ask@OtherBot " + DEEPSEEK, False, id="ask-at-other-bot"),
        pytest.param(DEEPSEEK, False, id="chatter"),
        pytest.param("@ArticleQABot " + DEEPSEEK, True, id="mention"),
        pytest.param("hey @ArticleQABot, " + DEEPSEEK, True, id="mention-inside"),
        pytest.param("@SomeoneElse " + DEEPSEEK, False, id="other-mention"),
    ],
)
async def test_group_messages(
    offline_app: App, offline_api: StandinBotApi, text: str, answered: bool
) -> None:
    offline_api.message(offline_api.group_chat(-100123), text)
    await deliver(offline_app, offline_api)
    sent = texts(offline_api, -100123)
    if answered:
        assert len(sent) == 1
        assert "insufficient manpower" in sent[0]
    else:
        assert sent == []


async def test_group_reply_to_the_bot_is_a_question(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    group = offline_api.group_chat(-100123)
    offline_api.message(group, "/ask What is the capital of France?")
    await deliver(offline_app, offline_api)
    bot_message = offline_api.message_object(offline_api.sent_to(-100123)[0])
    offline_api.message(group, DEEPSEEK, reply_to=bot_message)
    # A reply to another person is chatter.
    offline_api.message(group, DEEPSEEK, reply_to={**bot_message, "from": offline_api.user(5)})
    await deliver(offline_app, offline_api)
    sent = texts(offline_api, -100123)
    assert len(sent) == 2
    assert "insufficient manpower" in sent[1]


async def test_follow_up_is_read_against_the_previous_question(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    chat = offline_api.private_chat(9)
    offline_api.message(chat, DEEPSEEK)
    offline_api.message(chat, "and Baidu?")
    await deliver(offline_app, offline_api)
    follow_up = visible_text(texts(offline_api, 9)[1])
    assert "Reading that as: Why did Apple drop Baidu?" in follow_up
    assert "Baidu" in follow_up.split("The article says:")[-1]


async def test_follow_up_uses_the_articles_names_and_the_reading_the_engine_answers(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    chat = offline_api.private_chat(9)
    offline_api.message(chat, "Who did Apple choose as its AI partner in China?")
    offline_api.message(chat, "what about samsung?")  # lower case: known from the article
    offline_api.message(chat, "why?")  # read against the follow-up as spelled out
    await deliver(offline_app, offline_api)
    _, samsung, why = (visible_text(text) for text in texts(offline_api, 9))
    assert "Reading that as: Who did Samsung choose as its AI partner in China?" in samsung
    assert "Wisdom Spectrum AI" in samsung
    assert "Reading that as: Why did Samsung choose its AI partner in China?" in why


async def test_follow_up_context_is_per_chat(offline_app: App, offline_api: StandinBotApi) -> None:
    offline_api.message(offline_api.private_chat(9), DEEPSEEK)
    offline_api.message(offline_api.private_chat(10), "why?")
    await deliver(offline_app, offline_api)
    assert "Reading that as" not in texts(offline_api, 10)[0]


async def test_follow_up_context_expires(offline_app: App, offline_api: StandinBotApi) -> None:
    now = [1000.0]
    svc(offline_app).clock = lambda: now[0]
    offline_api.message(offline_api.private_chat(9), DEEPSEEK)
    await deliver(offline_app, offline_api)
    now[0] += svc(offline_app).memory.ttl + 1
    offline_api.message(offline_api.private_chat(9), "why?")
    await deliver(offline_app, offline_api)
    assert "Reading that as" not in texts(offline_api, 9)[1]


@pytest.mark.settings(user_questions_per_window=3, user_window_seconds=60)
async def test_flood_gets_one_notice_per_window(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    now = [0.0]
    svc(offline_app).clock = lambda: now[0]
    chat = offline_api.private_chat(11)
    for _ in range(8):
        offline_api.message(chat, DEEPSEEK)
    await deliver(offline_app, offline_api)
    sent = [visible_text(text) for text in texts(offline_api, 11)]
    assert len(sent) == 4
    assert "faster than I can keep up" in sent[3]
    now[0] += 61
    offline_api.message(chat, DEEPSEEK)
    await deliver(offline_app, offline_api)
    assert "insufficient manpower" in texts(offline_api, 11)[-1]


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("x" * 10_000, id="10000-characters"),
        pytest.param("Why did Apple drop DeepSeek? " * 300, id="long-repeated"),
        pytest.param("🍎🍎 Why did 🍏 Apple drop DeepSeek? 🤔", id="emoji"),
        pytest.param("\u200fWhy did Apple drop \u202eDeepSeek?\u202c", id="rtl-marks"),
        pytest.param("Why\x00 did\x07 Apple\x1b drop DeepSeek?", id="control-characters"),
        pytest.param("<b>Why</b> did <script>Apple</script> drop & DeepSeek? </i>", id="html"),
        pytest.param("&lt;&amp;&gt; &nbsp; &#0; <<<>>>", id="entities"),
        pytest.param("مرحبا، لماذا تخلت آبل عن DeepSeek؟", id="arabic"),
        pytest.param("   \u3000 \t ", id="only-whitespace"),
        pytest.param("?!.", id="only-punctuation"),
    ],
)
async def test_odd_input_is_answered_or_refused_never_a_crash(
    offline_app: App, offline_api: StandinBotApi, question: str, caplog: pytest.LogCaptureFixture
) -> None:
    offline_api.message(offline_api.private_chat(12), question)
    with caplog.at_level(logging.ERROR):
        await deliver(offline_app, offline_api)
    sent = texts(offline_api, 12)
    assert len(sent) == 1
    assert SORRY not in sent[0]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


class TiedEngine:
    """The real engine, except that every question is a near tie between the given facts: the
    first answers and the others are offered beside it (`answered`), or all are offered in its
    place (as between plain sentences)."""

    def __init__(self, engine: Engine, fact_ids: list[str], *, answered: bool = False) -> None:
        self._engine = engine
        self._fact_ids = fact_ids
        self._answered = answered

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def ask(self, question: str) -> Answer:
        offered = self._fact_ids[1:] if self._answered else self._fact_ids
        choices = tuple(Choice(f, self._engine.answer_fact(f).question) for f in offered)
        if self._answered:
            answer = self._engine.answer_fact(self._fact_ids[0], question)
        else:
            answer = Answer(question, False, None, 0.6, None, (), ())
        return dataclasses.replace(
            answer, suggestions=tuple(choice.label for choice in choices), choices=choices
        )


@pytest.mark.parametrize(
    ("answered", "shown", "buttons_shown"),
    [
        pytest.param(True, ["February 11", "did you mean"], 1, id="answer-and-offer"),
        pytest.param(False, ["Did you mean one of these?"], 2, id="choose-between"),
    ],
)
async def test_did_you_mean_buttons_answer_when_pressed(
    offline_app: App,
    offline_api: StandinBotApi,
    engine: Engine,
    answered: bool,
    shown: list[str],
    buttons_shown: int,
) -> None:
    deepseek = engine.ask(DEEPSEEK).fact_id
    other = engine.ask("When did Samsung unveil the Galaxy S25?").fact_id
    assert deepseek and other and deepseek != other
    tied = TiedEngine(engine, [other, deepseek], answered=answered)
    svc(offline_app).engine = tied  # type: ignore[assignment]
    offline_api.message(offline_api.private_chat(13), "Apple and partners?")
    await deliver(offline_app, offline_api)
    [question] = offline_api.sent_to(13)
    assert [text in question.params["text"] for text in shown] == [True] * len(shown)
    buttons = [row[0] for row in question.json("reply_markup")["inline_keyboard"]]
    assert len(buttons) == buttons_shown
    assert all(len(button["callback_data"].encode()) <= 64 for button in buttons)
    offline_api.press(question, buttons[-1]["callback_data"])  # DeepSeek's, either way
    await deliver(offline_app, offline_api)
    [edit] = offline_api.calls_to("editMessageText")
    assert edit.params["message_id"] == str(question.result["message_id"])
    assert "insufficient manpower" in edit.params["text"]
    assert "reply_markup" not in edit.params  # the buttons go away
    assert len(offline_api.calls_to("answerCallbackQuery")) == 1


async def test_forged_button_data_is_refused_kindly(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    offline_api.message(offline_api.private_chat(13), DEEPSEEK)
    await deliver(offline_app, offline_api)
    offline_api.press(offline_api.sent_to(13)[0], "dym:not-a-fact")
    await deliver(offline_app, offline_api)
    [answer] = offline_api.calls_to("answerCallbackQuery")
    assert "out of date" in answer.params["text"]
    assert offline_api.calls_to("editMessageText") == []


async def test_inline_query_offers_the_cited_answer(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    offline_api.inline("why did apple drop deepseek <&>")
    await deliver(offline_app, offline_api)
    [call] = offline_api.calls_to("answerInlineQuery")
    [result] = call.json("results")
    text = result["input_message_content"]["message_text"]
    assert "insufficient manpower" in text
    assert "&lt;&amp;&gt;" in text
    assert len(result["id"].encode()) <= 64


async def test_empty_inline_query_offers_examples(
    offline_app: App, offline_api: StandinBotApi
) -> None:
    offline_api.inline("")
    await deliver(offline_app, offline_api)
    [call] = offline_api.calls_to("answerInlineQuery")
    assert 1 <= len(call.json("results")) <= 3


async def test_a_failing_handler_apologises_and_the_bot_keeps_going(
    offline_app: App,
    offline_api: StandinBotApi,
    engine: Engine,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Broken(TiedEngine):
        def ask(self, question: str) -> Answer:
            raise RuntimeError("engine exploded")

    svc(offline_app).engine = Broken(engine, [])  # type: ignore[assignment]
    offline_api.message(offline_api.private_chat(14), DEEPSEEK)
    with caplog.at_level(logging.ERROR):
        await deliver(offline_app, offline_api)
    assert texts(offline_api, 14) == [SORRY]
    assert any("engine exploded" in (r.exc_text or str(r.exc_info)) for r in caplog.records)
    svc(offline_app).engine = engine
    offline_api.message(offline_api.private_chat(14), DEEPSEEK)
    await deliver(offline_app, offline_api)
    assert "insufficient manpower" in texts(offline_api, 14)[-1]


async def test_a_long_answer_is_split_into_valid_messages(
    offline_app: App, offline_api: StandinBotApi, engine: Engine
) -> None:
    quote = " ".join(f"word{n} <&>" for n in range(1500))
    citation = Citation(article="a", paragraph=3, sentence=1, start=0, end=len(quote), quote=quote)

    class Verbose(TiedEngine):
        def ask(self, question: str) -> Answer:
            return Answer(question, True, "short", 1.0, "a#s1", (citation,) * 3, ())

    svc(offline_app).engine = Verbose(engine, [])  # type: ignore[assignment]
    offline_api.message(offline_api.private_chat(15), DEEPSEEK)
    await deliver(offline_app, offline_api)
    sent = offline_api.sent_to(15)
    assert len(sent) >= 3
    assert visible_text("".join(c.params["text"] for c in sent)).count("word1499 <&>") == 3
    # Every part is threaded to the question.
    assert {json.dumps(c.json("reply_parameters")) for c in sent} == {
        json.dumps(sent[0].json("reply_parameters"))
    }
