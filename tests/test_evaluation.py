"""The measuring tools: threshold arithmetic, baselines, question files, and SQuAD end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot.engine import Params
from evaluation import squad
from evaluation._report import parse_params, rate, rounded
from evaluation.article import QuestionFileError, read_questions
from evaluation.baselines import (
    BM25Baseline,
    FuzzBaseline,
    Scored,
    at_answerable_rate,
    at_threshold,
    best_threshold,
)

# Four answerable questions (three cited right) and three unanswerable ones, by score.
TABLE = [
    Scored(0.9, answerable=True, right=True),
    Scored(0.8, answerable=True, right=True),
    Scored(0.7, answerable=False, right=False),
    Scored(0.6, answerable=True, right=False),
    Scored(0.5, answerable=True, right=True),
    Scored(0.3, answerable=False, right=False),
    Scored(0.2, answerable=False, right=False),
]


def test_best_threshold_maximises_overall_accuracy() -> None:
    best = best_threshold(TABLE)
    # At 0.5: three right citations, two abstentions (0.3, 0.2): 5 of 7; nothing does better.
    assert (best.threshold, round(best.accuracy, 4)) == (0.5, round(5 / 7, 4))
    assert (best.answerable, round(best.abstention, 4)) == (0.75, round(2 / 3, 4))


@pytest.mark.parametrize(
    ("threshold", "answerable", "abstention"),
    [
        pytest.param(0.0, 0.75, 0.0, id="answer-everything"),
        pytest.param(0.75, 0.5, 1.0, id="middle"),
        pytest.param(float("inf"), 0.0, 1.0, id="abstain-always"),
    ],
)
def test_at_threshold(threshold: float, answerable: float, abstention: float) -> None:
    op = at_threshold(TABLE, threshold)
    assert (op.answerable, op.abstention) == (answerable, abstention)


def test_at_answerable_rate_takes_the_most_abstaining_threshold_of_equal_rate() -> None:
    # A rate of 0.5 is reached by thresholds 0.8 and 0.7; 0.8 abstains on all three unanswerable.
    op = at_answerable_rate(TABLE, 0.5)
    assert (op.threshold, op.answerable, op.abstention) == (0.8, 0.5, 1.0)


def test_at_answerable_rate_beyond_reach_gives_the_best_rate_abstaining_most() -> None:
    # 0.75 is the most it cites; 0.5 keeps that rate and abstains on two unanswerable of three.
    op = at_answerable_rate(TABLE, 0.99)
    assert (op.threshold, op.answerable, round(op.abstention, 4)) == (0.5, 0.75, round(2 / 3, 4))


SENTENCES = [
    "The Amazon rainforest covers much of the Amazon basin of South America.",
    "Oxygen is a chemical element with symbol O and atomic number 8.",
    "Warsaw is the capital and largest city of Poland.",
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param("What is the capital of Poland?", 2, id="capital"),
        pytest.param("What is the atomic number of oxygen?", 1, id="oxygen"),
        pytest.param("Which basin does the rainforest cover?", 0, id="amazon"),
    ],
)
def test_baselines_pick_the_sentence_sharing_the_words(question: str, expected: int) -> None:
    assert BM25Baseline(SENTENCES).top(question).index == expected
    assert FuzzBaseline(SENTENCES, fuzz.token_set_ratio).top(question).index == expected


def test_bm25_scores_nothing_for_a_question_of_stop_words() -> None:
    assert BM25Baseline(SENTENCES).top("what is it?").score == 0.0


def test_question_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    good = {"question": "Who?", "expect": ["s1"], "category": "direct"}
    bad = {"question": "Who?", "expect": ["s9"], "category": "direct"}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(
        QuestionFileError, match=r"questions\.jsonl:2: .*unknown sentences \['s9'\]"
    ):
        read_questions(path, {"s1", "s2"})
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    assert [q.expect for q in read_questions(path, {"s1"})] == [frozenset({"s1"})]


def test_figures_are_rounded_once() -> None:
    # 148/171 = 0.86550 would print as 0.866 if rounded to four places first, then to three.
    assert rate(148 / 171) == "0.865"
    assert rate(round(148 / 171, 4)) == "0.866"
    nested = {"engine": 148 / 171, "rows": [{"v": 1 / 3, "n": 7, "name": "x"}], "none": None}
    assert rounded(nested) == {
        "engine": 0.8655,
        "rows": [{"v": 0.3333, "n": 7, "name": "x"}],
        "none": None,
    }


def test_parse_params_casts_to_the_field_types() -> None:
    assert parse_params("threshold=0.4,candidates=30") == Params(threshold=0.4, candidates=30)
    with pytest.raises(SystemExit):
        parse_params("no_such_param=1")


# -- SQuAD end to end -----------------------------------------------------------------------------

needs_squad = pytest.mark.skipif(not squad.DATA.is_file(), reason="no SQuAD data beside the repo")

# Measured on the first two articles (Civil disobedience, Amazon rainforest): engine top-1 0.71,
# off-topic abstention 0.99. The floors sit about 5 points below, so a regression fails.
TOP1_FLOOR = 0.66
OFF_TOPIC_FLOOR = 0.94


@needs_squad
def test_squad_two_articles_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    articles = squad.read_squad()
    assert articles[0].text.startswith("Civil disobedience\n\n")
    runs = squad.run(articles, Params(), cache=tmp_path_factory.mktemp("squad"), limit=2)
    summary = squad.summarise(runs, Params())
    overall = summary["overall"]
    assert overall["answerable_questions"] + overall["unanswerable_questions"] == 611
    assert overall["off_topic_questions"] == 2 * squad.OFF_TOPIC_PER_ARTICLE
    assert overall["engine_top1"] >= TOP1_FLOOR
    assert overall["engine"]["off_topic"] >= OFF_TOPIC_FLOOR
    # The engine ranks at least as well as BM25 does over the same sentences.
    assert overall["engine_top1"] >= overall["bm25_top1"]
