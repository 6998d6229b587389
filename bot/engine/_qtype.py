"""The kind of answer a question wants (a date, a number, a name, a reason) and whether a fact has it."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.engine._normalize import stem
from bot.engine._weights import country_words
from knowledge import STOP_WORDS, Entities, fold

# "What made Apple choose Alibaba?" asks why.
WHAT_MADE = re.compile(
    r"\bwhat (?:caused|made|makes|drew|draws|attracted|led|leads|prompted|convinced|pushed|motivated)\b"
)
_ASKS_PERCENT = re.compile(r"\bpercent(?:age)?s?\b|\bby how much\b")
# Order matters: the first pattern that matches decides ("how many years" is a number, not a date).
_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "percent",
        re.compile(
            r"\b(what|which) (percent|percentage|share|proportion|fraction)\b|\bby how much\b|\bhow much (did|does|has|have|was|were|is|will) .* (fall|fell|fallen|drop|rise|rose|risen|grow|grew|increase|decrease|decline|jump|climb|gain|surge|soar|plunge|slump|sink|sank|tumble|shrink|shrank|spike|pop|(go|went|gone) (up|down))"
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
    (
        "number",
        re.compile(
            r"\bhow (many|much|large|big|high|far|old|long(?! ago)|tall|heavy|fast|often)\b|\b(what|which) (number|amount|size|price|cost|population|total|quantity|scores?|ratings?|figures?)\b|\bnumber of\b"
        ),
    ),
    (
        "date",
        re.compile(
            r"\bwhen\b|\b(what|which) (year|years|date|day|month|time|period|century|decade|era|season|quarter)\b|\bin what year\b|\bhow long ago\b|\bsince when\b"
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
        ),
    ),
    (
        "reason",
        re.compile(
            r"\bwhy\b|\bwhat (was|is|were|are) the reason|\bfor what reason\b|\bhow come\b|"
            + WHAT_MADE.pattern
        ),
    ),
    # "Which benchmarks did it win?", "which departments?": asks to name them, whatever they are.
    ("name", re.compile(r"\bwhich (?!one\b|ones\b|is\b|are\b|was\b|were\b)[a-z]")),
)

_REASON_CUES = re.compile(
    r"\b(because|due to|since|as a result|in order to|so that|aims? to|aimed to|thanks to|owing to|"
    r"reason|caused|contributing|led to|therefore|thereby|to (develop|enhance|reverse|support|improve|offer))\b"
)
# What a sentence gives as a cause: "due to Baidu's slow progress in developing models".
_CAUSE = re.compile(r"\b(?:because of|because|due to|owing to|thanks to|as a result of) ([^,;.]+)")


def cause_terms(lower: str) -> frozenset[str]:
    """The stems of the causes a sentence gives (the words after "due to", "because")."""
    return _clause_terms(_CAUSE, lower)


def _clause_terms(pattern: re.Pattern[str], lower: str) -> frozenset[str]:
    """The stems of the content words of what `pattern`'s first group matched, each time."""
    return frozenset(
        stem(word.removesuffix("'s"))
        for match in pattern.finditer(lower)
        for word in _CLAUSE_WORD.findall(match.group(1))
        if word not in STOP_WORDS
    )


_CLAUSE_WORD = re.compile(r"[\w'-]+")


