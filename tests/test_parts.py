"""A message asking two things at once, cut into its questions and answered part by part."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine._engine import ASIDES_NOTE
from bot.engine._parts import question_parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("why not baidu and why not deepseek", ("why not baidu?", "why not deepseek?")),
        (
            "Two things: why did the Baidu deal end, and why was DeepSeek dropped?",
            ("why did the Baidu deal end?", "why was DeepSeek dropped?"),
        ),
        ("who reported it & when?", ("who reported it?", "when?")),
        # One question: a clause after "and when", two names joined, a statement.
        (
            "What happens before the foundation is dug and when a final inspection is passed?",
            ("What happens before the foundation is dug and when a final inspection is passed?",),
        ),
        ("why did apple and alibaba team up", ("why did apple and alibaba team up",)),
        ("Apple and Alibaba: what is the deal?", ("Apple and Alibaba: what is the deal?",)),
    ],
)
def test_question_parts(text: str, parts: tuple[str, ...]) -> None:
    assert question_parts(text) == parts


def test_two_questions_are_both_answered_in_order(engine: Engine) -> None:
    answer = engine.ask("why did baidu fail and why was deepseek dropped?")
    assert answer.answered
    assert [citation.sentence for citation in answer.citations[:2]] == [7, 9]
    assert answer.answer is not None and "Baidu" in answer.answer and "DeepSeek" in answer.answer


def test_a_part_the_article_does_not_answer_is_no_answer_but_the_other_is_offered(
    engine: Engine,
) -> None:
    answer = engine.ask("why did apple drop baidu and how much was the deal worth?")
    assert not answer.answered
    assert answer.suggestions[0] == "Why did the partnership with Baidu end?"


def test_a_part_that_points_back_is_not_asked_alone(engine: Engine) -> None:
    # "where did they come from?" says nothing without the first part (alone it is answered).
    assert engine.ask("where did they come from?").answered
    assert not engine.ask("who invented the telephone and where did they come from?").answered
    # "how did it score?" alone is answered with a sentence about scores; here "it" is a Tencent
    # model the article never names (a development set's question).
    assert not engine.ask("which Tencent model did apple test and how did it score").answered


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("Why did Apple stop working with Baidu? also what's a good lunchbox snack", 7),
        ("apple baidu primary partner? + best stain remover for grass", 6),
        (
            "Did anything happen to Alibaba's Hong Kong shares the day after? and remind me how "
            "many teaspoons in a tablespoon",
            22,
        ),
        ("apple fy2024 greater china revenue % - and screen time limits for 10yo", 17),
        # ...an aside with "it" in it, whose words are all its own
        (
            "who did Apple pick as its AI partner in China? Also is it normal for a 4 year old to "
            "refuse all vegetables?",
            3,
        ),
    ],
)
def test_an_aside_about_something_else_is_left_out(
    engine: Engine, message: str, sentence: int
) -> None:
    answer = engine.ask(message)
    assert answer.answered
    assert answer.citations[0].sentence == sentence
    assert answer.question == message


def test_the_asker_is_told_the_aside_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("apple baidu primary partner? + best stain remover for grass")
    assert answer.answer is not None and answer.answer.endswith(ASIDES_NOTE)


@pytest.mark.parametrize(
    "message",
    [
        # A follow-up that points back is no aside.
        "Our draft names the regulator reviewing the features. Which agency does the article say it is?",
        # A word or two of its own is no topic of its own ("like in rmb", "give an example").
        "galaxy s25 price in china tho?? like in rmb",
        "What is comparative advantage? Give an example.",
        # An abbreviation's stop ends no sentence.
        "what did alibaba's us stock do on feb. twelfth?",
        # What is left must ask: "AI this AI that." asks nothing.
        "yeah yeah AI this AI that. anyway who won the super bowl",
    ],
)
def test_what_is_no_aside_is_kept(engine: Engine, message: str) -> None:
    assert engine.ask(message).answered is False
