"""The kind of answer a question wants (a date, a number, a name, a reason), how well a fact's
evidence fits it, and the word that says what exactly is asked."""

from __future__ import annotations

import re

from bot.engine._demands import ASKS_MONEY, ASKS_SENTENCE, COUNT_OF, TOTAL_OF
from bot.engine._evidence import GLOBAL_SCOPE, VAGUE_COUNTS, Evidence, any_new, regional
from bot.engine._normalize import stem
from knowledge import STOP_WORDS, fold

# "What made Apple choose Alibaba?" asks why.
WHAT_MADE = re.compile(
    r"\bwhat (?:caused|causes|cause|made|makes|drew|draws|attracted|led|leads|prompted|convinced|pushed|motivated)\b"
)

_ASKS_PERCENT = re.compile(r"\bpercent(?:age)?s?\b|\bby how much\b")

# Order matters: the first pattern that matches decides ("how many years" is a number, not a date).
_WHICH_ANY = re.compile(r"\bwhich (?!one\b|ones\b|is\b|are\b|was\b|were\b)[a-z]")
# "which" right after "the" and a noun or two: a relative clause ("the features which ...").
_RELATIVE_WHICH = re.compile(r"\bthe (?:[\w-]+ ){1,3}which\b")

_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "percent",
        re.compile(
            r"\b(what|which) (percent|percentage|share|proportion|fraction)\b|\bby how much\b"
            r"|\b(?:what|which)(?:'s| is| was| are| were) the (?:percent|percentage)\b"
            r"|\bhow much\b[^%]*%\W*$"
            r"|\bhow much (did|does|has|have|was|were|is|will) .* (fall|fell|fallen|drop|rise|rose|risen|grow|grew|increase|decrease|decline|jump|climb|gain|surge|soar|plunge|slump|sink|sank|tumble|shrink|shrank|spike|pop|(go|went|gone) (up|down))"
            # the change after "how much", as a learner or a Hindi speaker puts it: "apple's stock
            # how much rose?", "api calls cost how much dropped?"
            r"|\bhow much (?:fell|fallen|dropped|rose|risen|grew|grown|increased|decreased|declined"
            r"|jumped|climbed|gained|surged|soared|plunged|slumped|sank|tumbled|shrank|spiked|popped"
            r"|went (?:up|down))\b"
        ),
    ),
    # "How long has Apple been testing?" is answered by a date ("since 2023") or an amount of
    # time ("for two years").
    (
        "duration",
        re.compile(
            r"\bhow long\b(?! ago)|\b(?:what|which|over what|in what|within what) (?:time ?frame"
            r"|timeframe|time span|span of time|period of time)\b"
        ),
    ),
    # ("how fast were the winds" is an amount; "how fast did Apple respond", "Apple responded
    # how fast?" and "how fast apple respond after samsung" how soon)
    (
        "number",
        re.compile(
            r"\bhow (many|much|large|big|high|far|old|long(?! ago)|tall|heavy|often|fast(?! (?:did|does|do|will|would|could|can|has|have)\b)(?!\W*(?:really\W*)?$)(?![^.?!]*\b(?:after|before)\b))\b|\b(what|which) (number|amount|size|price|cost|population|total|quantity|scores?|ratings?|figures?)\b|\bnumber of\b"
            # "what is the score of qwen in the benchmarks"
            r"|\bwhat (?:is|was|are|were) (?:the|its|their) (?:[\w-]+ )?(?:score|scores|rating|ratings)\b"
            # "what's the hugging face download count for ...": a count
            r"|\bwhat(?:'s| is| was| are| were) (?:the|its|their) (?:[\w-]+ ){0,3}(?<!the )(?:count|tally)\b"
            r"|\bwhat(?:'s| is| was| are| were) (?:the|its|their) (?:[\w-]+ ){0,3}(?:headcount|head count)\b"
        ),
    ),
    # "quick: total downloads of ...": a count too
    ("number", TOTAL_OF),
    (
        "date",
        re.compile(
            r"\bwhen\b|\b(what|which) (year|years|date|day|month|time|period|century|decade|era|season|quarter)\b|\bin what year\b|\bhow long ago\b|\bsince when\b"
            # "what is the expected approval date", "what's the go-live month"
            # (not "what was the full year", the year's figure)
            r"|\bwhat(?:'s| is| was| will be) (?:the|its|their) (?:[\w-]+ ){0,2}"
            r"(?:date|day|month|(?<!full )(?<!fiscal )(?<!whole )(?<!entire )(?<!financial )year"
            r"|deadline)(?![\w-])"
        ),
    ),
    (
        "place",
        re.compile(
            r"\bwhere\b|\b(what|which) (country|countries|city|cities|place|region|state|location|continent|town|area|market)\b"
        ),
    ),
    (
        "name",
        re.compile(
            r"\bwho\b|\bwhom\b|\bwhose\b|\b(what|which) (company|companies|firm|person|people|brand|brands|group|organi[sz]ation|team|partner|name|model|outlet|rival|ceo|app|device|phone|smartphone|university|party|author|players?)\b|\bwhat is the name\b|\bwhat was the name\b|\bname (of|the)\b"
            # (the question word after it, as a learner puts it: "ByteDance AI model name what?")
            r"|\bname (?:is )?(?:what|which)\b"
            # "what's apple's ai thing called?"
            r"|^\W*what(?:'s| is| was| are| were) (?:[\w.'-]+ ){1,5}?called\W*$"
        ),
    ),
    (
        "reason",
        re.compile(
            r"\bwhy\b|\bwhat (was|is|were|are) the reason|\bfor (?:what|which) reasons?\b|\bhow come\b|"
            # "What for Apple stopped work with Baidu?" (a Polish or Russian speaker's "why")
            r"^\W*what for\b|"
            # "What was it about Alibaba that Apple liked?", "what about them won Apple over?"
            r"\bwhat (?:was|is) it about\b|\bwhat about\b.*\b(?:won|wins|win|appealed|attracted|impressed)\b|"
            r"\bwhat (?:did|does|do) [\w ]{1,30}? (?:like|liked|love|value|appreciate|see) (?:in|about)\b|"
            + WHAT_MADE.pattern
        ),
    ),
    # "Which benchmarks did it win?", "which departments?": asks to name them, whatever they are.
    ("name", _WHICH_ANY),
)


