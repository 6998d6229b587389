"""Normalisation: cleaning user input, unified numbers and words, aliases."""

from __future__ import annotations

import pytest

from bot.engine import MAX_QUESTION_CHARS, Engine
from bot.engine._asker import final_question, small_talk, without_scene
from bot.engine._index import phrasing_forms, phrasing_words
from bot.engine._normalize import (
    AliasTable,
    clean,
    content_terms,
    paragraph_asked,
    respell,
    summary_asked,
    surface_terms,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Why did Apple drop DeepSeek?", "Why did Apple drop DeepSeek?", id="plain"),
        pytest.param("Who\x00 is\x07 it\x1b?", "Who is it ?", id="control-chars"),
        pytest.param("line\nbreak\ttab\r\n", "line break tab", id="one-line"),
        pytest.param("a\u2028b\u2029c", "a b c", id="unicode-line-separators"),
        pytest.param("\u200fWho\u200e is \u202bit\u202c?", "Who is it ?", id="bidi-marks"),
        pytest.param("<b>Why</b> did <i>Apple</i>?", "Why did Apple ?", id="html-tags"),
        pytest.param(
            "<b>Why</b> did <script>alert(1)</script> Apple?",
            "Why did Apple?",
            id="script-dropped-whole",
        ),
        pytest.param("ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３", "fullwidth ABC 123", id="nfkc-fullwidth"),
        pytest.param("\ufb01nance", "finance", id="nfkc-ligature"),
        pytest.param("  many   spaces  ", "many spaces", id="spaces"),
        pytest.param("Is it 🙂?", "Is it 🙂?", id="emoji-kept"),
        pytest.param("", "", id="empty"),
        pytest.param(
            "Did revenue fall <5% or >10%?",
            "Did revenue fall <5% or >10%?",
            id="less-than-is-not-a-tag",
        ),
        # Code pasted in backticks says nothing in words; a name in backticks is still one.
        pytest.param("`SELECT * FROM users;`", "", id="code-span-dropped"),
        pytest.param("```\nprint(1)\n``` why?", "why?", id="code-block-dropped"),
        pytest.param(
            "what does `Qwen 2.5-Max` score?",
            "what does Qwen 2.5-Max score?",
            id="name-in-backticks",
        ),
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a" * 10_000, id="one-long-word"),
        pytest.param(
            "word " * 2_000,
            id="many-words",
        ),
        pytest.param("\x00" * 10_000 + "end", id="only-control-chars"),
    ],
)
def test_clean_truncates_long_input(text: str) -> None:
    cleaned = clean(text)
    assert (len(cleaned) <= MAX_QUESTION_CHARS, cleaned == cleaned.strip()) == (True, True)


def test_clean_cuts_at_the_limit() -> None:
    assert clean("a" * 10_000) == "a" * MAX_QUESTION_CHARS


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("97 percent", "97%", id="percent-word"),
        pytest.param("97 per cent", "97%", id="per-cent"),
        pytest.param("97 pct", "97%", id="pct"),
        pytest.param("three partners", "3 partners", id="number-word"),
        pytest.param("twenty", "20", id="twenty"),
        pytest.param("300,000 enterprises", "300000 enterprises", id="thousands-comma"),
        pytest.param("100 million downloads", "100000000 downloads", id="million"),
        pytest.param("15k models", "15,000 models", id="k-suffix"),
        pytest.param("fy24 revenue", "fiscal year 2024 revenue", id="fy-short-year"),
        pytest.param("fiscal 24 revenue", "fiscal year 2024 revenue", id="fiscal-short-year"),
        pytest.param("1.50", "1.5", id="trailing-zero"),
        pytest.param("Apple's revenue", "apple revenue", id="possessive"),
        pytest.param("Apple’s revenue", "Apple's revenue", id="curly-apostrophe"),
        pytest.param("APPLE Revenue", "apple revenue", id="case"),
        pytest.param("“Apple Intelligence”", '"apple intelligence"', id="curly-quotes"),
    ],
)
def test_surface_terms_agree(left: str, right: str) -> None:
    assert surface_terms(left) == surface_terms(right)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("dropped by 97 percent", ["dropped", "by", "97"], id="percent"),
        pytest.param("three", ["3"], id="three"),
        pytest.param("one of the companies", ["one", "of", "the", "companies"], id="one-is-a-word"),
        pytest.param("300,000", ["300000"], id="300000"),
        pytest.param("Apple's", ["apple"], id="possessive"),
        pytest.param("7.7%", ["7.7"], id="decimal-percent"),
        pytest.param("the U.S. market", ["the", "u.s.", "market"], id="abbreviation"),
        pytest.param("Qwen 2.5-Max", ["qwen", "2.5", "max"], id="model-version-number"),
        pytest.param("🙂🙂🙂", [], id="emoji-only"),
    ],
)
def test_surface_terms(text: str, expected: list[str]) -> None:
    assert surface_terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "How much did Apple's revenue fall in Greater China?",
            ["appl", "revenu", "fall", "greater", "china"],
            id="stop-and-question-words-dropped",
        ),
        pytest.param("partners partnering partner", ["partner"], id="stems-deduplicated"),
        pytest.param("What is it?", [], id="nothing-to-match"),
    ],
)
def test_content_terms(text: str, expected: list[str]) -> None:
    assert content_terms(text) == expected


# The article says "Tongyi Qianwen" itself, so that phrase keeps its place; "Zhipu", "Cupertino" and
# "iPhone maker" are not the article's words, so they are replaced by the words it uses.
ALIASES = AliasTable.build(
    {
        "Qwen": ["Tongyi Qianwen", "Qianwen"],
        "Apple": ["iPhone maker", "Cupertino"],
        "Wisdom Spectrum AI": ["Zhipu"],
    },
    ["Alibaba launched its Tongyi Qianwen model.", "Apple makes the iPhone."],
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param(
            "Who makes Tongyi Qianwen?", "who makes tongyi qianwen? qwen", id="longest-first"
        ),
        pytest.param("what is qianwen", "what is qianwen qwen", id="short-variant"),
        pytest.param(
            "What did the iPhone  maker do?", "what did the apple do?", id="phrase-any-spacing"
        ),
        pytest.param(
            "Did Zhipu and Cupertino talk?",
            "did wisdom spectrum ai and apple talk?",
            id="two-aliases-replaced",
        ),
        pytest.param("What about qianwenx?", "what about qianwenx?", id="whole-words-only"),
        pytest.param("Nothing to expand", "nothing to expand", id="no-alias"),
        pytest.param("Apple's US shares", "apple's u.s. shares", id="us-is-the-country"),
        pytest.param("alibaba's us shares", "alibaba's u.s. shares", id="lower-us-before-shares"),
        pytest.param("iphones in the us", "iphones in the u.s.", id="lower-us-after-the"),
        pytest.param("tell us about it", "tell us about it", id="us-the-pronoun"),
    ],
)
def test_alias_expansion(question: str, expected: str) -> None:
    assert ALIASES.expand(question) == expected


def test_an_alias_may_lead_to_another() -> None:
    table = AliasTable.build(
        {
            "greater china": ["mainland china, hong kong and taiwan"],
            "revenue in greater china": ["sales in greater china"],
            "loop": ["pool"],
            "pool": ["loop"],
        },
        ["Revenue in Greater China fell."],
    )
    assert table.expand("Sales in mainland China, Hong Kong and Taiwan?") == (
        "revenue in greater china?"
    )
    assert table.expand("loop") in {"loop", "pool"}  # a table that loops still ends


def test_a_company_is_called_by_other_words_for_a_company() -> None:
    table = AliasTable.build(
        {"alibaba": ["e-commerce company", "hangzhou giant"], "baidu": ["search firm"]}, []
    )
    assert table.expand("the e-commerce group") == "the alibaba"
    assert table.expand("that e-commerce outfit") == "that alibaba"
    assert table.expand("the e-commerce concern") == "the alibaba"
    assert table.expand("the hangzhou group") == "the alibaba"
    # A giant is a company, but not every company is a giant's kind of firm.
    assert table.expand("the hangzhou company") == "the hangzhou company"
    # A form written in a table wins over one made from another.
    table = AliasTable.build({"baidu": ["search company"], "google": ["search giant"]}, [])
    assert table.expand("the search giant") == "the google"
    # What the company makes may stand between where it is from and the word for it.
    table = AliasTable.build({"apple": ["american company"]}, [])
    assert table.expand("the american computer company") == "the apple"


