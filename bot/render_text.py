"""Plain-text rendering of answers, for the console and `ask`."""

from __future__ import annotations

import textwrap

from bot.engine import Answer, Engine

WIDTH = 88
MAX_QUOTES = 3  # as many as a Telegram reply shows: a comparison's or a two-part answer's sides


def _wrap(text: str, prefix: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=prefix, subsequent_indent=prefix) or prefix


# A hello or a thank-you answered in kind, before what can be asked.
_SMALL_TALK = {
    "greeting": "Hello! I answer questions about the article, quoting it.",
    "thanks": "You're welcome.",
}


def render_answer(answer: Answer, engine: Engine) -> str:
    """An answer with its quote and place, or an abstention with what can be asked instead."""
    if answer.answered and answer.answer is not None:
        quote_only = bool(answer.citations) and answer.answer == answer.citations[0].quote
        lines = ["The article says:" if quote_only else _wrap(answer.answer)]
        for citation in answer.citations[:MAX_QUOTES]:
            title = engine.knowledge.pack(citation.article).article.title
            lines.append(_wrap(f"“{citation.quote}”", "  > "))
            lines.append(
                f"  (paragraph {citation.paragraph}, sentence {citation.sentence} of “{title}”)"
            )
        lines.append(f"  confidence {answer.confidence:.2f}")
        if answer.choices:
            lines.append("Another part of the article fits about as well; did you mean:")
            lines += [f"  - {choice.label}" for choice in answer.choices]
        return "\n".join(lines)
    if answer.choices:
        lines = ["Two parts of the article fit about equally well. Did you mean:"]
        lines += [f"  {number}. {choice.label}" for number, choice in enumerate(answer.choices, 1)]
        return "\n".join(lines)
    lines = [_SMALL_TALK.get(answer.small_talk or "", "The article does not say.")]
    if answer.suggestions:
        lines.append("You could ask:" if answer.small_talk else "It does answer, for instance:")
        lines += [f"  - {suggestion}" for suggestion in answer.suggestions]
    return "\n".join(lines)


def render_explanation(answer: Answer) -> str:
    """The --explain / /why account of an answer."""
    if answer.explanation is None:
        return "(no explanation)"
    return "\n".join(answer.explanation.lines())


def render_sources(engine: Engine) -> str:
    """Title, date and origin of every loaded article."""
    lines = []
    for pack in engine.knowledge.packs:
        meta = pack.article
        line = f"“{meta.title}”"
        if meta.date:
            line += f", {meta.date}"
        lines.append(line)
        lines.append(
            f"  file: {meta.file}; {len(pack.facts)} sentences, {len(pack.curated)} curated facts"
        )
        if meta.origin:
            lines.append(f"  origin: {meta.origin}")
    return "\n".join(lines)


def render_topics(engine: Engine) -> str:
    """What the loaded articles cover."""
    return "The article covers:\n" + "\n".join(f"  - {topic}" for topic in engine.topics())
