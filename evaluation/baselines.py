"""The simple baselines the engine must beat, and the threshold arithmetic used to compare them.

Each baseline cites the single best-scoring sentence of an article and answers when that score is
at or above one threshold, the same for every question:
- `BM25Baseline`: Okapi BM25 (rank_bm25.BM25Okapi, default k1=1.5, b=0.75) over the sentences.
  Tokens are the usual simple ones: lower case, runs of letters and digits (`\\w+`), with the NLTK
  English stop words removed. No stemming.
- `FuzzBaseline`: rapidfuzz `process.extractOne` of the lower-cased question over the lower-cased
  sentences with one scorer (`fuzz.WRatio` for the article, `fuzz.token_set_ratio` for SQuAD).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rank_bm25 import BM25Okapi
from rapidfuzz import process

# NLTK's English stop word list (nltk.corpus.stopwords.words("english")), the common choice for a
# plain BM25 baseline; kept here so the baseline needs no corpus download.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
    yourselves he him his himself she she's her hers herself it it's its itself they them their
    theirs themselves what which who whom this that that'll these those am is are was were be been
    being have has had having do does did doing a an the and but if or because as until while of at
    by for with about against between into through during before after above below to from up down
    in out on off over under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too very s t can will just
    don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't
    doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't
    needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't
    """.split()
)

_WORD = re.compile(r"\w+")


def bm25_tokens(text: str) -> list[str]:
    """Lower-cased `\\w+` words of `text`, stop words removed."""
    return [word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS]


@dataclass(frozen=True)
class Hit:
    """A baseline's pick: the index of the best sentence and its score."""

    index: int
    score: float


class BM25Baseline:
    """Okapi BM25 over a list of sentences; the top sentence is the answer."""

    def __init__(self, sentences: Sequence[str]) -> None:
        # rank_bm25 divides by the average document length; an empty token list would make it 0.
        self.bm25 = BM25Okapi([bm25_tokens(sentence) or ["\x00"] for sentence in sentences])

    def scores(self, question: str) -> Any:
        """The BM25 score of every sentence for `question` (a numpy array)."""
        return self.bm25.get_scores(bm25_tokens(question))

    def top(self, question: str) -> Hit:
        """The best sentence (the first on a tie) and its score."""
        scores = self.scores(question)
        index = int(np.argmax(scores))
        return Hit(index, float(scores[index]))


class FuzzBaseline:
    """A rapidfuzz scorer over the lower-cased sentences; the top sentence is the answer."""

    def __init__(self, sentences: Sequence[str], scorer: Callable[..., float]) -> None:
        self.sentences = [sentence.lower() for sentence in sentences]
        self.scorer = scorer

    def top(self, question: str) -> Hit:
        """The best sentence (the first on a tie, as extractOne gives it) and its score."""
        match = process.extractOne(question.lower(), self.sentences, scorer=self.scorer)
        if match is None:  # only when there are no sentences
            return Hit(0, 0.0)
        return Hit(int(match[2]), float(match[1]))


# -- one threshold for everything ---------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    """One question as a thresholded method sees it.

    `right` means the top sentence is a right citation (always False for an unanswerable question).
    The method answers when `score >= threshold`.
    """

    score: float
    answerable: bool
    right: bool


@dataclass(frozen=True)
class Operating:
    """A threshold and what it gives: overall accuracy, answerable citation, abstention rates."""

    threshold: float
    accuracy: float
    answerable: float  # answered and cited right, over answerable questions
    abstention: float  # abstained, over unanswerable questions


def _sweep(records: Iterable[Scored]) -> tuple[Any, Any, Any, int, int]:
    """Candidate thresholds (each distinct score, then +inf) and the counts each one gives."""
    rows = list(records)
    scores = np.array([r.score for r in rows], dtype=np.float64)
    right = np.sort(scores[[r.answerable and r.right for r in rows]])
    unanswerable = np.sort(scores[[not r.answerable for r in rows]])
    thresholds = np.append(np.unique(scores), np.inf)
    # Answer when score >= t: right answers are the right scores at or above t, abstentions the
    # unanswerable scores below t.
    cited = len(right) - np.searchsorted(right, thresholds, side="left")
    abstained = np.searchsorted(unanswerable, thresholds, side="left")
    n_answerable = sum(r.answerable for r in rows)
    return thresholds, cited, abstained, n_answerable, len(unanswerable)


def _operating(t: float, cited: int, abstained: int, n_ans: int, n_unans: int) -> Operating:
    total = n_ans + n_unans
    return Operating(
        threshold=float(t),
        accuracy=float((cited + abstained) / total) if total else 0.0,
        answerable=float(cited / n_ans) if n_ans else 0.0,
        abstention=float(abstained / n_unans) if n_unans else 0.0,
    )


def best_threshold(records: Iterable[Scored]) -> Operating:
    """The single threshold with the best overall accuracy (the lowest such threshold on a tie).

    An answerable question counts as right when answered and cited right; an unanswerable one when
    the method abstains. The threshold is one of the observed scores or +inf (always abstain).
    """
    thresholds, cited, abstained, n_ans, n_unans = _sweep(records)
    best = int(np.argmax(cited + abstained))  # argmax takes the first, i.e. lowest, threshold
    return _operating(thresholds[best], cited[best], abstained[best], n_ans, n_unans)


def at_threshold(records: Iterable[Scored], threshold: float) -> Operating:
    """What a given threshold gives on these questions."""
    rows = list(records)
    n_ans = sum(r.answerable for r in rows)
    n_unans = len(rows) - n_ans
    cited = sum(r.answerable and r.right and r.score >= threshold for r in rows)
    abstained = sum(not r.answerable and r.score < threshold for r in rows)
    return _operating(threshold, cited, abstained, n_ans, n_unans)


def at_answerable_rate(records: Iterable[Scored], rate: float) -> Operating:
    """The threshold whose answerable citation rate is closest to `rate`, and its abstention.

    Among thresholds equally close, the highest is taken: the one most favourable to the method's
    abstention, so a claim of abstaining more often than it is not flattered. When `rate` is above
    what the method ever reaches, this is the highest threshold that still gives its best rate.
    """
    thresholds, cited, abstained, n_ans, n_unans = _sweep(records)
    if not n_ans:
        return _operating(thresholds[-1], 0, abstained[-1], n_ans, n_unans)
    gap = np.abs(cited / n_ans - rate)
    closest = np.flatnonzero(gap <= gap.min() + 1e-12)
    best = int(closest[-1])
    return _operating(thresholds[best], cited[best], abstained[best], n_ans, n_unans)