def test_an_alias_matches_with_a_hyphen_or_without_an_inner_possessive() -> None:
    table = AliasTable.build(
        {
            "baidu": ["search engine giant"],
            "alibaba": ["jack ma's company", "jack ma's"],
            "hugging face": ["hugging-face"],
        },
        ["Hugging Face users made models."],
    )
    assert table.expand("the search-engine giant") == "the baidu"
    assert table.expand("the jack ma company") == "the alibaba"
    assert table.expand("jack ma's new model") == "alibaba new model"
    assert table.expand("who is jack ma") == "who is jack ma"  # the man, not his company
    # A variant that is the term itself written otherwise adds nothing.
    assert table.expand("hugging-face models") == "hugging-face models"


def test_an_alias_key_about_the_us_is_the_country() -> None:
    table = AliasTable.build({"us shares": ["u.s.-listed shares"]}, [])
    assert table.expand("Alibaba's US-listed shares") == "alibaba's u.s. shares"


def test_aliases_make_the_same_terms() -> None:
    assert content_terms(ALIASES.expand("Zhipu")) == content_terms("Wisdom Spectrum AI")


def test_clean_cuts_between_words() -> None:
    # Half a word at the cut would read as a name the article never mentions.
    text = "Why did Apple drop DeepSeek? " * 100
    cleaned = clean(text)
    assert (text.startswith(cleaned), text[len(cleaned)]) == (True, " ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "wen did apple pick alibaba", "when did apple pick alibaba", id="question-word"
        ),
        pytest.param("how many ppl use it", "how many people use it", id="chat-word"),
        pytest.param(
            "wot did apple like abowt alibaba", "what did apple like about alibaba", id="by-sound"
        ),
        pytest.param("how meny dus it have", "how many does it have", id="by-sound-how-many"),
        pytest.param("whay did baidu fail", "why did baidu fail", id="question-word-typo"),
        pytest.param(
            "how much did apple's takings fall", "how much did apple's revenue fall", id="takings"
        ),
        pytest.param("why'd baidu get dropped", "why did baidu get dropped", id="contraction"),
        pytest.param("samsung partnered w who", "samsung partnered with who", id="w-is-with"),
        pytest.param("lol why tho", " why though", id="filler-dropped"),
        pytest.param("so whens it launching", "when is it launching", id="whens"),
        pytest.param(
            "why didnt apple pick baidu", "why did not apple pick baidu", id="no-apostrophe"
        ),
        pytest.param("Wow, Lowell", "Wow, Lowell", id="whole-words-only"),
        pytest.param("is it approved yet or nah", "is it approved yet or ", id="nah-dropped"),
        pytest.param("does it need sign-off", "does it need signoff", id="two-word-form"),
        pytest.param("who was in the bake-off", "who was in the bakeoff", id="bake-off"),
        pytest.param("apple's market cap", "apple's market capitalization", id="market-cap"),
        pytest.param(
            "What happened in 2023 according to the article?",
            "What happened in 2023  ?",
            id="about-the-article",
        ),
        pytest.param("when does the article say it ships", "when   it ships", id="article-says"),
        pytest.param(
            "how long has apple been kicking the tires",
            "how long has apple been testing",
            id="idiom",
        ),
        pytest.param("why did they bail on deepseek", "why did they drop deepseek", id="idiom-2"),
        pytest.param("why did baidu fall by the wayside", "why did baidu drop", id="idiom-wayside"),
        pytest.param("where is it right now", "where is it currently", id="right-now"),
        pytest.param(
            "What's the article's explanation for why Apple needs it?",
            "why Apple needs it?",
            id="explanation-for-why",
        ),
        pytest.param("the big picture goal", "the main goal", id="big-picture"),
        pytest.param("Which sentence mentions iOS 18.5?", "iOS 18.5?", id="which-sentence"),
        pytest.param(
            "BABA vs AAPL who pumped harder",
            "who pumped harder: BABA or AAPL?",
            id="versus-first",
        ),
        pytest.param(
            "what is the difference between qwen vs deepseek?",
            "what is the difference between qwen vs deepseek?",
            id="versus-inside",
        ),
        pytest.param(
            "Where does the article say the shares surged?",
            "the shares surged?",
            id="where-it-says",
        ),
        pytest.param("Verify: the shares rose 1.5%?", "the shares rose 1.5%?", id="verify"),
        pytest.param(
            "Does the article say Apple paid DeepSeek?",
            "did Apple paid DeepSeek?",
            id="does-it-say",
        ),
        pytest.param("its top-of-the-line model", "its flagship model", id="top-of-the-line"),
        pytest.param(
            "who did apple pick, was it baidu?", "who did apple pick?", id="trailing-guess"
        ),
        pytest.param("was it baidu?", "was it baidu?", id="a-guess-alone-stays"),
        pytest.param("What's the capital?", "what is the capital?", id="whats"),
        pytest.param("Name the founder of it.", "which founder of it.", id="quiz-name-the"),
        pytest.param("name alibaba's model hub", "what is alibaba's model hub", id="name-owned"),
        pytest.param("name a model", "name a model", id="name-a-stays"),
        pytest.param(
            "Can you confirm when Apple submitted it?", "when Apple submitted it?", id="confirm-wh"
        ),
        pytest.param(
            "Is it right that DeepSeek denied it?", "did DeepSeek denied it?", id="confirm-deed"
        ),
        pytest.param("is it true that apple chose it", "apple chose it?", id="claim-frame-no-ed"),
        # A month by its place in the year.
        pytest.param("what comes in the fifth month?", "what comes in may?", id="month-by-place"),
        # A writer checking what they may print: the claim is put up.
        pytest.param(
            "Can I say in my piece that the rollout is due in May?",
            "the rollout is due in May?",
            id="may-i-say",
        ),
        pytest.param(
            "can we report that Samsung unveiled it first",
            "did Samsung unveiled it first",
            id="may-i-say-deed",
        ),
        pytest.param(
            "What evidence does the article give that the rally spread?",
            "the rally spread?",
            id="evidence-frame",
        ),
        pytest.param(
            "What's the strongest argument for why Alibaba won?",
            "why Alibaba won?",
            id="argument-frame",
        ),
        pytest.param(
            "Would it be accurate to state, on the basis of the article, that it rose?",
            "it rose?",
            id="accurate-to-state",
        ),
        pytest.param("Is it fair to say it rose", "it rose?", id="fair-to-say"),
        pytest.param("Is the article able to say, with any precision, when?", "when?", id="hedges"),
        pytest.param(
            "how do people know Apple picked Alibaba?",
            "who reported that Apple picked Alibaba?",
            id="how-known",
        ),
        pytest.param(
            "why did apple like alibaba the best?", "why did apple choose alibaba?", id="liked-best"
        ),
        pytest.param("which do you like most", "which do you like most", id="your-liking"),
        # British and Australian slang in the plain words a fact would use.
        pytest.param("they gave DeepSeek the flick", "they dropped DeepSeek", id="the-flick"),
        pytest.param("it went pear-shaped", "it failed", id="pear-shaped"),
        pytest.param("shares went through the roof", "shares surged", id="through-the-roof"),
        # "supposed to" a launch is expected to (not "supposed to help": meant to); "how much"
        # users are how many; a valley girl's "I can't even" says nothing.
        pytest.param(
            "when is it supposed to roll out", "when is it expected to roll out", id="supposed-to"
        ),
        pytest.param(
            "is it supposed to help sales", "is it supposed to help sales", id="supposed-to-help"
        ),
        pytest.param("how much users are there", "how many users are there", id="how-much-users"),
        pytest.param("is it approved, I can't even", "is it approved, ", id="cant-even"),
        # An auctioneer's lot before the question, an agent spoken to, a zoomer's "deadass";
        # "name 'em all" asks which; "hope to gain" is to achieve, "once chose" at one point.
        pytest.param("Lot number one, folks: who did Apple pick?", "who did Apple pick?", id="lot"),
        pytest.param("Did Apple stock move, agent?", "Did Apple stock move?", id="agent"),
        pytest.param("deadass why did apple drop it", " why did apple drop it", id="deadass"),
        pytest.param(
            "which firms did Apple look at, name em all",
            "which firms did Apple evaluate?",
            id="name-em-all",
        ),
        pytest.param("what does Apple hope to gain", "what does Apple hope to achieve", id="gain"),
        pytest.param(
            "did Apple once choose Baidu?", "did Apple at one point choose Baidu?", id="once-chose"
        ),
        pytest.param(
            "was it sent up the chain for approval",
            "was it submitted for approval",
            id="up-the-chain",
        ),
        # Dictation spells the country's letters out.
        pytest.param("shares in the u s", "shares in the US", id="spoken-us"),
        # Chat and trading-floor slang in plain words.
        pytest.param("apple clapped back", "apple responded", id="clapped-back"),
        pytest.param("baba ripped on the news", "baba surged on the news", id="ripped"),
        pytest.param("deepseek got ghosted", "deepseek got dropped", id="ghosted"),
        pytest.param("baidu took the L", "baidu lost", id="took-the-l"),
        # A clock time is a part of the day; a ticker's move is its stock's.
        pytest.param(
            "did apple announce at 8pm?", "did apple announce at evening?", id="clock-evening"
        ),
        pytest.param(
            "move my 3pm to thursday", "move my afternoon to thursday", id="clock-afternoon"
        ),
        pytest.param(
            "BIDU move on losing aapl", "BIDU stock move on losing aapl", id="ticker-move"
        ),
        pytest.param("BABA us move feb 12", "BABA us stock move feb 12", id="ticker-market-move"),
        # Idioms whose middle varies.
        pytest.param(
            "who spilled the apple alibaba tea",
            "who reported the apple alibaba news",
            id="spill-tea",
        ),
        pytest.param("has beijing said yes yet", "has beijing approved yet", id="said-yes"),
        pytest.param(
            "who did apple think about picking", "who did apple considered", id="think-about"
        ),
        pytest.param("who makes it hard for apple", "who compete with apple", id="makes-it-hard"),
        # False friends of Romance-language speakers.
        pytest.param(
            "in the fourth trimester how much fell the invoicing",
            "in the fourth quarter how much fell the revenue",
            id="trimester-invoicing",
        ),
        pytest.param(
            "how much rose the actions of alibaba the day 11?",
            "how much rose the shares of alibaba the 11th?",
            id="actions-of-the-day",
        ),
        pytest.param(
            "what actions of apple matter?", "what actions of apple matter?", id="actions-stay"
        ),
        # ("subbed" is English: substituted, not the Spanish "subió")
        pytest.param("who got subbed off", "who got subbed off", id="subbed-stays"),
        # A quiz master's label is no word of the question; a blank is what is asked.
        pytest.param("Quiz: Which listing rose?", "Which listing rose?", id="quiz-label"),
        pytest.param("one line: who won the deal", "who won the deal", id="one-line-label"),
        # A search box's label too: "keywords:", "search:".
        pytest.param("keywords: baba hk next day", "baba hk next day", id="keywords-label"),
        # A tester's tag and the form of answer wanted are no words of the question either.
        pytest.param("[TC-011] What caught Apple's eye?", "What caught Apple's eye?", id="tag"),
        pytest.param("BUG-12: who won the deal", "who won the deal", id="ticket-label"),
        pytest.param("[[tongyi users]] count", "[[tongyi users]] count", id="double-tag-stays"),
        pytest.param("Did the stocks gain? (Y/N)", "Did the stocks gain??", id="yes-no-form"),
        pytest.param("C'est quoi the source ?", "what is the source ?", id="c-est-quoi"),
        pytest.param("Reality check: who won?", "who won?", id="any-check-label"),
        pytest.param("wh o reported it", "who reported it", id="space-in-who"),
        pytest.param("w hat did they pik", "what did they pick", id="space-in-what"),
        pytest.param("eli5 why did it fail", "why did it fail", id="eli5-before-a-question"),
        pytest.param("eli5 the samsung part", "eli5 the samsung part", id="eli5-alone-stays"),
        pytest.param(
            "Fill in: Apple first chose Baidu in the year ___.",
            "Apple first chose Baidu in what year?",
            id="blank-year",
        ),
        pytest.param(
            "Fill in the blank: revenue totalled $___ billion.",
            "revenue totalled how many billion dollars?",
            id="blank-money",
        ),
        pytest.param(
            "ModelScope was launched in ___.", "ModelScope was launched when?", id="blank-when"
        ),
        pytest.param(
            "Apple picked ____ as its partner.", "Apple picked what as its partner?", id="blank"
        ),
        # A dropped g, with or without its apostrophe; not a word that is English as it is.
        pytest.param(
            "samsung payin' them, settlin on one",
            "samsung paying them, settling on one",
            id="dropped-g",
        ),
        pytest.param("my cousin within Beijin", "my cousin within Beijin", id="dropped-g-not"),
        pytest.param(
            "what's apple tryna do, lemme know",
            "what is apple trying to do, let me know",
            id="tryna",
        ),
        # Whose view a question is asked in is no part of what it asks.
        pytest.param(
            "In Apple's opinion, what was the weak point?",
            "what was the weak point?",
            id="viewpoint",
        ),
    ],
)
def test_respell(text: str, expected: str) -> None:

    assert respell(text) == expected


