"""The fact base on disk: pydantic models for the extracted facts and the curated ones."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Final = 1


class _Strict(BaseModel):
    # Fact files are written by people and by `build`; an unknown key is a typo, never ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Strict):
    """A half-open character range [start, end) of the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleMeta(_Strict):
    """What the article is: its file, title, date and where it came from."""

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9._-]*$")
    file: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    title: str
    title_span: Span
    date: str | None = Field(default=None, description="ISO date, when the article states one")
    dateline_span: Span | None = None
    views: int | None = None
    origin: str | None = None


ParagraphKind = Literal["content", "heading", "boilerplate"]


class Paragraph(_Strict):
    """A block of the article body, numbered from 1."""

    number: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: ParagraphKind


class Citation(_Strict):
    """A verbatim quote of the article and where it stands."""

    article: str
    paragraph: int = Field(ge=1)
    sentence: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(min_length=1)


class Entities(_Strict):
    """The names, numbers, percentages and dates a sentence states, as written."""

    names: list[str] = []
    numbers: list[str] = []
    percentages: list[str] = []
    dates: list[str] = []


class ExtractedFact(_Strict):
    """One content sentence of the article, as `build` extracted it."""

    id: str = Field(pattern=r"^s[0-9]+$")
    citation: Citation
    entities: Entities
    keywords: list[str]


class FactBase(_Strict):
    """The reviewable output of `build`: the article's metadata, paragraphs and one fact per sentence."""

    schema_version: Literal[1]
    article: ArticleMeta
    paragraphs: list[Paragraph]
    facts: list[ExtractedFact]


class CuratedFact(_Strict):
    """A fact a person wrote: a short answer, how people ask for it, and the sentences that prove it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    topic: str = Field(min_length=1, description="A few words for /topics and suggestions")
    question: str = Field(min_length=1, description="The canonical question")
    answer: str = Field(min_length=1)
    cites: list[str] = Field(min_length=1, description="Extracted fact ids; the first proves best")
    alternatives: list[str] = []
    # Ways of asking that reach this fact but that a yes/no answer's "Yes" or "No" does not settle
    # ("does the release depend on approval?" of "Is the May rollout guaranteed? No. ..."): matched
    # like the alternatives; the answer is given without its verdict.
    unsettled: list[str] = []
    kind: Literal["who", "what", "when", "where", "why", "how", "how_much", "yes_no"] | None = None


class Curation(_Strict):
    """The curated file of one article: facts and aliases (alias -> the words the article uses)."""

    facts: list[CuratedFact] = []
    aliases: dict[str, list[str]] = {}
