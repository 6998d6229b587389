"""Errors that name the file, the fact and the field, so a broken fact file is fixed in one look."""

from __future__ import annotations

from pathlib import Path


class KnowledgeError(Exception):
    """A knowledge pack cannot be built or loaded."""


class ArticleError(KnowledgeError):
    """An article file cannot be read as a plain-text article."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class FactFileError(KnowledgeError):
    """A fact or curation file is malformed or disagrees with its article."""

    def __init__(
        self,
        path: Path | str,
        problem: str,
        *,
        fact_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.fact_id = fact_id
        self.field = field
        self.problem = problem
        where = [str(path)]
        if fact_id is not None:
            where.append(f"fact {fact_id!r}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__(f"{': '.join(where)}: {problem}")