def test_stem_takes_ship_off_only_long_words() -> None:
    from bot.engine._normalize import stem

    assert stem("partnership") == stem("partner") == stem("partners")
    assert stem("ownership") == stem("owner")
    assert stem("worship") == "worship"


def test_british_ise_spellings_stem_as_american_ones() -> None:
    from bot.engine._normalize import stem

    assert stem("localised") == stem("localized")
    assert stem("characterise") == stem("characterize")
    assert stem("organisation") == stem("organization")
    # Short words keep their letters: "rise" is no "-ise" spelling.
    assert stem("rise") == "rise"
    assert stem("advise") == stem("advised")


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("galaxy s twenty five", "galaxy s 25"),
        ("ios eighteen point five", "ios 18.5"),
        ("qwen two point five max", "qwen 2.5 max"),
        ("Twenty-one companies", "21 companies"),
        ("at one point it chose baidu", "at one point it chose baidu"),  # no number follows
        ("seventy models", "seventy models"),  # a round ten is left to the number words
        # ...but not before "percent": a share is compared as written ("8%" of "eight percent").
        ("seventy percent", "70 percent"),
        ("down eight per cent", "down 8 per cent"),
        ("a hundred mil downloads", "100 mil downloads"),
        ("like three hundred thousand", "like 300000"),
        ("one hundred million downloads", "100000000 downloads"),
        ("eighty thousand models", "80000 models"),
        # A day of a month, spelled as an ordinal.
        ("on the eleventh of February", "on February 11"),
        ("on feb twelfth", "on feb 12"),
        ("the twenty-first of March", "March 21"),
        ("the first paragraph", "the first paragraph"),  # no month
        # A year read out.
        ("in twenty twenty three", "in 2023"),
        ("two thousand and twenty four", "2024"),
        ("nineteen ninety nine", "1999"),
        ("twenty twenty", "twenty twenty"),  # alone, as likely "20/20"
        # A day of the month alone, spelled out, after "on the" (not an order, nor before a noun).
        ("jumped on the eleventh?", "jumped on the 11?"),
        ("on the second", "on the second"),
        ("on the fifth model", "on the fifth model"),
    ],
)
def test_spoken_numbers(spoken: str, written: str) -> None:
    from bot.engine._normalize import spoken_numbers

    assert spoken_numbers(spoken) == written


def test_how_the_article_describes_something_asks_what_it_says() -> None:

    assert respell("How does the piece characterise the rivalry?").split() == [
        "How",
        "the",
        "rivalry?",
    ]
    assert respell("how does apple describe it").split() == [
        "how",
        "does",
        "apple",
        "describe",
        "it",
    ]