_DATE_HINT = re.compile(
    r"\b(1[0-9]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(day|week|month|year|quarter|century|decade|today|yesterday|ago)\b"
)
# A span of time a sentence gives: "since 2023", "over the past year", "for two years", "later
# that evening". A date alone does not say how long something took or lasted.
_SPAN = re.compile(
    r"\b(?:since|until|till|throughout|within|later that|for (?:the )?(?:past|last|next)"
    r"|over the (?:past|last|next)|(?:\d+|a|an|one|two|three|four|five|six|several|few|many)"
    r"[ -](?:days?|weeks?|months?|years?|hours?|minutes?|decades?|centuries|century))\b"
    r"|\bfrom \d{3,4} (?:to|until|till|through) \d{2,4}\b|\bbetween \d{3,4} and \d{2,4}\b"
    r"|\b\d{3,4}\s?[-–]\s?\d{2,4}\b"
)
_NUMBER_HINT = re.compile(
    r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen|several|many|few)\b"
)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_VAGUE_COUNTS = frozenset({"several", "few", "couple", "numerous", "multiple", "many"})
# A count: a number that is not a percentage, a year, a day of a month or a version ("iOS 18.5",
# "Qwen 2.5-Max", "Galaxy S25"), or a number word.
_COUNT = re.compile(
    r"(?<![\w.])(?<!January )(?<!February )(?<!March )(?<!April )(?<!May )(?<!June )(?<!July )"
    r"(?<!August )(?<!September )(?<!October )(?<!November )(?<!December )"
    r"(\d{1,3}(?:,\d{3})+|\d+(?![.,]\d))(?![\d%-]| ?percent)"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|several|few|couple|numerous|multiple)\b",
    re.IGNORECASE,
)
# Questions that want a count.
_ASKS_COUNT = re.compile(r"\bhow many\b|\bunit sales\b|\bunits? (?:sold|shipped)\b|\bshipments\b")
# Words of a change or a comparison: "how much is it up" asks no price.
_CHANGE_WORDS = (
    r"(?:up|down|drop\w*|fall\w*|fell|declin\w*|ris\w*|rose|gain\w*|climb\w*|jump\w*|surg\w*"
    r"|grow\w*|grew|shr[iau]nk\w*|higher|lower|more|less|chang\w*|cut\w*|increas\w*|decreas\w*"
    r"|differen\w*|percent\w*|shares?|it|that|this)\b"
)
# Questions that want an amount of money, which a percentage or a count does not give.
_ASKS_MONEY = re.compile(
    r"\bhow much (?:money\b|revenue\b|profit\b|income\b|funding\b|investment\b"
    r"|(?:[a-z]+ ){0,2}?(?:does|did|do|will|would|has|have|had|is|are|was|were) .*\b"
    r"(?:cost|costs|costing|pay|paid|paying|charge|charging|spend|spent|spending|earn|earned"
    r"|earning|make|made|making)"
    # "... cost iphone users", "... cost apple in 2024"
    # ("how much has the cost of api calls dropped" asks a change, not an amount)
    r"(?: (?!(?:drop|dropped|fall|fell|fallen|decline|declined|rise|rose|risen|change|changed"
    r"|shrink|shrunk|shrank|grow|grew|grown)\b)[\w'.-]+){0,5}?"
    r"(?: (?:before|after|in|on|at|for|to|per|each|during|from)\b.*)?\W*$)"
    r"|\b(?:what|which)(?:'s| is| was| are| were) the (?:[\w.-]+ ){0,3}?(?:price|cost|fee)s?\b"
    r"(?! (?:cut|cuts|drop|drops|fall|decline|reduction|change|changes|increase|rise|of)\b)"
    r"|\b(?:what|which)(?:'s| is| was| are| were) the (?:[\w.-]+ ){0,2}?(?:price|cost|fee)s? of\b"
    # "what's the contract value", "how big is the deal in dollars"
    r"|\b(?:contract|deal|partnership) (?:value|size|worth)\b|\bvalue of the (?:deal|contract"
    r"|partnership|agreement)\b|\b(?:deal|contract) (?:is |was )?worth\b"
    r"|^\W*(?:what|which) (?:[\w-]+ )?(?:price|cost|fee)s?\b(?! (?:cut|cuts|drop|change)\b)"
    # "price was how much", "must pay how much": the order of another language
    r"|\b(?:price|cost|fee)s? (?:is|was|were|are) how much\b|\b(?:pay|cost|costs|charge) how much\b"
    r"|\bin (?:dollars|usd|yuan|rmb|euros|pounds)\b"
    # "what is zhipu valued at", "how much is alibaba worth", "what is its valuation"
    r"|\bvalued at\W*$|\bhow much (?:is|was|are|were) [\w' .-]+ worth\b|\bvaluation\b"
    r"|\bmarket capitalization\b"
    # "what did the api calls cost before the drop", "what does it cost"
    r"|^\W*what (?:did|does|do|will|would) .*\bcosts?\b(?: [\w'.-]+){0,3}?"
    r"(?: (?:before|after|in|on|at|for|to|per|each|during|from)\b.*)?\W*$"
    # "what was apple's share price", "where did the shares close": a price, not a change
    r"|^\W*(?:what|which) (?:is|was|are|were) [\w' .-]*?\b(?:share|stock) prices?\W*$"
    r"|^\W*(?:what|which) (?:is|was|are|were) [\w' .-]*?\b(?:share|stock) prices? "
    r"(?:after|before|at|on|in|now|today)\b"
    r"|^\W*where (?:did|does|do|will|would) .*\b(?:close|end|finish|settle)(?![\w-])"
    # "how much is the galaxy s25 in china": a price (not "how much is it up", "... the drop")
    r"|^\W*how much (?:is|are) (?:the |a |an )?(?:(?!" + _CHANGE_WORDS + r")[\w.'-]+ ){0,3}"
    r"(?!" + _CHANGE_WORDS + r")[\w.'-]+(?: (?:in|at|for|on) [\w .'-]+)?\W*$"
)
_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|usd|yuan|rmb|euros?|pounds|yen|cents?)\b")
# "When will it launch?" wants a date still to come, which a past event does not give.
_ASKS_FUTURE_DATE = re.compile(
    r"\bwhen (?:will|would|is .*\b(?:going|expected|set|due|scheduled) to)\b"
    # "how long will the partnership last": a span still to come, not how long something took
    r"|\bhow long (?:will|would|is [\w' .-]+ (?:going|supposed|expected|set|meant|due) to)\b"
    # "when is it launching", "when are the features coming": the progressive of a plan
    r"|\bwhen (?:is|are|'s) (?:[\w'.-]+ ){0,5}?(?:launching|coming|arriving|rolling|shipping"
    r"|releasing|landing|dropping|starting|going live|hitting|debuting)\b"
    # "when does apple ai come to china": the present of a schedule
    r"|\bwhen (?:does|do) (?:[\w'.-]+ ){1,5}?(?:come|arrive|launch|roll out|ship|land|go live|hit"
    r"|reach|debut|become available|get|receive|go on sale|hit (?:the )?(?:shelves|stores|shops))\b"
)
_FUTURE = re.compile(
    r"\b(?:will|would|expected|anticipated|plans?|planned|scheduled|set to|due to|upcoming|"
    r"next (?:year|month|week)|later this|this year|is to be|are to be|to be (?:rolled|released|launched))\b"
)
# Yes/no questions about money: "will I have to pay extra?", "did baidu lose money?". A sentence
# without an amount of money does not settle them. ("What do students have to pay for?" is not
# one: it asks what, not how much.)
_MENTIONS_MONEY = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should)\b.*(?:"
    r"\b(?:lose|loses|lost|losing|make|makes|made|making|earn|earns|earned|earning) (?:any |much |more )?"
    r"money\b|\b(?:have|has|need|needs|got) to pay\b|\bpay(?:ing)? (?:extra|more|anything)\b"
    r"|\bcosts? (?:extra|anything)\b|\b(?:is|be|stay) (?:it |they |this )?free\b|\bfor free\b)"
)
# Questions that ask for someone in a company's ranks: "which apple executive", "who at alibaba",
# "the name of the man who runs it", "who is alibaba's ceo". A sentence that speaks of no person
# (no role, no "he" or "she") does not answer them, whatever company it names. ("What author
# argues ...?" is left alone: a sentence names an author without saying "author".)
_STAFF = (
    r"(?:ceos?|boss|bosses|founders?|co-?founders?|chairman|chairwoman|presidents?|executives?|execs?"
    r"|spokes(?:person|man|woman)|cto|cfo|coo|heads?|directors?|managers?|employees?|staffers?"
    r"|officials?)"
)
_PERSON = (
    rf"(?:{_STAFF}|reporters?|journalists?|authors?|writers?|editors?|man|woman|person|guy|lady"
    r"|engineers?|analysts?|leaders?|scientists?|researchers?|owners?|minister|chief)"
)
_ASKS_PERSON = re.compile(
    r"^\W*who (?:at|from|inside|within) \b"
    rf"|\b(?:what|which) (?:[\w.'-]+ )?{_STAFF}\b"
    rf"|\b(?:what|which) {_PERSON} (?:at|from|of|for|in)\b"
    r"|\bnames? of (?:the |its |their )?(?:[\w.'-]+ )?"
    rf"(?:{_STAFF}|man|woman|guy|lady|sources?|insiders?)\b"
    rf"|\bwho(?:'s| is| was| are| were) (?:the|its|their|[\w.-]+'s) (?:[\w.-]+ )?{_STAFF}\b"
    r"|^\W*who (?:runs|ran|heads|headed|manages|is running|is heading|founded|co-founded|cofounded"
    r"|started|set up)\b(?! (?:the|this|it|that)\b)"
    r"|^\W*who(?:'s| is| was| are| were) (?:in charge|responsible|leading|heading|running)\b"
    r".*\bat\b"
    # "who's the engineering lead on apple's side" (not "who was apple's lead vendor")
    r"|^\W*who(?:'s| is| was) the (?:[\w-]+ )?lead (?:on|at|for|of|in)\b"
    # "alibaba ceo name", "the ceo's name"
    rf"|\b{_STAFF}(?:'s)? names?\b"
    r"|\b(?:author|writer|reporter|journalist) of (?:this|the) (?:article|story|piece|report|post)\b"
    r"|\bwho wrote (?:this|the) (?:article|story|piece|report|post)\b"
    r"|\bwho (?:are|were) (?:the |these |those )?\W?(?:[\w.']+ ){0,3}?(?:sources|insiders)\b"
)
_SPEAKS_OF_PERSON = re.compile(rf"\b(?:{_PERSON}|he|she|him|his|her|mr|mrs|ms|dr|sir)\b")
# "How much did the shares close up?": the day's end, which an intraday move ("intraday gains",
# "jumped by up to 3%") does not give.
_ASKS_CLOSE = re.compile(
    r"\b(?:close|closed|closing|finish|finished|end|ended)(?: the (?:day|session))?"
    r"(?: (?:more than|less than|over|under|about|around|nearly|almost|some|roughly|[\d.,]+%?)){0,3}"
    r" (?:up|down|higher|lower|at)\b|\bclosing price\b|\bat (?:the )?close\b"
)
# "Did the shares give back their gains later that week?": a later time than a fact that gives
# one day ("the next day") speaks of.
_ASKS_LATER_WEEK = re.compile(
    r"\b(?:later|rest of|end of|following|next|within (?:a|the)) (?:that |the )?weeks?\b"
    r"|\b(?:a|one|two|several) weeks? later\b|\bby the weekend\b"
    r"|\bthe week (?:after|following|later)\b|\bweeks? after\b"
    r"|\b(?:this|next|the) weekend\b"
)
# "when is it coming to iphones outside china": anywhere but the place a regional fact is about.
_ASKS_ELSEWHERE = re.compile(
    r"\b(?:outside(?: of)?|other than|beyond|except(?: in| for)?|anywhere but|apart from) "
    r"(?:the )?([a-z]+)\b"
)
# "Is Alibaba an exclusive vendor?": a fact that does not say only or exclusively does not settle it.
_ASKS_EXCLUSIVE = re.compile(r"\bexclusive(?:ly)?\b|\bsole (?:partner|vendor|supplier|provider)\b")
_EXCLUSIVE = re.compile(r"\bexclusive(?:ly)?\b|\bsole(?:ly)?\b|\bonly\b")
# "Will older iPhones get it?", "which iPhone models will support it": devices a fact must name.
_ASKS_DEVICES = re.compile(
    r"\b(?:older|newer|old|previous|earlier|current) (?:iphones?|phones?|models?|devices?)\b"
    r"|\bwhich (?:iphones?|iphone models|phones|handsets|devices|models) (?:will|would|can|get|support)"
)
_DEVICES = re.compile(r"\b(?:iphone|galaxy|pixel) ?(?:s ?)?\d+|\bolder\b|\bnewer\b|\bdevices?\b")
# "Was Q4 Apple's worst ever?", "the fastest-growing model", "the largest AI company": a rank the
# fact must state ("second only to", "top", "leading", "-est").
_ASKS_RANK = re.compile(
    r"\b(?:worst|best|biggest|largest|smallest|highest|lowest|fastest|slowest|strongest|weakest)"
    r"(?:[ -](?:ever|growing|selling))?\b|\b(?:most|least) (?:popular|downloaded|used|valuable)\b"
    r"|\brecord (?:high|low|drop|fall|gain)\b|\ball-time\b"
)
_RANK = re.compile(
    r"\b(?!(?:latest|interest|request|suggest|honest|modest|forest|harvest|protest|invest"
    r"|contest|manifest|earnest)\b)\w{3,}est\b"
    r"|\b(?:worst|best|most|least|top|first|record|flagship)\b|\bsecond only\b"
    # a maximum: "jumped by up to 3%" gives the biggest gain of the day
    r"|\bup to\b|\bas much as\b|\bpeak(?:ed)?\b"
)
# "Will Alibaba get access to iPhone user data?": privacy a fact must speak of.
_ASKS_DATA = re.compile(
    r"\b(?:user|users'?|personal|customer|private|my|our|their) data\b|\bprivacy\b|\bspy(?:ing)? on\b"
    r"|\bdata (?:locali[sz]ation|storage|residency|protection|security|transfers?|rules|laws)\b"
    r"|\b(?:store|stores|stored|storing|keep|kept) (?:the |their |user )?data\b"
)
_DATA = re.compile(r"\bdata\b|\bprivacy\b|\bpersonal information\b")
_WEEK = re.compile(r"\bweeks?\b|\bweekend\b")
_INTRADAY = re.compile(r"\bintraday\b|\bintra-day\b|\bup to\b|\bat one point\b|\bas much as\b")
# "What happens if the features are not approved?": the consequence of a condition failing,
# which a sentence stating only what follows if it holds ("if approved, ...") does not give.
_FAILING = (
    r"(?:not|n't|no|never|rejects?|rejected|denie[sd]|deny|refuses?|refused|fails?|failed"
    r"|blocks?|blocked|turns? (?:it |them )?down|turned (?:it |them )?down|says? no|without)"
)
_ASKS_FAILED_CONDITION = re.compile(
    # "what happens / will apple do if ... not / reject ...", "what if they say no" (not "what
    # allows customers to ... if they do not subscribe": that asks what, not what follows)
    r"(?:^\W*|\b(?:but|and|so) )what(?:'ll)?\b(?:(?!\bif\b).)*\b(?:happens?|happened|happen|do|does"
    r"|would|will)\b"
    r".*\bif\b.*"
    rf"\b{_FAILING}\b|^\W*what if\b.*\b{_FAILING}\b"
    # "if not approved, will apple choose deepseek again?": the condition first
    r"|^\W*(?:and |but |so )?if not\b|^\W*(?:and |but |so )?if (?:[\w']+ ){0,4}?"
    r"(?:is|are|gets?|was|were)? ?(?:not|n't|rejected|denied|refused|blocked)\b.*,"
    # "what's the fallback if ...", "is there a plan b": what happens when something fails
    r"|\b(?:fallback|fall-back|backup plan|contingency)\b.*\b(?:if|in case|should)\b|\bplan b\b"
)
_FAILED_CONDITION = re.compile(
    r"\b(?:unless|otherwise|if not|or else)\b"
    r"|\bif\b[^.;]*\b(?:not|n't|fails?|failed|rejected|denied|refused|blocked)\b"
)
# "How many enterprises used it a year ago?": a time before the fact's, which a present count
# ("over the past year ... 300,000 enterprises") does not give; a fact with its own date may.
_ASKS_EARLIER = re.compile(
    r"\b(?:a|an|one|two|three|four|five|\d+|few|several|some) (?:years?|months?|weeks?) ago\b"
    r"|\bback then\b|\bat the (?:start|beginning) of (?:the|that|last) year\b"
)
# "Did Tencent offer a cheaper deal than Alibaba?": a comparison the fact must make ("second only
# to", "comparable to", "steeper") or give the figures for (two percentages).
_ASKS_COMPARISON = re.compile(
    r"\b(?!(?:rath|oth|lat|earli|ev|nev|howev|wheth|eith|neith|togeth|rememb)er\b)[a-z]{3,}er (?:[\w-]+ ){0,2}?than\b"
    r"|\b(?:more|less|fewer) (?!so\b)(?:[\w-]+ ){0,2}?than\b(?! ?[$€£¥]?\d)"  # not "more than 300,000"
)
_COMPARES = re.compile(
    r"\bthan\b|\bcompar\w*|\bsurpass\w*|\bsecond only\b|\bin contrast\b|\b\w+est\b"
    r"|\b(?:steeper|higher|lower|bigger|smaller|larger|faster|slower|better|worse|cheaper)\b"
)
# "Where is The Information based?": where someone is based, which a fact must state. ("Where
# is X located?" is left alone: a sentence places a forest or a hall without saying "located".)
_ASKS_BASE = re.compile(
    r"\b(?:where|which (?:country|city|town|place))\b.*\b(?:based|headquartered|hq)\b"
    r"|\b(?:headquarters|hq|home base) of\b|\bwhere\b.*\bheadquarters\b"
)
_BASE = re.compile(r"\b(?:based|headquartered|located) in\b|\b[a-z]+-based\b|\bheadquarter")
# "What will Apple do if its sales keep falling?": what follows a condition, which a fact that
# states no condition ("if approved", "unless") does not give.
_ASKS_CONDITION = re.compile(
    r"(?:^\W*|\b(?:but|and|so) )what(?:'ll)?\b(?:(?!\bif\b).)*\b(?:happens?|happen|do|does|would"
    r"|will)\b.*\bif\b"
)
_CONDITION = re.compile(r"\b(?:if|unless|provided|once)\b((?: [\w'-]+){1,4})")


