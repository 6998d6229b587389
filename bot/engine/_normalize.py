"""From raw text to matchable terms: cleaning, number words, percentages, aliases, stems."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial

import Stemmer
from wordfreq import zipf_frequency

from bot.engine._asker import without_scene
from bot.engine._code_switch import in_english
from bot.engine._keyboard import read_back, unslipped
from bot.engine._weights import is_english_word
from knowledge import STOP_WORDS, fold, tokens

MAX_QUESTION_CHARS = 1000  # a question longer than this is cut here; nobody asks in an essay

_US = re.compile(r"\bUS\b")
# "us" in lower case is the country where the pronoun cannot stand: after "the", or before what
# a country has ("alibaba's us shares", "us users").
# Written as "us\b" and a look back for the word boundary before it, rather than "\bus\b": a
# pattern that starts with letters is searched for them directly, ten times faster on an article.
_US_WORD = re.compile(r"us\b(?<!\wus)")
_US_AFTER = re.compile(
    r"[ -](?:shares?|stocks?|listed|listings?|markets?|users|customers|investors|traders|"
    r"trading|version|government|regulators|dollars?|economy|sales|iphones?)\b"
)
# Only what looks like markup: "<b>", "</a>", "<br/>"; "fall <5% or >10%" keeps its text.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>")
_PERCENT_WORD = re.compile(r"(\d)\s*(?:per\s?cent(?:age)?s?|pct)\b")
# "one" is left a word: "one of the companies", "which one", "at one point".
_NUMBER_WORDS = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000",
}  # fmt: skip
# ...as digits, for whoever reads a figure put up in words ("over the past five years").
NUMBER_DIGITS = {word: value for word, value in _NUMBER_WORDS.items() if word != "zero"}
# ...as numbers, for whoever reads a figure spelled out ("almost eight").
NUMBER_VALUES = {word: int(value) for word, value in _NUMBER_WORDS.items()}
# Question words as people mistype them in chat; the question type depends on them.
_CHAT_SPELLINGS = {
    "stonks": "stocks", "stonk": "stock",
    # A space slipped into a question word: "wh o reported it", "w hat happened" (before "w").
    "wh o": "who", "wh at": "what", "wh y": "why", "wh en": "when", "wh ich": "which",
    "wh ere": "where", "w hat": "what", "w ho": "who", "w hy": "why", "w hen": "when",
    "pik": "pick", "piked": "picked", "pikd": "picked",
    "wat": "what", "wut": "what", "whats": "what is", "wht": "what", "wen": "when", "whn": "when",
    "wich": "which", "whic": "which", "wher": "where", "whr": "where", "hw": "how", "hwo": "how",
    "y": "why", "wy": "why", "whay": "why", "waht": "what", "whta": "what", "whcih": "which",
    "whne": "when", "whos": "who is", "whose's": "whose", "u": "you", "r": "are",
    "pls": "please", "plz": "please", "abt": "about", "tho": "though", "bc": "because", "cuz": "because",
    "why'd": "why did", "how'd": "how did", "what'd": "what did", "who'd": "who did",
    "where'd": "where did", "when'd": "when did", "why’d": "why did", "how’d": "how did",
    "ppl": "people", "w": "with", "b4": "before", "fone": "phone", "fones": "phones",
    "gonna": "going to", "wanna": "want to", "tryna": "trying to", "finna": "going to",
    "lemme": "let me", "gimme": "give me",
    "gotta": "got to", "dunno": "do not know", "ur": "your", "smth": "something",
    "whens": "when is", "wheres": "where is", "hows": "how is", "whys": "why is",
    "what's": "what is", "what’s": "what is", "who's": "who is",
    "who’s": "who is", "where's": "where is", "when's": "when is", "how's": "how is",
    "didnt": "did not", "doesnt": "does not", "dont": "do not", "isnt": "is not",
    "wasnt": "was not", "werent": "were not", "arent": "are not", "hasnt": "has not",
    "havent": "have not", "wont": "will not", "cant": "can not", "couldnt": "could not",
    "wouldnt": "would not", "shouldnt": "should not", "thats": "that is", "theres": "there is",
    "yrs": "years", "yr": "year", "govt": "government", "gov": "government", "mins": "minutes",
    "nite": "night", "tonite": "tonight", "2nite": "tonight", "thru": "through", "bout": "about",
    "rite": "right", "rly": "really", "srsly": "seriously",
    # ...and spelt by sound: "wot did apple like abowt alibaba", "wen dus it come".
    "wot": "what", "wotz": "what is", "abowt": "about", "dus": "does", "duz": "does",
    "wos": "was", "wuz": "was", "sed": "said", "sez": "says", "meny": "many", "menny": "many",
    "mutch": "much", "rong": "wrong",
    "cos": "because", "coz": "because", "prob": "probably", "bcuz": "because", "ya": "you",
    # Finance shorthand: "cap" alone is an everyday word the article may well use.
    "market cap": "market capitalization", "mkt cap": "market capitalization",
    "mcap": "market capitalization",
    # ...and a terminal's: "AAPL GC rev FY24 YoY chg?", "BABA HK px", "CN AI vendor eval list"
    "rev": "revenue", "revs": "revenues", "chg": "change", "gc": "greater china", "cn": "china",
    "px": "price", "mkt": "market", "mgmt": "management", "est": "estimate",
    "eval": "evaluation", "evals": "evaluations", "qtr": "quarter", "intl": "international",
    "dl": "download", "dls": "downloads", "ytd": "year to date",
    # Chat filler: says nothing of what is asked, and would only dilute the words that do.
    "lol": "", "lmao": "", "rn": "", "tbh": "", "imo": "", "imho": "", "btw": "", "fyi": "",
    "ngl": "", "omg": "", "idk": "", "basically": "", "literally": "",
    # (a valley girl's "I can't even" and "so random": how she feels, not what she asks)
    "i can't even": "", "i cant even": "", "so random": "",
    # (a zoomer's "deadass", "ong" and "no cap": that it is said in earnest)
    "deadass": "", "ong": "", "no cap": "", "fr fr": "",
    "wallahi": "", "wallah": "",  # (by God: said in earnest, in Arabic and far beyond it)
    "em": "them",  # ("name 'em all")
    "milion": "million", "millon": "million", "bilion": "billion", "billon": "billion",
    # (an idiom of offices: what is "sent up the chain" for approval is submitted for it)
    "sent up the chain": "submitted", "send up the chain": "submit",
    "tieup": "tie-up", "tieups": "tie-ups",
    # (a wrestling commentator's cries, wherever they stand: "OH MY GOD, did ...", "BAH GAWD")
    "oh my god": "", "oh my gosh": "", "oh my gawd": "", "bah gawd": "", "by gawd": "",
    "nah": "", "yeah": "", "yep": "", "nope": "", "lowkey": "", "highkey": "", "fr": "",
    "in percentage terms": "", "in percent terms": "", "in relative terms": "",
    # Singlish and Pidgin particles, which say how, not what: "how much lah?", "abeg, who?".
    "lah": "", "leh": "", "lor": "", "abeg": "", "sef": "",
    # ...Hong Kong's ("is it wor", "izit"), and a crypto trader's "ser" (sir), "ngmi"
    "wor": "", "izit": "is it", "wif": "with", "jialat": "bad",
    "ser": "", "ngmi": "", "wagmi": "",
    # A Southern grandfather's "over yonder" (over there), "fella", "ain't"
    "over yonder": "", "yonder": "", "fella": "", "fellas": "", "ain't": "are not",
    # A Londoner's "innit" tags a claim as "right" does; "wen's" is "when's"
    "innit": "right", "wen's": "when is", "wens": "when is",
    # Archaic English, as a mock-Shakespearean writes it: "Wherefore didst Apple forsake
    # DeepSeek, pray tell?"
    "wherefore": "why", "didst": "did", "doth": "does", "dost": "do", "hath": "has",
    "hast": "have", "prithee": "", "pray tell": "", "i prithee": "", "forsooth": "", "thee": "you",
    "thou": "you", "thy": "your", "thine": "your", "ere now": "before", "ere": "before",
    "wilt": "will", "shalt": "shall", "'tis": "it is", "twixt": "between", "whence": "where from",
    "on the morrow": "the next day", "the morrow": "the next day", "good morrow": "good morning",
    "how fares thee": "how are you", "how fare thee": "how are you", "how farest thou": "how are you",
    "how dost thou": "how are you",
    # A South African's "ja", "nee", "eish", "ag man" (yes, no, and sighs); a "lekker" list is
    # only a good one
    "eish": "", "ag man": "", "lekker": "", "howzit": "hi",
    # ...a pirate's, as people play one ("fer" for, "o'" of, "me hearties"); a Cockney's
    # "dosh" and "bread" (money), "bods" (people), "blimey"
    "fer": "for", "shiver me timbers": "", "me hearties": "", "me hearty": "", "landlubbers": "users",
    "dosh": "money", "bods": "people", "blimey": "", "cor blimey": "",
    # ...and an Australian's "aussie" (Australian), a Briton's "brit" (with the capital a
    # people's name has, which says it is a name)
    "aussie": "Australian", "aussies": "Australians", "brit": "British", "brits": "British",
    # Dutch and French false friends: "concurrents" are competitors, an "aandeel" a share
    "concurrents": "competitors", "aandeel": "share", "aandelen": "shares",
    "kindly": "",  # ("kindly tell me ...": a courtesy, not "what kind")
    "takings": "revenue",  # (British: not the verb "take")
    # A company whose business is news is an outlet: "which news company said ...?" asks the
    # source, not the company picked.
    "news company": "news outlet", "news companies": "news outlets", "media company": "media outlet",
    "media companies": "media outlets", "news firm": "news outlet", "media firm": "media outlet",
    # Two-word forms of one word the synonym table knows.
    "sign off": "signoff", "sign-off": "signoff", "signed off": "signoff",
    "bake-off": "bakeoff", "bake off": "bakeoff",
    "green light": "greenlight", "green-light": "greenlight", "green lit": "greenlit",
}  # fmt: skip
# Question words hit with a neighbouring key ("wjat", "whp"), as those words.
_SLIPS = read_back(_CHAT_SPELLINGS)
# (not a letter of an abbreviation with a slash: the "y" of "y/y" is a year's)
_CHAT_WORD = re.compile(
    # (not a letter of an abbreviation: "u.s.", "y/y")
    r"(?<![/.])\b(" + "|".join(map(re.escape, _CHAT_SPELLINGS)) + r")\b(?!/|\.\w)",
    re.IGNORECASE,
)
_ORDINAL = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_QUARTER = re.compile(r"\bq([1-4])\b")
# "4th quarter", and as typed in a hurry: "4th quater", "3rd qtr".
_QUARTER_ORDINAL = re.compile(r"\b([1-4])(?:st|nd|rd|th) (?:quarter|quater|quartr|qtr)\b")
# "fy24", "fy 2024", and in words: "fiscal 24", "fiscal year '24".
_FISCAL = re.compile(r"\b(?:fy|fiscal(?: year)?)\s?'?(\d{4}|\d{2})\b")
_MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}  # fmt: skip
_MONTH_SHORT = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.?\s+(\d{1,4})\b")
# ...and the day first, as much of the world writes it: "11 feb", "11th of feb" (after ordinals).
_DAY_MONTH_SHORT = re.compile(r"\b(\d{1,2})\s+(?:of\s+)?(" + "|".join(_MONTHS) + r")\b\.?")
_SCALE = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mil": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
}
_SCALED = re.compile(r"\b(\d+(?:\.\d+)?)\s*(thousand|million|billion|k|m|mil|mln|bn)\b")
_DIGIT = re.compile(r"\d")  # the quarter, fiscal year, month, percent and scale patterns need one
# Words that ask *which kind* of thing, kept out of matching but used for the question type.
QUESTION_FILLER = frozenset(
    """
    what which who whom whose when where why how many much long often
    explain describe summarize summarise elaborate clarify
    characterise characterize characterises characterizes characterised characterized
    portray portrays portrayed depict depicts depicted
    exactly precisely actually really basically even
    supposedly reportedly allegedly apparently
    roughly approximately approx
    stuff
    """.split()
)  # the last lines: how to answer, not what ("explain" alone asks nothing, nor "exactly"),
# how sure the asker is of what they heard ("who else was Apple supposedly evaluating"), and
# the word for whatever is meant ("the ai stuff")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


# Business idioms, in the plain word a fact would use ("kicking the tires" of "testing").
_IDIOMS = {
    "kick the tires": "test", "kicks the tires": "tests", "kicked the tires": "tested",
    "kicking the tires": "testing", "shop around": "evaluate", "shopped around": "evaluated",
    "shopping around": "evaluating", "pull the plug on": "drop", "pulled the plug on": "dropped",
    "walk away from": "drop", "walked away from": "dropped", "walking away from": "dropping",
    "bailed on": "dropped", "bail on": "drop",
    "fell by the wayside": "dropped", "fall by the wayside": "drop",
    "falling by the wayside": "dropping", "fallen by the wayside": "dropped",
    "top-of-the-line": "flagship", "top of the line": "flagship", "top-tier": "flagship",
    "top tier": "flagship", "top-end": "flagship", "top-of-the-range": "flagship",
    "still stuck": "still pending",  # (an approval that is stuck waits for it)
    "right now": "currently", "at the moment": "currently", "as of now": "currently",
    "as things stand": "currently",
    "sealed the deal": "decided", "sealed it": "decided",
    "clinched it": "decided", "racked up": "gained", "rack up": "gain",
    "knock-on effect": "effect", "knock on effect": "effect",
    "big picture": "main", "big-picture": "main",
    "end game": "endgame", "home market": "domestic market", "home markets": "domestic markets",
    # British and Australian: "gone pear-shaped", "flogging phones", "through the roof".
    "go pear-shaped": "fail", "goes pear-shaped": "fails", "went pear-shaped": "failed",
    "gone pear-shaped": "failed", "going pear-shaped": "failing",
    "flog": "sell", "flogs": "sells", "flogged": "sold", "flogging": "selling",
    "go through the roof": "surge", "went through the roof": "surged",
    "gone through the roof": "surged", "going through the roof": "surging",
    "cash in": "gain", "cashed in": "gained", "cashing in": "gaining",
    "kick tires": "test", "kicked tires": "tested", "kicking tires": "testing",
    "kick the tyres": "test", "kicked the tyres": "tested", "kicking the tyres": "testing",
    # Chat and trading-floor slang.
    "clap back": "respond", "clapped back": "responded", "clapping back": "responding",
    "spill the tea": "report", "spilled the tea": "reported", "spilt the tea": "reported",
    "take the l": "lose", "took the l": "lost", "took an l": "lost", "taking the l": "losing",
    "got ghosted": "got dropped", "get ghosted": "get dropped", "ghosted": "dropped",
    "ripped": "surged", "ripping": "surging",
    # False friends of Spanish, Portuguese, Italian and French speakers: a company's "trimester"
    # is its quarter, its "invoicing" (facturación) its revenue; "subed" (subió) rose.
    "trimester": "quarter", "trimesters": "quarters", "invoicing": "revenue",
    "facturation": "revenue", "fatturation": "revenue", "fatturato": "revenue", "subed": "rose",
    # ...and more: the "bourse" is the stock exchange, "pretends to" intends to (pretender),
    # "what is successed" what happened (è successo), "the responsible of" the person responsible
    # for, "the sells" the sales (las ventas), a "journal" a newspaper, the "notice" the news.
    "the journal": "the newspaper", "which journal": "which newspaper",
    "what journal": "what newspaper", "this notice": "this news", "the notice": "the news",
    "that notice": "that news",
    "bourse": "stock exchange", "pretends to": "intends to", "pretend to": "intend to",
    "successed": "happened", "is successed": "happened",
    "the responsible of": "the person responsible for", "the sells": "the sales",
    # A sports fan's: a player "benched" is dropped; shares that "rode the wave" gained.
    "benched": "dropped", "ride the wave": "gain", "rode the wave": "gained",
    "riding the wave": "gaining", "get a boost": "gain", "got a boost": "gained",
    "gets a boost": "gains", "getting a boost": "gaining", "teammate": "partner",
    "teammates": "partners", "head coach": "ceo", "firepower": "capabilities",
    # Australian: "which mobs did apple have a squiz at", "deepseek got the flick".
    "have a squiz at": "evaluate", "had a squiz at": "evaluated", "having a squiz at": "evaluating",
    "squiz at": "evaluate", "got the flick": "got dropped", "get the flick": "get dropped",
    "gets the flick": "gets dropped", "mob": "company", "mobs": "companies",
    "spill the beans": "report", "spilled the beans": "reported", "spilt the beans": "reported",
    "getting into bed with": "partnering with", "get into bed with": "partner with",
    "got into bed with": "partnered with", "gets into bed with": "partners with",
    "into bed with": "partnering with", "in bed with": "partnering with",
    "main bloke": "primary partner", "main guy": "primary partner",
    # A crypto trader's: a stock "mooning" surges.
    "mooning": "surging", "mooned": "surged", "moons": "surges",
    # ...and a gamer's: kicked from the team.
    "got kicked": "got dropped", "get kicked": "get dropped", "gets kicked": "gets dropped",
    "kicked out": "dropped",
    # A French speaker's question words and the region's name; a Slavic or German speaker's
    # "procent".
    "c'est quoi": "what is", "qu'est-ce que": "what", "qu'est-ce qu'": "what",
    "grande chine": "greater china", "procent": "percent", "procents": "percent",
    "prozent": "percent",
    # A poet's: a partner "left at the altar" is dropped, a deal "withered on the vine" failed.
    "left at the altar": "dropped", "left standing at the altar": "dropped",
    "wither on the vine": "fail", "withered on the vine": "failed",
    "withering on the vine": "failing",
    # ...and a line cook's: an item "86'd" is off the menu.
    "86'd": "dropped", "86ed": "dropped", "eighty-sixed": "dropped", "eighty sixed": "dropped",
    "fire back": "respond", "fired back": "responded", "fires back": "responds",
    "firing back": "responding", "cooking with": "partnering with",
    # ...and a trucker's: a partner one "hooks up with"; a load "cut loose" is dropped; a rig that
    # "came up short on" something lacked it; a pick "gets the nod".
    "hook up with": "partner with", "hooks up with": "partners with",
    "hooked up with": "partnered with", "hooking up with": "partnering with",
    "cut loose": "dropped", "cut 'em loose": "drop them", "cut them loose": "drop them",
    "come up short on": "lack", "came up short on": "lacked", "comes up short on": "lacks",
    "got the nod": "was chosen", "gets the nod": "is chosen", "get the nod": "be chosen",
    "given the nod": "chosen", "the word got out": "the news came out",
    # ...a wrestling commentator's: a rival "body-slammed" is beaten, a partner a "tag team
    # partner", a reply "hitting back"; and a surfer's: a deal that "wiped out" failed.
    "body-slammed": "beat", "body-slamming": "beating", "body-slams": "beats",
    "body-slam": "beat", "tag team partner": "partner", "tag-team partner": "partner",
    "tapped out": "gave up", "hit back": "respond", "hits back": "responds",
    "hitting back": "responding", "wipe out": "fail", "wiped out": "failed",
    "wipes out": "fails", "bailing on": "dropping",
    "stoked on": "impressed by", "stoked about": "impressed by", "main oke": "primary partner",
    "forsake": "drop", "forsook": "dropped", "forsaken": "dropped", "wrought": "made",
    "befall": "happen", "befell": "happened",
    "wither": "fail", "withered": "failed", "withers": "fails", "withering": "failing",
    # ...a London teenager's: a rival that "bodied" you beat you
    "bodied": "beaten", "getting bodied": "being beaten", "got bodied": "was beaten",
    # ...a noir detective's: a partner "left at the curb" is dropped, rivals "muscle in on" a
    # market, a suspect "sniffed around" is looked into; and a poker player's: a hand "mucked"
    # is thrown away, a player "dealt in" is in the game.
    "left at the curb": "dropped", "kicked to the curb": "dropped", "kick to the curb": "drop",
    "get kicked to the curb": "get dropped", "got kicked to the curb": "got dropped",
    "muscle in on": "compete in", "muscling in on": "competing in", "muscled in on": "competed in",
    "sniff around": "evaluate", "sniffing around": "evaluating", "sniffed around": "evaluated",
    "mucked": "dropped", "dealt in": "considered",
    # Looking at candidates, looking them over or sizing them up is evaluating them; what a
    # company "cooked up" it developed; to "join forces" is to partner.
    "look at": "evaluate", "looks at": "evaluates", "looked at": "evaluated",
    "looking at": "evaluating", "look over": "evaluate", "looked over": "evaluated",
    "looking over": "evaluating", "size up": "evaluate", "sized up": "evaluated",
    "sizing up": "evaluating", "sizes up": "evaluates", "cook up": "develop",
    "cooked up": "developed", "cooking up": "developing", "join forces with": "partner with",
    "joined forces with": "partnered with", "joining forces with": "partnering with",
    # (a cowboy's "fixing to": planning to)
    "fixing to": "planning to", "fixin' to": "planning to", "fixin to": "planning to",
}  # fmt: skip
# (the longest first: "got kicked to the curb" is one idiom, not "got kicked" and more)
_IDIOM = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(_IDIOMS, key=len, reverse=True))) + r")\b",
    re.IGNORECASE,
)
# (what a claim is called that "checks out": "does that check out?" asks if it holds)
_NOT_CLAIM = r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bthey )(?<!\bstory )(?<!\bclaim )"
# ...and the idioms whose middle varies: "spilled the apple alibaba tea", "said yes to it",
# "thought about picking", "makes it hard for".
_IDIOM_PATTERNS = (
    # "what does Apple hope to gain": what it wants to achieve, no gain of a share price; "did
    # Apple once pick": at one point, as the article puts it
    (
        re.compile(
            r"\b((?:hop|want|tr|aim|seek|expect|plan|look|stand|try|tries|trying)\w* to) gain\b",
            re.IGNORECASE,
        ),
        r"\1 achieve",
    ),
    (
        re.compile(
            r"\bonce (?=(?:chose|choose|picked|pick|selected|select|had|partnered|partner|worked"
            r"|work|relied|rely|leaned|lean|went|go|used|use|tapped|tap)\b)",
            re.IGNORECASE,
        ),
        "at one point ",
    ),
    # "how much users": a count, as a learner (or a table's "kolik", "ile") puts it
    (
        re.compile(
            r"\bhow much (?=(?:[\w-]+ )?(?:users|people|companies|firms|enterprises|businesses"
            r"|models|downloads|customers|employees|engineers|developers|phones|iphones|units"
            r"|apps|parameters|partners|brands|candidates|clients)\b)",
            re.IGNORECASE,
        ),
        "how many ",
    ),
    # "is supposed to roll out": it is expected to, as "scheduled" says (not "supposed to help":
    # meant to)
    (
        re.compile(
            r"\bsupposed? to (?=(?:roll|launch|arrive|come|ship|hit|go live|land|debut|release"
            r"|be (?:released|rolled|launched|approved|available)|happen|start|begin|get)\b)",
            re.IGNORECASE,
        ),
        "expected to ",
    ),
    (
        re.compile(r"\bspill(?:ed|t|s|ing)? the ((?:[\w-]+ ){0,3})tea\b", re.IGNORECASE),
        r"reported the \1news",
    ),
    (
        re.compile(
            r"\b(?:told|tells|tell) (?:everyone|everybody|the world) (?:about )?", re.IGNORECASE
        ),
        "reported ",
    ),
    # "did apple drop the alibaba news": announced it (not "drop the deal": ended it)
    (
        re.compile(
            r"\bdrop(?:ped|s|ping)? the ((?:[\w-]+ ){0,3})(news|announcement|bombshell)\b",
            re.IGNORECASE,
        ),
        r"announced the \1\2",
    ),
    # A Romance speaker's "actions" (acciones, azioni) of a company that climb or fall are its
    # shares (not "Apple's actions" as deeds).
    (
        re.compile(
            r"\bactions\b(?=[^.?!]*\b(?:climb\w*|rose|rise\w*|jump\w*|surg\w*|fell|fall\w*|drop\w*"
            r"|stock exchange|bourse|quot\w*|listed)\b)",
            re.IGNORECASE,
        ),
        "shares",
    ),
    # "models built on top of tongyi": based on it (not "on top of that": besides)
    (
        re.compile(
            r"\b((?:build|builds|built|building|make|makes|made|making|develop\w*|create[sd]?"
            r"|creating)(?: [\w-]+){0,4}) on top of\b(?! (?:that|this|it all)\b)",
            re.IGNORECASE,
        ),
        r"\1 based on",
    ),
    # "can I switch the alibaba ai off": disable it (not "switch" as in "shift from")
    (
        re.compile(
            r"\b(?:switch|turn|shut)(?:ed|es|s|ing)? ((?:it|that|this|them|the [\w -]{1,30}?) )?off\b",
            re.IGNORECASE,
        ),
        r"disable \1",
    ),
    # "did BABA (stock) moon": surge (not "how far is the moon")
    (re.compile(r"\b(stocks?|shares?) moon\b", re.IGNORECASE), r"\1 surge"),
    # "who's eating apple's lunch": competing with it and winning
    (
        re.compile(r"\b(?:eat|eats|ate|eating|eaten) ([\w.-]+)(?:'s|’s) lunch\b", re.IGNORECASE),
        r"competing with \1",
    ),
    # "which companies did apple check out": evaluate them (not "does that check out?": hold)
    (re.compile(_NOT_CLAIM + r"\bcheck(ed|ing) out\b", re.IGNORECASE), r"evaluat\1"),
    (re.compile(_NOT_CLAIM + r"\bcheck(s?) out\b", re.IGNORECASE), r"evaluate\1"),
    (re.compile(r"\b(?:say|says|said|saying) yes to\b", re.IGNORECASE), "approve"),
    (re.compile(r"\b(?:say|says|said) yes\b", re.IGNORECASE), "approved"),
    (
        re.compile(
            r"\b(?:think|thinks|thought|thinking) (?:about|of) (?:picking|choosing|using|going with"
            r"|working with|partnering with)\b",
            re.IGNORECASE,
        ),
        "considered",
    ),
    (
        re.compile(
            r"\bmak(?:e|es|ing) (?:it|life|things) (?:hard|tough|difficult) for\b", re.IGNORECASE
        ),
        "compete with",
    ),
    (
        re.compile(
            r"\bwants? (?:to happen|to get|to achieve) (?=because|from|out of|with|by)\b",
            re.IGNORECASE,
        ),
        "aims ",
    ),
    # What "won Apple over" or what Apple "found so appealing" is what caught its eye.
    (
        re.compile(r"\b(?:won|win|wins|winning) ((?:[\w.'-]+ ){1,2})over\b", re.IGNORECASE),
        # (keeping the words as written too: curated phrasings say "win apple over")
        r"\g<0>, caught \1eye",
    ),
    # What "drew Apple to" Alibaba, or "attracted Apple's attention", caught its eye too (not
    # "won" or "caught" attention: those cost an unread answer).
    (
        re.compile(
            r"\b(?:drew|draw|draws|drawn|drawing|attract|attracts|attracted|attracting)"
            r" ((?:[\w.'-]+ ){1,2})to\b",
            re.IGNORECASE,
        ),
        r"caught \1eye, to",
    ),
    (
        re.compile(
            r"\b(?:attract|attracts|attracted|attracting)"
            r" ((?:[\w.'-]+ ){1,2}?)(?:attention|interest)\b",
            re.IGNORECASE,
        ),
        r"caught \1eye",
    ),
    (
        re.compile(
            r"\b(?:found|find|finds|finding) (?:it |them )?(?:so |really |most |very |more )?"
            r"(?:appealing|attractive|compelling)\b",
            re.IGNORECASE,
        ),
        "caught eye",
    ),
    (re.compile(r"\b(?:bring|brings|brought|bringing) to the table\b", re.IGNORECASE), "offer"),
    # "still stuck waiting on the regulators": waiting.
    (re.compile(r"\bstuck (?=waiting\b)", re.IGNORECASE), ""),
    # A price that got "cheaper" has dropped (not "cost": "how much cost" asks an amount; not
    # "cheaper than", a comparison).
    (
        re.compile(
            r"\b(?:get|got|gotten|become|became|grown|grew|gone|went|getting) cheaper\b(?! than)",
            re.I,
        ),
        "dropped",
    ),
    (re.compile(r"\bhow much cheaper\b(?! than)", re.IGNORECASE), "how much dropped"),
    # Partners "not together anymore" have split up.
    (
        re.compile(
            r"\b(?:(?:are|is|were|was) )?(?:not|no longer|aren't|isn't|weren't|wasn't)"
            r" (?:working |partnered |partners )?together(?: anymore| any more| now)?\b",
            re.IGNORECASE,
        ),
        "split up",
    ),
    # A player "cut from the squad" is dropped; a season (or sales) "turned around" is a
    # decline reversed.
    (
        re.compile(
            r"\bcut from (?:the |their |its )?(?:squad|team|roster|line-?up)\b", re.IGNORECASE
        ),
        "dropped",
    ),
    (
        re.compile(r"\bturn(?:s|ed|ing)? ((?:[\w'-]+ ){0,3})around\b", re.IGNORECASE),
        r"reverse \1decline",
    ),
    # "what is it called in English", "its English name": the articles' own names, in English.
    (
        re.compile(r"\b(called|named|known|written|spelled|spelt)(?: as)? in english\b", re.I),
        r"\1",
    ),
    (re.compile(r"\benglish[- ](names?|titles?)\b", re.IGNORECASE), r"\1"),
    # "when does the duo hit the field": when it is rolled out.
    (
        re.compile(r"\b(?:hit|hits|hitting) the (?:field|market|shelves|stores)\b", re.IGNORECASE),
        "roll out",
    ),
)
# (the patterns are tried only where one of these words is)
_IDIOM_WORDS = frozenset(
    "tea told tell yes think thought hard tough difficult want over appeal attract compelling"
    " table hit news announcement bombshell cut around english together draw drew attention"
    " interest stuck cheaper lunch moon off actions top check suppose much gain once".split()
)
# Words about the article itself: every question is about it, so they ask nothing in particular
# ("What happened in 2023 according to the article?").
_ARTICLE = r"(?:article|artcle|artical|aritcle|articel|story|piece|text|passage|extract|excerpt)"
ORDINAL_WORDS = (  # in order: "the third paragraph" is paragraph 3
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_PARAGRAPH = (
    r"(?:paragraph|para|par\.|§) ?(?P<number>\d{1,3})\b"
    rf"|(?:the )?(?P<ordinal>{'|'.join(ORDINAL_WORDS)}|last|final|opening|closing) paragraph\b"
)
# "What does paragraph 4 say ...", "according to the first paragraph": a place in the article,
# not words of the question.
_PARAGRAPH_REF = re.compile(
    r"\b(?:(?:does|did|do) )?(?:(?:according to|in|from|per) )?(?:the )?"
    rf"(?:{_PARAGRAPH})(?: (?:of|in) (?:the|this) {_ARTICLE})?"
    r"(?: (?:says?|said|mentions?|states?|tells? us|lists?|describes?|gives?)\b)?",
    re.IGNORECASE,
)


def paragraph_asked(text: str) -> int | None:
    """The paragraph a question points at: 4 for "what does paragraph 4 say", 1 for "the first
    paragraph", -1 for "the last paragraph"; None when it names none."""
    match = _PARAGRAPH_REF.search(text)
    if match is None:
        return None
    if match.group("number"):
        return int(match.group("number"))
    ordinal = match.group("ordinal").lower()
    if ordinal in {"last", "final", "closing"}:
        return -1
    return 1 if ordinal == "opening" else ORDINAL_WORDS.index(ordinal) + 1