def test_may_is_the_month_after_in_or_before_a_year() -> None:
    assert "may" not in surface_terms("is it coming in may?")
    assert surface_terms("is it coming in may?")[-1] == surface_terms("in May this year")[1]
    assert "may" in surface_terms("it may come")  # the verb stays a stop word


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "My dad has an iPhone and keeps asking when he'll get it. Which month?",
            "when he'll get it. Which month?",
        ),
        (
            "I run a shop. A customer wants to know when it launches. Any idea?",
            "when it launches. Any idea?",
        ),
        # A dash between spaces ends a sentence too; the asker stays where the question
        # points at them.
        ("I sell phones in Guangzhou — which brands?", "which brands?"),
        (
            "I live in Macau — does the rollout reach me?",
            "I live in Macau — does the rollout reach me?",
        ),
        # An aside between two dashes is what the asker thinks or who a name is.
        (
            "Was Tencent — WeChat's parent, for those keeping score — among the firms?",
            "Was Tencent among the firms?",
        ),
        ("Did it rise — as I suspect — on Feb 11?", "Did it rise on Feb 11?"),
        # The asker after the question, unless they go on asking.
        ("How much is the Galaxy S25? I might get one.", "How much is the Galaxy S25?"),
        (
            "How much is the Galaxy S25? I want to know the price.",
            "How much is the Galaxy S25? I want to know the price.",
        ),
    ],
)
def test_someone_asking_is_no_part_of_what_they_ask(message: str, expected: str) -> None:
    from bot.engine._asker import without_scene

    assert without_scene(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Punctuation spoken to a screen reader or a dictation app.
        ("has the feature been approved yet question mark", "has the feature been approved yet?"),
        (
            "Hong Kong shares the next day comma how much question mark",
            "Hong Kong shares the next day, how much?",
        ),
        ("over what period did apple test models", "over what period did apple test models"),
        ("what was the testing period", "what was the testing period"),
        ("their most prolific writing period?", "their most prolific writing period?"),
        # Courtesies around a question ask nothing.
        (
            "Could you please let me know which outlet reported it? Thank you in advance.",
            "which outlet reported it?",
        ),
        ("May I respectfully ask why Baidu failed?", "why Baidu failed?"),
        ("Thank you in advance", "Thank you in advance"),  # thanks alone are thanks
        # A question written as a letter: the salutation, the closing and the name signed.
        (
            "Dear bot, which year did Alibaba launch Tongyi? Kind regards, Margaret",
            "which year did Alibaba launch Tongyi?",
        ),
        ("Dear Sir or Madam, who did Apple pick? Yours sincerely", "who did Apple pick?"),
        ("Dear bot, iOS 18.5, May? Love, Edith Smith", "iOS 18.5, May?"),
        ("Hello Margaret, who did Apple pick? Fondly, Joan", "who did Apple pick?"),
        ("Hi Apple fans, who did Apple pick?", "Apple fans, who did Apple pick?"),
        ("Why did Apple drop DeepSeek? Cheers", "Why did Apple drop DeepSeek?"),
        # False friends: a company's "action" is its share in a question of its price or move;
        # "what pretends Apple" asks what it aims at.
        (
            "Did the Apple action also rise on the 11 February?",
            "Did the Apple stock also rise on the 11 February?",
        ),
        (
            "What happened with the concept actions of Alibaba?",
            "What happened with the concept shares of Alibaba?",
        ),
        (
            "What action did Apple take after Baidu failed?",
            "What action did Apple take after Baidu failed?",
        ),
        ("What pretends Apple to obtain with Alibaba?", "What aims Apple to obtain with Alibaba?"),
        # A word of address before a comma, or last, is who is spoken to.
        ("Bredda, which media house reported it?", "which media house reported it?"),
        ("Yow bot, did Apple stock climb too?", "did Apple stock climb too?"),
        ("bro, why did apple drop deepseek", "why did apple drop deepseek"),
        ("Mate rates?", "Mate rates?"),
        # A radio's procedure words, an officer's brevity codes, a kitchen's calls: only a
        # whole clause of them.
        ("Breaker one-nine, who did Apple pick, come back?", "who did Apple pick?"),
        ("10-4, when is it launching, good buddy?", "when is it launching?"),
        ("BLUF: who did Apple pick? Over.", "who did Apple pick?."),
        ("Yes chef, who got 86'd?", "who got dropped?"),
        ("Will Baidu come back?", "Will Baidu come back?"),
        ("Is the deal over?", "Is the deal over?"),
        ("Request timeline: when did Apple announce?", "when did Apple announce?"),
        ("Did it go down? Confirm/deny.", "Did it go down??"),
        # Asides in a row go together; one between two parts leaves a comma.
        ("Hey, deal me in, how's it going?", "how is it going?"),
        ("Apple, hey, who did it pick?", "Apple, who did it pick?"),
        (
            "alibaba us shares after the announcement bruv",
            "alibaba us shares after the announcement",
        ),
        ("is the bruv's phone new?", "is the bruv's phone new?"),
        ("bruv what did apple pick", "what did apple pick"),
        # A pirate's cries and a Cockney's words of address; a dropped h written with an
        # apostrophe ("'ow", "'Ong Kong"), but not other dropped letters ("'til", "'n'").
        ("Arr, who did Apple pick, matey?", "who did Apple pick?"),
        ("arr what did apple pick", "what did apple pick"),
        ("what is the ARR of Alibaba?", "what is the ARR of Alibaba?"),
        ("When did it launch, me old china?", "When did it launch?"),
        ("'ow much did it go up in 'Ong Kong?", "how much did it go up in Hong Kong?"),
        ("What's Apple 'opin' to get?", "what is Apple hoping to get?"),
        ("'til when? rock 'n' roll", "'til when? rock 'n' roll"),
        # A cowboy's "partner" and a starship's crew, spoken to after a comma; a captain's log.
        ("Howdy partner, who did Apple pick?", "who did Apple pick?"),
        ("Who's Apple's new partner, partner?", "who is Apple's new partner?"),
        ("Who is Apple's partner?", "Who is Apple's partner?"),
        ("Captain's log: who did Apple pick, Ensign?", "who did Apple pick?"),
        ("Did Apple engage Alibaba?", "Did Apple engage Alibaba?"),
        ("Did Alibaba shares rise? Confirm or Deny.", "Did Alibaba shares rise??"),
        # Archaic English; a wrestling commentator's cries.
        ("Wherefore didst Apple forsake DeepSeek?", "why did Apple drop DeepSeek?"),
        ("Good morrow! How fares thee?", "good morning! how are you?"),
        ("BAH GAWD, who did Apple pick?!", ", who did Apple pick?!"),
        # Hebrew's "nu" and "yalla" lead into a question.
        ("Nu, who did Apple pick?", "who did Apple pick?"),
        ("Yalla, when is it launching?", "when is it launching?"),
        # A dropped "g" of a word the lists also hold from songs; "robin" is a word of its own.
        ("when's it rollin out?", "when is it rolling out?"),
        ("is the robin in the cabin?", "is the robin in the cabin?"),
        # An office's "Please advise" before a question word asks nothing more.
        ("Please advise which bidders were shortlisted?", "which bidders were shortlisted?"),
        ("Please advise the date.", "Please advise the date."),
        # What the question is for, or how sure the asker is, asks nothing.
        ("For my notes, did Apple's shares move?", "did Apple's shares move?"),
        ("Happy to be corrected, but was it Alibaba?", "was it Alibaba?"),
        ("From an investor's perspective, why Alibaba?", "why Alibaba?"),
        # A particle that ends a sentence says how it is asked, not what.
        (
            "Alibaba make own AI model when krub, what name?",
            "Alibaba make own AI model when, what name?",
        ),
        ("why Apple not continue ka?", "why Apple not continue?"),
        ("Alibaba ka stock kitna chadha?", "Alibaba's stock how much rose?"),
        # "I should like to understand why ..." asks why.
        ("I should like to understand why Apple dropped DeepSeek.", "why Apple dropped DeepSeek."),
        # ...its words mistyped, and not a list of names after a question.
        ("Dear bot, which year? Kind regrds, Joan", "which year?"),
        ("Who did Apple pick? With Alibaba, Tencent", "Who did Apple pick? With Alibaba, Tencent"),
        # A request for the quote, which every answer gives, asks nothing more.
        ("Is Samsung called Apple's rival? Quote it.", "Is Samsung called Apple's rival?"),
        ("who reported it? source?", "who reported it?"),
        # Who is spoken to is not asked about; an Australian's and a trader's slang.
        ("Who else was in the running, mate?", "Who else was in the running?"),
        ("which mobs did apple have a squiz at", "which companies did apple evaluate"),
        ("why did deepseek get the flick", "why did deepseek get dropped"),
        ("why is BABA mooning", "why is BABA stock surging"),
        ("so did $BABA moon after this", "did BABA stock surge after this"),
        ("how far is the moon", "how far is the moon"),
        ("why did baidu get kicked", "why did baidu get dropped"),
        # A Londoner's "innit" tags a claim as "right" does; Dutch false friends.
        ("Apple and Samsung proper beefing, innit?", "Apple and Samsung proper beefing, right?"),
        ("are they concurrents?", "are they competitors?"),
        # A terminal's shorthand.
        ("AAPL GC rev chg?", "AAPL greater china revenue change?"),
        ("CN AI vendor eval list", "china AI vendor evaluation list"),
        # A learner's "in past 1 year" is the past year.
        ("cost reduce how much in past 1 year?", "cost reduce how much in past year?"),
        # A ticker that pumps is its stock ("AI" is no ticker).
        ("did AAPL pump in hong kong too", "did AAPL stock pump in hong kong too"),
        ("did AI rally", "did AI rally"),
    ],
)
def test_spoken_punctuation_and_courtesies(message: str, expected: str) -> None:
    assert respell(message) == expected