# What a search-box query asks, by the noun that says so at its end ("modelscope users count",
# "apple baidu split date"), or a "%" with no figure before it ("tencent shares % pls"). Inside
# a sentence the noun may be anything: "Apple announced it the same day as Samsung?".
# (A day, a quarter or a year after the noun says when: "baba close price feb 11".)
_WHEN_AFTER = (
    r"(?:\s+(?:on|in|for|of)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?|q[1-4]|fy\s?\d{2,4}|20\d\d))?"
)
_KEYWORD_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(r"(?:^|[^\d\s]\s*|\s)%|\bpercent(?:age)?s?\W*(?:pls|please)?\W*$")),
    (
        "number",
        re.compile(
            r"\b(?:count|headcount|number|amount|total|prices?|costs?|figures?)"
            + _WHEN_AFTER
            + r"\W*(?:pls|please)?\W*$"
        ),
    ),
    ("date", re.compile(r"\b(?:date|day|year|month|when)\W*(?:pls|please)?\W*$")),
    (
        "reason",
        # "apple drop deepseek reason", or the reason first: "reason apple picked alibaba"
        re.compile(
            r"\b(?:reason|reasons|why|motive|motives)\W*(?:pls|please)?\W*$"
            r"|^\W*(?:the |main |real )?(?:reason|reasons|motive|motives)\b"
            r"(?! (?:is|was|are|were)\b)"
        ),
    ),
)


def asks_whole(question_folded: str) -> bool:
    """Whether a question asks about the whole, not one place: "apple's total revenue"."""
    return bool(GLOBAL_SCOPE.search(question_folded)) and not regional(question_folded)


# "what benchmarks did it win": a plural kind, then a verb, asks which ones.
_WHAT_KIND = re.compile(r"^\W*what ([a-z][\w-]*s) (?:did|does|do|were|are|have|has|will)\b")

