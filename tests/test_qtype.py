"""What a question demands of a fact beyond its words: a count, a calendar date, its year."""

import pytest

from bot.engine._demands import demand_fit, demands
from bot.engine._evidence import (
    cause_terms,
    day_after,
    days_named,
    evidence,
    listed,
    unnamed,
    years_named,
)
from bot.engine._qtype import (
    agent,
    asked_which,
    asks_whole,
    fit,
    focus_after_words,
    focus_word,
    question_type,
)
from knowledge._extract import entities


def stated(sentence: str):  # type: ignore[no-untyped-def]
    return evidence(sentence, entities(sentence))


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        ("how many enterprises use it", "with over 300,000 enterprises utilizing it", True),
        ("how many iphones did apple sell", "revenue fell by 7.7% for fiscal year 2024", False),
        ("how many features will ship with ios 18.5", "through iOS 18.5 in May", False),
        (
            "how many units of the galaxy s25",
            "On February 11, Samsung unveiled the Galaxy S25",
            False,
        ),
        ("in what year did it launch", "In 2023, Alibaba launched Tongyi Qianwen", True),
        (
            "in what year did apple drop baidu",
            "Subsequently, Apple evaluated several partners",
            False,
        ),
        ("when exactly did it happen", "Subsequently, Apple evaluated several partners", False),
        ("when did apple evaluate others", "Subsequently, Apple evaluated several partners", True),
        ("how much did a single api call cost", "the cost of API calls has dropped by 97%", False),
        ("what is the price of the galaxy s25", "Samsung unveiled the Galaxy S25", False),
        ("how much did the phone cost", "The phone costs $799 in the U.S.", True),
        ("what price did the shares close at", "the stock climbed 8%", False),
        ("what is wisdom spectrum ai valued at", "China's Wisdom Spectrum AI", False),
        ("how much is the startup worth", "The startup is valued at $2 billion.", True),
        ("how much is apple paying alibaba", "Apple picked Alibaba as its partner.", False),
        # A percentage later in the question does not make the question a percentage one.
        (
            "how much did an api call cost before the 97% drop",
            "the cost of API calls has dropped by 97%",
            False,
        ),
        ("what was apple's share price after the rise", "Apple's stock rose by 1.5%.", False),
        ("where did alibaba's shares close on february 11", "It jumped by up to 3%.", False),
        ("where did the stock close", "The stock closed at $120.", True),
        ("how much revenue does alibaba make from api calls", "API costs dropped 97%.", False),
        ("what did an api call cost before the cut", "API costs dropped 97%.", False),
        ("what does the phone cost in china", "The phone costs $799 in China.", True),
        ("how much revenue did the unit make", "The unit made $2 billion in revenue.", True),
        ("what is apple's market capitalization", "Apple's stock price rose by 1.5%", False),
        (
            "how much will the ai features cost iphone users",  # an object after "cost"
            "the feature is anticipated to be rolled out through iOS 18.5 in May",
            False,
        ),
        ("how much has the cost of api calls dropped", "the cost has dropped by 97%", True),
        ("when will the features launch", "It is anticipated to be rolled out in May.", True),
        ("when will the features launch", "On February 11, Samsung unveiled the S25.", False),
        ("so when is it launching", "In 2023, Alibaba launched Tongyi Qianwen.", False),
        ("when are the features coming", "It is anticipated to be rolled out in May.", True),
        ("when does apple ai come to china", "Apple announced it later that evening.", False),
        ("when do people in china get it", "Samsung unveiled its phone on February 11.", False),
        # A rank the fact does not state; privacy it does not speak of.
        ("was q4 apple's worst ever", "Revenue fell 11% in the fourth quarter.", False),
        ("was q4 apple's worst ever", "It was the worst quarter on record.", True),
        ("was q4 apple's worst ever", "The latest report shows revenue fell.", False),  # latest
        ("what was the biggest gain", "The stock jumped by up to 3%.", True),
        ("will alibaba get user data", "Apple chose Alibaba as its partner.", False),
        ("what spacecraft contained data on the sun", "Genesis carried samples.", True),
        ("what's the weather in hong kong this weekend", "The next day shares rose.", False),
        ("ok it launches in may, but what happens if regulators reject it", "If approved.", False),
        ("who were the information's sources", "Sources indicated that Apple decided.", False),
        ("how much did iphone unit sales fall", "Revenue fell by 7.7% year-on-year.", False),
        ("how many units were sold", "It sold 2 million units.", True),
        # Where the shares ended the day, against a move during it.
        ("how much did the shares close up", "Intraday gains exceeded 8%.", False),
        ("how much did the shares close up", "The shares closed up 5%.", True),
        # A later time than the one day the fact gives.
        ("did the shares give back their gains later that week", "The next day it rose.", False),
        ("what happened the following week", "The following week, sales fell.", True),
        ("what was the stock doing the week after the news", "The next day it rose 8%.", False),
        # Anywhere but the place a regional fact is about.
        (
            "when does it come to iphones outside china",
            "It will reach Chinese users in May.",
            False,
        ),
        ("when does it come to iphones outside china", "It will reach all users in June.", True),
        ("what other than the price changed", "Prices in China rose.", True),  # no place
        # Exclusivity a fact does not state, and devices it does not name.
        ("is alibaba apple's exclusive partner", "Apple chose Alibaba as its partner.", False),
        ("is alibaba apple's exclusive partner", "Alibaba is its only partner.", True),
        ("will older iphones get it", "It reaches Chinese iPhone users in May.", False),
        ("which iphone models will get it", "It reaches the iPhone 16 in May.", True),
        # Money asked in another language's order, and a price with a word before it.
        ("before drop 97%, tongyi api price was how much", "API costs fell by 97%.", False),
        ("chinese users must pay how much for it", "It comes with iOS 18.5.", False),
        ("what retail price has been set for the s25", "Samsung unveiled the S25.", False),
        ("what retail price has been set for the s25", "The S25 sells for $799.", True),
        # Who the unnamed sources are is a person asked for.
        ("who are these sources anyway", "Sources indicated that Apple decided.", False),
        # The failed condition first.
        ("if not approved, will apple choose deepseek again", "If approved, it ships.", False),
        # A span still to come is not how long something took.
        ("how long will the partnership last", "Apple announced it later that evening.", False),
        ("how long will the deal run", "The deal is expected to last for five years.", True),
        # Yes/no questions about paying or losing money want an amount of money.
        ("will i have to pay extra for it", "It will be rolled out through iOS 18.5.", False),
        ("did baidu lose money because of it", "The collaboration could not be sustained.", False),
        ("is it free for users", "The feature is free and costs users $0.", True),
        # ...but "what do they have to pay for" asks what, not how much.
        ("what do students have to pay for", "Students pay for books and uniforms.", True),
        # Someone in a company's ranks: a sentence that speaks of no person does not name them.
        ("which apple executive announced it", "Apple announced it later that evening.", False),
        ("who at alibaba leads the work", "At one point, it chose Baidu as its partner.", False),
        ("what is the name of the man who runs alibaba", "Alibaba launched Qwen.", False),
        ("who is alibaba's ceo", "Alibaba launched Qwen in 2023.", False),
        ("which reporter at the information wrote it", "According to The Information.", False),
        ("who is the author of this article", "Sources indicated that Apple decided.", False),
        ("what are the names of the sources", "Sources indicated that Apple decided.", False),
        ("who is apple's ceo", "Apple CEO Tim Cook acknowledged the decline.", True),
        ("which executive announced it", "Its chairman said he was pleased.", True),
        # "What author argues ...?" may be answered by a name alone: no role is demanded.
        ("what author argues for conscience", "Thoreau argues for conscience.", True),
        # The consequence of a condition failing is not what follows if it holds.
        (
            "what happens if the features are not approved",
            "If approved, the feature will be rolled out in May.",
            False,
        ),
        ("what if regulators reject it", "If approved, the feature will be rolled out.", False),
        # A what-question with an "if ... not" that asks what, not what follows.
        ("what allows users to get it if they do not pay", "Users get it by signing up.", True),
        (
            "what happens if the features are not approved",
            "Unless approved, the launch will be delayed.",
            True,
        ),
        ("what happens if they are approved", "If approved, it will be rolled out in May.", True),
        ("how much is apple paying the chinese shopping company for it", "Apple chose it.", False),
        ("what was the per-token api price before the cut", "API costs fell by 97%.", False),
        ("what was the api price cut", "API costs fell by 97%.", True),
        ("what's the contract value of the deal", "Apple chose Alibaba as its partner.", False),
        ("how long is the deal supposed to last", "Apple announced it later that evening.", False),
        ("who's the engineering lead on apple's side", "Apple announced it that evening.", False),
        ("who's in charge of the project at alibaba", "Alibaba launched Qwen.", False),
        ("who was in charge of the papal army", "The army was led by Robert.", True),
        ("alibaba ceo name", "Alibaba launched Qwen in 2023.", False),
        # The day itself, not only the month.
        ("which day in may exactly", "It will be rolled out in May this year.", False),
        ("what day did samsung unveil it", "On February 11, Samsung unveiled it.", True),
        ("what day of the week is it", "It will be rolled out in May this year.", True),
        # A time before the fact's present figure.
        ("how many enterprises used it a year ago", "Over 300,000 enterprises use it.", False),
        ("what did apple test two years ago", "Since 2023, Apple has been testing models.", True),
        # A comparison the fact neither makes nor gives the figures for.
        ("did tencent offer a cheaper deal than alibaba", "Apple evaluated Tencent.", False),
        ("is qwen bigger than llama", "It is second only to Meta's Llama series.", True),
        ("did alibaba rise more than apple", "Alibaba rose 3% and Apple 1.5%.", True),
        ("are more than 300,000 firms using it", "Apple evaluated Tencent.", True),  # a figure
        # What follows a failed condition, in other words.
        ("what's apple's fallback if the authorities say no", "If approved, it ships.", False),
        ("what penalties would apple face if it launched without approval", "If approved.", False),
        ("what would apple gain if approved", "If approved, it ships in May.", True),
        # Data rules, and a price with words before "of".
        ("what data localisation rules apply", "Apple chose Alibaba as its partner.", False),
        ("what is the per-token price of api calls now", "API costs fell by 97%.", False),
        # Who founded something is a person; where someone is based, a place they are based.
        ("who started deepseek", "Apple evaluated Tencent and DeepSeek.", False),
        ("who founded the company", "Its founder, Liang, set it up in 2023.", True),
        ("who started the trend", "Apple evaluated Tencent and DeepSeek.", True),  # not a founder
        ("in which country is the information based", "According to The Information.", False),
        ("where is the company headquartered", "The Hangzhou-based firm said so.", True),
        ("where is the forest located", "The forest lies north of the city.", True),
        ("where do tongyi-based models rank", "It is second only to Meta's Llama.", True),
        # A close with words between; an exact date with a word before "date".
        ("did the shares close more than 8% higher", "Intraday gains exceeded 8%.", False),
        ("what is the exact release date", "It will be rolled out in May this year.", False),
        # "several" is no count, unless the fact lists what it counts.
        ("how many companies did it choose from", "It chose from several companies.", False),
        (
            "how many companies did it evaluate",
            "It evaluated several companies, including Tencent, ByteDance and Alibaba.",
            True,
        ),
        # The price of a thing, not how much something changed.
        ("how much is the galaxy s25 in china", "Samsung unveiled the Galaxy S25.", False),
        ("how much is the galaxy s25 in china", "The Galaxy S25 costs $799.", True),
        ("how much are the shares up", "The shares rose 3%.", True),
        ("how much are apple's sales falling in china", "Revenue fell by 7.7%.", True),
        # What follows a condition the fact does not state.
        ("what will apple do if its sales keep falling", "If approved, it ships in May.", False),
        ("what will apple do if it is approved", "If approved, it ships in May.", True),
        # Whether two things happened together, against what happened on the day.
        (
            "did apple announce it the same night samsung launched its phone",
            "On February 11, Samsung unveiled its phone.",
            False,
        ),
        (
            "did apple announce it the same night samsung launched its phone",
            "Apple announced later that evening that it had chosen Alibaba.",
            True,
        ),
        ("what did samsung launch the same day", "On February 11, Samsung unveiled it.", True),
        ("so it came the very evening samsung launched", "Samsung unveiled it on Feb 11.", False),
        # Steps the asker can follow, which a report does not give.
        ("how do i update my iphone to the latest ios", "It ships through iOS 18.5.", False),
        ("how to say thank you in chinese", "Apple chose Alibaba.", False),
        ("how do i turn it on", "To do so, open Settings and tap Apple Intelligence.", True),
        ("how would one write it in big o notation", "It is written O(n^2).", True),
        ("how would you describe apple's year", "Apple's sales fell.", True),
        # A closing gain, a year earlier, money in absolute terms or in one dollar, market value,
        # the sources "exactly", a trading volume, a count of months.
        ("what was the hong kong closing gain", "Intraday gains exceeded 8%.", False),
        ("how many enterprises used it a year earlier", "Over 300,000 enterprises use it.", False),
        ("what was the revenue in absolute terms", "Revenue fell by 7.7%.", False),
        ("what is the price of one share in dollar", "The shares rose 3%.", False),
        ("how much market value did alibaba add", "Alibaba's shares rose 3%.", False),
        ("who exactly were the information's sources", "Sources said Apple chose it.", False),
        ("what was the trading volume of the shares", "The shares rose 3%.", False),
        ("what was the trading volume of the shares", "Some 30 million shares traded.", True),
        (
            "how many months did apple work with baidu",
            "Apple evaluated several partners, including Tencent, ByteDance and Baidu.",
            False,
        ),
        # Who runs the company, its top guy; which went up the most.
        ("who runs the online shopping giant these days", "Alibaba launched Qwen.", False),
        ("what did the top guy at the shopping giant say", "Alibaba launched Qwen.", False),
        ("which of its related stocks went up the most", "Its concept stocks gained.", False),
        # When it goes on sale, not when it was unveiled; who owns it; how revenue is split.
        ("when does the galaxy s25 go on sale in china", "Samsung unveiled the S25.", False),
        ("when does the galaxy s25 go on sale in china", "It will go on sale on March 7.", True),
        ("when will it be in the shops", "It is to be rolled out in May.", True),
        ("that wisdom something company, who owns it", "China's Wisdom Spectrum AI.", False),
        ("who owns tiktok", "ByteDance, TikTok's parent, was evaluated.", True),
        ("how will revenue be split between them", "Apple chose Alibaba as its partner.", False),
        # A clock time; a market share; a market today.
        ("at what hour was it announced", "Apple announced it later that evening.", False),
        ("at what hour was it announced", "Apple announced it at 9 p.m.", True),
        ("what time of day did apple announce it", "Apple announced it later that evening.", True),
        ("huawei smartphone market share in china", "Huawei gave Apple stiff competition.", False),
        (
            "is alibaba's stock still rising now",
            "The next day, the stock continued to climb.",
            False,
        ),
        ("where do things stand now", "Currently, the features await approval.", True),
        # How a listing closed; a whole week; "how much costs"; a reporter's name; who
        # negotiated; how long a contract runs; a count the question already holds; a time of day.
        ("how did 9988 close on feb 12", "Intraday gains exceeded 8%.", False),
        ("how much did the shares rise over the whole week", "The shares rose 3%.", False),
        ("how much costs now one api call", "API costs fell by 97%.", False),
        ("what's the name of the reporter who broke this", "According to The Information.", False),
        ("who negotiated the deal on apple's side", "Apple chose Alibaba.", False),
        ("how long is the contract with alibaba", "Over the past year, costs fell 97%.", False),
        (
            "how many of those 300,000 enterprises pay for it",
            "Over 300,000 enterprises use it.",
            False,
        ),
        ("what time did samsung announce it", "On February 11, Samsung unveiled it.", False),
        ("what time did apple announce it", "Apple announced it later that evening.", True),
        ("during what time did the city flourish", "It flourished in the 1500s.", True),
        # A search-box query names what it wants: the close, not a move during the day.
        ("9988 close feb 12", "It rose as much as 8% during the day.", False),
        ("9988 volume feb 12", "It rose 8% on February 12.", False),
        ("9988 close feb 12", "It closed 8% higher on February 12.", True),
        # A listing's close is its price at the end of the day, and a price target a price too.
        ("baba hk close feb 11?", "Alibaba's Hong Kong stock rose 8% the next day.", False),
        ("baba hk close feb 12?", "It closed at HK$120 on February 12.", True),
        ("analyst price target on baba?", "Alibaba's US shares surged.", False),
        # When something began: a span or a year, not the day of an event.
        ("when did they start working together", "On February 11, they launched it.", False),
        ("when did apple start working with them", "Since 2023, Apple has tested them.", True),
        # What a phone retails or sells for is its price.
        ("what does the s25 retail for", "Samsung unveiled the Galaxy S25.", False),
        ("what does the s25 sell for?", "Samsung unveiled the Galaxy S25.", False),
        # A rate per tokens, or what a thing costs now, is a price.
        ("qwen cost per million tokens?", "The cost of API calls dropped by 97%.", False),
        ("whats an api call cost now", "The cost of API calls dropped by 97%.", False),
        ("whats an api call cost now", "A call costs $0.001.", True),
        # ...which a question need not: "or the close" is one answer offered.
        ("was the 8% intraday or the close", "It rose as much as 8% during the day.", True),
        # The strictest unmet demand decides, whatever order they are checked in.
        (
            "when will the galaxy s25 go on sale",
            "Samsung will unveil the Galaxy S25 on February 11.",
            False,
        ),
    ],
)
def test_demand_fit(question: str, sentence: str, fits: bool) -> None:
    asked = demands(question, question_type(question))
    assert (demand_fit(question, stated(sentence), asked) == 1.0) is fits


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("what was apple's total revenue", True),
        ("apple worldwide sales", True),
        ("apple's total revenue in china", False),  # names its place
        ("how many chinese users", False),  # a nationality is a place too
        ("how much did revenue fall", False),
        # ...the world, with or without its article
        ("how much did apple revenue fall in whole world", True),
        ("apple sales around the world", True),
    ],
)
def test_asks_whole(question: str, whole: bool) -> None:
    assert asks_whole(question) is whole


