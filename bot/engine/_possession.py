"""Who owns what: "vivo's market share" is not "Apple's market share", though the words match.

The commonest near miss shares every word with a fact and swaps the owner: "How much did
vivo's revenue fall?" against "Apple's revenue in Greater China fell by 7.7%". Word coverage
cannot see it; comparing the possessor of the asked-for thing with the fact's possessor can.

Only explicit possession counts ("X's Y", "the Y of X"), and only common-noun heads: the words
after "China's Wisdom Spectrum AI" form a name, not something China owns, so names are skipped
on both sides. A fact with no stated owner of the word asked about is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice

from bot.engine._normalize import stem
from bot.engine._weights import country_words
from knowledge import STOP_WORDS

# "apple's revenue", "analysts' views": the possessor, then what it owns (up to four words).
# "apple's", and "companies'" whose owner keeps its "s".
_POSSESSIVE = re.compile(r"([\w.-]+)(?:'s|(?<=s)')(?=\s)")
# "the revenue of apple", "the cost of tongyi qianwen api calls". ("the" then a look back for the
# word boundary before it, rather than "\bthe": a pattern that starts with letters is searched for
# them directly, several times faster.)
# "the iphone's lack of ai features" too: the lack is both's, as the fact may have it either way.
_OF = re.compile(r"(?:the(?<!\wthe)|'s) ([a-z][\w-]*) of (?:the )?")
# "how many downloads does tongyi have": what is counted, then whose it is.
_HAVE = re.compile(
    r"\bhow (?:many|much) ((?:[a-z][\w-]* ){1,3}?)(?:do|does|did|will) ((?:[\w.'-]+ ){1,4}?)"
    r"(?:have|has|had|get|gets|got)\b"
)
# "meta llama have how many derivative model": the owner first, in another language's order.
_HAVE_FIRST = re.compile(
    r"^\W*(?P<owner>(?:[\w.'-]+ ){1,4}?)(?:have|has|had|got) how (?:many|much) "
    r"(?P<owned>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)"
)
# "meta's llama has over 100,000 derivative models, right?": whose a figure put up is.
_HAS_FIGURE = re.compile(
    r"((?:[\w.'-]+ ){1,3})(?:has|have|had|got) (?:over |more than |about |around |nearly |almost "
    r"|some |roughly |at least |only |just )?\d[\d,.]*%? ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)"
)
# "derivative models based on the tongyi model": what is made, then whose base it is.
_BASED = re.compile(r"\b((?:[a-z][\w-]* ){1,3}?)(?:based on|built on|derived from) (?:the )?")
# What each pattern cannot match without: a substring test is far cheaper than a regex scan, and
# most texts hold none of them.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _POSSESSIVE: ("'",),
    _OF: (" of ",),
    _HAVE: ("how ",),
    _HAVE_FIRST: ("how ",),
    _BASED: ("based on", "built on", "derived from"),
    _HAS_FIGURE: ("has ", "have ", "had ", "got "),
}
_WORD = re.compile(r"[\w-]+(?:\.[\w-]+)*\.?")
_REACH = 4  # words looked at on each side of the possessive
# Possessors that say nothing about whose: "one's", "today's", "last year's".
# A role, not a name: "the vendor's flagship model", "the client's own share price" are whoever
# plays it in the story, which the question leaves to the fact.
_ROLES = frozenset("vendor supplier client customer bidder incumbent provider buyer seller".split())
_VAGUE_OWNERS = (
    frozenset({"one", "today", "yesterday", "tomorrow", "year", "week", "month", "day"}) | _ROLES
)

_NOT_OWNED = STOP_WORDS | {"many", "much", "how"}

Owned = Mapping[str, frozenset[str]]  # possessed word stem -> possessor stems


def _words(text: str) -> list[str]:
    """Words, a sentence's full stop dropped but an abbreviation's kept ("u.s.")."""
    return [_bare(word) for word in _WORD.findall(text)]


def _bare(word: str) -> str:
    """A word without a sentence's full stop; an abbreviation keeps its own ("u.s.")."""
    return word[:-1] if word.endswith(".") and word.count(".") == 1 else word