# "What does the first sentence say?", "sentence 3", "the last line", "what does the article open
# with", "the very first thing the article says": a sentence of the article, by its place.
_SENTENCE_REF = re.compile(
    r"\b(?:(?:does|did|do) )?(?:(?:according to|in|from|per) )?(?:the )?(?:very )?"
    rf"(?:(?P<ordinal>{'|'.join(ORDINAL_WORDS)}|last|final|opening|closing) (?:sentence|line)\b"
    # (not "the last line of defense")
    rf"(?! of (?!(?:the|this) {_ARTICLE}))"
    r"|sentence (?P<number>\d{1,3})\b"
    rf"|(?P<first>first|opening) thing (?:the |this )?{_ARTICLE} (?:says|said|tells us)\b"
    rf"|(?P<opens>{_ARTICLE} (?:opens?|starts?|begins?|leads?) (?:with|by saying)\b)"
    rf"|(?P<ends>{_ARTICLE} (?:ends?|closes?|finishes|wraps up) (?:with|by saying)\b)"
    # "how does the article end?", "how does the piece open?"
    rf"|how (?:does|did) (?:the |this )?{_ARTICLE} (?:(?P<how_opens>open|start|begin)"
    r"|(?P<how_ends>end|close|finish|conclude|wrap up))\b)"
    rf"(?: (?:of|in) (?:the|this) {_ARTICLE})?"
    r"(?: (?:says?|said|mentions?|states?|tells? us)\b)?",
    re.IGNORECASE,
)


