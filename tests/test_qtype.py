"""What a question demands of a fact beyond its words: a count, a calendar date, its year."""

import pytest

from bot.engine._qtype import demand_fit, evidence, other_year
from knowledge._extract import entities


def stated(sentence: str):  # type: ignore[no-untyped-def]
    return evidence(sentence, entities(sentence))


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        ("how many enterprises use it", "with over 300,000 enterprises utilizing it", True),
        ("how many iphones did apple sell", "revenue fell by 7.7% for fiscal year 2024", False),
        ("how many features will ship with ios 18.5", "through iOS 18.5 in May", False),
        (
            "how many units of the galaxy s25",
            "On February 11, Samsung unveiled the Galaxy S25",
            False,
        ),
        ("in what year did it launch", "In 2023, Alibaba launched Tongyi Qianwen", True),
        (
            "in what year did apple drop baidu",
            "Subsequently, Apple evaluated several partners",
            False,
        ),
        ("when exactly did it happen", "Subsequently, Apple evaluated several partners", False),
        ("when did apple evaluate others", "Subsequently, Apple evaluated several partners", True),
    ],
)
def test_demand_fit(question: str, sentence: str, fits: bool) -> None:
    assert (demand_fit(question, stated(sentence)) == 1.0) is fits


def test_other_year() -> None:
    found = stated("Revenue fell for fiscal year 2024.")
    assert other_year("how much did revenue fall in 2023", found)
    assert not other_year("how much did revenue fall in 2024", found)
    assert not other_year("how much did revenue fall", found)
    assert not other_year("what happened in 2023", stated("Revenue fell."))