def condition_terms(lower: str) -> frozenset[str]:
    """The stems of the conditions a text states: "if approved" -> {"approv"}."""
    return _clause_terms(_CONDITION, lower)


# Questions that want the day itself, not only the month: "which day in May?"
_ASKS_DAY = re.compile(
    r"\b(?:what|which) day\b(?! of the week)|\bexact (?:[\w.-]+ )?(?:date|day)\b"
    r"|\b(?:date|day) exactly\b"
)
# Questions that want a calendar date rather than "after that".
_ASKS_DATE = re.compile(
    r"\b(?:what|which) (?:year|date|month|day)\b|\bwhen exactly\b|\bexactly when\b|\bexact date\b"
    # "name the month in which ...", quiz style
    r"|\bname the (?:year|date|month|day)\b"
)


@dataclass(frozen=True)
class Evidence:
    """What kinds of answer a sentence can give, for matching against question types."""

    dates: tuple[str, ...]
    numbers: tuple[str, ...]
    percentages: tuple[str, ...]
    names: tuple[str, ...]
    has_reason: bool
    has_date_hint: bool
    has_number_hint: bool
    years: frozenset[str] = frozenset()
    has_money: bool = False
    has_future: bool = False  # speaks of what is still to come: "will", "is anticipated to"
    counts: tuple[str, ...] = ()  # numbers that count something: "300,000", not "7.7%" or "2023"
    regional: bool = False  # speaks of one place: "in Greater China", "for Chinese users"
    # Names it gives only as items of a list ("including Tencent, ByteDance"), folded: not who did
    # anything in it.
    listed: frozenset[str] = frozenset()
    days: frozenset[tuple[int, int]] = frozenset()  # the days of the year it gives: (2, 11)
    has_span: bool = False  # gives a span of time: "since 2023", "over the past year"
    has_person: bool = False  # speaks of a person: a role ("CEO"), "he", "she"
    has_failed_condition: bool = False  # says what happens if something does not: "unless"
    intraday: bool = False  # gives a move during the day, not where it ended: "up to 3%"
    has_week: bool = False  # speaks of a week
    exclusive: bool = False  # says "only", "exclusive" or "sole"
    names_devices: bool = False  # names devices or their generations ("iPhone 16", "older")
    ranks: bool = False  # states a rank: "-est", "top", "leading", "second only to"
    speaks_of_data: bool = False  # speaks of data or privacy
    compares: bool = False  # makes a comparison: "second only to", "steeper", "than"
    states_base: bool = False  # says where someone is based: "based in", "Hangzhou-based"
    conditions: frozenset[str] = frozenset()  # what its conditions say: "if approved" -> approv
    causes: frozenset[str] = frozenset()  # what it gives as causes: "due to slow progress"
    # What it speaks of without naming, one set of stems per phrase: "relevant departments".
    unnamed: tuple[frozenset[str], ...] = ()