_WHICH = re.compile(r"\bwhich (?:of (?:the |its |their )?)?((?:[\w.'-]+ ?){1,3})")
# "the name of the government ministry", "does the article name the departments", "regulator
# name": which one is asked as much.
_NAME_OF = re.compile(
    r"\bnames? of (?:the |its |their |this |that )?((?:[\w.'-]+ ?){1,3})"
    r"|\bname (?:the |its |their |any |one |some |two |three )((?:[\w.'-]+ ?){1,3})"
    r"|(?:^|\s)((?:[a-z][\w-]+ ){0,1}[a-z][\w-]+)'?s? names?\W*(?:pls|please)?\W*$"
    # "government department name is what?", a learner's order
    r"|^\W*(?:the )?((?:[a-z][\w-]+ ){0,2}[a-z][\w-]+)'?s? names? (?:is|are|was|were) what\b"
    # "what is the government body reviewing them called?", "the body is called ___"
    # (each word possessive, a space between them: else a long word is split every way there is
    # before the rest is tried, which a 10,000-letter message makes endless)
    r"|^\W*what(?:'s| is| are| was| were) (?:the |its |their )?((?:[\w.'-]++ ){0,2}[\w.'-]++)"
    r"[^?]*\bcalled\W*$"
    r"|^\W*(?:the )?((?:[\w.'-]++ ){0,2}[\w.'-]++)[^?]*\b(?:is|are|was|were) called"
    r" (?:what\b|_|\W*$)"
)

# "who are the relevant departments?", "who exactly were the sources?": which ones are meant.
_WHO_ARE = re.compile(
    r"^\W*who (?:exactly |actually )?(?:are|were) (?:the |these |those )?((?:[\w.'-]+ ?){1,3})"
)

# The doer a wh-question asks about: "how did tencent react", "what did bytedance offer".
_AGENT = re.compile(
    r"^\W*(?:what|how|when|why|where)(?: \w+)? (?:did|does|do|will|would|has|have|had)"
    r"(?:n't| not)? ([\w.-]+)"
)


def agent(question_folded: str) -> str | None:
    """The word a wh-question names as the doer: "tencent" in "how did tencent react?"."""
    match = _AGENT.search(question_folded)
    return match.group(1).removesuffix("'s") if match else None


_EXACTLY = frozenset(
    {"specific", "exact", "particular", "precise", "actual", "individual"}
    | {"exactly", "specifically", "precisely", "actually", "really"}  # "which benchmarks exactly"
)


# "which companies are the concept stocks?", "which are alibaba's concept stocks?": what is to be
# named is after the verb.
_WHICH_ARE = re.compile(
    r"\bwhich (?:[\w-]+ )?(?:are|were) (?:the |these |those |its |their |[\w.-]+'s )?"
    r"((?:[\w.'-]+ ?){1,3})"
)


def _named_as(question_folded: str) -> frozenset[str]:
    """Stems of what a "which ... are the Y" question asks to name: Y."""
    match = _WHICH_ARE.search(question_folded)
    if match is None:
        return frozenset()
    named = []
    for quoted in match.group(1).split():
        word = quoted.strip("'?!.,")
        if word in STOP_WORDS:
            break
        named.append(stem(word))
    return frozenset(named)


def asked_which(question_folded: str) -> frozenset[str]:
    """Stems of what a "which" question asks to name: "which government department has..."."""
    # (the first that names something: "which" may be a relative pronoun, as in "the name of
    # regulator which must approve it")
    for pattern in (_WHICH, _WHAT_KIND, _NAME_OF, _WHO_ARE):
        match = pattern.search(question_folded)
        if match is None:
            continue
        asked: list[str] = []
        # (the group that matched; a word's quotes off: "the 'relevant departments'")
        for quoted in next(filter(None, match.groups())).split():
            word = quoted.strip("'")
            if word in STOP_WORDS or (word in _EXACTLY and asked):
                # ("which benchmarks exactly Qwen is winning": what is asked ends before it)
                break
            if word not in _EXACTLY:  # "which specific benchmarks" asks which benchmarks
                asked.append(stem(word.removesuffix("'s")))
        if asked := [*_named_as(question_folded), *asked]:
            return frozenset(asked)
    return frozenset()


