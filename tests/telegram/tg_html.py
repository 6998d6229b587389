"""A checker for Telegram's HTML parse mode: only its tags and attributes, closed and escaped."""

from __future__ import annotations

from html.parser import HTMLParser

# https://core.telegram.org/bots/api#html-style
ALLOWED: dict[str, set[str]] = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "span": {"class"},
    "tg-spoiler": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
NAMED_ENTITIES = {"lt", "gt", "amp", "quot"}


class TelegramHTMLError(ValueError):
    """The text would make Telegram answer "can't parse entities"."""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            raise TelegramHTMLError(f"tag <{tag}> is not supported")
        for name, _ in attrs:
            if name not in ALLOWED[tag]:
                raise TelegramHTMLError(f"attribute {name!r} of <{tag}> is not supported")
        if tag == "blockquote" and "blockquote" in self.stack:
            raise TelegramHTMLError("blockquote inside blockquote")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise TelegramHTMLError(f"self-closing <{tag}/> is not supported")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise TelegramHTMLError(
                f"</{tag}> does not close the open {self.stack[-1:] or 'nothing'}"
            )
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                raise TelegramHTMLError(f"unescaped {char!r} in {data[:40]!r}")

    def handle_entityref(self, name: str) -> None:
        if name not in NAMED_ENTITIES:
            raise TelegramHTMLError(f"entity &{name}; is not supported")

    def handle_comment(self, data: str) -> None:
        raise TelegramHTMLError("comments are not supported")

    def handle_decl(self, decl: str) -> None:
        raise TelegramHTMLError("declarations are not supported")

    def unknown_decl(self, data: str) -> None:
        raise TelegramHTMLError("declarations are not supported")


def check_telegram_html(text: str) -> None:
    """Raise TelegramHTMLError unless Telegram would parse `text` in HTML mode."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    if checker.rawdata:
        raise TelegramHTMLError(f"unparsed rest {checker.rawdata[:40]!r}")
    if checker.stack:
        raise TelegramHTMLError(f"unclosed {checker.stack}")


def visible_text(text: str) -> str:
    """What the user sees: tags dropped, entities decoded."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text))
