"""Loading a knowledge pack, with every quote, id and reference checked against the article."""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from knowledge._build import CURATION_FILE, FACTS_FILE, read_article
from knowledge._errors import ArticleError, FactFileError
from knowledge._schema import (
    ArticleMeta,
    Citation,
    CuratedFact,
    Curation,
    ExtractedFact,
    FactBase,
    Paragraph,
)

PACKS_DIR = Path(__file__).parent / "packs"
DEFAULT_PACK = PACKS_DIR / "apple-alibaba-2025-02-13"


@dataclass(frozen=True)
class Pack:
    """One article with its checked fact base and curation."""

    folder: Path
    text: str
    article: ArticleMeta
    paragraphs: tuple[Paragraph, ...]
    facts: tuple[ExtractedFact, ...]
    curated: tuple[CuratedFact, ...]
    aliases: dict[str, list[str]]
    _by_id: dict[str, ExtractedFact] = field(repr=False, compare=False)

    def fact(self, fact_id: str) -> ExtractedFact:
        """The extracted fact with this id."""
        return self._by_id[fact_id]


@dataclass(frozen=True)
class KnowledgeBase:
    """All loaded packs; article ids are unique across them."""

    packs: tuple[Pack, ...]

    def pack(self, article_id: str) -> Pack:
        """The pack of this article id."""
        for pack in self.packs:
            if pack.article.id == article_id:
                return pack
        raise KeyError(article_id)


def _field_of(location: Sequence[int | str]) -> str:
    return ".".join(str(part) for part in location)


def _raise_validation(path: Path, raw: Any, error: ValidationError, collection: str) -> None:
    first = error.errors()[0]
    location = list(first["loc"])
    fact_id = None
    if len(location) >= 2 and location[0] == collection and isinstance(location[1], int):
        try:
            fact_id = str(raw[collection][location[1]].get("id", f"#{location[1] + 1}"))
        except (KeyError, IndexError, TypeError, AttributeError):
            fact_id = f"#{location[1] + 1}"
        location = location[2:]
    raise FactFileError(path, first["msg"], fact_id=fact_id, field=_field_of(location) or None)


def _check_citation(
    path: Path,
    fact_id: str,
    citation: Citation,
    text: str,
    pack: FactBase,
    paragraphs: Mapping[int, Paragraph],
) -> None:
    """Fail unless the citation quotes its article exactly, inside the paragraph it names;
    `paragraphs` is the pack's by number (made once per pack, not once per citation)."""

    def fail(field_name: str, problem: str) -> None:
        raise FactFileError(path, problem, fact_id=fact_id, field=f"citation.{field_name}")

    if citation.article != pack.article.id:
        fail(
            "article", f"names {citation.article!r}, but this pack's article is {pack.article.id!r}"
        )
    if not citation.start < citation.end <= len(text):
        fail(
            "end",
            f"span {citation.start}..{citation.end} is not inside the article ({len(text)} characters)",
        )
    actual = text[citation.start : citation.end]
    if citation.quote != actual:
        fail(
            "quote",
            f"is not the article text at {citation.start}..{citation.end} (the article has {actual[:60]!r})",
        )
    paragraph = paragraphs.get(citation.paragraph)
    if paragraph is None or not paragraph.start <= citation.start < citation.end <= paragraph.end:
        fail(
            "paragraph",
            f"paragraph {citation.paragraph} does not hold {citation.start}..{citation.end}",
        )


def _load_facts(folder: Path) -> tuple[FactBase, str]:
    path = folder / FACTS_FILE
    if not path.is_file():
        raise FactFileError(
            path, "missing; run `python -m bot build ARTICLE --out FOLDER` to make it"
        )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise FactFileError(path, f"not valid JSON ({error})") from None
    try:
        base = FactBase.model_validate(raw)
    except ValidationError as error:
        _raise_validation(path, raw, error, "facts")
        raise  # unreachable: _raise_validation always raises
    article_path = folder / base.article.file
    try:
        text = read_article(article_path)
    except ArticleError as error:
        raise FactFileError(
            path,
            f"its article {base.article.file!r} cannot be read: {error.problem}",
            field="article.file",
        ) from None
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != base.article.sha256:
        raise FactFileError(
            path,
            "the article changed since the facts were built; run `build` again",
            field="article.sha256",
        )
    if text[base.article.title_span.start : base.article.title_span.end] != base.article.title:
        raise FactFileError(path, "is not the article text at title_span", field="article.title")
    seen: set[str] = set()
    paragraphs = {p.number: p for p in base.paragraphs}
    for number, fact in enumerate(base.facts, start=1):
        if fact.id in seen:
            raise FactFileError(path, "the id is used twice", fact_id=fact.id, field="id")
        seen.add(fact.id)
        _check_citation(path, fact.id, fact.citation, text, base, paragraphs)
        if fact.citation.sentence != number:
            raise FactFileError(
                path,
                f"sentence number should be {number} (facts are in article order)",
                fact_id=fact.id,
                field="citation.sentence",
            )
    return base, text


def _load_curation(folder: Path, base: FactBase) -> Curation:
    path = folder / CURATION_FILE
    if not path.is_file():
        return Curation()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise FactFileError(path, f"not valid TOML ({error})") from None
    try:
        curation = Curation.model_validate(raw)
    except ValidationError as error:
        _raise_validation(path, raw, error, "facts")
        raise
    extracted = {fact.id for fact in base.facts}
    seen: set[str] = set()
    for fact in curation.facts:
        if fact.id in seen or fact.id in extracted:
            raise FactFileError(path, "the id is used twice", fact_id=fact.id, field="id")
        seen.add(fact.id)
        for index, cited in enumerate(fact.cites):
            if cited not in extracted:
                raise FactFileError(
                    path,
                    f"{cited!r} is not a fact of {base.article.file}",
                    fact_id=fact.id,
                    field=f"cites.{index}",
                )
    for term, variants in curation.aliases.items():
        if not term.strip() or any(not variant.strip() for variant in variants):
            raise FactFileError(path, "an alias is empty", field=f"aliases.{term}")
    return curation


def load_pack(folder: Path | str) -> Pack:
    """Load and check one knowledge pack folder; a FactFileError names what is wrong."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FactFileError(folder, "no such knowledge folder")
    base, text = _load_facts(folder)
    curation = _load_curation(folder, base)
    return Pack(
        folder=folder,
        text=text,
        article=base.article,
        paragraphs=tuple(base.paragraphs),
        facts=tuple(base.facts),
        curated=tuple(curation.facts),
        aliases=dict(curation.aliases),
        _by_id={fact.id: fact for fact in base.facts},
    )


def load_knowledge(folders: Iterable[Path | str] | None = None) -> KnowledgeBase:
    """Load the given pack folders (default: the shipped article); article ids must be unique."""
    chosen = list(folders) if folders else [DEFAULT_PACK]
    packs: list[Pack] = []
    for folder in chosen:
        pack = load_pack(folder)
        if any(other.article.id == pack.article.id for other in packs):
            raise FactFileError(
                Path(folder) / FACTS_FILE,
                f"article id {pack.article.id!r} is loaded twice",
                field="article.id",
            )
        packs.append(pack)
    return KnowledgeBase(packs=tuple(packs))
