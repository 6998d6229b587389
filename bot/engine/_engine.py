"""The question-answering engine: a question in, a cited answer or an honest abstention out."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot.engine._answer import Answer, Choice, Explanation
from bot.engine._asker import after_short_lead, final_question, small_talk
from bot.engine._checking import (
    QUARTER_ORDINALS,
    TIMES_OF_DAY,
    YES_NO,
    gives_month,
    gives_quarter,
    months_named,
    offered_choices,
    other_month,
    other_quarter,
    put_up_for_checking,
    put_up_name,
    puts_up,
    quarters_named,
    states_figure,
    when_is_its_point,
)
from bot.engine._code_query import as_prose
from bot.engine._demands import demand_fit, demands
from bot.engine._evidence import (
    NEXT_DAY,
    Evidence,
    days_named,
    regional,
    years_named,
)
from bot.engine._figures import days_in_words, rounded_to_stated
from bot.engine._index import (
    NAME_RARITY,
    ORDER_WORDS,
    SYNONYM_WORDS,
    SYNONYMS,
    CuratedUnit,
    Index,
)
from bot.engine._leetspeak import unleeted
from bot.engine._normalize import (
    MONTH_NAMES,
    ORDINAL_WORDS,
    QUESTION_FILLER,
    clean,
    paragraph_asked,
    respell,
    sentence_asked,
    stem,
    summary_asked,
    surface_terms,
    unshouted,
)
from bot.engine._order import first_of, same_time, same_time_asked, two_asked, who_first_asked
from bot.engine._parts import PieceWords, points_back, question_parts, without_asides
from bot.engine._places import company_homes, company_origins, country_of_city, read_cities
from bot.engine._possession import (
    REACTION_STEMS,
    SAYING_STEMS,
    SPEECH_STEMS,
    Owned,
    asked_deed,
    launched_itself,
    merge,
    possessions,
    possessive_runs,
    qualifiers,
    wrong_owner,
    wrong_qualifier,
)
from bot.engine._qtype import (
    SPANLESS_FIT,
    WHAT_MADE,
    agent,
    asked_which,
    asks_whole,
    commanded,
    fit,
    focus_after_words,
    focus_word,
    names_a_kind_of_answer,
    question_type,
)
from bot.engine._spelling import Speller, english_words
from bot.engine._telegraphese import untelegraphed
from bot.engine._weights import country_words, is_english_word, is_verb_form, rarity
from knowledge import STOP_WORDS, Citation, Entities, KnowledgeBase, fold

logger = logging.getLogger(__name__)

# "what did jack ma say", "what does lei jun think": one or two words, then a verb of saying.
_STRANGER_SAID = re.compile(
    r"^\W*what (?:did|does|do|has|have) ([a-z]+(?: [a-z]+)?) (?:say|said|think|thought|comment"
    r"|tell|told)\b"
)
# "on the 11th", "the 12th": a day of the month, its month unsaid.
_BARE_DAY = re.compile(
    r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:century|place|time|largest))"
)
_COMMAND = re.compile(r"^\s*/[A-Za-z]\w*(?:@\w+)?\s*$")
# "What is 2 + 2?", "whats 9 times 12": sums to work out, which no article states. (A "-" or a
# "/" between figures is as often a date or a range: "2/11", "2023-2024".)
_ARITHMETIC = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:[+*×÷=^]|plus|minus|times|multiplied by|divided by)\s*\d", re.IGNORECASE
)
# "What does LLM stand for?", "what's API short for": an abbreviation, in capitals, spelled out.
_ACRONYM_ASKED = re.compile(
    r"^\W*(?i:what(?:'s| is| does| do)? (?:the )?(?:acronym |abbreviation )?)"
    # (in capitals, or in quotes in any case: "what does 'lol' stand for")
    r"(?:([A-Z][A-Z0-9&]{1,6})|['\"‘“]([A-Za-z][A-Za-z0-9&]{1,6})['\"’”])"
    # (of a longer name: "what does the 'Qwen' in Qwen 2.5-Max stand for")
    r"(?i:(?: in (?:the )?[\w .'-]{1,40}?)?(?:'s)? (?:stand for|stands for|short for|mean|means))\W*$"
)
_ORDINALS = frozenset(ORDINAL_WORDS[:10])  # "first" to "tenth": asked about like names
# "what did tim cook say about alibaba", "what does apple think about deepseek"
_SAID_ABOUT = re.compile(
    r"\b(?:say|said|says|saying|think|thinks|thought|comment|comments|commented|feel|feels|felt"
    r"|tell|told|quote|quotes)\b.*?\b(?:about|on|regarding) ((?:[\w.'-]+ ?){1,4}?)\W*$"
)
# "What is a concept stock?", "what is open source software", "what does yoy mean": what a kind
# of thing is, which a fact answers only by defining it ("An underbid is ...").
_DEFINITION = re.compile(
    r"^\W*(?:what|wat) (?:is|are) (?:a |an )?(?P<what>[a-z][a-z .'-]*?)\W*$"
    r"|^\W*what (?:does|do) (?:a |an |the )?(?P<means>[a-z][a-z .'-]*?) (?:mean|stand for)\W*$"
    r"|^\W*(?:define|definition of|meaning of|what is meant by) (?:a |an |the )?"
    r"(?P<defined>[a-z][a-z .'-]*?)\W*$"
    # a learner's word order: 'what means "concept stocks" exactly?'
    r"|^\W*what means\W+(?:a |an |the )?(?P<learner>[a-z][a-z .'-]*?)\W*(?:exactly\W*)?$"
)
_MAX_DEFINED_WORDS = 4
_GENERAL_KNOWLEDGE = re.compile(r"^\W*how (?:does|do) (?:a |an |the )?(?:[\w'-]+ ){0,3}?work\W*$")
# A name, then "us": its U.S. listing, if the name is one the knowledge has ("baba us gain").
_US_AFTER_NAME = re.compile(r"\b([A-Za-z][\w.]*) us\b")
# "what does the name tongyi qianwen mean in english": what a name means in another language,
# which news gives no more than it translates greetings.
_ASKS_TRANSLATION = re.compile(
    r"\b(?:mean|means|meant|meaning|translates?|translated|translation|literally)"
    r" (?:in|into|to) (?:english|chinese|mandarin|cantonese|pinyin)\b"
    r"|\bliterally (?:mean|means|translates?)\b"
    # "the Chinese title of the report", "its full Chinese company name", "what's the Galaxy S25
    # called in mainland China": the articles are in English. (Not "the Chinese name of
    # Alibaba's model": a name in pinyin, Tongyi Qianwen, may be the one they give.)
    r"|\b(?:chinese|mandarin|cantonese|pinyin) (?:title|characters|spelling)\b"
    r"|\b(?:chinese|mandarin|cantonese|pinyin) (?:company|brand|legal|official|full) names?\b"
    # (a name in the language itself may be given: "what is alibaba's model called in chinese")
    r"|\b(?:called|named|known|branded) (?:as )?in (?:mainland )?china\b"
)
# "should i buy BABA now", "is nvidia stock a good buy": advice on what to do with one's money,
# which news reports the facts for and never gives, whatever stock it names.
_ASKS_ADVICE = re.compile(
    r"^\W*should (?:i|we) (?:\w+ )?(?:buy|sell|invest|hold|short|ape|dump|load up|go long|go short"
    r"|bet|get in|get out)\b"
    r"|^\W*is (?:it|now) (?:a )?(?:good|smart|wise|bad|right) (?:time|idea|moment) to (?:buy|sell"
    r"|invest)\b"
    r"|^\W*(?:is|are) .{1,40} (?:a )?(?:good|smart|safe|bad) (?:buy|investment|bet)\b"
    r"|^\W*(?:is|are) .{1,40} worth (?:buying|investing in)\b"
)
# Single letters spoken one by one: "c e o", "i o s", "a i".
_SPELLED = re.compile(r"(?<![\w'])(?:[A-Za-z] ){1,5}[A-Za-z](?![\w'])")
_LETTER_NUMBER = re.compile(r"(?<![\w'])[A-Za-z] \d+(?![\w.])")
_HOLDING = r"(?:(?:concept )?stocks?|shares?|share price|stock price|revenue|sales)"
_HOLDING_WORDS = re.compile(rf"\b{_HOLDING}\b")
_HELD_THINGS = frozenset(map(stem, "stock stocks share shares revenue sales".split()))
# A name right before what a company holds, not itself owned or owning ("alibaba's tencent shares").
# Only as the question's subject or what it is about: at its start or after "did", "the", "to"
# ("what happened to tencent shares"; "hurting iphone sales", "why are iphone sales falling" and
# "alibaba's hong kong stock" are not read so).
_BEFORE_OWNER = r"(?:did|does|do|the|those|these|how|much|percent|pct|to|with|about|on|for)"
_MARKET_PLACE = r"(?:u\.s\.|hong kong|hk|new york|american)"
_COMPOUND_OWNER = re.compile(
    rf"(?:^\W*|\b{_BEFORE_OWNER}\s)((?:(?!{_BEFORE_OWNER}\b)[a-z][\w.-]* ){{0,2}}?[a-z][\w.-]*) "
    # ...with the market in between: "alibaba us shares", "baba hong kong stock"
    rf"((?:{_MARKET_PLACE}(?:[- ]listed)? )?"
    rf"{_HOLDING})\b"
)
# The markets a company's shares trade on, by the words that name them.
_MARKETS = (frozenset({"u.s.", "american", "nasdaq", "nyse"}), frozenset({"hong", "kong", "hkex"}))
_MARKET_WORDS = frozenset().union(*_MARKETS)


def _markets_named(words: Collection[str]) -> frozenset[int]:
    """Which of `_MARKETS` some of `words` name."""
    return frozenset(i for i, market in enumerate(_MARKETS) if not market.isdisjoint(words))


def _markets_apart(asked: frozenset[int], own: Collection[str]) -> bool:
    """Whether a question naming markets (`asked`, `Query.markets`) is of a fact whose own words
    name only another one."""
    if not asked:
        return False
    in_fact = _markets_named(own)
    return bool(in_fact) and asked.isdisjoint(in_fact)


# "features first?", "which came first": an ordinal that ends a clause says when, not which one.
_ORDINAL_ADVERB = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r")\b(?=\s*(?:[?.!,;:]|$))")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*|\b[a-z]+[A-Z]\w*|\b[A-Z]{2,}\b")


# Words that ask nothing of a fact by themselves ("what happened in 2023?", "what's going on
# with deepseek?", "what's the deal with modelscope?"): a fact is not required to hold one of
# them to be about what is asked.
_EMPTY_WORDS = frozenset(
    {"happen", "occur", "go", "get", "got", "thing", "stuff", "news", "new", "deal"}
)

# A yes/no question ("will the features work in english?") asks whether its words hold; a word
# the knowledge never uses is what it asks about, unless it is one of these vague words or lies
# in an alternative ("... or licensed from someone?").
_VAGUE_WORDS = frozenset(
    """
    anyone someone something anything everyone everybody somebody anybody bunch lots lot
    folks guys guy people stuff thing things already asking meant getting different single easy
    lately hype kind sort sorta kinda ever regarding concerning re info news story
    """.split()
)

_DETERMINERS = frozenset("the a an its their his her this that one single another".split())

# Nouns of answering someone, by stem, with the deed each is: "Tencent's response" is Tencent
# reacting; "Alibaba's statement" Alibaba saying something.
_ANSWERING_NOUNS = {
    **{stem(word): stem("react") for word in "response reaction reply answer retort".split()},
    **{stem(word): stem("say") for word in "statement comment comments remarks".split()},
    # "tencent's take on the deal", "deepseek's opinion": what they said of it
    **{stem(word): stem("say") for word in "take opinion opinions stance".split()},
}
# "what DeepSeek said back", "the gist of what tencent thinks", "what Baidu is saying": one name,
# then a verb of saying.
_WHAT_SAID = re.compile(
    r"\bwhat ([a-z][\w.-]*) (?:(?:is|are|was|were) )?(?:said|says|say|saying|thinks|thought"
    r"|thinking|replied)\b"
)

# "did tencent get salty about it", "was baidu upset": a name, then how it took something.
_FEELINGS = (
    r"(?:salty|upset|angry|mad|annoyed|pleased|disappointed|unhappy|frustrated|thrilled|bitter"
    r"|jealous|offended|furious|happy|sad|gutted|devastated|heartbroken)\b"
)
_FELT = re.compile(
    r"\b([a-z][\w.-]*) (?:get|gets|got|getting|feel|feels|felt|seem|seemed|seems) (?:\w+ )?"
    + _FEELINGS
    + r"|^\W*(?:was|were|is|are) ([a-z][\w.-]*) (?:\w+ )?"
    + _FEELINGS
)
# "deepseek response to apple", "BIDU reaction to losing apple", "alibaba ceo comment": a name
# first, then its answer, typed as keywords (with "'s" it is an owned deed).
_NAME_REACTED = re.compile(
    r"^\W*@?([a-z][\w.-]*) (?:reactions?|responses?|repl(?:y|ies))\b"
    # (not "baba response to the news": a stock's, how its price took it)
    r"(?! to (?:the |this |that )?(?:news|announcement|deal|report|partnership)\b)"
)
_NAME_SAID = re.compile(r"^\W*@?([a-z][\w.-]*) (?:(?:ceo|boss|chief) )?(?:comments?|statements?)\b")
# "a statement from Baidu", "a quote from any Alibaba executive": what a name said, asked for
# as a thing.
_SAID_BY = re.compile(
    r"\b(?:statements?|comments?|quotes?|remarks?|responses?|reactions?|repl(?:y|ies))"
    r" (?:from|by) (?:any |an |a |the )?([a-z][\w.-]*)"
)
# ...each with the deed it asks about, tried in order.
_INDIRECT_DEEDS = (
    (_WHAT_SAID, stem("say")),
    (_FELT, stem("react")),
    (_NAME_REACTED, stem("react")),
    (_NAME_SAID, stem("say")),
    (_SAID_BY, stem("say")),
)

# Titles that name one person in an organisation, as written.
_ROLE_TITLES = frozenset(
    "cfo cto coo cmo cio cso chairman chairwoman chairperson founder cofounder co-founder"
    " spokesperson spokesman spokeswoman president vp treasurer".split()
)
# Device and product names people type in lower case, which are names all the same: "will my
# ipad get it" asks of a device the article never names, as "iPad" would.
_LOWER_CASE_PRODUCTS = frozenset(
    "ipad ipads imac imacs ipod ipods macbook macbooks airpods icloud itunes imessage facetime"
    " android".split()
)

# What a question comparing a figure with what it is ranked against asks: "how many more than".
_COMPARES = re.compile(r"\b(?:than|compared|more|fewer|less|versus|vs)\b")

VAGUE_FIT = 0.45  # type fit of a fact that leaves unnamed what a "which" question asks to name
TOPIC_WORD = 0.5  # specificity under which a word is in so many sentences it is the topic


@dataclass(frozen=True)
class Params:
    """The engine's tunable constants, in one place (see `make eval` and `make eval-squad`)."""

    threshold: float = 0.5  # answer at or above this confidence
    tie_margin: float = 0.02  # two facts this close in confidence...
    tie_rank: float = 0.08  # ...and in rank are a tie: the other is offered ("did you mean")
    # How near a yes/no question must be to a curated way of asking for its "Yes" or "No" to hold.
    verdict_similarity: float = 0.9
    candidates: int = 24  # sentences re-ranked in detail after the BM25 prefilter
    context: float = 0.3  # weight of the best neighbour's BM25 score in ranking
    neighbour_cover: float = 0.5  # credit for a question word found only in the same paragraph
    rank_bm25: float = 0.35  # weight of normalised BM25 in the final ranking
    paragraphs: int = 2  # best paragraphs whose every sentence is re-ranked
    rank_paragraph: float = 0.6  # weight of the paragraph's normalised BM25 in the final ranking
    neighbour_name_missing: float = 0.5  # a name found only next door counts this much missing
    focus_missing: float = 1.0  # the asked-for word ("price", "founded") missing counts this much
    missing_name: float = 0.7  # confidence factor per distinctive word the fact lacks
    relation_missing: float = 1.5  # the fact holds the question's names but none of its other words
    conflict: float = 2.0  # the fact states what is asked as another's, or of another year
    unknown_word: float = 0.75  # factor per distinctive word found nowhere in the knowledge
    unknown_rare: float = 0.5  # ...counted this many times for a lower-case rare word, a name 2
    # Share of a figure or day put up for checking that a fact giving its own covers.
    corrected_cover: float = 0.5
    uncompared: float = 2.0  # ...and this many for an alternative compared with no figure stated
    unstated: float = 1.5  # ...and this many for a word of a yes/no question found nowhere
    curated_similarity: float = 0.5  # share of phrasing similarity in a curated fact's confidence
    phrasing_retrieval: float = 1.4  # phrasing similarity as retrieval evidence, vs full BM25
    curated_bonus: float = 0.05  # rank edge of a curated fact over the bare sentence it cites
    typo_cutoff: float = 80.0  # rapidfuzz ratio for taking an unknown word as a typo of a known one
    related_credit: float = 0.7  # credit for another form of a word ("german" for "germany")
    min_information: float = 0.35  # question words weighing less in all say too little ("start")
    kind_information: float = 0.15  # ...save this much said by the kind asked ("when ... features")
    one_plain_word: float = 1.0  # the fact shares only one everyday word with the question
    specificity_floor: float = 0.25  # least weight of a question word found in most sentences