def sentence_asked(text: str) -> int | None:
    """The sentence a question points at by its place: 1 for "the first sentence" or "what does
    the article open with", 3 for "sentence 3", -1 for "the last line"; None when it names none."""
    match = _SENTENCE_REF.search(text)
    if match is None:
        return None
    if match.group("number"):
        return int(match.group("number"))
    if match.group("first") or match.group("opens") or match.group("how_opens"):
        return 1
    if match.group("ends") or match.group("how_ends"):
        return -1
    ordinal = match.group("ordinal").lower()
    if ordinal in {"last", "final", "closing"}:
        return -1
    return 1 if ordinal == "opening" else ORDINAL_WORDS.index(ordinal) + 1


# "Where does the article say X?", "Which sentence mentions X?": X is what is asked,
# the way to ask is no part of it.
_WHERE_IT_SAYS = re.compile(
    rf"^\W*(?:where (?:exactly |in the {_ARTICLE} )?(?:does|did) (?:the |this )?(?:{_ARTICLE}|it) "
    r"(?:say|mention|state|talk about|report|describe)(?: that)?"
    r"|which (?:sentence|paragraph|part|line|passage|bit)(?: of the \w+)? (?:(?:is the first to"
    r"|first) (?:say|mention)|mentions|says|states|talks about|reports|describes|covers|puts"
    r"|lists|names|gives|has|holds|contains)(?: that)?)\s+",
    re.IGNORECASE,
)
# "Quote the sentence where ...", "Give me the exact line with ...", "Cite the line listing ...":
# a citation is what every answer gives; what is asked is what the sentence says.
_QUOTE_ME = (
    r"^\W*(?:(?:can|could|would) you |please |pls |just )?(?:quote|cite|show|give|find|paste"
    r"|copy|point (?:me )?to|send)(?: me| us)?(?: back)? (?:the |a |that )?"
)
_QUOTE_FRAME = re.compile(
    _QUOTE_ME
    + r"(?:(?:exact|very|actual|source|original|relevant|specific|precise|full) )*"
    + rf"(?:sentence|line|passage|bit|quote|words?|part)(?: (?:from|in) the {_ARTICLE})?"
    r"(?: (?:where|that|which|with|about|on|for|listing|saying|mentioning|stating|naming|showing"
    r"|giving|describing|regarding|in which)(?: it)?(?: (?:says?|mentions?|lists?|names?|shows?"
    r"|gives?|describes?|talks about|states?))?)?\s+",
    re.IGNORECASE,
)
# ...and "Quote me the ModelScope sentence": the sentence named by what it is about.
_QUOTE_NAMED = re.compile(
    _QUOTE_ME + r"(?P<topic>[^,?.]{1,40}?) (?:sentence|line|passage|quote)\b",
    re.IGNORECASE,
)
_QUOTED_TAIL = re.compile(
    r"\s*(?:\b(?:is|are|was|were|gets?) (?:mentioned|named|discussed|covered|brought up)"
    r"|\bword for word|\bverbatim|\bexactly as (?:written|it is written|it says)|\bin full)\W*$",
    re.IGNORECASE,
)


def _quoted_part(text: str) -> str:
    """What a request for a quotation asks about: "Quote the sentence where Samsung's new phone
    is mentioned." -> "Samsung's new phone?"."""
    framed = _WHERE_IT_SAYS.sub("", _QUOTE_FRAME.sub("", text))
    if framed == text:
        framed = _QUOTE_NAMED.sub(r"\g<topic>", text)
        if framed == text:
            return text
    return _QUOTED_TAIL.sub("", framed).rstrip(" .!?") + "?"


# "Verify: ...", "True or false: ...": what follows is put up to be checked, as if asked with a "?".
_PUT_UP_FIRST = re.compile(
    r"^\W*(?:verify|fact[- ]?check|true or false|check)\s*[:,-]\s+", re.IGNORECASE
)

# A writer checking what they may print: "Can I say in my piece that ...", "could we report ...".
_MAY_I_SAY = (
    r"(?:can|could|may) (?:i|we) (?:safely )?(?:say|write|report|state|claim|print)"
    r"(?: in (?:my|our|the) (?:piece|story|article|draft|copy|report|column))?"
)

# A debater's or an analyst's frame around a claim: "What evidence does the article give that X?",
# "What's the strongest argument that X?", "Is it fair to say X?", "Would it be accurate to state,
# on the basis of the article, that X?". X is put up for checking; the frame asks nothing of its
# own, and its words ("evidence", "argument", "fair") are in no fact.
_CLAIM_FRAME = re.compile(
    r"^\W*(?:what(?:'s| is)? (?:the )?(?:(?:strongest|best|main|key) )?(?:evidence|proof|argument|case)"
    rf"(?: (?:does|did) (?:the|this) {_ARTICLE} (?:give|offer|provide|present|make|have)"
    rf"| (?:in|from) (?:the|this) {_ARTICLE}| (?:the|this) {_ARTICLE} (?:gives|offers|makes|provides)"
    r"| is there)?"
    r"|(?:is|would) it (?:be )?(?:fair|accurate|right|correct|true) to (?:say|state|conclude|claim)"
    r"|is it not (?:true|the case)"
    # a fact-checker's: "Is it correct that X?", "Can I say in my piece that X?"
    r"|is it (?:really |actually )?(?:right|true|correct|accurate|the case) that"
    rf"|{_MAY_I_SAY})"
    rf"(?:,? (?:on the basis of|based on|from) (?:the|this) {_ARTICLE},?)?"
    r"(?: that| for| about)? (?=\w)",
    re.IGNORECASE,
)
# An analyst's hedges on how sure the answer may be, not what is asked: "to the extent the article
# discloses it", "insofar as the article quantifies", "if at all", "with any precision", "Is the
# article able to say", "Could you clarify", "Would you be able to".
_HEDGE = re.compile(
    rf"\b(?:(?:in)?sofar as|to the extent(?: that)?) (?:the|this) {_ARTICLE} (?:discloses|quantifies"
    r"|addresses|says|reports|states|covers|mentions|tells us)(?: (?:it|this|that))?\b"
    r"|\bif at all\b|\bwith any (?:precision|certainty|accuracy)\b"
    rf"|^\W*(?:is|was) (?:the|this) {_ARTICLE} able to (?:say|tell(?: us)?)\b"
    r"|^\W*(?:(?:could|can|would) you )?(?:please )?clarify\b"
    r"|^\W*(?:could|would) you be able to\b"
    # An old-fashioned courtesy: "..., if you don't mind me asking?", "..., would you know?"
    r"|,?\s*\bif you (?:don't|do not) mind (?:me |my )?asking\b|,\s*(?:would|do) you know(?=\W*$)"
    # "this Tongyi Qianwen they keep talking about": what it is
    r"|\b(?:that )?(?:they|people|everyone|everybody) (?:keep|keeps|are|is) (?:talking|going on)"
    r" about\b"
    # A title before a name: "their Mr Cook"
    r"|\b(?:mr|mrs|ms|mister)\.?(?= [A-Z])",
    re.IGNORECASE,
)

# Why a name is in the story, or its part in it: what the article says of it ("Why do Huawei and
# vivo get a mention?", "Tencent and ByteDance - why are they in this article?", "What's
# DeepSeek's part in all this?").
_WHY_MENTIONED = re.compile(
    r"^\W*why (?:do|does|is|are|did|was|were) (?P<a>.+?) (?:even )?(?:get(?:s|ting)? (?:a )?"
    r"mention(?:ed)?|mentioned|named|brought up)"
    rf"(?: (?:in|by) (?:the|this) {_ARTICLE})?\W*$"
    rf"|^\W*why (?:do|does|is|are|did|was|were) (?P<d>.+?) (?:even )?(?:in|part of) (?:the|this) {_ARTICLE}\W*$"
    r"|^\W*(?P<b>[^-—–:?]+?)\s*[-—–:]+\s*why (?:are|is|were|was) (?:they|it|he|she) (?:even )?"
    rf"(?:in|mentioned in|part of|named in) (?:the|this) {_ARTICLE}\W*$"
    r"|^\W*what(?:'s| is| was) (?P<c>.+?)(?:'s|’s) (?:part|role|place) in (?:all )?(?:this|it|the"
    rf" story|the {_ARTICLE})\W*$"
    # "Is ByteDance mentioned?", "bytedance mentioned at all?": whether, and so what, it says.
    r"|^\W*(?:is|are|was|were) (?P<e>.+?) (?:even |ever |actually )?(?:mentioned|discussed"
    rf"|covered|brought up|referenced)(?: at all| anywhere)?(?: (?:in|by) (?:the|this) {_ARTICLE})?"
    r"\W*$"
    r"|^\W*(?P<f>[^?]+?) (?:even |ever )?(?:mentioned|discussed|covered|brought up|referenced)"
    rf" (?:at all|anywhere)(?: (?:in|by) (?:the|this) {_ARTICLE})?\W*$",
    re.IGNORECASE,
)


_QUOTE_WORDS = ("quot", "cite", "line", "sentence", "passage", "words", "part", "bit")
_MENTION_WORDS = (
    "why",
    "part",
    "role",
    "place",
    "mention",
    "discuss",
    "cover",
    "brought",
    "referenc",
)


