"""Article layout: title, dateline, paragraphs and sentences, each with character offsets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from knowledge._schema import ParagraphKind

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

# Datelines seen under titles: "02/13 2025 447" (date and a view count), "2025-02-13",
# "13 February 2025", "February 13, 2025", "02/13/2025".
_DATELINES = [
    re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})[ /](?P<y>\d{4})(?:\s+(?P<views>\d+))?$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\s+(?P<views>\d+))?$"),
    re.compile(rf"^(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>\d{{4}})$", re.IGNORECASE),
    re.compile(rf"^{_MONTH}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})$", re.IGNORECASE),
]

_BOILERPLATE = re.compile(
    r"copyright|all rights reserved|reprint|solemnly declare|please contact us|©|"
    r"unauthori[sz]ed reproduction|originally published|subscribe to our",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)")


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines, as offsets into the text."""

    start: int
    end: int


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of a content paragraph: its numbers and offsets."""

    paragraph: int
    number: int
    start: int
    end: int


@dataclass(frozen=True)
class ParagraphSpan:
    """A numbered block of the article body."""

    number: int
    start: int
    end: int
    kind: ParagraphKind


@dataclass(frozen=True)
class Layout:
    """Everything `segment` finds in an article."""

    title: str
    title_start: int
    title_end: int
    date: str | None
    dateline: Block | None
    views: int | None
    paragraphs: list[ParagraphSpan]
    sentences: list[SentenceSpan]


def blocks(text: str) -> list[Block]:
    """Blocks of consecutive non-blank lines (paragraphs as written, blank-line separated)."""
    found: list[Block] = []
    start: int | None = None
    end = 0
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            if start is None:
                start = position + (len(stripped) - len(stripped.lstrip()))
            end = position + len(stripped.rstrip())
        elif start is not None:
            found.append(Block(start, end))
            start = None
        position += len(line)
    if start is not None:
        found.append(Block(start, end))
    return found


def parse_dateline(line: str) -> tuple[str, int | None] | None:
    """The ISO date (and view count) of a dateline such as "02/13 2025 447", or None."""
    for pattern in _DATELINES:
        match = pattern.match(line.strip())
        if not match:
            continue
        parts = match.groupdict()
        month = _MONTHS[parts["month_name"].lower()] if parts.get("month_name") else int(parts["m"])
        try:
            date = dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
        views = int(parts["views"]) if parts.get("views") else None
        return date.isoformat(), views
    return None


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _locate(text: str, piece: str, cursor: int) -> tuple[int, int] | None:
    """Where `piece` (a sentence pysbd returned) stands in `text` at or after `cursor`."""
    piece = piece.strip()
    if not piece:
        return None
    at = text.find(piece, cursor)
    if at >= 0:
        return at, at + len(piece)
    # pysbd may have touched whitespace; match the words with any whitespace between them.
    pattern = r"\s+".join(re.escape(word) for word in piece.split())
    match = re.compile(pattern).search(text, cursor)
    return (match.start(), match.end()) if match else None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence offsets within text[start:end]; list items and lines of a list stand alone."""
    lines = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        lines.append((position, position + len(line.rstrip())))
        position += len(line)
    # A block with a list in it is one sentence group per item: an item's wrapped lines stay with
    # it, lines before the first item are the list's introduction, and the marker ("- ", "2. ") is
    # layout, not part of the quote.
    items = sum(bool(_LIST_ITEM.match(text[a:b])) for a, b in lines)
    if items >= 2 or (items == 1 and len(lines) == 2):
        groups: list[tuple[int, int]] = []
        for a, b in lines:
            marker = _LIST_ITEM.match(text[a:b])
            if marker:
                groups.append((a + marker.end(), b))
            elif not text[a:b].strip():
                continue
            elif groups:
                groups[-1] = (groups[-1][0], b)
            else:
                groups.append((a, b))
    else:
        groups = [(start, end)]
    spans: list[tuple[int, int]] = []
    for group_start, group_end in groups:
        chunk = text[group_start:group_end].replace("\n", " ").replace("\r", " ")
        cursor = 0
        for piece in _segmenter().segment(chunk):
            located = _locate(chunk, piece, cursor)
            if located is None:
                continue
            cursor = located[1]
            spans.append((group_start + located[0], group_start + located[1]))
    return spans


def segment(text: str) -> Layout:
    """Find the title, the dateline, and the numbered paragraphs and sentences of an article."""
    found = blocks(text)
    if not found:
        raise ValueError("the article has no text")
    first = found[0]
    line_end = text.find("\n", first.start, first.end)
    first_line_end = first.end if line_end < 0 else line_end
    title_start = first.start
    title_end = first.start + len(text[first.start : first_line_end].rstrip())
    heading = _HEADING.match(text[title_start:title_end])
    if heading:
        title_start, title_end = title_start + heading.start(2), title_start + heading.end(2)
    body = found[1:]
    if line_end >= 0:
        # The title's block goes on below the title line: the rest is the first paragraph.
        rest = text[line_end + 1 : first.end]
        body = [Block(first.end - len(rest.lstrip()), first.end), *body]

    date = views = None
    dateline = None
    if body and "\n" not in text[body[0].start : body[0].end]:
        parsed = parse_dateline(text[body[0].start : body[0].end])
        if parsed:
            date, views = parsed
            dateline = body[0]
            body = body[1:]

    paragraphs: list[ParagraphSpan] = []
    sentences: list[SentenceSpan] = []
    # Boilerplate is recognised only at the end: a trailing run of notices, not a sentence that
    # merely mentions copyright in the middle of the story.
    boilerplate_from = len(body)
    while boilerplate_from > 0:
        last = body[boilerplate_from - 1]
        if not _BOILERPLATE.search(text[last.start : last.end]):
            break
        boilerplate_from -= 1
    for index, block in enumerate(body):
        number = index + 1
        raw = text[block.start : block.end]
        kind: ParagraphKind
        if index >= boilerplate_from:
            kind = "boilerplate"
        elif _HEADING.match(raw) and "\n" not in raw:
            kind = "heading"
        else:
            kind = "content"
        paragraphs.append(ParagraphSpan(number, block.start, block.end, kind))
        if kind != "content":
            continue
        for sentence_start, sentence_end in split_sentences(text, block.start, block.end):
            sentences.append(SentenceSpan(number, len(sentences) + 1, sentence_start, sentence_end))
    return Layout(
        title=text[title_start:title_end],
        title_start=title_start,
        title_end=title_end,
        date=date,
        dateline=dateline,
        views=views,
        paragraphs=paragraphs,
        sentences=sentences,
    )