# "Where does Alibaba's model rank?", "where does the rollout stand?": a rank or a state of
# things, not a place.
_WHERE_STANDING = re.compile(
    r"\bwhere (?:do|does|did|is|are|was|were|will|would)\b.*\b(?:rank|ranks|ranked|ranking|stand"
    r"|stands|standing|placed|sit|sits|sitting)\b"
)


# "What did Tim Cook blame when he talked about sales?", "did apple shares go up when they
# announced it?": a "when" clause after another question word or a yes-no question's verb says
# when the thing asked about happened; it does not ask when. ("What's next - when might
# people get it?" still asks when.)
_WHEN_CLAUSE = re.compile(
    r"^(\W*(?:(?:on|in|at|for|from|to|by|with|of|about|since|after|before|under)\s+)?"
    r"(?:what|who|whom|whose|why|how|which|did|does|do|is|are|was|were|has|have|had|will"
    r"|would|can|could)\b[^.?!;:\u2014\u2013]*?\b)when (?!(?:did|does|do|was"
    r"|is|were|are|will|would|has|have|had|might|may|can|could|should|exactly|precisely|roughly)\b)"
    # ("the date when the departments will give approval" asks when)
    r"(?!(?:[\w'-]+ ){1,4}(?:will|would|might|may|can|could|should|shall)\b)(?=\w)"
)


# A request put as a command asks what it names: "Please state the headcount of ...",
# "Kindly confirm the expected approval date".
_COMMAND = re.compile(
    r"^\W*(?:please |kindly )*(?:state|confirm|indicate|provide|specify|give me|tell me|identify)"
    r"(?: me)? (?=(?:the|its|their) )"
)


def commanded(folded: str) -> str:
    """A request put as a command as the question it makes: "kindly state the date ..." as
    "what is the date ..."."""
    return _COMMAND.sub("what is ", folded)


def question_type(question: str) -> str | None:
    """'percent', 'duration', 'number', 'date', 'place', 'name', 'reason', or None for anything else."""
    folded = commanded(_WHEN_CLAUSE.sub(r"\1as ", fold(question)))
    if _WHERE_STANDING.search(folded):
        return None
    if ASKS_MONEY.search(folded) and not _ASKS_PERCENT.search(folded):
        # "How much did a call cost before the 97% drop?" asks an amount, whatever follows;
        # "how much did the cost drop in percent?" does not.
        return "number"
    for name, pattern in _TYPES:
        if pattern is _WHICH_ANY and _RELATIVE_WHICH.search(folded) and folded.count("which") == 1:
            # "the status of the features which Apple and Alibaba develop": "which" after a noun
            # says which features, it asks nothing.
            continue
        if pattern.search(folded):
            return name
    if not ASKS_SENTENCE.search(folded):
        # A search-box query says what it wants with a noun: "modelscope users count".
        for name, pattern in _KEYWORD_TYPES:
            if pattern.search(folded):
                return name
    return None


SPANLESS_FIT = 0.6


def fit(kind: str | None, found: Evidence, question_folded: str) -> float:
    """How well a sentence's evidence fits a question type: 1.0 fits, lower does not.

    A fact fits a "when" question only if it states a date the question does not already hold,
    and so on; a poor fit is a strong sign that the article states something else.
    """
    if kind is None:
        return 1.0
    if kind == "duration":
        # "How long ...?" is answered by a span ("since 2023"); a date or a number alone may
        # still let one work it out, so it fits less.
        plain = max(fit("date", found, question_folded), fit("number", found, question_folded))
        return plain if found.has_span else min(plain, SPANLESS_FIT)
    if kind == "date":
        if any_new(found.dates, question_folded):
            return 1.0
        return 0.7 if found.has_date_hint else 0.45
    if kind == "percent":
        if any_new(found.percentages, question_folded):
            return 1.0
        # A count may be a share's base; a version ("iOS 18.5") or a year is not a share.
        counted = tuple(count for count in found.counts if count not in VAGUE_COUNTS)
        return 0.75 if any_new(counted, question_folded) else 0.45
    if kind == "number":
        if any_new(found.numbers + found.percentages, question_folded):
            return 1.0
        if found.numbers or found.percentages:
            # Its only figures are the question's own ("2.5" of "Qwen 2.5-Max").
            return 0.45
        return 0.7 if found.has_number_hint else 0.45
    if kind in {"name", "place"}:
        return 1.0 if any_new(found.names, question_folded) else 0.6
    if kind == "reason":
        return 1.0 if found.has_reason else 0.5
    return 1.0