# A question about the whole: "Apple's total revenue", "worldwide sales". A fact about one place
# ("revenue in Greater China") does not answer it.
GLOBAL_SCOPE = re.compile(r"\b(?:worldwide|global|globally|total|overall|entire)\b")
_PLACE_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
_NATIONALITY = ("ese", "ean", "ian", "an", "ish")


@functools.cache
def _country_prefixes() -> frozenset[str]:
    """The first four letters of every country word: a nationality starts like its country."""
    return frozenset(country[:4] for country in country_words())


def regional(text: str) -> bool:
    """Whether a text names a country or a nationality ("China", "chinese", "Korean")."""
    countries = country_words()
    prefixes = _country_prefixes()
    for word in _PLACE_WORD.findall(text):
        folded = word.lower()
        if folded in countries:
            return True
        if folded.endswith(_NATIONALITY) and folded[:4] in prefixes:
            return True
    return False


def asks_whole(question_folded: str) -> bool:
    """Whether a question asks about the whole, not one place: "apple's total revenue"."""
    return bool(GLOBAL_SCOPE.search(question_folded)) and not regional(question_folded)


# "Several leading Chinese AI companies", "relevant departments": things a sentence speaks of
# without naming them, unless it goes on to ("several partners, including Tencent").
_VAGUE = frozenset({"several", "multiple", "various", "relevant", "numerous", "certain", "some"})
_NAMING = frozenset({"including", "such", "like", "namely"})
_UNNAMED_REACH = 4  # content words looked at after the vague word
_ANY_VAGUE = re.compile(r"\b(?:" + "|".join(_VAGUE) + r")\b")
_PUNCTUATION = frozenset({",", ":", "("})
_TOKEN = re.compile(r"[\w-]+(?:\.[\w-]+)*(?:'s)?|[,:(]")
# "what benchmarks did it win": a plural kind, then a verb, asks which ones.
_WHAT_KIND = re.compile(r"^\W*what ([a-z][\w-]*s) (?:did|does|do|were|are|have|has|will)\b")
_WHICH = re.compile(r"\bwhich (?:of (?:the |its |their )?)?((?:[\w.'-]+ ?){1,3})")


