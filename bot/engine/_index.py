"""The search index over every loaded sentence and curated fact, built once at start-up."""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.engine._evidence import (
    NEXT_DAY,
    SAME_DAY,
    Evidence,
    day_after,
    days_named,
    evidence,
    unnamed,
)
from bot.engine._normalize import (
    QUESTION_FILLER,
    AliasTable,
    content_terms,
    fold_text,
    folded_terms,
    respell,
    stem,
    surface_terms,
)
from bot.engine._places import COUNTRY_OF_PEOPLE
from bot.engine._possession import (
    Owned,
    apposed_doers,
    doers,
    merge,
    name_owners,
    possessions,
    qualifiers,
    reports_speech,
)
from bot.engine._weights import country_words, rarity
from knowledge import (
    STOP_WORDS,
    Citation,
    CuratedFact,
    ExtractedFact,
    KnowledgeBase,
    Pack,
    capitalised_words,
    fold,
)

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _data_lines(name: str) -> Iterator[str]:
    """The lines of a table in `data/` that hold something: not blank, not a `#` comment."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return (line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _synonyms() -> dict[str, tuple[str, ...]]:
    groups: dict[str, set[str]] = {}
    for line in _data_lines("synonyms.txt"):
        stems = {stem(word) for word in line.split()}
        for one in stems:
            groups.setdefault(one, set()).update(stems - {one})
    return {term: tuple(sorted(others)) for term, others in groups.items()}


SYNONYMS = _synonyms()
# The synonym table's words as written: "titan", not "titanic", which stems the same.
SYNONYM_WORDS = frozenset(word for line in _data_lines("synonyms.txt") for word in line.split())


def _everyday_aliases() -> dict[str, list[str]]:
    """`data/aliases.txt`: everyday abbreviations ("ai" for "artificial intelligence")."""
    aliases: dict[str, list[str]] = {}
    for line in _data_lines("aliases.txt"):
        term, _, variants = line.partition("=")
        aliases[term.strip()] = [variant.strip() for variant in variants.split(",")]
    return aliases


EVERYDAY_ALIASES = _everyday_aliases()
# The left sides, longest first, as one pattern: which ones an article uses is one pass over it.
_EVERYDAY_TERMS = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(term) for term in sorted(EVERYDAY_ALIASES, key=len, reverse=True))
    + r")(?![\w])"
)
_EDGE_PUNCTUATION = "?!,;:()\"'"  # around a word of a question, not part of a name
_YES_OR_NO_ANSWER = re.compile(r"^\W*(yes|no)\b", re.IGNORECASE)
NAME_RARITY = 0.75  # a lower-case word this rare in English is taken as a name ("vivo")
SUBJECT_TITLE = 4  # a title of at most this many content words names a subject, not a headline
PASSAGE_SENTENCES = 8  # a long paragraph is searched in windows of this many sentences
NEIGHBOURS = 2  # sentences on each side that lend context to a sentence
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
    neighbours: tuple[int, ...]  # nearby sentences of the same paragraph, by unit index
    paragraph: int  # its passage: index into Index.paragraph_postings' units


@dataclass(frozen=True)
class CuratedUnit:
    """One curated fact: its phrasings for fuzzy matching and all the words it is known by."""

    key: str
    pack: Pack
    fact: CuratedFact
    # content words of the canonical question, the alternatives and the unsettled ways of asking
    phrasings: tuple[str, ...]
    terms: frozenset[str]
    secondary: frozenset[str]  # words only its other citations hold: context, half credit
    sentence: int  # the unit index of the sentence it cites first
    yes_or_no: bool  # its answer starts "Yes" or "No": it answers yes/no questions only
    # What its answer and first quote say, without the ways of asking: whether it holds what a
    # question asks for, not merely a word someone used to ask for it.
    stated: frozenset[str]
    # The kinds of thing its answer speaks of without naming ("the relevant departments"): a
    # "which" question about them is not answered by it, whatever its first quote names.
    unnamed: tuple[frozenset[str], ...]
    # The stems of its answer's own words, stop words too: whether the answer itself says what
    # is asked.
    answered: frozenset[str]


def _bare(word: str) -> str:
    """A word without the punctuation around it; a full stop too, unless it is "u.s."."""
    word = word.strip(_EDGE_PUNCTUATION)
    return word[:-1] if word.endswith(".") and word.count(".") == 1 else word


def _single_names(pack: Pack) -> frozenset[str]:
    """One-word names of a pack ("Samsung", not "Apple Intelligence") that its article always
    writes with a capital, mid-sentence included ("Oxygen" is also written "oxygen")."""
    lower = set(re.findall(r"\b[a-z][\w-]*\b", pack.text))
    written = capitalised_words(fact.citation.quote for fact in pack.facts)
    return frozenset(
        fold(name)
        for fact in pack.facts
        for name in fact.entities.names
        if " " not in name
        and len(name) >= 3
        # (a capital inside the word is a name's too: "DeepSeek", "ByteDance"; "iPhone" is a
        # product's, often typed as a plain word: "the iphone people")
        and (name in written or (name[0].isupper() and name[1:] != name[1:].lower()))
        and name.lower() not in lower
    )


# A number and the word it counts: "100 million downloads", "over 300,000 enterprises".
# (the word after it, and the next, for an adjective between: "80,000 derivative models"; not
# after a year: "In 2023, Alibaba launched")
_COUNTED = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?: (?:thousand|million|billion|trillion))?"
    r" ([a-z][a-z-]{2,})(?: ([a-z]{3,}))?"
)


def _left_unnamed(sentences: Sequence[SentenceUnit]) -> dict[str, tuple[int, ...]]:
    """Each word of a kind of thing a sentence mentions without naming ("relevant departments"),
    with the sentences that do so."""
    found: dict[str, list[int]] = {}
    for position, sentence in enumerate(sentences):
        for phrase in unnamed(sentence.fact.citation.quote):
            for word in phrase:
                found.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in found.items()}


def _counted(sentences: Sequence[SentenceUnit]) -> dict[str, frozenset[int]]:
    """Each word a sentence counts ("100 million downloads", "300,000 enterprises"), with the
    sentences that count it."""
    found: dict[str, set[int]] = {}
    for position, sentence in enumerate(sentences):
        for match in _COUNTED.finditer(sentence.fact.citation.quote):
            for word in filter(None, match.groups()):
                found.setdefault(stem(word), set()).add(position)
    return {word: frozenset(positions) for word, positions in found.items()}


_AFTER_THE = re.compile(r"\bthe ([a-z]\w*(?:\.\w+)*)")

# What a figure is ranked against follows these: "second only to Meta's Llama series".
_RANKED_AGAINST = re.compile(r"\b(?:second only to|second to|only behind|trailing only)\b")


def _ranked_against(folded: Sequence[str]) -> dict[int, frozenset[str]]:
    """For each sentence that ranks a figure against something ("80,000 derivative models ...,
    second only to Meta's Llama series"), the words only after the ranking: the figure is not
    theirs."""
    found: dict[int, frozenset[str]] = {}
    for position, text in enumerate(folded):
        match = _RANKED_AGAINST.search(text)
        if match is not None:
            before = set(map(stem, surface_terms(text[: match.start()])))
            after = set(map(stem, surface_terms(text[match.end() :])))
            found[position] = frozenset(after - before)
    return found


class Postings:
    """For every term, the units holding it and the BM25 weight of the term in each.

    Stored as two flat arrays sorted by term, with each term's slice bounds: cheap to build for
    100,000 sentences, and a lookup is two array views.
    """

    def __init__(
        self,
        bounds: dict[str, tuple[int, int]],
        units: npt.NDArray[np.int32],
        weights: npt.NDArray[np.float32],
    ) -> None:
        self._bounds = bounds
        self._units = units
        self._weights = weights

    def __contains__(self, term: object) -> bool:
        return term in self._bounds

    def __iter__(self) -> Iterator[str]:
        return iter(self._bounds)

    def __len__(self) -> int:
        return len(self._bounds)

    def scores(self, forms: list[tuple[str, float]], size: int) -> npt.NDArray[np.float32]:
        """BM25 score of every unit for the given terms, each weighted by its credit."""
        scores = np.zeros(size, dtype=np.float32)
        for term, credit in forms:
            found = self.get(term)
            if found is not None:
                scores[found[0]] += found[1] * credit
        return scores

    def get(self, term: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]] | None:
        """The units holding `term` and its weight in each, or None for an unknown term."""
        found = self._bounds.get(term)
        if found is None:
            return None
        start, end = found
        return self._units[start:end], self._weights[start:end]


class Index:
    """Everything the engine looks up per question, precomputed."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        aliases: dict[str, list[str]] = {}
        for pack in knowledge.packs:
            for term, variants in pack.aliases.items():
                aliases.setdefault(term, []).extend(variants)
        used = {
            match.group(1)
            for pack in knowledge.packs
            for match in _EVERYDAY_TERMS.finditer(fold_text(pack.text))
        }
        for term, variants in EVERYDAY_ALIASES.items():
            # Only for articles that use the term, and never against a curator's own table.
            if term in used and term not in aliases:
                aliases[term] = variants
        self.aliases = AliasTable.build(aliases, (pack.text for pack in knowledge.packs))
        # One-word aliases of a name, for whose-is-it checks: "qwen's" is Tongyi Qianwen's.
        self.owner_aliases: dict[str, frozenset[str]] = {}
        for term, variants in aliases.items():
            for variant in variants:
                if " " not in variant.strip():
                    self.owner_aliases[stem(fold(variant.strip()))] = frozenset(
                        stem(word) for word in fold(term).split()
                    )
        self.sentences: list[SentenceUnit] = []
        self._evidence: dict[int, Evidence] = {}
        self._doers: dict[int, Owned] = {}
        self._speech: dict[int, bool] = {}
        self.by_key: dict[str, int] = {}
        term_counts: list[Counter[str]] = []
        # Each sentence through fold_text, by unit index: for its terms, what it owns, who does what.
        self.folded: list[str] = []
        folded = self.folded
        # Each passage's terms, its sentences' one after another: counted once at the end, in C,
        # to the same counts (and the same order) as adding up its sentences' counts.
        passage_terms: list[list[str]] = []
        # The sentences' content words as written and their stems, one after another.
        written_words: list[str] = []
        written_stems: list[str] = []
        # A short title names the article's subject, and every sentence stands under it
        # ("When was the lighthouse first lit?" of a sentence saying "It was first lit in 1827").
        # A headline is a sentence of its own, naming several things: it lends nothing.
        self.title_terms: dict[str, frozenset[str]] = {}
        for pack in knowledge.packs:
            title = frozenset(content_terms(pack.article.title))
            self.title_terms[pack.article.id] = (
                title if len(title) <= SUBJECT_TITLE else frozenset()
            )
        for pack in knowledge.packs:
            first = len(self.sentences)
            # Passages: a paragraph, or a window of it when it is long, searched as one text.
            passage_of: dict[int, int] = {}
            position_of: dict[int, int] = {}
            paragraph_members: dict[int, list[int]] = {}
            for offset, fact in enumerate(pack.facts):
                members = paragraph_members.setdefault(fact.citation.paragraph, [])
                if len(members) % PASSAGE_SENTENCES == 0:
                    passage_terms.append([])
                position_of[first + offset] = len(members)
                members.append(first + offset)
                passage_of[first + offset] = len(passage_terms) - 1
            for offset, fact in enumerate(pack.facts):
                index = first + offset
                # Folded once: for the terms here and for what the sentence owns below.
                folded.append(fold_text(fact.citation.quote))
                words = [word for word in folded_terms(folded[-1]) if word not in STOP_WORDS]
                sequence = tuple(map(stem, words))
                written_words += words
                written_stems += sequence
                counts = Counter(sequence)
                term_counts.append(counts)
                passage_terms[passage_of[index]].extend(sequence)
                key = f"{pack.article.id}#{fact.id}"
                self.by_key[key] = index
                members = paragraph_members[fact.citation.paragraph]
                position = position_of[index]
                self.sentences.append(
                    SentenceUnit(
                        key=key,
                        pack=pack,
                        fact=fact,
                        terms=frozenset(counts),
                        # The sentences just before and after, in the same paragraph: where "he"
                        # and "it" find what they stand for.
                        neighbours=tuple(
                            members[max(0, position - NEIGHBOURS) : position]
                            + members[position + 1 : position + 1 + NEIGHBOURS]
                        ),
                        paragraph=passage_of[index],
                    )
                )
        # Words as written -> stems, for typo correction. A word has one stem wherever it stands:
        # the first pair of each word, in the order met, is every pair.
        self.words: dict[str, str] = {
            word: word_stem
            for word, word_stem in dict(zip(written_words, written_stems, strict=True)).items()
            if word.isalpha() and len(word) >= 3
        }
        self.postings = _postings(term_counts)
        passage_counts = [Counter(terms) for terms in passage_terms]
        # Paragraphs are searched too: a question is often about a paragraph's subject, while the
        # sentence holding the answer says "he" or "it".
        self.paragraph_postings = _postings(passage_counts)
        self.paragraph_count = len(passage_counts)
        self.paragraph_sentences: list[list[int]] = [[] for _ in passage_counts]
        for unit_index, unit in enumerate(self.sentences):
            self.paragraph_sentences[unit.paragraph].append(unit_index)
        # How specific a term is within the loaded articles, in (0, 1]: 1 for a term in one sentence,
        # low for the article's topic words ("civil disobedience" in an article about it).
        self.specificity = _specificity(term_counts)
        self.size = len(self.sentences)
        # Names, as folded words: what the extraction found, for whose-is-it checks.
        self.name_words = frozenset(
            word
            for unit in self.sentences
            for name in unit.fact.entities.names
            for word in fold(name).split()
        )
        # Names that are names typed in lower case too ("samsung stock").
        self.single_names: frozenset[str] = frozenset().union(
            *(_single_names(pack) for pack in knowledge.packs)
        )
        # Names of several words, each capitalised ("Wisdom Spectrum AI"): typed in lower case,
        # the whole phrase is still the name.
        self.phrase_names: frozenset[str] = frozenset(
            fold(name)
            for unit in self.sentences
            for name in unit.fact.entities.names
            if " " in name and all(word[0].isupper() for word in name.split())
        )
        self._longest_name = max((len(name.split()) for name in self.phrase_names), default=0)
        # The kinds of thing each sentence leaves unnamed, the words it counts, and the words it
        # names only as what it ranks a figure against: built here, not on the first question
        # that needs them (over 100,000 facts they take a tenth of a second).
        self.left_unnamed = _left_unnamed(self.sentences)
        self.counted = _counted(self.sentences)
        self.ranked_against = _ranked_against(self.folded)
        # What each sentence states as whose ("Apple's revenue"). A curated fact's is its first
        # citation's: its phrasings are how people ask ("qwen's api price"), not what the article
        # says, and its answer and other citations add context ("after Alibaba's US stock and
        # Apple's stock rose") that is not what the fact is about.
        # (An article's own words need no aliases, and most sentences own nothing: "'s" or
        # "of" is looked for before the patterns run.)
        quotes = [
            text if ("'" in quote or "’" in quote or " of " in quote.lower()) else ""
            for text, quote in zip(
                folded, (unit.fact.citation.quote for unit in self.sentences), strict=True
            )
        ]
        self.owned: list[Owned] = [
            merge([possessions(text, self.is_name)]) if text else {} for text in quotes
        ]
        # A name something else is owned by ("Alibaba launched its ... Tongyi Qianwen"): what
        # the name owns is its owner's too ("Alibaba's models" are Tongyi's).
        parents = name_owners(
            (text, unit.fact.entities.names)
            for text, unit in zip(folded, self.sentences, strict=True)
        )
        if parents:
            self.owned = [
                {
                    word: owners.union(*(parents.get(owner, ()) for owner in owners))
                    for word, owners in sentence_owned.items()
                }
                for sentence_owned in self.owned
            ]
        # Which names qualify what each sentence owns ("alibaba's hong kong stock").
        self.qualified: list[Mapping[str, frozenset[str]]] = [
            qualifiers(text, self.is_name) if "'" in text else {} for text in quotes
        ]
        self.curated: list[CuratedUnit] = []
        for pack in knowledge.packs:
            for curated in pack.curated:
                key = f"{pack.article.id}#{curated.id}"
                primary = self.by_key[f"{pack.article.id}#{curated.cites[0]}"]
                written = [
                    curated.question,
                    *curated.alternatives,
                    *curated.unsettled,
                    curated.answer,
                ]
                quotes = [pack.fact(cited).citation.quote for cited in curated.cites]
                terms: set[str] = set()
                secondary: set[str] = set()
                stated: set[str] = set()
                for position, text in enumerate(written + quotes):
                    expanded = self.aliases.expand(text)
                    if position > len(written):
                        secondary.update(content_terms(expanded))
                        continue
                    terms.update(content_terms(expanded))
                    if position >= len(written) - 1:  # the answer and the first quote
                        stated.update(content_terms(expanded))
                    if position < len(written):
                        # The curator's words, for typo correction (the quotes' are in already).
                        for word in surface_terms(expanded):
                            if word.isalpha() and len(word) >= 3:
                                self.words.setdefault(word, stem(word))
                self.by_key[key] = len(self.curated) + self.size
                self.curated.append(
                    CuratedUnit(
                        key=key,
                        pack=pack,
                        fact=curated,
                        phrasings=phrasing_forms(
                            (curated.question, *curated.alternatives, *curated.unsettled)
                        ),
                        terms=frozenset(terms),
                        secondary=frozenset(secondary - terms),
                        stated=frozenset(stated),
                        sentence=primary,
                        yes_or_no=bool(_YES_OR_NO_ANSWER.match(curated.answer)),
                        unnamed=unnamed(curated.answer),
                        answered=frozenset(map(stem, surface_terms(fold(curated.answer)))),
                    )
                )
        # Which curated facts hold each stem, their other citations' included: a fact holding
        # none of a question's words (or their forms) is not considered for it.
        self.curated_with: dict[str, list[int]] = {}
        for position, curated_unit in enumerate(self.curated):
            for term in curated_unit.terms | curated_unit.secondary:
                self.curated_with.setdefault(term, []).append(position)
        # Every phrasing in one flat list, so one rapidfuzz call scores them all per question.
        self.phrasings = [phrasing for unit in self.curated for phrasing in unit.phrasings]
        self.phrasing_starts = np.cumsum([0] + [len(unit.phrasings) for unit in self.curated])[:-1]
        # Which phrasings hold each stem: only those sharing a word with the question are
        # compared with it (the others would score low anyway, and comparing is the costly part).
        self.phrasings_with: dict[str, list[int]] = {}
        for position, phrasing in enumerate(self.phrasings):
            for term in {stem(word) for word in phrasing.split()}:
                self.phrasings_with.setdefault(term, []).append(position)
        self.all_terms = frozenset(self.postings) | frozenset(
            term for unit in self.curated for term in unit.terms
        )
        # Words by first letter and length: a typo is looked for among words of about its length.
        # ...and among the one-word aliases the articles never use ("regulators"): a typo of one
        # ("regultors") is read as the alias, then expanded as the alias is.
        self.alias_words = frozenset(
            phrase for phrase in self.aliases.replace if phrase.isalpha() and len(phrase) >= 5
        )
        self.by_shape: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self.alias_words - set(self.words)) + list(self.words):
            self.by_shape.setdefault((word[0], len(word)), []).append(word)
        # Stems by their first letters, for related forms the stemmer keeps apart
        # ("germany"/"german", "marry"/"marriage").
        self.by_prefix: dict[str, list[str]] = {}
        for term in sorted(self.all_terms):
            if term.isalpha() and len(term) >= PREFIX:
                self.by_prefix.setdefault(term[:PREFIX], []).append(term)

    def is_name(self, word: str) -> bool:
        """Whether a folded word names something: found as a name, a country, or rare in English."""
        return (
            word in self.name_words
            or word in country_words()
            or "." in word
            or rarity(word) >= NAME_RARITY
        )

    def is_known_name(self, word: str) -> bool:
        """Whether a folded word is part of a name the articles give, or a country: stricter
        than `is_name`, which also takes any rare word ("unveiled") for a name."""
        return word in self.name_words or word in country_words()

    def evidence(self, unit: int) -> Evidence:
        """What kinds of answer a sentence holds; worked out when first needed, then kept."""
        found = self._evidence.get(unit)
        if found is None:
            fact = self.sentences[unit].fact
            found = evidence(fact.citation.quote, fact.entities)
            if not found.days and NEXT_DAY.search(fact.citation.quote.lower()):
                found = dataclasses.replace(found, days=self._day_after_previous(unit))
            elif not found.days and SAME_DAY.search(fact.citation.quote.lower()):
                found = dataclasses.replace(found, days=self._day_after_previous(unit, 0))
            self._evidence[unit] = found
        return found

    def doers(self, unit: int) -> Owned:
        """Who does what in a sentence ("unveil" -> {"samsung"}); worked out when a question
        first names a doer or an owner, then kept."""
        found = self._doers.get(unit)
        if found is None:
            folded = self.folded[unit]
            found = merge(
                [doers(folded, self.is_known_name), apposed_doers(folded, self.is_known_name)]
            )
            self._doers[unit] = found
        return found

    def speech(self, unit: int) -> bool:
        """Whether a sentence reports what someone said; worked out when a question asks what
        someone said or did, then kept."""
        found = self._speech.get(unit)
        if found is None:
            found = self._speech[unit] = reports_speech(self.folded[unit])
        return found

    @functools.cached_property
    def owned_anywhere(self) -> Owned:
        """Whose each owned word is anywhere in the articles: "revenu" -> {"appl"}."""
        return merge(self.owned)

    @functools.cached_property
    def last_paragraph(self) -> dict[str, int]:
        """Each article's last paragraph number, by article id ("the last paragraph")."""
        last: dict[str, int] = {}
        for unit in self.sentences:
            article = unit.pack.article.id
            last[article] = max(last.get(article, 0), unit.fact.citation.paragraph)
        return last

    @functools.cached_property
    def site_names(self) -> dict[str, str]:
        """The articles' names by how a web address writes them: "huggingface" -> "hugging face"."""
        return {name.replace(" ", ""): name for name in self.phrase_names | self.single_names}

    @functools.cached_property
    def written_after_the(self) -> frozenset[str]:
        """The words the articles write right after "the" ("the iPhone"): things, which the
        names of companies never are. Worked out on the first question that needs them."""
        return frozenset(word for text in self.folded for word in _AFTER_THE.findall(text))

    @functools.cached_property
    def figures(self) -> frozenset[float]:
        """The figures the articles state ("7.7", "80000"), for the ones a reader rounds."""
        return frozenset(float(term) for term in self.all_terms if _FIGURE.fullmatch(term))

    @functools.cached_property
    def years(self) -> frozenset[str]:
        """The years the articles were published in."""
        return frozenset(
            pack.article.date[:4] for pack in self.knowledge.packs if pack.article.date
        )

    def year_written(self, unit: int) -> frozenset[str]:
        """The year a sentence's article was published in (none when it is undated)."""
        date = self.sentences[unit].pack.article.date
        return frozenset({date[:4]}) if date else frozenset()

    @functools.cached_property
    def days(self) -> frozenset[tuple[int, int]]:
        """The days of the year the articles name, "the next day" included."""
        return frozenset(
            day for unit in range(len(self.sentences)) for day in self.evidence(unit).days
        )

    @functools.cached_property
    def next_days(self) -> frozenset[tuple[int, int]]:
        """The days the articles give only as "the next day" (February 12 after February 11)."""
        return frozenset(
            day
            for unit, sentence in enumerate(self.sentences)
            if NEXT_DAY.search(sentence.fact.citation.quote.lower())
            for day in self.evidence(unit).days
        )

    def _day_after_previous(self, unit: int, days_after: int = 1) -> frozenset[tuple[int, int]]:
        """ "The next day": the day after the last one named before it in its paragraph (with
        `days_after` 0, "later that evening": that day itself)."""
        sentence = self.sentences[unit]
        for previous in reversed([n for n in sentence.neighbours if n < unit]):
            days = days_named(self.sentences[previous].fact.citation.quote)
            if len(days) == 1:
                day = next(iter(days))
                return frozenset({day_after(day) if days_after else day})
        return frozenset()

    def typo_candidates(self, word: str) -> list[str]:
        """Known words that could be `word` mistyped: same first letter, length within two."""
        return [
            known
            for length in range(len(word) - 2, len(word) + 3)
            for known in self.by_shape.get((word[0], length), ())
        ]

    def related(self, term: str) -> tuple[str, ...]:
        """Known stems close to `term`: another form of the word, or a synonym from the table."""
        forms = list(SYNONYMS.get(term, ()))
        if term in _COUNTRY_OF_PEOPLE:
            forms.append(_COUNTRY_OF_PEOPLE[term])
        if len(term) >= PREFIX:
            forms += [
                other
                for other in self.by_prefix.get(term[:PREFIX], ())
                if other != term
                and (other.startswith(term) or term.startswith(other))
                and abs(len(other) - len(term)) <= 3
            ]
        return tuple(dict.fromkeys(form for form in forms if form in self.all_terms))

    def named_in(self, folded: str) -> set[str]:
        """The words of the article's many-word names that a folded text holds whole."""
        words = [_bare(word) for word in folded.split()]
        found: set[str] = set()
        for start in range(len(words)):
            for size in range(min(self._longest_name, len(words) - start), 1, -1):
                phrase = words[start : start + size]
                if " ".join(phrase) in self.phrase_names:
                    found.update(phrase)
                    break
        return found

    def citation(self, unit: int) -> Citation:
        """The citation of a sentence unit."""
        return self.sentences[unit].fact.citation