def test_who_asks_and_why_is_dropped() -> None:
    assert respell("explain like im 12 why apple needs alibaba").split() == [
        "why", "apple", "needs", "alibaba"
    ]  # fmt: skip
    assert "essay" not in respell("who did apple pick? its for my essay")
    assert "note" not in respell("did the concept stocks rally? need it for the market note")
    # (what is needed for something inside the question stays: "need it for the rollout?")
    assert "rollout" in respell("do they need approval for the rollout?")


def test_words_that_lead_into_a_question_are_dropped() -> None:

    assert respell("ok and when does it launch") == "when does it launch"
    assert respell("so, why did apple drop deepseek") == "why did apple drop deepseek"
    assert respell("soon?") == "soon?"  # a word that only starts like one


def test_new_york_is_the_us_listing_only_in_a_market_question() -> None:

    assert respell("how much did baba jump in ny") == "how much did baba jump in the US"
    assert respell("what time is it in new york") == "what time is it in new york"


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("What does paragraph 4 say Apple has been doing?", 4),
        ("According to the first paragraph, what is Apple doing?", 1),
        ("what does the last paragraph say", -1),
        ("summarise para 3", 3),
        ("What did Apple do in 2023?", None),
        ("Who is first?", None),
    ],
)
def test_paragraph_asked(question: str, paragraph: int | None) -> None:
    assert paragraph_asked(question) == paragraph


@pytest.mark.parametrize(
    ("question", "summary"),
    [
        ("what is this article mainly about", True),
        ("give me the gist of the Baidu part", True),
        ("tl;dr", True),
        ("sum it up in one line", True),
        ("what did the article say about baidu", False),
        ("what is apple's ai about", False),
        ("What's the one-sentence thesis of this article?", True),
        ("what's the bottom line?", True),
        ("who was apple's main partner", False),
        ("Whose thesis states that the problem is solvable?", False),
    ],
)
def test_summary_asked(question: str, summary: bool) -> None:
    assert summary_asked(question) is summary


def test_a_summary_word_is_not_a_word_of_the_question() -> None:
    assert respell("give me the gist of the Baidu part").split() == ["the", "Baidu"]


def test_a_paragraph_reference_is_not_a_word_of_the_question() -> None:
    assert respell("What does paragraph 4 say Apple did?").split() == ["What", "Apple", "did?"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Who is asking is no word of the question; what they were told is.
        (
            "Hi, I have an iPhone 13 and I live in Xi'an. Which company did Apple pick?",
            "Which company did Apple pick?",
        ),
        (
            "Good evening, my parents live in Wuhan and they use iPhones. My son said Apple "
            "dropped DeepSeek. Why?",
            "My son said Apple dropped DeepSeek. Why?",
        ),
        (
            "I work in a bank and I was wondering when the features launch. Any idea?",
            "when the features launch. Any idea?",
        ),
        # A question passed on is the question.
        ("Hello, my aunt in Harbin asked me: who did Apple pick?", "who did Apple pick?"),
        ("Tim Cook asked: why?", "Tim Cook asked: why?"),
        # A question of one sentence keeps its scene: it may be what is asked.
        (
            "I have an iPhone 11, will it get the features?",
            "I have an iPhone 11, will it get the features?",
        ),
        # So does a question that points at the scene.
        (
            "I'm in Macau with my iPhone. Will the features work here?",
            "I'm in Macau with my iPhone. Will the features work here?",
        ),
        # A statement about the news is no scene, however it starts.
        ("Apple and Alibaba rose. Why?", "Apple and Alibaba rose. Why?"),
        # A topic before a dash, then the question: a pronoun in it is the topic.
        ("'Relevant departments' — which ones exactly?", "which Relevant departments exactly?"),
        (
            "Apple and Alibaba — who are the features for?",
            "who are the features for? Apple and Alibaba",
        ),
        ("Wait — what was it about Alibaba?", "what was it about Alibaba? Wait"),
        # What the asker's people talked over is what they ask of.
        (
            "My bridge club were discussing Alibaba's concept stocks. Did they go up?",
            "My bridge club were discussing Alibaba's concept stocks. Did they go up?",
        ),
    ],
)
def test_the_askers_scene_is_dropped(message: str, expected: str) -> None:
    assert without_scene(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "My grandma uses the Tongyi app for recipes and asked how long it has been around."
            " When did Alibaba put it out? Thanks!",
            "When did Alibaba put it out?",
        ),
        # A lead-in before a dash, when a question follows it.
        (
            "quick one, typing on my phone in a taxi so sorry for typos - why did apple drop baidu?",
            "why did apple drop baidu?",
        ),
        ("When did Qwen 2.5-Max - the flagship, I gather - first become available?", None),
        # A question in the middle of a story: what comes after it is story too.
        (
            "In my line of work we always qualified two or three suppliers first. Before Alibaba"
            " came along, which company was Apple's main partner at one stage? Seems they went"
            " through a few.",
            "Before Alibaba came along, which company was Apple's main partner at one stage?",
        ),
        # A sentence may end after a word of two letters ("me."), not after "Mr." or "vs.".
        (
            "The spell checker on this old machine is off, so forgive me. How long has Apple been"
            " testing Chinese models? I want to compare.",
            "How long has Apple been testing Chinese models?",
        ),
        # A topic before a dash that the question points back at stays with it...
        (
            "Forgive the typing, arthritis in both hands. Tongyi Qianwen - how many enterprises"
            " use it now? The article had a big round number.",
            "Tongyi Qianwen - how many enterprises use it now?",
        ),
        # ...and so does a question before a dash.
        (
            "I mostly read the business pages for the crossword. What is Apple hoping to achieve"
            " with Alibaba - is it about software?",
            "What is Apple hoping to achieve with Alibaba - is it about software?",
        ),
        # A remark after the only question is no part of it.
        (
            "What did DeepSeek's team lack, according to the sources? their aura was weak",
            "What did DeepSeek's team lack, according to the sources?",
        ),
        ("Number? it was big", None),
        # Nothing; one sentence; a story with no question at its end; "Mr." ends no sentence.
        ("", None),
        (" ? ", None),
        ("Which firm did Apple pick for its AI features in China?", None),
        ("My cousin says Apple picked Alibaba. I want to know more about it.", None),
        ("Did Mr. Cook say anything at all about Alibaba itself?", None),
        # A question too short, or pointing at the scene, needs what came before it.
        ("Apple's market share in China, as a figure. Number?", None),
        ("I am in Hong Kong with an iPhone 16 now. Will the features be available here?", None),
    ],
)
def test_the_question_a_story_ends_with(message: str, expected: str | None) -> None:
    assert final_question(message) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A one-word alias beside the name it stands for is a thing of that name's.
        ("Which Baidu model was it, ERNIE?", "which baidu model was it, ernie?"),
        ("Which Baidu model was it?", "which baidu model was it?"),
        ("Did ERNIE win?", "did baidu win?"),
        # ...but a ticker beside its company, in a question about the market, is the company.
        ("How much did Baidu (BIDU) shares fall?", "how much did baidu (baidu) shares fall?"),
        ("Did Baidu (BIDU) win?", "did baidu (baidu) win?"),
        # A phrase beside the name is a description of it: "Apple, the iPhone maker".
        ("Apple, the iPhone maker", "apple, the apple"),
    ],
)
def test_a_product_alias_beside_its_company_is_kept(question: str, expected: str) -> None:
    table = AliasTable.build({"Baidu": ["ERNIE", "BIDU"], "Apple": ["iPhone maker"]}, ["Baidu."])
    assert table.expand(question) == expected


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        ("Our draft says Apple rose 3%. Is that correct?", "Apple rose 3%. Is that correct?"),
        ("A friend wrote that it ships in June, right?", "it ships in June, right?"),
        ("I heard Apple picked Baidu?", "Apple picked Baidu?"),
        ("Hi. We wrote that Alibaba rose. Right?", "Hi. Alibaba rose. Right?"),
        # A medium, a platform or a stranger passes it on as well.
        ("Yahoo Finance said Alibaba spiked. By how much?", "Alibaba spiked. By how much?"),
        ("On Weibo people say Apple considered Tencent, true?", "Apple considered Tencent, true?"),
        ("An analyst on TV said the deal is about sales.", "the deal is about sales."),
        ("My friend who works in tech said Apple dropped Baidu.", "Apple dropped Baidu."),
        ("Saw on Hacker News that Qwen is Alibaba's flagship.", "Qwen is Alibaba's flagship."),
        # Not when what follows is the question itself, nor when the speaker is asked about.
        ("The story says what about Baidu?", "The story says what about Baidu?"),
        ("Tim Cook said AI hurt sales. True?", "Tim Cook said AI hurt sales. True?"),
    ],
)
def test_who_passed_on_a_claim_is_no_part_of_it(message: str, claim: str) -> None:
    from bot.engine._normalize import _HEARSAY

    assert _HEARSAY.sub("", message) == claim