@pytest.mark.parametrize(
    ("sentence", "regional"),
    [
        ("Apple's revenue in Greater China fell by 7.7%.", True),
        ("AI features tailored for Chinese iPhone users.", True),
        ("Samsung unveiled the Galaxy S25 with a Korean partner.", True),
        ("The cost of API calls has dropped by 97%.", False),
    ],
)
def test_regional(sentence: str, regional: bool) -> None:
    assert stated(sentence).regional is regional


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("submitted for approval by relevant departments.", [{"depart"}]),
        ("several of Alibaba's concept stocks also posted gains", [{"concept", "stock"}]),
        ("evaluated several potential partners, including Tencent", []),  # named after all
        ("domestic brands like Huawei and vivo", []),
        ("Apple chose Alibaba.", []),
    ],
)
def test_unnamed(sentence: str, phrases: list[set[str]]) -> None:
    assert [set(phrase) for phrase in unnamed(sentence)] == phrases


def test_listed() -> None:
    sentence = "Apple evaluated several partners, including Tencent, ByteDance and DeepSeek."
    assert listed(sentence, ["Apple", "Tencent", "ByteDance", "DeepSeek"]) == {
        "tencent",
        "bytedance",
        "deepseek",
    }
    # The list ends where the sentence goes on; a name also outside the list is not only listed.
    assert listed("rivals like Huawei and vivo in the Chinese market", ["Huawei", "Chinese"]) == {
        "huawei"
    }
    assert listed("Huawei grew, unlike rivals such as Huawei's peers", ["Huawei"]) == frozenset()