def _matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, skipped when `text` lacks what the pattern needs."""
    if not any(needed in text for needed in _NEEDS[pattern]):
        return ()
    return pattern.finditer(text)


def _names(words: Iterable[str], is_name: Callable[[str], bool]) -> list[str]:
    """The leading run of name words: "wisdom spectrum ai" of "wisdom spectrum ai model"."""
    names = []
    for word in words:
        if word in STOP_WORDS or not is_name(word):
            break
        names.append(word)
    return names


def possessive_runs(
    folded: str, is_name: Callable[[str], bool]
) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """Each "X's ..." of `folded` text: the possessor stems, and the stems of the common nouns
    that follow, in order ("alibaba's concept stocks" gives ({"alibaba"}, ("concept", "stock")))."""
    runs = []
    for match in _matches(_POSSESSIVE, folded):
        # Only the few words before it: a whole prefix per match would be quadratic.
        before = _words(folded[max(0, match.start() - 80) : match.start()])[-(_REACH - 1) :]
        owner = match.group(1).strip(".-")
        if not owner or not is_name(owner):
            continue
        owners = [
            name
            for name in (*_names(reversed(before), is_name), owner)
            if name not in _VAGUE_OWNERS
        ]
        if not owners:
            continue
        words: list[str] = []
        for word in _after(folded, match.end()):
            if word in STOP_WORDS:
                break
            if not is_name(word) and not word[0].isdigit():
                words.append(stem(word))
        if words:
            runs.append((frozenset(stem(owner) for owner in owners), tuple(words)))
    return runs


def possessions(
    folded: str,
    is_name: Callable[[str], bool],
    runs: Iterable[tuple[frozenset[str], tuple[str, ...]]] | None = None,
    is_known_name: Callable[[str], bool] | None = None,
) -> dict[str, set[str]]:
    """Each owned word of `folded` text with its possessors, by stem.

    `is_name(word)` says whether a (folded) word is a name. A possessor is a run of name words
    ("wisdom spectrum ai's"), so either part may match; what is owned is the common nouns that
    follow, names skipped ("alibaba's hong kong stock" owns "stock"). `runs` are the text's
    `possessive_runs`, when the caller has them already. `is_known_name` (default `is_name`)
    is a stricter test, for the names inside what is counted ("how many qwen models").
    """
    owned: dict[str, set[str]] = {}

    def own(word: str, owners: list[str]) -> None:
        owned.setdefault(stem(word), set()).update(stem(owner) for owner in owners)

    for possessors, words in possessive_runs(folded, is_name) if runs is None else runs:
        for word in words:
            owned.setdefault(word, set()).update(possessors)
    for pattern in (_HAVE, _BASED, _HAVE_FIRST):
        for match in _matches(pattern, folded):
            if pattern is _HAVE_FIRST:
                after, things = _words(match.group("owner"))[:_REACH], match.group("owned")
                if any((is_known_name or is_name)(word) for word in _words(things)):
                    continue  # "hugging face got how many qwen models": Qwen's, on Hugging Face
            else:
                things = match.group(1)
                after = (
                    _words(match.group(2))[:_REACH]
                    if pattern is _HAVE
                    else _after(folded, match.end())
                )
            owners = [
                name
                for name in _names((word.removesuffix("'s") for word in after), is_name)
                if name not in _VAGUE_OWNERS
            ]
            if owners:
                for word in _words(things):
                    if word not in _NOT_OWNED and not is_name(word) and not word[0].isdigit():
                        own(word, owners)
    for match in _matches(_HAS_FIGURE, folded):
        before = [word for word in _words(match.group(1)) if word != "s"]  # ("meta's llama")
        trailing = _names(reversed(before), is_name)  # the names just before "has"
        things = _words(match.group(2))
        if any((is_known_name or is_name)(word) for word in things):
            continue  # "hugging face has 50,000 tongyi derivatives": Tongyi's, on Hugging Face
        for word in things if trailing else ():
            if word not in _NOT_OWNED and not is_name(word):
                own(word, trailing)
    for match in _matches(_OF, folded):
        head = match.group(1)
        if head not in STOP_WORDS and not is_name(head):
            owners = _names(_after(folded, match.end()), is_name)
            if owners:
                own(head, owners)
    return owned


# Verbs that report what someone said, as written ("say" and "said" are stop words too), and
# their stems.
SPEECH_WORDS = tuple(
    """say says said saying state states stated acknowledge acknowledges acknowledged indicate
    indicates indicated claim claims claimed note notes noted tell tells told report reports
    reported announce announces announced comment comments commented explain explains explained
    reveal reveals revealed confirm confirms confirmed deny denies denied mention mentions
    mentioned argue argues argued warn warns warned respond responds responded cite cites cited
    citing describe describes described""".split()
)
SPEECH_STEMS = frozenset(map(stem, SPEECH_WORDS))
_SPEECH = re.compile(r"\b(?:" + "|".join(SPEECH_WORDS) + r"|according to)\b")


def reports_speech(folded: str) -> bool:
    """Whether a text reports what someone said: "said", "acknowledged", "according to"."""
    return bool(_SPEECH.search(folded))


# What may follow "say" in "what did huawei's ceo say ...?" (the empty string: nothing).
_AFTER_SPEECH = frozenset(
    {"", "about", "on", "regarding", "of", "to", "that", "when", "after", "in"}
    # (what is described or announced: "how did alibaba's executives describe the partnership")
    | {"the", "this", "it", "its", "their"}
)


def _deed_word(word: str) -> bool:
    """Whether a word may be what a name does: not a stop word, unless it reports speech, nor a
    word that only links ("with DeepSeek due to ...")."""
    return (word not in STOP_WORDS and word not in _LINKING) or stem(word) in SPEECH_STEMS


# Nouns a name is put before ("alibaba stock", "apple revenue"): the thing is the doer then.
_HELD_NOUNS = frozenset(
    "stock stocks share shares revenue revenues sales profit profits earnings price prices"
    " valuation market users customers".split()
)

_LINKING = frozenset({"due", "thanks", "owing", "according", "including", "versus", "vs"})


# Words that may stand between a doer and its verb: "Apple has also tested", "Samsung unveiled".
_BETWEEN = frozenset({"has", "have", "had", "also", "then", "later", "ultimately", "subsequently"})
# "what did apple unveil", "how did tim cook react": the doer and the verb of a wh-question.
_ASKED_DEED = re.compile(
    r"^\W*(?:(?:what|how|when|why|where|who|whom|which)(?: \w+)? )?"
    r"(?:did|does|do|will|would|has|have|had)(?:n't| not)? (.+)"
    # "what is tencent going to do now": the doer, then "do"
    r"|^\W*what (?:is|are|was|were) (\S+(?: \S+)?) going to do\b"
)


# ...and with the question word after the verb, as Singlish or Thai English asks: "baidu say
# what after apple leave?", "tencent do what?"
_IN_SITU_DEED = re.compile(
    r"^\W*((?:[\w.'-]+ ){1,3}?(?:say|said|says|do|did|does|think|thought|react|reacted|respond"
    r"|responded)) (?:what|how)\b"
)


# "how soon after samsung's launch did apple announce ...": what is asked of is the deed after
# the reference event, so the reference is left out ("how soon did apple announce ...").
_SINCE_WHAT = re.compile(
    r"^(\W*how (?:soon|long|quickly|fast)) (?:after|before) .+? (?=(?:did|does|do|has|had)\b)"
)


def doers(folded: str, is_name: Callable[[str], bool]) -> dict[str, set[str]]:
    """Each word of `folded` text with the names written just before it, by stem: "samsung
    unveiled" gives "unveil" the doer "samsung". Most such words are verbs and the names their
    subjects; a name owning a noun ("samsung's phone") is left to `possessions`."""
    found: dict[str, set[str]] = {}
    run: list[str] = []
    modifies = False  # the run follows "its", "the": "its AI partner" names a kind of partner
    previous = ""
    words = list(_words(folded))
    for position, word in enumerate(words):
        if word in _BETWEEN and run:
            continue
        if word == "s":  # "samsung's phone": owned, not done
            run = []
            previous = word
            continue
        if word not in STOP_WORDS and is_name(word):
            if not run:
                modifies = previous in _DETERMINERS
            run.append(word)
            continue
        if run and not modifies and _deed_word(word) and not word[0].isdigit():
            found.setdefault(stem(word), set()).update(stem(name) for name in run)
            if words[position + 1 : position + 2] == ["against"]:
                # "apple decided against continuing with deepseek": Apple rejected it.
                found.setdefault(_REJECT, set()).update(stem(name) for name in run)
        run = []
        previous = word
    return found


_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "your", "the", "a", "an", "this"})
_REJECT = stem("reject")


# "Apple, its long-standing rival, announced": a name, an apposition, then what it did.
_APPOSED = re.compile(r"(?=\b([\w.-]+), (?:its|his|her|their|the|a|an) [^,]{1,60}?, ([a-z][\w-]*))")


def apposed_doers(folded: str, is_name: Callable[[str], bool]) -> dict[str, set[str]]:
    """`doers` across an apposition: "apple, its long-standing rival, announced" gives
    "announc" the doer "appl"."""
    found: dict[str, set[str]] = {}
    for match in _APPOSED.finditer(folded):
        name, verb = match.group(1), match.group(2)
        if is_name(name) and _deed_word(verb):
            found.setdefault(stem(verb), set()).add(stem(name))
    return found


# "How did Baidu respond?" asks what Baidu did next, not what it said.
REACTION_STEMS = frozenset(stem(word) for word in "respond react reply retaliate".split())
_OPINION = frozenset({"think", "feel", "thought", "felt"})
_ADVERBS = frozenset(
    {"even", "actually", "really", "ever", "just", "also", "ultimately", "finally", "officially"}
    | {"publicly", "openly", "formally", "privately", "quietly", "reportedly"}
    | {"itself", "themselves", "himself", "herself", "directly", "officially", "personally"}
)
# Verbs whose subject may be what is done, not who does it: "did Tongyi Qianwen launch in
# 2023?" asks whether it was launched (by Alibaba), "when does it roll out?" when it is.
_ERGATIVE = frozenset(stem(word) for word in "launch debut ship roll".split())
# ...used so when no object follows: "launch in 2023", "launch?" (not "launch tongyi").
_NO_OBJECT = re.compile(r"(?:in|on|at|by|with|when|yet|already|first|last|back|out|before|after)?$")
_DID_THE = re.compile(r"\b(?:did|does|do|will|would)(?:n't| not)? the\b")
_NAMES_PEOPLE = frozenset(
    {"people", "folks", "guys", "team", "side", "camp", "management", "executives", "execs"}
    | {"company", "firm", "group", "outfit", "giant", "startup"}  # "the wechat company"
)


def asked_deed(folded: str, is_name: Callable[[str], bool]) -> tuple[frozenset[str], str] | None:
    """The doer (a run of names) and the verb a wh-question asks about, by stem: "what did apple
    unveil?" gives ({"appl"}, "unveil"); None when the question names no doer."""
    in_situ = _IN_SITU_DEED.match(folded)
    match = in_situ or _ASKED_DEED.match(_SINCE_WHAT.sub(r"\1 ", folded, count=1))
    if match is None:
        return None
    words = _words(match.group(1)) if match.group(1) else [*_words(match.group(2)), "do"]
    if in_situ is not None:
        # (the doer first, the verb last, a time between them: "baidu after this do what")
        words = [*_names(words[:-1], is_name), words[-1]]
    if words[:1] == ["the"]:
        # "what did the baidu people say": the name's people do what the name does. (Not "what
        # place had the norman style": "had" is the verb there.)
        named = _names(words[1:], is_name)
        following = words[1 + len(named) : 2 + len(named)]
        if named and following and following[0] in _NAMES_PEOPLE:
            words = [*named, *words[2 + len(named) :]]
        elif named and following and (stem(following[0]) in SPEECH_STEMS or following[0] == "do"):
            # "what did the meta say", "what did the tencent do": "the facebook owner", "the
            # wechat company" with their aliases put in
            words = words[1:]
        elif (
            named
            and following
            and _DID_THE.search(folded)
            and _deed_word(following[0])
            and following[0] not in _HELD_NOUNS
        ):
            # "what did the korean phone maker unveil" (read "the samsung unveil"): after "did",
            # the name is the doer ("had the norman style" has it as what is had).
            words = words[1:]
    names = _names(words, is_name)
    if not names:
        return _unnamed_speaker(words)
    # "did deepseek even respond": an adverb between the doer and the verb
    while len(words) > len(names) + 1 and words[len(names)] in _ADVERBS:
        words = [*words[: len(names)], *words[len(names) + 1 :]]
    if len(words) == len(names):
        return None
    verb = words[len(names)]
    said = words[len(names) + 1 : len(names) + 3]
    if verb != "s" and any(stem(word) in SAYING_STEMS for word in said):
        # "what did the chinese regulators say" (with "regulators" read as "relevant
        # departments"): the name only says whose regulators they are.
        return _unnamed_speaker(words[len(names) :])
    after = words[len(names) + 1 : len(names) + 3]
    if verb == "do" and after[:1] == ["in"] and after[1:] and is_name(after[1]):
        # "what did alibaba do in hong kong the next day?": how its shares did there, as "how
        # did Alibaba do in Hong Kong?" (not "what did tencent do in response?").
        return None
    if verb == "do" and after[:1] and after[0] in _HOW_DONE:
        # "what did baidu do wrong": where it failed, not how it reacted
        return None
    if verb == "do" and (folded.lstrip().startswith("what") or in_situ is not None):
        # "what did tencent do after being passed over?": whatever it did, a fact in which it
        # does nothing does not say, like "how did tencent react?". ("How did Alibaba do in
        # Hong Kong?" asks how its shares did.)
        return frozenset(stem(name) for name in names), stem("react")
    if verb == "s":
        # "what did huawei's ceo say (about ...)": whoever of Huawei's speaks, it is not Apple's
        # CEO. ("what does apple's financial report show" has no speech verb: "report" is owned.)
        rest = [*words[len(names) + 1 : len(names) + 5], ""]
        for position, word in enumerate(rest[1:3], start=1):
            # (not "how did alibaba's shares respond": a thing reacting says nothing)
            if (
                stem(word) in SPEECH_STEMS
                and stem(word) not in REACTION_STEMS
                and rest[position + 1] in _AFTER_SPEECH
            ):
                return frozenset(stem(name) for name in names), stem(word)
        return None
    if not _deed_word(verb) or verb[0].isdigit() or verb in _HELD_NOUNS:
        # ("how much did alibaba stock go up": the name's stock goes up, the name does nothing)
        return None
    if verb in _OPINION and words[len(names) + 1 : len(names) + 2] in (["of"], ["about"]):
        # "what did the samsung people think of apple's move": how they took it, a reaction
        # (not "what did dalton think that ...": what he held true)
        verb = "react"
    return frozenset(stem(name) for name in names), stem(verb)


