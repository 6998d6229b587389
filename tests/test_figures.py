"""Figures and days written other ways than the article writes them."""

from __future__ import annotations

import pytest

from bot.engine._figures import days_in_words, rounded_to_stated

STATED = frozenset({7.7, 97.0, 8.0, 80000.0, 2023.0, 11.0, 3.0})
NAMED = frozenset({(2, 11), (2, 12)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("down almost 8 percent?", "down 7.7 percent?"),
        ("nearly a hundred percent cheaper", "97 percent cheaper"),
        ("about 79,000 models", "80000 models"),
        ("~ 7.5%", "7.7%"),
        ("revenue fell 7,7%", "revenue fell 7.7%"),
        # Not rounding: no word says so, the nearest is on the wrong side, too far, or a year.
        ("did revenue fall 8%?", "did revenue fall 8%?"),
        ("just over 8%", "just over 8%"),
        ("almost 7.5%", "almost 7.5%"),
        ("about 10%", "about 10%"),
        ("around 2022", "around 2022"),
        ("80,000 models", "80,000 models"),
        # What is left, as a share of what it was, is the drop stated; not a drop not stated.
        ("it costs 3% of what it did a year ago?", "it costs down 97% in a year?"),
        ("3 percent of the old price", "down 97%"),
        ("it costs 5% of what it did", "it costs 5% of what it did"),
    ],
)
def test_a_rounded_figure_is_the_stated_one(text: str, expected: str) -> None:
    assert rounded_to_stated(text, STATED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what happened on 11.02.2025", "what happened on February 11 2025"),
        ("what happened on 2025-02-12", "what happened on February 12 2025"),
        ("what happened on 2/11", "what happened on February 11"),
        ("what happened on 11/2", "what happened on February 11"),
        ("what happened on 03.04.2025", "what happened on April 3 2025"),
        # Not a day: no year and none the article names, or a version and a figure.
        ("support 24/7", "support 24/7"),
        ("on 3/4", "on 3/4"),
        ("iOS 18.5 in May", "iOS 18.5 in May"),
    ],
)
def test_a_day_in_numbers_is_a_day(text: str, expected: str) -> None:
    assert days_in_words(text, NAMED) == expected


def test_the_articles_own_year_after_a_day_is_dropped() -> None:
    assert days_in_words("on February 11, 2025?", NAMED, {"2025"}) == "on February 11?"
    assert days_in_words("on 11 February 2024?", NAMED, {"2025"}) == "on 11 February 2024?"
