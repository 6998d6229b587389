"""The search index over every loaded sentence and curated fact, built once at start-up."""

from __future__ import annotations

import math
from pathlib import Path
from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.engine._normalize import (
    AliasTable,
    all_terms,
    content_terms,
    respell,
    stem,
    surface_terms,
)
from bot.engine._qtype import Evidence, evidence
from knowledge import STOP_WORDS, Citation, CuratedFact, ExtractedFact, KnowledgeBase, Pack, fold
from knowledge._text import QUESTION_WORDS

def _synonyms() -> dict[str, tuple[str, ...]]:
    groups: dict[str, set[str]] = {}
    text = (Path(__file__).parent / "data" / "synonyms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            stems = {stem(word) for word in line.split()}
            for one in stems:
                groups.setdefault(one, set()).update(stems - {one})
    return {term: tuple(sorted(others)) for term, others in groups.items()}


SYNONYMS = _synonyms()
PREFIX = 5  # letters two stems must share to be taken as forms of one word

# BM25 constants, the usual ones.
K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class SentenceUnit:
    """One extracted fact (a sentence) as the matcher sees it."""

    key: str  # "<article>#<fact id>", unique across packs
    pack: Pack
    fact: ExtractedFact
    terms: frozenset[str]
    evidence: Evidence
    neighbours: tuple[int, ...]  # other sentences of the same paragraph, by unit index
    paragraph: int  # index into Index.paragraph_postings' units
    sequence: tuple[str, ...]  # its stems in order, for phrase matching
    folded: str


@dataclass(frozen=True)
class CuratedUnit:
    """One curated fact: its phrasings for fuzzy matching and all the words it is known by."""

    key: str
    pack: Pack
    fact: CuratedFact
    phrasings: tuple[str, ...]  # content words of the canonical question and alternatives
    terms: frozenset[str]
    sentence: int  # the unit index of the sentence it cites first


@dataclass(frozen=True)
class Postings:
    """The sentences holding a term and the BM25 weight of the term in each."""

    units: npt.NDArray[np.int32]
    weights: npt.NDArray[np.float32]


class Index:
    """Everything the engine looks up per question, precomputed."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        aliases: dict[str, list[str]] = {}
        for pack in knowledge.packs:
            for term, variants in pack.aliases.items():
                aliases.setdefault(term, []).extend(variants)
        self.aliases = AliasTable.build(aliases)
        self.sentences: list[SentenceUnit] = []
        self.by_key: dict[str, int] = {}
        term_counts: list[Counter[str]] = []
        paragraph_counts: list[Counter[str]] = []
        for pack in knowledge.packs:
            first = len(self.sentences)
            by_paragraph: dict[int, list[int]] = {}
            for offset, fact in enumerate(pack.facts):
                by_paragraph.setdefault(fact.citation.paragraph, []).append(first + offset)
            paragraph_of = {}
            for number in by_paragraph:
                paragraph_of[number] = len(paragraph_counts)
                paragraph_counts.append(Counter())
            for offset, fact in enumerate(pack.facts):
                index = first + offset
                text = fact.citation.quote
                counts = Counter(all_terms(text))
                term_counts.append(counts)
                paragraph_counts[paragraph_of[fact.citation.paragraph]].update(counts)
                key = f"{pack.article.id}#{fact.id}"
                self.by_key[key] = index
                self.sentences.append(
                    SentenceUnit(
                        key=key,
                        pack=pack,
                        fact=fact,
                        terms=frozenset(counts),
                        evidence=evidence(text, fact.entities),
                        neighbours=tuple(
                            other
                            for other in by_paragraph[fact.citation.paragraph]
                            if other != index
                        ),
                        paragraph=paragraph_of[fact.citation.paragraph],
                        sequence=tuple(all_terms(text)),
                        folded=fold(text),
                    )
                )
        self.postings = _postings(term_counts)
        # Paragraphs are searched too: a question is often about a paragraph's subject, while the
        # sentence holding the answer says "he" or "it".
        self.paragraph_postings = _postings(paragraph_counts)
        self.paragraph_count = len(paragraph_counts)
        self.paragraph_sentences: list[list[int]] = [[] for _ in paragraph_counts]
        for unit_index, unit in enumerate(self.sentences):
            self.paragraph_sentences[unit.paragraph].append(unit_index)
        # How specific a term is within the loaded articles, in (0, 1]: 1 for a term in one sentence,
        # low for the article's topic words ("civil disobedience" in an article about it).
        self.specificity = _specificity(term_counts)
        self.vocabulary = sorted(self.postings)
        self.size = len(self.sentences)
        self.curated: list[CuratedUnit] = []
        for pack in knowledge.packs:
            for curated in pack.curated:
                key = f"{pack.article.id}#{curated.id}"
                primary = self.by_key[f"{pack.article.id}#{curated.cites[0]}"]
                texts = [curated.question, *curated.alternatives, curated.answer]
                texts += [pack.fact(cited).citation.quote for cited in curated.cites]
                terms: set[str] = set()
                for text in texts:
                    terms.update(content_terms(self.aliases.expand(text)))
                self.by_key[key] = len(self.curated) + self.size
                self.curated.append(
                    CuratedUnit(
                        key=key,
                        pack=pack,
                        fact=curated,
                        phrasings=tuple(
                            content_words(text) for text in (curated.question, *curated.alternatives)
                        ),
                        terms=frozenset(terms),
                        sentence=primary,
                    )
                )
        self.all_terms = frozenset(self.postings) | frozenset(
            term for unit in self.curated for term in unit.terms
        )
        # Words as written, for typo correction ("alibba" -> "alibaba"), and stems by their first
        # letters, for related forms the stemmer keeps apart ("germany"/"german", "marry"/"marriage").
        self.words: dict[str, str] = {}
        for unit in self.sentences:
            for word in surface_terms(unit.fact.citation.quote):
                if word.isalpha() and len(word) >= 3:
                    self.words.setdefault(word, stem(word))
        for unit in self.curated:
            for text in (unit.fact.question, *unit.fact.alternatives, unit.fact.answer):
                for word in surface_terms(self.aliases.expand(text)):
                    if word.isalpha() and len(word) >= 3:
                        self.words.setdefault(word, stem(word))
        self.by_prefix: dict[str, list[str]] = {}
        for term in sorted(self.all_terms):
            if term.isalpha() and len(term) >= PREFIX:
                self.by_prefix.setdefault(term[:PREFIX], []).append(term)

    def related(self, term: str) -> tuple[str, ...]:
        """Known stems close to `term`: another form of the word, or a synonym from the table."""
        forms = list(SYNONYMS.get(term, ()))
        if len(term) >= PREFIX:
            forms += [
                other
                for other in self.by_prefix.get(term[:PREFIX], ())
                if other != term
                and (other.startswith(term) or term.startswith(other))
                and abs(len(other) - len(term)) <= 3
            ]
        return tuple(dict.fromkeys(form for form in forms if form in self.all_terms))

    def citation(self, unit: int) -> Citation:
        """The citation of a sentence unit."""
        return self.sentences[unit].fact.citation


def _postings(term_counts: list[Counter[str]]) -> dict[str, Postings]:
    size = len(term_counts)
    lengths = np.array([sum(counts.values()) for counts in term_counts], dtype=np.float32)
    average = float(lengths.mean()) if size else 1.0
    collected: dict[str, tuple[list[int], list[float]]] = {}
    for unit, counts in enumerate(term_counts):
        norm = K1 * (1 - B + B * lengths[unit] / max(average, 1e-9))
        for term, count in counts.items():
            units, weights = collected.setdefault(term, ([], []))
            units.append(unit)
            weights.append(count * (K1 + 1) / (count + norm))
    postings = {}
    for term, (units, weights) in collected.items():
        idf = math.log(1 + (size - len(units) + 0.5) / (len(units) + 0.5))
        postings[term] = Postings(
            np.array(units, dtype=np.int32), np.array(weights, dtype=np.float32) * idf
        )
    return postings


def content_words(text: str) -> str:
    """The folded content words of a phrasing, space-separated, for fuzzy comparison."""
    return " ".join(
        word for word in surface_terms(respell(text)) if word not in STOP_WORDS and word not in QUESTION_WORDS
    )


def _specificity(term_counts: list[Counter[str]]) -> dict[str, float]:
    size = len(term_counts)
    frequency: Counter[str] = Counter()
    for counts in term_counts:
        frequency.update(counts.keys())
    top = math.log(1 + (size - 0.5) / 1.5) or 1.0
    return {
        term: math.log(1 + (size - count + 0.5) / (count + 0.5)) / top
        for term, count in frequency.items()
    }
