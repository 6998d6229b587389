"""What a question demands of a fact beyond its type ("how many" a count, "when will" a date still
to come, "which executive" a person) and whether a fact's evidence meets it."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine._evidence import (
    CURRENCY_WORDS,
    MARKET_SHARE,
    PERSON_WORDS,
    SPECS,
    STAFF_WORDS,
    VAGUE_COUNTS,
    Evidence,
    any_new,
    condition_terms,
    regional,
)
from bot.engine._normalize import MONTH_NAMES
from bot.engine._places import names_city
from bot.engine._weights import country_words

# Questions that want a count.
_TEAM = r"(?:team|staff|workforce)"
_ASKS_COUNT = re.compile(
    r"\bhow many\b|\bunit sales\b|\bunits? (?:sold|shipped)\b|\bshipments\b"
    # "what headcount does DeepSeek have" (not "did it have the headcount to ...")
    r"|\bwhat(?:'s| is| was)? (?:the |its |their |[\w]+'s )?head ?count\b"
    # "deepseek team size", "size of the deepseek team", "how big is its workforce"
    rf"|\b(?:{_TEAM}|headcount) size\b|\bsize of (?:the |its |their )?(?:[\w']+ )?{_TEAM}\b"
    rf"|\bhow (?:big|large) (?:is|was) (?:the |its |their |[\w]+'s )?{_TEAM}\b"
)
# A count asked with a noun, which is what is counted: "the hugging face download count for ...",
# "quick: total downloads of ...". (Not a keyword search ending in "count", "tongyi derivative
# models hugging face count", nor "the count of Apulia", a title.)
COUNT_OF = re.compile(
    r"\b(?!(?:head|the|a|an|its|their|his|her)\b)(?P<focus>[a-z][\w-]*) count (?=for|of|on|in)\b"
)
TOTAL_OF = re.compile(r"^\W*(?:\w+: )?total (?!revenue\b|sales\b)(?P<focus>[a-z][\w-]*s)\b")
# "How many months did Apple work with Baidu?": a count of time, which a list does not give.
_ASKS_TIME_COUNT = re.compile(r"\bhow many (?:years|months|weeks|days|hours|minutes|times)\b")

# Words of a change or a comparison: "how much is it up" asks no price.
_CHANGE_WORDS = (
    r"(?:up|down|drop\w*|fall\w*|fell|declin\w*|ris\w*|rose|gain\w*|climb\w*|jump\w*|surg\w*"
    r"|grow\w*|grew|shr[iau]nk\w*|higher|lower|more|less|chang\w*|cut\w*|increas\w*|decreas\w*"
    r"|differen\w*|percent\w*|shares?|it|that|this)\b"
)

# Money asked in a currency: "in dollars", and the world's others ("what's it going for in
# rands?", "in quid", "in rupees"), or its "value" ("the rand value of the deal"). (Not "real"
# or "won": "in real terms", "in won games" are English.)
_CURRENCIES = "|".join(sorted(CURRENCY_WORDS - {"real", "won"}, key=len, reverse=True))

# How a figure moved, after the words that would otherwise ask what something costs: "how much has
# the cost of api calls dropped", "the cost how much dropped?" ask a change, not an amount.
_CHANGED = (
    r"drop|dropped|fall|fell|fallen|decline|declined|rise|rose|risen|change|changed"
    r"|shrink|shrunk|shrank|grow|grew|grown|down|up|decreas\w*|increas\w*|reduc\w*|cut|lower\w*"
    r"|plung\w*|plummet\w*|tumbl\w*|slid|sank|sunk"
)

# Questions that want an amount of money, which a percentage or a count does not give.
ASKS_MONEY = re.compile(
    # "the absolute dollar value of ...", "revenue in dollars", "aapl gc revenue $ fy24"
    r"\bdollar (?:value|amount|figure|terms|total)s?\b|\bin (?:us )?(?:dollars|usd|yuan|rmb)\b"
    r"|\bhow many (?:[a-z]+ )?dollars\b|(?:^|\s)\$(?!\s*\d)|"
    # ("close at how much price", as a word-for-word translation asks a price)
    # ("how much less money did apple make" asks a change, which a percentage gives)
    r"\bhow much (?!(?:less|more|fewer)\b)"
    r"(?:money\b|revenue\b|profit\b|income\b|funding\b|investment\b"
    r"|prices?\b(?! (?:cut|cuts|drop|drops|fall|decline|reduction|change|changes|increase|rise)\b)"
    r"|(?:[a-z]+ ){0,2}?(?:does|did|do|will|would|has|have|had|is|are|was|were) .*\b"
    r"(?:cost|costs|costing|pay|paid|paying|charge|charging|spend|spent|spending|earn|earned"
    r"|earning|make|made|making)"
    # "... cost iphone users", "... cost apple in 2024"
    # ("how much has the cost of api calls dropped" asks a change, not an amount)
    r"(?: (?!(?:" + _CHANGED + r")\b)[\w'.-]+){0,5}?"
    r"(?: (?:before|after|in|on|at|for|to|per|each|during|from)\b.*)?\W*$)"
    # "what is Apple paying Alibaba for the partnership", "the price Apple paid Alibaba": an
    # amount paid
    r"|\b(?:price|amount|sum) (?:[\w.'-]+ ){0,2}?(?:paid|pays|pay)\b"
    r"|\bwhat (?:is|was|are|were|will|would|does|did) (?:[\w.'-]+ ){1,3}?(?:paying|pay)\b"
    r"(?! (?:attention|off|respects?|tribute)\b)"
    r"|\b(?:what|which)(?:'s| is| was| are| were) (?:the|its|their) (?:[\w.-]+ ){0,3}?(?:price|cost|fee)s?\b"
    r"(?! (?:cut|cuts|drop|drops|fall|decline|reduction|change|changes|increase|rise|of)\b)"
    r"|\b(?:what|which)(?:'s| is| was| are| were) the (?:[\w.-]+ ){0,2}?(?:price|cost|fee)s? of\b"
    # "what's the contract value", "how big is the deal in dollars"
    r"|\b(?:contract|deal|partnership) (?:value|size|worth)\b|\bvalue of the (?:deal|contract"
    r"|partnership|agreement)\b|\b(?:deal|contract) (?:is |was )?worth\b"
    r"|^\W*(?:what|which) (?:[\w-]+ )?(?:price|cost|fee)s?\b(?! (?:cut|cuts|drop|change)\b)"
    # "price was how much", "must pay how much": the order of another language
    r"|\b(?:price|cost|fee)s? (?:is|was|were|are) how much\b|\b(?:pay|cost|costs|charge) how much\b"
    # ("the api calls' cost how much dropped?" asks the change)
    r"(?! (?:" + _CHANGED + r"|went|gone)\b)"
    r"|\bhow much costs?\b"  # "how much costs now one api call?"
    r"|\bin (?:absolute |actual |real )?(?:" + _CURRENCIES + r")\b"
    r"|\b(?:" + _CURRENCIES + r") (?:value|amount|equivalent)\b"
    r"|\bin (?:billions|millions)\b"  # "apple's q4 china revenue in billions?": an amount
    r"|\bin (?:absolute|dollar) terms\b"
    # "what is zhipu valued at", "how much is alibaba worth", "what is its valuation"
    r"|\bvalued at\W*$|\bhow much (?:is|was|are|were) [\w' .-]+ worth\b|\bvaluation\b"
    r"|\bmarket (?:capitali[sz]ation|value|cap)\b"
    # "baba price target after the news", "analysts' target price": a forecast share price
    r"|\b(?:price targets?|target prices?)\b"
    # "what the s25 retails for", "its retail price", "what does it sell for?": a price
    r"|\bretails? (?:for|at)\b|\bretail prices?\b|\b(?:sell|sells|sold|selling) for\W*$"
    # "api pricing per 1k tokens", "cost per million tokens": a rate, in money
    r"|\b(?:prices?|pricing|costs?|fees?|charges?)\s+per\b|\bper (?:\d+k|\d+ ?(?:thousand|million)"
    r"|thousand|million|1m|1k) tokens\b"
    # "whats a tongyi api call cost now": a price, said the way people talk
    r"|^\W*what(?:'s|s| is| does) (?:a|an|one|the) [\w .'-]{1,40}? costs?\b(?: now| today"
    r"| currently)?\W*$"
    # "baba hk close feb 11?", "the closing price": where a share price ended a day
    r"|\b(?:hk|us|stock|stocks|shares?|baba|aapl|bidu|listing|nyse|nasdaq) (?:close|closing)\b"
    r"(?! (?:up|down|higher|lower|flat|green|red|in the|at a (?:gain|loss))\b)"
    r"|\bclosing (?:price|level|value)s?\b"
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

# "When will it launch?" wants a date still to come, which a past event does not give.
_ASKS_FUTURE_DATE = re.compile(
    r"\bwhen (?:will|would|is .*\b(?:going|expected|set|due|scheduled) to)\b"
    # "how long will the partnership last": a span still to come, not how long something took
    # (and asked inside another question: "... about how long the deal is meant to run")
    r"|\bhow long (?:will|would|(?:is [\w' .-]+|[\w' .-]+ (?:is|are)) (?:going|supposed|expected|set"
    r"|meant|due) to)\b"
    # "when is it launching", "when are the features coming": the progressive of a plan
    r"|\bwhen (?:is|are|'s) (?:[\w'.-]+ ){0,5}?(?:launching|coming|arriving|rolling|shipping"
    r"|releasing|landing|dropping|starting|going live|hitting|debuting)\b"
    # "when does apple ai come to china": the present of a schedule
    r"|\bwhen (?:does|do) (?:[\w'.-]+ ){1,5}?(?:come|arrive|launch|roll out|ship|land|go live|hit"
    r"|reach|debut|become available|get|receive|go on sale|hit (?:the )?(?:shelves|stores|shops))\b"
)

# Yes/no questions about money: "will I have to pay extra?", "did baidu lose money?". A sentence
# without an amount of money does not settle them. ("What do students have to pay for?" is not
# one: it asks what, not how much.)
_MENTIONS_MONEY = re.compile(
    # Free or paid, however asked: "Apple Intelligence in China will be free or paid?"
    r"\b(?:free or paid|paid or free|free of charge|charged? (?:for|extra))\b"
    # ...or "is Apple Intelligence free in China?" (not "free to choose", "free of bugs")
    r"|^\W*(?:is|are|will|would)\b[^?]{0,40}?\bfree\b(?! (?:to|of|from|trial)\b)|"
    # (a yes/no question, or a claim with a tag: "Apple paid Alibaba a billion, right?")
    r"(?:^\W*(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should)\b"
    r"|^(?=.*[,\s](?:right|correct|true|innit|yes)\W*$)).*(?:"
    r"\b(?:lose|loses|lost|losing|make|makes|made|making|earn|earns|earned|earning) (?:any |much |more )?"
    r"money\b|\b(?:have|has|need|needs|got) to pay\b|\bpay(?:ing)? (?:extra|more|anything)\b"
    r"|\bcosts? (?:extra|anything)\b|\b(?:is|be|stay) (?:it |they |this )?free\b|\bfor free\b"
    # "did apple pay alibaba?" (not "pay attention", "pay off")
    r"|\b(?:pay|pays|paid)\b(?! (?:attention|off|respects?|tribute|a visit)\b))"
)

# Questions that ask for someone in a company's ranks: "which apple executive", "who at alibaba",
# "the name of the man who runs it", "who is alibaba's ceo". A sentence that speaks of no person
# (no role, no "he" or "she") does not answer them, whatever company it names. ("What author
# argues ...?" is left alone: a sentence names an author without saying "author".)
_ASKS_PERSON = re.compile(
    r"^\W*who (?:at|from|inside|within) \b"
    rf"|\b(?:what|which) (?:[\w.'-]+ )?{STAFF_WORDS}\b"
    rf"|\b(?:what|which) {PERSON_WORDS} (?:at|from|of|for|in)\b"
    r"|\bnames? of (?:the |its |their )?(?:[\w.'-]+ )?"
    rf"(?:{PERSON_WORDS}|sources?|insiders?)\b"
    rf"|\bwho(?:'s| is| was| are| were) (?:the|its|their|[\w.-]+'s) (?:[\w.-]+ )?{STAFF_WORDS}\b"
    r"|^\W*who (?:founded|co-founded|cofounded|started|set up)\b(?! (?:the|this|it|that)\b)"
    # "who negotiated the deal", "who signed the agreement": people do these
    r"|^\W*who (?:negotiated|signed|brokered|oversaw|handled the (?:talks|negotiations|deal))\b"
    # "who runs the online shopping giant" (not "who started the trend": a deed, not a post)
    r"|^\W*who (?:runs|ran|heads|headed|manages|is running|is heading)\b(?! (?:this|it|that)\b)"
    # "the top guy at the shopping giant", "the big boss of alibaba"
    r"|\b(?:top|head|big|main) (?:guy|man|woman|boss|dog|brass|honcho|person)\b"
    r"|^\W*who(?:'s| is| was| are| were) (?:in charge|responsible|leading|heading|running)\b"
    r".*\bat\b"
    # "who's the engineering lead on apple's side" (not "who was apple's lead vendor")
    r"|^\W*who(?:'s| is| was) the (?:[\w-]+ )?lead (?:on|at|for|of|in)\b"
    # "alibaba ceo name", "the ceo's name"
    rf"|\b{STAFF_WORDS}(?:'s)? names?\b"
    r"|\b(?:author|writer|reporter|journalist) of (?:this|the) (?:article|story|piece|report|post)\b"
    r"|\bwho wrote (?:this|the) (?:article|story|piece|report|post)\b"
    # "name the journalist who wrote the information's report"
    r"|\b(?:reporters?|journalists?|writers?|authors?) (?:who|that) (?:wrote|broke|filed)\b"
    # "who's the reporter at the information behind this scoop?"
    r"|^\W*who(?:'s| is| was| are| were)? (?:the|a) (?:[\w-]+ )?(?:reporters?|journalists?|writers?"
    r"|authors?|editors?)\b"
    r"|\bwho (?:exactly |actually )?(?:are|were) (?:the |these |those )?\W?(?:[\w.']+ ){0,3}?"
    r"(?:sources|insiders)\b"
    # "name the sources" (read "which sources"; "what sources did it rely on?" asks what kind)
    r"|^\W*which (?:[\w-]+ )?(?:sources|insiders)\b"
)

# "How much did the shares close up?": the day's end, which an intraday move ("intraday gains",
# "jumped by up to 3%") does not give.
_ASKS_CLOSE = re.compile(
    r"\b(?:close|closed|closing|finish|finished|end|ended)(?: the (?:day|session))?"
    r"(?: (?:more than|less than|over|under|about|around|nearly|almost|some|roughly|[\d.,]+%?)){0,3}"
    r" (?:up|down|higher|lower|at|green|red|positive|negative|in the green|in the red)\b"
    r"|\bclosing (?:price|gain|loss|level|value|move)s?\b"
    r"|\bat (?:the )?close\b"
    # "at what price did it close in Hong Kong?"
    r"|\bwhat (?:price|level|value)\b.*\b(?:close|end|finish)\b(?! (?:the|its|their) (?:deal|partnership))"
    # "how did 9988 close on feb 12?"
    r"|^\W*how did [\w'. -]+ (?:close|end|finish)\b(?! (?:the|its|their) (?:deal|partnership))"
)

# "Did the shares give back their gains later that week?": a later time than a fact that gives
# one day ("the next day") speaks of.
_ASKS_LATER_WEEK = re.compile(
    r"\b(?:later|rest of|end of|following|next|within (?:a|the)) (?:that |the )?weeks?\b"
    r"|\b(?:a|one|two|several) weeks? later\b|\bby the weekend\b"
    r"|\bthe week (?:after|following|later)\b|\bweeks? after\b"
    r"|\b(?:this|next|the) weekend\b"
    r"|\b(?:over|during|for|across|in) the (?:whole |entire |full )?week\b"
)

# "when is it coming to iphones outside china": anywhere but the place a regional fact is about.
_ASKS_ELSEWHERE = re.compile(
    r"\b(?:outside(?: of)?|other than|beyond|except(?: in| for)?|anywhere but|apart from|besides) "
    r"(?:the )?([a-z]+)\b"
)

# "when does iOS 18.5 bring them to other countries?", "... the rest of the world": the same.
_ASKS_OTHER_PLACES = re.compile(
    # where the thing asked goes or is: not "medicines from other countries", nor "what the other
    # nations paid" (SQuAD); not "overseas" or "abroad": "which overseas publication" is the
    # article's foreign outlet
    r"\b(?:in|to|into|across|for) (?:the )?(?:other (?:countries|markets|regions|nations)"
    r"|rest of the world)\b|\belsewhere\b"
)

# "Is Alibaba an exclusive vendor?": a fact that does not say only or exclusively does not settle it.
_ASKS_EXCLUSIVE = re.compile(r"\bexclusive(?:ly)?\b|\bsole (?:partner|vendor|supplier|provider)\b")

# "Will older iPhones get it?", "which iPhone models will support it": devices a fact must name.
_ASKS_DEVICES = re.compile(
    r"\b(?:older|newer|old|previous|earlier|current) (?:iphones?|phones?|models?|devices?)\b"
    r"|\bwhich (?:iphones?|iphone models|phones|handsets|devices|models) (?:will|would|can|get|support)"
    # "Will my iPhone 15 get it?": whether one generation gets it, which a fact must name.
    r"|^\W*(?:will|would|can|could|does|do|is|are)\b.*\b(?:iphone|pixel) ?\d{1,2}\b(?![.,]\d)"
)

# "In which city did Samsung hold the launch?", "where was the event held?": a city or venue a fact
# must name; a country a company is from is no answer.
_ASKS_VENUE = re.compile(
    r"\b(?:which|what) (?:city|cities|town|venue)\b"
    r"|\bwhere (?:was|were|is|are|did|does|will)\b.*\b(?:held|hosted|host|take place|took place"
    r"|staged)\b"
)

# "Was Q4 Apple's worst ever?", "the fastest-growing model", "the largest AI company": a rank the
# fact must state ("second only to", "top", "leading", "-est").
_ASKS_RANK = re.compile(
    r"\b(?:worst|best|biggest|largest|smallest|highest|lowest|fastest|slowest|strongest|weakest)"
    r"(?:[ -](?:ever|growing|selling))?\b|\b(?:most|least) (?:popular|downloaded|used|valuable)\b"
    r"|\brecord (?:high|low|drop|fall|gain)\b|\ball-time\b"
    # "which of its stocks went up the most?"
    r"|\b(?:the )?most\W*$"
    # "was ByteDance Apple's second choice?", "its runner-up", "a backup plan": the place of one
    # choice among others (not "some of the candidates").
    r"|\b(?:second|third|2nd|3rd) (?:choice|pick|option|favou?rite|place)\b|\brunners?[- ]up\b"
    r"|\bback-?up (?:choice|option|plan|pick|partner)\b"
)

# "Will Alibaba get access to iPhone user data?": privacy a fact must speak of.
_ASKS_DATA = re.compile(
    r"\b(?:user|users'?|personal|customer|private|my|our|their) data\b|\bprivacy\b|\bspy(?:ing)? on\b"
    r"|\bdata (?:locali[sz]ation|storage|residency|protection|security|transfers?|rules|laws)\b"
    r"|\b(?:store|stores|stored|storing|keep|kept) (?:the |their |user )?data\b"
)

# "What happens if the features are not approved?": the consequence of a condition failing,
# which a sentence stating only what follows if it holds ("if approved, ...") does not give.
_FAILING = (
    r"(?:not|\w+n't|no|never|rejects?|rejected|denie[sd]|deny|refuses?|refused|fails?|failed"
    r"|blocks?|blocked|turns? (?:it |them )?down|turned (?:it |them )?down|says? no|without)"
)

_ASKS_FAILED_CONDITION = re.compile(
    # "what happens / will apple do if ... not / reject ...", "what if they say no" (not "what
    # allows customers to ... if they do not subscribe": that asks what, not what follows)
    r"(?:^\W*|\b(?:but|and|so) )what(?:'ll)?\b(?:(?!\bif\b).)*\b(?:happens?|happened|happen|do|does"
    r"|would|will)\b"
    r".*\bif\b.*"
    rf"\b{_FAILING}\b|^\W*what if\b.*\b{_FAILING}\b"
    # "Is Apple gonna dump Alibaba if the govt says no?": whether something follows it
    r"|^\W*(?:is|are|will|would|could|can|does|do|might|may|should|shall)\b.*\bif\b.*"
    rf"\b{_FAILING}\b"
    # "if not approved, will apple choose deepseek again?": the condition first
    r"|^\W*(?:and |but |so )?if not\b|^\W*(?:and |but |so )?if (?:[\w']+ ){0,4}?"
    r"(?:(?:is|are|gets?|was|were) )?(?:not|\w*n't|rejected|denied|refused|blocked|fails?)\b.*,"
    # "what's the fallback if ...", "is there a plan b": what happens when something fails
    r"|\b(?:fallback|fall-back|backup plan|contingency)\b.*\b(?:if|in case|should)\b|\bplan b\b"
    # a search box's "apple ai china rejected what happens"
    r"|\b(?:rejected|denied|refused|blocked|not approved)\b(?:\W+\w+){0,3}?\W+what (?:happens|then"
    r"|next)\W*$"
)

# "Will the features run on-device or in the cloud?", "work offline?": where software runs, which
# a fact must say ("on Alibaba's servers"), not only what the software is.
_ASKS_WHERE_RUN = re.compile(
    r"\bon[- ]?device\b|\b(?:in|on|via|through|from) (?:the |alibaba )?cloud\b"
    r"|\bcloud[- ](?:hosted|based|side|inference|servers?|processing)\b|\boffline\b"
    r"|\b(?:run|runs|running|processe?[sd]?|processing|work|works|computed?) locally\b"
    r"|\bon (?:the|my|your|their) (?:phone|handset|iphone|device)s? (?:itself|themselves)\b"
)

# "Since when has Alibaba been doing AI?", "how long has apple been testing": when something
# began that still goes on, which a date still to come ("in May this year") does not give.
_ASKS_SINCE = re.compile(
    r"\bsince (?:when|what (?:year|date|time))\b|\bhow long (?:has|have) .*\bbeen\b"
)

# "When did Samsung start working with Wisdom Spectrum AI?": when something began, which a
# span ("since 2023") or a year gives, not the day of one event it led to ("On February 11,
# Samsung unveiled the S25 in partnership with ...").
_ASKS_BEGINNING = re.compile(
    r"^\W*(?:when|in what year|what year|which year) (?:did|does|do|has|have|had|was|were)?"
    r" ?(?:[\w'.-]+ ){0,6}?(?:start|started|starting|begin|began|begun|beginning)"
    r" (?:working|partnering|cooperating|collaborating|to work|to partner|to cooperate"
    r"|to collaborate|a partnership|the partnership|their partnership|its partnership"
    r"|a collaboration|the collaboration|teaming)\b"
    r"|^\W*when (?:\w+ ){1,6}?started (?:a |the |its |their )?(?:partnership|collaboration)\b"
)

# "How many enterprises used it a year ago?": a time before the fact's, which a present count
# ("over the past year ... 300,000 enterprises") does not give; a fact with its own date may.
_ASKS_EARLIER = re.compile(
    # (not a comparison's base: "how much cheaper than a year ago", "compared with a year ago")
    r"(?<!\bthan )(?<!\bwith )(?<!\bto )(?<!\bvs )(?<!\bfrom )(?<!\bsince )(?<!\bversus )"
    r"\b(?:a|an|one|two|three|four|five|\d+|few|several|some) (?:years?|months?|weeks?)"
    r" (?:ago|earlier|before(?! \w)|prior)\b"
    r"|\bback then\b|\bat the (?:start|beginning) of (?:the|that|last) year\b"
)

# "Did Tencent offer a cheaper deal than Alibaba?": a comparison the fact must make ("second only
# to", "comparable to", "steeper") or give the figures for (two percentages).
_ASKS_COMPARISON = re.compile(
    r"\b(?!(?:rath|oth|lat|earli|ev|nev|howev|wheth|eith|neith|togeth|rememb)er\b)[a-z]{3,}er (?:[\w-]+ ){0,2}?than\b"
    r"|\b(?:more|less|fewer) (?!so\b)(?:[\w-]+ ){0,2}?than\b(?! ?[$€£¥]?\d)"  # not "more than 300,000"
)

# "Where is The Information based?": where someone is based, which a fact must state. ("Where
# is X located?" is left alone: a sentence places a forest or a hall without saying "located".)
_ASKS_BASE = re.compile(
    r"\b(?:where|which (?:country|city|town|place))\b.*\b(?<!-)(?:based|headquartered|hq)\b"
    r"|\b(?:headquarters|hq|home base) of\b|\bwhere\b.*\bheadquarters\b"
)

# "What will Apple do if its sales keep falling?": what follows a condition, which a fact that
# states no condition ("if approved", "unless") does not give.
_ASKS_CONDITION = re.compile(
    r"(?:^\W*|\b(?:but|and|so) )what(?:'ll)?\b(?:(?!\bif\b).)*\b(?:happens?|happen|do|does|would"
    r"|will)\b.*\bif\b"
)

# Questions that want the day itself, not only the month: "which day in May?"
_ASKS_DAY = re.compile(
    r"\b(?:what|which) day\b(?! of the week)|\bexact (?:[\w.-]+ )?(?:date|day)\b"
    # "on what date in May": the day of a month already given
    r"|\b(?:what|which) date in (?:" + "|".join(MONTH_NAMES) + r")\b"
    # "on what date were they submitted": a day, which a month ("in May") does not give
    r"|\b(?:what|which) date\b"
    r"|\b(?:date|day) exactly\b"
    # "when in May exactly", "when exactly in May": the day of a month already given
    r"|\bwhen (?:exactly |precisely )?in (?:" + "|".join(MONTH_NAMES) + r") (?:exactly|precisely)\b"
    r"|\bwhen (?:exactly|precisely) in (?:" + "|".join(MONTH_NAMES) + r")\b"
)

# Questions that want a calendar date rather than "after that".
_ASKS_DATE = re.compile(
    r"\b(?:what|which) (?:year|date|month|day)\b|\bwhen exactly\b|\bexactly when\b|\bexact date\b"
    # "name the month in which ...", quiz style
    r"|\bname the (?:year|date|month|day)\b"
)

# "Did Apple announce it the same night Samsung launched its phone?": whether two things happened
# together, which a fact that dates only one of them does not settle. (Not "what did Samsung
# launch the same day?": that asks what.)
_ASKS_SAME_TIME = re.compile(
    r"\b(?:same|that|very) (?:day|night|evening|morning|afternoon)\b|\bsimultaneous(?:ly)?\b"
    r"|\bat the same time\b"
)
# "How do I reset my iPhone?", "how to say thank you in chinese": steps the asker can follow,
# which a report of what happened does not give. ("How would you describe ...?" asks the bot;
# "how would one write ...?" asks how it is done in general, which a text may say.)
_ASKS_HOW_TO = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|hey|hi|pls|please|quick question|question)\W+)?"
    r"(?:how (?:do|can|could|should|must|shall) (?:i|we|u)|how (?:do|can) you|how to)\b"
    r"(?! (?:know|tell|describe|explain|summari[sz]e|characteri[sz]e|rate|sum up|compare|see|read"
    r"|interpret|judge)\b)"
)
# "When does the Galaxy S25 go on sale?": when it can be bought, which its unveiling does not give.
_ASKS_ON_SALE = re.compile(
    r"\bgo(?:es)? on sale\b|\bon sale\b|\bin (?:the )?(?:shops|stores)\b|\bhit (?:the )?(?:shelves"
    r"|stores|shops)\b|\bpre-?order"
)

# "That Wisdom something company, who owns it?": an owner, which a fact must state.
_ASKS_OWNER = re.compile(
    r"^\W*(?:and |so |but )?who owns\b|\bwho(?:'s| is| are) the (?:owner|parent)\b"
    # (asked for, not a company described: "did apple consider the owner of wechat")
    r"|(?:^\W*|\b(?:who|what|which)(?:'s| is| are| was| were)? )(?:the |its |their )?"
    r"(?:owner|parent company|parent) of (?:the |that |this )?\w|\bwho (?:is it|are they) owned by\b"
    r"|,\s*who owns (?:it|them)\b"
)

# "How will revenue be split between Apple and Alibaba?": a share of money, which a fact
# must give.
_ASKS_SPLIT = re.compile(
    r"\b(?:revenue|revenues|profits?|income|fees?|money|costs?)s? (?:will |would |is |are |be |get )*"
    r"(?:split|shared|divided)\b|\b(?:revenue|profit)[- ]shar(?:e|ing)\b"
    r"|\b(?:split|shar(?:e|es|ed|ing)) (?:the |its |their )?(?:revenue|revenues|profits?|money|fees?)\b"
)

# "What are the terms of the deal?": what the parties agreed to give or pay, which a fact must
# state (an amount, or that it is exclusive).
_ASKS_TERMS = re.compile(
    r"\b(?:deal|contract|partnership|agreement|licensing|financial|commercial) terms\b"
    r"|\bterms of (?:the |their |its |this |that )?(?:deal|contract|partnership|agreement"
    r"|collaboration|arrangement|tie-up)\b"
)

# "How long is the contract?": its term, which a fact must give as still to come ("is expected
# to last for five years"), not a span already past ("over the past year").
_ASKS_TERM_LENGTH = re.compile(
    r"\bhow long is (?:the |this |that |their )?(?:deal|contract|partnership|agreement"
    r"|collaboration|arrangement)\b"
    # "how long does the contract between them run", "the contractual duration of the deal"
    r"|\bhow long (?:does|do|will|would) (?:the |their |its )?[\w' -]*?(?:deal|contract|partnership"
    r"|agreement|tie-up|collaboration)\b[\w' -]*? (?:run|last|go on|continue|be valid)\b"
    r"|\bhow long (?:is|'s) (?:the |their |its )?[\w' -]*?(?:deal|contract|partnership|agreement"
    r"|tie-up|collaboration)(?: (?:for|valid|signed for))?\W*$"
    r"|\b(?:length|term|duration) of (?:the |their |its )?[\w' -]*?(?:deal|contract|partnership"
    r"|agreement)\b"
    # ...as a headline or a search box has it: "contract length?", "deal duration"
    r"|\b(?:deal|contract|partnership|agreement|pact|tie-up) (?:length|term|duration)\b"
)

# "At what hour was it announced?": a clock time, which "later that evening" does not give
# (though it does say the time of day).
_ASKS_HOUR = re.compile(
    r"\b(?:what|which) hour\b|\bexact time\b|\bwhat o'clock\b|\bwhat time exactly\b"
    # "what time in the evening": the part of the day is known, the hour is asked
    r"|\bwhat time (?:in|of) the (?:evening|morning|afternoon|night)\b"
)

# "Is Alibaba's stock still rising now?": a market today, which an article's past trading days
# do not give.
_NOW = r"\b(?:right now|now|today|currently|at the moment|these days|as of today|anymore)\b"
_MARKET = r"\b(?:stocks?|shares?|prices?|trading|trades?|rising|rallying|climbing|falling)\b"
# "What does Apple hope to achieve?", "Apple's goal with the deal", "what does it want out of
# it": an aim, which a sentence stating only what was done ("chose Alibaba to enhance ...") does
# not state as one.
_AIM_NOUN = r"(?:goals?|aims?|objectives?)"
# "What probability does the article give approval?", "odds of approval", "how likely is it":
# a likelihood, which a fact saying what happens "if approved" does not give.
_ASKS_LIKELIHOOD = re.compile(
    r"\b(?:probability|odds|likelihood|chances?) (?:of|that|for|is|are|does|do|did|will)\b"
    r"|\bwhat (?:probability|odds|likelihood|chances?)\b|\bhow (?:likely|probable)\b"
)
_ASKS_AIM = re.compile(
    # (someone's aim, not a goal as a thing: "the goal of civil disobedience", "a target goal")
    rf"\b(?:what|which)(?:'s| is| was| are| were)? (?:[\w']+ ){{0,3}}?{_AIM_NOUN}\b(?! of\b)"
    rf"|\b(?:\w+'s?|its|their|his|her) (?:main |ultimate |real |big |stated )?{_AIM_NOUN}\b(?! of\b)"
    rf"|\b{_AIM_NOUN} (?:with|behind|in|for) (?:the|this|that|its|their) "
    r"|\b(?:hopes?|hoping|hoped) (?:to|for|the|that|this)\b"
    r"|\bwants? (?:to get|to gain|to achieve|from|out of)\b|\btrying to (?:achieve|accomplish)\b"
    r"|\b(?:get|gain|gets|gained|getting) (?:from|out of) (?:this|the|it)\b"
)
_ASKS_PRESENT_MARKET = re.compile(rf"{_NOW}(?=.*{_MARKET})|{_MARKET}.*{_NOW}")

# "What time did Samsung announce it?", "what time of day": when in the day, which a date
# alone does not give ("later that evening" does).
_ASKS_TIME_OF_DAY = re.compile(
    # (not "during what time did civilization flourish": a period)
    r"(?<!during )(?<!in )(?<!over )(?<!by )\bwhat time (?:did|does|do|was|is|will|were)\b"
    r"|\b(?:what|which) time of (?:the )?day\b"
    r"|\bat what time\b"
)

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")

# "What was the trading volume?": how many were traded, which a percentage move does not give.
_ASKS_VOLUME = re.compile(
    r"\b(?:trading|trade|share|stock) volumes?\b|\bshares (?:were )?traded\b"
    r"|\bvolumes? (?:on|of|in|for)\b"  # "the volume on the BABA ADRs"
)
_WH_WORD = re.compile(r"\b(?:what|which|who|whom|whose|how|why|where)\b")

# Words that make a question of a sentence; without any, it is a query typed into a search box.
ASKS_SENTENCE = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how)\b"
    r"|^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b"
)
# ...and the nouns that say them in a search-box query.
_KEYWORD_DEMANDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("volume", re.compile(r"\bvolumes?\b")),
    ("close", re.compile(r"\b(?:close|closing)\b(?! (?:to|in on)\b)")),
)

# "What if DeepSeek hires more people, could Apple switch back?", "If the deal works, will Apple
# use Alibaba elsewhere?", "What if revenue drops again?": what would follow from a supposition,
# which a fact states only as a condition or a cause of its own ("If approved, ...", "due to").
SUPPOSING = r"(?:(?:and |but |so )?what if|if|suppose|supposing|imagine|assuming|let'?s say)"
_ASKS_CONSEQUENCE = re.compile(
    rf"^\W*{SUPPOSING}\b(?:[^,?]*,\s*(?:would|will|could|can|might|may|should)\b|[^,?]*\W*$)"
)

# "Which specific features are they building?", "the exact features", "what features does it
# have": the things a product offers, one by one, which a fact gives only as a list.
_OFFERED_THINGS = r"(?:features|tools|functions|capabilities|products|services|apps)"
_ASKS_SPECIFICS = re.compile(
    r"\b(?:which|what) (?:specific|exact|particular|individual|actual) (?:[\w-]+ ){0,2}?"
    + _OFFERED_THINGS
    + r"\b|\b"
    + _OFFERED_THINGS
    + r" (?:exactly|specifically)\b|\bthe exact (?:[\w-]+ ){0,2}?"
    + _OFFERED_THINGS
    + r"\b"
    # "what ai features does the galaxy s25 have": which ones (not "what kind of features")
    # (products and apps have names a fact may give: "what products did alibaba launch")
    + r"|\bwhat (?:ai |new )?(?:features|tools|functions|capabilities)"
    + r" (?:does|do|did|will|would|can|could)\b"
)

# "By how many percentage points ...?", "how many times more ...", "the ratio of ...", "on
# average", "combined", "add up ...": a figure worked out of the article's, which a fact must
# state itself (the engine does no sums).
_ASKS_COMPUTED = re.compile(
    r"\b(?:percentage|pct|%) points?\b|\btimes (?:more|bigger|larger|higher|greater|smaller"
    r"|as (?:many|much|big))\b|\bratio\b|\b(?:on )?average\b|\bcombined (?:gain|rise|total|drop|fall"
    r"|figure|percent(?:age)?|number|count|amount|sum)\b|\bover both days\b|\badd(?:ed)? (?:up|together)\b|\bsum of\b"
    r"|\btotal (?:percent(?:age)?|gain|rise|increase|drop|fall)\b"
    # ...as a trader types it: "combined % gain", "diff pts", "avg", "llama minus tongyi" (not
    # "minus 7,7 percent", a fall), "remaining % of original"
    r"|\bcombined %|\bdiff(?:erence)? (?:in )?(?:pts|points)\b|\b(?:pts|bps)\b|\bavg\b|\bminus\b(?! ?[\d-])"
    r"|\b(?:%|percent|percentage|share|fraction|portion) of (?:the )?original\b|\bremaining %"
    # "how much more did Alibaba gain in Hong Kong than in the US": a difference
    r"|\bhow (?:much|many) (?:more|less|fewer|higher|lower)\b.*\bthan\b"
)

# Demands a question's wording alone decides...
_ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("consequence", _ASKS_CONSEQUENCE),
    ("person", _ASKS_PERSON),
    ("failed-condition", _ASKS_FAILED_CONDITION),
    ("close", _ASKS_CLOSE),
    ("week", _ASKS_LATER_WEEK),
    ("exclusive", _ASKS_EXCLUSIVE),
    ("devices", _ASKS_DEVICES),
    ("venue", _ASKS_VENUE),
    ("rank", _ASKS_RANK),
    ("data", _ASKS_DATA),
    ("where-run", _ASKS_WHERE_RUN),
    ("specifics", _ASKS_SPECIFICS),
    # "qwen 2.5 max parameters", "is it open-weight?", "context window of qwen 2.5-max?"
    ("specs", SPECS),
    ("since", _ASKS_SINCE),
    ("beginning", _ASKS_BEGINNING),
    ("day", _ASKS_DAY),
    ("earlier", _ASKS_EARLIER),
    ("comparison", _ASKS_COMPARISON),
    ("base", _ASKS_BASE),
    ("how-to", _ASKS_HOW_TO),
    ("volume", _ASKS_VOLUME),
    ("on-sale", _ASKS_ON_SALE),
    ("owner", _ASKS_OWNER),
    ("terms", _ASKS_TERMS),
    ("term-length", _ASKS_TERM_LENGTH),
    ("hour", _ASKS_HOUR),
    ("time-of-day", _ASKS_TIME_OF_DAY),
    ("market-share", MARKET_SHARE),  # "Huawei smartphone market share in China?"
    ("present-market", _ASKS_PRESENT_MARKET),
    ("aim", _ASKS_AIM),
    ("computed", _ASKS_COMPUTED),
    ("likelihood", _ASKS_LIKELIHOOD),
)

# ...and what a fact must state to meet each of these (fit 0.45 when it does not).
_MET: dict[str, Callable[[Evidence], bool]] = {
    "consequence": lambda found: bool(found.conditions) or found.has_reason,
    "person": lambda found: found.has_person,
    "failed-condition": lambda found: found.has_failed_condition,
    "close": lambda found: not found.intraday,
    "week": lambda found: found.has_week,
    "elsewhere": lambda found: not found.regional,
    "exclusive": lambda found: found.exclusive,
    "devices": lambda found: found.names_devices,
    # (a country is no venue: "in partnership with China's ...", "its AI partner in China")
    "venue": lambda found: (
        any(place not in country_words() for place in found.located) or names_city(found.names)
    ),
    "rank": lambda found: found.ranks,
    "data": lambda found: found.speaks_of_data,
    "where-run": lambda found: found.says_where_run,
    "specifics": lambda found: len(found.listed) > 1,
    "specs": lambda found: found.states_specs,
    "since": lambda found: not found.has_future,
    "beginning": lambda found: found.has_span or bool(found.years),
    "day": lambda found: bool(found.days),
    "earlier": lambda found: bool(found.years or found.days),
    "comparison": lambda found: found.compares or len(found.numbers + found.percentages) > 1,
    "base": lambda found: found.states_base,
    "same-time": lambda found: found.states_same_time,
    "how-to": lambda found: found.instructs,
    "volume": lambda found: any(count not in VAGUE_COUNTS for count in found.counts),
    "on-sale": lambda found: found.on_sale,
    "owner": lambda found: found.states_owner,
    "terms": lambda found: found.has_money or found.exclusive,
    "term-length": lambda found: found.has_future and found.has_span,
    "hour": lambda found: found.gives_hour,
    "time-of-day": lambda found: found.gives_time_of_day,
    "market-share": lambda found: found.states_market_share,
    "present-market": lambda found: found.states_present,
    "aim": lambda found: found.states_aim,
    "computed": lambda found: found.states_computed,
    "likelihood": lambda found: found.states_likelihood,
}


def demands(question_folded: str, kind: str | None) -> frozenset[str]:
    """What a question demands beyond its type (`kind`): "count", "money", "future", "date",
    "elsewhere", "condition", "same-time", and each of `_ASKED` and `_KEYWORD_DEMANDS` by name
    ("consequence", "person", "specs", "day", "volume", ...).

    "How many" wants a count, not a percentage or a year; "how much did it cost" an amount of
    money (not a percentage, when the question asks how much something fell); "when will" a date
    still to come; "what year" and "when exactly" a calendar date, not "subsequently". Worked out
    once per question, then met or not by each fact (`demand_fit`).
    """
    asked = set()
    if any(pattern.search(question_folded) for pattern in (_ASKS_COUNT, COUNT_OF, TOTAL_OF)):
        asked.add("count")
    if (
        ASKS_MONEY.search(question_folded)
        or _MENTIONS_MONEY.search(question_folded)
        or _ASKS_SPLIT.search(question_folded)
    ) and kind != "percent":
        asked.add("money")
    asked.update(name for name, pattern in _ASKED if pattern.search(question_folded))
    if _ASKS_CONDITION.search(question_folded) and "failed-condition" not in asked:
        asked.add("condition")
    if _ASKS_SAME_TIME.search(question_folded) and not _WH_WORD.search(question_folded):
        asked.add("same-time")
    elsewhere = _ASKS_ELSEWHERE.search(question_folded)
    if (elsewhere and (regional(elsewhere.group(1)) or elsewhere.group(1) == "mainland")) or (
        _ASKS_OTHER_PLACES.search(question_folded)
    ):
        asked.add("elsewhere")
    if _ASKS_FUTURE_DATE.search(question_folded):
        asked.add("future")
    if _ASKS_DATE.search(question_folded):
        asked.add("date")
    if not ASKS_SENTENCE.search(question_folded):
        # A search-box query names what it wants: "9988 volume feb 12", "baba close feb 11".
        asked.update(name for name, pattern in _KEYWORD_DEMANDS if pattern.search(question_folded))
    return frozenset(asked)


def demand_fit(question_folded: str, found: Evidence, asked: frozenset[str]) -> float:
    """How well a fact meets what a question demands beyond its type: 1.0, or low when not.

    `asked` is `demands(question_folded, ...)`. The demands hold even for a curated fact of the
    right kind.
    """
    # The strictest unmet demand decides: the checks giving 0.45 come before those giving 0.7.
    if "money" in asked and not found.has_money:
        return 0.45
    # (a day the sentence gives by reference counts: "later that evening", after "On February
    # 11", is February 11)
    days = tuple(f"{MONTH_NAMES[month - 1]} {day}" for month, day in found.days)
    if "date" in asked and not any_new((*found.dates, *found.years, *days), question_folded):
        return 0.45
    if "condition" in asked and found.conditions.isdisjoint(condition_terms(question_folded)):
        # "What will Apple do if its sales keep falling?" of "If approved, ...": another condition.
        return 0.45
    if any(not met(found) for name, met in _MET.items() if name in asked):
        return 0.45
    counted = tuple(count for count in found.counts if count not in VAGUE_COUNTS)
    # "how many of those 300,000 enterprises ...": the fact's "300,000" is the question's own
    question_folded = _THOUSANDS.sub("", question_folded)
    listing = len(found.listed) > 1 and not _ASKS_TIME_COUNT.search(question_folded)
    if "count" in asked and not (any_new(counted, question_folded) or listing):
        # "several" is no count, unless the fact lists what it counts ("several partners,
        # including Tencent, ByteDance, ...").
        # A share may answer "how many Victorians are Catholic"; nothing numeric cannot.
        return 0.7 if any_new(found.percentages, question_folded) else 0.45
    if "future" in asked and not found.has_future:
        return 0.7
    return 1.0