def test_agent() -> None:
    assert agent("how did tencent react to the news") == "tencent"
    assert agent("why didn't bytedance get the deal") == "bytedance"
    assert agent("did tencent react") is None  # a yes/no question may ask about a listed name


def test_asked_which() -> None:
    assert asked_which("which government department has to approve it") == {"govern", "depart"}
    assert asked_which("which of the concept stocks rose") == {"concept", "stock", "rose"}
    assert asked_which("which benchmarks did it win") == {"benchmark"}
    assert asked_which("what did apple do") == frozenset()
    assert asked_which("which specific benchmarks did it top") == {"benchmark"}
    assert asked_which("what benchmarks did it win") == {"benchmark"}
    assert asked_which("what is the benchmark") == frozenset()
    # "which" as a relative pronoun names nothing; "the name of" then asks which.
    assert asked_which("the name of regulator which must approve it") == {"regul"}
    assert asked_which("concept stock names?") == {"concept", "stock"}
    # A learner's word order: what is asked ends at "exactly".
    assert asked_which("which benchmarks exactly qwen is winning") == {"benchmark"}
    # "which ... are the Y" asks to name Y.
    assert asked_which("which are alibaba's concept stocks?") == {"concept", "stock"}
    assert asked_which("which firms are the concept stocks") == {"firm", "concept", "stock"}
    # What a thing is called, asked in any order, asks to name it.
    assert asked_which("government department name is what") == {"govern", "depart"}
    assert asked_which("what is the government body reviewing it called?") == {
        "govern",
        "bodi",
        "review",
    }
    assert asked_which("the government body reviewing it is called ___") == {
        "govern",
        "bodi",
        "review",
    }


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        ("what percentage of users want it", "It comes with iOS 18.5 in May.", False),
        ("what percentage of users want it", "Its stocks rose by 3%.", True),
        ("what percentage of users want it", "Several of its stocks rose.", False),
        ("how much did the price rise", "It had risen by less than two percent a year.", True),
    ],
)
def test_percent_fit(question: str, sentence: str, fits: bool) -> None:
    assert (fit("percent", stated(sentence), question) >= 0.75) is fits


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("what is the price of the galaxy s25", "price"),
        ("what is vivo's market share in china", "share"),  # owned: asked, though a kind word
        ("what share of revenue comes from china", None),  # a kind of answer: the type's job
        ("how many enterprises use it", "enterprises"),
        # What is named: the thing before what it does, or before "name" in a keyword query.
        ("what's the name of the wisdom spectrum model shipping on the s25", "model"),
        ("bytedance ai model name", "model"),
        ("please tell what is the model name of wisdom spectrum ai only", "model"),
        ("what's the name of the deepseek model apple was testing", "model"),
        ("what is the company name of the iphone maker", None),  # a kind of answer
        ("what is the name of the company apple chose", None),  # a kind of answer
        ("what is the name of the ai model samsung uses", "model"),
        ("what is the name of the model apple picked", "model"),
        ("which firms did apple weigh up", None),  # a kind of answer, plural too
        ("what is the weather like in beijing today", "weather"),
        # A search-box query ending in what it measures asks for that measure.
        ("apple intelligence china launch price", "price"),
        ("baba close price feb 11", "price"),
        ("apple intelligence china launch", None),
        ("which department in china must approve it", "department"),  # a verb after the place
        ("which version of ios will carry it", None),
        ("the ai features were submitted to whom?", "submitted"),  # the deed, asked last
    ],
)
def test_focus_word(question: str, focus: str | None) -> None:
    assert focus_word(question) == focus


