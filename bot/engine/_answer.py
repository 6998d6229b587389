"""What the engine returns: an answer with its citations, or an abstention with suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from knowledge import Citation

# What a message that only says hello or thank you is: the faces answer each in kind.
SmallTalk = Literal["greeting", "thanks"]


@dataclass(frozen=True)
class Choice:
    """A fact offered beside the answer ("did you mean"): its id and the question it answers."""

    fact_id: str
    label: str


@dataclass(frozen=True)
class Explanation:
    """Why the engine answered as it did: the parts of the winning score and the runner-up."""

    fact_id: str | None
    parts: dict[str, float]
    runner_up: str | None
    runner_up_confidence: float
    margin: float
    question_terms: tuple[str, ...] = ()
    question_type: str | None = None

    def lines(self) -> list[str]:
        """A human-readable account, one line per point."""
        out = [f"matched fact: {self.fact_id or '(none)'}"]
        if self.question_type:
            out.append(f"question type: {self.question_type}")
        if self.question_terms:
            out.append("question terms: " + ", ".join(self.question_terms))
        out.extend(f"  {name}: {value:.3f}" for name, value in self.parts.items())
        if self.runner_up:
            out.append(
                f"runner-up: {self.runner_up} (confidence {self.runner_up_confidence:.3f}, "
                f"margin {self.margin:.3f})"
            )
        else:
            out.append("runner-up: (none)")
        return out


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question.

    `answered` is False when the engine abstains: the article does not say, or two sentences are
    too close to choose (then `choices` holds both). When another curated fact fits about as well
    as the answer, `choices` (and `suggestions`) offer it beside the answer ("did you mean").
    `confidence` is in [0, 1]: the weighted share of the
    question's distinctive words that the matched fact covers, discounted when the kind of question
    (who, when, how much) does not fit what the fact states; the engine answers at 0.5 and above.
    """

    question: str
    answered: bool
    answer: str | None
    confidence: float
    fact_id: str | None
    citations: tuple[Citation, ...]
    suggestions: tuple[str, ...]
    article_title: str | None = None
    choices: tuple[Choice, ...] = ()
    explanation: Explanation | None = field(default=None, compare=False)
    # "greeting" or "thanks" when the message only says hello or thank you: an abstention the
    # faces answer in kind before offering topics (not part of the `ask --json` contract).
    small_talk: SmallTalk | None = None

    def to_json(self) -> dict[str, Any]:
        """The stable `ask --json` object."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer,
            "confidence": round(self.confidence, 4),
            "fact_id": self.fact_id,
            "citations": [citation.model_dump() for citation in self.citations],
            "suggestions": list(self.suggestions),
        }