def _said_of(match: re.Match[str]) -> str:
    named = next(filter(None, match.group("a", "b", "c", "d", "e", "f")))
    return f"what does the article say about {named}?"


# "How do people know Apple picked Alibaba?": who says so, the source.
_HOW_KNOWN = re.compile(
    r"^\W*how (?:do|does|did|can|could) (?:we|people|you|they|i|anyone|the (?:press|media)"
    rf"|the {_ARTICLE}) (?:even )?know(?: (?:that|about|for sure|for certain))?\s+(?=\w)",
    re.IGNORECASE,
)

# Words without which neither hedges nor claim frames can be in a question.
_HEDGE_WORDS = (
    *("extent", "sofar as", "so far as", "at all", "with any", "able to", "clarify"),
    *("mind me", "mind my", "mind asking", "you know", "talking about", "going on about"),
    *("mr ", "mrs ", "ms ", "mr. ", "mister "),
)
_CLAIM_WORDS = (
    *("evidence", "proof", "argument", "case", " to say", " to state", " to conclude"),
    *(" to claim", "not true", " that", "can i ", "can we ", "could i ", "could we ", "may i "),
)

# A figure looked up backwards: "What does the 97% figure refer to?", "what does 80,000 stand
# for?" ask what it is about.
_FIGURE_MEANS = re.compile(
    r"^\W*what (?:does|do|did) (?:the |that |this )?(?P<figure>\S*\d\S*(?: percent| per cent)?)"
    r"(?: figure| number| stat| statistic)? (?:refer to|stand for|represent|relate to|signify"
    r"|measure|count|mean)\W*$",
    re.IGNORECASE,
)

# "What's the article's explanation for why ...", "the stated rationale for": why.
_EXPLANATION_FOR = re.compile(
    rf"\bwhat(?:'s| is| was| does)? (?:the )?(?:{_ARTICLE}'s |given |stated |official )?"
    r"(?:explanation|reasoning|rationale|justification) (?:for|of|behind)(?: why)?\b",
    re.IGNORECASE,
)

# "Does the article say Apple paid DeepSeek?": a yes/no question about what it says, still one.
_DOES_IT_SAY = re.compile(
    rf"^\W*(?:does|did|do) (?:the|this) {_ARTICLE} (?:say|mention|state|claim|report|tell us)"
    r"(?: that| whether| if)? (?=\w)",
    re.IGNORECASE,
)

# A scholar's passive of how the article puts something: "How is Apple's relationship to Samsung
# characterised in the text?", "What shortcomings were identified in ...?", "What attribute is
# credited with attracting ...?" ask what it says.
_PUT_BY_THE_ARTICLE = re.compile(
    r"\b((?:is|are|was|were) (?:[\w'.-]+ ){0,6}?)(?:characteri[sz]ed|portrayed|depicted"
    r"|identified|credited with)"
    rf"(?: (?:in|by) (?:the|this) {_ARTICLE})?\b",
    re.IGNORECASE,
)

_PUT_BY_WORDS = ("characteri", "portrayed", "depicted", "identified", "credited with")

_ABOUT_THE_ARTICLE = re.compile(
    rf"\b(?:according to|in|from|per) (?:the|this) {_ARTICLE}\b"
    # "how does the piece characterise X": what it says of X
    rf"|\b(?<=how )(?:does|did) (?:the|this) {_ARTICLE} (?:characteri[sz]e|describe|portray"
    r"|depict|frame|present)\b"
    rf"|\b(?:does|did|do) (?:the|this) {_ARTICLE} "
    r"(?:say|mention|state|claim|note|tell us|tell|attribute|ascribe|assign)\b"
    rf"|\b(?:the|this) {_ARTICLE} (?:says|said|mentions|states|claims|notes)\b"
    # "does the piece name the publication ...": which publication
    rf"|\b(?:does|did|do) (?:the|this) {_ARTICLE}(?= (?:name|cite|quote|credit)\b)",
    re.IGNORECASE,
)


# The number words below a hundred, with "one" (left a word elsewhere: "one of the companies"),
# for numbers a voice assistant spells out.
_SPOKEN = {
    word: int(value) for word, value in {**_NUMBER_WORDS, "one": "1"}.items() if int(value) < 100
}
_UNITS = [word for word, value in _SPOKEN.items() if value < 10]
_TENS = [word for word, value in _SPOKEN.items() if value >= 20]
_SPOKEN_WHOLE = "|".join(_SPOKEN)
_SPOKEN_COMPOUND = re.compile(
    r"\b(" + "|".join(_TENS) + r")[ -](" + "|".join(k for k in _UNITS if k != "zero") + r")\b",
    re.IGNORECASE,
)
_SPOKEN_DECIMAL = re.compile(
    rf"\b(\d+|{_SPOKEN_WHOLE})\s+point\s+(\d|{'|'.join(_UNITS)})\b", re.IGNORECASE
)
_SPOKEN_SCALED = re.compile(
    rf"\b(\d+|{_SPOKEN_WHOLE}) hundred(?: (thousand|million))?\b|\b(\d+|{_SPOKEN_WHOLE})"
    r" (thousand|million)\b",
    re.IGNORECASE,
)


# "a hundred mil downloads": one hundred, to be scaled as "100 mil" is.
_A_HUNDRED = re.compile(r"\ba (hundred|thousand|million)\b", re.IGNORECASE)
_SPOKEN_PERCENT = re.compile(rf"\b({_SPOKEN_WHOLE}) (per ?cent)\b", re.IGNORECASE)


# A year read out: "twenty twenty three" (compounded to "twenty 23" first), "two thousand and
# twenty three" ("2000 and 23" by then; not "twenty twenty" alone, nor "nineteen ninety", which
# may be figures).
_SPOKEN_YEAR = re.compile(
    r"\b(nineteen|twenty) ([1-9]\d)\b|\b2000 (?:and )?(\d{1,2})\b", re.IGNORECASE
)


def _spoken_year(match: re.Match[str]) -> str:
    if match.group(3):
        return str(2000 + int(match.group(3)))
    century = 19 if match.group(1).lower() == "nineteen" else 20
    return f"{century}{match.group(2)}"


def _spoken_value(word: str) -> int:
    value = _SPOKEN.get(word.lower())
    return int(word) if value is None else value


def _spoken_scaled(match: re.Match[str]) -> str:
    if match.group(1):
        value = _spoken_value(match.group(1)) * 100
        return str(value * _SCALE.get((match.group(2) or "").lower(), 1))
    return str(_spoken_value(match.group(3)) * _SCALE[match.group(4).lower()])


def spoken_numbers(text: str) -> str:
    """Numbers as a voice assistant writes them, in digits: "twenty five" -> "25", "eighteen
    point five" -> "18.5" ("iOS eighteen point five", "Qwen two point five")."""
    if "ty" in text:
        text = _SPOKEN_COMPOUND.sub(
            lambda m: str(_spoken_value(m.group(1)) + _spoken_value(m.group(2))), text
        )
    if "hundred" in text or "thousand" in text or "million" in text:
        text = _SPOKEN_SCALED.sub(_spoken_scaled, _A_HUNDRED.sub(r"1 \1", text))
    if "twenty" in text or "nineteen" in text or "2000 " in text:
        # After the compounds above: "twenty twenty three" is "twenty 23" by now.
        text = _SPOKEN_YEAR.sub(_spoken_year, text)
    if "point" in text:
        text = _SPOKEN_DECIMAL.sub(
            lambda m: f"{_spoken_value(m.group(1))}.{_spoken_value(m.group(2))}", text
        )
    if "per" in text:
        # "eight percent" is a figure, as "8%" is: a fact's figures are compared as written.
        text = _SPOKEN_PERCENT.sub(lambda m: f"{_spoken_value(m.group(1))} {m.group(2)}", text)
    text = _SPOKEN_DAY.sub(_spoken_day, text)
    if "month" in text:
        text = _MONTH_BY_PLACE.sub(
            lambda m: MONTH_NAMES[ORDINAL_WORDS.index(m.group(1).lower())], text
        )
    if "on the " in text:
        text = _DAY_ALONE.sub(lambda m: f"on the {_DAY_ORDINALS[m.group(1).lower()]}", text)
    return text


# The months in order; "the fifth month of 2025" is one by its place in the year.
MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_BY_PLACE = re.compile(r"\bthe (" + "|".join(ORDINAL_WORDS) + r") month\b", re.IGNORECASE)

# "the eleventh of February", "February twelfth": a day of a month, spelled out.
_ONES = ORDINAL_WORDS[:9]  # "first" to "ninth"
_DAY_ORDINALS = {
    word: day
    for day, word in enumerate(
        (*ORDINAL_WORDS, *"thirteenth fourteenth fifteenth sixteenth seventeenth".split(),
         *"eighteenth nineteenth twentieth".split(),
         *(f"twenty-{word}" for word in _ONES), "thirtieth", "thirty-first"),
        1,
    )
}  # fmt: skip
_MONTH_WORDS = "|".join((*dict.fromkeys(_MONTHS.values()), "may", *_MONTHS))
_DAY_ORDINAL = "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)).replace("-", "[- ]")
_SPOKEN_DAY = re.compile(
    rf"\b(?:the )?(?P<before>{_DAY_ORDINAL}) of (?P<month>{_MONTH_WORDS})\b"
    rf"|\b(?P<month_first>{_MONTH_WORDS})\.? (?:the )?(?P<after>{_DAY_ORDINAL})\b",
    re.IGNORECASE,
)


# "jumped on the eleventh": a day of the month the story is in, with no month (not "on the
# first" to "on the third", as likely an order, nor an ordinal before a noun: "the fifth model").
_DAY_ALONE = re.compile(
    r"\bon the ("
    + "|".join(
        word for word in sorted(_DAY_ORDINALS, key=len, reverse=True) if _DAY_ORDINALS[word] > 3
    )
    + r")\b(?!\s+[a-z])",
    re.IGNORECASE,
)


def _spoken_day(match: re.Match[str]) -> str:
    ordinal = (match.group("before") or match.group("after")).lower().replace(" ", "-")
    month = match.group("month") or match.group("month_first")
    return f"{month} {_DAY_ORDINALS[ordinal]}"


