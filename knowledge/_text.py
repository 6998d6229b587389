"""Words: the tokenizer and stop words shared by extraction and matching."""

from __future__ import annotations

import re
import unicodedata

# A token is a word (letters/digits, with inner apostrophes, dots or hyphens kept: "U.S.", "2.5-Max",
# "year-on-year") or a number with its decimal part ("7.7", "300,000").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+(?:[.'’-][^\W_]+)*\.?", re.UNICODE)

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can cannot could couldn't did didn't do does doesn't
    doing don't down during each either else ever every few for from further get gets got had hadn't
    has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
    his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's
    like may me might more most much must mustn't my myself no nor not now of off on once only
    or other ought our ours ourselves out over own per same shall shan't she she'd she'll she's
    should shouldn't since so some still such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those though through thus
    to too under until up upon us very via was wasn't we we'd we'll we're we've were weren't
    what what's whatever when when's where where's whether which while who who's whom whose why
    why's will with within without won't would wouldn't yet you you'd you'll you're you've your
    yours yourself yourselves tell please know say says said does anything something thing
    things one ones rather
    """.split()
)

QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "when", "where", "which", "why", "how"})


def fold(text: str) -> str:
    """NFKC, lower case, and typographic quotes and dashes made plain."""
    if text.isascii():
        # The same result, cheaper: ASCII is NFKC already, its case folding is lower(), and it
        # holds none of the typographic characters replaced below. Most sentences are ASCII.
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    return (
        text.replace("’", "'")
        .replace("‘", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("–", "-")
        .replace("—", "-")
    )


def tokens(text: str) -> list[str]:
    """The folded words and numbers of `text`, possessives and trailing dots dropped."""
    # Most tokens hold no apostrophe and end in no dot: nothing to take off, no call to make.
    return [
        _trimmed(token) if "'" in token or token[-1] == "." else token
        for token in _TOKEN.findall(fold(text))
    ]


def _trimmed(token: str) -> str:
    """A token without its possessive "'s" or its trailing full stop; never empty, as a token
    starts with a letter or a digit."""
    if token.endswith("'s"):
        token = token[:-2]
    # A trailing dot is sentence punctuation unless the token is an abbreviation like "u.s.".
    if token.endswith(".") and token.count(".") == 1:
        token = token[:-1]
    return token


def content_words(text: str) -> list[str]:
    """The tokens of `text` that are not stop words, in order, repeats dropped."""
    seen: dict[str, None] = {}
    for token in tokens(text):
        if token not in STOP_WORDS and token not in seen:
            seen[token] = None
    return list(seen)
