"""Answers as Telegram HTML: every user and article text escaped, split under the length limit."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

from bot.engine import Answer
from knowledge import ArticleMeta, Citation

MESSAGE_LIMIT = 4096  # Telegram's limit, in UTF-16 code units
BUTTON_LABEL_CHARS = 60  # longer inline-keyboard labels are cut off by the apps anyway
MAX_CITATIONS = 3

# Tags, character references, newlines, other whitespace, words: the atoms a message is cut between.
_ATOM = re.compile(r"<[^<>]*>|&#?\w+;|\n+|[^\S\n]+|[^<&\s]+|[<&]")
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: characters outside the BMP take two UTF-16 units."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quote_html(citation: Citation) -> str:
    """One citation: the verbatim sentence as a blockquote, then its paragraph."""
    quote = escape(citation.quote)
    return f"<blockquote>{quote}</blockquote>\n<i>— paragraph {citation.paragraph}</i>"


def answer_html(answer: Answer, titles: dict[str, str]) -> str:
    """An answered question: the short answer in bold, the quotes that prove it, the article.

    `titles` maps article ids to titles (several articles may be loaded).
    """
    assert answer.answered and answer.answer is not None
    lines: list[str] = []
    cited = answer.citations[:MAX_CITATIONS]
    if answer.answer not in [citation.quote for citation in cited]:
        lines += [f"<b>{escape(answer.answer)}</b>", ""]
    lines.append("The article says:")
    lines.extend(quote_html(citation) for citation in cited)
    for article in dict.fromkeys(citation.article for citation in cited):
        lines.append(f"<i>Source: {escape(titles.get(article, article))}</i>")
    return "\n".join(lines)


# A hello or a thank-you answered in kind, before what the article covers.
_SMALL_TALK = {
    "greeting": "Hello! 👋 Ask me anything about the article: I answer with a quote from it.",
    "thanks": "You're welcome! 🙂",
}


def abstention_html(answer: Answer, topics: Sequence[str]) -> str:
    """The article does not say: say so, and offer what it does cover."""
    lines = [_SMALL_TALK.get(answer.small_talk or "", "The article does not say. 🤷")]
    if topics:
        lines.append("It covers: " + escape(", ".join(topics[:8])) + ".")
    if answer.suggestions:
        lines.append("")
        lines.append("You could ask:")
        lines.extend(f"• {escape(suggestion)}" for suggestion in answer.suggestions)
    return "\n".join(lines)


def did_you_mean_html(answer: Answer) -> str:
    """Facts offered by button: the one beside an answer, or two nearly tied ones in its place."""
    heading = (
        "Another part of the article fits about as well; did you mean:"
        if answer.answered
        else "Did you mean one of these?"
    )
    lines = [heading]
    lines.extend(f"• {escape(shorten(choice.label, 200))}" for choice in answer.choices)
    return "\n".join(lines)


def reply_html(answer: Answer, titles: dict[str, str], topics: Sequence[str]) -> str:
    """The reply to any answer: cited answer (and a near-tied other fact), a choice between two
    nearly tied facts, or abstention."""
    if answer.answered:
        cited = answer_html(answer, titles)
        return f"{cited}\n\n{did_you_mean_html(answer)}" if answer.choices else cited
    if answer.choices:
        return did_you_mean_html(answer)
    return abstention_html(answer, topics)


def source_html(articles: Iterable[ArticleMeta]) -> str:
    """What /source says: title, date and origin of every loaded article."""
    blocks = []
    for article in articles:
        lines = [f"<b>{escape(article.title)}</b>"]
        lines.append(f"Date: {escape(article.date or 'not stated')}")
        lines.append(f"Origin: {escape(article.origin or 'not stated')}")
        lines.append(f"File: <code>{escape(article.file)}</code>")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or "No article is loaded."


def topics_html(topics: Sequence[str], examples: Sequence[str]) -> str:
    """What /topics says: the topics the article covers and a few questions to try."""
    lines = ["<b>The article covers:</b>"]
    lines.extend(f"• {escape(topic)}" for topic in topics)
    if examples:
        lines.append("")
        lines.append("<b>Try asking:</b>")
        lines.extend(f"• {escape(example)}" for example in examples)
    return "\n".join(lines)


def explanation_html(answer: Answer | None) -> str:
    """What /why says about the last answer: matched fact, score parts, runner-up."""
    if answer is None or answer.explanation is None:
        return "Ask me something first; then /why explains how I matched it."
    lines = [f"<b>Why I answered “{escape(shorten(answer.question, 200))}” that way:</b>"]
    lines.append(f"<pre>{escape(chr(10).join(answer.explanation.lines()))}</pre>")
    return "\n".join(lines)


# -- splitting -------------------------------------------------------------------------------


def _opening(tag: str) -> str | None:
    """The tag name if `tag` opens an element, else None."""
    match = _TAG.match(tag)
    if match is None or match.group(1) or tag.endswith("/>"):
        return None
    return match.group(2).lower()


def _closing(stack: Sequence[str]) -> str:
    return "".join(f"</{_TAG.match(tag).group(2).lower()}>" for tag in reversed(stack))  # type: ignore[union-attr]


def _atoms(html: str, limit: int) -> list[str]:
    """The message cut into atoms; a word longer than a whole message is cut into pieces."""
    atoms = []
    for atom in _ATOM.findall(html):
        if (atom.startswith("<") and len(atom) > 1) or utf16_len(atom) <= limit // 2:
            atoms.append(atom)
            continue
        piece = ""
        for char in atom:
            if utf16_len(piece) + utf16_len(char) > limit // 2:
                atoms.append(piece)
                piece = ""
            piece += char
        atoms.append(piece)
    return atoms


def split_html(html: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut a message into parts of at most `limit` UTF-16 units, never inside a tag or a word.

    Cuts go at a blank line or newline when there is one in the second half of a part, else at a
    space. Elements open at a cut are closed at the end of one part and opened again at the start
    of the next, so every part is valid HTML on its own.
    """
    if utf16_len(html) <= limit:
        return [html]
    # Room for closing and reopening the tags around a cut (Telegram nests only a few deep).
    budget = limit - 200
    parts: list[str] = []
    stack: list[str] = []  # opening tags in force
    current: list[str] = []
    size = 0
    # (index in current, stack after it, is a newline): where a cut may go; newlines preferred.
    cuts: list[tuple[int, list[str], bool]] = []

    def flush(upto: int, stack_then: list[str]) -> None:
        nonlocal current, size, cuts
        head, tail = current[:upto], current[upto:]
        text = "".join(head).strip() + _closing(stack_then)
        if text.strip():
            parts.append(text)
        current = list(stack_then) + tail
        size = sum(utf16_len(atom) for atom in current)
        cuts = []

    for atom in _atoms(html, budget):
        width = utf16_len(atom)
        if size + width > budget and current:
            newline_cuts = [cut for cut in cuts if cut[2] and cut[0] > len(current) // 2]
            chosen = (newline_cuts or cuts or [(len(current), list(stack), False)])[-1]
            flush(chosen[0], chosen[1])
        current.append(atom)
        size += width
        if atom.startswith("<") and len(atom) > 1:
            name = _opening(atom)
            if name is not None:
                stack.append(atom)
            elif atom.startswith("</"):
                for position in range(len(stack) - 1, -1, -1):
                    if _opening(stack[position]) == atom[2:-1].strip().lower():
                        del stack[position]
                        break
        elif atom.isspace():
            cuts.append((len(current), list(stack), "\n" in atom))
    tail = "".join(current).strip()
    if tail and tail != "".join(stack):
        parts.append(tail)
    return parts