# Punctuation spoken to a screen reader or a dictation app ("... comma how much question mark");
# "period" only at the end, where it cannot be a span of time.
_SPOKEN_QUESTION = re.compile(r"\s*\bquestion mark\b", re.IGNORECASE)
_SPOKEN_COMMA = re.compile(r"\s*\bcomma\b(?!-)", re.IGNORECASE)
_SPOKEN_PERIOD = re.compile(r"\s*\b(?:full stop|period)\b(?=\s*$)|\s*\bfull stop\b", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\b(sentence|line|words|please|thanks|you)\s+period\s*$", re.IGNORECASE)
# Courtesies around a question ask nothing: "May I respectfully ask why ...", "Could you please
# let me know ...", "... ? Thank you in advance."
_POLITE_LEAD = re.compile(
    r"^\W*(?:(?:may|might|can|could) i (?:please |kindly |respectfully |humbly )?(?:ask|inquire"
    r"|enquire)(?: you)?|(?:(?:can|could|would|will) you )?(?:please |kindly )?let me know"
    # an office's "Please advise which ...", "Kindly advise whether ..."
    r"|(?:please |kindly |pls )advise(?: (?:me|us))?(?: on)?(?=[\s,:]+(?:who|whom|whose|what|which"
    r"|when|where|why|how|whether|if)\b))"
    r"[\s,:]+(?=\w)",
    re.IGNORECASE,
)
_TRAILING_THANKS = re.compile(
    r"(?<=[?.!])\s*(?:(?:thank you|thanks|many thanks|thx|ty)(?: (?:very|so) much| a lot"
    r"| in advance| kindly)?|(?:i would|i'd) be (?:most |very |so )?grateful|much appreciated"
    # ...nor how long the answer should be: "... the nod? Keep it short."
    r"|keep it (?:short|brief)|(?:be|make it) (?:brief|quick)|short answer(?: please| pls)?"
    # ...nor a request for the quote, which every answer gives: "... anywhere? Quote it."
    r"|(?:please |pls )?(?:quote|cite) (?:it|that|them|the (?:line|sentence|text|passage))"
    r"(?: (?:please|pls|for me))?|(?:source|sauce)\?)"
    r"[\s.!]*$",
    re.IGNORECASE,
)
# A question written as a letter: "Dear bot, which company ...? Kind regards, Margaret". The
# salutation and the closing, with the name signed under it, ask nothing (the name is no name
# the article holds, and would count against every fact).
_SALUTATION = re.compile(
    r"^\W*(?:dear|hello|hi|good (?:morning|afternoon|evening)) (?:(?:bot|sir(?: or madam)?|madam"
    r"|all|friend|assistant|chatbot|team)\s*[,:!.\s-]|[A-Z][a-z]+\s*[,:!])\s*(?=\w)",
    re.IGNORECASE,
)
_VALEDICTION = re.compile(
    r"(?<=[?.!])\s*(?:kind|kindest|best|warm|warmest|warmly|fond|fondly|many|much|with|yours"
    r"|love|regards|thanks|thank|cheers|sincerely|respectfully|gratefully|cordially|all the best"
    r"|take care|blessings)"
    # (the words after its first, mistyped or not: "Kind regrds", "Many thnaks")
    r"(?: (?-i:[a-z]+)){0,2}"
    # (the name signed under it: one or two words written with a capital)
    r"\s*[,.!-]?\s*(?:(?-i:[A-Z][a-z'’]+)(?: (?-i:[A-Z][a-z'’]+))?)?[\s.!]*$",
    re.IGNORECASE,
)
# Who is spoken to, not asked about: "oi mate, who ...", "... over there, mate?", "Bredda, which
# media house ...", "Yow bot, ..." (a word of address before a comma, or last).
_VOCATIVE = re.compile(
    r"^\W*(?:(?:oi|oy|g'?day|hey|yo|yow|howdy)\W*)?\b(?:mate|bro|bruh|bruv|bredda|bredren|fam"
    r"|dude|sis|bestie|buddy|pal|my guy|bot|guys|matey|me old china|guv(?:'?nor)?|partner|pardner"
    r"|hoss)\b\s*[,!]+\s*"
    r"|^\W*(?:oi|oy|g'?day)\W*\bmate\b\s*"
    r"|,\s*\b(?:mate|bro|bruh|bruv|bredda|fam|dude|sis|bestie|buddy|pal|my guy|matey"
    r"|me old china|guv(?:'?nor)?|partner|pardner|hoss"
    # (a cowboy's "partner" last after a comma is who is spoken to; so is a starship's crew)
    r"|number one|ensign|captain|captian|mr\.? data|computer"
    # (...and an agent, spoken to by another)
    r"|agent|double-?o-?\w+)\b(?=\W*$)"
    # (and the words of address no one uses otherwise, first or last without a comma: "bruv
    # what ...", "... bruv")
    r"|\s+\b(?:bruv|bruh|bredda|bredren)\b(?=\W*$)|^\W*(?:bruv|bruh|bredda|bredren)\s+(?=\w)",
    re.IGNORECASE,
)
# A radio's procedure words, an officer's brevity codes, a kitchen's calls and a commentator's
# cries, said around a question and asking nothing: "Breaker one-nine, who ...?, come back",
# "10-4, what ...?", "... in China? Over.", "BLUF: which ...?", "Yes chef, who ...?", "..., the
# crowd goes wild?!". Only a whole clause is one: "Will Baidu come back?" and "Is it over?" ask
# what they say.
# A pirate's "arr" (or "aaarrrgh") and "ahoy", first or as a clause of its own.
_PIRATE_CRY = r"a+r{2,}g*h*|ahoy"
_ASIDE_CLAUSE = re.compile(
    r"(?:^\W*|[,;:]\s*|(?<=[.!?,;:])\s*|(?<=[,;:]\s))(?:breaker(?:[\s,-]+(?:breaker|one[- ]nine|1-?9|19))*|10-4"
    r"|ten[- ]four|roger(?: that)?|copy(?: that)?|wilco|over(?: and out)?|come (?:on )?back"
    r"|how (?:do you )?copy|good buddy|bluf|sitrep|(?:yes|oui|heard),? chef|behind"
    # ...and a commentator's: "..., the crowd goes wild?!" (his cries go wherever they stand)
    r"|by god|good god|holy cow"
    r"|the crowd (?:goes|is going) wild|the crowd is (?:stunned|on its feet|going crazy)"
    # ...and a South African's "ja", "nee", "hey" said alone; a card player's "deal me in"
    r"|ja|nee|hey|(?:deal|count) me in"
    # ...and a pirate's "arr" and "ahoy"; a starship captain's log and orders
    rf"|{_PIRATE_CRY}(?: there)?|avast|captain'?s log(?:,? stardate [\w.]+)?|red alert"
    r"|make it so|engage|status report|report(?:,? mr\.? data)?|howdy(?: partner)?)"
    r"(?:\s*[,;:]+\s*|\s*(?=[.!?]|$))"
    # ("BLUF on why ...": the bottom line on it)
    r"|^\W*bluf on\s+",
    re.IGNORECASE,
)


def _aside_dropped(aside: re.Match[str]) -> str:
    """Nothing for an aside, or a comma for one between two parts ("Apple, hey, who?")."""
    said = aside.group()
    between = (
        said[0] in ",;:"
        and said.rstrip()[-1:] in (",", ";", ":")
        and aside.end() < len(aside.string)
    )
    return ", " if between else ""


# A particle that ends a sentence and says how it is asked, not what: Thai politeness ("... when
# krub?", "why not continue ka?"), Malaysian and Singaporean "ah", "meh" (only last, or before a
# comma: "ka" inside a sentence is Hindi's "'s", "na" a word of several languages; "lah", "leh"
# and "lor" go wherever they stand, with the chat spellings).
_LAST_PARTICLE = re.compile(
    r"(?<=\w)\s+(?:krub|khrub|krab|khrap|kha|ka|na|ah|meh|hor)\b(?=\s*(?:[?.!,]|$))",
    re.IGNORECASE,
)
# "in past 1 year": the past year, as a learner of English writes it.
_ONE_YEAR = re.compile(r"\b(past|last|previous|recent) 1 year\b", re.IGNORECASE)
# "in the u s", as dictation writes the letters: the country.
_SPOKEN_US = re.compile(r"\bu s(?: a)?\b", re.IGNORECASE)
# "ok and when does it launch", "so, why ...": words that lead into a question and ask nothing.
_LEADING_FILLER = re.compile(
    # (Hebrew's and Yiddish's "nu", "yalla": well, go on)
    r"^\W*(?:(?:(?:hey|hi|hello) (?:there|bot)|ok|okay|so|and|but|well|hmm+|um+|uh+|er+m*|right|nu|yalla"
    rf"|{_PIRATE_CRY}"
    r"|alright|hey|hi|hello|yo|also|btw|by the way|one more thing|another (?:question|one|thing)"
    r"|quick question|ps)\b[\s,.!:]*"
    # The asker's thanks for the last answer, before the next question: "interesting! did ...",
    # "great, and does ...?" (only with a stop after it, "great" may start a question; and only
    # before a question, "thanks, that helps" is thanks)
    r"|(?:thanks?(?: you)?|thx|ty|cool|nice|interesting|great|awesome|perfect|got it|i see|wow|oh"
    r"|ah|sure|cheers|noted|makes sense|fair enough|understood|good to know|lovely|brilliant"
    r"|excellent)(?: (?:so|then|thanks?))?\s*[,.!;:]+\s*"
    r"(?=[^?]*\?|(?:(?:and|also|so|but|btw)\W+)*(?:who|whom|whose|what|which|when|where|why|how"
    r"|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|tell|list|name)\b))+"
    r"(?=\w)",
    re.IGNORECASE,
)
# Who the asker passes a question on from: "my daughter asks ...".
_SOMEONE_ASKS = (
    r"(?:my|our) (?:little |teenage |young |youngest |eldest )?(?:daughter|son|kids?|child|children"
    r"|teen|teenager|boy|girl|niece|nephew|grandson|granddaughter|grandkids?|wife|husband|partner"
    r"|mum|mom|dad|father|mother|friend|boss|colleague|students?)(?: (?:just|also|now))?"
    r" (?:asks|asked|is asking|was asking|wants to know|wanted to know|wonders|is wondering"
    r"|was wondering)"
)
# A fact-checker's "Can you confirm when ...", "Is it right that DeepSeek denied ...": the question
# inside; a past deed asked about reads as "did" ("did deepseek denied ...").
_CONFIRM_DEED = re.compile(
    r"^\W*(?:is it (?:right|true|correct|accurate|the case)|(?:can|could) you confirm|confirm"
    rf"|{_MAY_I_SAY}|{_SOMEONE_ASKS} (?:if|whether))(?: that)?"
    r" (?=(?:[\w.'’-]+ ){1,4}?[a-z]{3,}ed\b)",
    re.IGNORECASE,
)
_CONFIRM = re.compile(
    r"^\W*(?:can|could|would) you (?:please )?(?:confirm|check|verify|tell me|tell us"
    # "could you tell an old woman from Galway how much ..."
    r"|tell (?:an?|this) (?:[\w']+ ){0,2}?(?:man|woman|lady|gentleman|fellow|pensioner|granny"
    r"|grandmother|grandfather|reader)(?: (?:from|in) [\w']+)?)(?: that)? (?=(?:when|what|who|which|why"
    r"|where|how|whether|if)\b)",
    re.IGNORECASE,
)
# "I should like to know what Samsung announced ...", "tell me who ...", "my daughter asks
# when ...": the question inside, whose doer and deed read as they would asked straight.
_WANT_TO_KNOW = re.compile(
    r"^\W*(?:i(?:'d| would| should) (?:like|love) to (?:know|understand|learn|find out|hear)"
    r"|i (?:want|need|wanna) to (?:know|understand|learn|find out)"
    r"|i (?:am |was |'m )?wondering|i wonder|(?:please )?tell me|do you know|does anyone know"
    rf"|{_SOMEONE_ASKS}"
    # ...and whoever else a question is passed on from: "Caller from Ohio wants to know: ...",
    # "We've got Marge on the line asking why ..." (not a question that starts by asking)
    r"|(?!(?:when|what|who|whom|which|why|where|how|do|does|did|is|are|was|were)\b)"
    r"(?:(?:[\w'’.-]+ ){1,7}?(?:asks|asked|(?:is|are|line|phone) asking|wants to know"
    r"|wanted to know|wonders|is wondering)|(?:[\w'’.-]+ ){0,6}?[\w.-]+['’]s asking))"
    r"(?: please)?[,:]? (?=(?:when|what|who|which|why|where|how)\b)",
    re.IGNORECASE,
)
# ...and a pronoun there points back to a name in the relay
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
_NAME_IN_RELAY = re.compile(r"\b[A-Z][\w.'’-]*")
# ...whose past deed, "what Samsung announced", reads as "what did Samsung announced"
_EMBEDDED_DEED = re.compile(r"^(what|which [\w-]+) ((?:[\w.'’-]+ ){1,3}?)(?=[a-z]{3,}ed\b)")


def _asked_straight(text: str) -> str:
    """The question inside "I should like to know what Samsung announced ...", asked straight."""
    relay = _WANT_TO_KNOW.search(text)
    if relay is None:
        return text
    inside = _EMBEDDED_DEED.sub(r"\1 did \2", text[relay.end() :])
    if _POINTS_BACK.search(inside):
        # "Caller who owns Alibaba stock asks how it did": what "it" is, the relay names.
        # (capitalised words after the first, which any sentence capitalises)
        after_first = relay.group().split(maxsplit=1)[1:]
        names = [word for word in _NAME_IN_RELAY.findall(" ".join(after_first)) if word != "I"]
        if names:
            inside = f"{inside.rstrip(' ?')} ({' '.join(names)})?"
    return inside


# "What two products ...", "name the four companies": how many things are asked, not a figure
# the answer must hold.
_LIST_SIZE = re.compile(
    r"\b(what|which|name|list|the|these|those|both) (?:two|three|four|five|six|2|3|4|5|6) (?=[a-z])",
    re.IGNORECASE,
)
# "Which firm is Apple working with, was it DeepSeek?": a guess after the question, which the
# answer settles whatever it names; its name would only pull towards the guess.
_TRAILING_GUESS = re.compile(
    r"(?<=\w)\s*[,;-]\s*(?:or )?(?:was|is|wasn't|isn't) it (?:maybe |perhaps )?(?:[\w.'’-]+ ?){1,3}\W*$",
    re.IGNORECASE,
)
# A quiz's "Name the company that ..." asks which company.
# ("name three of the ...", after _LIST_SIZE: "name of the ...")
# "List every company Apple looked at", "enumerate the stats" ask which, as much as "name" does.
_NAME_THE = re.compile(
    r"^\W*(?:(?:can|could) (?:you|i|we) |please )?(?:name (?:(?:some|any|a few|several|all|every|each) )?"
    r"(?:of )?(?:the |all the )|(?:list|enumerate|itemi[sz]e) (?:(?:some|any|all|every|each) )?"
    r"(?:of )?(?:the |all the )?)(?=\w)",
    re.IGNORECASE,
)
# "..., list them all", "name them": the same asked again after the question.
_LIST_THEM = re.compile(
    r"[\s,.;:?!-]*(?:please )?(?:list|name|enumerate) (?:them|'?em|each|every one|all)(?: all)?"
    r"(?: please)?\W*$",
    re.IGNORECASE,
)
# ...and "Name Alibaba's AI model community." what it is called.
_NAME_OWNED = re.compile(r"^\W*(?:(?:can|could) you )?name (?=[\w.-]+(?:'s|’s) )", re.IGNORECASE)
# Who is asking and why, not what: "explain like im 12", "for my essay", "im doing a report".
_ASKERS_CONTEXT = re.compile(
    r"\b(?:explain(?: it| this)?(?: to me)? (?:like i'?m|like i am|as if i'?m) (?:\d+|five|a kid|a child)"
    r"|explain(?: it| this)? simply|in simple (?:terms|words)"
    r"|(?:it'?s |this is )?for (?:my |a )?(?:school|essay|homework|report|class|project|assignment)"
    r"|(?:i )?need (?:it|this|that) for (?:my |a |an |the |our )?(?:[\w-]+ ){0,2}?[\w-]+(?=\W*$|[.!?;])"
    r"|i'?m doing (?:a|my) (?:report|project|essay|presentation)"
    # who holds the shares: "my husband owns some", "i have a few"
    r"|(?:my (?:husband|wife|partner|dad|mom|mum|father|mother|son|daughter|friend|brother|sister"
    r"|grandson|granddaughter)|i) (?:owns?|has|have|holds?|bought) (?:some|a few|a little)"
    r"(?: shares| stock)?(?: of (?:it|them))?)\b",
    re.IGNORECASE,
)


# A clock time is a part of the day ("did Apple announce at 8pm?" of "later that evening"), and
# no figure ("move my 3pm": not 3%).
_CLOCK_TIME = re.compile(r"\b(\d{1,2})(?:[:.]\d{2})? ?(am|pm|a\.m\.|p\.m\.)(?=\W|$)", re.IGNORECASE)


def _part_of_day(match: re.Match[str]) -> str:
    hour = int(match.group(1)) % 12 + (12 if match.group(2).lower().startswith("p") else 0)
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    return "evening" if 17 <= hour < 21 else "night"


# A ticker's move is its stock's: "BIDU move on losing aapl", "BABA us move feb 12".
_TICKER_MOVE = re.compile(
    r"\b([A-Z]{2,5}|\d{4})((?: (?:US|us|HK|hk))?) (moves?|moved|moving|trade[sd]?|trading)\b"
    # "did AAPL pump in hong kong": a ticker that pumps or dumps is its stock
    r"|\b(?!(?:AI|US|UK|HK|EU|CEO|API|LLM|CAC|OS)\b)([A-Z]{2,5})((?: (?:US|us|HK|hk))?)"
    r" (pump(?:s|ed|ing)?|dump(?:s|ed|ing)?|moon(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|tank(?:s|ed|ing)?)\b"
)


def _ticker_stock(match: re.Match[str]) -> str:
    ticker, listing, move = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    return f"{ticker}{listing} stock {move}"


# "the actions of alibaba" (acciones, ações, azioni): its shares, in a question about a market.
_ACTIONS_OF = re.compile(r"\bactions? (?=of\b)", re.IGNORECASE)
# "the day 11" (el día 11, il giorno 11): the 11th.
_THE_DAY_NUMBER = re.compile(r"\bthe day (\d{1,2})\b(?![.,]?\d)", re.IGNORECASE)
# "how much did baba jump in ny", "the gains in New York": the US listing, when the question is
# about a market ("what time is it in new york" is not).
_LISTING_CITY = re.compile(r"\b(?:in|on) (?:new york|nyc|ny)\b", re.IGNORECASE)
_MARKET_WORDS = re.compile(
    r"\b(?:stocks?|shares?|gains?|jump(?:ed)?|r[io]se|rall(?:y|ied)|trad(?:ing|ed)|listed|closed?"
    r"|fell|fall|drop(?:ped)?|up|down|surged?|climb(?:ed)?)\b",
    re.IGNORECASE,
)


# A question asking for the whole story or a part of it in short: "what is this article about",
# "give me the gist of the Baidu part", "sum up the article in one sentence".
_SUMMARY = re.compile(
    r"\b(?:(?:give me|tell me|what(?:'s| is| was)|whats) )?(?:the |a |an |your )?(?:quick |short |brief )?"
    r"(?:one[- ]sentence |one[- ]line )?"
    r"(?:gist|summary|tl;?dr|overview|rundown|lowdown|short version|main (?:points?|ideas?|takeaways?"
    r"|news|story|message|argument)|key (?:points?|takeaways?)|central (?:claim|point|argument)"
    r"|bottom line)\b(?: of)?"
    # "the one-sentence thesis of this article" (not someone's: "whose thesis states ...")
    r"|(?:\bone[- ]sentence )?(?<!whose )(?<!his )(?<!her )(?<!their )(?<!'s )\bthesis\b"
    r"|\bsumm?ari[sz]e\b|\bsum (?:it |this |that )?up\b|\b(?:in a )?nutshell\b"
    # "one-liner on the Baidu saga", "bullet-point the stats", "what's the headline news here"
    r"|\b(?:a )?one[- ]?liner(?: (?:on|about|of))?|\bbullet[- ]?point(?:s|ed)?(?: (?:on|about|of))?"
    r"|\bwhat(?:'s| is) the headline(?: news)?(?: here)?\b"
    r"|\bin (?:one|a|1|a single) (?:sentence|line)\b"
    rf"|\bwhat(?:'s| is| was)? (?:this|the) (?:{_ARTICLE}|news|report|post) "
    r"(?:(?:mainly|mostly|all|really|basically|actually) )?about\b"
    r"|\bwhat(?:'s| is) (?:it|this) (?:all )?about\b",
    re.IGNORECASE,
)
# ...and the words that then name only where in the article: "this story", "the Baidu part".
_SUMMARY_PLACE = re.compile(
    rf"\b(?:(?:the|this|that) )?(?:{_ARTICLE}|news|post)\b"
    r"|\b(?:part|bit|section|portion|saga|episode|drama|stuff)\b",
    re.IGNORECASE,
)


def summary_asked(text: str) -> bool:
    """Whether a question asks for the gist (of the article, or of a part of it)."""
    return bool(_SUMMARY.search(text))


# False friends of French and Spanish speakers: a company's "action" (action, acción) is its
# share, when the question is about a price or a move ("the Apple action also went up?", "the
# concept actions of Alibaba"); "what pretends Apple" (pretende) asks what it aims at.
_ACTION_OF_COMPANY = re.compile(
    r"\b(?P<owner>(?-i:[A-Z][\w-]+)(?:'s)? |concept )action(?P<after>s?)\b"
    r"|\baction(?P<before>s?)(?= (?:of|de) (?-i:[A-Z]))"
)
_MARKET_MOVE = re.compile(
    r"\b(?:rise|rose|risen|rising|up|down|fell|fall|fallen|gain\w*|price\w*|climb\w*|jump\w*"
    r"|surg\w*|happen\w*|close|closed|percent|drop\w*|move\w*|value)\b|%",
    re.IGNORECASE,
)
_PRETENDS = re.compile(r"(?i:\bwhat\b)[^?]*?\b(pretend(?:s|ed)?)\b")


def _false_friends(text: str) -> str:
    if "ction" in text and _MARKET_MOVE.search(text):
        text = _ACTION_OF_COMPANY.sub(
            lambda m: (
                (m.group("owner") or "")
                + ("shares" if m.group("after") or m.group("before") else "stock")
            ),
            text,
        )
    if "retend" in text:
        text = _PRETENDS.sub(lambda m: m.group().replace(m.group(1), "aims"), text)
    return text


# Who passed on a claim, before it: "I read that ...", "A friend wrote that ...", "Our draft says
# ...". The claim is what is put up; whose it is, no word of it.
_HEARSAY = re.compile(
    r"(?:^|(?<=[.!?:]\s))\W*(?:"
    r"i(?:'ve| have)? (?:read|heard|seen|saw|was told)|i(?:'m| am|'ve been| have been) told"
    r"|(?:my|a|our|the|one) (?:\w+ )?(?:friend|colleague|boss|editor|teacher|brother|sister|mum"
    r"|mom|dad|nephew|niece|cousin|coworker|co-worker|draft|notes|story|copy|source|reporter"
    r"|desk|writer|neighbou?r|grandson|granddaughter|grandchild|son|daughter|husband|wife"
    r"|grandkid)s?(?: (?:in|from) [\w']+)? (?:wrote|writes|says|said|told me|tells me|claims"
    r"|claimed|reckons|thinks|keeps saying"
    r"|has it|mentions|mentioned|reads|states|stated)"
    r"|(?:someone|somebody|we|they|people)(?: (?:on|at|in) [\w.]+)?(?: are| were)?"
    r" (?:said|says|saying|told me|wrote|posted|claims|claimed|reported|say)"
    # a medium, a platform or a stranger: "Yahoo Finance said", "On Weibo people say", "An analyst
    # on TV said", "A headline on my feed said", "My friend who works in tech said"
    r"|(?:(?:on|in|at) [\w.]+(?: [\w.]+)?,? )?(?:(?:a|an|the|my|our|some|one|this) )?"
    r"(?:[\w.'-]+ ){0,3}?(?:youtuber|blogger|analyst|influencer|podcast|podcaster|newsletter"
    r"|headline|piece|post|thread|tweet|video|channel|bloomberg|reuters|cnbc|caixin|wsj"
    r"|finance|weibo|reddit|redditor|linkedin|twitter|tiktok|news|telegram|youtube|guy|dude"
    r"|people|friend|colleague|coworker|tv|radio|forum|chat|meetup|commentator|expert|pundit)"
    r"(?: (?:on|at|in|from|who works in) [\w.'-]+(?: [\w.'-]+)?)?"
    r"(?: once| just| recently| apparently| also)?"
    r" (?:said|says|say|reported|reports|claims|claimed|wrote|writes|posted|mentioned|bragged"
    r"|hinted|tweeted|suggested|noted|insists|insisted)"
    # "Heard from a guy at the Apple Store that", "Saw on Hacker News that": the asker unsaid
    r"|(?:heard|read|saw|seen)(?: it)? (?:on|from|in|at) [\w.' -]{2,40}?(?= that )"
    r")(?: (?:online|somewhere|earlier|today))?(?: that)?\s+(?=\w)"
    r"(?!(?:what|who|whom|whose|which|when|where|why|how)\b)",
    re.IGNORECASE,
)


# Social-media tags. Those after the question ("coincidence? #rivalry $AAPL", "who was it
# @SamsungMobile") file it in a feed and ask nothing; one inside it is the word or name it tags,
# written out ("@Apple don't let us down", "#AppleIntelligence" -> "Apple Intelligence"). Only a
# letter after the sign: "$5", "#1" are an amount and a rank.
_TRAILING_TAGS = re.compile(r"(?<=\S)(?:\s+[#@$][A-Za-z][\w.]*)+[\s.!?]*$")
_SOCIAL_TAG = re.compile(r"(?<![\w&])[#@$]([A-Za-z]\w*)")
# Words run together in a tag: "SamsungMobile", "iOS18" (not "S25" or "iOS", names as they are).
_RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Za-z]{3})(?=\d)")