def unnamed(text: str) -> tuple[frozenset[str], ...]:
    """The lower-case words of each phrase a sentence speaks of only vaguely, as stems.

    "submitted for approval by relevant departments" gives {"depart"}; "several of Alibaba's
    concept stocks" {"concept", "stock"}; "several partners, including Tencent" nothing.
    """
    if not _ANY_VAGUE.search(text.lower()):  # most sentences: one quick scan
        return ()
    words = _TOKEN.findall(text)
    phrases = (
        _vague_phrase(words[position + 1 :])
        for position, word in enumerate(words)
        if word.lower() in _VAGUE
    )
    return tuple(phrase for phrase in phrases if phrase)


def _vague_phrase(rest: list[str]) -> frozenset[str]:
    """The content words after a vague word, or none when the sentence goes on to name them."""
    words: list[str] = []
    for offset, word in enumerate(rest):
        folded = word.lower()
        if folded in _NAMING:
            return frozenset()
        if folded in _PUNCTUATION:
            following = rest[offset + 1].lower() if offset + 1 < len(rest) else ""
            if following in _NAMING:  # "several partners, including Tencent"
                return frozenset()
            break
        if folded in STOP_WORDS:
            continue
        if folded.endswith("ed"):  # a verb: "several stocks also posted gains"
            break
        words.append(word.removesuffix("'s"))
        if len(words) == _UNNAMED_REACH:
            break
    return frozenset(stem(word) for word in words if word.islower())


