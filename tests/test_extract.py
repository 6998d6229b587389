"""Extraction: the names, numbers, percentages and dates a sentence states, and its keywords."""

from __future__ import annotations

import pytest

from knowledge import Entities
from knowledge._extract import capitalised_words, entities, keywords


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Its sales fell by 7.7% year-on-year, with a drop of 11% in the fourth quarter.",
            Entities(percentages=["7.7%", "11%"], dates=["the fourth quarter"]),
            id="percentages-and-quarter",
        ),
        pytest.param(
            "The cost dropped by 97 percent.",
            Entities(percentages=["97 percent"]),
            id="percent-as-word",
        ),
        pytest.param(
            "The margin grew by 4 percentage points last year.",
            Entities(percentages=["4 percentage points"], dates=["last year"]),
            id="percentage-points",
        ),
        pytest.param(
            "Over 300,000 enterprises use it, with 100 million downloads.",
            Entities(numbers=["300,000", "100 million"]),
            id="numbers-with-commas-and-scale",
        ),
        pytest.param(
            "The deal is worth $1,200,000 and 15,000 models.",
            Entities(numbers=["$1,200,000", "15,000"]),
            id="money",
        ),
        pytest.param(
            "On February 11, Samsung unveiled the Galaxy S25.",
            Entities(names=["Samsung", "Galaxy S25"], dates=["February 11"]),
            id="month-day",
        ),
        pytest.param(
            "The deal closed on 5 March 2024.",
            Entities(dates=["5 March 2024"]),
            id="day-month-year",
        ),
        pytest.param(
            "Its revenue fell for fiscal year 2024.",
            Entities(dates=["fiscal year 2024"]),
            id="fiscal-year",
        ),
        pytest.param(
            "It will be rolled out through iOS 18.5 in May this year.",
            Entities(names=["iOS 18.5"], numbers=["18.5"], dates=["May this year"]),
            id="may-this-year",
        ),
        pytest.param(
            "The Bank of England raised rates in early March 2022.",
            Entities(names=["Bank of England"], dates=["early March 2022"]),
            id="name-with-of-and-early-month",
        ),
        pytest.param(
            "Since 2023, Apple has been testing models.",
            Entities(names=["Apple"], dates=["2023"]),
            id="year",
        ),
        pytest.param(
            "In 2023 Apple grew.",
            Entities(names=["Apple"], dates=["2023"]),
            id="year-not-glued-to-name",
        ),
        pytest.param(
            "Tim Cook acknowledged the decline.",
            Entities(names=["Tim Cook"]),
            id="person",
        ),
        pytest.param(
            "Samsung partnered with China's Wisdom Spectrum AI.",
            Entities(names=["Samsung", "China", "Wisdom Spectrum AI"]),
            id="possessive-splits-names",
        ),
        pytest.param(
            "Apple evaluated Tencent, ByteDance, Alibaba and DeepSeek.",
            Entities(names=["Apple", "Tencent", "ByteDance", "Alibaba", "DeepSeek"]),
            id="camel-case-names",
        ),
        pytest.param(
            "The flagship model Qwen 2.5-Max excelled.",
            Entities(names=["Qwen 2.5-Max"], numbers=["2.5"]),
            id="model-version",
        ),
        pytest.param(
            "However, the collaboration could not be sustained.",
            Entities(),
            id="capitalised-stop-word-is-not-a-name",
        ),
        pytest.param(
            "Three companies bid.",
            Entities(numbers=["Three"]),
            id="number-word-is-not-a-name",
        ),
    ],
)
def test_entities(sentence: str, expected: Entities) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Apple's revenue in Greater China fell by 7.7%.",
            ["apple", "revenue", "greater", "china", "fell", "7.7%"],
            id="possessive-and-percent",
        ),
        pytest.param(
            "The U.S. shares surged, and the shares rose again.",
            ["u.s.", "shares", "surged", "rose"],
            id="abbreviation-and-repeats",
        ),
        pytest.param("It is what it is.", [], id="only-stop-words"),
    ],
)
def test_keywords(sentence: str, expected: list[str]) -> None:
    assert keywords(sentence) == expected


def test_extraction_is_deterministic() -> None:
    sentence = "On February 11, Alibaba's US stock price jumped by up to 3%."
    assert [entities(sentence) for _ in range(3)] == [entities(sentence)] * 3


ARTICLE_SENTENCES = [
    "Many analysts expected Apple to choose Baidu.",
    "Apple picked Alibaba instead.",
    "Several companies were evaluated.",
    "Baidu said nothing.",
    "Tencent was among them, as was Huawei.",
]


def test_capitalised_words_skip_sentence_openers() -> None:
    assert capitalised_words(ARTICLE_SENTENCES) == {"Apple", "Baidu", "Alibaba", "Huawei"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        pytest.param(
            "Many analysts expected Apple to choose Baidu.",
            ["Apple", "Baidu"],
            id="everyday-opener",
        ),
        pytest.param(
            "Apple picked Alibaba instead.", ["Apple", "Alibaba"], id="name-used-elsewhere"
        ),
        pytest.param(
            "Tencent was among them, as was Huawei.", ["Tencent", "Huawei"], id="rare-opener"
        ),
        pytest.param("Several companies were evaluated.", [], id="quantifier-opener"),
    ],
)
def test_sentence_openers_are_names_only_if_the_article_says_so(
    sentence: str, names: list[str]
) -> None:
    known = capitalised_words(ARTICLE_SENTENCES)
    assert entities(sentence, known).names == names


def test_only_the_first_word_of_a_sentence_is_an_opener() -> None:
    # "Many" opens the sentence and goes; "Chinese" after it is a name as written.
    assert entities("Many Chinese companies tested it.", {"Apple"}).names == ["Chinese"]


def test_one_is_not_a_number() -> None:
    assert entities("At one point, it chose Baidu as its primary partner.").numbers == []
    assert entities("Two companies and 300,000 enterprises.").numbers == ["Two", "300,000"]


def test_without_the_article_an_opener_is_taken_as_written() -> None:
    assert entities("Many analysts expected Apple to choose Baidu.").names == [
        "Many",
        "Apple",
        "Baidu",
    ]


def test_a_brand_written_in_lower_case_beside_names_is_a_name() -> None:
    from knowledge._extract import entities

    found = entities("Apple faced stiff competition from brands like Huawei and vivo in China.")
    assert "vivo" in found.names
    # ...but not an everyday word: "smartphone makers" names nobody.
    assert entities("Apple and smartphone makers in China.").names == ["Apple", "China"]