@dataclass(frozen=True)
class QueryTerm:
    """One content word of the question: its stem, how it was written, and its weight."""

    stem: str
    surface: str
    weight: float
    distinctive: bool  # a name, a number or a rare word: the fact must hold it
    name_like: bool  # written with a capital, or a number: a name the question is about
    known: bool  # found somewhere in the loaded knowledge
    related: tuple[str, ...] = ()  # other forms of the word in the knowledge, for partial credit


@dataclass(frozen=True)
class Query:
    """A question prepared for matching."""

    text: str
    folded: str
    terms: tuple[QueryTerm, ...]
    kind: str | None
    content: str  # the folded content words, for fuzzy phrasing similarity
    focus: QueryTerm | None = None  # the word that says what exactly is asked ("price")
    # The names the focus is a kind of thing named after: ("tencent",) of "which Tencent model
    # did Apple test?", which asks the model's name; () when it is not.
    focus_names: tuple[str, ...] = ()
    owned: Owned = field(default_factory=dict)  # whose is what: "vivo's revenue"
    years: frozenset[str] = frozenset()  # the years it names: a fact of other years conflicts
    # ...of them, those asked as a time ("in 2025", "feb 11 2025"), not qualifying a thing
    # ("Apple's 2025 iPhone sales"): a fact in the article's own year need not hold them
    timed_years: frozenset[str] = frozenset()
    # The stems of what comes before a question's first "?" when more follows it ("Why not
    # DeepSeek? Too few people or what?": the rest is a guess at the answer); None otherwise.
    before_guess: frozenset[str] | None = None
    quarters: frozenset[str] = frozenset()  # the quarters it names: {"first"} of "q1"
    months: frozenset[str] = frozenset()  # the months it names: {"january"}
    days: frozenset[tuple[int, int]] = frozenset()  # the days it names: (2, 11)
    demands: frozenset[str] = frozenset()  # what it wants beyond its kind: "count", "money"...
    whole: bool = False  # asks about the whole ("total revenue"), not one place
    which: frozenset[str] = frozenset()  # what a "which" question asks to name
    agent: str | None = None  # the name a wh-question asks what it did: "how did tencent react"
    qualified: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "hong kong" shares
    # What it owns by an explicit "X's" only (not "the Y of X"), with the owners' aliases.
    possessed: Owned = field(default_factory=dict)
    # Each "X's ..." with its owned words in order: "alibaba's concept stocks".
    owned_runs: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()
    # The event a "when was X done?" asks the date of, with its other forms: ("submit", (...)).
    event: tuple[str, tuple[str, ...]] | None = None
    deed: tuple[frozenset[str], str] | None = None  # who is asked to have done what: "apple unveil"
    # What someone is asked to have said something about, with other forms of each word:
    # "alibaba" of "what did tim cook say about alibaba?".
    about: tuple[tuple[str, tuple[str, ...]], ...] = ()
    direction: str | None = None  # "up" or "down": the way a change asked about went
    # ...and whether a word of its own says so ("rise"), not only a phrase ("go up")
    direction_worded: bool = False
    paragraph: int | None = None  # the paragraph pointed at ("paragraph 4"; -1 the last one)
    # What a sentence must say to define the kind of thing asked about ("A concept stock is ..."),
    # for "what is a concept stock?"; None when no such thing is asked.
    definition: re.Pattern[str] | None = None
    # Names a deed is asked of besides its doer, with their other forms: "apple" in "what did
    # wisdom spectrum ai build for apple?" (not "alibaba" in "... before alibaba": a reference).
    objects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # How many words of a yes/no question the knowledge never uses: what it asks is unstated.
    unstated: int = 0
    sentence: int | None = None  # the sentence it points at by its place (-1: the last)
    summary: bool = False  # asks for the gist: of the article, or of the part its words name
    # Names and numbers only offered as the other answer: "10 million" in "is it 100 million or
    # 10 million?".
    alternative: frozenset[str] = frozenset()
    yes_no: bool = False  # asks whether something holds: "did apple ...?", "is it ...?"
    checks: bool = False  # puts something up to be confirmed or denied: "did X ...?", "..., right?"
    # Figures a yes/no question puts up to be checked, each with its kind ("percent" or
    # "number"): "5" in "did BABA rise 5% on feb 11, right?".
    claimed: Mapping[str, str] = field(default_factory=dict)
    # ...and the days of the month and years it puts up: "it launched in 2024, right?"
    claimed_when: frozenset[str] = frozenset()
    when_checked: bool = False  # ...asking if it is right: "Is that the right day?"
    # ...and the words of the cause or aim it puts up: "censorship worries" in "Did Apple ditch
    # DeepSeek over censorship worries?" (the fact giving the cause says whether it was that).
    claimed_cause: frozenset[str] = frozenset()
    # How many of those the knowledge never uses: unstated, unless the fact gives a cause.
    unstated_cause: int = 0
    # Words a fact need not hold: the names of only one of the alternatives a comparison asks
    # about, each given a figure by some sentence ("in the US or in Hong Kong?"), and the name
    # a cleft question puts up for checking ("Was it Huawei that Apple chose?": the fact that
    # says whom Apple chose answers it).
    may_lack: frozenset[str] = frozenset()
    # The distinctive words of the answers a question offers to choose from ("...: New York or
    # Hong Kong?"): a fact holding one of them need not hold the others.
    choices: frozenset[str] = frozenset()
    compared_in: tuple[int, ...] = ()  # ...and the sentence that gives each its figure
    compared_sides: tuple[frozenset[str], ...] = ()  # ...and the words naming each alone
    # How many alternatives a comparison asks about ("Apple or Huawei") no sentence gives a figure for.
    uncompared: int = 0
    # The name of the one partner or pick a claim puts up ("Apple is teaming up with Tencent,
    # right?"): the fact that names the one it was answers it.
    claimed_partner: frozenset[str] = frozenset()
    # Names asked past ("besides Alibaba's own shares", "along with alibaba" after "other"):
    # what is only theirs is not what is asked.
    excluded: frozenset[str] = frozenset()
    others_asked: bool = False  # others' stocks asked: "did any other stocks go up?"
    markets: frozenset[int] = frozenset()  # the markets it names (see _MARKETS)

    @property
    def focus_named(self) -> bool:
        """Whether the focus is a kind of thing named after a name ("Tencent model")."""
        return bool(self.focus_names)


@dataclass
class Candidate:
    """A fact being considered, with the parts of its score."""

    key: str
    sentence: int
    confidence: float
    rank: float
    parts: dict[str, float] = field(default_factory=dict)
    curated: CuratedUnit | None = None