def test_an_ordinal_in_digits_is_its_number() -> None:
    from bot.engine._normalize import surface_terms

    assert surface_terms("who rose more on the 11th") == ["who", "rose", "more", "on", "the", "11"]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("What does the first sentence say?", 1),
        ("sentence 9?", 9),
        ("what's the last line of the article", -1),
        ("what does the story open with", 1),
        ("the very first thing the article says apple did", 1),
        ("What is the last line of defense against infection?", None),
        ("Which sentence mentions DeepSeek?", None),
    ],
)
def test_sentence_asked(question: str, sentence: int | None) -> None:
    from bot.engine._normalize import sentence_asked

    assert sentence_asked(question) == sentence


def test_what_the_article_attributes_is_what_it_says() -> None:
    from bot.engine._normalize import respell

    assert "attribute" not in respell("What aim does the article attribute to Apple?")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("coincidence? #rivalry $AAPL", "coincidence?"),
        ("who was it @SamsungMobile", "who was it"),
        ("@Apple don't let us down", "Apple don't let us down"),
        ("#AppleIntelligence", "Apple Intelligence"),
        ("what is #iOS18", "what is iOS 18"),
        # An amount and a rank are no tags.
        ("is $5 the #1 price", "is $5 the #1 price"),
    ],
)
def test_tags_after_a_question_are_dropped_and_others_are_words(
    message: str, expected: str
) -> None:
    from bot.engine._normalize import untagged

    assert untagged(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Alibaba ka stock kitna chadha?", "Alibaba's stock how much rose?"),
        # A Portuguese question word alone is the other language: no English has it.
        ("quantos models tem no ModelScope?", "how many models has no ModelScope?"),
        ("2023 mein kya hua tha?", "2023 in what happened?"),
        ("sales wapas laana?", "sales reverse?"),
        ("por qué Apple dropped DeepSeek?", "why Apple dropped DeepSeek?"),
        ("Pingguo gen shei hezuo?", "apple with who partner?"),
        # Chinese characters, read by the longest word of the table at each place; names left
        # for the aliases.
        ("通义千问是哪一年发布的", "通义千问 which year launched"),
        ("Apple 为什么 drop DeepSeek?", "Apple why drop DeepSeek?"),
        # A whole question in pinyin: its particles dropped, its words in English.
        ("Tongyi Qianwen shi na yi nian fabu de", "Tongyi Qianwen which year launched"),
        ("Ali Ganggu di er tian zhangle duoshao", "Ali Ganggu the next day rose how much"),
        # Characters and pinyin in one message: the characters say the pinyin is Chinese too,
        # and a learner's spaces inside a word ("什么 时候") do not split it.
        ("第二天 Ali Xianggang gupiao 怎么样?", "the next day Ali hong kong stock how?"),
        ("guonei yonghu 什么 时候 可以 用 AI?", "domestic users when can use AI?"),
        # German, or English with German in it: "ß" folded as the table's words are.
        (
            "Warum nicht DeepSeak? zu wenig Leute oder was?",
            "why not DeepSeak? insufficient manpower or what?",
        ),
        ("Wie heißt Alibabas model community?", "what is Alibabas model community?"),
        (
            "Sind auch Aktien von Alibaba-nahen Firmen gestiegen?",
            "also shares of Alibaba-related companies rose?",
        ),
        # Swahili and Sheng: a question word after its noun goes before it; a verb's prefixes
        # are read off a Swahili stem or an English verb; a name is no verb ("alibaba").
        ("deepseak ilikataliwa juu ya nini msee", "deepseak rejected why"),
        (
            "apple ilianza kufanya kazi na baidu mwaka gani",
            "apple started working and baidu which year",
        ),
        (
            "ni kampuni gani zote apple iliconsider after baidu",
            "which companies all apple consider after baidu",
        ),
        (
            "alibaba shares za hong kong zilipanda ngapi",
            "alibaba shares of hong kong rose how many",
        ),
        ("tongyi app imedownloadiwa mara ngapi", "tongyi app download times how many"),
        # A Spanish request for the source asks nothing the answer does not give.
        (
            "Which media outlet reported it? Necesito la fuente.",
            "Which media outlet reported it? .",
        ),
        # A letter that lowers to two ("İ") keeps the other words in place.
        (
            "İstanbul: warum hat Apple nicht DeepSeek genommen?",
            "İstanbul: why Apple not DeepSeek chose?",
        ),
        # Brazilian Portuguese, its accents folded ("ações", "então").
        ("então, por que a Apple largou a DeepSeek?", "so, why the Apple dropped the DeepSeek?"),
        (
            "quanto subiram as ações da Alibaba no dia seguinte?",
            "how much rose the shares of Alibaba the next day?",
        ),
        # ...but not English with one German-looking word, or chat's "wen" (when).
        ("wen wil ios 18.5 rool out in china", "wen wil ios 18.5 rool out in china"),
        ("Was the deal also about the iPhone?", "Was the deal also about the iPhone?"),
        # English spoken otherwise, each with its own table.
        ("Abeg, which brands dey give Apple wahala?", ", which brands give Apple trouble?"),
        ("DeepSeek kena dropped why leh?", "DeepSeek got dropped why ?"),
        ("Whit wis the story wi Baidu?", "what was the story with Baidu?"),
        # ...a Scots word before "'s" or with its apostrophe ("o'") is still Scots.
        ("Wha's giein Apple a sair time?", "who's giving Apple a hard time?"),
        ("Whit's the name o' Samsung's new phone?", "what's the name of Samsung's new phone?"),
        ("apple ne deepseek ko chhod diya, kyun?", "apple deepseek dropped, why?"),
        # Taglish: Tagalog's question words and particles, a borrowed verb's prefix off.
        (
            "Kailan po nagsimula ang Apple mag-test ng models?",
            "when started the Apple test of models?",
        ),
        ("bakit daw na-drop ng Apple yung DeepSeek?", "why drop of Apple the DeepSeek?"),
        # Indonesian chat: question words and particles, "-nya", "di-" on an English verb, a
        # plural's "2"; "Tim" alone is a name.
        (
            "kenapa Apple gak lanjut sama DeepSeek? timnya kurang orang kah?",
            "why Apple not continue with DeepSeek? the team lacked people ?",
        ),
        (
            "Tongyi App udah didownload berapa kali?",
            "Tongyi App already downloaded how many times?",
        ),
        ("Tim Cook ngaku apa sih soal penjualan?", "Tim Cook acknowledged what about sales?"),
        ("saham2 konsep Alibaba ikt naik jg gak?", "shares concept Alibaba also rose also not?"),
        (
            "Tongyi Qianwen itu diluncurin tahun berapa dong?",
            "Tongyi Qianwen the launched which year ?",
        ),
        # Egyptian Arabizi: Arabic in Latin letters and digits; "el Seen" is China.
        ("leh Apple sabet Baidu?", "why Apple left Baidu?"),
        ("meen nashar el 5abar da asln?", "who published the news this originally?"),
        (
            "sahm Alibaba f Hong Kong 3emel eh tany yom?",
            "stock Alibaba in Hong Kong did what the next day?",
        ),
        # ...but not English with "el", "seen", "men" in it.
        ("Have you seen the men at El Paso?", "Have you seen the men at El Paso?"),
        # Persian in Latin letters: "ro" marks the object, "kard" (did) follows the verb's noun,
        # "-e" ties a noun to the next as "of".
        ("chera Apple Baidu ro kenar gozasht?", "why Apple Baidu dropped?"),
        (
            "saham-e Alibaba too Hong Kong chand darsad raft bala?",
            "the shares of Alibaba in Hong Kong what percent rose?",
        ),
        (
            "Apple ba kodoom sherkat-e Chini kar mikone?",
            "Apple with which company of chinese works?",
        ),
        # ...but not English with "key", "too", "in", "be" in it.
        ("Is the key in the chin too big to be?", "Is the key in the chin too big to be?"),
        # Bengali in Latin letters: "er" is "'s"; "ke" asks who before a verb of being or last,
        # and marks the object elsewhere; "ki" last marks a yes-or-no question.
        ("Apple keno DeepSeek ke bad dilo?", "Apple why DeepSeek dropped?"),
        ("Alibaba er CEO ke chilo?", "Alibaba's CEO who was?"),
        ("Apple er main partner ke chilo?", "Apple's main partner who was?"),
        ("Tongyi API er daam koto komse?", "Tongyi API's price how much dropped?"),
        ("Alibaba er share bereche ki?", "Alibaba's share rose?"),
        # Tamil in Latin letters: "la" is "in", "kooda" "with", "aa" last a yes-or-no mark.
        ("Baidu kooda collab yen continue aagala?", "Baidu with collab why continue did not?"),
        ("hong kong la alibaba share evlo eruchu", "hong kong in alibaba share how much rose"),
        # Haitian Creole: "te" marks the past, "yo" a plural; the owner follows what it owns.
        ("Poukisa Apple te lage DeepSeek?", "why Apple dropped DeepSeek?"),
        ("Konbyen aksyon Apple te monte?", "how much Apple's shares rose?"),
        ("Kilè Samsung te lanse Galaxy S25 la?", "when Samsung launched Galaxy S25 ?"),
        # ...but not English with "age", "bad", "dam", "ache" in it.
        ("Is the bad age of the dam an ache?", "Is the bad age of the dam an ache?"),
        ("Who is Kobe?", "Who is Kobe?"),
        # Korean in Latin letters: a particle after its noun, by a space, a hyphen or glued on;
        # "haesseoyo" (did) after a borrowed verb; a figure's "e" (on) and "bungi" (quarter).
        ("Apple-i Baidu-reul wae ppaesseoyo?", "Apple Baidu why dropped?"),
        ("Tim Cook-i mwo rago malhaesseoyo?", "Tim Cook what said?"),
        ("Alibaba jusik myeot nyeon-e ollasseoyo?", "Alibaba shares which year in rose?"),
        ("3bungi maechul eolma gamso haesseoyo?", "Q3 revenue how much fell ?"),
        # ...but not English with "i", "do", "an", "han" in it.
        ("Do I need an app, Han?", "Do I need an app, Han?"),
        # Russian in Latin letters: each inflected form of a word; the owner after its thing.
        ("Pochemu Apple otkazalas ot DeepSeek?", "why Apple dropped from DeepSeek?"),
        ("Na skolko upali akcii Alibaba?", "by how much fell Alibaba's shares?"),
        ("Kogda kitayskie polzovateli poluchat funkcii?", "when chinese users poluchat features?"),
        # ...but not English with "no", "net", "god", "data" in it.
        ("No net data, god?", "No net data, god?"),
        # Italian: a past's auxiliary dropped; an article elided before a vowel.
        ("Perché Apple ha scartato DeepSeek?", "why Apple dropped DeepSeek?"),
        (
            "Quanto sono salite le azioni dopo l'annuncio?",
            "how much rose the shares after announcement?",
        ),
        ("Chi ha scelto Apple come partner AI?", "who chose Apple as partner AI?"),
        # ...but not English with "come", "serve", "solo", "dove" in it.
        ("Come on, serve a solo dove?", "Come on, serve a solo dove?"),
        # Vietnamese without diacritics, or with them: "ai" in lower case asks who, "AI" is AI;
        # "khong" last asks yes or no; the owner after its thing.
        ("ai la doi tac AI cua Apple?", "who is partner AI of Apple?"),
        ("Tại sao Apple bỏ DeepSeek vậy?", "why Apple dropped DeepSeek ?"),
        ("co phieu Alibaba co tang khong?", "Alibaba's shares rose?"),
        ("Apple khong tiep tuc voi Baidu vi sao?", "Apple not continue with Baidu why?"),
        # Greek in Latin letters: "Meta" with a capital is the company, "meta" is after.
        (
            "giati i Apple den sinexise me tin DeepSeek?",
            "why the Apple not continued with the DeepSeek?",
        ),
        (
            "posa models exei to Llama tis Meta meta to 2023?",
            "how many models has the Llama of Meta after the 2023?",
        ),
        # Polish, with its letters folded ("ł" as "l").
        ("Dlaczego Apple zrezygnowało z DeepSeek?", "why Apple dropped with DeepSeek?"),
        ("O ile wzrosły akcje Alibaba?", "by how much rose Alibaba's shares?"),
        # Swedish and Hungarian words; Yoruba's question words in Nigerian English.
        ("Varför droppade Apple DeepSeek?", "why dropped Apple DeepSeek?"),
        ("När lanserade Alibaba Tongyi?", "when launched Alibaba Tongyi?"),
        ("Miért dobta az Apple a DeepSeeket?", "why dropped the Apple the DeepSeeket?"),
        ("Mennyi did Apple stock rise?", "how much did Apple stock rise?"),
        ("Tani Apple pick? kilode dem drop DeepSeek?", "who Apple pick? why they drop DeepSeek?"),
        # Romanian: an article after a hyphen ("CEO-ul"), a last "nu?" asking for agreement; Czech
        # and Danish, whose owner follows (Czech) or leads (Danish) what it owns.
        ("Cine e CEO-ul Apple?", "who is CEO Apple?"),
        ("Cu cat au crescut actiunile Alibaba?", "by how much rose Alibaba's shares?"),
        ("deci Alibaba shares went up, nu?", "Alibaba shares went up,?"),
        ("Kolik vzrostly akcie Alibaba?", "how much rose Alibaba's shares?"),
        (
            "Hvor meget steg Alibabas aktier næste dag?",
            "how much rose Alibabas shares the next day?",
        ),
        # ...but not English with "care", "cat", "take", "ale" in it.
        ("Take care of the cat, ale is on me", "Take care of the cat, ale is on me"),
        # Serbian and Croatian (the owner after its thing), Catalan (its past's "va" and its
        # elided articles), and Hausa's question words in Nigerian English.
        ("Zašto je Apple odustao od DeepSeeka?", "why is Apple dropped from DeepSeeka?"),
        ("Koliko su porasle akcije Alibaba?", "how much are rose Alibaba's shares?"),
        ("Per què Apple va deixar DeepSeek?", "why Apple dropped DeepSeek?"),
        ("Quant van pujar les accions d'Alibaba?", "how much rose shares Alibaba?"),
        ("Me yasa Apple drop DeepSeek?", "why Apple drop DeepSeek?"),
        # Welsh, Bulgarian in Latin letters and Albanian: "na" before the owner is its "of".
        ("Pwy oedd prif bartner Apple?", "who was main Apple's partner?"),
        ("Kolko padnaha prihodite na Apple v Kitay?", "how much fell revenue of Apple in china?"),
        (
            "Sa u rrit aksionet e Alibaba te nesermen?",
            "how much rose Alibaba's shares the next day?",
        ),
        # ...but not English with "Pam", "Beth" and "faint" in it.
        ("Pam and Beth asked me, is that faint?", "Pam and Beth asked me, is that faint?"),
        # Jamaican Creole: "a wah mek" (why), "fi" (to), a plural's "dem".
        (
            "A wah mek Apple cyaan keep up wid Baidu?",
            "why Apple can't keep up with Baidu?",
        ),
        ("Alibaba concept stock dem did run up tuh?", "Alibaba concept stock did rose too?"),
        # ...but not an English question with a word of theirs ("mana", "dis", "sama").
        ("Is the mana of the game dis good? sama", "Is the mana of the game dis good? sama"),
        # ...and "at", "may", "sabi" alone are English.
        ("Who did Apple look at in May?", "Who did Apple look at in May?"),
        # ...and no table's words that are English too: "is it", "no", "say", "o".
        ("Is it true Apple said no to Baidu?", "Is it true Apple said no to Baidu?"),
        ("Did Tim Cook say no? O well", "Did Tim Cook say no? O well"),
        # One word of the table in an English question is the English word it also is.
        ("Can me and my friend use the features?", "Can me and my friend use the features?"),
        ("What hue is the new phone?", "What hue is the new phone?"),
        # ...nor two of them ("hue", "no"), which would read it as code-switched.
        (
            "Does it come in a new hue? No idea.",
            "Does it come in a new hue? No idea.",
        ),
    ],
)
def test_a_code_switched_question_is_read_in_english(message: str, expected: str) -> None:
    from bot.engine._code_switch import in_english

    assert in_english(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("WHY DID APPLE DROP DEEPSEEK???", "why did apple drop deepseek???"),
        ("Why did Apple drop DeepSeek?", "Why did Apple drop DeepSeek?"),
        ("WHY APPLE", "WHY APPLE"),  # too short to tell
    ],
)
def test_a_message_in_capitals_is_read_in_lower_case(message: str, expected: str) -> None:
    from bot.engine._normalize import unshouted

    assert unshouted(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("WHY DEEPSEEK DISCARDED STOP URGENT", "WHY DEEPSEEK DISCARDED?"),
        ("FEATURES ALREADY APPROVED QUERY STOP ADVISE", "FEATURES ALREADY APPROVED?"),
        ("HEARD APPLE REPLIED SAME NIGHT STOP TRUE QUERY", "HEARD APPLE REPLIED SAME NIGHT, TRUE?"),
        ("BAIDU ONCE PRIMARY PARTNER STOP CONFIRM", "BAIDU ONCE PRIMARY PARTNER?"),
        ("WHO BROKE STORY STOP SOURCE REQUESTED", "WHO BROKE STORY, SOURCE?"),
        # (after "MAY" the month's: the rollout in May)
        ("ROLLOUT MAY STOP CHINESE USERS", "ROLLOUT MAY, CHINESE USERS?"),
        # "STOP" as a verb stays, and so does any "stop" not in capitals.
        ("DID APPLE STOP WORKING WITH BAIDU", "DID APPLE STOP WORKING WITH BAIDU"),
        ("WHY WOULD APPLE STOP BAIDU", "WHY WOULD APPLE STOP BAIDU"),
        ("Why did Apple stop using Baidu? stop", "Why did Apple stop using Baidu? stop"),
        ("STOP", "STOP"),
    ],
)
def test_a_telegram_is_read_as_a_question(message: str, expected: str) -> None:
    from bot.engine._telegraphese import untelegraphed

    assert untelegraphed(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "wh4t 1s 4pple d01ng w1th 4l1b4b4, 4I f34tur3s f0r wh0?",
            "what is apple doing with alibaba, AI features for who?",
        ),
        ("b41du got dr0pped, why?", "baidu got dropped, why?"),
        ("d1d 4pple adm1t n0 41 h3lp?", "did apple admit no ai help?"),
        # Figures and codes stay: "S25", "Q4", "FY2024", "iOS 18.5", "300,000", "10 am".
        ("Did th3 S25 l4unch in Q4 or FY2024?", "Did the S25 launch in Q4 or FY2024?"),
        ("iOS 18.5 at 10 am, 300,000 f1rms", "iOS 18.5 at 10 am, 300,000 f1rms"),
        ("Did Apple fall 15 percent in 45 days?", "Did Apple fall 15 percent in 45 days?"),
    ],
)
def test_leetspeak_is_read_in_letters(engine: Engine, message: str, expected: str) -> None:
    from bot.engine._leetspeak import unleeted

    assert unleeted(message, engine._knows, engine._knows_as_named) == expected