_AUXILIARY = frozenset(
    {
        *("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could"),
        *("will", "would", "should", "be", "been", "being", "the", "a", "an", "of", "in", "on"),
        *("at", "to", "for", "by", "with", "from", "much", "many"),
        *("exactly", "precisely", "actually", "really", "basically"),  # "what exactly is"
    }
)

_PREPOSITION = r"(?:in|on|at|by|for|from|to|during|after|before|over|since|than|with)"

# "what is the name of the wisdom spectrum model shipping on ...", "... of the bytedance ai
# model?": what is named
_NAME_OF_THING = re.compile(
    r"\bname of (?:the|a|an|its|their) (?:[\w.-]+ ){0,3}?(?P<focus>[a-z][\w-]*)(?= (?:shipping"
    r"|used|using|powering|running|built|made|developed|behind"
    r"|[\w.-]+ (?:uses?|makes?|runs?|ships?|puts?|picked|chose|has|(?:was |had |has been )?"
    r"(?:testing|tested|evaluating|evaluated|considering|considered)))\b|\W*$)"
)
_FOCUS = (
    # "how much did the farm cost?", "how much did revenue fall in 2024?": the last verb
    re.compile(
        r"^\W*how (?:much|many) (?:did|does|do|will|would|has|have|had) .*\b(?P<focus>[a-z][\w-]*)"
        rf"(?: {_PREPOSITION}\b.*)?\W*$"
    ),
    # "how many downloads", "how much revenue"
    re.compile(r"\bhow (?:many|much) (?P<focus>[a-z][\w-]*)"),
    # "the hugging face download count", "total downloads of ..."
    COUNT_OF,
    TOTAL_OF,
    _NAME_OF_THING,
    # "bytedance ai model name", "what is the model name of wisdom spectrum ai", and as a learner
    # asks it: "bytedance ai model name what?"
    re.compile(
        r"^\W*(?:[\w.-]+ ){1,4}?(?P<focus>[a-z][\w-]*) names?(?: (?:is )?(?:what|which))?\W*$"
    ),
    # "what is the s25 ai feature from wisdom spectrum called": the noun before whose it is
    re.compile(
        r"^\W*what (?:is|was|are|were) (?:the |its |their )?(?:[\w.-]+ ){0,3}?"
        r"(?P<focus>(?!called\b)[a-z][\w-]*(?<!ed))"
        r"(?: (?:of|from|by|for) [\w .'-]+?)? called\b"
    ),
    re.compile(
        r"\b(?:what|which|tell) (?:is |was )?(?:the |its |their )?(?P<focus>[a-z][\w-]*) names? of\b"
    ),
    # "what is the price of", "what was the name of"
    re.compile(r"\b(?:what|which) (?:is|was|are|were) (?:the|a|an) (?P<focus>[a-z][\w-]*) of\b"),
    # "what's the weather like in beijing", "what is the mood like"
    re.compile(r"\bwhat (?:is|was|are|were) (?:the|a|an) (?P<focus>[a-z][\w-]*) like\b"),
    # "what's the weather in hong kong tomorrow": a noun, then where or when
    re.compile(
        r"^\W*what (?:is|was|will be) the (?P<focus>[a-z][\w-]*) (?:in|at|for) [\w .'-]+"
        r" (?:today|tomorrow|tonight|now|this week|next week|this weekend)\W*$"
    ),
    # "what is vivo's market share in china": the last word of what is owned
    re.compile(
        r"\b(?:what|which) (?:is|was|are|were) (?:[\w.-]+ ){0,3}[\w.-]+(?:'s|’s) (?:[a-z][\w-]* )*?"
        r"(?P<focus>[a-z][\w-]*)(?: called| named)?"
        r"(?: (?:in|of|for|on|at|by|with|from|during|after|before)\b|\W*$)"
    ),
    # "who founded", "who makes"
    re.compile(r"^\W*who (?P<focus>[a-z][\w-]*)"),
    # "the features were submitted to whom?", "approved by who": the deed, asked last
    re.compile(r"\b(?P<focus>[a-z]{3,}ed) (?:to|by|for|with|from) (?:who|whom)\W*$"),
    # "what model is", "what price did", "which departments have", "which department in china
    # must": a noun, since a verb follows (a place after it, maybe)
    re.compile(
        r"^\W*(?:what|which) (?P<focus>[a-z][\w-]*)(?: in [\w.'-]+(?: [\w.'-]+)?)?"
        r" (?:is|are|was|were|do|does|did|has|have|had|will|can|must|should|would|could|might|may"
        r"|shall)\b"
    ),
    # "apple intelligence china launch price": a search-box query ending in what it measures
    re.compile(
        r"^\W*(?:[\w.-]+ ){1,6}(?P<focus>prices?|costs?|fees?)"
        + _WHEN_AFTER
        + r"\W*(?:pls|please)?\W*$"
    ),
)

