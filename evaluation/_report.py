"""What the reports share: plain-text tables, rates, verdicts, and `--params` parsing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from bot.engine import Params


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A fixed-width table: the first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def rate(value: float) -> str:
    """A rate in [0, 1] as a fixed-width decimal."""
    return f"{value:.3f}"


def rounded(value: Any, places: int = 4) -> Any:
    """`value` with every float in it rounded, for the JSON output only.

    Summaries keep full precision so that the printed table rounds once: rounding to four
    places and then printing three would show 148/171 (0.86550) as 0.866.
    """
    if isinstance(value, float):
        return round(value, places)
    if isinstance(value, dict):
        return {k: rounded(v, places) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v, places) for v in value]
    return value


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def parse_params(spec: str | None) -> Params:
    """Params from `k=v,k=v` (each value cast to the field's type)."""
    params = Params()
    if not spec:
        return params
    fields = {f.name for f in dataclasses.fields(Params)}
    changes: dict[str, Any] = {}
    for item in spec.split(","):
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or name not in fields:
            raise SystemExit(f"--params: {item!r} is not name=value for one of {sorted(fields)}")
        kind = type(getattr(params, name))
        changes[name] = (
            kind(value.strip()) if kind is not bool else value.strip() in {"1", "true", "yes"}
        )
    return dataclasses.replace(params, **changes)