def test_days_named() -> None:
    assert days_named("on february 11 and 3rd of march") == {(2, 11), (3, 3)}
    assert days_named("in 2023, for 11 months") == frozenset()
    assert days_named("rose by 1.5 february 11") == {(2, 11)}  # a figure before the date
    assert day_after((2, 11)) == (2, 12)
    assert day_after((2, 28)) == (2, 29)  # a leap year: the day may be meant
    assert day_after((12, 31)) == (1, 1)


def test_years_named() -> None:
    assert years_named("revenue in fiscal 2023 and 2024, not 300000") == {"2023", "2024"}
    assert years_named("revenue fell") == frozenset()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how long has apple been testing chinese models", "duration"),
        ("how long ago did apple pick baidu", "date"),
        ("how many enterprises use it", "number"),
        ("what made apple choose alibaba", "reason"),
        ("what was it about alibaba that apple liked", "reason"),
        ("what about the shopping giant won apple over", "reason"),
        ("what did apple like about alibaba", "reason"),
        ("what is the score of qwen in the benchmarks", "number"),
        ("where do tongyi-based derivative models rank on hugging face", None),
        ("where does the rollout stand right now", None),
        ("how much did the stock go up", "percent"),
        ("which benchmarks did it win", "name"),
        ("apple evaluated which firms", "name"),
        ("what is the status of the features which apple and alibaba develop", None),
        # A search-box query says what it asks with a noun.
        ("tencent shares % pls", "percent"),
        ("alibaba stock feb 12 percentage", "percent"),
        ("so apple announced it the same day as samsung?", None),
        ("alibaba 3% jump", None),  # a figure it holds, not one it asks
        ("tongyi app users count", "number"),
        ("what's the hugging face download count for the tongyi models", "number"),
        ("quick: total downloads of tongyi derivatives", "number"),
        ("samsung s25 launch date", "date"),
        ("deepseek dropped reason", "reason"),
        ("is the date right", None),  # a question, not a query
        # ...and a day, quarter or year after the noun says when, not what.
        ("tencent close price feb 12", "number"),
        ("baba price q4", "number"),
        ("apple china ai move", None),  # a move may be a decision, not a figure
        ("concept stocks rose how much %", "percent"),
        ("how fast apple fire back after samsung", None),  # how soon, not an amount
        ("did apple shares go up when they announced it", None),
        ("reason apple picked alibaba", "reason"),
        ("the reason is what?", None),
        # "when" after another question word says when the thing asked happened ...
        ("What did Tim Cook blame when he talked about sales slipping?", None),
        ("who's ahead of Qwen when it comes to derivatives?", "name"),
        # ... unless it asks when itself
        ("What's next - when might people get it?", "date"),
        ("which is the date when the departments will approve it?", "date"),
        ("what did apple announce and when?", "date"),
        # A date named as what is asked, or a request put as a command.
        ("what is the expected approval date?", "date"),
        ("Kindly confirm the expected approval date from the relevant departments.", "date"),
        ("please state the headcount of the deepseek team", "number"),
        ("what was the full year", None),  # the year's figure, not a date
    ],
)
def test_question_type(question: str, kind: str | None) -> None:

    assert question_type(question) == kind