_KIND_WORDS = frozenset(
    """
    year years date day month time times period century decade era season quarter percent percentage
    share proportion number amount kind type sort name country city place region state location
    company firm person people money product thing
    """.split()
)


# "which tencent model did apple test?", "what ai model does wisdom spectrum ai put ...": a noun
# after a word or two (the caller checks they are names), then a verb.
_FOCUS_AFTER_WORDS = re.compile(
    r"^\W*(?:what|which) ((?:[\w.-]+ ){1,3}?)(?P<focus>[a-z][\w-]*) (?:is|are|was|were|do|does"
    r"|did|has|have|had|will|can|runs|powers|ships)\b"
)


# Kinds of answer, and kinds of thing a number names ("which iOS version": "18.5" names it).
_NAMED_KINDS = _KIND_WORDS | {"version", "release", "update", "build", "edition", "generation"}


def names_a_kind_of_answer(word: str) -> bool:
    """Whether a noun only names a kind of answer ("companies", "year"), not a kind of thing
    with names of its own ("model", "smartphone")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return bool({word, singular} & (_KIND_WORDS | _BODY_KINDS))


# Who or where a name comes from, in the words a question asks it by ("which enterprise",
# "which publication"): any company or source answers them, whatever word its sentence uses.
_BODY_KINDS = frozenset(
    """
    enterprise business entity organisation organization outfit player vendor lab startup
    developer maker publication outlet medium media source document report paper newspaper
    """.split()
)


def focus_after_words(folded_question: str) -> tuple[tuple[str, ...], str] | None:
    """The words before the noun of "which tencent model did ..." and the noun, when the noun is
    not a kind of answer ("which chinese company did ..." is a name question)."""
    match = _FOCUS_AFTER_WORDS.search(folded_question)
    if match is None:
        return None
    word = match.group("focus")
    if word in _AUXILIARY or word in _NAMED_KINDS or word.removesuffix("s") in _NAMED_KINDS:
        return None
    return tuple(match.group(1).split()), word


def focus_word(folded_question: str) -> str | None:
    """The word that says what exactly is asked: "price" in "What is the price of the S25?".

    A fact that lacks it answers a different question, however many other words it shares.
    Words that only name the kind of answer ("what year", "which company") are left to the
    question type.
    """
    for pattern in _FOCUS:
        match = pattern.search(folded_question)
        if match:
            word = match.group("focus")
            # What someone owns is a thing asked for even when its name is a kind of answer:
            # "vivo's market share", "Samsung's name".
            owned = "'s " in match.group()
            kind_word = word in _KIND_WORDS or word.removesuffix("s") in _KIND_WORDS  # "firms"
            # ("the name of the iphone maker": a company's, whoever makes it)
            kind_word = kind_word or (match.re is _NAME_OF_THING and names_a_kind_of_answer(word))
            if word not in _AUXILIARY and (owned or not kind_word):
                return word
            return None
    return None
