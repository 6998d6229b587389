"""The question-answering engine: matching, confidence and abstention over a knowledge base."""

from bot.engine._answer import Answer, Choice, Explanation
from bot.engine._engine import Engine, Params
from bot.engine._normalize import MAX_QUESTION_CHARS, clean

__all__ = ["MAX_QUESTION_CHARS", "Answer", "Choice", "Engine", "Explanation", "Params", "clean"]