# Verb phrases around their object, each as the plain verb a fact would use, in its tense.
# "gave DeepSeek the flick", "give them the boot": dropped them.
_GIVE_THE_BOOT = re.compile(
    r"\b(give|gives|gave|given|giving) ((?:[\w.'’-]+ ){1,3}?)the (?:flick|boot|elbow|chop|heave-ho"
    r"|cold shoulder|old heave-ho)\b",
    re.IGNORECASE,
)
# "why did apple like alibaba the best?": why it chose it.
_LIKED_BEST = re.compile(
    # (not the asker's or the bot's own liking: "which one do you like most")
    r"(?<!\byou )(?<!\bi )(?<!\bwe )(?<!\bu )"
    r"\b(like|likes|liked|prefer|prefers|preferred) ((?:[\w.'’-]+ ){0,2}?)(?:the )?(?:best|most)\b",
    re.IGNORECASE,
)
# Each with the plain verb for each form of its own, and for any other form.
_PLAIN_VERBS = (
    (
        _GIVE_THE_BOOT,
        {"give": "drop", "gives": "drops", "gave": "dropped", "given": "dropped"},
        "dropping",
    ),
    (
        _LIKED_BEST,
        {"like": "choose", "prefer": "choose", "likes": "chooses", "prefers": "chooses"},
        "chose",
    ),
)


def _plain_verb(forms: Mapping[str, str], other: str, match: re.Match[str]) -> str:
    return f"{forms.get(match.group(1).lower(), other)} {match.group(2).rstrip()}"


def untagged(text: str) -> str:
    """A message without the tags that follow it, and its other tags written as words."""
    trailing = _TRAILING_TAGS.search(text)
    if trailing is not None:
        tags = trailing.group().split()
        # After the question (its mark), several, or who it is addressed to; one hashtag alone
        # may be what is asked about ("what is #iOS18").
        before = text[: trailing.start()]
        if "?" in before or before.endswith(("!", ".")) or len(tags) > 1 or tags[0][0] == "@":
            text = text[: trailing.start()]
    return _SOCIAL_TAG.sub(lambda match: _RUN_TOGETHER.sub(" ", match.group(1)), text)


# "Tongyi Qianwen versus Qwen 2.5-Max: which one launched in 2023?", "BABA vs AAPL who pumped
# harder": the two offered first, then the question; asked as "which ...: X or Y?".
_VERSUS_FIRST = re.compile(
    r"^\W*(?P<a>[^,:;?]{1,40}?)\s+(?:vs\.?|versus|v\.?)\s+(?P<b>[^,:;?]{1,40}?)\s*[,:;-]?\s+"
    r"(?P<q>(?:which|who|whose|what)\b[^?]*)\?*\s*$",
    re.IGNORECASE,
)


# A podcast host's or a teacher's lead-in before what is asked: "talk to me about how ...", "walk
# me through which ...", "set the scene: ...".
_LEAD_IN = re.compile(
    r"^\W*(?:(?:can|could) you (?:please )?|please )?(?:(?:talk|speak) (?:to|with) (?:me|us) about"
    r"|(?:walk|take|run) (?:me|us) through|set the scene(?: for (?:me|us))?\s*[:,-]?)\s+(?=\w)",
    re.IGNORECASE,
)
# A quiz master's or a hurried asker's label before the question: "Quiz: ...", "Trivia: ...",
# "one line: ...", "quick: ...", "eli5 why ..." (a label with no stop after it only before a
# question word: "eli5 the samsung part" asks for a summary of the part).
_QUIZ_LABEL = re.compile(
    r"^\W*(?:(?:(?:quick |bonus |pop )?(?:quiz|trivia)(?: (?:time|round|question))?|(?:bonus )?question"
    r"(?: \d+)?|q\d+|quick(?: one| q)?|(?:in )?one line|one[- ]liner|fill in(?: the blanks?)?"
    r"|multiple[- ]choice(?: question)?|q|keywords?|search(?: terms?)?"
    # a fact-checker's label: "Confirm: Apple's AI collaborator ... is Alibaba?"
    r"|(?:please )?(?:confirm|verify|check|fact[- ]check(?:ing)?)"
    # ...and any "... check": "Reality check:", "Community traction check:"
    r"|(?:[a-z-]+ ){1,2}check"
    # ...and an officer's: "SITREP request:", "Request timeline:"
    r"|sitrep request|request(?: [a-z-]+){1,2}?(?=\s*:)"
    # ...and an auctioneer's: "Lot number one, folks:", "lot 7:"
    r"|(?:next )?lot(?: (?:number|numbr|no\.?|#))? ?[\w-]+(?:,? (?:folks|everyone|ladies and"
    r" gentlemen))?(?=\s*:))\s*[:.)-]"
    r"|(?:eli5|tl;?dr|quick)\s*[:,-]?(?=\s+(?:who|whom|whose|what|which|when|where|why|how|is|are|was"
    r"|were|do|does|did|has|have|had|will|can)\b))\s*(?=\w)",
    re.IGNORECASE,
)
# A tester's or a ticket's tag before the question: "[TC-001] Which company ...", "[status] Have
# the features ...", "JIRA-12: ..." (a tag in double brackets is a search term: "[[enterprises]]").
_TAG_LABEL = re.compile(
    r"^\s*(?:\[(?!\[)[\w #.-]{1,24}\](?!\])|[a-z]{1,6}-\d{1,5}\s*[:.)])\s*(?=\w)", re.IGNORECASE
)
# ...and the form of answer wanted after it: "Did the stocks gain? (Y/N)", "... yes/no".
_ANSWER_FORM = re.compile(
    r"\s*[(\[]?\s*\b(?:y\s*/\s*n|yes\s*/\s*no|true\s*/\s*false|t\s*/\s*f"
    # (an officer's "Confirm/deny.")
    r"|confirm\s*(?:/|or)\s*deny)\b\s*[)\]]?\W*$",
    re.IGNORECASE,
)
# A quiz's choices after its question: "Who admitted it? A) Jack Ma B) Tim Cook". The question
# is asked alone: the choices name what the article may never mention, and the first citation
# says which is right. Only "which of these" asks of the choices themselves: they stay, as a
# list ("which of these benchmarks: MMLU, HumanEval or Arena-Hard?").
_CHOICES = re.compile(r"\s+\(?[Aa][).]\s+\S.*?\s\(?[Bb][).]\s+\S.*$", re.DOTALL)
_CHOICE_LABEL = re.compile(r"\s*\(?\b[A-Ha-h][).]\s+")
_OF_THE_CHOICES = re.compile(r"\bof (?:these|those|the following)\b", re.IGNORECASE)


