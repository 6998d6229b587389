"""Segmentation: title, dateline, paragraphs and sentences, with offsets that slice the text."""

from __future__ import annotations

import hashlib
import itertools
import json

import pytest

import knowledge
from knowledge._segment import Layout, parse_dateline, segment

PACK = knowledge.DEFAULT_PACK
ARTICLE = PACK / "apple-alibaba-2025-02-13.txt"
# The sha256 of ../shared/article/apple-alibaba-2025-02-13.txt: the shipped copy is that file.
ARTICLE_SHA256 = "dcb6c84c45d8fa820d2ab61abadfdc249196aad677e9662176b7ad62a2692fd8"
TITLE = "Major Announcement: Apple Shifts from DeepSeek to Alibaba for AI Collaboration"


@pytest.fixture(scope="module")
def text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def layout(text: str) -> Layout:
    return segment(text)


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).sentences]


# -- the shipped article -------------------------------------------------------------------------


def test_shipped_article_is_the_original_byte_for_byte() -> None:
    recorded = json.loads((PACK / knowledge.FACTS_FILE).read_text(encoding="utf-8"))["article"]
    actual = hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert (actual, recorded["sha256"], recorded["file"]) == (
        ARTICLE_SHA256,
        ARTICLE_SHA256,
        ARTICLE.name,
    )


def test_shipped_article_metadata(text: str, layout: Layout) -> None:
    first_line = text.splitlines()[0]
    assert (layout.title, layout.date, layout.views) == (first_line, "2025-02-13", 447)
    assert layout.title == TITLE
    assert text[layout.title_start : layout.title_end] == TITLE


def test_dateline_is_not_a_paragraph(text: str, layout: Layout) -> None:
    assert layout.dateline is not None
    assert text[layout.dateline.start : layout.dateline.end] == "02/13 2025 447"
    assert all(p.start >= layout.dateline.end for p in layout.paragraphs)
    assert all("02/13 2025" not in text[s.start : s.end] for s in layout.sentences)


def test_copyright_notice_is_boilerplate_without_facts(text: str, layout: Layout) -> None:
    last = layout.paragraphs[-1]
    assert (last.kind, text[last.start : last.end].startswith("Solemnly declare")) == (
        "boilerplate",
        True,
    )
    assert [p.kind for p in layout.paragraphs[:-1]] == ["content"] * 12
    assert all(s.paragraph != last.number for s in layout.sentences)
    assert all("copyright" not in text[s.start : s.end] for s in layout.sentences)


def test_shipped_article_has_25_numbered_sentences(layout: Layout) -> None:
    assert [s.number for s in layout.sentences] == list(range(1, 26))
    assert [p.number for p in layout.paragraphs] == list(range(1, 14))


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param(
            1,
            "Apple has chosen to collaborate with Alibaba to enhance AI features specifically "
            "tailored for Chinese iPhone users.",
            id="first",
        ),
        pytest.param(
            7,
            'However, due to Baidu\'s slow progress in developing models for "Apple Intelligence," '
            "the collaboration could not be sustained.",
            id="quoted-name-with-comma-inside",
        ),
        pytest.param(
            12,
            "After continuous iterations, the flagship model Qwen 2.5-Max has excelled in "
            "multiple international benchmarks, demonstrating comprehensive capabilities "
            "comparable to or even surpassing some of the top global models.",
            id="qwen-2.5-max",
        ),
        pytest.param(
            15,
            'Alibaba\'s AI model community, "ModelScope," offers over 15,000 high-quality '
            "models with over 100 million downloads.",
            id="quoted-modelscope",
        ),
        pytest.param(
            17,
            "The latest financial report reveals that Apple's revenue in Greater China fell by "
            "7.7% year-on-year for fiscal year 2024, with an even steeper drop of 11% in the "
            "fourth quarter.",
            id="decimal-percent",
        ),
        pytest.param(
            21,
            "On February 11, Alibaba's US stock price jumped by up to 3%, and Apple's stock price "
            "also rose by 1.5% simultaneously.",
            id="two-percentages",
        ),
        pytest.param(
            25,
            "If approved, the feature is anticipated to be rolled out to Chinese users through "
            "iOS 18.5 in May this year.",
            id="ios-18.5-last",
        ),
    ],
)
def test_shipped_sentences_are_intact(
    text: str, layout: Layout, number: int, expected: str
) -> None:
    sentence = layout.sentences[number - 1]
    assert text[sentence.start : sentence.end] == expected