class Engine:
    """Answers questions from a loaded knowledge base; build once, ask many times (thread-safe)."""

    def __init__(self, knowledge: KnowledgeBase, params: Params | None = None) -> None:
        self.params = params or Params()
        self.index = Index(knowledge)
        self._speller = Speller(self.index, self.params.typo_cutoff)
        # wordfreq's frequency table (~0.3 s) and the world's cities (~0.4 s) are read on first
        # use: at start-up, not on the first user's question.
        rarity("the")
        country_words()
        read_cities()

    def _us_listing(self, match: re.Match[str]) -> str:
        """ "baba us close", "alibaba us shares": a company's U.S. listing, as traders write it
        (not "tell us"): "us" after a name the knowledge has is the country."""
        word = match.group(1).lower()
        if self.index.is_known_name(word) or word in self.index.aliases.replace:
            return f"{match.group(1)} US"
        return match.group()

    def _names_kind_apart(self, query: Query, sentence: int) -> bool:
        """Whether a sentence lacking the kind "Which Tencent model ...?" asks to name gives no
        name of that kind: none of its names is the asked name with more words ("Tencent
        Hunyuan"), as "the Huguenot Street Historic District" answers "what Huguenot area".
        Naming Tencent alone, among other companies, names no model of Tencent's."""
        if not query.focus_names:
            return False
        return not any(
            len(words := fold(name).split()) > len(query.focus_names)
            and all(word in words for word in query.focus_names)
            for name in self.index.sentences[sentence].fact.entities.names
        )

    def _counted_elsewhere(self, word: str, sentence: int | None) -> bool:
        """Whether a sentence other than `sentence` counts `word`: a count of it asked is not
        answered by this sentence's count of something else."""
        return bool(self.index.counted.get(word, frozenset()) - {sentence})

    def _unnamed_where_asked(self, query: Query, term: QueryTerm) -> bool:
        """Whether a sentence about what is asked leaves the kind asked for unnamed ("which
        regulator reviews the features?" of "submitted for approval by relevant departments"):
        then no other fact names one either."""
        if names_a_kind_of_answer(term.surface):
            return False
        # (the question's other words that say what it is about: its distinctive ones, or all
        # of them when none is: "which department must approve the features?")
        others = {t.stem for t in query.terms if t.distinctive and t is not term} or {
            t.stem for t in query.terms if t is not term and t.stem not in query.which
        }
        return any(
            not others.isdisjoint(self.index.sentences[unit].terms)
            for form in (term.stem, *term.related)
            for unit in self.index.left_unnamed.get(form, ())
        )

    def _knows_as_named(self, word: str) -> bool:
        """Whether a word (in lower case) is one the knowledge holds or an alias of one."""
        return (
            word in self.index.words
            or word in self.index.alias_words
            or word in self.index.all_terms  # (as stemmed: "ai")
        )

    def _knows(self, word: str) -> bool:
        """...or one of everyday English."""
        return self._knows_as_named(word) or is_english_word(word)

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base this engine answers from."""
        return self.index.knowledge

    # -- preparing the question -------------------------------------------------------------

    def prepare(self, question: str) -> Query:
        """Clean, expand aliases, and weigh the words of a question."""
        cleaned = clean(question)
        if "." in cleaned:
            cleaned = _URL.sub(self._site_name, cleaned)
        cleaned = unleeted(untelegraphed(as_prose(cleaned)), self._knows, self._knows_as_named)
        shouted = unshouted(cleaned)
        if " us" in shouted:
            shouted = _US_AFTER_NAME.sub(self._us_listing, shouted)
        text = self._speller.joined(self._spoken(respell(shouted)))
        text = days_in_words(
            rounded_to_stated(text, self.index.figures), self.index.days, self.index.years
        )
        # Names as written: "US-listed" names the U.S., not "listed".
        capitalised = {
            term
            for word in _CAPITALISED.findall(text)
            for part in word.split("-")
            if part != part.lower()
            for term in surface_terms(part)
        } | self.index.named_in(folded := fold(text))
        if shouted is not cleaned:
            # Typed in capitals: a rare word the knowledge lacks is still taken for a name
            # ("IS SIRI GETTING QWEN?"), an everyday one ("PHONE", "DROP") or a verb's form
            # ("DISCARDED") not.
            capitalised |= {
                word
                for word in surface_terms(text)
                if word not in self.index.all_terms
                and rarity(word) >= NAME_RARITY
                and self._speller.correct(word) == word
                and not is_verb_form(word)
            }
        # "What made Apple choose Alibaba?" asks why; "made" is not a word of the fact.
        aliased = self.index.aliases.expand(text)
        expanded = self._speller.corrected(aliased, capitalised)
        if expanded != aliased and not self.index.alias_words.isdisjoint(expanded.split()):
            # A typo of an alias, read as the alias ("regultors"): expanded as the alias is.
            expanded = self.index.aliases.expand(expanded)
        expanded = WHAT_MADE.sub("why", expanded)
        terms: dict[str, QueryTerm] = {}
        adverbs = frozenset(_ORDINAL_ADVERB.findall(expanded))
        homes = company_homes(folded)
        content_words = []
        for surface in surface_terms(expanded):
            if surface in ORDER_WORDS:
                content_words.append(surface)  # for phrasing similarity only
                continue
            if surface in STOP_WORDS or surface in QUESTION_FILLER:
                continue
            content_words.append(surface)
            term = stem(self._speller.correct(surface, by_sound=surface not in capitalised))
            if term in terms or (surface in homes and term not in self.index.postings):
                # A repeat, or only where a company is ("the Hangzhou firm"), a city the articles
                # never name (a way to ask may: "has beijing cleared it").
                continue
            weight = rarity(surface)
            name_like = (
                surface in capitalised
                or surface[0].isdigit()
                or "." in surface  # an abbreviation: "u.s."
                or (surface in _ORDINALS and surface not in adverbs)
                or surface in country_words()
                or surface in self.index.single_names  # "samsung" typed in lower case
                or surface in _LOWER_CASE_PRODUCTS
                # A title the knowledge never gives stands for someone it never names: "apple's
                # cfo" is no one the article quotes.
                or (surface in _ROLE_TITLES and term not in self.index.all_terms)
            )
            distinctive = name_like or weight >= 0.75
            if name_like:
                weight = max(weight, 1.0)
            specificity = self.index.specificity.get(term)
            if specificity is not None:
                weight *= max(self.params.specificity_floor, min(1.0, specificity))
            terms[term] = QueryTerm(
                term,
                surface,
                weight,
                distinctive,
                name_like,
                known=(known := term in self.index.all_terms),
                related=self._related_forms(term, surface, name_like, known, expanded),
            )
        content = " ".join(content_words)
        owning = self._compound_owners(expanded)
        read_runs = possessive_runs(owning, self.index.is_name)
        runs = tuple((self._named(owners), words) for owners, words in read_runs)
        # Typos corrected, English words kept: "galaxy s25 prics" asks a price, "how much did
        # the cost drpo" a change, not a price; "contingency" is no "contingent" mistyped.
        typed = self._speller.corrected(text, capitalised | english_words(folded))
        kind = question_type(typed)
        possessed = merge({word: owners for word in words} for owners, words in runs)
        deed = (
            (None if launched_itself(folded, self.index.is_known_name) else self._deed(expanded))
            or _owned_deed(possessed, expanded)
            or self._indirect_deed(expanded)
        )
        uncompared, each_compared, compared_in, sides = self._compared(text, folded, terms)
        focus, focus_names = _focus_term(expanded, terms)
        checked = put_up_for_checking(folded, terms)
        # (what a cause put up would want, "data security", is not what the question asks)
        asked = fold(typed) if checked.cause_at is None else folded[: checked.cause_at]
        unstated = _unstated(expanded, terms.values())
        worded = _went(terms)  # (the ways a change went that the question's own words say)
        unstated_cause = (
            unstated - _unstated(expanded, terms.values(), checked.claimed_cause)
            if checked.claimed_cause
            else 0
        )
        return Query(
            text=text,
            folded=folded,
            terms=tuple(terms.values()),
            markets=_markets_named(terms.keys()),
            kind=kind,
            content=content,
            focus=focus,
            focus_names=focus_names,
            owned=self._with_aliases(
                possessions(owning, self.index.is_name, read_runs, self.index.is_known_name)
            ),
            years=(years := years_named(content)),
            timed_years=_timed_years(folded) if years else frozenset(),
            before_guess=_before_guess(folded),
            quarters=quarters_named(content),
            months=months_named(terms),
            days=days_named(content) or self._bare_days(folded) or self._relative_days(folded),
            # (two sentences each giving one side's figure compare them: no one sentence need)
            demands=demands(asked, kind) - ({"comparison"} if compared_in else set()),
            whole=asks_whole(folded),
            which=asked_which(expanded),
            agent=_agent_name(expanded, self.index.is_name),
            qualified=qualifiers(owning, self.index.is_name, self.index.is_known_name),
            deed=deed,
            event=self._event(folded),
            about=self._about(expanded, terms),
            direction=_direction(expanded, worded),
            direction_worded=bool(worded),
            owned_runs=runs,
            possessed=possessed,
            paragraph=paragraph_asked(cleaned),
            sentence=sentence_asked(cleaned),
            summary=summary_asked(cleaned),
            yes_no=_asks_yes_no(folded),
            alternative=_offered(expanded, terms.values()),
            may_lack=each_compared
            | put_up_name(folded, terms)
            | _passed_over(fold(expanded), terms, kind)
            # (a people's word the knowledge uses: "japanese" in "the Japanese firm" is not)
            | {
                stem(word)
                for word in company_origins(folded)
                if stem(word) in terms and terms[stem(word)].known
            },
            choices=offered_choices(folded, terms.values()),
            compared_in=compared_in,
            compared_sides=sides,
            definition=_definition(folded, terms.values()),
            objects=_deed_objects(deed, terms.values(), folded),
            unstated=unstated - unstated_cause + _unstated_attributes(folded, terms.values()),
            unstated_cause=unstated_cause,
            uncompared=uncompared,
            excluded=_asked_past(expanded, self.index.is_name),
            others_asked=bool(_OTHER_HOLDINGS.search(expanded)),
            claimed_partner=checked.claimed_partner,
            claimed=checked.claimed,
            claimed_when=checked.claimed_when,
            when_checked=checked.when_checked,
            checks=checked.checks,
            claimed_cause=checked.claimed_cause,
        )

    def _compared(
        self, text: str, folded: str, terms: Mapping[str, QueryTerm]
    ) -> tuple[int, frozenset[str], tuple[int, ...], tuple[frozenset[str], ...]]:
        """How many of the alternatives a question compares no sentence gives a figure for
        ("Who fell more in China, Apple or Huawei?" asks Huawei's fall, which nobody states);
        and when every one is given, the words that name only one of them, which one fact
        need not hold: the other's is another sentence ("in the US or in Hong Kong?"), with
        the sentence that gives each its figure, for citing beside the answer."""
        compared = _COMPARED.search(text)
        than = None
        if compared is not None and not YES_NO.match(folded):
            by_date = compared.group(1).lower() in _ORDER_COMPARISONS
            alternatives = _ALTERNATIVES.split(compared.group(2))
            before = text[: compared.start(2)]
        elif (than := _THAN.search(text)) is not None and all(
            _MEASURED.search(than.group(side)) for side in ("a", "b")
        ):
            # "Was Alibaba's Hong Kong gain bigger than its US gain?": the two sides of "than",
            # each an amount ("Is ModelScope bigger than Hugging Face?" compares no figures).
            by_date = than.group("word").lower() in _ORDER_COMPARISONS
            alternatives = [than.group("a"), than.group("b")]
            before = ""
        else:
            return 0, frozenset(), (), ()
        # "Which gained more on February 12, Apple or Alibaba?": each figure must be that day's.
        # (a day inside an alternative is that alternative's: "... or in Hong Kong on the 12th")
        on_days = days_named(" ".join(surface_terms(before)))
        missing = 0
        named: list[set[str]] = []
        giving: list[int] = []
        for alternative in alternatives:
            names = {
                term.stem
                for word in surface_terms(self.index.aliases.expand(alternative))
                if (term := terms.get(stem(self._speller.correct(word)))) is not None
                and term.distinctive
                and term.known
                and not word[0].isdigit()
            }
            if not names:
                continue
            named.append(names)
            stating = [
                index
                for index, unit in enumerate(self.index.sentences)
                if names <= unit.terms
                and self._gives_figure(index, by_date)
                and not (on_days and on_days.isdisjoint(self.index.evidence(index).days))
            ]
            if not stating:
                missing += 1
                continue
            # The one that holds most of the question: "Apple" on February 11, not in 2024.
            giving.append(
                max(
                    stating, key=lambda index: len(terms.keys() & self.index.sentences[index].terms)
                )
            )
        if missing or len(named) < 2:
            # (what "than" compares may be a quality, not a figure: nothing is missing then)
            return (0 if than is not None else missing), frozenset(), (), ()
        shared = named[0].intersection(*named[1:])
        sides = tuple(frozenset(names - shared) for names in named)
        return 0, frozenset(set().union(*named) - shared), tuple(giving), sides

    def _gives_figure(self, sentence: int, by_date: bool) -> bool:
        """Whether a sentence states what a comparison needs: a date, or an amount."""
        stated = self.index.evidence(sentence)
        if by_date:
            return bool(stated.dates or stated.days or stated.years)
        return bool(stated.percentages or stated.counts or stated.has_money)

    def _deed(self, expanded: str) -> tuple[frozenset[str], str] | None:
        """Who the question says did what, the doer with the names it stands for."""
        deed = asked_deed(expanded, self.index.is_known_name)
        if deed is None:
            return self._stranger_said(expanded)
        names, verb = deed
        return self._named(names), verb

    def _stranger_said(self, expanded: str) -> tuple[frozenset[str], str] | None:
        """ "what did jack ma say about the deal": a speaker none of whose words the articles
        hold (a name typed in lower case), asked what they said, which no fact reports."""
        match = _STRANGER_SAID.match(expanded)
        if match is None:
            return None
        words = match.group(1).split()
        if any(word in STOP_WORDS or stem(word) in self.index.all_terms for word in words):
            return None
        return frozenset(stem(word) for word in words), stem("say")

    def _indirect_deed(self, expanded: str) -> tuple[frozenset[str], str] | None:
        """A deed asked inside a phrase: "the gist of what DeepSeek said back" (saying), "did
        Tencent get salty about it?" (how it took it, a reaction)."""
        for pattern, verb in _INDIRECT_DEEDS:
            match = pattern.search(expanded)
            name = match and next(group for group in match.groups() if group)
            if name and self.index.is_known_name(name):
                return self._named([stem(name)]), verb
        return None

    def _event(self, folded: str) -> tuple[str, tuple[str, ...]] | None:
        """What a "when was it done?" question asks the date of ("submit"), with its other
        forms; None when it asks no such thing, or the word may be a typo or another form of a
        word of the knowledge."""
        folded = commanded(folded)
        match = _WHEN_DONE.match(folded)
        if match is None:
            return None
        # The first participle that is not an adjective after "the": "expected", not the
        # "localized" of "when is the localized AI expected".
        participle = next(
            (
                m.group("word")
                for m in _PARTICIPLE.finditer(folded, match.end())
                if not m.group("det")
            ),
            None,
        )
        if participle is None:
            return None
        event = stem(participle)
        related = self.index.related(event)
        if event not in self.index.all_terms and (
            not is_english_word(participle) or not self.index.all_terms.isdisjoint(related)
        ):
            # (a word of no fact may be a typo, or another form of one that is)
            return None
        # "When was Wisdom Spectrum AI founded?": an event no fact names, in any of its forms,
        # is one no fact dates.
        return event, related

    def _bare_days(self, folded: str) -> frozenset[tuple[int, int]]:
        """ "On the 11th" with no month: the day of that number the articles name, when they
        name only one ("the 11th" is February 11 in an article whose days are all February's)."""
        found: set[tuple[int, int]] = set()
        for number in _BARE_DAY.findall(folded):
            months = {day for day in self.index.days if day[1] == int(number)}
            if len(months) == 1:
                found |= months
        return frozenset(found)

    def _relative_days(self, folded: str) -> frozenset[tuple[int, int]]:
        """ "The next day" asked without a date: the days the article itself gives that way.

        "How much did Apple's stock rise the next day?" asks about February 12, not about the
        February 11 of "Apple's stock price also rose by 1.5%".
        """
        return self.index.next_days if NEXT_DAY.search(folded) else frozenset()

    def _compound_owners(self, expanded: str) -> str:
        """`expanded` with a name before a listed company's money words read as their owner:
        "tencent shares" as "tencent's shares", "apple stock" as "apple's stock"."""
        if not _HOLDING_WORDS.search(expanded):
            return expanded
        return _COMPOUND_OWNER.sub(
            lambda match: (
                match.group().replace(match.group(1), f"{match.group(1)}'s", 1)
                # (a name of several words whole: "wisdom spectrum ai stock")
                if all(map(self.index.is_known_name, match.group(1).split()))
                # (not a place: "greater china revenue", "hong kong shares")
                and country_words().isdisjoint(match.group(1).split())
                and not re.fullmatch(_MARKET_PLACE, match.group(1))
                # (not a thing the articles write after "the": "iphone sales" are Apple's)
                and match.group(1) not in self.index.written_after_the
                else match.group()
            ),
            expanded,
        )

    def _about(
        self, expanded: str, terms: Mapping[str, QueryTerm]
    ) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The words of what someone is asked to have said something about."""
        match = _SAID_ABOUT.search(expanded)
        if match is None:
            return ()
        found = []
        for surface in surface_terms(match.group(1)):
            term = terms.get(stem(surface))
            if term is not None:
                found.append((term.stem, term.related))
        return tuple(found)

    def _with_aliases(self, owned: Mapping[str, Iterable[str]]) -> Owned:
        """Owners with the names they stand for: "qwen" owns what "tongyi qianwen" owns."""
        return {word: self._named(owners) for word, owners in owned.items()}

    def _site_name(self, link: re.Match[str]) -> str:
        """A pasted link as the name of its site, when the articles know it: "apple.com" is
        Apple, "https://www.theinformation.com/..." The Information; else its site's word."""
        label = link.group("label").lower().replace("-", "")
        bare = label.removeprefix("the")
        known = self.index.site_names.get(bare)
        if known is None and bare in self.index.words:
            known = bare
        if known is None:
            return link.group("label")
        return ("The " if bare != label else "") + known.title()

    def _spoken(self, text: str) -> str:
        """Words a voice assistant split, joined when that makes a word the knowledge has:
        "c e o" -> "ceo", "i o s" -> "ios", "s 25" -> "s25", "sam sung" -> "samsung", "ten cent"
        -> "tencent"."""
        if _SPELLED.search(text):
            text = _SPELLED.sub(lambda m: self._letters(m.group()), text)
        if _LETTER_NUMBER.search(text):  # "galaxy s 25" -> "s25", when the knowledge has it
            text = _LETTER_NUMBER.sub(lambda m: self._letters(m.group()), text)
        words = text.split(" ")
        for position in range(len(words) - 1):
            left, right = words[position], words[position + 1]
            joined = (left + right).lower()
            if (
                joined in self.index.single_names
                and left.lower() not in self.index.single_names
                and right.lower() not in self.index.single_names
            ):
                words[position], words[position + 1] = left + right, ""
        return " ".join(word for word in words if word)

    def _letters(self, spelled: str) -> str:
        joined = spelled.replace(" ", "")
        folded = joined.lower()
        known = folded in self.index.words or stem(folded) in self.index.all_terms
        return joined if known else spelled

    def _named(self, names: Iterable[str]) -> frozenset[str]:
        """Names with those they are aliases of: "qwen" with "tongyi", "qianwen"."""
        # (a name mistyped, or with another language's ending, is the name: "Alibaby's shares",
        # "akcje Alibaby")
        names = frozenset(
            name
            if name in self.index.all_terms
            else stem(self._speller.correct(name, by_sound=False))
            for name in names
        )
        return names.union(*(self.index.owner_aliases.get(name, ()) for name in names))

    # -- scoring ----------------------------------------------------------------------------

    @staticmethod
    def _corrects_when(query: Query, stated: Evidence) -> bool:
        """Whether a fact answers the day or year a question puts up for checking with its own:
        "it launched in 2024, right?" of "In 2023, Alibaba launched ...". Not when the question
        asks how something moved that day ("did Apple's stock fall on February 12?"): a move is
        told of one day, and a fact giving no figure does not tell it."""
        if not query.claimed_when:
            return False
        if not query.claimed_when.isdisjoint(_MONTH_STEMS) and not gives_month(stated):
            return False  # "in April, right?" of a fact giving no month
        if not query.claimed_when.isdisjoint(TIMES_OF_DAY):
            # "Apple announced it the following morning, right?" of "later that evening".
            return stated.gives_time_of_day
        if not query.claimed_when.isdisjoint(QUARTER_ORDINALS):
            # "Was the 11% fall in the third quarter?" of "11% in the fourth quarter": the
            # fall's own figure is there, only its quarter is put up wrongly. (Not "fell 9% in
            # the third quarter, right?": neither is the fact's.)
            return gives_quarter(stated) and _gives_claimed_figure(query, stated)
        moves = query.direction is not None or bool(_ASKS_MOVE.search(query.folded))
        if moves and stated.days and not query.years and _gives_claimed_figure(query, stated):
            # "Did Alibaba's shares go up 3% on February 10?" of the 3% of February 11: the
            # move is the fact's own, figure and all; only its day is put up wrongly. (A year
            # is a period of its own: "fell 7.7% in fiscal 2023?" is not of fiscal 2024's.)
            return True
        if query.claimed_when <= _MONTH_STEMS:
            return not moves  # ("through iOS 18.5 in May": figures and all)
        if query.when_checked:  # "... on February 11. Is that the right day?"
            return bool(stated.days or stated.years)
        return not moves and when_is_its_point(stated)

    def _coverage(
        self,
        query: Query,
        own: frozenset[str],
        owned: Owned,
        stated: Evidence,
        near: Iterable[frozenset[str]],
        qualified: Mapping[str, frozenset[str]],
        sentence: int,
        stated_terms: frozenset[str] | None = None,
    ) -> tuple[float, float, float]:
        """Weighted share of the question's words a fact holds, and how much it lacks.

        Returns (coverage in [0, 1], missing, unknown), `missing` and `unknown` in units that each
        lower confidence by a constant factor:
        - `missing`: a distinctive word the fact lacks though the knowledge has it (a name 1.5, a
          rare word 1); as their parameters say, a distinctive word only a neighbour holds, the
          asked-for word, one everyday or topic word as all the fact shares (`one_plain_word`),
          the question's names without any of its other words (`relation_missing`), a name the
          fact gives only as an example of a list when asked what it did, a kind of thing a
          "which" asks to name that only a neighbour holds, and a conflict: what is asked as one
          owner's (or qualified by one name) the fact states as another's, or the articles give
          only as others'; another kind of the owner's thing; a deed or words the fact gives to
          someone else (or a "say" where nobody speaks); a year or day asked that the fact gives
          as another; the whole asked of a fact about one place;
        - `unknown`: a distinctive word found nowhere in the knowledge (a name 2, a lower-case
          rare word `unknown_rare`: it is as likely a paraphrase as a sign of another subject).
        """
        nearby = frozenset().union(*near)  # one look-up per word, not one per neighbour
        # What the fact states, for whether it gives what is asked: a curated fact's phrasings
        # hold words of the questions it answers, not of what it says.
        says = own if stated_terms is None else stated_terms
        if stated.days:
            # A day the fact gives as "the next day" holds "february 12" as if it said so.
            own = own | {term for day in stated.days for term in _day_terms(day)}
        # A day without a year, or "this year", is in the year the article was written: "when in
        # 2025 will it roll out?" of "in May this year" (dated 13 February 2025) is not asked of
        # another year; nor is it more about the fact for that ("who won the super bowl in 2025").
        its_year = (
            query.timed_years & self.index.year_written(sentence)
            if query.timed_years and (stated.days or "this year" in self.index.folded[sentence])
            else frozenset()
        )
        chosen = not query.choices.isdisjoint(own)  # holds one of the answers offered
        # A fact may lack the other side of a comparison, not both ("which rose more, Apple's
        # shares or Alibaba's Hong Kong shares?" of Alibaba's concept stocks).
        sideless = bool(query.compared_sides) and not any(
            side <= own for side in query.compared_sides
        )
        # A day or year put up for checking that the fact gives as another is answered by it,
        # when that day is what it tells: a conflict it is not, and it counts as covered.
        corrects_when = self._corrects_when(query, stated)
        total = covered = 0.0
        missing = unknown = 0.0
        names_held = plain_held = False
        held = 0  # question words the fact itself holds
        commonplace_held = 0  # ...of them everyday words or the article's topic words
        plain_asked = 0  # everyday words asked that the knowledge uses somewhere
        for term in query.terms:
            if term.stem in query.alternative or term.stem in its_year:
                continue  # offered as the other answer, not asked to be there; or the fact's year
            if term.stem not in own and (
                (term.stem in query.may_lack and not sideless)
                or (term.stem in query.choices and chosen)
            ):
                continue  # the other alternative, or the name put up for checking
            if term.stem in query.claimed_cause and stated.has_reason and term.stem not in own:
                # "Was DeepSeek dropped over data security fears?" of "... due to the team's
                # insufficient manpower": the cause the fact gives answers whether it was that.
                total += term.weight
                covered += term.weight * self.params.corrected_cover
                continue
            total += term.weight
            if term.known and not (
                term.distinctive
                or term.stem in _EMPTY_WORDS
                # (a tag asking to confirm asks nothing of the fact: "..., right?")
                or (term.stem in _CHAT_TERMS and query.checks)
            ):
                plain_asked += 1
            if term.stem in own:
                covered += term.weight
            elif not own.isdisjoint(term.related):
                covered += term.weight * self.params.related_credit
            else:
                if (
                    term.stem in query.claimed
                    and states_figure(stated, query.claimed[term.stem], self.index.folded[sentence])
                ) or (term.stem in query.claimed_when and corrects_when):
                    # "Is it coming with iOS 19?" of "through iOS 18.5", "Samsung launched the
                    # S25 on February 12, I think?" of "On February 11, Samsung unveiled ...":
                    # the fact's own figure or day answers whether the one put up is right.
                    covered += term.weight * self.params.corrected_cover
                    continue
                if term.stem in query.claimed_partner and self._names_another(sentence, query):
                    # "Is it true Apple is teaming up with Tencent?" of "Apple has chosen to
                    # collaborate with Alibaba": the partner it names answers whether it was that.
                    covered += term.weight * self.params.corrected_cover
                    continue
                if term.stem in nearby:
                    covered += term.weight * self.params.neighbour_cover
                    if term.stem in _MARKET_WORDS and _markets_apart(query.markets, own):
                        # "Alibaba's rise in the US the next day" of "the next day, Alibaba's
                        # Hong Kong stock price continued to climb": another market's move.
                        missing += self.params.conflict
                    elif term.distinctive:
                        # A name only the next sentence holds may be who "he" is, or someone
                        # else: "Apple's stock in Hong Kong" is not "Alibaba's Hong Kong stock".
                        missing += self.params.neighbour_name_missing
                        if term.name_like and query.kind == "reason":
                            # "Why was ByteDance passed over?" of the reason DeepSeek was: a
                            # reason is someone's, and the fact's is not the one asked about.
                            missing += self.params.conflict
                elif term.distinctive:
                    # A name or number the article never mentions is the surest sign it is not
                    # about what is asked; a lower-case rare word may just be a paraphrase.
                    if term.known:
                        missing += 1.5 if term.name_like else 1.0
                    else:
                        unknown += 2.0 if term.name_like else self.params.unknown_rare
                continue
            # Held by the fact itself (not only next door).
            held += 1
            if not term.distinctive or self.index.specificity.get(term.stem, 1.0) < TOPIC_WORD:
                commonplace_held += 1
            if term.distinctive:
                names_held = True
            else:
                plain_held = True

        if held == 1 and commonplace_held == 1 and len(query.terms) > 1:
            # One everyday word in common ("meaning" of "what is the meaning of life") is the
            # classic false match of fuzzy FAQ matching: it says nothing about what is asked.
            missing += self.params.one_plain_word
        focus = query.focus
        asks_name = focus is not None and (
            query.focus_named
            or bool(_ASKS_NAME.search(query.folded))
            # "Which model does Wisdom Spectrum AI run?" asks a model's name, as "which company"
            # asks a company's.
            or (
                query.kind == "name"
                and f"which {focus.surface} " in query.folded
                and focus.known
                and not names_a_kind_of_answer(focus.surface)
            )
        )
        # What "how many" counts must be what the fact states, not a word of a way to ask it.
        if (
            focus is not None
            and _lacks(
                says if "count" in query.demands or asks_name else own, focus.stem, focus.related
            )
            # "which chinese companies did apple evaluate": the kind of the answer only, which
            # any name the fact gives answers ("Tencent, ByteDance, ...").
            and not (
                query.kind == "name"
                and "count" not in query.demands
                and names_a_kind_of_answer(focus.surface)
                and bool(self.index.sentences[sentence].fact.entities.names)
            )
        ):
            # A name of a kind a curated fact does not state ("the model's name" of an answer
            # naming a company only) is no answer at all, whatever its phrasings say: a conflict.
            # (A sentence may name the thing without its kind: "the Battle of ..." for "battle".)
            curated = stated_terms is not None
            # (so is a count of another thing: "how many downloads" of 80,000 derivative models)
            counts_another = (
                "count" in query.demands
                and bool(stated.counts)
                and self._counted_elsewhere(focus.stem, sentence)
                # (a measure may be written in another unit: "how many miles" of "in km")
                and focus.stem not in _UNITS
            )
            missing += (
                self.params.conflict
                if (asks_name and (curated or self._names_kind_apart(query, sentence)))
                or counts_another
                else self.params.focus_missing
            )
        elif query.which and any(
            term.stem in query.which
            and not term.name_like
            and _lacks(own, term.stem, term.related)
            and (term.stem in nearby or self._unnamed_where_asked(query, term))
            for term in query.terms
        ):
            # "Which concept stocks rose?" asks to name concept stocks: a fact about another kind
            # of stock, with "concept stocks" only in the next sentence, does not name them; nor,
            # when the article leaves them unnamed ("relevant departments"), does a fact about the
            # features name "which regulator" reviews them. (A word the paragraph lacks may be the
            # kind of answer only: "which firms".)
            missing += self.params.focus_missing
        if names_held and plain_asked and not plain_held:
            # The fact names what is asked about but holds none of what is asked of it, though
            # the article has those words elsewhere: "huawei ai partner" of a sentence naming
            # Huawei as a competitor. One such word may be a paraphrase ("drop" for "decided
            # against"), so it counts half.
            missing += self.params.relation_missing * (1.0 if plain_asked > 1 else 0.5)
        # "ModelScope have how many models?" of "ModelScope offers 15,000 models": an owner that
        # "has" (not "'s") what it does something with in the fact has it, whoever else's the
        # word is there ("Alibaba's AI model community").
        had = {word: owners for word, owners in query.owned.items() if word not in query.possessed}
        acts_on = bool(had) and _does_anything(
            had,
            # (not "Meta's Llama series": a word someone owns there is a noun, not a deed)
            {
                verb: doers
                for verb, doers in self.index.doers(sentence).items()
                if verb not in owned
            },
        )
        if had and not acts_on:
            # "Hugging Face got how many derivative models from Tongyi?" of "80,000 derivative
            # models based on the Tongyi model": what it "has" the question itself gives as
            # the fact's owner's.
            asked_stems = {term.stem for term in query.terms}
            owners_asked = set().union(*query.owned.values())
            acts_on = any(
                not set(owned.get(word, ())).isdisjoint(asked_stems - owners_asked) for word in had
            )
        if query.owned and (
            (wrong_owner(query.owned, owned, _synonyms) and not acts_on)
            or (
                query.possessed
                # (with the word's other owners in the question: "the iPhone's lack of AI")
                and wrong_owner(
                    {
                        word: query.owned.get(word, owners)
                        for word, owners in query.possessed.items()
                    },
                    self.index.owned_anywhere,
                    _synonyms,
                )
                and not (
                    _does_anything(query.possessed, self.index.doers(sentence))
                    and any(
                        not _lacks(says, words[0], self.index.related(words[0]))
                        for _, words in query.owned_runs
                        if words
                    )
                )
            )
        ):
            # The second: the articles give what is asked only as others' ("Alibaba's revenue"
            # where only Apple's is stated), so a fact answers it only if the owner is who it
            # is about and it holds the thing ("Victoria has a population of ..." where
            # "Melbourne's population" is the only one written as owned; not "Samsung unveiled
            # the S25" for "Samsung's stock").
            missing += self.params.conflict
        elif any(
            word in _HELD_THINGS and _lacks(says, word, _synonyms(word))
            # ("the shares of Samsung" as "Samsung's shares")
            for word in query.possessed.keys() | query.owned.keys()
        ):
            # "how much did apple stock drop in q4" of Apple's revenue falling: what a company
            # holds is asked (its stock), and the fact speaks of another of its things.
            missing += self.params.focus_missing
        elif _other_kind_owned(query.owned_runs, owned, own, self.index.related):
            # "Apple's services revenue" of "Apple's revenue in Greater China": the same
            # owner's thing, but another kind of it.
            missing += self.params.conflict
        if (
            query.direction is not None
            and not query.checks
            and _went(says) == {_OPPOSITE[query.direction]}
        ):
            # "How much did Apple's China revenue go up?" of "fell by 7.7%": the fact states
            # the other way; its figure does not answer. It does answer "Did it go up?": no.
            missing += self.params.conflict
        elif query.direction is not None and not query.direction_worded and not _went(says):
            # "anything else go up besides alibaba itself?" of a fact where nothing moves (its
            # "up" is no word of the question's terms, nothing else holds it; a "drop" may be
            # a launch or a parting).
            missing += self.params.focus_missing
        if (
            ("count" in query.demands or query.claimed)
            and not acts_on
            and any(
                word in owned and not set(owners) & set(owned[word]) for word, owners in had.items()
            )
        ):
            # "How many derivative models does Meta's Llama have?" of "80,000 derivative models
            # based on the Tongyi model": what is counted is someone else's, whatever else the
            # two share ("Meta's Llama series").
            missing += self.params.conflict
        if query.kind in ("number", "percent") and self._compared_only(sentence, query):
            # "llama derivative models count" of "80,000 derivative models based on the Tongyi
            # model, second only to Meta's Llama series": a name the fact only compares with has
            # none of its figures.
            missing += self.params.conflict
        if (
            query.years
            and stated.years
            and query.years.isdisjoint(stated.years)
            and not corrects_when
        ):
            missing += self.params.conflict
        if other_month(query.months, stated) and not corrects_when and not query.choices:
            # "how much did alibaba stock go up in january" of its rise on February 11.
            missing += self.params.conflict
        if other_quarter(query.quarters, stated) and not corrects_when:
            # "revenue q1 fiscal 2024 fell how much" of the full year's and the fourth
            # quarter's falls: the quarter asked is not given, only the year it is part of.
            missing += self.params.conflict
        if (
            query.days
            and stated.days
            and query.days.isdisjoint(stated.days)
            and not corrects_when
            # (not a day offered against "the same day": "same day or next day?")
            and "same-time" not in query.demands
        ):
            # "on February 11" of what the article gives for February 12 ("the next day").
            missing += self.params.conflict
        if qualified and query.qualified and wrong_qualifier(query.qualified, qualified, _synonyms):
            # "Alibaba's Hong Kong shares" of "Alibaba's US stock".
            missing += self.params.conflict
        if query.kind == "reason" and any(
            term.name_like and term.surface in stated.listed for term in query.terms
        ):
            # "Why did Apple not choose Tencent?" of "evaluated ..., including Tencent": a name
            # given as an example gets no reason in the fact.
            missing += self.params.focus_missing
        if query.kind == "reason" and stated.causes:
            # (What is asked of the names, not the names: "why did apple drop baidu" is not
            # asked of "due to Baidu's slow progress".)
            asked = [
                term for term in query.terms if not term.name_like and term.stem not in _LIGHT_VERBS
            ]
            given = sum(term.weight for term in asked if term.stem in stated.causes)
            # (A cause put up after the question is a guess at the answer, not what is asked
            # about: "Why not DeepSeek? Too few people or what?")
            guessed = query.before_guess is not None and not any(
                term.stem in stated.causes and term.stem in query.before_guess for term in asked
            )
            if (
                len(asked) > 1
                and given >= _CAUSE_SHARE * sum(term.weight for term in asked)
                and not guessed
            ):
                # "Why did Baidu make slow progress?" of "... due to Baidu's slow progress": the
                # fact gives it as a cause; its own cause is not stated.
                missing += self.params.conflict
        listed = {stem(name) for name in stated.listed} if query.possessed else set()
        if listed and any(
            owners <= listed and _lacks(says, word, _synonyms(word))
            for word, owners in query.possessed.items()
            if owners
        ):
            # "What was ByteDance's pitch to Apple?" of "evaluated ..., including ByteDance": a
            # name given as an example has nothing of its own in the fact.
            missing += self.params.focus_missing
        if query.agent is not None and query.agent in stated.listed:
            # "How did Tencent react?" of "Apple evaluated partners, including Tencent": a name
            # given as an example did nothing in the fact.
            missing += self.params.focus_missing
        if query.event is not None and _lacks(says, *query.event):
            # "When were the features submitted for approval?" of the May rollout: a date of
            # another event. (An event no fact names, "when was Wisdom Spectrum AI founded?",
            # conflicts with every date the articles give.)
            known = query.event[0] in self.index.all_terms
            missing += self.params.focus_missing if known else self.params.conflict
        if any(
            _lacks(self.index.sentences[sentence].terms, word, forms) for word, forms in query.about
        ):
            # "What did Tim Cook say about Alibaba?" of his words about AI features: the fact
            # does not say what he said about it. (In the sentence with his words: a curated
            # fact's other sentence, "competition from Huawei", is not what he said.)
            missing += self.params.focus_missing
        if query.deed is not None and _wrong_doer(
            query.deed,
            self.index.doers(sentence),
            self.index.speech(sentence),
            self.index.sentences[sentence].terms,
            self.index.folded[sentence],
        ):
            # "What did Apple unveil?" of "Samsung unveiled the Galaxy S25".
            missing += self.params.conflict
        if query.paragraph is not None and not self._in_paragraph(sentence, query.paragraph):
            # "What does paragraph 4 say Apple has been doing?": a fact of another paragraph.
            missing += self.params.conflict
        if query.sentence is not None and not self._is_sentence(sentence, query.sentence):
            # "What does the first sentence say Apple chose?": a fact of another sentence.
            missing += self.params.conflict
        if query.objects and any(
            _lacks(self.index.sentences[sentence].terms, *named)
            and (stated_terms is None or _lacks(stated_terms, *named))
            for named in query.objects
        ):
            # "What did Wisdom Spectrum AI build for Apple?" of "Samsung unveiled the S25 with
            # Wisdom Spectrum AI": the fact has the doer, not whom the deed is for or with (the
            # article's title names Apple, the sentence does not).
            missing += self.params.focus_missing
        if query.definition is not None and not query.definition.search(
            self.index.folded[sentence]
        ):
            # "What is a concept stock?" of "several of Alibaba's concept stocks posted gains".
            missing += self.params.conflict
        if (query.excluded or query.others_asked) and self._only_theirs(
            sentence, query.excluded, query.others_asked
        ):
            # "Did anything besides Alibaba's own shares rise?" of "Alibaba's US shares surged".
            missing += self.params.conflict
        if query.whole and stated.regional:
            # "Apple's total revenue" of "Apple's revenue in Greater China".
            missing += self.params.conflict
        unknown += (
            query.unstated + (0 if stated.has_reason else query.unstated_cause)
        ) * self.params.unstated
        unknown += query.uncompared * self.params.uncompared
        return (covered / total if total else 0.0), missing, unknown

    def _compared_only(self, sentence: int, query: Query) -> bool:
        """Whether a name the question asks about is in the sentence only after a ranking
        ("second only to"), which gives the figure to what is ranked, not to what it is ranked
        against (unless the question compares the two)."""
        ranked_against = self.index.ranked_against.get(sentence)
        if not ranked_against or _COMPARES.search(query.folded):
            return False
        return any(term.name_like and term.stem in ranked_against for term in query.terms)

    def _related_forms(
        self, term: str, surface: str, name_like: bool, known: bool, expanded: str
    ) -> tuple[str, ...]:
        """The words that hold a question's word in part: its other forms and synonyms. A city
        the articles never name is in its country: "my nephew in Shanghai" asks of China (not
        "my cousin in Singapore"), and so does "I'm in Beijing", though a curated way to ask
        names Beijing as a company's home. A name the knowledge lacks has no other words unless
        it is one of the table's ("OEMs"): "Titanic" is no "titan", which stems the same."""
        if name_like and term not in self.index.postings:
            in_country = self._country_of(surface, expanded)
            if in_country:
                return in_country
        if known or not name_like or surface in SYNONYM_WORDS:
            return self.index.related(term)
        return ()

    def _country_of(self, surface: str, expanded: str) -> tuple[str, ...]:
        """The country of a city where someone is ("my nephew in Shanghai", "I'm in Shenzhen"),
        as a knowledge word; not of a city claimed of a company ("based in Hangzhou", "flew to
        Hangzhou"), which the article would have to say."""
        if not re.search(rf"(?<!based )\bin {re.escape(surface)}\b", expanded):
            return ()
        country = country_of_city(surface)
        found = stem(country) if country is not None else None
        return (found,) if found in self.index.all_terms else ()

    def _names_another(self, sentence: int, query: Query) -> bool:
        """Whether a sentence names someone the question does not (no country). A name of
        several words is not asked by one of them alone ("Wisdom Spectrum AI" by "AI")."""
        asked = {term.stem for term in query.terms}

        def named_in_question(name: str) -> bool:
            words = {stem(word) for word in surface_terms(name)}
            return 2 * len(words & asked) >= len(words) if len(words) > 2 else bool(words & asked)

        return any(
            not regional(name) and not named_in_question(name)
            for name in self.index.sentences[sentence].fact.entities.names
        )

    def _only_theirs(self, sentence: int, excluded: frozenset[str], anyone: bool = False) -> bool:
        """Whether all a sentence says is owned is owned by names a question asks past (by
        anyone it names, when it asks for others' stocks), and it speaks of no others ("several
        of Alibaba's concept stocks" are others)."""
        owners = {
            owner
            for owners in self.index.owned[sentence].values()
            for owner in owners
            if not owner[0].isdigit()
        }
        return (
            bool(owners)
            and (anyone or owners <= excluded)
            and not _OTHERS.search(self.index.folded[sentence])
        )

    def _is_sentence(self, sentence: int, number: int) -> bool:
        """Whether a sentence is the one asked by its place (-1: its article's last one)."""
        unit = self.index.sentences[sentence]
        if number == -1:
            return sentence + 1 == len(self.index.sentences) or (
                self.index.sentences[sentence + 1].pack is not unit.pack
            )
        return unit.fact.citation.sentence == number

    def _in_paragraph(self, sentence: int, paragraph: int) -> bool:
        """Whether a sentence stands in the paragraph asked (-1: its article's last one)."""
        unit = self.index.sentences[sentence]
        if paragraph == -1:
            paragraph = self.index.last_paragraph[unit.pack.article.id]
        return unit.fact.citation.paragraph == paragraph

    def _confidence(
        self, coverage: float, type_fit: float, missing: float, unknown: float
    ) -> float:
        p = self.params
        return float(coverage * type_fit * p.missing_name**missing * p.unknown_word**unknown)

    def _sentence_candidates(self, query: Query) -> list[Candidate]:
        index, p = self.index, self.params
        # Each question word, and at partial credit its other forms and synonyms.
        forms = [
            (form, credit)
            for term in query.terms
            for form, credit in ((term.stem, 1.0), *((f, p.related_credit) for f in term.related))
        ]
        scores = index.postings.scores(forms, index.size)
        nonzero = np.flatnonzero(scores)
        if not len(nonzero):
            return []
        if len(nonzero) > p.candidates:
            # argpartition by score, then a stable sort so ties always break the same way.
            top = nonzero[np.argpartition(-scores[nonzero], p.candidates - 1)[: p.candidates]]
        else:
            top = nonzero
        best = float(scores[top].max()) or 1.0
        paragraph_scores = index.paragraph_postings.scores(forms, index.paragraph_count)
        best_paragraph = float(paragraph_scores.max()) or 1.0
        chosen = set(top.tolist())
        # Every sentence of the best paragraphs is a candidate, even one that shares no word
        # with the question ("She gives a speech..." right after the sentence naming her).
        for paragraph in np.argsort(-paragraph_scores, kind="stable")[: p.paragraphs].tolist():
            if paragraph_scores[paragraph] > 0:
                chosen.update(index.paragraph_sentences[paragraph])
        found: list[Candidate] = []
        for unit_index in sorted(chosen):
            unit = index.sentences[unit_index]
            near = [index.sentences[n].terms for n in unit.neighbours]
            stated = index.evidence(unit_index)
            context = max((float(scores[n]) for n in unit.neighbours), default=0.0)
            # The article's subject, named by a short title, is what every sentence is about.
            coverage, missing, unknown = self._coverage(
                query,
                unit.terms | index.title_terms[unit.pack.article.id],
                index.owned[unit_index],
                stated,
                near,
                index.qualified[unit_index],
                unit_index,
            )
            type_fit = min(_kind_fit(query, stated, unit.terms), _fit_beyond_kind(query, stated))
            confidence = self._confidence(coverage, type_fit, missing, unknown)
            bm25 = (float(scores[unit_index]) + p.context * context) / best
            paragraph = float(paragraph_scores[unit.paragraph]) / best_paragraph
            found.append(
                Candidate(
                    key=unit.key,
                    sentence=unit_index,
                    confidence=confidence,
                    rank=confidence + p.rank_bm25 * bm25 + p.rank_paragraph * paragraph,
                    parts={
                        "coverage": coverage,
                        "type_fit": type_fit,
                        "missing_distinctive": float(missing),
                        "unknown_distinctive": float(unknown),
                        "bm25_relative": bm25,
                        "paragraph_relative": paragraph,
                    },
                )
            )
        return found

    def _curated_candidates(
        self, query: Query, extras: dict[int, float], whole: frozenset[int] = frozenset()
    ) -> list[Candidate]:
        """Curated facts scored by phrasing similarity and word coverage.

        `extras` holds the retrieval part of each sentence candidate's rank; a curated fact ranks
        with its cited sentence's retrieval score (or the best one, when that sentence did not
        come up), plus a little, since a person wrote it for questions like this. `whole` holds
        the sentences that state every word asked, confidently.
        """
        p = self.params
        if not self.index.curated:
            return []
        fallback = max(extras.values(), default=0.0)
        similarities = _phrasing_similarities(query, self.index)
        found = []
        asks_yes_no = query.yes_no
        for position in _holding(query, self.index.curated_with):
            unit = self.index.curated[position]
            stated = self.index.evidence(unit.sentence)
            coverage, missing, unknown = self._coverage(
                query,
                unit.terms,
                self.index.owned[unit.sentence],
                stated,
                [unit.secondary],
                self.index.qualified[unit.sentence],
                unit.sentence,
                unit.stated,
            )
            if coverage == 0.0:
                continue
            if _markets_apart(query.markets, self.index.sentences[unit.sentence].terms):
                # (a market its answer names beside its own: "after Alibaba's US stock ... rose"
                # says when the Hong Kong stock climbed, not how the US one did)
                missing += p.conflict
            similarity = float(similarities[position])
            type_fit = _kind_fit(query, stated, unit.terms)
            if unit.yes_or_no and not asks_yes_no:
                # A "Yes. ..." answer to a what/why question reads wrong even when words match.
                type_fit = min(type_fit, 0.7)
            elif unit.fact.kind is not None and query.kind is not None:
                type_fit = (
                    1.0
                    if _kind_matches(unit.fact.kind, query.kind, query.folded)
                    # ...and a "who" or "what" fact names someone or something the question
                    # does not: "which firms did Apple look at after Baidu?" is not answered by
                    # "it chose Baidu", nor "what is the name of the model Baidu developed for
                    # Apple Intelligence?" by what Apple Intelligence is (though the others
                    # asked past something named may be a kind: "which other stocks rose
                    # besides Alibaba's?" of "several of Alibaba's concept stocks")
                    and (
                        unit.fact.kind not in {"who", "what"}
                        or query.kind != "name"
                        or type_fit == 1.0
                        or (unit.fact.kind == "what" and bool(query.excluded))
                    )
                    # ...and a "when" fact with no date of its own ("subsequently") answers
                    # when its own deed was done, not when anything else was ("when did Apple
                    # evaluate partners?", not "when did Apple and Baidu start working together?")
                    and (
                        query.kind != "date"
                        or bool(stated.dates or stated.years or stated.days)
                        or (
                            query.deed is not None
                            and not _lacks(unit.stated, query.deed[1], _synonyms(query.deed[1]))
                        )
                    )
                    else min(type_fit, 0.7)
                )
            type_fit = min(type_fit, _fit_beyond_kind(query, stated, unit.unnamed))
            if query.kind == "duration" and not stated.has_span:
                # A curated "when" fact answers "how long" only if its sentence gives a span.
                type_fit = min(type_fit, SPANLESS_FIT)
            blended = (1 - p.curated_similarity) * coverage + p.curated_similarity * similarity
            confidence = self._confidence(blended, type_fit, missing, unknown)
            found.append(
                Candidate(
                    key=unit.key,
                    sentence=unit.sentence,
                    confidence=confidence,
                    # Its retrieval evidence: its sentence's, or its phrasing matching the
                    # question as closely as a sentence matching every word.
                    rank=confidence
                    + max(
                        extras.get(unit.sentence, fallback),
                        similarity
                        * p.phrasing_retrieval
                        * (p.rank_bm25 + p.rank_paragraph)
                        * (_UNASKED_DATE if self._date_unasked(query, unit, whole) else 1.0),
                    )
                    + p.curated_bonus,
                    parts={
                        "coverage": coverage,
                        "phrasing_similarity": similarity,
                        "type_fit": type_fit,
                        "missing_distinctive": missing,
                        "unknown_distinctive": unknown,
                    },
                    curated=unit,
                )
            )
        return found

    # -- answering --------------------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """Answer one question: the best-supported fact with its quote, or an abstention. A
        message asking two things at once that no fact answers whole is answered part by part."""
        answer = self._ask_one(question)
        asked = final_question(question)
        if answer.answered or answer.choices:
            if answer.answered and asked is not None:
                query = self.prepare(asked)
                if _names_the_unknown(query):
                    # What the story before it states is not what is asked: "Apple's China
                    # revenue fell 7.7% in fiscal 2024 - what was the fall in Japan?" asks of a
                    # place the article never names, however much of the story it holds.
                    reply = self._ask_one(asked, query)
                    if not reply.answered:
                        return dataclasses.replace(reply, question=question)
            return answer
        if asked is not None:
            query = self.prepare(asked)
            if _stands_alone(asked, query):
                # A story before the question ("my dad works in procurement and says big
                # companies take ages to pick a vendor") whose words are none of the article's
                # outweighs it: the question asked alone.
                reply = self._ask_one(asked, query)
                if reply.answered:
                    return dataclasses.replace(reply, question=question)
        elif (led := after_short_lead(question)) is not None:
            lead, last = led
            query = self.prepare(last)
            if _names_something(query) and not _names_something(self.prepare(lead)):
                # "Did the market love it? How did Alibaba's US shares react?": a few words
                # that name nothing lead in to the question that does.
                reply = self._ask_one(last, query)
                if reply.answered:
                    return dataclasses.replace(reply, question=question)
        rest = without_asides(clean(question), self._piece_words)
        if rest is not None and (reply := self.ask(rest)).answered:
            # "Why did Apple stop working with Baidu? also what's a good lunchbox snack": what
            # the articles hold is answered, and the asker told the rest is none of theirs.
            return dataclasses.replace(
                reply, question=question, answer=f"{reply.answer} {ASIDES_NOTE}"
            )
        parts = question_parts(question)
        if len(parts) < 2:
            return answer
        answered = []
        for part in parts:
            query = self.prepare(part)
            if _stands_alone(part, query) and (reply := self._ask_one(part, query)).answered:
                answered.append(reply)
        if len(answered) < len(parts):
            # One part is no answer to the message (a near miss may share it), but it is what
            # the article does answer: offered first.
            offered = [self._question_of(reply.fact_id) for reply in answered]
            suggestions = dict.fromkeys([*filter(None, offered), *answer.suggestions])
            return dataclasses.replace(answer, suggestions=tuple(suggestions)[:3])
        return _answer_of_parts(question, answered)

    def _piece_words(self, text: str) -> PieceWords:
        """What a piece of a message holds of the knowledge: whether it names or asks of
        something the knowledge holds, and how many of its words it uses and never uses
        (numbers aside: "is it normal for a 4 year old ..." names nothing)."""
        terms = [term for term in self.prepare(text).terms if not _NUMBER.fullmatch(term.stem)]
        known = sum(term.known for term in terms)
        touches = any(term.known and (term.distinctive or term.name_like) for term in terms)
        return PieceWords(touches, known, len(terms) - known)

    def _ask_one(self, question: str, query: Query | None = None) -> Answer:
        """One question, `query` its preparation when the caller has it already."""
        query = self.prepare(question) if query is None else query
        talk = small_talk(question)
        if talk is not None:
            # "Good evening." greets: its "evening" is no question about Apple's evening.
            abstained = self._abstain(question, query, [], reason=talk)
            return dataclasses.replace(abstained, small_talk=talk)
        if not query.terms and query.sentence is not None:
            return self._sentence(question, query)
        if not query.terms and query.paragraph is not None:
            return self._paragraph(question, query)
        if not query.terms and query.summary:
            # "What is this article about?", "tl;dr": the lead paragraph says it.
            return self._paragraph(question, dataclasses.replace(query, paragraph=1))
        if not query.terms:
            return self._abstain(question, query, [], reason="no content words")
        if _COMMAND.match(question):
            # "/settings" is a bot command the chat front ends did not know, not a question.
            return self._abstain(question, query, [], reason="a command")
        if _ARITHMETIC.search(question):
            return self._abstain(question, query, [], reason="a sum to work out")
        acronym = _ACRONYM_ASKED.match(question)
        if acronym is not None and not self._expands(acronym.group(1) or acronym.group(2)):
            # "What does LLM stand for?": what the articles never spell out, whatever facts share
            # the words it stands for.
            return self._abstain(question, query, [], reason="an abbreviation not spelt out")
        if (
            not any(term.distinctive for term in query.terms)
            and sum(term.weight for term in query.terms) + self._kind_information(query)
            < self.params.min_information
        ):
            # One everyday word ("start", "thanks") matches some phrasing in full, yet asks
            # nothing in particular: better the topics than a guess, those its word asks about
            # first ("source?": who reported it).
            return self._abstain(
                question, query, [], reason="too vague", nearest=self._nearest_curated(query)
            )
        if _GENERAL_KNOWLEDGE.match(query.folded) and not any(
            term.name_like for term in query.terms
        ):
            # "How does a large language model work?", "How do vaccines work?": how a kind of
            # thing works, which news does not explain, whatever words it shares. ("What is a
            # ...?" is not one: SQuAD's articles define "an underbid".)
            return self._abstain(question, query, [], reason="general knowledge")
        # (on the question as written: respelling drops "literally" as chat filler)
        if _ASKS_TRANSLATION.search(question.lower()):
            return self._abstain(question, query, [], reason="a translation")
        if _ASKS_ADVICE.match(query.folded):
            return self._abstain(question, query, [], reason="investment advice")
        timed = self._same_time(question, query) if "same" in query.folded else None
        if timed is None:
            timed = self._ordered(question, query)
        if timed is not None:
            return timed
        sentences = self._sentence_candidates(query)
        extras = {c.sentence: c.rank - c.confidence for c in sentences}
        whole = frozenset(
            c.sentence
            for c in sentences
            if c.parts["coverage"] >= 1.0 and c.confidence >= self.params.threshold
        )
        candidates = sentences + self._curated_candidates(query, extras, whole)
        if not candidates:
            return self._abstain(question, query, [], reason="no shared words")
        candidates.sort(key=lambda c: (-c.rank, -c.confidence, c.key))
        top = (candidates[0].rank, candidates[0].confidence)
        tied = list(itertools.takewhile(lambda c: (c.rank, c.confidence) == top, candidates))
        if len(tied) > 1:
            # Equal in all else, the one whose answer itself says more of what is asked: "What
            # did Tim Cook say about AI?" is his words on AI features, not who he is.
            # (then the one of the kind the question asks: "what did Tim Cook say?" is no "who")
            first = max(
                tied, key=lambda c: (self._answer_holds(query, c), _of_asked_kind(query, c))
            )
            candidates.remove(first)
            candidates.insert(0, first)
        best = candidates[0]
        # The runner-up is the best candidate that cites a different sentence.
        runner = next((c for c in candidates[1:] if c.sentence != best.sentence), None)
        if best.confidence < self.params.threshold:
            return self._abstain(question, query, candidates, reason="low confidence")
        if (
            runner is not None
            and runner.confidence >= self.params.threshold
            and best.rank - runner.rank < self.params.tie_rank
            and abs(best.confidence - runner.confidence) < self.params.tie_margin
        ):
            if best.curated is not None and runner.curated is not None:
                if runner.sentence < best.sentence:
                    # News puts what matters most first: of two equal answers, the earlier one
                    # ("apple alibaba ai partnership china": the lead, not the aims in paragraph 10).
                    best, runner = runner, best
                return self._answer_offering(question, query, best, runner)
            return self._did_you_mean(question, query, best, runner)
        return self._answer(question, query, best, runner)

    def _kind_information(self, query: Query) -> float:
        """What the kind asked says beside the words: "when do we get the features?" asks a
        date of the features, "why start?" or "how long's the deal?" nothing in particular."""
        if query.kind in (None, "reason") or all(t.stem in _EMPTY_WORDS for t in query.terms):
            return 0.0
        return self.params.kind_information

    def _ordered(self, question: str, query: Query) -> Answer | None:
        """ "Which came first, X or Y?": the one the article places first, cited with the
        sentence that says so; an abstention when one sentence tells both together; None when
        the question asks no order or the article does not give one (then it is matched as any
        other question)."""
        # (two things asked about are joined by "or": most questions need no second look)
        asked = two_asked(query.text) if " or " in query.folded else None
        labels = asked
        if asked is None and " or " in query.folded:
            # "Who announced first, Samsung or Apple?": each with the deed, named alone
            asked, labels = who_first_asked(query.text) or (None, None)
        if asked is None or labels is None:
            return None
        telling = [self._telling(part) for part in asked]
        if not all(telling):
            return None
        if set(telling[0]) & set(telling[1]):
            return self._abstain(question, query, [], reason="told together, in no order")
        units = self.index.sentences
        pairs = sorted(
            ((i, j) for i in telling[0] for j in telling[1]),
            key=lambda pair: abs(pair[0] - pair[1]),
        )
        for i, j in pairs:
            first = first_of(
                (i, self.index.evidence(i), units[i].fact.citation.quote),
                (j, self.index.evidence(j), units[j].fact.citation.quote),
                self._shared_year(i, j),
            )
            if first is None:
                continue
            later = j if first == i else i
            named = labels[0] if first == i else labels[1]
            # The sentence that places one after the other first ("Subsequently, ...").
            answer = self._answer(
                question, query, Candidate(units[later].key, later, 1.0, 1.0), None
            )
            return dataclasses.replace(
                answer,
                answer=f"{named[0].upper()}{named[1:]} came first.",
                citations=(self.index.citation(later), self.index.citation(first)),
            )
        return None

    def _same_time(self, question: str, query: Query) -> Answer | None:
        """ "Did X happen the same year as Y?": yes or no, cited with the sentence giving each
        time; None when the article gives either time too coarsely (matched as any question)."""
        asked = same_time_asked(query.text)
        if asked is None:
            return None
        telling = [self._telling(part) for part in asked[:2]]
        if not all(telling):
            return None
        i, j = telling[0][0], telling[1][0]
        if i == j:
            return None
        same = same_time(
            self.index.evidence(i), self.index.evidence(j), asked[2], self._shared_year(i, j)
        )
        if same is None:
            return None
        key = self.index.sentences[i].key
        answer = self._answer(question, query, Candidate(key, i, 1.0, 1.0), None)
        return dataclasses.replace(
            answer,
            answer=f"{'Yes' if same else 'No'}: the article gives {'the same' if same else 'a different'}"
            f" {asked[2]} for both.",
            citations=(self.index.citation(i), self.index.citation(j)),
        )

    def _shared_year(self, i: int, j: int) -> int | None:
        """The year of the article two sentences are from, for the days it gives without one;
        None when they are from two articles, or it has no date."""
        units = self.index.sentences
        date = units[i].pack.article.date
        return int(date[:4]) if date and units[i].pack is units[j].pack else None

    def _telling(self, part: str) -> tuple[int, ...]:
        """The sentences that best tell one of two things asked about (most of its words)."""
        terms = self.prepare(part).terms
        total = sum(term.weight for term in terms)
        if not total:
            return ()
        shares = [
            sum(term.weight for term in terms if term.stem in unit.terms) / total
            for unit in self.index.sentences
        ]
        best = max(shares)
        if best < _TELLS:
            return ()
        return tuple(index for index, share in enumerate(shares) if share >= best - 0.01)

    def answer_fact(self, key: str, question: str | None = None) -> Answer:
        """The answer of one fact by key (a "did you mean" choice pressed), at full confidence."""
        unit_index = self.index.by_key[key]
        if unit_index >= self.index.size:
            curated = self.index.curated[unit_index - self.index.size]
            candidate = Candidate(key, curated.sentence, 1.0, 1.0, curated=curated)
            label = curated.fact.question
        else:
            candidate = Candidate(key, unit_index, 1.0, 1.0)
            label = self.index.sentences[unit_index].fact.citation.quote
        return self._answer(question or label, self.prepare(question or label), candidate, None)

    def _citations(self, candidate: Candidate) -> tuple[Citation, ...]:
        if candidate.curated is None:
            return (self.index.citation(candidate.sentence),)
        pack = candidate.curated.pack
        return tuple(pack.fact(cited).citation for cited in candidate.curated.fact.cites)

    @staticmethod
    def _date_unasked(query: Query, unit: CuratedUnit, whole: frozenset[int]) -> bool:
        """Whether a curated date is near a keyword query by its phrasings alone: the query asks
        no kind ("apple alibaba ai features chinese iphone users"), another sentence states all
        its words, and the answer ("In May this year, ...") holds none of them. The phrasings'
        "when will the AI features reach Chinese iPhone users" share its words, not its ask."""
        if query.kind is not None or unit.fact.kind != "when" or not whole - {unit.sentence}:
            return False
        return not any(term.stem in unit.answered for term in query.terms)

    def _answer_holds(self, query: Query, candidate: Candidate) -> float:
        """The weight of the question's words that a candidate's answer text holds (a curated
        answer's own words, or the sentence's)."""
        held = (
            candidate.curated.answered
            if candidate.curated is not None
            else set(
                map(
                    stem,
                    surface_terms(
                        fold(self.index.sentences[candidate.sentence].fact.citation.quote)
                    ),
                )
            )
        )
        # (not the doer's name, which says who is asked about, not what: "Tim Cook is Apple's
        # CEO" names him)
        doer = query.deed[0] if query.deed is not None else frozenset()
        return sum(
            term.weight for term in query.terms if term.stem in held and term.stem not in doer
        )

    def _cited_sentences(self, candidate: Candidate) -> list[int]:
        """The unit indexes of the sentences an answer quotes, the first first."""
        if candidate.curated is None:
            return [candidate.sentence]
        article = candidate.curated.pack.article.id
        return [self.index.by_key[f"{article}#{cited}"] for cited in candidate.curated.fact.cites]

    def _beside(
        self, cited: tuple[Citation, ...], sentences: Iterable[int]
    ) -> tuple[Citation, ...]:
        """The citations of `sentences` that `cited` does not hold already: the other side of a
        comparison."""
        held = {(citation.article, citation.sentence) for citation in cited}
        more = dict.fromkeys(self.index.citation(index) for index in sentences)
        return tuple(
            citation for citation in more if (citation.article, citation.sentence) not in held
        )

    def _explain(
        self, query: Query, best: Candidate | None, runner: Candidate | None
    ) -> Explanation:
        return Explanation(
            fact_id=best.key if best else None,
            parts={"confidence": best.confidence, "rank": best.rank, **best.parts} if best else {},
            runner_up=runner.key if runner else None,
            runner_up_confidence=runner.confidence if runner else 0.0,
            margin=(best.confidence - runner.confidence) if best and runner else 0.0,
            question_terms=tuple(term.stem for term in query.terms),
            question_type=query.kind,
        )

    def _answer(
        self, question: str, query: Query, best: Candidate, runner: Candidate | None
    ) -> Answer:
        unit = self.index.sentences[best.sentence]
        if (
            best.curated is not None
            and best.curated.fact.kind in _ASKING_KINDS
            and _plain_check(query)
        ):
            # "Did Apple choose Alibaba?" of "When did Apple announce it had picked Alibaba?": the
            # curated answer says when; the sentence itself says whether.
            text = unit.fact.citation.quote
        elif best.curated is not None:
            text = best.curated.fact.answer
            verdict = _VERDICT.match(text)
            if verdict and not self._settles(query, best.curated):
                # "Is the rollout conditional on approval?" of "Is the May rollout guaranteed?
                # No. ...": what the answer says holds, its "No" does not.
                rest = text[verdict.end() :]
                text = rest[:1].upper() + rest[1:]
        else:
            text = short_answer(query, unit.fact.entities) or unit.fact.citation.quote
        if (
            query.checks
            and query.direction is not None
            and _went(unit.terms) == {_OPPOSITE[query.direction]}
            and not _YES_OR_NO.match(text)
        ):
            # "Did Alibaba's shares fall 3%?" of "jumped by up to 3%": the other way.
            text = f"Not quite: it went {_OPPOSITE[query.direction]}. {text}"
        elif all(
            self._denies(query, sentence) for sentence in self._cited_sentences(best)
        ) and not _YES_OR_NO.match(text):
            # "Tongyi came out in 2024, right?": the answer says what the article gives instead.
            # (Not when another sentence it quotes holds what is put up: "was the flagship
            # model Qwen 2.5-Max?" of why Alibaba was chosen, its model named second.)
            text = f"Not quite. {text}"
        cited = self._citations(best)
        beside = self._beside(cited, query.compared_in)
        if beside:
            # A comparison: the other side's figure is part of the answer, not only its proof.
            text = " ".join([text, *(citation.quote for citation in beside)])
        return Answer(
            question=question,
            answered=True,
            answer=text,
            confidence=round(min(1.0, max(0.0, best.confidence)), 4),
            fact_id=best.key,
            citations=cited + beside,
            suggestions=(),
            article_title=unit.pack.article.title,
            explanation=self._explain(query, best, runner),
        )

    def _settles(self, query: Query, unit: CuratedUnit) -> bool:
        """Whether a curated answer's "Yes" or "No" answers the question: a yes/no question all
        but word for word one of the fact's own yes/no ways of asking that the verdict answers
        (its canonical question or an alternative, not an unsettled one)."""
        if not puts_up(query.folded) or not query.content:
            return False  # "How does the article describe Apple and Samsung?" asks no yes or no
        fact = unit.fact
        settled = 1 + len(fact.alternatives)
        texts = (fact.question, *fact.alternatives)
        # (the measure `_phrasing_similarities` takes for every fact, here for one)
        similarity, nearest = max(
            (_phrasing_similarity(query.content, words), -position)
            for position, words in enumerate(unit.phrasings)
        )
        position = -nearest
        if similarity < self.params.verdict_similarity or position >= settled:
            return False
        # ...and asking nothing the way of asking and the answer leave out: "did deepseek even
        # want the deal?" is near "did deepseek get the deal?", but its "No" does not say that.
        said = unit.stated | {stem(word) for word in unit.phrasings[position].split()}
        return bool(YES_NO.match(texts[position].lower())) and all(
            term.stem in said or not said.isdisjoint(term.related) or term.stem in _CHAT_TERMS
            for term in query.terms
        )

    def _denies(self, query: Query, sentence: int) -> bool:
        """Whether the cited sentence gives another figure, day or year than one the question
        puts up for checking (none of them offered as a choice)."""
        put_up = query.claimed.keys() | query.claimed_when
        if not put_up or query.choices or query.alternative:
            return False
        stated = self.index.evidence(sentence)
        holds = self.index.sentences[sentence].terms.union(*map(_day_terms, stated.days))
        # (a month as its dates write it: the terms read "may" as "maymonth")
        holds = holds | {stem(word) for date in stated.dates for word in date.split()}
        # (a time of day in other words holds too: "the same night" of "later that evening")
        return any(_lacks(holds, word, _synonyms(word)) for word in put_up)

    def _expands(self, acronym: str) -> bool:
        """Whether a sentence spells an abbreviation out: "... (LLM)", "LLM stands for ..."."""
        written = re.compile(
            rf"\({re.escape(acronym)}\)|\b{re.escape(acronym)}\b,? (?:stands|is short) for\b",
            re.IGNORECASE,
        )
        return any(written.search(unit.fact.citation.quote) for unit in self.index.sentences)

    def _first_article_sentences(self, chosen: Callable[[int], bool]) -> list[int]:
        """The first article's sentences (by index) that `chosen` takes: a place in "the
        article" is the first one's when several are loaded."""
        first = self.index.sentences[0].pack
        return [
            index
            for index, unit in enumerate(self.index.sentences)
            if unit.pack is first and chosen(index)
        ]

    def _sentence(self, question: str, query: Query) -> Answer:
        """ "What does the first sentence say?": that sentence of the first article."""
        number = query.sentence
        assert number is not None
        found = self._first_article_sentences(lambda index: self._is_sentence(index, number))
        if not found:
            return self._abstain(question, query, [], reason="no such sentence")
        unit = self.index.sentences[found[0]]
        answer = self._answer(question, query, Candidate(unit.key, found[0], 1.0, 1.0), None)
        return dataclasses.replace(answer, answer=unit.fact.citation.quote)

    def _paragraph(self, question: str, query: Query) -> Answer:
        """ "What does paragraph 4 say?": its sentences, the first as the answer; each article's
        own paragraph of that number (the first article's when there are several)."""
        paragraph = query.paragraph
        assert paragraph is not None
        sentences = self._first_article_sentences(
            lambda index: self._in_paragraph(index, paragraph)
        )
        if not sentences:
            return self._abstain(question, query, [], reason="no such paragraph")
        first = self.index.sentences[sentences[0]]
        answer = self._answer(question, query, Candidate(first.key, sentences[0], 1.0, 1.0), None)
        citations = tuple(self.index.citation(index) for index in sentences)
        return dataclasses.replace(
            answer, answer=" ".join(c.quote for c in citations), citations=citations
        )

    def _question_of(self, fact_id: str | None) -> str | None:
        """The canonical question of a curated fact, by its id (None for a plain sentence)."""
        position = self.index.by_key.get(fact_id or "", -1) - self.index.size
        return self.index.curated[position].fact.question if position >= 0 else None

    def _label(self, candidate: Candidate) -> str:
        if candidate.curated is not None:
            return candidate.curated.fact.question
        quote = self.index.sentences[candidate.sentence].fact.citation.quote
        return quote if len(quote) <= 120 else quote[:117].rstrip() + "..."

    def _answer_offering(
        self, question: str, query: Query, best: Candidate, runner: Candidate
    ) -> Answer:
        """Two curated facts fit about equally well: the first answers, the other is offered.

        Both are answers a person wrote for questions like this one, and the first is the right
        one most of the time; holding both back behind a "which one?" would cost every user a
        second message for it. The other is offered beside the answer ("did you mean").
        """
        answer = self._answer(question, query, best, runner)
        choice = Choice(runner.key, self._label(runner))
        return dataclasses.replace(answer, suggestions=(choice.label,), choices=(choice,))

    def _did_you_mean(
        self, question: str, query: Query, best: Candidate, runner: Candidate
    ) -> Answer:
        """Two sentences fit about equally well: ask which one rather than guess.

        Between plain sentences a tie means the question's words are spread over both, which on
        unseen articles is more often a question neither answers than one the first does (`make
        eval-squad`: of such ties, 42 first sentences right, 58 wrong, 93 unanswerable).
        """
        choices = (Choice(best.key, self._label(best)), Choice(runner.key, self._label(runner)))
        return Answer(
            question=question,
            answered=False,
            answer=None,
            confidence=round(best.confidence, 4),
            fact_id=None,
            citations=(),
            suggestions=tuple(choice.label for choice in choices),
            article_title=None,
            choices=choices,
            explanation=self._explain(query, best, runner),
        )

    def _abstain(
        self,
        question: str,
        query: Query,
        candidates: list[Candidate],
        *,
        reason: str,
        nearest: Sequence[str] = (),
    ) -> Answer:
        """An abstention, suggesting the `nearest` questions the knowledge answers first, then
        those of the candidates."""
        logger.debug("abstaining on %r: %s", question[:80], reason)
        best = candidates[0] if candidates else None
        runner = candidates[1] if len(candidates) > 1 else None
        suggested = dict.fromkeys([*nearest, *self.suggestions(candidates)])
        return Answer(
            question=question,
            answered=False,
            answer=None,
            confidence=round(best.confidence, 4) if best else 0.0,
            fact_id=None,
            citations=(),
            suggestions=tuple(suggested)[:3],
            explanation=self._explain(query, best, runner),
        )

    def _nearest_curated(self, query: Query, limit: int = 3) -> list[str]:
        """The curated questions whose ways of asking are nearest the question's words."""
        similarities = _phrasing_similarities(query, self.index)
        ranked = sorted(
            (position for position in range(len(similarities)) if similarities[position] > 0),
            key=lambda position: -similarities[position],
        )
        return [self.index.curated[position].fact.question for position in ranked[:limit]]

    # -- what the knowledge covers ----------------------------------------------------------

    def suggestions(self, candidates: list[Candidate] | None = None, limit: int = 3) -> list[str]:
        """Questions the knowledge does answer, the ones nearest the candidates first."""
        out: dict[str, None] = {}
        for candidate in candidates or []:
            if candidate.curated is not None:
                out.setdefault(candidate.curated.fact.question, None)
        for question in self.example_questions(limit * 2):
            out.setdefault(question, None)
        return list(out)[:limit]

    @functools.cached_property
    def _examples(self) -> tuple[str, ...]:
        picked: list[str] = []
        per_pack = [list(pack.curated) for pack in self.knowledge.packs]
        for depth in range(max((len(facts) for facts in per_pack), default=0)):
            for facts in per_pack:
                if depth < len(facts):
                    picked.append(facts[depth].question)
        if not picked:
            picked = [f"What does the article say about {topic}?" for topic in self.topics()]
        return tuple(picked)

    def example_questions(self, limit: int = 3) -> list[str]:
        """Questions the knowledge answers, spread over the articles, in their curated order."""
        return list(self._examples[:limit])

    @functools.cached_property
    def _topics(self) -> tuple[str, ...]:
        out: list[str] = []
        for pack in self.knowledge.packs:
            if pack.curated:
                out.extend(dict.fromkeys(fact.topic for fact in pack.curated))
                continue
            counts: dict[str, int] = {}
            for fact in pack.facts:
                for name in fact.entities.names:
                    counts[name] = counts.get(name, 0) + 1
            out.extend(sorted(counts, key=lambda name: (-counts[name], name))[:8])
        return tuple(out)

    def topics(self) -> list[str]:
        """What the loaded articles cover: curated topics, else the names they mention most."""
        return list(self._topics)


# Curated kinds that answer a wh-question, not whether something happened.
_ASKING_KINDS = frozenset({"when", "why", "how_much"})


def _plain_check(query: Query) -> bool:
    """Whether a question asks only whether something happened: "Did Apple choose Alibaba?"
    (no day, year, figure or cause put up, nothing asked beyond it)."""
    return (
        query.checks
        and query.kind is None
        and not (query.claimed or query.claimed_when or query.claimed_cause)
        and not (query.years or query.days or query.demands or query.direction)
    )


def _answer_of_parts(question: str, answers: Sequence[Answer]) -> Answer:
    """One reply to a message asking several things, each answered: the answers in the order
    asked, with all their quotes."""
    return dataclasses.replace(
        answers[0],
        question=question,
        answer=" ".join(answer.answer or "" for answer in answers),
        confidence=min(answer.confidence for answer in answers),
        # (each part's best quote before the quotes that only back them up)
        citations=tuple(
            dict.fromkeys(
                [answer.citations[0] for answer in answers]
                + [c for answer in answers for c in answer.citations[1:]]
            )
        ),
    )


def _names_something(query: Query) -> bool:
    """Whether a prepared question names something (a name, known or not)."""
    return any(term.name_like for term in query.terms)


def _stands_alone(part: str, query: Query) -> bool:
    """Whether a question cut from a message (`query`, prepared) can be asked alone: it names
    what it asks of, or points back to nothing ("and where did they come from?" does)."""
    return not points_back(part) or _names_something(query)


def _names_the_unknown(query: Query) -> bool:
    """Whether a prepared question names something the articles never mention."""
    return any(term.name_like and not term.known for term in query.terms)


# How much of its phrasing similarity counts towards the rank of a date no keyword query asks
# (see Engine._date_unasked).
_UNASKED_DATE = 0.5
_ASKED_WORD = re.compile(r"\b(who|whom|whose|what|which|when|where|why|how much|how many|how)\b")
_KIND_OF_WORD = {"whom": "who", "whose": "who", "which": "what", "how many": "how_much",
                 "how much": "how_much"}  # fmt: skip


def _of_asked_kind(query: Query, candidate: Candidate) -> bool:
    """Whether a curated candidate is of the kind the question's first question word asks."""
    asked = _ASKED_WORD.search(query.folded)
    if candidate.curated is None or asked is None:
        return False
    return candidate.curated.fact.kind == _KIND_OF_WORD.get(asked.group(1), asked.group(1))


def _lacks(own: frozenset[str], word: str, forms: Iterable[str]) -> bool:
    """Whether a fact's words hold neither `word` nor any of its other `forms`."""
    return word not in own and own.isdisjoint(forms)


def _fit_beyond_kind(
    query: Query, stated: Evidence, answer_unnamed: tuple[frozenset[str], ...] = ()
) -> float:
    """How well a fact meets what the question asks beyond its type, for sentences and curated
    facts alike: a count, money, a date to come (`demand_fit`), and a name for a "which" question
    that the fact (its sentence, or a curated answer) does not leave unnamed ("which departments"
    of "relevant departments")."""
    if query.which and any(
        # "which benchmarks" of "multiple international benchmarks", but not of a longer
        # phrase that runs on into what is said of it; "which agency" of "relevant departments"
        phrase <= query.which
        or (query.which <= phrase and len(phrase) <= 2)
        or (len(phrase) == 1 and not phrase.isdisjoint(_with_synonyms(query.which)))
        for phrase in stated.unnamed + answer_unnamed
    ):
        return VAGUE_FIT
    if stated.unnamed and _WHO_ELSE.search(query.folded):
        # "Who else was Apple looking at besides Alibaba?" of "selected Alibaba from among several
        # leading Chinese AI companies": the others, whom the fact leaves unnamed.
        return VAGUE_FIT
    return demand_fit(query.folded, stated, query.demands)


# What a question asks past: "besides Alibaba", "apart from Alibaba and Apple themselves", and
# "along with Alibaba" when others are asked ("did any other stocks rise along with alibaba?").
_ASKED_PAST = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting"
    r"|\b(?:other|else)\b[^?]{0,40}?\b(?:along with|alongside|together with|as well as))"
    r" ((?:[\w.'-]+(?: and | & |, | )?){1,4})"
)
_OTHERS = re.compile(r"\b(?:several|other|others|various|many|multiple|some|including)\b")