# By stem: "chines" -> "china".
_COUNTRY_OF_PEOPLE = {stem(people): stem(country) for people, country in COUNTRY_OF_PEOPLE.items()}


def _postings(term_counts: list[Counter[str]]) -> Postings:
    """BM25 postings, computed in bulk with numpy."""
    # Every (unit, term) pair, unit after unit, as flat sequences: no Python loop per pair.
    # Terms are numbered in the order first met.
    terms = list(chain.from_iterable(term_counts))
    vocabulary = {term: number for number, term in enumerate(dict.fromkeys(terms))}
    size = len(term_counts)
    ids = np.array(list(map(vocabulary.__getitem__, terms)), dtype=np.int64)
    unit_array = np.repeat(
        np.arange(size, dtype=np.int32), [len(unit_counts) for unit_counts in term_counts]
    )
    tf = np.array(
        list(chain.from_iterable(unit_counts.values() for unit_counts in term_counts)),
        dtype=np.float32,
    )
    lengths = np.bincount(unit_array, weights=tf, minlength=size).astype(np.float32)
    norm = K1 * (1 - B + B * lengths / max(float(lengths.mean()) if size else 1.0, 1e-9))
    frequency = np.bincount(ids, minlength=len(vocabulary)).astype(np.float32)
    idf = np.log(1 + (size - frequency + 0.5) / (frequency + 0.5))
    weights = (tf * (K1 + 1) / (tf + norm[unit_array]) * idf[ids]).astype(np.float32)
    order = np.argsort(ids, kind="stable")
    bounds = np.searchsorted(ids[order], np.arange(len(vocabulary) + 1)).tolist()
    return Postings(
        # The vocabulary's terms are numbered 0, 1, 2... in its order: term i spans bounds i, i+1.
        dict(zip(vocabulary, pairwise(bounds), strict=True)),
        unit_array[order],
        weights[order],
    )