# How a deed went, after "do": "what did baidu do wrong", "... do differently".
_HOW_DONE = frozenset(
    {"wrong", "badly", "poorly", "right", "well", "differently", "better", "worse"}
)


# What someone is asked to have said: "what did X say / tell / comment / claim", and what they
# foresaw ("what do analysts predict"), which only their words would tell.
SAYING_STEMS = frozenset(
    stem(word)
    for word in "say said tell told comment state claim remark predict forecast project".split()
)
# Who may be asked what they said without being named: "what did the regulators say" (not "what
# does the article say": the article's words are the facts themselves). As written: the stemmer
# makes "authorities" an "author". Those outside the companies are never one of the names that
# speak in a fact about the deal ("what did washington say" is not answered by "Apple
# announced ..."); those inside may be ("what did the executives say": Tim Cook).
_OUTSIDE_SPEAKERS = frozenset(
    """regulators regulator authorities authority government officials official ministry
    departments department agency agencies lawmakers critics experts analysts investors
    washington beijing""".split()
)
_SPEAKERS = _OUTSIDE_SPEAKERS | frozenset(
    """executives spokesperson spokesman spokeswoman employees staff engineers fans users customers
    insiders""".split()
)


def _unnamed_speaker(words: Sequence[str]) -> tuple[frozenset[str], str] | None:
    """ "what did the chinese regulators say": someone the question does not name asked to
    have said something, as a deed with no names (a fact that reports no words does not tell
    it). The verb of saying follows the speaker, so it is looked for from the second word.

    Speakers from outside the companies ("regulators", "analysts", "washington") are the deed's
    doer by their word: a fact in which only named companies or people speak is not theirs."""
    for at, word in enumerate(words[1:5], start=1):
        if stem(word) in SAYING_STEMS:
            speaker = words[at - 1]
            if speaker in _OUTSIDE_SPEAKERS:
                return frozenset({stem(speaker)}), stem(word)
            if speaker in _SPEAKERS:  # (not "what do some theories claim")
                return frozenset(), stem(word)
            return None
    return None