def _choices_dropped(text: str) -> str:
    """A multiple-choice question without its choices, or with them as a list if it asks which."""
    choices = _CHOICES.search(text)
    if not choices or choices.start() == 0:
        return text
    stem = text[: choices.start()].rstrip(" :-?")
    if _OF_THE_CHOICES.search(stem):
        listed = [c.strip(" ,;.?") for c in _CHOICE_LABEL.split(choices.group()) if c.strip()]
        return f"{stem}: {', '.join(listed[:-1])} or {listed[-1]}?"
    return stem + "?"


# A blank to fill in: "Apple first chose Baidu in the year ___." asks "in what year?", "$___
# billion" how many dollars, any other blank "what".
_BLANK_MARK = r"(?:_{2,}|\[blank\]|\(blank\))"
_BLANK = re.compile(_BLANK_MARK, re.IGNORECASE)
_BLANK_YEAR = re.compile(rf"\b(?:the )?year {_BLANK_MARK}", re.IGNORECASE)
# ...a blank after a deed and "in" or "on" asks when: "ModelScope was launched in ___."
_BLANK_WHEN = re.compile(rf"(?<=ed) (?:in|on|since) {_BLANK_MARK}", re.IGNORECASE)
_BLANK_MONEY = re.compile(
    r"(?:\$|\b(?:us)?d|€|£)\s*_{2,}(?P<scale>\s*(?:billion|million|bn|m)\b)?", re.IGNORECASE
)


# ...a blank before what it counts asks how many: "has ____ monthly active users", "downloaded
# more than ____ times" (not "____ percent": a share, or "____ million": a figure's scale).
_BLANK_COUNT = re.compile(
    rf"(?:(?:more|fewer|less) than |over |under )?{_BLANK_MARK}"
    r"(?= (?:(?!(?:by|of|in|on|for|to|from|with|at|the|an?)\b)[a-z-]+ ){0,2}"
    r"(?!(?:percent|million|billion|thousand|years?)\b)[a-z]{3,}s\b)",
    re.IGNORECASE,
)


# ...and one after "because" asks why: "Tencent was not chosen because ____."
_BLANK_WHY = re.compile(rf"\b(?:because|due to)(?: of)? {_BLANK_MARK}", re.IGNORECASE)


def _blank_asked(text: str) -> str:
    """A sentence with a blank, asked as a question about what fills it."""
    asked = _BLANK_WHEN.sub(" when", _BLANK_YEAR.sub("what year", text, count=1), count=1)
    asked = _BLANK_MONEY.sub(lambda m: f"how many{m.group('scale') or ''} dollars", asked, count=1)
    asked = _BLANK_COUNT.sub("how many", asked, count=1)
    asked = _BLANK_WHY.sub("why", asked, count=1)
    asked = _BLANK.sub("what", asked, count=1)
    return asked.rstrip(" .!") + ("" if asked.rstrip().endswith("?") else "?")


# An indirect question, with no "did": "how deepseek responded to being dropped".
_INDIRECT_PAST = re.compile(
    r"^\W*(how|why|when|where) (?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could"
    r"|much|many|long|far|soon|often|come|comes)\b)(?=(?:[\w.'’-]+ ){1,4}?[a-z]{3,}ed\b)",
    re.IGNORECASE,
)
# A year cut to two digits: "in '23", "since '24" (not a quote: "the 'tongyi' app").
_SHORT_YEAR = re.compile(
    r"\b(in|since|from|of|by|until|till|before|after|early|late|mid|around|back in) ['‘’]([0-3]\d)\b",
    re.IGNORECASE,
)
# A decimal comma, as much of Europe writes one: "qwen 2,5 max", "7,7%" (not "15,000").
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d),(\d)(?![\d,])")


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _punctuated(text: str) -> str:
    """Punctuation a dictating user speaks, as marks: "has it been approved question mark"."""
    lower = text.lower()
    if "question mark" in lower or "comma" in lower or "full stop" in lower:
        text = _SPOKEN_COMMA.sub(",", _SPOKEN_QUESTION.sub("?", text))
        # (a "period" at the end is a mark only beside other spoken marks: "the testing period")
        text = _SPOKEN_PERIOD.sub(".", text)
    elif lower.endswith("period"):
        # ...or after what no span of time follows: "in one sentence period"
        text = _PERIOD_AFTER.sub(r"\1.", text)
    return text


# Whose view a question asks in: "In Apple's opinion, what was the weak point of ...?" asks
# what was (the facts say who holds each view).
_VIEWPOINT = re.compile(
    r"^\W*in (?:[\w.-]+(?:'s|’s|s'|’) |(?:my|your|their|his|her|its) )"
    r"(?:opinion|view|eyes|estimation|judge?ment|mind)\s*,?\s*"
    # ...or from which side: "From a market-risk standpoint, which ...?"
    r"|^\W*from (?:an?|the|my|our|your) (?:[\w'’-]+ ){0,3}?(?:standpoint|perspective|point of view"
    r"|viewpoint|angle)\s*[,:-]?\s*",
    re.IGNORECASE,
)
# What the asker wants the answer for, or how sure they are, before the question: "For my notes,
# did ...", "Quick one for my evaluation memo: ...", "Happy to be corrected, but was ...?".
_FRAMING = re.compile(
    r"^\W*(?:(?:quick (?:one|q|question) |just )?for (?:my|our|the) (?:[\w-]+ ){0,3}?(?:notes?"
    r"|memo|records?|report|files?|slides?|deck|summary|minutes|write-?up)\s*[,:-]"
    r"|(?:happy to be corrected|correct me if i(?:'m| am) wrong|i (?:may|might|could) be wrong)"
    r"\s*[,:-]?(?:\s*but\b)?)\s*(?=\w)",
    re.IGNORECASE,
)
# A dropped g: "payin'", "settlin", "testin" (lower case: a name is written as it is).
_DROPPED_G = re.compile(r"\b([a-z]{2,}in)(?:'|’)?(?![\w'’])")


@lru_cache(maxsize=4096)
def _with_g(word: str) -> str:
    if not is_english_word(f"{word}g"):
        return word
    if not is_english_word(word):
        return f"{word}g"
    # ("rollin", "sayin" are in the word lists too, from songs; far less often than with their
    # "g", while "robin", "cabin", "within" are words of their own; "thin" is too short to tell)
    dropped = len(word) >= 5 and zipf_frequency(f"{word}g", "en") >= zipf_frequency(word, "en") + 1
    return f"{word}g" if dropped else word


# A dropped h, written with an apostrophe: "'ow much", "'appened", "'Ong Kong" (not "'em",
# "'cause", "'til", "'n'", which drop other letters).
_DROPPED_H = re.compile(r"(?<![\w'’])['’]([a-zA-Z]{2,})\b(['’](?!\w))?")


@lru_cache(maxsize=4096)
def _with_h(word: str) -> str | None:
    said = f"h{word.lower()}"
    if said.endswith("in") and not is_english_word(said) and is_english_word(f"{said}g"):
        word, said = f"{word}g", f"{said}g"  # ("'opin'": hoping, both letters dropped)
    if not is_english_word(said) or (
        is_english_word(word.lower())
        and zipf_frequency(said, "en") < zipf_frequency(word.lower(), "en") + 1
    ):
        return None
    return ("H" if word[0].isupper() else "h") + word[0].lower() + word[1:]


def _h_restored(match: re.Match[str]) -> str:
    word, closing = match.group(1), match.group(2) or ""
    restored = _with_h(word)
    if restored is None:
        return match.group()
    # (the closing apostrophe of "'opin'" stood for the dropped g, now written)
    return restored if len(restored) > len(word) + 1 else restored + closing


def respell(text: str) -> str:
    """Chat spellings of question words made standard ("wen" -> "when", "y" -> "why"), idioms in
    plain words, spoken numbers in digits, and words about the article itself dropped."""
    if "'" in text or "’" in text:
        text = _DROPPED_H.sub(_h_restored, text)
    if "in" in text:
        text = _DROPPED_G.sub(lambda match: _with_g(match.group(1)), text)
    text = _TRAILING_THANKS.sub("", _VALEDICTION.sub("", _punctuated(text)))
    text = _POLITE_LEAD.sub("", _SALUTATION.sub("", text))
    text = _FRAMING.sub("", _VIEWPOINT.sub("", text))
    text = _ASIDE_CLAUSE.sub(_aside_dropped, _VOCATIVE.sub("", text))
    text = _HEARSAY.sub(
        "",
        _LEADING_FILLER.sub(
            # (the particles after the other languages' tables, which count them as their words)
            "",
            without_scene(unslipped(untagged(_LAST_PARTICLE.sub("", in_english(text))), _SLIPS)),
        ),
    )
    text = _false_friends(_TRAILING_GUESS.sub("?", text))
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _QUIZ_LABEL.sub("", _TAG_LABEL.sub("", text))
    if "/" in text or "deny" in text.lower():
        text = _ANSWER_FORM.sub("?", text)
    if ")" in text or "." in text:
        text = _choices_dropped(text)
    if ("_" in text or "blank" in text.lower()) and _BLANK.search(text):
        text = _blank_asked(text)
    text, led_in = _LEAD_IN.subn("", text)
    if led_in:
        text = _INDIRECT_PAST.sub(r"\1 did ", text)
    if "'" in text or "’" in text or "‘" in text:
        text = _SHORT_YEAR.sub(r"\1 20\2", text)
    if "v" in text.lower():
        text = _VERSUS_FIRST.sub(r"\g<q>: \g<a> or \g<b>?", text)
    text = _LIST_SIZE.sub(r"\1 ", text)
    text = _CONFIRM_DEED.sub("did ", _asked_straight(_CONFIRM.sub("", text)))
    lower = text.lower()
    if "list" in lower or "name" in lower or "enumerat" in lower or "itemi" in lower:
        text = _NAME_THE.sub("which ", _LIST_THEM.sub("?", text))
    text = _NAME_OWNED.sub("what is ", text)
    if "what" in lower:
        text = _FIGURE_MEANS.sub(r"what is \g<figure> about?", text)
    if _LISTING_CITY.search(text) and _MARKET_WORDS.search(text):
        text = _LISTING_CITY.sub("in the US", text)
    # (`lower` is the text before the rewrites just above, which add none of these words)
    if "am" in lower or "pm" in lower or "a.m" in lower or "p.m" in lower:
        text = _CLOCK_TIME.sub(_part_of_day, text)
    text = _TICKER_MOVE.sub(_ticker_stock, text)
    if "action" in lower and _MARKET_WORDS.search(text):
        text = _ACTIONS_OF.sub("shares ", text)
    if "the day" in lower:
        text = _THE_DAY_NUMBER.sub(
            lambda m: f"the {m.group(1)}{_ordinal_suffix(int(m.group(1)))}", text
        )
    text = _SENTENCE_REF.sub(" ", _PARAGRAPH_REF.sub(" ", text))
    # (each of the tenth session's frames only where its words are: a substring test costs far
    # less than a regex scan)
    lower = text.lower()
    if any(word in lower for word in _HEDGE_WORDS):
        text = _HEDGE.sub(" ", text).lstrip(" ,")
    if any(word in lower for word in _MENTION_WORDS):
        text = _WHY_MENTIONED.sub(_said_of, text)
    if "know" in lower:
        text = _HOW_KNOWN.sub("who reported that ", text)
    text, put_up = _PUT_UP_FIRST.subn("", text)
    if not put_up and any(word in lower for word in _CLAIM_WORDS):
        text, put_up = _CLAIM_FRAME.subn("", text)
    if put_up and not text.rstrip().endswith("?"):
        text = text.rstrip(" .!") + "?"
    if any(word in lower for word in _QUOTE_WORDS):
        text = _quoted_part(text)  # (which drops "Which line says ..." too)
    else:
        text = _WHERE_IT_SAYS.sub("", text)
    text = _EXPLANATION_FOR.sub("why", text)
    text = _DOES_IT_SAY.sub("did ", text)
    if _SUMMARY.search(text):
        text = _SUMMARY_PLACE.sub(" ", _SUMMARY.sub(" ", text))
    text = spoken_numbers(_ABOUT_THE_ARTICLE.sub(" ", _ASKERS_CONTEXT.sub(" ", text)))
    if any(word in lower for word in _PUT_BY_WORDS):
        text = _PUT_BY_THE_ARTICLE.sub(r"\1", text)
    text = _SPOKEN_US.sub("US", text)
    if " 1 " in text:
        text = _ONE_YEAR.sub(r"\1 year", text)
    text = _IDIOM.sub(lambda match: _IDIOMS[match.group(1).lower()], text)
    if any(word in lower for word in _IDIOM_WORDS):
        for pattern, plain in _IDIOM_PATTERNS:
            text = pattern.sub(plain, text)
    if " the " in lower or "best" in lower or "most" in lower:
        for pattern, forms, other in _PLAIN_VERBS:
            text = pattern.sub(partial(_plain_verb, forms, other), text)
    return _CHAT_WORD.sub(lambda match: _CHAT_SPELLINGS[match.group(1).lower()], text)


_SHOUTED_LETTERS = 0.9  # share of upper-case letters in a message typed in capitals


def unshouted(text: str) -> str:
    """A message typed in capitals ("WHY DID APPLE DROP DEEPSEEK???") in lower case: capitals
    say what is a name only where some words are in lower case."""
    upper = sum(map(str.isupper, text))  # (map over str methods: no Python loop per letter)
    letters = upper + sum(map(str.islower, text))
    if letters < 8 or upper < _SHOUTED_LETTERS * letters or len(text.split()) < 3:
        return text
    return text.lower()


