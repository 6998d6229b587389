"""`build`: a plain-text or Markdown article in, a reviewable fact base (a knowledge pack) out."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from knowledge._errors import ArticleError
from knowledge._extract import capitalised_words, entities, keywords
from knowledge._schema import (
    SCHEMA_VERSION,
    ArticleMeta,
    Citation,
    ExtractedFact,
    FactBase,
    Paragraph,
    Span,
)
from knowledge._segment import segment

FACTS_FILE = "facts.json"
CURATION_FILE = "curated.toml"
MAX_ARTICLE_BYTES = 2_000_000  # about 300,000 words: a book, not an article

CURATION_TEMPLATE = """\
# Curated facts for {title!r}.
# Each fact gives a short answer, the ways people ask for it, and the extracted sentences
# (ids from facts.json, like "s3") that prove it; the first one cited proves it best.
# `python -m bot check --knowledge {folder}` validates this file.
#
# [[facts]]
# id = "who-chose-whom"
# topic = "who was chosen"
# question = "Who did they choose?"
# alternatives = ["Which partner was picked?"]
# answer = "A short answer in your own words."
# cites = ["s1"]
#
# A yes/no fact's answer opens with its verdict ("Yes." / "No.") for its question and
# alternatives; ways of asking that reach it but that the verdict does not answer go in
# `unsettled` (they get the answer without "Yes" or "No"):
# question = "Is the launch guaranteed?"
# answer = "No. It is only expected if approved."
# unsettled = ["does the launch depend on approval"]
#
# [aliases]
# "the article's word" = ["another way people say it"]
"""


def article_id(path: Path) -> str:
    """A pack id from the file name: lower case, with dashes for anything unusual."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-._")
    return slug or "article"


def read_article(path: Path) -> str:
    """The text of an article file, or an ArticleError saying plainly why it is not one."""
    if not path.is_file():
        raise ArticleError(path, "no such file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path,
            f"the file is {size:,} bytes; articles up to {MAX_ARTICLE_BYTES:,} bytes are supported",
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise ArticleError(path, "the file is binary, not a plain-text or Markdown article")
    try:
        text = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path,
            f"the file is not UTF-8 text (bad byte at offset {error.start}); convert it to UTF-8",
        ) from None
    if not text.strip():
        raise ArticleError(path, "the file is empty")
    return text


def extract(text: str, *, article: str, file: str, origin: str | None = None) -> FactBase:
    """The fact base of one article: one fact per content sentence with its citation."""
    layout = segment(text)
    if not layout.sentences:
        raise ArticleError(file, "the article has a title but no sentences to answer from")
    meta = ArticleMeta(
        id=article,
        file=file,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=layout.title,
        title_span=Span(start=layout.title_start, end=layout.title_end),
        date=layout.date,
        dateline_span=Span(start=layout.dateline.start, end=layout.dateline.end)
        if layout.dateline
        else None,
        views=layout.views,
        origin=origin,
    )
    facts = []
    known_names = capitalised_words(text[s.start : s.end] for s in layout.sentences)
    for sentence in layout.sentences:
        quote = text[sentence.start : sentence.end]
        facts.append(
            ExtractedFact(
                id=f"s{sentence.number}",
                citation=Citation(
                    article=article,
                    paragraph=sentence.paragraph,
                    sentence=sentence.number,
                    start=sentence.start,
                    end=sentence.end,
                    quote=quote,
                ),
                entities=entities(quote, known_names),
                keywords=keywords(quote),
            )
        )
    paragraphs = [
        Paragraph(number=p.number, start=p.start, end=p.end, kind=p.kind) for p in layout.paragraphs
    ]
    return FactBase(schema_version=SCHEMA_VERSION, article=meta, paragraphs=paragraphs, facts=facts)


def build(path: Path, out: Path | None = None, *, origin: str | None = None) -> Path:
    """Build the knowledge pack of the article at `path` into `out` (default: beside it).

    Writes the article (copied byte for byte when `out` is elsewhere), `facts.json`, and an empty
    `curated.toml` when none exists. Returns the pack folder.
    """
    text = read_article(path)
    out = path.parent if out is None else out
    out.mkdir(parents=True, exist_ok=True)
    target = out / path.name
    if target.resolve() != path.resolve():
        shutil.copyfile(path, target)
    # The hash is of the text as decoded; a BOM is not part of any quote.
    try:
        base = extract(text, article=article_id(path), file=path.name, origin=origin)
    except ArticleError as error:
        # Name the file as the user gave it, like every other complaint about it.
        raise ArticleError(path, error.problem) from None
    existing = out / FACTS_FILE
    if existing.is_file() and origin is None:
        # Keep the origin a person recorded when the pack is rebuilt.
        try:
            kept = json.loads(existing.read_text(encoding="utf-8")).get("article", {}).get("origin")
        except (ValueError, AttributeError):
            kept = None
        if kept:
            base = base.model_copy(
                update={"article": base.article.model_copy(update={"origin": kept})}
            )
    existing.write_text(base.model_dump_json(indent=2) + "\n", encoding="utf-8")
    curation = out / CURATION_FILE
    if not curation.exists():
        curation.write_text(
            CURATION_TEMPLATE.format(title=base.article.title, folder=out), encoding="utf-8"
        )
    return out