def launched_itself(folded: str, is_name: Callable[[str], bool]) -> bool:
    """Whether the deed a question asks of a name is one done to it, with no object: "did
    Tongyi Qianwen launch in 2023?" asks whether it was launched (by Alibaba)."""
    if not any(verb in folded for verb in _ERGATIVE):  # (most questions: one substring scan)
        return False
    deed = asked_deed(folded, is_name)
    if deed is None or deed[1] not in _ERGATIVE:
        return False
    words = [re.sub(r"\W", "", word) for word in folded.split()]
    at = [i for i, word in enumerate(words) if stem(word) == deed[1]]
    return bool(at) and bool(_NO_OBJECT.fullmatch("".join(words[at[-1] + 1 : at[-1] + 2])))


def qualifiers(
    folded: str, is_name: Callable[[str], bool], is_place: Callable[[str], bool] | None = None
) -> dict[str, frozenset[str]]:
    """Names that qualify an owned word: "hong kong" of "stock" in "alibaba's hong kong stock".

    `is_place` (default `is_name`) says which words after "in"/"on" name a place: a stricter
    test keeps a misspelt "on febuary 11" from reading as one."""
    is_place = is_place or is_name
    found: dict[str, set[str]] = {}
    for match in _matches(_POSSESSIVE, folded):
        if not is_name(match.group(1).strip(".-")):
            continue
        names: list[str] = []
        owned: list[str] = []
        following = _after(folded, match.end(), _REACH + 4)
        for position, word in enumerate(following[:_REACH]):
            if word in STOP_WORDS:
                # "alibaba's shares in hong kong", "... on the hong kong exchange"
                if word in _PLACED and owned:
                    rest = following[position + 1 :]
                    place = _names(rest[1:] if rest[:1] == ["the"] else rest, is_place)
                    for noun in owned:
                        found.setdefault(noun, set()).update(place)
                break
            # "u.s.-listed": the name part qualifies what follows (a figure does not: "apple's
            # 1.5% rise" is no listing's).
            named = [
                part for part in word.split("-") if part and not part[0].isdigit() and is_name(part)
            ]
            if named:
                names.extend(named)
            elif not word[0].isdigit():
                owned.append(stem(word))
                if names:
                    found.setdefault(stem(word), set()).update(names)
    return {word: frozenset(names) for word, names in found.items() if names}