# Code pasted in backticks: "`SELECT * FROM users;`" asks nothing in words ("select", "users"),
# though "what does `Qwen 2.5-Max` score?" names something in them.
_CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
_CODE_SIGNS = re.compile(r"[;=*{}()<>$\[\]]|\b(?:from|select|import|def|return)\b", re.IGNORECASE)


def _code_span(match: re.Match[str]) -> str:
    """A code span as words: dropped when it reads as code, else its text without backticks."""
    inside = match.group().strip("`")
    return " " if match.group().startswith("```") or _CODE_SIGNS.search(inside) else inside


def clean(text: str) -> str:
    """Printable text: NFKC, no control or format characters, HTML tags dropped, one line."""
    text = unicodedata.normalize("NFKC", text[: MAX_QUESTION_CHARS * 4])
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char for char in text
    )
    text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    if "`" in text:
        text = _CODE.sub(_code_span, text)
    text = " ".join(text.split())
    if len(text) > MAX_QUESTION_CHARS:
        # Cut between words: half a word would read as a name the article never mentions.
        cut = text[: MAX_QUESTION_CHARS + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUESTION_CHARS]
    return text.rstrip()


def _number(token: str) -> str:
    """Numbers in one spelling: no thousands commas, no percent sign, no trailing zeros."""
    token = token.rstrip("%").replace(",", "")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token


def _scaled(match: re.Match[str]) -> str:
    value = float(match.group(1)) * _SCALE[match.group(2)]
    return str(int(value)) if value.is_integer() else str(value)


# A day of the month: "on the 11th", "the 12th of february", "11th february" (not "the 20th
# century", an ordinal before another noun).
_ORDINAL_DIGITS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?!of\b|may\b|"
    + "|".join(sorted({*_MONTHS, *_MONTHS.values()}))
    + r")[a-z])"
)


def _spelled_out(folded: str) -> str:
    """Business shorthand in words: "q4" -> "fourth quarter", "fy2024", "feb 11" -> "february 11"."""
    # Each pattern runs only on a text holding its letters: a substring test costs far less than
    # a regex scan, and few texts hold a "q", an "fy" or a month's short name.
    if "th" in folded or "st" in folded or "nd" in folded or "rd" in folded:
        folded = _QUARTER_ORDINAL.sub(lambda m: f"{_ORDINAL[m.group(1)]} quarter", folded)
        folded = _ORDINAL_DIGITS.sub(r"\1", folded)  # "on the 11th" -> "on the 11"
    if "q" in folded:
        folded = _QUARTER.sub(lambda m: f"{_ORDINAL[m.group(1)]} quarter", folded)
    if "fy" in folded or "fiscal" in folded:
        folded = _FISCAL.sub(
            lambda m: f"fiscal year {m.group(1) if len(m.group(1)) == 4 else '20' + m.group(1)}",
            folded,
        )
    if any(month in folded for month in _MONTHS):
        folded = _MONTH_SHORT.sub(lambda m: f"{_MONTHS[m.group(1)]} {m.group(2)}", folded)
        folded = _DAY_MONTH_SHORT.sub(lambda m: f"{_MONTHS[m.group(2)]} {m.group(1)}", folded)
    return folded


def surface_terms(text: str) -> list[str]:
    """Folded word tokens with numbers unified ("97 percent" -> "97", "100 million" -> "100000000")."""
    # "US" in capitals is the country, not the pronoun "us" (a stop word).
    return folded_terms(fold_text(text))


def unified_numbers(folded: str) -> str:
    """A text already through `fold_text` with its numbers written one way: "97 percent" ->
    "97%", "1 billion" -> "1000000000"."""
    if _DIGIT.search(folded):  # every rewrite here is of a number: most sentences have none
        folded = _spelled_out(folded)
        if "per" in folded or "pct" in folded:
            folded = _PERCENT_WORD.sub(r"\1%", folded)
        folded = _SCALED.sub(_scaled, folded)
    return folded


def folded_terms(folded: str) -> list[str]:
    """`surface_terms` of a text already through `fold_text`: the index folds a sentence once for
    its terms and what it owns."""
    folded = unified_numbers(folded)
    words = tokens(folded)
    if "-" in folded:
        # "Apple-Baidu", "Alibaba-powered", "2.5-Max": each part is a word of its own.
        words = [part for whole in words for part in whole.split("-") if part]
    if "may" in words:
        words = _may_the_month(words)
    # One comprehension, number words looked up in C: this runs for every sentence at start-up.
    return [
        _number(word) if word[0].isdigit() else word
        for word in map(_NUMBER_WORDS.get, words, words)
    ]


# "in May", "May 2025", "early May": the month, not the verb (a stop word), so that "is it coming
# in may?" and "in May this year" share a word.
_BEFORE_MONTH = frozenset(
    {
        "in",
        "by",
        "until",
        "till",
        "before",
        "after",
        "since",
        "early",
        "late",
        "mid",
        "of",
        "during",
        "for",  # "planned for May", "set for May"
    }
)
_AFTER_MONTH = frozenset({"this", "next", "last"})
_MAY_MONTH = "maymonth"


def _may_the_month(words: list[str]) -> list[str]:
    found = list(words)
    for position, word in enumerate(words):
        if word != "may":
            continue
        before = words[position - 1] if position else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        if before in _BEFORE_MONTH or after in _AFTER_MONTH or after[:1].isdigit():
            found[position] = _MAY_MONTH
    return found


_BRITISH_ISE = re.compile(r"(?<=[a-z]{3}[a-z])is(e|ed|es|ing|ation|ations|er|ers)$")
_SHIP_STEM = 9  # "partnership", "ownership"; not "worship" or "airship"


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The Snowball stem of a word; numbers and abbreviations stay as they are.

    Snowball keeps "-ship" ("partnership"), which questions and articles use interchangeably
    with the word it is made from ("partner", "owner", "leader"): it is taken off too.
    """
    if not token.isalpha():
        return token
    # British "-ise" spellings ("localised", "characterise", "organisation") stem as the
    # American ones; both sides of every comparison pass here, so the change is consistent.
    token = _BRITISH_ISE.sub(r"iz\1", token)
    stemmed = str(_stemmer().stemWord(token))
    if stemmed.endswith("ship") and len(stemmed) >= _SHIP_STEM:
        stemmed = stemmed[:-4]
    return stemmed


def all_terms(text: str) -> list[str]:
    """Every content stem of `text`, repeats kept (term frequency matters to BM25)."""
    return [stem(token) for token in surface_terms(text) if token not in STOP_WORDS]


def content_terms(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, without repeats."""
    seen: dict[str, None] = {}
    for token in surface_terms(text):
        if token in STOP_WORDS or token in QUESTION_FILLER:
            continue
        seen.setdefault(stem(token), None)
    return list(seen)


def fold_text(text: str) -> str:
    """`fold`, with "US" (and "the us", "us shares") written "U.S.", not the word "us"."""
    folded = fold(_US.sub("U.S.", text) if "US" in text else text)
    if not _US_WORD.search(folded):  # most texts: one quick scan
        return folded
    return _US_WORD.sub(
        lambda match: (
            "u.s."
            if folded.endswith("the ", 0, match.start()) or _US_AFTER.match(folded, match.end())
            else "us"
        ),
        folded,
    )


_ALIAS_PASSES = 3  # an alias may lead to another; a table that loops stops here


@dataclass(frozen=True)
class AliasTable:
    """Phrases people use mapped to the words the article uses, matched as whole words.

    A phrase the articles never use ("Cupertino", "Zhipu") is replaced by the article's words, so it
    does not count against the question as a name the article lacks; a phrase the articles also
    use ("Tongyi") keeps its place and the article's words are added beside it.
    """

    replace: Mapping[str, str]  # phrase (words one space apart) -> the article's words
    add: tuple[tuple[re.Pattern[str], str], ...]
    # Every phrase to replace in one pattern, longest first: one pass per question, however long
    # the table ("tongyi qianwen" wins over "qianwen").
    replace_any: re.Pattern[str] | None

    @classmethod
    def build(cls, aliases: Mapping[str, list[str]], texts: Iterable[str] = ()) -> AliasTable:
        """Compile `term -> [variants]` tables (from curation files) against the articles' texts."""
        pairs: dict[str, str] = {}
        for term, variants in aliases.items():
            for variant in variants:
                # "us shares" as a key is the U.S.'s, as it is in a question.
                key = _alias_key(fold(variant))
                if key != _alias_key(fold_text(term)):  # "hugging-face" is "hugging face" already
                    pairs.setdefault(key, fold_text(term))
        for phrase, term in list(pairs.items()):
            for other in _company_forms(phrase):
                pairs.setdefault(other, term)  # a form written out in a table wins
        folded_texts = [fold(text) for text in texts]
        replace: dict[str, str] = {}
        add = []
        for phrase in sorted(pairs, key=len, reverse=True):
            # The phrase's first word as a substring first: a quick test that most phrases fail,
            # before a pattern is compiled for the phrase (thousands of company forms).
            head = phrase.split(" ", 1)[0]
            if any(head in text for text in folded_texts):
                pattern = _whole_phrase(phrase)
                if any(pattern.search(text) for text in folded_texts):
                    add.append((pattern, pairs[phrase]))
                    continue
            replace[phrase] = pairs[phrase]
        return cls(replace, tuple(add), _any_phrase(replace))

    def expand(self, text: str) -> str:
        """`text` folded, with aliases replaced by or joined with the article's own words."""
        folded = fold_text(text)
        if self.replace_any is not None and _INDUSTRY_FORM.search(folded):
            # "the korean electronics giant" is the "korean giant" of the table, when it has one.
            folded = _INDUSTRY_FORM.sub(
                lambda match: (
                    match.group(1) + " " + match.group(2)
                    if f"{match.group(1)} {match.group(2)}" in self.replace
                    else match.group()
                ),
                folded,
            )
        if self.replace_any is not None and " of " in folded:
            # "the owner of tiktok" is the "tiktok owner" of the table, when it has one.
            folded = _OF_FORM.sub(
                lambda match: (
                    f"{match.group(2)} {match.group(1)}"
                    if f"{match.group(2)} {match.group(1)}" in self.replace
                    else match.group()
                ),
                folded,
            )
        if self.replace_any is not None:
            # Again on what a pass made: "sales in mainland china, hong kong and taiwan" becomes
            # "sales in greater china", then the article's "revenue in greater china".
            market = bool(_MARKET_WORDS.search(folded) or "%" in folded)
            for _ in range(_ALIAS_PASSES):
                replaced = self.replace_any.sub(
                    lambda match: self._replacement(match, market), folded
                )
                if replaced == folded:
                    break
                folded = replaced
        extra = [term for pattern, term in self.add if pattern.search(folded)]
        return folded if not extra else f"{folded} {' '.join(dict.fromkeys(extra))}"

    def _replacement(self, match: re.Match[str], market: bool) -> str:
        """The article's words for an alias; but a one-word alias beside the very name it stands
        for is something of that name's ("Which Baidu model was it, ERNIE?", "Does Alibaba own
        Taobao?"): a product, kept as written. A ticker beside its company is the company in a
        question about the market ("Alibaba (BABA) shares") or in brackets ("Tencent (0700)")."""
        term = self.replace[_alias_key(match.group())]
        alias = match.group()
        bracketed = (
            match.string[match.start() - 1 : match.start()] == "("
            and match.string[match.end() : match.end() + 1] == ")"
        )
        if " " in alias or market or bracketed:
            return term
        rest = match.string[: match.start()] + " " + match.string[match.end() :]
        return alias if re.search(rf"\b{re.escape(term)}\b", rest) else term


# What people call a company after its description: "the e-commerce company" is also "the
# e-commerce firm" or "group". A big one is a giant, but a "giant" is not any firm.
_COMPANY_NOUNS = (
    *("company", "firm", "business", "corporation", "corp", "player", "outfit", "maker"),
    *("manufacturer", "brand", "concern"),
)
_BIG_COMPANY_NOUNS = ("giant", "group", "conglomerate", "heavyweight", "behemoth", "powerhouse")
# What a company makes or does, between where it is from and the word for it.
_INDUSTRIES = (
    *("electronics", "tech", "technology", "internet", "consumer", "smartphone", "handset"),
    *("computer", "software", "hardware"),
)
_INDUSTRY_FORM = re.compile(
    r"\b([a-z][\w-]*) (?:"
    + "|".join(_INDUSTRIES)
    + r") ("
    + "|".join(_COMPANY_NOUNS + _BIG_COMPANY_NOUNS)
    + r")\b"
)


# Who someone is to a thing, said after it: "the owner of tiktok", "the maker of the galaxy".
_OF_FORM = re.compile(
    r"\b(owner|parent|maker|creator|developer|operator|founder|backer) of (?:the )?([a-z][\w.-]*)\b"
)


def _company_forms(phrase: str) -> list[str]:
    """`phrase` with its last word, a word for a company, swapped for the others."""
    head, _, noun = phrase.rpartition(" ")
    if not head:
        return []
    others: tuple[str, ...]
    if noun in _COMPANY_NOUNS:
        others = _COMPANY_NOUNS + _BIG_COMPANY_NOUNS
    elif noun in _BIG_COMPANY_NOUNS:
        others = _BIG_COMPANY_NOUNS
    else:
        return []
    return [f"{head} {other}" for other in others if other != noun]


def _any_phrase(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of `phrases` (longest first), or None when there are none."""
    ordered = sorted(phrases, key=len, reverse=True)
    return _phrase_pattern(ordered) if ordered else None


def _whole_phrase(phrase: str) -> re.Pattern[str]:
    return _phrase_pattern([phrase])


def _alias_key(phrase: str) -> str:
    """How a table looks a phrase up: its words one space apart, a hyphen a space, and without a
    possessive inside it ("search-engine giant" is "search engine giant", "jack ma's company"
    "jack ma company"); a final possessive stays ("jack ma's" is his company, not him)."""
    return " ".join(_INNER_POSSESSIVE.sub("", phrase).replace("-", " ").split())


_INNER_POSSESSIVE = re.compile(r"'s(?=[\s-])")


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """`phrases` (table keys), tried in order, as whole words with any spacing or a hyphen between
    them, and a possessive or none inside them."""
    alternatives = "|".join(
        r"(?:'s)?[\s-]+".join(re.escape(word) for word in phrase.split(" ")) for phrase in phrases
    )
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?![\w])")