def _asked_past(expanded: str, is_name: Callable[[str], bool]) -> frozenset[str]:
    """The stems of the names a question asks past ("besides alibaba's own shares")."""
    return frozenset(
        stem(word)
        for match in _ASKED_PAST.finditer(expanded)
        for word in surface_terms(match.group(1))
        if is_name(word)
    )


# Others' stocks asked about: "did any other stocks go up", "other alibaba stocks", "shares of
# companies tied to alibaba".
_OTHER_HOLDINGS = re.compile(
    r"\bother (?:[\w-]+ )?(?:stocks?|shares|equities|names|tickers)\b"
    r"|\b(?:stocks?|shares|equities|companies|firms|names) (?:tied|linked|related|connected) to\b"
)


_WHO_ELSE = re.compile(r"\bwho(?:m)? (?:else|besides|other than|apart from|aside from)\b")


@functools.cache
def _day_terms(day: tuple[int, int]) -> frozenset[str]:
    month, number = day
    return frozenset({stem(MONTH_NAMES[month - 1]), str(number)})


def _with_synonyms(words: frozenset[str]) -> frozenset[str]:
    return words.union(*(SYNONYMS.get(word, ()) for word in words))


def _synonyms(word: str) -> tuple[str, ...]:
    return SYNONYMS.get(word, ())