def test_shipped_sentences_lie_inside_their_paragraphs(layout: Layout) -> None:
    paragraphs = {p.number: p for p in layout.paragraphs}
    outside = [
        s.number
        for s in layout.sentences
        if not paragraphs[s.paragraph].start <= s.start < s.end <= paragraphs[s.paragraph].end
    ]
    assert outside == []


# -- small made-up articles ----------------------------------------------------------------------

SMALL = [
    pytest.param(
        "Title\n\nThe U.S. economy grew last year. It was the best year since 2015.\n",
        "Title",
        ["The U.S. economy grew last year.", "It was the best year since 2015."],
        id="us-abbreviation",
    ),
    pytest.param(
        "Title\n\nInflation was 2.5 percent in March. Rates rose to 4.25% in May.\n",
        "Title",
        ["Inflation was 2.5 percent in March.", "Rates rose to 4.25% in May."],
        id="decimals",
    ),
    pytest.param(
        "Title\n\nDr. Smith met Mr. Jones at noon. They talked for an hour.\n",
        "Title",
        ["Dr. Smith met Mr. Jones at noon.", "They talked for an hour."],
        id="titles-dr-mr",
    ),
    pytest.param(
        'Title\n\nHe said "We are done." Then he left. She asked, "Why now?" Nobody knew.\n',
        "Title",
        ['He said "We are done."', "Then he left.", 'She asked, "Why now?"', "Nobody knew."],
        id="quotes-ending-sentences",
    ),
    pytest.param(
        "# A Markdown Title\n\nThe first paragraph. It has two sentences.\n",
        "A Markdown Title",
        ["The first paragraph.", "It has two sentences."],
        id="markdown-heading-title",
    ),
    pytest.param(
        "# Report\n\nIntro sentence.\n\n## Results\n\nThe results were good.\n\n"
        "### Notes\n\nA note.\n",
        "Report",
        ["Intro sentence.", "The results were good.", "A note."],
        id="headings-inside",
    ),
    pytest.param(
        "Title\n\nThe plan has three parts:\n- hire more engineers\n"
        "- build a new lab. It opens soon.\n* ship the product\n",
        "Title",
        [
            "The plan has three parts:",
            "hire more engineers",
            "build a new lab.",
            "It opens soon.",
            "ship the product",
        ],
        id="bullet-list",
    ),
    pytest.param(
        "Title\n\n1. Alpha comes first.\n2. Beta comes second.\n3) Gamma comes third\n",
        "Title",
        ["Alpha comes first.", "Beta comes second.", "Gamma comes third"],
        id="numbered-list",
    ),
    pytest.param(
        "Title\n\n- The first item is long and\n  wraps onto a second line.\n- The second item.\n",
        "Title",
        ["The first item is long and\n  wraps onto a second line.", "The second item."],
        id="wrapped-list-item",
    ),
    pytest.param(
        "Title\n\nAn introduction that runs\nover two lines:\n• one\n• two\n",
        "Title",
        ["An introduction that runs\nover two lines:", "one", "two"],
        id="list-under-wrapped-intro",
    ),
    pytest.param(
        "Title\r\n\r\n2025-02-13\r\n\r\nFirst sentence. Second one.\r\n\r\nThird sentence.\r\n",
        "Title",
        ["First sentence.", "Second one.", "Third sentence."],
        id="crlf",
    ),
    pytest.param(
        "Title\n\nA sentence that\nwraps over two lines. Another one.\n",
        "Title",
        ["A sentence that\nwraps over two lines.", "Another one."],
        id="wrapped-paragraph",
    ),
    pytest.param(
        "Title\nThe body starts on the next line. It goes on.\n",
        "Title",
        ["The body starts on the next line.", "It goes on."],
        id="no-blank-line-after-title",
    ),
    pytest.param(
        "Title\n\nA fact. Another fact.\n\nCopyright 2025 Example Media. All rights reserved.\n",
        "Title",
        ["A fact.", "Another fact."],
        id="trailing-boilerplate",
    ),
    pytest.param(
        "Title\n\nThe story mentions copyright law in passing. It is content.\n\nThe end.\n",
        "Title",
        ["The story mentions copyright law in passing.", "It is content.", "The end."],
        id="copyright-mid-story-is-content",
    ),
]