@pytest.mark.parametrize(
    ("word", "verb_form"),
    [("discarded", True), ("stopping", True), ("used", True), ("beijing", False), ("siri", False)],
)
def test_a_verb_with_ed_or_ing_is_told_from_a_name(word: str, verb_form: bool) -> None:
    from bot.engine._weights import is_verb_form

    assert is_verb_form(word) is verb_form


def test_phrasings_changed_by_respelling_are_kept_as_written_too() -> None:
    # "win apple over" is respelled with what it means ("caught apple eye"); a question that
    # says "win" without "over" is still near the phrasing as written.
    forms = phrasing_forms(["how did alibaba win apple over", "when is the release"])
    assert forms[:2] == (phrasing_words("how did alibaba win apple over"), "release")
    assert forms[2:] == ("alibaba win apple",)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # A key beside the right one, or two letters swapped, in a question word.
        ("wjat did deepseek sya about it", "what did deepseek say about it"),
        ("Whp reported tje news", "Who reported the news"),
        ("wheb was it submitted", "when was it submitted"),
        # Not an English word ("hoe", "dud"), not a name in capitals mid-sentence, not a slip
        # the chat spellings read otherwise ("whay" is "why").
        ("was it a dud or a hoe", "was it a dud or a hoe"),
        ("ask Whp about it", "ask Whp about it"),
        ("whay did apple pick alibaba", "whay did apple pick alibaba"),
    ],
)
def test_question_words_hit_with_a_neighbouring_key(message: str, expected: str) -> None:
    from bot.engine._keyboard import unslipped
    from bot.engine._normalize import _SLIPS

    assert unslipped(message, _SLIPS) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Good evening.", "greeting"),
        ("thanks bot!", "thanks"),
        ("Good morning. Thank you very much always for your kind help.", "thanks"),
        ("cheers, that's all for now", "thanks"),
        # Thanks with a question, or a question after them, is no small talk.
        ("Thanks for explaining why Apple dropped Baidu.", None),
        ("Thank you. Why did Apple drop DeepSeek?", None),
        ("Good morning. Which firm did Apple pick?", None),
    ],
)
def test_small_talk_is_only_greetings_and_thanks(message: str, expected: str | None) -> None:
    assert small_talk(message) == expected