def phrasing_words(text: str, respelled: bool = True) -> str:
    """The folded content words of a phrasing, space-separated, for fuzzy comparison."""
    return " ".join(
        word
        for word in surface_terms(respell(text) if respelled else text)
        if word in ORDER_WORDS or (word not in STOP_WORDS and word not in QUESTION_FILLER)
    )


def phrasing_forms(texts: Sequence[str]) -> tuple[str, ...]:
    """Each phrasing's words as questions are respelled, then, after all of them, those whose
    words the respelling changed as written: "how did alibaba win apple over" is both "... caught
    apple eye" and, for "what made alibaba win the deal?", itself."""
    respelled = [phrasing_words(text) for text in texts]
    written = [phrasing_words(text, respelled=False) for text in texts]
    return (*respelled, *(raw for raw, new in zip(written, respelled, strict=True) if raw != new))


# "Who did Apple pick before Alibaba?" is not "Who reported that Apple picked Alibaba?": the order
# words stay in the phrasings compared (and in the question's), though they match no fact.
ORDER_WORDS = frozenset({"before", "after"})


def _specificity(term_counts: list[Counter[str]]) -> dict[str, float]:
    size = len(term_counts)
    frequency = Counter(chain.from_iterable(term_counts))  # in how many units each term is
    top = math.log(1 + (size - 0.5) / 1.5) or 1.0
    return {
        term: math.log(1 + (size - count + 0.5) / (count + 0.5)) / top
        for term, count in frequency.items()
    }
