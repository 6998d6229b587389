"""A question typed as code is read as its words; prose with dots and brackets is left alone."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine._code_query import as_prose


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("samsung.galaxy_s25.launch_date -> ?", "samsung galaxy s25 launch date?"),
        ("why(apple.drop(deepseek)) // root cause pls", "why apple drop deepseek root cause pls?"),
        (
            "SELECT COUNT(enterprises) FROM tongyi_api_users;",
            "how many enterprises of tongyi api users?",
        ),
        (
            "SELECT ai_partner FROM apple_deals WHERE market = 'China';",
            "what ai partner of apple deals in market China?",
        ),
        ("llama.derivative_models.count", "how many llama derivative models?"),
        ("qwen_2_5_max.param_count", "how many qwen 2.5 max param?"),
        ("ios_18_5.release_date(region='US')", "ios 18.5 release date region US?"),
        ("apple.pays(alibaba).amount_usd = ?", "apple pays alibaba amount usd?"),
        (
            "baidu_partnership.status == 'failed' -> reason?",
            "baidu partnership status failed reason?",
        ),
        ("apple.launchDate = ?", "apple launch Date?"),
        # Prose keeps its dots, brackets and capitals.
        ("Who did Apple pick in the U.S.?", "Who did Apple pick in the U.S.?"),
        ("Is Qwen 2.5-Max better than DeepSeek?", "Is Qwen 2.5-Max better than DeepSeek?"),
        ("What's (roughly) the cost of iOS 18.5?", "What's (roughly) the cost of iOS 18.5?"),
        ("Which partner(s) did Apple drop?", "Which partner(s) did Apple drop?"),
        ("Did the iPhone maker and ModelScope meet?", "Did the iPhone maker and ModelScope meet?"),
    ],
)
def test_a_question_typed_as_code_is_read_as_words(message: str, expected: str) -> None:
    assert as_prose(message) == expected


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("samsung.galaxy_s25.launch_date -> ?", 2),
        ("SELECT COUNT(enterprises) FROM tongyi_api_users;", 13),
        ("tongyi_qianwen.launch_year", 11),
    ],
)
def test_a_question_typed_as_code_is_answered(engine: Engine, question: str, sentence: int) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.citations[0].sentence == sentence