@pytest.mark.parametrize(("text", "title", "expected"), SMALL)
def test_small_articles(text: str, title: str, expected: list[str]) -> None:
    assert (segment(text).title, sentences(text)) == (title, expected)


@pytest.mark.parametrize(("text", "title", "expected"), SMALL)
def test_every_span_is_the_slice_of_the_text(text: str, title: str, expected: list[str]) -> None:
    layout = segment(text)
    spans = [(text[s.start : s.end], s.start, s.end) for s in layout.sentences]
    # Stripped, non-empty, in order, and never overlapping.
    assert all(quote == quote.strip() and quote for quote, _, _ in spans)
    assert [start for _, start, _ in spans] == sorted(start for _, start, _ in spans)
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(spans))
    assert text[layout.title_start : layout.title_end] == title


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "# Report\n\nIntro.\n\n## Results\n\nGood.\n",
            ["content", "heading", "content"],
            id="heading",
        ),
        pytest.param(
            "Title\n\nA fact.\n\nCopyright 2025 Example. All rights reserved.\n\nSubscribe to our "
            "newsletter.\n",
            ["content", "boilerplate", "boilerplate"],
            id="trailing-run-of-notices",
        ),
        pytest.param("Title\n\n02/13 2025 447\n\nBody.\n", ["content"], id="dateline-skipped"),
    ],
)
def test_paragraph_kinds(text: str, kinds: list[str]) -> None:
    assert [p.kind for p in segment(text).paragraphs] == kinds


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("02/13 2025 447", ("2025-02-13", 447), id="date-and-views"),
        pytest.param("02/13/2025", ("2025-02-13", None), id="us-slashes"),
        pytest.param("2025-02-13", ("2025-02-13", None), id="iso"),
        pytest.param("13 February 2025", ("2025-02-13", None), id="day-month-year"),
        pytest.param("February 13, 2025", ("2025-02-13", None), id="month-day-comma-year"),
        pytest.param("Feb. 13 2025", ("2025-02-13", None), id="abbreviated-month"),
        pytest.param("  2025-02-13  ", ("2025-02-13", None), id="spaces-around"),
        pytest.param("02/30 2025", None, id="impossible-date"),
        pytest.param("The deal closed on February 13, 2025.", None, id="a-sentence"),
        pytest.param("447", None, id="a-number"),
    ],
)
def test_parse_dateline(line: str, expected: tuple[str, int | None] | None) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        pytest.param("02/13 2025 447", ("2025-02-13", 447), id="date-and-views"),
        pytest.param("2025-02-13", ("2025-02-13", None), id="iso"),
        pytest.param("13 February 2025", ("2025-02-13", None), id="day-month-year"),
        pytest.param("February 13, 2025", ("2025-02-13", None), id="month-day-year"),
    ],
)
def test_dateline_under_the_title(dateline: str, expected: tuple[str, int | None]) -> None:
    text = f"Title\n\n{dateline}\n\nThe body. It has two sentences.\n"
    layout = segment(text)
    assert ((layout.date, layout.views), sentences(text)) == (
        expected,
        ["The body.", "It has two sentences."],
    )


def test_no_dateline() -> None:
    layout = segment("Title\n\nThe body.\n")
    assert (layout.date, layout.views, layout.dateline) == (None, None, None)


def test_empty_text_is_refused() -> None:
    with pytest.raises(ValueError, match="no text"):
        segment("  \n\n \n")