def test_a_duration_is_a_date_or_an_amount_of_time() -> None:

    since = stated("Since 2023, Apple has been testing models.")
    years = stated("The war lasted for six years.")
    assert fit("duration", since, "how long has apple been testing") == 1.0
    assert fit("duration", years, "how long did the war last") == 1.0


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("Since 2023, Apple has been testing models.", True),
        ("Over the past year, the cost has dropped by 97%.", True),
        ("The war lasted from 1914 to 1918.", True),
        ("He reigned for 22 years.", True),
        ("On February 11, Samsung unveiled the Galaxy S25.", False),  # a date, no span
        ("Subsequently, Apple evaluated several partners.", False),
    ],
)
def test_how_long_wants_a_span(sentence: str, fits: bool) -> None:
    assert (fit("duration", stated(sentence), "how long did it last") == 1.0) is fits


def test_a_figure_the_question_already_gives_is_no_answer() -> None:
    sentence = stated("Qwen 2.5-Max has excelled in multiple international benchmarks.")
    assert fit("number", sentence, "what scores did qwen 2.5-max get") < 0.5
    assert fit("number", stated("It scored 89 points."), "what scores did it get") == 1.0


def test_cause_terms() -> None:
    sentence = "it could not be sustained due to baidu's slow progress in developing models."
    assert cause_terms(sentence) == {"baidu", "slow", "progress", "develop", "model"}
    assert cause_terms("apple chose alibaba.") == frozenset()


