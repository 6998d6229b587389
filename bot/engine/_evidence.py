"""What a sentence offers as an answer: its dates, figures, names and the cue words that say it
gives a reason, a span, a person, a condition, a rank. Worked out once per sentence (`evidence`)."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.engine._normalize import MONTH_NAMES, stem
from bot.engine._weights import country_words
from knowledge import STOP_WORDS, Entities, fold

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

VAGUE_COUNTS = frozenset({"several", "few", "couple", "numerous", "multiple", "many"})

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

# The world's currencies as written in questions ("in rands?", "in quid", "in rupees"), folded,
# singular and plural: money asked in one is money, and none is a typo of an article's word.
CURRENCY_WORDS = frozenset(
    """dollar dollars usd yuan rmb euro euros pound pounds quid rand rands rupee rupees yen won
    peso pesos real reais ringgit ringgits baht naira dirham dirhams riyal riyals franc francs
    krona kronor krone kroner ruble rubles rouble roubles lira zloty zlotys shekel shekels rupiah
    toman tomans cedi cedis shilling shillings hkd gbp eur inr cny jpy""".split()
)
_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|usd|yuan|rmb|euros?|pounds|yen|cents?)\b")

_FUTURE = re.compile(
    r"\b(?:will|would|expected|anticipated|plans?|planned|scheduled|set to|due to|upcoming|"
    r"next (?:year|month|week)|later this|this year|is to be|are to be|to be (?:rolled|released|launched))\b"
)

# Words for people: the roles of a company's staff, then anyone a sentence may speak of.
STAFF_WORDS = (
    r"(?:ceos?|boss|bosses|founders?|co-?founders?|chairman|chairwoman|presidents?|executives?|execs?"
    r"|spokes(?:person|man|woman)|cto|cfo|coo|heads?|directors?|managers?|employees?|staffers?"
    r"|officials?)"
)

PERSON_WORDS = (
    rf"(?:{STAFF_WORDS}|reporters?|journalists?|authors?|writers?|editors?|man|woman|person|guy|lady"
    r"|engineers?|analysts?|leaders?|scientists?|researchers?|owners?|minister|chief)"
)

_SPEAKS_OF_PERSON = re.compile(rf"\b(?:{PERSON_WORDS}|he|she|him|his|her|mr|mrs|ms|dr|sir)\b")

_EXCLUSIVE = re.compile(r"\bexclusive(?:ly)?\b|\bsole(?:ly)?\b|\bonly\b")

_DEVICES = re.compile(r"\b(?:iphone|galaxy|pixel) ?(?:s ?)?\d+|\bolder\b|\bnewer\b|\bdevices?\b")

_RANK = re.compile(
    r"\b(?!(?:latest|interest|request|suggest|honest|modest|forest|harvest|protest|invest"
    r"|contest|manifest|earnest)\b)\w{3,}est\b"
    r"|\b(?:worst|best|most|least|top|first|record|flagship)\b|\bsecond only\b"
    # a maximum: "jumped by up to 3%" gives the biggest gain of the day
    r"|\bup to\b|\bas much as\b|\bpeak(?:ed)?\b"
)

_DATA = re.compile(r"\bdata\b|\bprivacy\b|\bpersonal information\b")

# Says where software runs: "on-device", "in the cloud", "on Alibaba's servers", "offline".
_RUNS_WHERE = re.compile(
    r"\bon[- ]?device\b|\bcloud\b|\bservers?\b|\boffline\b|\blocally\b|\bdata cent(?:er|re)s?\b"
)

# States what a model is made of or how it is released: its parameters, context window, weights.
SPECS = re.compile(
    r"\bparameters?\b|\bparam(?:eter)? count\b|\bcontext (?:window|length)\b|\bweights\b"
    r"|\bopen[- ]weights?\b|\bmulti-?modal\b|\btraining (?:data|set|corpus)\b"
    r"|\btrained on\b|\btokens? (?:limit|window)\b|\blatency\b"
)

# Gives a clock time: "at 9 a.m.", "10:30", "at noon".
_HOUR = re.compile(
    r"\b\d{1,2}(?::\d\d)? ?(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b|\bo'clock\b|\bnoon\b|\bmidnight\b"
)

# Gives a time of day besides a clock time: "evening", "overnight".
_TIME_OF_DAY = re.compile(r"\b(?:evening|morning|afternoon|night|overnight|tonight|dawn|dusk)\b")

# Speaks of a market share: "a 15% share of the market", "market share" (a question that asks
# for one says so the same way).
MARKET_SHARE = re.compile(r"\bmarket shares?\b|\bshare of (?:the |its |their )?(?:\w+ )?market\b")

# A figure worked out of others: a difference in points, a multiple, an average, a total.
_COMPUTED = re.compile(
    r"\bpercentage points?\b|\b(?:twice|double|triple|half) (?:as|the)\b|\b\w+fold\b"
    r"|\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|hundred) times\b"
    r"|\bratio\b|\baverage\b|\bcombined\b|\bin total\b|\ba total of\b|\btotall(?:ed|ing)\b"
)
# How likely something is: "likely", "the odds of approval", "a 70% chance".
_LIKELIHOOD = re.compile(
    r"\b(?:likely|unlikely|likelihood|probabl[ey]|probability|odds|chances?|certain(?:ty)?)\b"
)
# An aim stated as one: "Apple aims to reverse ...", "in the hope of", "seeks to", "so as to".
_AIM = re.compile(
    r"\b(?:aims?|aimed|aiming|goals?|objectives?|hopes?|hoping|hoped|seeks?|seeking|sought"
    r"|intends?|intended|in order to|so as to|strives?|wants? to)\b"
)

# Says something holds now: "currently", "as of now", "still".
_PRESENT = re.compile(r"\bcurrently\b|\bnow\b|\bas of (?:today|now)\b|\bstill\b|\bat present\b")

# Says when or where something can be had: "on sale", "available", "rolled out to users".
_ON_SALE = re.compile(
    r"\bon sale\b|\bavailab|\bshelves\b|\bin (?:stores|shops)\b|\bpre-?orders?\b|\bship(?:s|ping)\b"
    r"|\brolled out\b|\broll(?:s|ing)? out\b|\brollout\b"
)

# Says who owns or backs someone: "owned by", "a subsidiary of", "its parent".
_OWNERSHIP = re.compile(
    r"\bowned by\b|\bowners?\b|\bparent\b|\bsubsidiary\b|\bunit of\b|\bbacked by\b|\bstakes?\b"
    r"|\bacquired\b|\bspun off\b"
)

# Steps or a way to do something: "tap Settings", "to do so, open ...", "users can ... by".
_INSTRUCTS = re.compile(
    r"^(?:tap|click|press|open|go|select|turn|enable|disable|install|download|type|enter|choose"
    r"|hold|restart|visit|use|make sure|first|then)\b|\b(?:step \d|steps?\b|tap|click|press"
    r"|go to|settings\b|menu\b|you can|you need to|you must|users can|to do (?:so|this|that)"
    r"|in order to|instructions?|by (?:going|tapping|clicking|opening|pressing|selecting|visiting))\b"
)

_WEEK = re.compile(r"\bweeks?\b|\bweekend\b")

_INTRADAY = re.compile(r"\bintraday\b|\bintra-day\b|\bup to\b|\bat one point\b|\bas much as\b")

_FAILED_CONDITION = re.compile(
    r"\b(?:unless|otherwise|if not|or else)\b"
    r"|\bif\b[^.;]*\b(?:not|n't|fails?|failed|rejected|denied|refused|blocked)\b"
)

_COMPARES = re.compile(
    r"\bthan\b|\bcompar\w*|\bsurpass\w*|\bsecond only\b|\bin contrast\b|\b\w+est\b"
    r"|\b(?:steeper|higher|lower|bigger|smaller|larger|faster|slower|better|worse|cheaper)\b"
)

_BASE = re.compile(r"\b(?:based|headquartered|located) in\b|\b[a-z]+-based\b|\bheadquarter")

_CONDITION = re.compile(r"\b(?:if|unless|provided|once)\b((?: [\w'-]+){1,4})")


def condition_terms(lower: str) -> frozenset[str]:
    """The stems of the conditions a text states: "if approved" -> {"approv"}."""
    return _clause_terms(_CONDITION, lower)


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
    # The first words of places it names where something is: "warsaw" of "in Warsaw", "moscone"
    # of "at the Moscone Center" (folded; countries too: "china" of "in China").
    located: tuple[str, ...] = ()
    ranks: bool = False  # states a rank: "-est", "top", "leading", "second only to"
    speaks_of_data: bool = False  # speaks of data or privacy
    says_where_run: bool = False  # says where software runs: "on-device", "in the cloud"
    states_specs: bool = False  # ...or what a model is made of: "72 billion parameters"
    compares: bool = False  # makes a comparison: "second only to", "steeper", "than"
    states_base: bool = False  # says where someone is based: "based in", "Hangzhou-based"
    states_same_time: bool = False  # says two things happened together: "later that evening"
    instructs: bool = False  # gives steps or a way to do something: "tap Settings", "you can"
    on_sale: bool = False  # says when or where something can be had: "rolled out", "on sale"
    gives_hour: bool = False  # gives a clock time: "at 9 a.m."
    gives_time_of_day: bool = False  # a clock time or a part of the day: "later that evening"
    states_market_share: bool = False  # speaks of a market share
    states_present: bool = False  # says something holds now: "currently", "still"
    states_owner: bool = False  # says who owns or backs someone: "owned by", "its parent"
    states_aim: bool = False  # states someone's aim: "aims to", "hopes to", "seeks to"
    # states a figure worked out of others: "3 percentage points", "twice", "on average"
    states_computed: bool = False
    states_likelihood: bool = False  # says how likely something is: "likely", "a 70% chance"
    conditions: frozenset[str] = frozenset()  # what its conditions say: "if approved" -> approv
    causes: frozenset[str] = frozenset()  # what it gives as causes: "due to slow progress"
    # What it speaks of without naming, one set of stems per phrase: "relevant departments".
    unnamed: tuple[frozenset[str], ...] = ()


# A question about the whole: "Apple's total revenue", "worldwide sales". A fact about one place
# ("revenue in Greater China") does not answer it.
# ("in whole world": article dropped, as Russian and Chinese speakers write it)
GLOBAL_SCOPE = re.compile(
    r"\b(?:worldwide|global|globally|total|overall|entire"
    r"|(?:(?:in|around|across|over|throughout) )?(?:the )?whole world"
    r"|(?:around|across|all over|throughout) the (?:world|globe))\b"
)

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


# "Several leading Chinese AI companies", "relevant departments": things a sentence speaks of
# without naming them, unless it goes on to ("several partners, including Tencent").
_VAGUE = frozenset({"several", "multiple", "various", "relevant", "numerous", "certain", "some"})

_NAMING = frozenset({"including", "such", "like", "namely"})

_UNNAMED_REACH = 4  # content words looked at after the vague word

_ANY_VAGUE = re.compile(r"\b(?:" + "|".join(_VAGUE) + r")\b")

_PUNCTUATION = frozenset({",", ":", "("})

_TOKEN = re.compile(r"[\w-]+(?:\.[\w-]+)*(?:'s)?|[,:(]")


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


_DAY = re.compile(
    r"\b(" + "|".join(MONTH_NAMES) + r") (\d{1,2})(?:st|nd|rd|th)?\b"
    # (not the "5" of "rose 1.5 february 11", a figure before the date)
    r"|(?<![\d.,])\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + "|".join(MONTH_NAMES) + r")\b"
    # (nor the "3" of "rose 3% on february 11", read without its "%" and "on")
    r"(?! \d{1,2}\b)"
)

# A day given by the one before it: "on february 11, ... the next day, ..." (lower case)
# (without its "the", as a learner writes it: "Alibaba stock in USA on next day")
NEXT_DAY = re.compile(r"\b(?:(?:the )?next day|(?:the )?following day|the day after|a day later)\b")

# "announced later that evening": the day last named before it.
_TOGETHER = re.compile(r"\bsimultaneous(?:ly)?\b|\bat the same time\b")  # or SAME_DAY
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


# A place named after "in" or "at": "held in Warsaw", "hosted at the Moscone Center" (not "in
# partnership", "in May", "in 2023").
_LOCATED = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?!(?:"
    + "|".join(m.capitalize() for m in MONTH_NAMES)
    + r")\b)([A-Z][a-z]+)"
)


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
        located=tuple(fold(place) for place in _LOCATED.findall(text)),
        has_reason=bool(_REASON_CUES.search(lower)),
        has_date_hint=bool(_DATE_HINT.search(lower)),
        has_number_hint=bool(_NUMBER_HINT.search(lower)),
        has_span=bool(_SPAN.search(lower)),
        has_person=bool(_SPEAKS_OF_PERSON.search(lower)),
        compares=bool(_COMPARES.search(lower)),
        states_base=bool(_BASE.search(lower)),
        states_same_time=bool(SAME_DAY.search(lower) or _TOGETHER.search(lower)),
        conditions=condition_terms(lower),
        causes=cause_terms(lower),
        has_failed_condition=bool(_FAILED_CONDITION.search(lower)),
        intraday=bool(_INTRADAY.search(lower)),
        has_week=bool(_WEEK.search(lower)),
        exclusive=bool(_EXCLUSIVE.search(lower)),
        names_devices=bool(_DEVICES.search(lower)),
        ranks=bool(_RANK.search(lower)),
        speaks_of_data=bool(_DATA.search(lower)),
        says_where_run=bool(_RUNS_WHERE.search(lower)),
        states_specs=bool(SPECS.search(lower)),
        instructs=bool(_INSTRUCTS.search(lower)),
        on_sale=bool(_ON_SALE.search(lower)),
        gives_hour=bool(_HOUR.search(lower)),
        gives_time_of_day=bool(_HOUR.search(lower) or _TIME_OF_DAY.search(lower)),
        states_market_share=bool(MARKET_SHARE.search(lower)),
        states_present=bool(_PRESENT.search(lower)),
        states_owner=bool(_OWNERSHIP.search(lower)),
        states_aim=bool(_AIM.search(lower)),
        states_computed=bool(_COMPUTED.search(lower)),
        states_likelihood=bool(_LIKELIHOOD.search(lower)),
    )


def any_new(items: tuple[str, ...], question: str) -> bool:
    """Whether any item is not already in the question: the answer is what the question lacks."""
    return any(item not in question for item in items)