def _other_kind_owned(
    runs: Iterable[tuple[frozenset[str], tuple[str, ...]]],
    owned: Owned,
    own: frozenset[str],
    forms: Callable[[str], Iterable[str]],
) -> bool:
    """Whether the question asks for a kind of something ("concept stocks") that the fact
    states as the same owner's, without the word for the kind."""
    for owners, words in runs:
        for position, word in enumerate(words):
            held = [owned.get(form, frozenset()) for form in (word, *_synonyms(word))]
            if any(owners & names for names in held):
                # A hyphenated kind is held if a part is: "model-sharing community".
                kinds = [[stem(part) for part in kind.split("-")] for kind in words[:position]]
                if any(all(_lacks(own, part, forms(part)) for part in parts) for parts in kinds):
                    return True
                break
    return False


# Verbs that only report words ("say"), unlike "announce" or "respond", which a deed answers too.


# "what is the model called", "bytedance ai model name": a name of the kind the focus word says,
# which a fact must state itself (not only in a way to ask it).
_ASKS_NAME = re.compile(r"\bnamed?\b|\bcalled\b")
_WHEN_DONE = re.compile(
    r"^\W*(?:when|(?:(?:on|in) )?(?:what|which) (?:date|day|month|year)) (?:was|were|is|are|has|have|had)"
    r"\b|^\W*when (?:did|does|do) (?:[\w'.-]+ ){1,4}?(?:get|got)\b"  # "when did baidu get dropped"
    r"|^\W*when (?!(?:did|does|do|will|would|can|could|should)\b)(?=(?:[\w'.-]+ ){1,3}?[a-z]{3,}ed\b)"
    # "what was the date when Apple submitted them?"
    r"|^\W*(?:what|which)(?:'s| is| was) the (?:exact |precise )?(?:date|day|month|year)"
    r" (?:when|that|on which)\b"
)
_PARTICIPLE = re.compile(
    r"\b(?P<det>(?:the|a|an|its|their|this|these|those) )?(?P<word>[a-z]{3,}(?:ed|en))\b"
)