# Where a list of examples starts: "several partners, including Tencent, ByteDance and DeepSeek".
# It ends where the sentence goes on: "like Huawei and vivo in the Chinese market".
_LIST = re.compile(
    r"\b(?:including|such as|like|namely)\b"
    r"(?:(?!\b(?:in|on|at|for|to|from|with|by|during|over|since)\b)[^.;:()])*"
)
# The doer a wh-question asks about: "how did tencent react", "what did bytedance offer".
_AGENT = re.compile(
    r"^\W*(?:what|how|when|why|where)(?: \w+)? (?:did|does|do|will|would|has|have|had)"
    r"(?:n't| not)? ([\w.-]+)"
)


def listed(text: str, names: Iterable[str]) -> frozenset[str]:
    """The names `text` gives only inside lists of examples, folded ("tencent")."""
    spans = [match.span() for match in _LIST.finditer(text)]
    if not spans:
        return frozenset()
    found = set()
    for name in names:
        starts = [match.start() for match in re.finditer(re.escape(name), text)]
        if starts and all(any(start <= at < end for start, end in spans) for at in starts):
            found.add(fold(name))
    return frozenset(found)


def agent(question_folded: str) -> str | None:
    """The word a wh-question names as the doer: "tencent" in "how did tencent react?"."""
    match = _AGENT.search(question_folded)
    return match.group(1).removesuffix("'s") if match else None


_EXACTLY = frozenset({"specific", "exact", "particular", "precise", "actual", "individual"})


def asked_which(question_folded: str) -> frozenset[str]:
    """Stems of what a "which" question asks to name: "which government department has..."."""
    match = _WHICH.search(question_folded) or _WHAT_KIND.search(question_folded)
    if not match:
        return frozenset()
    asked = []
    for word in match.group(1).split():
        if word in STOP_WORDS:
            break
        if word not in _EXACTLY:  # "which specific benchmarks" asks which benchmarks
            asked.append(stem(word.removesuffix("'s")))
    return frozenset(asked)


MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_DAY = re.compile(
    r"\b(" + "|".join(MONTH_NAMES) + r") (\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + "|".join(MONTH_NAMES) + r")\b"
)
# A day given by the one before it: "on february 11, ... the next day, ..." (lower case)
NEXT_DAY = re.compile(r"\b(?:the next day|the following day|the day after|a day later)\b")
# "announced later that evening": the day last named before it.
SAME_DAY = re.compile(
    r"\b(?:later|earlier) that (?:day|evening|night|morning|afternoon)\b"
    r"|\b(?:that|the) same (?:day|evening|night)\b"
)


def days_named(text: str) -> frozenset[tuple[int, int]]:
    """The days of the year a text names, as (month, day): "February 11" -> (2, 11)."""
    found = set()
    for month, day, day_first, month_after in _DAY.findall(text.lower()):
        name = (month or month_after).lower()
        number = int(day or day_first)
        if 1 <= number <= 31:
            found.add((MONTH_NAMES.index(name) + 1, number))
    return frozenset(found)