_PLACED = frozenset({"in", "on"})
# Words between a possessive and what it owns that say nothing of what: "apple's own shares".
_EMPHASIS = frozenset({"own", "very"})


def _after(folded: str, start: int, count: int = _REACH) -> list[str]:
    """The first `count` words from `start`, emphasis ("own") skipped, without reading the rest
    of a long text."""
    words = (_bare(match.group()) for match in _WORD.finditer(folded, start))
    return list(islice((word for word in words if word not in _EMPHASIS), count))


def wrong_qualifier(
    asked: Mapping[str, Iterable[str]],
    stated: Mapping[str, Iterable[str]],
    forms: Callable[[str], Iterable[str]],
) -> bool:
    """Whether the fact qualifies what is asked with other names only ("U.S. stock" against
    "Hong Kong shares"); `forms(word)` gives the other words for the same thing ("stock")."""
    return _others_only(asked, stated, forms)


def merge(maps: Iterable[Mapping[str, Iterable[str]]]) -> dict[str, frozenset[str]]:
    """One map from several texts' possessions."""
    merged: dict[str, set[str]] = {}
    for owned in maps:
        for word, owners in owned.items():
            merged.setdefault(word, set()).update(owners)
    return {word: frozenset(owners) for word, owners in merged.items()}


def wrong_owner(
    asked: Owned, stated: Owned, forms: Callable[[str], Iterable[str]] = lambda word: ()
) -> bool:
    """Whether the question asks for something the fact states as someone else's.

    True when an owned word of the question (or another word for it, from `forms`: "sales" for
    "revenue") is owned in the fact by others only, and nothing the question's owner owns in the
    question is owned by it in the fact.
    """
    return _others_only(asked, stated, forms)


