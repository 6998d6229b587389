"""A question typed as code, read as the words it is made of.

Developers ask the way they write: `samsung.galaxy_s25.launch_date -> ?`,
`why(apple.drop(deepseek)) // root cause pls`, `SELECT COUNT(enterprises) FROM tongyi_api_users;`.
The words are all there, glued by dots, underscores, brackets and operators that no fact holds:
`galaxy_s25` is one unknown word, not Galaxy S25. A message that looks like code has them taken
apart into words; "count" asks how many, a SELECT asks what. Prose is left as it is: "U.S.",
"Qwen 2.5-Max" and "iOS 18.5" hold dots but no code.
"""

from __future__ import annotations

import re

# What only code has: words joined by an underscore or a dot ("launch_date", "apple.drop"), an
# arrow, a comparison, an assignment asked ("= ?"), a call on a word ("drop(deepseek)"), a
# comment, a SELECT.
_LOOKS_LIKE_CODE = re.compile(
    r"[A-Za-z0-9]_[A-Za-z0-9]|[a-z]{2}\.[a-z]{2}|->|=>|==|!=|=\s*\?|\b[a-z]\w*\((?!s\))|//"
    r"|\[\]|^\s*select\b[^?]*\bfrom\b",
    re.IGNORECASE,
)
# ...taken apart: a dot between words of two letters or more ("U.S." stays), an underscore, a
# lower-case word's capital ("launchDate"; not "iPhone", "ModelScope").
_JOINING_DOT = re.compile(r"(?<=\w)\.(?=[A-Za-z]{2})|(?<=[)\]])\.(?=[A-Za-z])")
_DIGITS_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")  # "qwen_2_5_max": Qwen 2.5 Max
_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])")
_CAMEL = re.compile(r"\b([a-z]{2,})(?=[A-Z][a-z])")
_OPERATORS = re.compile(r"->|=>|==|!=|//+|[=;{}\[\]()`'\"<>|&]")
_SELECT = re.compile(r"^\s*select\s+(?:(count)\b\s*|\*\s*)?", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)  # (a condition, not a question of place)
_COUNT = re.compile(r"\b(?:count|len|size|num|n)\b(?=[^?]*$)", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)


def as_prose(text: str) -> str:
    """`text` with a question typed as code taken apart into its words; prose as it is."""
    if not _LOOKS_LIKE_CODE.search(text):
        return text
    select = _SELECT.match(text)
    if select:
        # "SELECT COUNT(x) FROM y": how many x of y; "SELECT x FROM y": what x of y
        text = ("how many " if select.group(1) else "what ") + text[select.end() :]
        text = _WHERE.sub("in", _FROM.sub("of", text))
    text = _JOINING_DOT.sub(" ", _DIGITS_UNDERSCORE.sub(".", text))
    text = _CAMEL.sub(r"\1 ", _UNDERSCORE.sub(" ", text))
    text = _OPERATORS.sub(" ", text)
    if not _QUESTION_WORD.search(text) and _COUNT.search(text):
        text = "how many " + _COUNT.sub(" ", text)
    text = " ".join(text.replace(" ?", "?").split())
    text = re.sub(r"\s*\?+", "?", text)
    return text if text.endswith("?") else f"{text}?"