def day_after(day: tuple[int, int]) -> tuple[int, int]:
    """The next day of the calendar (in a leap year: February 29 may be meant)."""
    following = datetime.date(2000, *day) + datetime.timedelta(days=1)
    return following.month, following.day


def years_named(text: str) -> frozenset[str]:
    """The years a text names: "2023" in "revenue in fiscal 2023"."""
    return frozenset(_YEAR.findall(text))


def evidence(text: str, found: Entities) -> Evidence:
    """The evidence a sentence offers, from its extracted entities and a few cue words."""
    lower = text.lower()  # the cue patterns are lower case: faster than ignoring case
    return Evidence(
        years=years_named(text),
        has_money=bool(_MONEY.search(lower)),
        has_future=bool(_FUTURE.search(lower)),
        regional=regional(text),
        unnamed=unnamed(text),
        days=days_named(text),
        listed=listed(text, found.names),
        counts=tuple(
            (digits or word).replace(",", "").lower()
            for digits, word in _COUNT.findall(text)
            if not _YEAR.fullmatch(digits)
        ),
        dates=tuple(fold(date) for date in found.dates),
        numbers=tuple(fold(number) for number in found.numbers),
        percentages=tuple(fold(percent) for percent in found.percentages),
        names=tuple(fold(name) for name in found.names),
        has_reason=bool(_REASON_CUES.search(lower)),
        has_date_hint=bool(_DATE_HINT.search(lower)),
        has_number_hint=bool(_NUMBER_HINT.search(lower)),
        has_span=bool(_SPAN.search(lower)),
        has_person=bool(_SPEAKS_OF_PERSON.search(lower)),
        compares=bool(_COMPARES.search(lower)),
        states_base=bool(_BASE.search(lower)),
        conditions=condition_terms(lower),
        causes=cause_terms(lower),
        has_failed_condition=bool(_FAILED_CONDITION.search(lower)),
        intraday=bool(_INTRADAY.search(lower)),
        has_week=bool(_WEEK.search(lower)),
        exclusive=bool(_EXCLUSIVE.search(lower)),
        names_devices=bool(_DEVICES.search(lower)),
        ranks=bool(_RANK.search(lower)),
        speaks_of_data=bool(_DATA.search(lower)),
    )


def question_type(question: str) -> str | None:
    """'percent', 'duration', 'number', 'date', 'place', 'name', 'reason', or None for anything else."""
    folded = fold(question)
    if _ASKS_MONEY.search(folded) and not _ASKS_PERCENT.search(folded):
        # "How much did a call cost before the 97% drop?" asks an amount, whatever follows;
        # "how much did the cost drop in percent?" does not.
        return "number"
    for name, pattern in _TYPES:
        if pattern.search(folded):
            return name
    return None


def _new(items: tuple[str, ...], question: str) -> bool:
    """Whether any item is not already in the question: the answer is what the question lacks."""
    return any(item not in question for item in items)


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
        if _new(found.dates, question_folded):
            return 1.0
        return 0.7 if found.has_date_hint else 0.45
    if kind == "percent":
        if _new(found.percentages, question_folded):
            return 1.0
        # A count may be a share's base; a version ("iOS 18.5") or a year is not a share.
        counted = tuple(count for count in found.counts if count not in _VAGUE_COUNTS)
        return 0.75 if _new(counted, question_folded) else 0.45
    if kind == "number":
        if _new(found.numbers + found.percentages, question_folded):
            return 1.0
        if found.numbers or found.percentages:
            # Its only figures are the question's own ("2.5" of "Qwen 2.5-Max").
            return 0.45
        return 0.7 if found.has_number_hint else 0.45
    if kind in {"name", "place"}:
        return 1.0 if _new(found.names, question_folded) else 0.6
    if kind == "reason":
        return 1.0 if found.has_reason else 0.5
    return 1.0


# Demands a question's wording alone decides...
_ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("person", _ASKS_PERSON),
    ("failed-condition", _ASKS_FAILED_CONDITION),
    ("close", _ASKS_CLOSE),
    ("week", _ASKS_LATER_WEEK),
    ("exclusive", _ASKS_EXCLUSIVE),
    ("devices", _ASKS_DEVICES),
    ("rank", _ASKS_RANK),
    ("data", _ASKS_DATA),
    ("day", _ASKS_DAY),
    ("earlier", _ASKS_EARLIER),
    ("comparison", _ASKS_COMPARISON),
    ("base", _ASKS_BASE),
)
# ...and what a fact must state to meet each of these (fit 0.45 when it does not).
_MET: dict[str, Callable[[Evidence], bool]] = {
    "person": lambda found: found.has_person,
    "failed-condition": lambda found: found.has_failed_condition,
    "close": lambda found: not found.intraday,
    "week": lambda found: found.has_week,
    "elsewhere": lambda found: not found.regional,
    "exclusive": lambda found: found.exclusive,
    "devices": lambda found: found.names_devices,
    "rank": lambda found: found.ranks,
    "data": lambda found: found.speaks_of_data,
    "day": lambda found: bool(found.days),
    "earlier": lambda found: bool(found.years or found.days),
    "comparison": lambda found: found.compares or len(found.numbers + found.percentages) > 1,
    "base": lambda found: found.states_base,
}