def _others_only(
    asked: Mapping[str, Iterable[str]],
    stated: Mapping[str, Iterable[str]],
    forms: Callable[[str], Iterable[str]],
) -> bool:
    """Whether some word the question ties to names is tied in the fact to other names only,
    and none is tied to one of the same names."""
    conflict = False
    for word, names in asked.items():
        for form in (word, *forms(word)):
            held = stated.get(form)
            if held is None:
                continue
            if set(names) & set(held):
                return False
            conflict = True
    return conflict


# "alibaba launched its independently developed tongyi qianwen ...": what follows "its", up to
# the clause's end, is the doer's; "alibaba's ai model community, modelscope": a name after a
# comma that ends what a possessive owns is the possessor's. (Not a name right after the
# possessive: "alibaba's hong kong stock" says which listing.)
_ITS = re.compile(
    r"\b([\w.-]+) (?:\w+ )?(?:launched|released|developed|unveiled|introduced|built|created|owns"
    r"|runs|offers|operates) its\b([^.;,]*)"
)
_POSSESSED_NAME = re.compile(r"\b([\w.-]+)(?:'s|’s) (?:[a-z-]+ ){0,4}?[a-z-]+, [\"“]?(.*)")


def name_owners(sentences: Iterable[tuple[str, Sequence[str]]]) -> dict[str, frozenset[str]]:
    """Which name each of the articles' names belongs to, by stem: "tongyi" -> {"alibaba"} of
    "Alibaba launched its ... Tongyi Qianwen", "modelscope" -> {"alibaba"} of "Alibaba's AI model
    community, "ModelScope"". `sentences` are folded texts, each with the names it states."""
    found: dict[str, set[str]] = {}
    for folded, names in sentences:
        lowered = {name.lower() for name in names}
        # (longest first; not a short name: "AI" is nobody's)
        written = sorted((name for name in lowered if len(name) > 2), key=len, reverse=True)
        for match in _ITS.finditer(folded):
            owner, tail = match.group(1), match.group(2)
            if owner not in lowered:
                continue
            for name in written:
                if name != owner and name in tail:
                    _add_owner(found, name, owner)
        for match in _POSSESSED_NAME.finditer(folded):
            owner, after = match.group(1), match.group(2)
            if owner not in lowered:
                continue
            owned = next((name for name in written if after.startswith(name)), None)
            if owned is not None and owned != owner:
                _add_owner(found, owned, owner)
    return {name: frozenset(owners) for name, owners in found.items()}


def _add_owner(found: dict[str, set[str]], name: str, owner: str) -> None:
    if owner in country_words() or name in country_words():
        return  # "china's wisdom spectrum ai" says where it is from: countries own nothing
    for word in name.split():
        found.setdefault(stem(word), set()).add(stem(owner))