_LIGHT_VERBS = frozenset(
    stem(word) for word in "make made do did have had get got take took".split()
)
_CAUSE_SHARE = 0.75  # of the question's weight in what the fact gives as a cause


def _definition(folded: str, terms: Iterable[QueryTerm]) -> re.Pattern[str] | None:
    """What a sentence must say to define the everyday noun phrase a "what is a ...?" question
    asks about ("stock market"): "An underbid is ..." at its start, "... known as an underbid".
    None for a name or a rare word ("what is modelscope": the articles describe those) or a vague
    question."""
    match = _DEFINITION.match(folded)
    if match is None:
        return None
    phrase = next(group for group in match.groups() if group is not None).strip()
    words = phrase.split()
    everyday = {term.stem for term in terms if not term.distinctive}
    if (
        len(words) > _MAX_DEFINED_WORDS
        or any(word in STOP_WORDS or "'" in word or word.endswith(("ing", "ed")) for word in words)
        # Everyday words only: a name, a rare word ("underbid") or a typo of one ("modelscoep")
        # may be what a sentence is about.
        or not {stem(word) for word in words} <= everyday
    ):
        return None
    escaped = r"\s+".join(re.escape(word.removesuffix("s")) + r"s?" for word in words)
    return re.compile(
        rf"^\W*(?:an? |the )?{escaped}\b(?: \([^)]*\))?,? (?:is|are|was|were|refers? to|means?)\b"
        rf"|\b(?:called|known as|termed|named|defined as) (?:an? |the )?{escaped}\b"
    )