def demands(question_folded: str, kind: str | None) -> frozenset[str]:
    """What a question demands beyond its type (`kind`): "count", "money", "future", "date",
    "person", "failed-condition", "close", "week", "elsewhere", "exclusive", "devices",
    "rank", "data", "day", "earlier", "comparison", "base", "condition".

    "How many" wants a count, not a percentage or a year; "how much did it cost" an amount of
    money (not a percentage, when the question asks how much something fell); "when will" a date
    still to come; "what year" and "when exactly" a calendar date, not "subsequently". Worked out
    once per question, then met or not by each fact (`demand_fit`).
    """
    asked = set()
    if _ASKS_COUNT.search(question_folded):
        asked.add("count")
    if (
        _ASKS_MONEY.search(question_folded) or _MENTIONS_MONEY.search(question_folded)
    ) and kind != "percent":
        asked.add("money")
    asked.update(name for name, pattern in _ASKED if pattern.search(question_folded))
    if _ASKS_CONDITION.search(question_folded) and "failed-condition" not in asked:
        asked.add("condition")
    elsewhere = _ASKS_ELSEWHERE.search(question_folded)
    if elsewhere and (regional(elsewhere.group(1)) or elsewhere.group(1) == "mainland"):
        asked.add("elsewhere")
    if _ASKS_FUTURE_DATE.search(question_folded):
        asked.add("future")
    if _ASKS_DATE.search(question_folded):
        asked.add("date")
    return frozenset(asked)


def demand_fit(question_folded: str, found: Evidence, asked: frozenset[str] | None = None) -> float:
    """How well a fact meets what a question demands beyond its type: 1.0, or low when not.

    `asked` is `demands(question_folded, ...)`, worked out here when not given. The demands hold
    even for a curated fact of the right kind.
    """
    if asked is None:
        asked = demands(question_folded, question_type(question_folded))
    counted = tuple(count for count in found.counts if count not in _VAGUE_COUNTS)
    if "count" in asked and not (_new(counted, question_folded) or len(found.listed) > 1):
        # "several" is no count, unless the fact lists what it counts ("several partners,
        # including Tencent, ByteDance, ...").
        # A share may answer "how many Victorians are Catholic"; nothing numeric cannot.
        return 0.7 if _new(found.percentages, question_folded) else 0.45
    if "money" in asked and not found.has_money:
        return 0.45
    if "future" in asked and not found.has_future:
        return 0.7
    if "date" in asked and not _new((*found.dates, *found.years), question_folded):
        return 0.45
    if "condition" in asked and found.conditions.isdisjoint(condition_terms(question_folded)):
        # "What will Apple do if its sales keep falling?" of "If approved, ...": another condition.
        return 0.45
    if any(not met(found) for name, met in _MET.items() if name in asked):
        return 0.45
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
_FOCUS = (
    # "how much did the farm cost?", "how much did revenue fall in 2024?": the last verb
    re.compile(
        r"^\W*how (?:much|many) (?:did|does|do|will|would|has|have|had) .*\b(?P<focus>[a-z][\w-]*)"
        rf"(?: {_PREPOSITION}\b.*)?\W*$"
    ),
    # "how many downloads", "how much revenue"
    re.compile(r"\bhow (?:many|much) (?P<focus>[a-z][\w-]*)"),
    # "what is the name of the wisdom spectrum model shipping on ...": what is named
    re.compile(
        r"\bname of (?:the|a|an|its|their) (?:[\w.-]+ ){0,3}?(?P<focus>[a-z][\w-]*)(?= (?:shipping"
        r"|used|using|powering|running|built|made|developed|behind"
        r"|[\w.-]+ (?:uses?|makes?|runs?|ships?|puts?|picked|chose|has))\b)"
    ),
    # "bytedance ai model name"
    re.compile(r"^\W*(?:[\w.-]+ ){1,4}?(?P<focus>[a-z][\w-]*) names?\W*$"),
    # "what is the price of", "what was the name of"
    re.compile(r"\b(?:what|which) (?:is|was|are|were) (?:the|a|an) (?P<focus>[a-z][\w-]*) of\b"),
    # "what is vivo's market share in china": the last word of what is owned
    re.compile(
        r"\b(?:what|which) (?:is|was|are|were) (?:[\w.-]+ ){0,3}[\w.-]+(?:'s|’s) (?:[a-z][\w-]* )*?"
        r"(?P<focus>[a-z][\w-]*)(?: called| named)?"
        r"(?: (?:in|of|for|on|at|by|with|from|during|after|before)\b|\W*$)"
    ),
    # "who founded", "who makes"
    re.compile(r"^\W*who (?P<focus>[a-z][\w-]*)"),
    # "what model is", "what price did", "which departments have": a noun, since a verb follows
    re.compile(
        r"^\W*(?:what|which) (?P<focus>[a-z][\w-]*) (?:is|are|was|were|do|does|did|has|have|had|will|can)\b"
    ),
)
_KIND_WORDS = frozenset(
    """
    year years date day month time times period century decade era season quarter percent percentage
    share proportion number amount kind type sort name country city place region state location
    company firm person people money
    """.split()
)


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
            if word not in _AUXILIARY and (owned or word not in _KIND_WORDS):
                return word
            return None
    return None