def test_the_kind_asked_after_names() -> None:
    assert focus_after_words("which tencent model did apple test?") == (("tencent",), "model")
    assert focus_after_words("what ai model does wisdom put in it?") == (("ai",), "model")
    assert focus_after_words("which chinese company did apple pick?") is None  # a kind of answer
    assert focus_after_words("which ios version will bring it?") is None  # named by its number


@pytest.mark.parametrize(
    ("question", "put_up", "when"),
    [
        ("alibaba launched tongyi in 2024, right?", True, {"2024"}),
        ("our draft says it ships in april. what ?", True, {"april"}),
        ("apple rose 3% on february 12. is that the right day?", True, {"12"}),
        ("samsung unveiled it on february 9. can you check the date?", True, {"9"}),
        ("may it launch in may?", True, {"may"}),  # the month after "in", not the verb
        ("when did alibaba launch tongyi?", False, set()),
        ("alibaba launched tongyi in 2023.", False, set()),
    ],
)
def test_what_a_question_puts_up_for_checking(question: str, put_up: bool, when: set[str]) -> None:
    from bot.engine._checking import put_up_for_checking, puts_up

    assert puts_up(question) is put_up
    assert put_up_for_checking(question, {}).claimed_when == when


def test_asking_whether_the_day_is_right() -> None:
    from bot.engine._checking import put_up_for_checking

    assert put_up_for_checking("it rose 8% on february 11. is that the right day?", {}).when_checked
    assert not put_up_for_checking("it rose 8% on february 11. is that right?", {}).when_checked