# Units of measure, which a sentence may give in another unit or a symbol ("°", "km").
_UNITS = frozenset(
    stem(word)
    for word in "degrees tons tonnes miles kilometres kilometers km metres meters feet inches"
    " pounds kilograms kg grams acres hectares litres liters gallons years months weeks days hours"
    " minutes seconds percent dollars euros yuan".split()
)
# "why did Apple choose Alibaba over Baidu?": the one passed over, after the one chosen.
_PASSED_OVER = re.compile(
    r"\b(?:chose|choose|chooses|choosing|chosen|pick(?:s|ed|ing)?|select(?:s|ed|ing)?"
    r"|prefer(?:s|red|ring)?|go with|goes with|went with|opt(?:s|ed)? for) (?:[\w.'-]+ ){1,3}?"
    r"(?:over|rather than|instead of|and not|not) ((?:[\w.'-]+ )?[\w.'-]+)"
)


def _passed_over(folded: str, terms: Mapping[str, QueryTerm], kind: str | None) -> frozenset[str]:
    """The names a "why" question says were passed over for the one chosen: the fact giving why
    the one was chosen need not name them."""
    if kind != "reason":
        return frozenset()
    return frozenset(
        word
        for match in _PASSED_OVER.finditer(folded)
        for word in map(stem, surface_terms(match.group(1)))
        if word in terms and terms[word].name_like
    )


# Names after these are what a deed is compared with or placed by, not whom it is done to:
# "who did Apple pick before Alibaba?"
_REFERENCE_NAME = re.compile(
    r"\b(?:before|after|over|than|besides|except|of|other than|apart from|beyond|unlike|against"
    r"|versus|vs|like) ([a-z][\w.-]*)"
)


ASIDES_NOTE = "(The rest of your message is not something the article covers.)"
_NUMBER = re.compile(r"[\d.,%]+")

# A future stated and asked with a question mark: "Apple will return to Baidu in the future?",
# as "will Apple return ...?" asks (a learner's word order, a "wh" word nowhere).
_WILL_STATED = re.compile(
    r"^\W*(?:eventually |actually )?(?!(?:who|whom|whose|what|which|when|where|why|how)\b)"
    r"(?:[\w.'-]+ ){1,3}?(?:will|is going to|are going to|gonna)"
    r" (?![^?]*\b(?:who|whom|whose|what|which|when|where|why|how)\b)[^?]*\?\W*$"
)


def _asks_yes_no(text: str) -> bool:
    """Whether a folded question asks yes or no: an auxiliary first, or a future stated and
    asked with a question mark."""
    return bool(YES_NO.match(text) or _WILL_STATED.match(text))


# A yes/no clause, at the start or after a colon: "is it 300,000, or 3 million?", "Confirm the
# number: is it ...".
_ASKS_WHETHER = re.compile(
    r"(?:^|[:;,]\s*)\W*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b"
)


def _offered(expanded: str, terms: Iterable[QueryTerm]) -> frozenset[str]:
    """The distinctive words only of the last "or ..." of a question that offers two answers
    ("is the figure 100 million or 10 million?"), when the part before it names some too."""
    before, sep, after = expanded.rpartition(" or ")
    if not sep or not _ASKS_WHETHER.search(before):
        # ("which firms did apple work with or weigh up": "or" joins two deeds there)
        return frozenset()
    first = {stem(word) for word in surface_terms(before)}
    offered = {stem(word) for word in surface_terms(after)}
    distinctive = {term.stem for term in terms if term.distinctive}
    if not distinctive & first:
        return frozenset()
    return frozenset((offered - first) & distinctive)


_MONTH_STEMS = frozenset(map(stem, MONTH_NAMES))
# How something moved, with no way named: "AAPL move on Feb 12?", "how did BABA trade".
_ASKS_MOVE = re.compile(
    r"\b(?:mov(?:e|es|ed|ing|ement)|chang(?:e|es|ed)|trad(?:e|ed|ing)|perform\w*)\b"
)
_YES_OR_NO = re.compile(r"^(?:yes|no|not)\b", re.IGNORECASE)
# Words of chat around a yes/no question that ask nothing of it: "wait, ... right?", "thanks!".
_CHAT_TERMS = frozenset(
    stem(word) for word in "right wait thanks kind sort like done ok okay lol nah yeah".split()
)
# A curated yes/no answer's verdict: "Yes.", "No,", "Not yet:".
_VERDICT = re.compile(r"^(?:yes|no|not yet|not quite)\b[.,:;!]*\s*", re.IGNORECASE)


def _kind_fit(query: Query, stated: Evidence, own: frozenset[str]) -> float:
    """How well what a fact states fits the kind of answer asked for: fully when it holds one
    of the answers the question offers, whatever kind it is ("which market: New York or Hong
    Kong?" of a sentence that speaks of Hong Kong's shares)."""
    if not query.choices.isdisjoint(own):
        return 1.0
    return fit(query.kind, stated, query.folded)


def _owned_deed(possessed: Owned, expanded: str) -> tuple[frozenset[str], str] | None:
    """ "Tencent's response", "Alibaba's statement": what someone is asked to have said or done
    in answer, as a deed of theirs ("Alibaba's stock reaction" is the stock's, how it moved)."""
    for word, owners in possessed.items():
        if word in _ANSWERING_NOUNS and not _MARKET_ANSWER.search(expanded):
            return owners, _ANSWERING_NOUNS[word]
    return None


_MARKET_ANSWER = re.compile(
    r"\b(?:stocks?|shares?|markets?|investors?|price|prices|traders?|wall street) "
    r"(?:reactions?|responses?)\b",
    re.IGNORECASE,
)


# "Who fell more in China, Apple or Huawei?", "What came first: the launch or the announcement?":
# a comparison, then the alternatives compared after the last comma or colon.
_COMPARED = re.compile(
    r"\b(more|most|less|least|fewer|bigger|biggest|higher|highest|larger|largest|smaller"
    r"|smallest|lower|lowest|better|best|worse|worst|harder|first|earlier|earliest|sooner)\b"
    r".*[,:;]\s*([^,:;]+\bor\b[^,:;]+?)\W*$",
    re.IGNORECASE,
)
_ALTERNATIVES = re.compile(r"\bor\b", re.IGNORECASE)
# A pasted link: "https://www.theinformation.com/articles/...", "apple.com".
_URL = re.compile(
    r"\b(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]*)\.(?:com|org|net|cn|co|io|ai|news"
    r"|info|hk|uk)(?:\.[a-z]{2})?\b(?:/[^\s]*)?",
    re.IGNORECASE,
)
# What an amount is of: a count, a rise or fall, money, a share.
_MEASURED = re.compile(
    r"\b(?:count|counts|number|numbers|total|amount|figure|gains?|rises?|drops?|falls?|declines?"
    r"|loss|losses|revenues?|sales|price|prices|costs?|downloads|derivatives|users|enterprises"
    r"|businesses|shares|stocks?|jumps?|increases?|growth|percent(?:age)?s?)\b",
    re.IGNORECASE,
)
# "Is the ModelScope count bigger than the Hugging Face one?", "Did Apple rise more than Alibaba?"
_THAN = re.compile(
    r"^\W*(?:is|was|are|were|did|does|do|has|have|had)\s+(?P<a>.+?)\s+(?:(?:a lot|much|far|any)\s+)?"
    r"(?P<word>more|less|fewer|bigger|higher|larger|smaller|lower|greater|steeper|sharper"
    r"|better|worse|earlier|sooner)(?:\s+\w+)?\s+than\s+(?P<b>.+?)\W*$",
    re.IGNORECASE,
)
_ORDER_COMPARISONS = frozenset({"first", "earlier", "earliest", "sooner"})
_TELLS = 0.6  # share of the words of one of two things asked about a sentence must hold


def _unstated(
    expanded: str, terms: Iterable[QueryTerm], besides: frozenset[str] = frozenset()
) -> int:
    """How many everyday words of a yes/no question the knowledge never uses (not vague words,
    nor words of an alternative after "or", nor those `besides`): "english" in "will it work in
    english?"."""
    if not _asks_yes_no(expanded):
        return 0
    words = surface_terms(expanded.split(" or ", 1)[0])
    terms = tuple(terms)
    names = {term.surface for term in terms if term.name_like}
    # The word after "the" and a name is what it is called ("the wechat operator", "a single
    # chinese lab"), not what is asked ("is tim cook flying", "is apple legally required").
    described = {
        word
        for before, name, word in zip(["", *words], words, words[1:], strict=False)
        if name in names and before in _DETERMINERS
    }
    return sum(
        1
        for term in terms
        if not (term.known or term.related or term.distinctive)
        and term.surface in words
        and term.surface not in described
        and term.surface not in _VAGUE_WORDS
        and term.stem not in besides
        and len(term.surface) > 1
    )


# What a phone or other device is like, which business news does not describe: a question asking
# one of these the knowledge never mentions asks what it does not state ("what colour is the
# galaxy s25?"). Not "any colour on why ...": details.
_COLOURS = frozenset("colour colours color colors".split())
_PRODUCT_ATTRIBUTES = _COLOURS | frozenset(
    "battery batteries specs specifications screen screens camera cameras weight storage chip"
    " chips chipset processor processors".split()
)
_COLOUR_ON = re.compile(r"\bcolou?r (?:on|about|around)\b")
_ON_SCREEN = re.compile(r"\bon[ -]screen\b")


def _unstated_attributes(folded: str, terms: Iterable[QueryTerm]) -> int:
    """How many things a device is like a question asks that the knowledge never mentions."""
    # ("any colour on why ...": details, not a colour)
    asked = _PRODUCT_ATTRIBUTES - _COLOURS if _COLOUR_ON.search(folded) else _PRODUCT_ATTRIBUTES
    if _ON_SCREEN.search(folded):
        asked = asked - {"screen"}  # "credit them on screen": shown, not a phone's screen
    attributes = sum(
        1 for term in terms if term.surface in asked and not (term.known or term.related)
    )
    # A measure of a firm's money the knowledge never gives: "Apple's profit in China" of its
    # revenue ("profit" is "earnings" in the synonym table, so only its own word counts).
    measures = sum(1 for term in terms if term.surface in _MONEY_MEASURES and not term.known)
    # (a margin only where no article gives one: a report that states "operating margin" answers)
    margin_known = any(term.stem == _MARGIN_STEM and term.known for term in terms)
    margins = 0 if margin_known else len(_MARGIN.findall(folded))
    return attributes + measures + margins


_MONEY_MEASURES = frozenset({"profit", "profits", "ebitda", "ebit"})
# a company's margin, not "by what margin" (how much)
_MARGIN = re.compile(r"\b(?:operating|gross|net|profit|ebitda) margins?\b|(?<!by )\bmargins\b")
_MARGIN_STEM = stem("margin")


def _deed_objects(
    deed: tuple[frozenset[str], str] | None, terms: Iterable[QueryTerm], folded: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names a deed is asked of besides its doer, each with its other forms."""
    if deed is None:
        return ()
    references = {stem(word) for word in _REFERENCE_NAME.findall(folded)}
    return tuple(
        (term.stem, term.related)
        for term in terms
        if term.name_like
        and term.known
        and term.stem not in deed[0]
        and term.stem not in references
        and term.surface not in country_words()
        and term.stem != "ai"  # a topic word, written in capitals
        and not term.surface[0].isdigit()
    )


def _does_anything(owned: Owned, done: Owned) -> bool:
    """Whether an owner the question names does something in the fact (is its subject)."""
    owners = frozenset().union(*owned.values())
    return any(not owners.isdisjoint(doers) for doers in done.values())


def _wrong_doer(
    deed: tuple[frozenset[str], str], done: Owned, speech: bool, held: frozenset[str], folded: str
) -> bool:
    """Whether the fact has someone else, and not the asked doer, do what is asked (or another
    word for it: "announce" of "unveiled"); `held` is its sentence's words and `folded` its
    text. What someone said is
    reported by whoever speaks in the fact: "What did DeepSeek say?" is not answered by "Sources
    indicated ...", nor by "Tim Cook acknowledged ..."."""
    names, verb = deed
    if verb in SAYING_STEMS and not speech:
        return True  # it reports nobody's words at all
    if not names:
        return False  # (someone unnamed: whoever speaks in the fact may be them)
    if verb in REACTION_STEMS:
        # "How did Baidu respond?" of a fact in which Baidu does nothing (it only owns "slow
        # progress"). A name of several words does only if all of it does: "what does the
        # Tongyi App do?" is not answered by what "Tongyi Qianwen" does.
        return all(not names <= doers for doers in done.values())
    if (verb in SPEECH_STEMS or verb in SAYING_STEMS) and speech:
        speakers = [doers for said, doers in done.items() if said in SPEECH_STEMS]
        return all(names.isdisjoint(doers) for doers in speakers)
    done_by = [done[form] for form in (verb, *_synonyms(verb)) if form in done]
    if verb in SPEECH_STEMS and not speech and not done_by and _lacks(held, verb, _synonyms(verb)):
        # "What did Apple announce on February 12?" of "The next day, Alibaba's stock climbed":
        # nobody announces, says or reveals anything in the fact (not even "announcements").
        return True
    if done_by:
        return all(names.isdisjoint(doers) for doers in done_by)
    # "Did Apple consider Zhipu?" of "Samsung unveiled ... in partnership with Wisdom Spectrum
    # AI": the fact has others act, and neither the doer asked nor anything like the deed.
    # (Not an everyday verb, which a fact puts in other words: "when will apple ai come".)
    return (
        verb not in _EVERYDAY_DEEDS
        and len(names) == 1  # (not "when does the apple alibaba duo hit the field": no deed)
        and bool(done)
        and all(names.isdisjoint(doers) for doers in done.values())
        and names.isdisjoint(held)
        and _lacks(held, verb, _synonyms(verb))
        # ("When did the Huguenots secure the right to own land?" of "After petitioning the
        # Crown for the right to own land, they prospered": a pronoun may be the one asked.)
        and not _SUBJECT_PRONOUN.search(folded)
    )


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we)\b")


_EVERYDAY_DEEDS = frozenset(
    stem(word)
    for word in "make do have get take come go hit put give see happen work use mean need want"
    " let keep become seem look arrive answer".split()
)


def _agent_name(expanded: str, is_name: Callable[[str], bool]) -> str | None:
    word = agent(expanded)
    return word if word is not None and is_name(word) else None


_UP = frozenset({stem("rise"), *SYNONYMS.get(stem("rise"), ())})
# "drop" is also "to abandon" in the synonym table ("Apple dropped DeepSeek"), so it is added here.
_DOWN = frozenset({stem("fall"), stem("drop"), *SYNONYMS.get(stem("fall"), ())})
_OPPOSITE = {"up": "down", "down": "up"}
# "sold off" and "gave back" (its gains) went down
_WENT = {"up": "up", "down": "down", "off": "down", "back": "down"}
_GOES = re.compile(
    r"\b(?:go|goes|went|gone|going|move|moved|head|headed|trend|trended) (up|down"
    # (not "what went down on feb 11": what happened)
    r"(?<!what went down)(?<!what's going down)(?<!what is going down))"
    r"(?: or (up|down))?\b"  # "did it go up or down?" asks which way: both
    r"|\b(?:sell|sells|sold|selling) (off)\b|\b(?:give|gives|gave|given|giving) (back)\b"
)


def _went(words: Iterable[str]) -> set[str]:
    """Which ways the changes a fact's words state went: {"up"}, {"down"}, both or none."""
    ways = set()
    for word in words:
        if word in _UP:
            ways.add("up")
        elif word in _DOWN:
            ways.add("down")
    return ways


def _direction(expanded: str, worded: set[str]) -> str | None:
    """The one way a change the question asks about went, or None (none, or both), from the ways
    the question's own words went (`_went` of its terms) and the phrases it holds ("go up")."""
    ways = set(worded)
    ways.update(_WENT[way] for pair in _GOES.findall(expanded) for way in pair if way)
    return next(iter(ways)) if len(ways) == 1 else None


_ASKING_NAME = frozenset({"called", "named"})


def _focus_term(
    expanded: str, terms: dict[str, QueryTerm]
) -> tuple[QueryTerm | None, tuple[str, ...]]:
    """The word that says what exactly is asked, and the names it is a kind of thing named after
    (("tencent",) of "model" in "which Tencent model did Apple test?"; () for most)."""
    word = focus_word(expanded)
    if word is None:
        return _focus_named(expanded, terms) or (None, ())
    # A name is checked as a name already; what it qualifies is what is asked: "downloads" in
    # "how many Hugging Face downloads".
    folded = fold(expanded)
    at = re.search(rf"\b{re.escape(word)}\b", folded)
    following = surface_terms(folded[at.start() :])[:4] if at else surface_terms(word)
    for surface in following:
        if surface in _ASKING_NAME:
            return None, ()  # a name is the focus: "what is modelscope called"
        term = terms.get(stem(surface))
        if term is None or not term.name_like:
            return term, ()  # (a stop word after the names: "how many Huguenots were killed")
    return None, ()


def _timed_years(folded: str) -> frozenset[str]:
    """The years a question asks as a time: after "in", "of", "during" or a day, or at the end."""
    return frozenset(match.group(1) or match.group(2) for match in _TIMED_YEAR.finditer(folded))


_TIMED_YEAR = re.compile(r"\b(?:in|of|during|\d{1,2}(?:st|nd|rd|th)?,?) (\d{4})\b|\b(\d{4})\W*$")


def _before_guess(folded: str) -> frozenset[str] | None:
    """The stems before a question's first "?", when something follows it."""
    asked, mark, after = folded.partition("?")
    return frozenset(map(stem, surface_terms(asked))) if mark and after.strip() else None


def _focus_named(
    expanded: str, terms: dict[str, QueryTerm]
) -> tuple[QueryTerm, tuple[str, ...]] | None:
    """The kind of thing "Which Tencent model did Apple test?" asks to name ("model"), with the
    names before it (("tencent",))."""
    after = focus_after_words(fold(expanded))
    if after is None:
        return None
    before, noun = after
    named = [terms.get(stem(surface)) for word in before for surface in surface_terms(word)]
    if not named or any(term is None or not term.name_like for term in named):
        return None
    kind = terms.get(stem(noun))
    return None if kind is None else (kind, before)


def _holding(query: Query, table: Mapping[str, list[int]]) -> list[int]:
    """The positions `table` lists for any word of the question or another form of it, sorted."""
    return sorted(
        {
            position
            for term in query.terms
            for form in (term.stem, *term.related)
            for position in table.get(form, ())
        }
    )


def _phrasing_similarity(content: str, phrasing: str) -> float:
    """How closely a question's content words match one phrasing's, in [0, 1]: the mean of
    rapidfuzz's token-set and token-sort ratios, as `_phrasing_similarities` computes it."""
    return (
        fuzz.token_set_ratio(content, phrasing) + fuzz.token_sort_ratio(content, phrasing)
    ) / 200


def _phrasing_similarities(query: Query, index: Index) -> npt.NDArray[np.float64]:
    """For each curated fact, how closely the question matches its nearest phrasing, in [0, 1].

    The mean of rapidfuzz's token-set and token-sort ratios: the set ratio alone is 100 whenever
    one side's words are a subset of the other's ("alibaba" against every phrasing naming it).
    Only phrasings that share a word (or another form of one) with the question are compared;
    the rest count 0.
    """
    scores = np.zeros(len(index.phrasings), dtype=np.float32)
    if not query.content:
        return np.zeros(len(index.curated))
    sharing = _holding(query, index.phrasings_with)
    if sharing:
        chosen = [index.phrasings[position] for position in sharing]
        both = process.cdist([query.content], chosen, scorer=fuzz.token_set_ratio, dtype=np.float32)
        both += process.cdist(
            [query.content], chosen, scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
        scores[sharing] = both[0]
    result: npt.NDArray[np.float64] = np.maximum.reduceat(scores, index.phrasing_starts) / 200.0
    return result


# The question types each curated kind answers.
_KIND_ANSWERS = {
    "who": frozenset({"name"}),
    "where": frozenset({"place", "name"}),
    "when": frozenset({"date", "duration"}),
    "how_much": frozenset({"number", "percent", "duration"}),
    "why": frozenset({"reason"}),
}


def _gives_claimed_figure(query: Query, stated: Evidence) -> bool:
    """Whether a fact states the very figure a question puts up ("3%" of "up 3% on ...")."""
    figures = {
        figure.rstrip("%").replace(",", "") for figure in stated.percentages + stated.numbers
    }
    return any(figure in figures for figure in query.claimed)


def _kind_matches(kind: str, question_kind: str, question_folded: str) -> bool:
    if kind == "what" and question_kind == "name":
        # "What is the name of Alibaba's model platform?" asks what a thing is called; "who
        # else was in the running?" asks for someone, which a fact about a thing is not.
        return not _ASKS_WHO.search(question_folded)
    return question_kind in _KIND_ANSWERS.get(kind, frozenset())


_ASKS_WHO = re.compile(r"\bwho(?:m|se)?\b")


def short_answer(query: Query, entities: Entities) -> str | None:
    """The part of a sentence that answers a who/when/how-much question, if it stands out."""
    if query.kind is None or query.compared_in or query.choices or query.alternative:
        # A comparison or a choice ("Which jumped more, Apple or Alibaba?") is answered by the
        # figures of each, not by a name the sentence happens to hold ("US").
        return None
    pools = {
        "date": entities.dates,
        "duration": entities.dates,
        "percent": entities.percentages or entities.numbers,
        "number": entities.numbers + entities.percentages,
        "name": entities.names,
        "place": entities.names,
    }.get(query.kind)
    if not pools:
        return None
    fresh = [item for item in pools if fold(item) not in query.folded]
    # One candidate is the answer; several ("Dr. Maria Lopez, U.S. West") would be a guess at
    # which, so the whole sentence answers instead.
    return fresh[0] if len(fresh) == 1 else None
