"""Matching over the shipped article: question -> the sentence proving the answer, or abstain."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import knowledge
from bot.engine import Answer, Engine


def cited(answer: Answer) -> str | None:
    """The sentence id ("s9") of the answer's first citation; None when the engine abstains."""
    return f"s{answer.citations[0].sentence}" if answer.answered else None


# Plain, obvious questions, one or two per sentence of the article.
ANSWERABLE = [
    pytest.param("What will Apple and Alibaba work on together?", "s1", id="s1-purpose"),
    pytest.param("Why is Apple collaborating with Alibaba?", "s1", id="s1-why"),
    pytest.param("What smartphone did Samsung unveil on February 11?", "s2", id="s2-phone"),
    pytest.param("How many derivative models does Tongyi have?", "s14", id="s14-have"),
    pytest.param(
        "How much did Alibaba's Hong Kong stock gain on February 12?", "s22", id="s22-next-day"
    ),
    # A phrasing's possessive ("qwen's api price") is how people ask, not whose the API is.
    pytest.param("How much cheaper did Alibaba's API become?", "s13", id="s13-owner-asked"),
    # A name before "stock" owns it; a misspelt date after it is not a listing's place.
    pytest.param("how much did alibaba stock rise on febuary 11", "s21", id="s21-compound-owner"),
    # ...and about one they do.
    pytest.param("What did Tim Cook say about the sales decline?", "s18", id="s18-said-about"),
    # A voice assistant's transcript: names split in two, letters and numbers spelled out.
    pytest.param("when did sam sung unveil the galaxy s twenty five", "s2", id="s2-spoken"),
    pytest.param("when is it coming out on i o s eighteen point five", "s25", id="s25-spoken"),
    pytest.param("who is the c e o of apple", "s18", id="s18-spelled"),
    # A misspelt owner is read as the word it misspells ("aple's stock").
    pytest.param("how much did aple's stock rise on feburary 11", "s21", id="s21-typo-owner"),
    # A word of the synonym table is no typo ("counterparty" is not "counterpart").
    pytest.param(
        "Which counterparty has Apple designated as its AI partner in the PRC?",
        "s3",
        id="s3-formal-words",
    ),
    # A ticker for a name ("0700" is Tencent's), and who is asking and why dropped.
    pytest.param("Did Apple look at Tencent (0700) as a partner?", "s8", id="s8-ticker"),
    pytest.param("explain like im 12 why apple even needs alibaba", "s19", id="s19-asker-context"),
    # What a thing is called, answered by a curated "what" fact that names it.
    pytest.param(
        "What is the name of Alibaba's community for sharing models?", "s15", id="s15-named"
    ),
    # A "which" question the fact names the answer of ("several partners, including ...").
    pytest.param("Which companies did Apple evaluate?", "s8", id="s8-which-named"),
    pytest.param(
        "Which Chinese AI company did Samsung partner with for the Galaxy S25?",
        "s2",
        id="s2-samsung-partner",
    ),
    pytest.param("Who is Apple's AI partner in China?", "s3", id="s3-partner"),
    pytest.param(
        "When did Apple announce that it had selected Alibaba as its AI partner in China?",
        "s3",
        id="s3-when-announced",
    ),
    pytest.param("Which outlet reported that Apple selected Alibaba?", "s4", id="s4-outlet"),
    pytest.param(
        "According to which media outlet did Apple pick Alibaba from several Chinese AI companies?",
        "s4",
        id="s4-media",
    ),
    pytest.param(
        "Since when has Apple been testing models from Chinese AI developers?", "s5", id="s5-since"
    ),
    pytest.param(
        # Evals that Apple runs on models are its testing, not the benchmarks a model scores on.
        "How long has Apple been running evals on Chinese LLMs?",
        "s5",
        id="s5-evals",
    ),
    pytest.param("how does qwen do on evals", "s12", id="s12-evals"),
    pytest.param("Who was Apple's primary partner at one point?", "s6", id="s6-baidu"),
    pytest.param(
        "Which company did Apple first choose as its primary AI partner?", "s6", id="s6-first"
    ),
    pytest.param("Why did the collaboration with Baidu fail?", "s7", id="s7-why-baidu"),
    pytest.param(
        "Why could Apple's collaboration with Baidu not be sustained?", "s7", id="s7-sustained"
    ),
    pytest.param("Which potential partners did Apple evaluate?", "s8", id="s8-evaluated"),
    pytest.param("Did Apple consider Tencent and ByteDance?", "s8", id="s8-tencent"),
    pytest.param("Why did Apple drop DeepSeek?", "s9", id="s9-why-deepseek"),
    pytest.param(
        "Why did Apple decide against continuing with DeepSeek?", "s9", id="s9-decided-against"
    ),
    pytest.param("What caught Apple's eye?", "s10", id="s10-eye"),
    pytest.param("When did Alibaba launch Tongyi Qianwen?", "s11", id="s11-when"),
    pytest.param(
        "What large language model did Alibaba launch in 2023?", "s11", id="s11-which-model"
    ),
    pytest.param("What is Alibaba's flagship model?", "s12", id="s12-flagship"),
    pytest.param(
        "How has Qwen 2.5-Max performed in international benchmarks?", "s12", id="s12-benchmarks"
    ),
    pytest.param(
        "How much has the cost of Tongyi Qianwen API calls dropped?", "s13", id="s13-cost"
    ),
    pytest.param("How many enterprises use Tongyi Qianwen?", "s13", id="s13-enterprises"),
    pytest.param(
        "How many derivative models has the Hugging Face community created based on Tongyi?",
        "s14",
        id="s14-hugging-face",
    ),
    pytest.param("How many models does ModelScope offer?", "s15", id="s15-models"),
    pytest.param("How many downloads does ModelScope have?", "s15", id="s15-downloads"),
    pytest.param("Which domestic brands compete with Apple in China?", "s16", id="s16-rivals"),
    pytest.param(
        "How much did Apple's revenue in Greater China fall in fiscal year 2024?",
        "s17",
        id="s17-fy2024",
    ),
    pytest.param(
        "How much did Apple's revenue drop in the fourth quarter?", "s17", id="s17-fourth-quarter"
    ),
    pytest.param("What did Tim Cook say about the decline in sales?", "s18", id="s18-tim-cook"),
    pytest.param(
        "What does Apple hope to achieve by partnering with Alibaba?",
        "s19",
        id="s19-goal",
    ),
    pytest.param(
        "How does Apple plan to reverse the decline in sales in China?", "s19", id="s19-reverse"
    ),
    pytest.param(
        "What happened to Alibaba's US shares after the announcement?", "s20", id="s20-shares"
    ),
    pytest.param(
        "How much did Alibaba's US stock price jump on February 11?", "s21", id="s21-alibaba-stock"
    ),
    pytest.param("How much did Apple's stock price rise?", "s21", id="s21-apple-stock"),
    pytest.param(
        "How much did Alibaba's Hong Kong stock price gain the next day?", "s22", id="s22-hong-kong"
    ),
    # Hindi word order: the change after "how much" ("kitna kam hua": how much dropped).
    pytest.param("Tongyi ke API calls ka kharcha kitna kam hua?", "s13", id="s13-hindi-order"),
    # How the article describes something, in British spelling, asks nothing of the fact.
    pytest.param(
        "How does the report characterise Apple's relationship to Samsung?",
        "s3",
        id="s3-characterise",
    ),
    # A company's management is its boss; its end game in its home market, its goal at home.
    pytest.param(
        "Did management attribute the sales decline to the missing AI feature set?",
        "s18",
        id="s18-management",
    ),
    pytest.param(
        "Is the end game here to make the iPhone more competitive in China's home market?",
        "s19",
        id="s19-end-game",
    ),
    # Where the features are for is not when or whether they launch: the fact citing where
    # (s1) does not also cite the approval sentence.
    pytest.param("iphone ai china alibaba approval", "s24", id="s24-not-where"),
    # A buddy is a partner; an arrangement that collapsed failed.
    pytest.param("did apple have a different AI buddy before alibaba", "s6", id="s6-buddy"),
    pytest.param(
        "What deficiency on Baidu's part is cited as the reason the arrangement collapsed?",
        "s7",
        id="s7-collapsed",
    ),
    # An outfit is a company.
    pytest.param("SO WHICH CHINESE OUTFIT IS APPLE WORKING WITH ON AI NOW?", "s3", id="s3-outfit"),
    pytest.param("What happened to Alibaba's concept stocks?", "s23", id="s23-concept-stocks"),
    # A trader's words for concept stocks: the names and plays that trade on a company's theme.
    pytest.param("any spillover to the alibaba-adjacent names?", "s23", id="s23-adjacent-names"),
    pytest.param("Have the AI features been submitted for approval?", "s24", id="s24-approval"),
    pytest.param(
        "What is the status of the Apple and Alibaba AI features?", "s24", id="s24-status"
    ),
    pytest.param("When will the AI features roll out to Chinese users?", "s25", id="s25-when"),
    pytest.param(
        "Through which iOS version will the feature be rolled out?", "s25", id="s25-ios-version"
    ),
    # The same questions the way people type them.
    pytest.param("why did apple drop deepseek", "s9", id="casual-lowercase"),
    pytest.param("apple revenue greater china fiscal 2024", "s17", id="casual-keywords"),
    pytest.param("how many downloads modelscope", "s15", id="casual-no-verb"),
    pytest.param("How much did the API cost drop in percent?", "s13", id="casual-percent"),
    # "What made ... ?" asks why.
    pytest.param("What drew Apple to Alibaba in the end?", "s10", id="what-made-is-why"),
    # "one of" is not the number 1, and "US-listed" names the U.S., not "listed".
    pytest.param("Was DeepSeek one of the companies Apple evaluated?", "s8", id="one-of"),
    pytest.param("How did Alibaba's US-listed stock do on Feb 11?", "s21", id="hyphen-after-name"),
    # Everyday abbreviations both ways (bot/engine/data/aliases.txt).
    pytest.param(
        "Who is Apple's artificial intelligence partner in China?", "s3", id="spelled-out-ai"
    ),
    pytest.param(
        "How much did Alibaba's American shares rise on Feb 11?", "s21", id="american-is-us"
    ),
    pytest.param("How much did Alibaba's HK stock climb?", "s22", id="hk-is-hong-kong"),
    # "exactly" says how to answer, not what is asked.
    pytest.param("What exactly is Alibaba's ModelScope?", "s15", id="s15-exactly"),
    # "later that evening" is February 11, the day named before it.
    pytest.param("What did Apple announce on February 11?", "s3", id="s3-same-evening"),
    pytest.param("did those alibaba concept stocks go up", "s23", id="s23-compound-owner"),
    pytest.param("When did Apple evaluate DeepSeek?", "s8", id="s8-dateless-own-deed"),
    # A paragraph pointed at by number or position is where the answer must stand.
    pytest.param(
        "According to paragraph 4, what has Apple been testing?", "s5", id="s5-paragraph-4"
    ),
    pytest.param("According to the first paragraph, what is Apple doing?", "s1", id="s1-first-par"),
    # An industry word between where a company is from and the word for it.
    pytest.param("What did the Korean electronics giant unveil?", "s2", id="s2-industry-word"),
    # "before Alibaba" places the deed in time: not the fact that Apple picked Alibaba.
    pytest.param("Who did Apple pick before Alibaba?", "s6", id="s6-before-a-name"),
    # Whether Apple's news came the same evening: the sentence that says "later that evening".
    pytest.param(
        "So Apple made its announcement the same day as Samsung's launch?", "s3", id="s3-same-day"
    ),
    # Everyday words for the article's: "OEMs" for brands, "spawned" for created.
    pytest.param("Which domestic handset OEMs are pressuring the iPhone?", "s16", id="s16-oems"),
    # "didn't" is not a typo of "did"; the word after "the" and a name is what it is called.
    pytest.param(
        "Wasn't it Baidu that Apple was going to go with at one stage?", "s6", id="s6-wasnt"
    ),
    pytest.param("Did the WeChat operator make Apple's shortlist?", "s8", id="s8-described"),
    # "up or down" asks which way: neither way conflicts; "alibaba stock" is no doer.
    pytest.param("did the API price go up or down?", "s13", id="s13-up-or-down"),
    pytest.param("how much did alibaba stock go up in hong kong", "s22", id="s22-name-noun"),
    # An owner that "has" what it offers in the fact; an alias with a hyphen or no apostrophe.
    pytest.param("ModelScope have how many models?", "s15", id="s15-has-what-it-offers"),
    # A figure offered only as the other answer is no figure the fact must hold.
    pytest.param(
        "Is ModelScope's download figure 100 million or 10 million?", "s15", id="s15-or-figure"
    ),
    # ...but "or" joining two deeds offers no other answer: Alibaba is asked about.
    pytest.param(
        "According to the text, which Chinese tech firms did Apple work with or weigh up "
        "before landing on Alibaba?",
        "s8",
        id="s8-or-joins-deeds",
    ),
    # A greeting to the bot before the question is no word of it.
    pytest.param("hey bot what was the ninety seven percent thing about", "s13", id="s13-hey-bot"),
    pytest.param("How did Alibaba do in Hong Kong the following day?", "s22", id="s22-how-did-do"),
    pytest.param(
        "Which search-engine giant was once Apple's main pick?", "s6", id="s6-hyphenated-alias"
    ),
    pytest.param(
        "Which model family has spawned more Hugging Face derivatives than Tongyi?",
        "s14",
        id="s14-spawned",
    ),
    # A city that only says where a company is ("the Hangzhou firm") is no place asked about.
    pytest.param(
        "Why did Apple pick the Hangzhou-based firm over DeepSeek?", "s9", id="s9-company-home"
    ),
    pytest.param(
        "Which Seoul company unveiled a phone on February 11?", "s2", id="s2-company-home"
    ),
    pytest.param("tongyi app launch date", "s11", id="s11-keyword-date"),
    # A change put up for checking the wrong way round is answered by the fact: "no, it fell".
    pytest.param(
        "Did Apple's Greater China revenue rise in fiscal 2024?", "s17", id="s17-direction-checked"
    ),
    pytest.param(
        "Tongyi API prices went up last year, didn't they?", "s13", id="s13-direction-tag"
    ),
    pytest.param(
        "Which Alibaba model has excelled in international benchmarks?", "s12", id="s12-kind-named"
    ),
    # A day spelled as an ordinal.
    pytest.param(
        "What did Samsung show off on the eleventh of February?", "s2", id="s2-ordinal-day"
    ),
    # A company described rather than named.
    pytest.param(
        "What did the American company's CEO admit about the iPhone?", "s18", id="s18-described"
    ),
    # A ticker beside its company, in a market question, is the company.
    pytest.param(
        "How much did Alibaba (BABA) shares jump on February 11?", "s21", id="s21-ticker-beside"
    ),
    # A name a cleft question puts up is checked by the fact that gives the true one.
    pytest.param("Was it Reuters that first reported the Alibaba pick?", "s4", id="s4-cleft"),
    pytest.param("Was it Xiaomi that Samsung worked with on the S25?", "s2", id="s2-cleft"),
    # A statement asked as a question is put up for checking too.
    pytest.param(
        "Apple's Greater China revenue rose in fiscal 2024?", "s17", id="s17-declarative-check"
    ),
    pytest.param(
        "Hugging Face has 50,000 Tongyi derivatives, doesn't it?", "s14", id="s14-tag-check"
    ),
    # Each alternative of a comparison given a figure by another sentence: one fact answers.
    pytest.param(
        "Which climbed more, Alibaba in New York on February 11 or in Hong Kong the day after?",
        "s21",
        id="s21-s22-compared",
    ),
    # A figure put up for checking is answered by the fact's own ("No: over 15,000").
    pytest.param("ModelScope has 20,000 models, right?", "s15", id="s15-figure-checked"),
    pytest.param(
        "ModelScope's downloads passed 2 billion, didn't they?", "s15", id="s15-scaled-checked"
    ),
    # Whoever passed the claim on is not part of it; nor is a thank-you before the next question.
    pytest.param(
        "people on weibo are saying Apple's stock rose 4% that day, legit?",
        "s21",
        id="s21-hearsay-online",
    ),
    pytest.param(
        "Did Alibaba's Hong Kong stock gain 5% the next day?", "s22", id="s22-figure-checked"
    ),
    # A comparison of alternatives the article gives a figure for each of.
    pytest.param("Which jumped more on February 11, Apple or Alibaba?", "s21", id="s21-compared"),
    # A day or year put up for checking is answered by the fact that gives another, when the
    # day is what the fact tells ("No: on February 11").
    pytest.param(
        "Samsung showed the Galaxy S25 on February 9, correct?", "s2", id="s2-day-checked"
    ),
    pytest.param("Tongyi Qianwen came out in 2022, didn't it?", "s11", id="s11-year-checked"),
    pytest.param(
        "True or false: Apple began testing Chinese models in 2020.", "s5", id="s5-true-or-false"
    ),
    # A debater's or an analyst's frame around a claim, and their hedges, ask nothing themselves.
    pytest.param(
        "Is it fair to say the Baidu tie-up collapsed because Baidu was too slow?",
        "s7",
        id="s7-claim-frame",
    ),
    # Someone's aim is a sentence that states an aim ("aims to reverse ..."), not what they did.
    pytest.param(
        "Apple's objective with the Alibaba collaboration?", "s19", id="s19-objective-asked"
    ),
    pytest.param(
        "What is Apple hoping the Alibaba collaboration brings?", "s19", id="s19-hoping-asked"
    ),
    # The one partner or pick a claim puts up wrongly is answered by the one the fact names.
    pytest.param(
        "Samsung partnered with Tencent on the Galaxy S25, correct?", "s2", id="s2-partner-claimed"
    ),
    pytest.param(
        "Apple's primary partner at first was DeepSeek, right?", "s6", id="s6-partner-claimed"
    ),
    # A cause put up wrongly is answered by the cause the fact gives ("No: insufficient
    # manpower").
    pytest.param(
        "Did Apple decide against DeepSeek over privacy concerns?", "s9", id="s9-cause-checked"
    ),
    pytest.param(
        "Was the Baidu collaboration not sustained over pricing disputes?",
        "s7",
        id="s7-cause-checked",
    ),
    pytest.param(
        "What evidence is there that Alibaba's models can rival the best in the world?",
        "s12",
        id="s12-evidence-frame",
    ),
    pytest.param(
        "Insofar as the article discloses it, where does the approval stand?",
        "s24",
        id="s24-hedged",
    ),
    # Tags after the question file it in a feed; a day written before its month.
    pytest.param(
        "what did samsung launch on feb 11? #galaxyunpacked @SamsungMobile",
        "s2",
        id="s2-trailing-tags",
    ),
    pytest.param("how much did apple rise on 11th feb", "s21", id="s21-day-first"),
    # A city only a way to ask names (not the article) says where a company is.
    pytest.param("Which Beijing-based company was Apple's first partner?", "s6", id="s6-home-city"),
    # A negated cleft puts its name up for checking like any other.
    pytest.param("Isn't it Tencent that Apple picked as its partner?", "s3", id="s3-negated-cleft"),
    # A company described by who it is to a thing, after it ("the owner of WeChat"): a name,
    # not an owner asked for.
    pytest.param(
        "Did Apple look at the owner of WeChat as a partner?", "s8", id="s8-owner-of-described"
    ),
    # Why a name is in the story: what the article says of it.
    pytest.param("Why does vivo get a mention?", "s16", id="s16-why-mentioned"),
    pytest.param("Why is Samsung even mentioned in this story?", "s2", id="s2-why-mentioned"),
    # When something began that still goes on: a date still to come is no answer.
    pytest.param("since when has alibaba been doing ai", "s11", id="s11-since-when"),
    # "How do we know ...": who says so.
    pytest.param("how do we know apple went with alibaba?", "s4", id="s4-how-known"),
    # A question that switches language mid-sentence.
    pytest.param("Apple ne Baidu ko kyun chhoda, kya wajah thi?", "s7", id="s7-hinglish"),
    pytest.param("cuánto subieron las acciones de Alibaba en Hong Kong?", "s22", id="s22-spanish"),
    pytest.param("hugging face pe kitne models bane tongyi se", "s14", id="s14-hinglish-made"),
    pytest.param("chinese users ke liye ios 18.5 kab aayega", "s25", id="s25-hinglish-come"),
    pytest.param("Whit wey did Apple drap Baidu?", "s7", id="s7-scots"),
    # "to whom" after a deed asks of the deed: the features' partnership does not say it.
    pytest.param(
        "the apple alibaba ai features got submitted to whom", "s24", id="s24-submitted-to-whom"
    ),
    # The deed asked of someone a fact does not have do anything like it: Samsung's launch is
    # not Apple's answer to it.
    pytest.param(
        "how quickly did apple counter once samsung unveiled the s25", "s3", id="s3-counter"
    ),
    pytest.param(
        "How soon after Samsung unveiled its phone did Apple name a partner?", "s3", id="s3-name"
    ),
    pytest.param("Did Apple's ain shares rise an aw?", "s21", id="s21-scots"),
    # Typed in capitals: not every word a name. "Even" says how surprised, not what is asked.
    pytest.param("WHY DID APPLE PICK ALIBABA", "s10", id="s10-shouted"),
    pytest.param("what even is the tongyi app", "s11", id="s11-even"),
    # "Alibaba's models" are Tongyi's: Alibaba launched it.
    pytest.param(
        "How many derivative models are built on Alibaba's models?", "s14", id="s14-owner-of-owner"
    ),
    # Which of two came first: the sentence that places one after the other ("After continuous
    # iterations", "later that evening") is cited first.
    pytest.param(
        "What came first: Alibaba's Tongyi Qianwen or its Qwen 2.5-Max?",
        "s12",
        id="s12-first-of-two",
    ),
    pytest.param(
        "Did Samsung unveil the Galaxy S25 before or after Apple's announcement?",
        "s3",
        id="s3-before-or-after",
    ),
    # Answers offered to choose from: the fact holding one need not hold the others.
    pytest.param(
        "Which rival brands does the article name: Honor, vivo or Oppo?", "s16", id="s16-choices"
    ),
    pytest.param(
        "Where did Alibaba gain over 8% intraday: Shanghai or Hong Kong?", "s22", id="s22-choices"
    ),
    pytest.param(
        "was the drop 11 or 7.7 percent for the whole fiscal year", "s17", id="s17-figure-choices"
    ),
    # A statement, then a question asking whether it holds; a month put up; the day asked of.
    pytest.param(
        "A friend wrote that the features roll out with iOS 18.2 in June. What does the article say?",
        "s25",
        id="s25-checked-after-month",
    ),
    pytest.param(
        "Our notes say ModelScope offers 50,000 models. Is that right?",
        "s15",
        id="s15-checked-after",
    ),
    pytest.param(
        "We wrote that Alibaba's Hong Kong stock rose over 8% on February 13. Is that the right day?",
        "s22",
        id="s22-day-checked-after",
    ),
    # A city asked for that the fact names.
    pytest.param("In which city did Alibaba's shares gain over 8%?", "s22", id="s22-venue-named"),
    # A people's word that only says where a company is from ("the Chinese firm").
    pytest.param(
        "In what year did the Chinese firm launch its own large language model?",
        "s11",
        id="s11-origin",
    ),
    # Chat spellings of everyday words.
    pytest.param("apple announced its partner the same nite, right?", "s3", id="s3-chat-nite"),
    # A name spelt the way it sounds.
    pytest.param("why did apple stop working with baidoo", "s7", id="s7-sounds-like"),
    pytest.param("did apple look at tensent", "s8", id="s8-sounds-like"),
    # A day of the month alone.
    pytest.param("how much did alibaba's us shares jump on the 11th", "s21", id="s21-day-alone"),
    # A name heard as two words.
    pytest.param("why did apple pass on deep seek", "s9", id="s9-split-name"),
    pytest.param("did apple evaluate bite dance", "s8", id="s8-split-name-typo"),
    # Spoken years and figures.
    pytest.param(
        "when did ali baba launch tongyi twenty twenty three or so", "s11", id="s11-spoken-year"
    ),
    # The iPhone's lack of AI is also the lack of AI on the iPhone.
    pytest.param(
        "Did Cook blame the iPhone's lack of AI for the sales slump?",
        "s18",
        id="s18-possessive-and-of",
    ),
    # What a message says about who is asking is no word of the question.
    pytest.param(
        "Hello, I have an iPhone 14 and I live in Xiamen. My colleague says Apple has a new AI "
        "partner in China. Who is it?",
        "s3",
        id="s3-askers-scene",
    ),
    # A figure rounded, in words, with a decimal comma; a day in numbers; the article's own year.
    pytest.param("Did Apple's Greater China revenue drop almost eight percent?", "s17", id="s17-r"),
    pytest.param("did tongyi api calls get nearly 100% cheaper?", "s13", id="s13-rounded"),
    pytest.param("greater china revenue minus 7,7 percent", "s17", id="s17-decimal-comma"),
    pytest.param("what did samsung launch on 11.02.2025", "s2", id="s2-dotted-day"),
    pytest.param("What did Samsung unveil on February 11, 2025?", "s2", id="s2-article-year"),
    # The kind asked says something beside one everyday word ("features").
    pytest.param("when do we get the features", "s25", id="s25-kind-and-one-word"),
    # Whether a name is mentioned asks what the article says of it.
    pytest.param("bytedance mentioned at all?", "s8", id="s8-mentioned"),
    # A stock's reaction is how it moved, not something its company did in answer.
    pytest.param("alibaba stock reaction?", "s20", id="s20-stock-reaction"),
    # A request for a quotation asks what the sentence says.
    pytest.param("quote me the Hugging Face sentence verbatim", "s14", id="s14-quote-named"),
    pytest.param("Where in the article does it mention vivo?", "s16", id="s16-where-mention"),
    # Pidgin, Singlish and Scots, each read with its own table.
    pytest.param("Abeg, which brands dey give Apple wahala for China?", "s16", id="s16-pidgin"),
    pytest.param("DeepSeek kena dropped why leh?", "s9", id="s9-singlish"),
    pytest.param("whit wis the main partner Apple hae at wan point?", "s6", id="s6-scots"),
    # The gist of one part, asked in a line.
    pytest.param("one-liner on the DeepSeek saga pls", "s9", id="s9-one-liner"),
    # What would follow from a supposition, of a fact that gives a cause.
    pytest.param("If Baidu had moved faster, would the partnership have held?", "s7", id="s7-if"),
    # A pasted link is its site's name; "how fast" asks how soon, not an amount.
    pytest.param(
        "https://www.theinformation.com/articles/apple-alibaba — who reported this?",
        "s4",
        id="s4-link",
    ),
    pytest.param("how fast did Apple react to the Galaxy S25 launch?", "s3", id="s3-how-fast"),
    # Two offered first ("X vs Y: which ...?"), then the question.
    pytest.param(
        "Qwen 2.5-Max vs Tongyi Qianwen: which one launched in 2023?", "s11", id="s11-versus-first"
    ),
    # Who else: the others by name, not the sentence that leaves them unnamed (s4's "several").
    pytest.param("who besides alibaba did apple look at?", "s8", id="s8-who-besides"),
    # A thesaurus's words for the article's: "periodical" an outlet, "divulged" reported, "lodged"
    # submitted, "sanction" approval.
    pytest.param("Which overseas periodical divulged the arrangement?", "s4", id="s4-thesaurus"),
    pytest.param("Were the co-developed features lodged for sanction?", "s24", id="s24-thesaurus"),
    # A scholar's passive of how the article puts it asks what it says.
    pytest.param(
        "What deficiencies were identified in the DeepSeek team?", "s9", id="s9-identified"
    ),
    pytest.param(
        "How is Apple's relationship with Samsung portrayed in the piece?",
        "s3",
        id="s3-portrayed",
    ),
    # An old-fashioned asker's courtesies, titles and relatives ask nothing.
    pytest.param(
        "What's this ModelScope they keep talking about?", "s15", id="s15-keep-talking-about"
    ),
    pytest.param(
        "Good evening from Leeds. My daughter in Boston says Apple's China revenue fell. "
        "Did their Mr Cook give a reason?",
        "s18",
        id="s18-courtesies",
    ),
    # What someone is asked to have blamed is a cause put up: the fact's cause answers it.
    pytest.param(
        "Did Cook blame the screen rather than AI for the sales slump?",
        "s18",
        id="s18-blamed-checked",
    ),
    # "A year ago" as the base of a comparison asks no state of a year ago.
    pytest.param(
        "Versus a year ago, how much cheaper is calling the Tongyi API?",
        "s13",
        id="s13-year-ago-as-base",
    ),
    # A figure looked up backwards: what it is about.
    pytest.param("What does the 97 percent figure stand for?", "s13", id="s13-figure-stands-for"),
    pytest.param("what does the 1.5% number refer to", "s21", id="s21-figure-refers-to"),
    # How the article opens or ends: its first or last sentence.
    pytest.param("How does the piece open?", "s1", id="s1-how-it-opens"),
    pytest.param("how does the story conclude?", "s25", id="s25-how-it-ends"),
    # A move put up with its own figure on another day is corrected by the day it happened.
    pytest.param("Did Apple's shares rise 1.5% on February 9?", "s21", id="s21-move-wrong-day"),
    # ...and in another quarter, by the quarter it happened in.
    pytest.param(
        "The 11% drop in China sales came in the second quarter, right?",
        "s17",
        id="s17-move-wrong-quarter",
    ),
    # A fact-checker's frame puts the claim up: "Is it correct that ...", "Can I write that ...".
    pytest.param(
        "Is it correct that the partnership is meant to win back Chinese buyers?",
        "s19",
        id="s19-is-it-correct-that",
    ),
    pytest.param(
        "Can I write that the Alibaba deal is meant to turn around Apple's falling China sales?",
        "s19",
        id="s19-can-i-write",
    ),
    # A product's launch asks when it was launched, by whoever launched it.
    pytest.param("did tongyi qianwen launch in 2023", "s11", id="s11-launched-itself"),
    # A name heard as two words.
    pytest.param("why did apple go with ali bobba", "s10", id="s10-dictated-name"),
    # A time of day put up wrongly is corrected by the fact's.
    pytest.param(
        "Is it right that Apple made the Alibaba announcement the next morning?",
        "s3",
        id="s3-wrong-time-of-day",
    ),
    # A figure put up in words ("two years") is checked like one in digits.
    pytest.param(
        "Did the Tongyi API get 97% cheaper over the last two years?",
        "s13",
        id="s13-figure-in-words",
    ),
    # A cost that "came down" is a change, not a price.
    pytest.param("how much has the tongyi api cost come down", "s13", id="s13-cost-came-down"),
    # Dates and figures written other ways: "feb." with a spoken day, a year cut to "'23", a
    # decimal comma.
    pytest.param("what happened on feb. eleventh?", "s2", id="s2-month-dot-spoken-day"),
    pytest.param("so qwen launched in '23?", "s11", id="s11-short-year"),
    pytest.param("what's the qwen 2,5 max model?", "s12", id="s12-decimal-comma"),
    pytest.param("how much did alibaba us shares rise on feb 11", "s21", id="s21-market-unowned"),
    # "What did the <description> unveil": the name the description stands for is the doer.
    pytest.param(
        "what did the korean phone maker unveil right before apple's news?",
        "s2",
        id="s2-described-doer",
    ),
    # A thesaurus: "attention" is the "eye" Alibaba caught.
    pytest.param("what grabbed apple's attention about alibaba?", "s10", id="s10-attention"),
    # "for May" is the month ("planned for May"), as "in May" is.
    pytest.param("is the rollout planned for may?", "s25", id="s25-for-may"),
    # Whether it is live yet: not yet, it awaits approval.
    pytest.param("are the ai features live already?", "s24", id="s24-live-yet"),
    # Others' stocks asked: a fact of only named companies' shares does not give them.
    pytest.param("did any other stocks climb on the alibaba news", "s23", id="s23-other-stocks"),
    pytest.param("so did other alibaba stocks rise as well", "s23", id="s23-other-named-stocks"),
    # "How many times" of a count is no multiple asked.
    pytest.param(
        "How many times have models on ModelScope been downloaded?", "s15", id="s15-times-counted"
    ),
    # "the passage" is the article.
    pytest.param(
        "According to the passage, who admitted that missing AI features hurt sales?",
        "s18",
        id="s18-the-passage",
    ),
    # Pinyin: the question's words, and the companies' Chinese names (the curation's aliases).
    pytest.param("Pingguo weishenme xuan Ali?", "s10", id="s10-pinyin"),
    pytest.param("Ali Meigu dangtian zhangle duoshao", "s21", id="s21-pinyin"),
    pytest.param("Pingguo you meiyou kaolü guo Tengxun he Zijie Tiaodong", "s8", id="s8-pinyin"),
    # Pinyin and characters mixed in one message, words spaced inside.
    pytest.param("Meta Llama 后面 排 第几? Tongyi yansheng moxing", "s14", id="s14-pinyin-hanzi"),
    pytest.param("Apple 从 哪 一 年 开始 ceshi 中国 的 AI 模型?", "s5", id="s5-hanzi-spaced"),
    # Slang: "clapped back" is responded, "kicking tires" testing.
    pytest.param("apple clapped back at samsung same night??", "s3", id="s3-clapped-back"),
    pytest.param("who else was aapl kicking tires on besides baba", "s8", id="s8-kicking-tires"),
    # Romance-language false friends: "trimester" is a quarter, "invoicing" revenue.
    pytest.param(
        "and in the fourth trimester how much fell the invoicing of apple?",
        "s17",
        id="s17-trimester",
    ),
    # A guard: a kind of answer ("company") that one sentence leaves unnamed ("several leading
    # Chinese AI companies") does not stop another sentence naming one (an earlier version did).
    pytest.param(
        "Which company does the piece describe as Samsung's long-standing rival?",
        "s3",
        id="s3-company-named-elsewhere",
    ),
    # A name put up for a role the fact gives someone else: the fact answers whether it was.
    pytest.param(
        "ByteDance was Apple's primary partner at first, wasn't it?", "s6", id="s6-wrong-primary"
    ),
    pytest.param(
        "Huawei and Xiaomi are the rivals the article names, right?", "s16", id="s16-wrong-rival"
    ),
    # ...whose AI a product runs, with a tag ("right?") that asks nothing of the fact.
    pytest.param(
        "Samsung's Galaxy S25 runs Alibaba's AI in China, right?", "s2", id="s2-wrong-ai-maker"
    ),
    # A cause put up with "over a lack of ...": the cause the fact gives answers it.
    pytest.param(
        "Apple ended things with Baidu over a lack of manpower, right?", "s7", id="s7-wrong-cause"
    ),
    # Why one was chosen over another: the reason it was chosen, which need not name the other.
    pytest.param("why did apple choose alibaba over baidu", "s10", id="s10-chosen-over"),
    pytest.param("苹果为什么选阿里而不是百度", "s10", id="s10-chinese"),
    # Idioms: who "told everyone the story", who "makes it hard for" Apple.
    pytest.param("who told everyone the story first?", "s4", id="s4-told-everyone"),
    pytest.param("who makes it hard for apple in china?", "s16", id="s16-makes-it-hard"),
    # A quiz master's label before the question.
    pytest.param(
        "Quiz: Which Alibaba listing saw intraday gains of over 8%?", "s22", id="s22-quiz"
    ),
    # A sports fan's idioms: "benched" (dropped), "won over" and "found so appealing" (caught
    # its eye), "hit the field" (rolled out).
    pytest.param("what got baidu benched", "s7", id="s7-benched"),
    pytest.param(
        "what did alibaba bring to the table that won apple over", "s10", id="s10-won-over"
    ),
    pytest.param(
        "What was it about Alibaba that Apple found so appealing in the end?",
        "s10",
        id="s10-found-appealing",
    ),
    pytest.param("when does the apple alibaba duo hit the field", "s25", id="s25-hit-the-field"),
    # "When exactly": a day the sentence gives by reference ("later that evening") is a date.
    pytest.param(
        "When exactly did Apple announce that it had picked Alibaba as its AI partner in China?",
        "s3",
        id="s3-when-exactly",
    ),
    # "y/y" is year on year, not a chat "y" (why); "drop the news" is announcing it; "built
    # themselves" is developed independently; "win" without "over" is still winning.
    pytest.param("Greater China revenue decline FY2024 y/y?", "s17", id="s17-y-over-y"),
    pytest.param("what made alibaba win the apple deal", "s10", id="s10-win-the-deal"),
    # What someone is blamed for is the reason given.
    pytest.param(
        "If I were running Baidu's Apple project, what would I be blamed for?",
        "s7",
        id="s7-blamed-for",
    ),
    pytest.param(
        "Did Apple's stock go down when the Alibaba news came out?", "s21", id="s21-stock-not-news"
    ),
    pytest.param(
        "lol did apple drop the alibaba news right after samsung's s25 reveal",
        "s3",
        id="s3-drop-the-news",
    ),
    pytest.param(
        "Is Alibaba's AI something they built themselves?", "s11", id="s11-built-themselves"
    ),
    # A city where the asker's family is lies in its country: "in Shanghai" asks of China.
    pytest.param(
        "What month can my nephew in Shanghai expect the new features on his iPhone?",
        "s25",
        id="s25-nephew-in-shanghai",
    ),
    # "Which products": any product answers, whatever word its sentence uses ("model", "app").
    pytest.param("Which two products did Alibaba release in 2023?", "s11", id="s11-products"),
    # A relative "which" after a noun ("the features which Apple ... develop") asks no name.
    pytest.param(
        "What is the current status of the AI features which Apple and Alibaba develop jointly?",
        "s24",
        id="s24-relative-which",
    ),
    # Who holds the shares is the asker's context, not a word asked of the fact.
    pytest.param("did alibaba stock go up? my husband owns some", "s20", id="s20-husband-owns"),
    # "What did X do in <a place>": how its shares did there, not a deed of its own.
    pytest.param("what did alibaba do in hong kong the next day?", "s22", id="s22-do-in-place"),
    # "Any colour on ...": details, not a colour.
    pytest.param("Any colour on why DeepSeek got cut from the process?", "s9", id="s9-colour-on"),
    # "How soon after X did Y ...": Y's deed is asked, not X's.
    pytest.param(
        "How soon after Samsung's launch did Apple announce its AI partner for China?",
        "s3",
        id="s3-how-soon-after",
    ),
    # A people's word ("Chinese partner") is held by its country ("partner in China").
    pytest.param(
        "At what time of day did Apple tell everyone about its new Chinese partner?",
        "s3",
        id="s3-chinese-partner",
    ),
    # More of a sports fan's: "cut from the squad" (dropped), the "head coach" (the CEO), a
    # season "turned around" (a decline reversed), a "supporting cast" (concept stocks).
    pytest.param("why did baidu get cut from the squad", "s7", id="s7-cut-from-squad"),
    pytest.param(
        "did the apple head coach admit the team lacks ai firepower", "s18", id="s18-head-coach"
    ),
    pytest.param(
        "is the alibaba deal apple's plan to turn the season around in china",
        "s19",
        id="s19-turn-around",
    ),
    pytest.param(
        "did the rest of alibaba's supporting cast get a boost too", "s23", id="s23-supporting-cast"
    ),
    # Nigerian Pidgin: "wetin" alone says the message is in it.
    pytest.param(
        "Wetin cause the Baidu and Apple collabo to scatter?", "s7", id="s7-pidgin-wetin-cause"
    ),
    # "4th quater" typed in a hurry is the fourth quarter; "u.s." is the country, not "you".
    pytest.param(
        "hw much did apples greater china revnue fall in the 4th quater", "s17", id="s17-4th-quater"
    ),
    pytest.param(
        "alibaba's u.s. shares up as much as 3% that day, right?", "s21", id="s21-lowercase-us"
    ),
    # A city the articles never name is in its country, even one a curated phrasing names.
    pytest.param(
        "I'm in Beijing with my iPhone - who is Apple using for AI features here?",
        "s1",
        id="s1-in-beijing",
    ),
    # "Which companies": the kind of the answer only, which any name the fact gives answers.
    pytest.param(
        "which chinese companies did apple look at after baidu", "s8", id="s8-which-companies"
    ),
    # "... how fast?" at the end asks how soon, not an amount.
    pytest.param("Apple answered Samsung's launch how fast, really?", "s3", id="s3-how-fast-end"),
    pytest.param(
        "Is Alibaba's model home-grown or licensed from someone else?", "s11", id="s11-home-grown"
    ),
    pytest.param("What weaknesses were cited against DeepSeek?", "s9", id="s9-weaknesses"),
    # What something is called "in English" is the articles' own name for it.
    pytest.param(
        "What is Samsung's Chinese AI partner called in English?", "s2", id="s2-called-in-english"
    ),
    # A gloss in brackets names the same company once ("Tencent (腾讯)"); "Apple's operating
    # system" is iOS; a question asked inside "I should like to know ..." keeps its doer.
    pytest.param("Tencent (腾讯) - was it evaluated by Apple?", "s8", id="s8-bracketed-gloss"),
    pytest.param(
        "Which version of Apple's operating system is expected to carry the features?",
        "s25",
        id="s25-operating-system",
    ),
    pytest.param(
        "I should like to know what Samsung announced on the eleventh of February.",
        "s2",
        id="s2-embedded-question",
    ),
    # Signing off is approving (a curated phrasing's "got the nod", meaning picked, no longer
    # lends the choice of Alibaba the words of approval).
    pytest.param("has china signed off on apple's ai yet or nah", "s24", id="s24-signed-off"),
    # A question passed on ("my daughter asks what ...") is read as asked straight.
    pytest.param(
        "my son asks when chinese iphone users will get the new ai, which update",
        "s25",
        id="s25-my-son-asks",
    ),
    pytest.param(
        "We've got Marge on the line asking why DeepSeek got passed over",
        "s9",
        id="s9-caller-asking",
    ),
    # A pronoun in a relayed question points back to the name in the relay.
    pytest.param(
        "Caller who owns Alibaba stock asks how it did after the news",
        "s21",
        id="s21-relay-points-back",
    ),
    # What "attracted Apple's interest" is what caught its eye.
    pytest.param(
        "What attribute of Alibaba is credited with attracting Apple's interest?",
        "s10",
        id="s10-attracting-interest",
    ),
    # "ok" as a verb is approving; "stuck waiting" is waiting.
    pytest.param("is it already out or still waiting on somebody to ok it?", "s24", id="s24-ok-it"),
    pytest.param("is it still stuck waiting on the regulators?", "s24", id="s24-stuck-waiting"),
    # "iPhone sales" are Apple's: the articles write "the iPhone", a thing, not a company.
    pytest.param("iphone sales decline reason", "s18", id="s18-product-sales"),
    # A price that got "cheaper" dropped (not "cheaper than", a comparison).
    pytest.param("alibaba AI become cheaper how much", "s13", id="s13-become-cheaper"),
    # How sure the asker is ("supposedly") is not what is asked.
    pytest.param("Who else was Apple supposedly evaluating?", "s8", id="s8-supposedly"),
    # Partners "not together anymore" have split up.
    pytest.param("why apple and baidu not together anymore", "s7", id="s7-not-together"),
    # A fact-checker's label ("Confirm:") asks nothing itself.
    pytest.param(
        "Confirm: Apple's AI collaborator for China-market iPhones is Alibaba?",
        "s19",
        id="s19-confirm-label",
    ),
    # A source put up for checking ("reported by Bloomberg?") is answered by the one it was.
    pytest.param(
        "Was the Apple-Alibaba story first reported by Bloomberg?", "s4", id="s4-reported-by"
    ),
    # An Australian's slang, and who is spoken to.
    pytest.param("which mobs did apple have a squiz at", "s8", id="s8-squiz"),
    pytest.param("baidu was their main bloke at one stage yeah?", "s6", id="s6-main-bloke"),
    pytest.param("Alibaba's been at the AI game since when, mate?", "s11", id="s11-mate"),
    # Spoken punctuation and courtesies.
    pytest.param(
        "Hong Kong shares the next day comma how much question mark", "s22", id="s22-spoken-mark"
    ),
    pytest.param(
        "May I respectfully ask why the collaboration with Baidu could not be continued?",
        "s7",
        id="s7-courtesy",
    ),
    # "info" asks nothing the article lacks; a credit "on screen" is no phone's screen.
    pytest.param("was the apple alibaba info from insiders or what", "s4", id="s4-info"),
    pytest.param(
        "whos the source the article cites? need to credit them on screen", "s4", id="s4-on-screen"
    ),
    # The article's own year, asked of a day or "this year" it gives without one.
    pytest.param("when in 2025 will the features roll out", "s25", id="s25-article-year"),
    pytest.param("apple stock % change feb 11 2025", "s21", id="s21-article-year"),
    # An aside between dashes is no part of what is asked.
    pytest.param(
        "Turning to Hong Kong — where, I gather, Alibaba also trades — how did its shares fare"
        " on the following day?",
        "s22",
        id="s22-aside",
    ),
    # German, or English with German words in it.
    pytest.param("Wie stark ist Apple's Umsatz in Greater China gefallen?", "s17", id="s17-german"),
    pytest.param("Warum nicht DeepSeek? zu wenig Leute oder was?", "s9", id="s9-german"),
    pytest.param(
        "Wurden die KI Funktionen schon bei den Behörden eingereicht?", "s24", id="s24-german"
    ),
    # "stonks" are stocks; Spanish "desde cuándo" asks since when.
    pytest.param("how much did alibaba stonks go up on feb 11", "s21", id="s21-stonks"),
    pytest.param(
        "Desde cuándo... since when has Apple been trying out models from Chinese AI developers?",
        "s5",
        id="s5-desde-cuando",
    ),
    # Swahili and Sheng, as written in Kenya.
    pytest.param("deepseak ilikataliwa juu ya nini msee", "s9", id="s9-swahili"),
    pytest.param(
        "hong kong shares za alibaba siku iliyofuata zilipanda ngapi", "s22", id="s22-swahili"
    ),
    pytest.param("manze samsung walilaunch simu gani feb 11", "s2", id="s2-sheng"),
    # Apple Intelligence is how people name the AI features coming to China.
    pytest.param(
        "when does china get apple intelligence, ios 18.5?", "s25", id="s25-apple-intelligence"
    ),
    # A story about the asker first, whose words (a vendor, a dinner) are none of the article's:
    # the question at its end, asked alone.
    # Less money made is a fall, which a percentage gives.
    pytest.param(
        "how much less money did apple make in greater china in fiscal 2024",
        "s17",
        id="s17-less-money",
    ),
    # ...and when it does: the name a description stands for is no focus ("model community").
    pytest.param("whats alibaba's model community called", "s15", id="s15-community-called"),
    pytest.param("alibaba us shares jumped by 3% on feb 11 rite?", "s21", id="s21-rite"),
    # Portuguese mixed in.
    pytest.param("cara, por que a Apple largou a DeepSeek?", "s9", id="s9-portuguese"),
    pytest.param("desde quando Apple is testing modelos chineses de AI?", "s5", id="s5-portuguese"),
    # What a medium or a stranger said, put up to be checked.
    pytest.param(
        "Yahoo Finance said Alibaba spiked on Feb 11. By how much?", "s21", id="s21-medium"
    ),
    pytest.param(
        "A Telegram trading channel says Alibaba's concept stocks rose. Does the article mention that?",
        "s23",
        id="s23-medium",
    ),
    pytest.param(
        "I'm putting together a slide deck for my startup's board about cheap AI options, and my"
        " CTO says Alibaba slashed its prices. How much has the cost of calling Tongyi Qianwen"
        " through the API fallen?",
        "s13",
        id="s13-story-first",
    ),
    pytest.param(
        "My kid asked me at dinner why Apple would even care about Chinese AI when it's an"
        " American company, and I didn't have a good answer. What's Apple hoping the Alibaba"
        " partnership will do for it in China?",
        "s19",
        id="s19-story-first",
    ),
    # A question word typed with a neighbouring key, and a typo in the change asked: "how much
    # ... drpo" asks by how much it dropped, not a price.
    pytest.param("whp broke tje news about apple and alibaba", "s4", id="s4-fat-finger"),
    pytest.param("how much did the qwen api cost drpo", "s13", id="s13-typo-in-the-change"),
    # A quiz's "Q:" is a label and "roughly" asks nothing (nor do the choices).
    pytest.param(
        "Q: Roughly how many enterprises use the Tongyi API? A) 30,000 B) 300,000",
        "s13",
        id="s13-q-label",
    ),
    # Romance false friends: "actions" that climb are shares, the "bourse" the stock exchange,
    # "the responsible of" the person responsible, "the sells" the sales.
    pytest.param(
        "of how much climbed the Alibaba's actions in the bourse of Hong Kong on 12 February?",
        "s22",
        id="s22-false-friends",
    ),
    pytest.param(
        "who is the responsible of Apple that recognised the lack of AI hurts the sells?",
        "s18",
        id="s18-false-friends",
    ),
    # Models built "on top of" Tongyi are based on it.
    pytest.param(
        "are outsiders building their own models on top of Qwen?", "s14", id="s14-on-top-of"
    ),
    # A Romance speaker's "journal" is a newspaper, the "notice" the news.
    pytest.param("which journal gave this notice first?", "s4", id="s4-journal"),
    # A quiz's choices are not asked: the question before them is, and the citation says which.
    pytest.param(
        "Q: Who admitted that missing AI features hurt iPhone sales? A) Jack Ma B) Tim Cook"
        " C) Lei Jun",
        "s18",
        id="s18-multiple-choice",
    ),
    pytest.param(
        "Multiple choice: Samsung's AI partner for the S25 was (a) Baidu (b) Wisdom Spectrum AI",
        "s2",
        id="s2-multiple-choice",
    ),
    # A tester's tag before the question and the answer's form after it are not asked about.
    pytest.param(
        "[TC-021] What does Apple hope partnering w/ Alibaba will do for its sales in China?",
        "s19",
        id="s19-test-case-tag",
    ),
    pytest.param("Did Alibaba's concept stocks post gains? (Y/N)", "s23", id="s23-yes-no-form"),
    # A line cook's "86'd" is dropped; "fire back" is respond, and "how fast" before "after"
    # asks how soon, not an amount.
    pytest.param("why was baidu 86'd by apple", "s7", id="s7-eighty-sixed"),
    pytest.param("how fast apple clap back after samsung launch", "s3", id="s3-how-fast-after"),
    # A poet's figures: a romance is a partnership, to wither on the vine to fail, offspring
    # derivatives.
    pytest.param(
        "why did apple's romance with baidu wither on the vine?", "s7", id="s7-withered-romance"
    ),
    pytest.param("how many offspring has tongyi on hugging face?", "s14", id="s14-offspring"),
    # A Slavic speaker's "procents" are percent; a French speaker's "Grande Chine" Greater China.
    pytest.param("by how many procents did alibaba's us shares rise?", "s21", id="s21-procents"),
    pytest.param(
        "The revenue of Apple in the Grande Chine, it has fallen of how much in fiscal 2024 ?",
        "s17",
        id="s17-grande-chine",
    ),
    # A search-box query that begins with "reason" asks why.
    pytest.param("reasons apple picked alibaba over tencent", "s10", id="s10-reason-first"),
    # ...and a yes-no question's "when" clause says when, it does not ask it.
    pytest.param(
        "did apple's own stock go up when the deal was announced?", "s21", id="s21-when-clause"
    ),
    # A few words that name nothing lead in to the question that does.
    pytest.param(
        "Did fans adore it? What did Alibaba's US stock do on the news?", "s21", id="s21-short-lead"
    ),
    # "when" after "what" says when he spoke, it does not ask when.
    pytest.param(
        "What did Tim Cook blame when he talked about iPhone sales slipping?",
        "s18",
        id="s18-when-clause",
    ),
    # A question in the middle of a story, with more story after it, is asked alone.
    pytest.param(
        "In my day we qualified three suppliers before committing to one. Which company did Apple"
        " pick as its primary partner at one point? Seems they went through a few before Alibaba.",
        "s6",
        id="s6-question-mid-story",
    ),
    # "permitted" is approval's word too (it is also "allowed").
    pytest.param(
        "Is the AI function of Apple and Alibaba already permitted by the authorities?",
        "s24",
        id="s24-permitted",
    ),
    # "weak point" is the article's "insufficient"; whose opinion is asked in is no word asked.
    pytest.param(
        "In Apple's opinion, what was the weak point of the DeepSeek team?",
        "s9",
        id="s9-weak-point-opinion",
    ),
    # A name's next word mistyped by one slip, however short or capitalised; not a word known
    # on its own ("tongyi api" is no slip of "tongyi app").
    pytest.param("what did Tim Cok admit about the iphone", "s18", id="s18-name-tail-slip"),
    pytest.param("how did alibaba do in hong kng the next day", "s22", id="s22-name-tail-slip"),
    pytest.param("how cheap did the tongyi api get", "s13", id="s13-api-not-app"),
    # A crypto trader's "rug" (dropped), "ser" (sir) and "ngmi".
    pytest.param("why did apple rug deepseek ser?", "s9", id="s9-rugged-ser"),
    # A Southern grandfather's "over yonder" and "fella".
    pytest.param(
        "Did that Tim Cook fella own up to why folks ain't buyin' iPhones over yonder?",
        "s18",
        id="s18-fella-yonder",
    ),
    # Taglish.
    pytest.param("Bakit po hindi pinili ng Apple ang DeepSeek?", "s9", id="s9-taglish"),
    pytest.param(
        "Ilang porsyento po umakyat yung stock ng Apple nung February 11?",
        "s21",
        id="s21-taglish",
    ),
    # Indonesian chat, Jamaican Creole, and a question written as a letter.
    pytest.param(
        "kenapa Apple gak lanjut sama DeepSeek? timnya kurang orang kah?", "s9", id="s9-indonesian"
    ),
    pytest.param(
        "saham Alibaba di Hong Kong besoknya gimana, naik lagi kah?", "s22", id="s22-indonesian"
    ),
    pytest.param(
        "A wah mek Apple cyaan keep up wid Baidu? Dem did too slow or wah?", "s7", id="s7-jamaican"
    ),
    pytest.param(
        "eh el moshkela ma3a DeepSeek elly 5alet Apple matkamelsh ma3ahom?", "s9", id="s9-arabizi"
    ),
    pytest.param("Alibab tal3et Tongy Qianwen emta? sanet kam?", "s11", id="s11-arabizi"),
    pytest.param("chera hamkari-ye Apple ba Baidu edame nadasht?", "s7", id="s7-persian"),
    pytest.param("foroosh-e Apple too Chin chand darsad oftad?", "s17", id="s17-persian"),
    pytest.param("Apple kobe theke Chinese AI model test korche?", "s5", id="s5-bengali"),
    pytest.param("DeepSeek ke Apple keno nilo na?", "s9", id="s9-bengali"),
    pytest.param(
        "Breaker one-nine, which paper broke the story, come back?", "s4", id="s4-cb-radio"
    ),
    pytest.param("BLUF: approval status of the AI features? Over.", "s24", id="s24-brevity"),
    pytest.param("DeepSeek ah yen Apple vittuchu? staff problem aa?", "s9", id="s9-tamil"),
    pytest.param("Poukisa kolaborasyon ak Baidu a pa t kontinye?", "s7", id="s7-haitian"),
    pytest.param("Wherefore didst Apple forsake DeepSeek, pray tell?", "s9", id="s9-archaic"),
    # Korean, Russian and Italian in Latin letters; a noir detective's and a poker player's idioms.
    pytest.param("DeepSeek-eun wae ppaesseoyo? saram buljok?", "s9", id="s9-korean"),
    pytest.param(
        "Alibaba jusik Hong Kong eseo daeum nal eolmana ollasseoyo?", "s22", id="s22-korean"
    ),
    pytest.param("Pochemu Apple otkazalas ot DeepSeek? malo lyudey?", "s9", id="s9-russian"),
    pytest.param("Na skolko upala vyruchka Apple v Kitae?", "s17", id="s17-russian"),
    pytest.param("Perché Apple ha scartato DeepSeek?", "s9", id="s9-italian"),
    pytest.param("Quando arriva la funzione agli utenti cinesi?", "s25", id="s25-italian"),
    pytest.param("Why'd Baidu get kicked to the curb?", "s7", id="s7-curb"),
    pytest.param(
        "Blimey, 'ow much did Alibaba go up in 'Ong Kong the next day?", "s22", id="s22-cockney"
    ),
    pytest.param("Which outfits was Apple sizing up as partners?", "s8", id="s8-sizing-up"),
    pytest.param("When is the rollout for Chinese users scheduled?", "s25", id="s25-scheduled"),
    pytest.param("Varför droppade Apple DeepSeek? för lite folk?", "s9", id="s9-swedish"),
    pytest.param(
        "Mennyi did Alibaba's Hong Kong stock rise the next day?", "s22", id="s22-hungarian"
    ),
    pytest.param("Kilode Apple drop DeepSeek? dem no get enough staff?", "s9", id="s9-yoruba"),
    pytest.param(
        "Which company did Apple first pick as its primary AI partner, Ensign?",
        "s6",
        id="s6-ensign",
    ),
    # A mistyped owner is the owner it stands for.
    pytest.param(
        "what happened to Alibaby's shares in the US after the announcement?",
        "s20",
        id="s20-alibaby",
    ),
    pytest.param("what did Alibaba cook up back in 2023, matey?", "s11", id="s11-cook-up"),
    pytest.param("vi sao Apple khong tiep tuc voi DeepSeek?", "s9", id="s9-vietnamese"),
    pytest.param(
        "co phieu Alibaba o Hong Kong tang bao nhieu hom sau?", "s22", id="s22-vietnamese"
    ),
    pytest.param("giati i Apple den sinexise me tin DeepSeek?", "s9", id="s9-greek"),
    pytest.param("Dlaczego Apple zrezygnowało z DeepSeek? za mało ludzi?", "s9", id="s9-polish"),
    pytest.param("Who's muscling in on Apple in China?", "s16", id="s16-muscling-in"),
    pytest.param("Which companies did Apple check out?", "s8", id="s8-check-out"),
    pytest.param("How many derivative models on Huging Face?", "s14", id="s14-huging"),
    # The one chosen in the end, not Baidu, chosen once before; "finally" is "ultimately".
    pytest.param("who did Apple finally choose?", "s3", id="s3-finally-chose"),
    pytest.param("What was it finally that Apple liked in Alibaba?", "s10", id="s10-finally"),
    pytest.param(
        "HOW MUCH did Alibaba's US stock pop on Feb 11, BAH GAWD?!", "s21", id="s21-cries"
    ),
    # "do wrong" asks where a company failed, not how it reacted.
    pytest.param("What did Baidu do wrong?", "s7", id="s7-do-wrong"),
    pytest.param(
        "Apple's China revenue slipped 2 percent in fiscal 24, right?", "s17", id="s17-fiscal-24"
    ),
    pytest.param(
        "Dear bot, in which year did Alibaba launch its Tongyi Qianwen model? Many thanks, Edith",
        "s11",
        id="s11-letter",
    ),
    # A people's word mistyped with its capital is no name the article lacks.
    pytest.param(
        "did Alibaba's Amercian shares go up on February 11?", "s21", id="s21-demonym-typo"
    ),
    # What someone "has" that the question itself gives as the fact's owner's.
    pytest.param(
        "Hugging Face got how many derivitive model from Tongyi ah?", "s14", id="s14-has-from"
    ),
    # "Presented" is "unveiled"; a Polish speaker's "What for" asks why.
    pytest.param("In which month was Samsung Galaxy S25 presented?", "s2", id="s2-presented"),
    pytest.param(
        "What for Apple stopped work with Baidu, what was problem?", "s7", id="s7-what-for"
    ),
    # From which side, or for what, the question is asked asks nothing.
    pytest.param(
        "From a market-risk standpoint, which domestic competitors has Apple been contending"
        " with in China?",
        "s16",
        id="s16-standpoint",
    ),
    # Roman Urdu: "barha" (rose), "hasil" (achieve), "kitni jaldi" (how soon); Thai "ka", "krub".
    pytest.param("Hong Kong mein Alibaba ka stok agle din kitna barha?", "s22", id="s22-urdu"),
    pytest.param("Apple Alibaba ke sath mil kar kya hasil karna chahta hai?", "s19", id="s19-urdu"),
    pytest.param(
        "Yaar Apple ne Samsung ke launch ke baad kitni jaldi announce kiya?", "s3", id="s3-urdu"
    ),
    pytest.param("DeepSeek is good but why Apple not continue ka?", "s9", id="s9-thai"),
    # An office's "Please advise", and its "bidders" (candidates).
    pytest.param(
        "Please advise which bidders were shortlisted after the Baidu engagement ended.",
        "s8",
        id="s8-please-advise",
    ),
    # "What is X called?" asks a name.
    pytest.param("what is alibaba's ai brain called?", "s12", id="s12-called"),
    # A news company is an outlet: the source is asked, not the company picked.
    pytest.param("which news company said apple pick alibaba", "s4", id="s4-news-company"),
    # "next day" without its "the", offered against the same day.
    pytest.param(
        "Apple announce its partner same day or next day after Samsung?", "s3", id="s3-next-day-or"
    ),
    # Romanian, Czech, Danish and Norwegian words; a question word of theirs alone is enough.
    pytest.param("De ce a renuntat Apple la DeepSeek?", "s9", id="s9-romanian"),
    pytest.param(
        "Cu cat au crescut actiunile Alibaba a doua zi in Hong Kong?", "s22", id="s22-romanian"
    ),
    pytest.param("Proč Apple vyřadil DeepSeek? málo lidí?", "s9", id="s9-czech"),
    pytest.param("Kdy will the Alibaba features reach Chinese users?", "s25", id="s25-czech"),
    pytest.param("Hvor meget steg Alibabas aktier i Hong Kong næste dag?", "s22", id="s22-danish"),
    pytest.param("Hvem er Apples AI partner i Kina?", "s3", id="s3-norwegian"),
    # A telegram: "STOP" ends a clause, its formulas ask nothing; a rare verb in capitals is no
    # name.
    pytest.param("WHY DEEPSEEK DISCARDED STOP URGENT", "s9", id="s9-telegram"),
    pytest.param("FEATURES ALREADY APPROVED QUERY STOP ADVISE", "s24", id="s24-telegram"),
    pytest.param("APPLE OBJECTIVE WITH ALIBABA TIEUP STOP REPLY PAID", "s19", id="s19-telegram"),
    # "supposed to roll out" is expected to; "still stuck" awaiting approval is still pending.
    pytest.param("When are the features supposed to launch in China?", "s25", id="s25-supposed"),
    pytest.param("is the approval still stuck or done already?", "s24", id="s24-stuck"),
    # Serbian and Croatian, Catalan and Hausa words; an auctioneer's lot.
    pytest.param("Zasto je Apple odustao od DeepSeek, brate?", "s9", id="s9-serbian"),
    pytest.param(
        "Quant van pujar les accions d'Alibaba l'endemà a Hong Kong?", "s22", id="s22-catalan"
    ),
    pytest.param("Me yasa Apple no continue with DeepSeek, wallahi?", "s9", id="s9-hausa"),
    pytest.param(
        "Lot number four, folks: which bidders did Apple look at after Baidu?",
        "s8",
        id="s8-auction",
    ),
    # Welsh, Bulgarian in Latin letters and Albanian words; leetspeak.
    pytest.param("Pryd wnaeth Alibaba lansio Tongyi Qianwen, ti'n gwybod?", "s11", id="s11-welsh"),
    pytest.param("Kolko padnaha prihodite na Apple v Greater China?", "s17", id="s17-bulgarian"),
    pytest.param("Pse Apple nuk vazhdoi me DeepSeek, vlla?", "s9", id="s9-albanian"),
    pytest.param("why d1d 4pple dr0p D33pS33k? n0t 3n0ugh st4ff?", "s9", id="s9-leetspeak"),
    # A keyword query one sentence states word for word asks no date, however near a date's
    # phrasings ("when will the features reach Chinese iPhone users") its words are.
    pytest.param("apple alibaba ai features for chinese iphone users", "s1", id="s1-keywords"),
    # ...and a question naming both markets is answered by the one it asks about.
    pytest.param(
        "when did alibaba's hong kong stock climb after the us rise?", "s22", id="s22-both-markets"
    ),
    # "hope to gain" is to achieve; "once chose" is at one point.
    pytest.param("what does Apple hope to gain from Alibaba?", "s19", id="s19-hope-to-gain"),
    pytest.param(
        "Which firm did Apple once pick as its main partner in China?", "s6", id="s6-once-picked"
    ),
    # "how much users" counts them.
    pytest.param("how much enterprises are using Tongyi Qianwen?", "s13", id="s13-how-much-users"),
]

# Off-topic questions and near misses (they share words with a fact but ask what it does not state).
UNANSWERABLE = [
    # "the 11th" with no month is the article's February 11: Hong Kong climbed the day after.
    pytest.param("how much did alibaba climb in hong kong on the 11th?", id="near-miss-bare-day"),
    # What a speaker the article never mentions said, their name typed in lower case.
    pytest.param(
        "what did daniel zhang say about apple picking alibaba", id="near-miss-stranger-said"
    ),
    # "which X in China must ..." asks to name X, which the article leaves unnamed ("relevant
    # departments"), by any of its words.
    pytest.param("Which ministry in China must approve the features?", id="near-miss-which-in"),
    # An analyst's price target is a share price to come, which the article never gives.
    pytest.param("any price target for apple shares after the news", id="near-miss-price-target"),
    # A price per tokens is an amount of money the article never gives (only the drop).
    pytest.param("qwen api cost per million tokens?", id="near-miss-per-tokens"),
    # An event no fact names in any of its words ("founded") is one no fact dates.
    pytest.param("When was Wisdom Spectrum AI founded?", id="near-miss-unnamed-event"),
    # ...but a lead-in that names a place is what the question asks of.
    pytest.param(
        "And in Japan? Who did Apple choose as its AI partner?", id="near-miss-lead-names"
    ),
    # When a partnership began is not the day of one launch it led to.
    pytest.param("when did samsung begin partnering with zhipu?", id="near-miss-began"),
    # A greeting's "evening" is not Apple's evening; a sum is no question about the article.
    pytest.param("Good evening.", id="off-topic-greeting-evening"),
    pytest.param(
        "Good morning. Thank you very much always for your kind help.", id="greeting-and-thanks"
    ),
    pytest.param("What is 2 + 2 ?!?!", id="off-topic-sum"),
    # Someone's take or opinion is what they said, which the article does not report.
    pytest.param("tencent's take on the apple deal?", id="near-miss-someones-take"),
    pytest.param("deepseek's opinion of the news?", id="near-miss-someones-opinion"),
    # Closing "green" or "in the red" is a close, which intraday gains do not give.
    pytest.param("did 9988 finish in the green on feb 12?", id="near-miss-close-green"),
    # A typo of an alias ("regualtors": regulators) is read as the alias: what they said,
    # of a fact that reports no words of theirs.
    pytest.param("what did the regualtors say about the features", id="near-miss-alias-typo"),
    # A story the article tells, then a question of a place it never names.
    pytest.param(
        "Apple's revenue in Greater China fell 7.7% in fiscal 2024 — what was the fall in Korea?",
        id="near-miss-story-then-unknown-place",
    ),
    # A likelihood asked, of a fact that says only what follows "if approved".
    pytest.param("How likely is it that regulators approve the features?", id="near-miss-likely"),
    pytest.param("what are the odds that regulators approve it?", id="near-miss-odds"),
    # A contract's term as a headline puts it; the reporter behind a story.
    pytest.param("Apple x Alibaba deal duration?", id="near-miss-deal-duration"),
    pytest.param("Name the reporter who broke the news.", id="near-miss-reporter-who"),
    # A blank before what it counts asks how many; after "because", why.
    pytest.param(
        "Fill in the blank: the Tongyi App has ____ daily users.", id="near-miss-blank-count"
    ),
    pytest.param(
        "Fill in the blank: ByteDance was passed over because ____.", id="near-miss-blank-why"
    ),
    # "wjat ... sya": what someone said, of a fact that reports no words of theirs.
    pytest.param("wjat did baidu sya about being dropped", id="near-miss-fat-finger-said"),
    # "Which of these" asks of the choices themselves, which the article never names.
    pytest.param(
        "Which of these benchmarks did Qwen 2.5-Max win? A) MMLU B) GPQA C) LiveBench",
        id="near-miss-which-of-the-choices",
    ),
    # Which iPhone models get the features: the article names no model, so "iPhone 15" is
    # not the iPhone in general.
    pytest.param("Which iPhone model can use the Alibaba AI? iPhone 15 can?", id="near-miss-model"),
    # The day of a month the fact gives only as the month.
    pytest.param("when in may exactly will ios 18.5 come out", id="near-miss-when-in-may-exactly"),
    # Which features a phone has, one by one: the article names none.
    pytest.param("what ai features does the galaxy s25 have", id="near-miss-which-features"),
    # A model named after a name ("Which Wisdom Spectrum AI model ..."): the article names none.
    pytest.param(
        "Which Wisdom Spectrum AI model runs on the Galaxy S25?", id="near-miss-named-model"
    ),
    # What someone said "about" a name is in the sentence with their words, not in a curated
    # fact's other sentence ("competition from Huawei").
    pytest.param("what did tim cook say about huawei", id="near-miss-said-about-other-sentence"),
    # Something of a name the fact gives only as an example of a list ("including ByteDance").
    pytest.param("What was ByteDance's pitch to Apple?", id="near-miss-listed-name-owns"),
    # "For which reason": a reason asked, which the fact about Samsung's launch does not give.
    pytest.param("Samsung chose Wisdom Spectrum AI for which reason?", id="near-miss-which-reason"),
    # An amount paid ("what is Apple paying ..."), a difference ("how much more ... than"), and
    # places "besides China": none of them stated.
    pytest.param(
        "What is Apple paying Alibaba for the AI partnership?", id="near-miss-what-is-it-paying"
    ),
    pytest.param(
        "How much more did Alibaba gain in Hong Kong than in the US?", id="near-miss-how-much-more"
    ),
    pytest.param(
        "Which countries besides China will get the Alibaba-powered features?",
        id="near-miss-besides-china",
    ),
    # A company's U.S. listing as a trader types it ("baba us"), with a figure the article lacks.
    pytest.param("baba us close feb 11", id="near-miss-baba-us-close"),
    # Names in Chinese, and what a name stands for: the articles are in English.
    pytest.param(
        "What is the Chinese title of The Information's report?", id="near-miss-chinese-title"
    ),
    pytest.param("What's the Galaxy S25 called in mainland China?", id="near-miss-called-in-china"),
    pytest.param("What does Tongyi Qianwen literally mean?", id="near-miss-literally-mean"),
    pytest.param(
        "What does the 'Qwen' in Qwen 2.5-Max stand for?", id="near-miss-stand-for-in-name"
    ),
    # Figures worked out of the article's, as a trader types them.
    pytest.param("aapl + baba combined % gain", id="near-miss-combined-percent"),
    pytest.param("q4 vs fy24 china drop diff pts", id="near-miss-diff-pts"),
    pytest.param("modelscope avg downloads per model", id="near-miss-avg"),
    pytest.param("llama minus tongyi derivatives gap", id="near-miss-minus"),
    pytest.param(
        "What share of the original API cost remains after the cut?",
        id="near-miss-share-of-original",
    ),
    # What a name means in another language.
    pytest.param(
        "what does the name tongyi qianwen mean in english", id="near-miss-name-translation"
    ),
    # What analysts predict: only their words would tell, and the article reports none.
    pytest.param(
        "What do analysts predict for iPhone sales in China after the deal?",
        id="near-miss-analysts-predict",
    ),
    # "Name one benchmark": the article speaks of "multiple international benchmarks" only.
    pytest.param(
        "Name one benchmark where Qwen beat the top models", id="near-miss-name-one-benchmark"
    ),
    # A model number of a name ("iPhone 12") is not corrected by a number of another (iOS 18.5).
    pytest.param(
        "I'm on an iPhone 12 in Beijing, will my phone get the Alibaba features?",
        id="near-miss-iphone-model",
    ),
    pytest.param("Who is Apple's AI partner in Japan?", id="near-miss-japan"),
    pytest.param("How much did Xiaomi's revenue fall?", id="near-miss-xiaomi"),
    pytest.param("What did Baidu's CEO say?", id="near-miss-baidu-ceo"),
    # A kind named after a name asks for a thing of that name: the companies Apple evaluated,
    # Tencent among them, name no Tencent model.
    pytest.param("Which Tencent model did Apple test?", id="near-miss-tencent-model"),
    pytest.param("co phieu Apple ngay 12/2 tang bao nhieu?", id="near-miss-apple-next-day-vi"),
    pytest.param("Elo Apple pay Alibaba for this partnership?", id="near-miss-price-yoruba"),
    pytest.param("Kolik users does the Tongyi App have?", id="near-miss-tongyi-app-users-czech"),
    # Another market's move is no answer: the next day's climb was in Hong Kong.
    pytest.param("how much did Alibaba rise in the US the next day?", id="near-miss-us-next-day"),
    pytest.param(
        "Kakvo stana s Samsung akciite sled Galaxy S25?", id="near-miss-samsung-bulgarian"
    ),
    pytest.param("PRICE APPLE PAID ALIBABA STOP ADVISE", id="near-miss-price-telegram"),
    pytest.param("How much did Apple's revenue fall in Europe?", id="near-miss-europe"),
    pytest.param("When did Samsung partner with OpenAI?", id="near-miss-openai"),
    pytest.param("Who is the CEO of Alibaba?", id="near-miss-alibaba-ceo"),
    pytest.param("How many employees does DeepSeek have?", id="near-miss-deepseek-staff"),
    # ...but not a partner claimed for someone the article gives none, nor a supposition.
    pytest.param("Did Huawei team up with Alibaba too?", id="near-miss-partner-other-doer"),
    pytest.param(
        "If Apple had partnered with Tencent, would sales recover?", id="near-miss-partner-supposed"
    ),
    # A cause put up for a name the fact does not give one for: Tencent's is not stated.
    pytest.param("Was Tencent rejected over data privacy worries?", id="near-miss-cause-other"),
    # Money put up for checking is checked against money, not a count.
    pytest.param("Apple is paying Alibaba $2 billion, correct?", id="near-miss-money-checked"),
    pytest.param(
        "The Information said Apple is paying Alibaba $2 billion for the tie-up, right?",
        id="near-miss-money-source",
    ),
    pytest.param("thanks, that was useful", id="off-topic-thanks"),
    pytest.param("Thank you kindly, great help as always.", id="off-topic-kindly"),
    # The hour or the day, where the fact gives only the evening or the month.
    pytest.param(
        "what time of the evening did Apple reveal its partner?", id="near-miss-hour-of-evening"
    ),
    pytest.param(
        "On what date did Apple submit the features for approval?", id="near-miss-what-date"
    ),
    # An amount of money, a trading volume, a headcount, a share of a market: none is stated.
    pytest.param(
        "What was Apple's China revenue in actual dollars last fiscal year?",
        id="near-miss-actual-dollars",
    ),
    pytest.param("what was the volume on Apple shares on Feb 11?", id="near-miss-volume-on"),
    pytest.param("What's the headcount of the DeepSeek team?", id="near-miss-headcount"),
    pytest.param("deepseek workforce size?", id="near-miss-workforce-size"),
    pytest.param(
        "What is the percentage of the smartphone market Huawei holds?",
        id="near-miss-percentage-of",
    ),
    # "which" as a relative pronoun does not stop "the name of" asking which agency.
    pytest.param(
        "What's the name of regulator which must approve the AI features?",
        id="near-miss-name-of-which",
    ),
    # A thank-you before the next question is not part of it: the question is a yes/no one
    # about money, which no sentence settles.
    pytest.param(
        "cool. and do iPhone owners pay extra for the features?", id="near-miss-after-thanks"
    ),
    # Someone else's figure: the fact states it as another company's.
    pytest.param("How much did vivo's revenue fall?", id="near-miss-other-owner"),
    # The article states revenue as Apple's only: no fact gives Huawei's, whatever it holds.
    pytest.param("What is Huawei's revenue?", id="near-miss-owner-nowhere"),
    # The same owner's thing, another kind of it: "services revenue", "concept stocks".
    pytest.param("How much did Apple's services revenue fall?", id="near-miss-other-kind"),
    pytest.param("How much did Alibaba's concept stocks rise?", id="near-miss-other-kind-2"),
    # "Which" asks to name what the article leaves unnamed ("relevant departments").
    pytest.param("Which departments have to approve the AI features?", id="near-miss-unnamed"),
    # The kind asked to be named is only in the next sentence ("concept stocks").
    pytest.param("Which Alibaba concept stocks went up?", id="near-miss-which-next-sentence"),
    pytest.param("Which government department approves the features?", id="near-miss-which-kind"),
    # A name the article uses is a name in lower case too: Samsung's shares are not Apple's.
    pytest.param("how much did samsung shares rise on february 11", id="near-miss-lower-name"),
    # "How many ... does X have" against "... based on Tongyi": another owner.
    pytest.param("How many derivative models does Meta have on Hugging Face?", id="near-miss-have"),
    # One everyday word in common ("meaning") is no match.
    pytest.param("what is the meaning of the universe", id="off-topic-one-plain-word"),
    # ...nor one topic word the whole article is about ("Chinese").
    pytest.param("how do I say hello in chinese", id="off-topic-one-topic-word"),
    # A name given only as an example ("including Tencent, ByteDance") did nothing in the fact.
    pytest.param("How did Tencent respond to the news?", id="near-miss-listed-agent"),
    # The date of another event: the article dates the rollout, not the submission.
    pytest.param("When were the Apple AI features submitted for approval?", id="near-miss-event"),
    # What someone said is reported by whoever speaks in the fact ("sources", Tim Cook).
    pytest.param("What did DeepSeek say about being dropped?", id="near-miss-other-speaker"),
    # ...and a fact that reports nobody's words does not say what anyone said.
    pytest.param("What did Alibaba say about the deal?", id="near-miss-nobody-speaks"),
    pytest.param("What did Samsung say about Apple?", id="near-miss-nobody-speaks-2"),
    pytest.param(
        "What did Huawei's CEO say about the sales decline?", id="near-miss-other-speaker-owned"
    ),
    # Another day ("the next day" after February 11 is the 12th), another place's shares.
    pytest.param("How much did Alibaba's Hong Kong stock gain on February 11?", id="near-miss-day"),
    # "The next day" asked without a date is the day the article gives that way (the 12th).
    pytest.param(
        "How much did Alibaba's US shares rise the next day?", id="near-miss-relative-day"
    ),
    # The whole against one place: the article gives Greater China's revenue only.
    pytest.param("How much did Apple's global revenue fall in fiscal 2024?", id="near-miss-scope"),
    pytest.param(
        "How much did Apple's revenue fall in the whole world in 2024?", id="near-miss-whole-world"
    ),
    pytest.param(
        "Which benchmarks exactly Qwen 2.5-Max is topping?", id="near-miss-which-exactly-learner"
    ),
    # A price the article never gives, the asker's plans after it.
    pytest.param("What does the Galaxy S25 cost? I might get one.", id="near-miss-price-plans"),
    # What the article leaves unnamed, asked to be named after the verb.
    pytest.param("Which are Alibaba's concept stocks that rose?", id="near-miss-which-are"),
    # Another brand's revenue: only Apple's falls in the article.
    pytest.param("Did Huawei lose revenue in 2024 as well?", id="near-miss-other-loses"),
    # A device the article never names, typed in lower case as chat does.
    pytest.param("ipad alibaba ai release date", id="near-miss-lower-ipad"),
    # A count of the team the article calls too small, which it does not give.
    pytest.param(
        "Please state the headcount of DeepSeek's team.", id="near-miss-headcount-command"
    ),
    # "the us" in lower case is the country, which the release date is not about.
    pytest.param("When do the AI features reach iPhones in the us?", id="near-miss-lower-us"),
    pytest.param("How much did Apple's stock rise in Hong Kong?", id="near-miss-other-owner-hk"),
    # Another year than the one the fact states.
    pytest.param("How much did Apple's Greater China revenue fall in 2023?", id="near-miss-year"),
    # A count or a calendar date the fact does not give.
    pytest.param("How many iPhones did Apple sell in China?", id="near-miss-count"),
    pytest.param("In what year did Apple stop working with Baidu?", id="near-miss-exact-date"),
    # The fact names what is asked about, but nothing of what is asked of it.
    pytest.param("huawei ai partner", id="near-miss-name-without-relation"),
    # "At one point" states no amount of time.
    pytest.param("How long did the Baidu partnership last?", id="near-miss-one-is-not-a-number"),
    # An owner the article gives no stock to, and a fact about it that holds no stock.
    pytest.param("Did the Korean phone maker's stock go up too?", id="near-miss-owner-lacks-thing"),
    # Someone's people speaking, where the fact reports nobody's words.
    pytest.param("what did the baidu people say about it?", id="near-miss-names-people-say"),
    # "Which benchmarks" asks to name what the fact leaves unnamed ("multiple ... benchmarks").
    pytest.param("Which benchmarks did Qwen 2.5-Max win?", id="near-miss-which-unnamed-2"),
    # A reaction of someone who does nothing in the fact (Baidu only owns "slow progress").
    pytest.param("How did Baidu respond to losing Apple?", id="near-miss-no-reaction"),
    # What "how many" counts is not what the fact counts (models, downloads).
    pytest.param("How many enterprises use ModelScope?", id="near-miss-other-count"),
    # A share asked of a fact whose only number is a version.
    pytest.param("What percentage of iPhone users want AI features?", id="near-miss-no-share"),
    # Units sold, where the article gives revenue.
    pytest.param("How much did iPhone unit sales fall in China?", id="near-miss-units"),
    # The US listing on the day only Hong Kong's is given for.
    pytest.param("What did Alibaba's US-listed shares do on February 12?", id="near-miss-us-day"),
    # A name before "shares" owns them, as "Huawei's shares" would.
    pytest.param("How much did Huawei shares move after the deal?", id="near-miss-compound-owner"),
    # What someone said about a subject his reported words do not touch.
    pytest.param("What did Tim Cook say about Samsung?", id="near-miss-said-about"),
    # A name followed by "due to" did nothing: DeepSeek does not react in the fact.
    pytest.param("How did DeepSeek react to being dropped?", id="near-miss-linked-not-doer"),
    pytest.param("What will Apple do if regulators reject it?", id="near-miss-failed-if-do"),
    # What is counted is another's ("based on the Tongyi model"), whatever else is shared.
    pytest.param(
        "How many derivative models does Meta's Llama series have?", id="near-miss-counted-owner"
    ),
    # "What benchmarks" asks which, as "which benchmarks" does.
    pytest.param("what benchmarks did quen two point five max win", id="near-miss-what-kinds"),
    # A capitalised name the article lacks is no typo of a word it has.
    pytest.param("Did Apple also run a bake-off against OpenAI?", id="near-miss-name-not-typo"),
    # The other way than the fact states: revenue fell, Alibaba's shares rose.
    pytest.param(
        "How much did Apple's Greater China revenue go up in fiscal 2024?", id="near-miss-went-up"
    ),
    pytest.param("how much did alibaba stock tank after the announcement", id="near-miss-tanked"),
    # A reason for a name the fact gives only as an example of a list.
    pytest.param("Why did Apple not pick Tencent?", id="near-miss-why-listed"),
    # A rank the article does not state.
    pytest.param("Which was the fastest-growing model on ModelScope?", id="near-miss-superlative"),
    # "one of several leading companies" is no "largest".
    pytest.param("Isn't Alibaba the largest AI company in China?", id="near-miss-leading"),
    # Another country than the one the fact is about, written short ("the uk").
    pytest.param("does the alibaba ai come to iphones in the uk too?", id="near-miss-uk"),
    # Privacy, which the article does not speak of.
    pytest.param("Will Alibaba get access to iPhone user data?", id="near-miss-privacy"),
    # Someone in a company's ranks, whom the article does not name.
    pytest.param(
        "Which Apple executive announced the Alibaba partnership?", id="near-miss-person-unnamed"
    ),
    pytest.param("Who at Alibaba is leading the work?", id="near-miss-person-at"),
    # Money the article never speaks of, asked yes or no.
    pytest.param("Will iPhone users have to pay extra for it?", id="near-miss-pay"),
    # The consequence of a condition failing, where only the other outcome is stated.
    pytest.param("What happens if the features are not approved?", id="near-miss-failed-if"),
    # How long something still to come will last, against how soon something happened.
    pytest.param("How long will the partnership last?", id="near-miss-future-span"),
    # A quiz's "Name the ..." asks which: a founder the article never names.
    pytest.param("Name the founder of DeepSeek.", id="near-miss-name-the"),
    # What someone thought of something is how they took it: DeepSeek does nothing in the fact.
    pytest.param("What did DeepSeek think of Apple's decision?", id="near-miss-think-of"),
    # The date of an event the article gives no date for (only the rollout's month).
    pytest.param("On what date were the features submitted for approval?", id="near-miss-date-of"),
    pytest.param("What's the capital of China?", id="off-topic-whats-capital"),
    # A name of a kind the fact does not state: Samsung's partner is named, its model is not.
    pytest.param("What is the name of the AI model Samsung uses?", id="near-miss-model-name"),
    # "The day after" is February 12; Apple announced "later that evening", February 11.
    pytest.param(
        "How did Apple's stock do the day after the announcement?", id="near-miss-same-evening"
    ),
    # Nobody announces anything on February 12 (Alibaba's shares climbed).
    pytest.param("What did Apple announce on February 12?", id="near-miss-announce-next-day"),
    # "the Alibaba concept stocks" are Alibaba's concept stocks, which no figure is given for.
    pytest.param("How much did the Alibaba concept stocks rise?", id="near-miss-concept-stocks"),
    # A "when" fact without a date ("subsequently") dates its own deed only.
    pytest.param("When did Apple and Baidu start working together?", id="near-miss-dateless-when"),
    # A paragraph the article does not have, and a fact of another paragraph than the one asked.
    pytest.param("What does paragraph 40 say?", id="no-such-paragraph"),
    # The gist of a part the article does not have; the terms of the deal it does not give.
    pytest.param("give me the gist of the Xiaomi part", id="gist-of-no-such-part"),
    pytest.param("What are the financial terms of the agreement?", id="near-miss-deal-terms"),
    # Someone's response, or what they said, inside a phrase: nobody responds in the article.
    pytest.param("Summarize Tencent's response to the deal", id="near-miss-owned-response"),
    pytest.param("gist of what DeepSeek said back?", id="near-miss-what-x-said"),
    pytest.param("What Baidu is saying after Apple leave them?", id="near-miss-what-x-is-saying"),
    pytest.param("what's the weather in Hong Kong tomorrow", id="off-topic-weather-in-a-place"),
    # Paying is money; "itself" stands between a doer and its deed; how someone took it.
    pytest.param("did apple pay alibaba fr 💸", id="near-miss-paid"),
    pytest.param("Has Alibaba itself publicly confirmed the partnership?", id="near-miss-itself"),
    pytest.param("did tencent get salty about it", id="near-miss-feelings"),
    # What someone did, or is going to do, where they do nothing ("the wechat company": Tencent).
    pytest.param("what did the wechat company do after being passed over?", id="near-miss-did-do"),
    pytest.param("hey bot um what's tencent gonna do now", id="near-miss-going-to-do"),
    # A word the article uses but never defines, asked in a learner's word order.
    pytest.param('What means "concept stocks" exactly?', id="near-miss-what-means"),
    # Llama's series is a noun: Meta's Llama does nothing in s14 to "have" its models.
    pytest.param("How many derivative models does Llama have?", id="near-miss-llama-has"),
    # The fact gives the slow progress as a cause; what caused it is not said.
    pytest.param("Why was Baidu's progress on the models so slow?", id="near-miss-cause-of-cause"),
    # The reason the next sentence gives is DeepSeek's, not ByteDance's.
    pytest.param("Why did Apple pass over ByteDance?", id="near-miss-reason-of-a-neighbour"),
    # What a kind of thing is: the article uses the words but defines none of them.
    pytest.param("What is a concept stock?", id="near-miss-definition"),
    pytest.param("what is open source software", id="off-topic-definition"),
    pytest.param(
        "What does paragraph 2 say about Alibaba's shares?", id="near-miss-other-paragraph"
    ),
    # One everyday word asks nothing in particular.
    pytest.param("start", id="vague-one-word"),
    # A word that says how to answer, not what: "explain", "describe".
    pytest.param("explain", id="vague-how-to-answer"),
    pytest.param("/settings", id="a-command"),
    # How a kind of thing works is general knowledge, not news, whatever words it shares.
    pytest.param("How does a large language model work?", id="off-topic-how-it-works"),
    pytest.param("What did Microsoft announce?", id="off-topic-microsoft"),
    pytest.param("How do I factory reset my Samsung phone?", id="off-topic-how-to"),
    # A yes/no question whose own words the article never uses asks what it does not state.
    pytest.param("Will the China iPhone AI work in English?", id="near-miss-yes-no-unstated"),
    pytest.param("Did Tim Cook fly to China to sign the deal?", id="near-miss-yes-no-deed"),
    # "openai" typed in lower case is a name the article lacks, not a typo of "open".
    pytest.param("did apple test openai's models for china as well?", id="near-miss-not-a-typo"),
    # "the facebook owner" is Meta, who says nothing in the article.
    pytest.param(
        "what did the facebook owner say about alibaba's models?", id="near-miss-described-speaker"
    ),
    pytest.param("What is the capital of France?", id="off-topic-france"),
    pytest.param("How tall is the Eiffel Tower?", id="off-topic-eiffel"),
    pytest.param("What is the weather tomorrow?", id="off-topic-weather"),
    # "What is the X like" asks about X: the article never speaks of the weather.
    pytest.param("what's the weather like in Beijing today", id="off-topic-weather-like"),
    # A city named in a listing's alias ("new york trading") is no listing by itself.
    pytest.param("what time is it in new york", id="off-topic-city-of-a-listing"),
    # ...but a city asked about in its own right is still a place the article lacks.
    pytest.param("Is the Alibaba office in Hangzhou open on Sundays?", id="near-miss-city-asked"),
    # ...and so is one the asker is in, when the question points at it.
    pytest.param(
        "Hi, I'm in Taipei with an iPhone 15. Will the Alibaba features work here too?",
        id="near-miss-askers-place",
    ),
    # ...but not how much it changed that way, nor whether it will.
    pytest.param("How much did Apple's China revenue go up?", id="near-miss-direction"),
    pytest.param(
        "Will Apple's China revenue grow again next quarter?", id="near-miss-direction-future"
    ),
    # A figure put up for checking about someone the article gives none for.
    pytest.param("Did Samsung's shares rise 3% on February 11?", id="near-miss-figure-of-another"),
    # "How many" a name's thing counts the thing: users, not ModelScope's models.
    pytest.param("How many ModelScope users are there?", id="near-miss-count-after-a-name"),
    # A product named beside its company is not the company: the article names neither.
    pytest.param("Which Tencent model did Apple test, Hunyuan?", id="near-miss-product-alias"),
    pytest.param("Does Alibaba still run Taobao?", id="near-miss-product-alias-owned"),
    # "Which ByteDance model" asks to name a model: a fact naming ByteDance only names none.
    pytest.param("Which ByteDance model did Apple try out?", id="near-miss-kind-after-a-name"),
    pytest.param("Samsung's shares rose 3% on February 11?", id="near-miss-declarative-other"),
    # A listing after the shares ("in the US") is checked like one before them.
    pytest.param(
        "How much did Alibaba's shares rise in the US on February 12?", id="near-miss-listing-after"
    ),
    # A search-box query asking a date of a fact that gives none.
    pytest.param("apple baidu breakup date", id="near-miss-keyword-date"),
    # A comparison with an alternative the article gives no figure (or no date) for.
    pytest.param("Whose sales dropped more in China, Apple's or vivo's?", id="near-miss-compared"),
    pytest.param(
        "Who did Apple evaluate first, ByteDance or DeepSeek?", id="near-miss-compared-by-date"
    ),
    # Whether one generation of a device gets it: a fact naming no device does not say.
    pytest.param(
        "Will the iPhone 13 get the Alibaba-built features?", id="near-miss-one-generation"
    ),
    # A comparison on a day one alternative has no figure for.
    pytest.param(
        "Who climbed more on February 12, Alibaba or Apple?", id="near-miss-compared-on-a-day"
    ),
    # A city asked for: a country a company is from is no answer.
    pytest.param("Which city hosted the Galaxy S25 unveiling?", id="near-miss-venue"),
    # ...but not one the articles never use: "the Japanese firm" is another company.
    pytest.param("Which model did the Japanese firm launch in 2023?", id="near-miss-other-origin"),
    # A closing price asked "at what price did it close".
    pytest.param(
        "At what price did Alibaba's shares close in Hong Kong on February 12?",
        id="near-miss-close-price",
    ),
    # A brand the article writes in lower case is a name, with its own sales.
    pytest.param("how much did vivo sales drop in china", id="near-miss-lower-case-brand"),
    # A search-box query for a closing price on a day.
    pytest.param("alibaba us close price feb 11", id="near-miss-keyword-close-price"),
    # "Gave back" its gains is a fall, which the article does not give for Hong Kong.
    pytest.param("How much did Alibaba's Hong Kong stock give back?", id="near-miss-gave-back"),
    # A move asked of a day the fact does not give it for is not corrected by the day it gives.
    pytest.param("Did Apple's shares slide on February 13?", id="near-miss-move-on-another-day"),
    # Choices none of which the fact holds.
    pytest.param(
        "Which city hosted Samsung's launch: Seoul or San Francisco?", id="near-miss-choices"
    ),
    # Two words joined only when they are one name, one letter off at most.
    # A name the articles lack is no word of the synonym table that stems the same.
    pytest.param("When did the Titanic go down?", id="off-topic-stem-of-a-synonym"),
    # An abbreviation the article never spells out.
    pytest.param("What does API stand for?", id="off-topic-abbreviation"),
    pytest.param("what's CEO short for", id="off-topic-abbreviation-short-for"),
    # ...in quotes, in lower case; not what is left of it ("stand" of "long-standing").
    pytest.param("what does 'lol' stand for?", id="off-topic-abbreviation-quoted"),
    # Where software runs, which no fact says; advice on a stock; a failed condition first.
    pytest.param(
        "Will the Alibaba features run on the phone itself or on Alibaba's servers?",
        id="near-miss-where-it-runs",
    ),
    pytest.param("Is Alibaba stock a good buy after the rally?", id="off-topic-advice"),
    pytest.param("Who is the owner of Alibaba?", id="near-miss-owner-asked"),
    # Two things one sentence tells together have no order it states.
    pytest.param("Did Apple evaluate ByteDance before or after Alibaba?", id="near-miss-no-order"),
    # "Decided against" is a rejection, Apple's: not Alibaba's.
    pytest.param("Why did Alibaba ditch DeepSeek?", id="near-miss-doer-decided-against"),
    pytest.param("IS SIRI GETTING QWEN INSIDE IT??", id="near-miss-shouted-unknown-name"),
    # A price asked word for word as a translation asks it: no fact gives a closing price.
    pytest.param("Apple stock close how much price?", id="near-miss-how-much-price"),
    pytest.param(
        "If approval doesn't come, will the features still launch in May?",
        id="near-miss-failed-condition-first",
    ),
    # What would follow from a supposition, of a fact that gives no condition or cause.
    pytest.param(
        "What if Apple had stayed with Baidu, would it have looked at ByteDance?",
        id="near-miss-consequence",
    ),
    # A topic before the question leaves it a question of whether iPhone 12s are named.
    pytest.param("Apple — will the features work on the iPhone 12?", id="near-miss-topic-first"),
    # A day of a month the fact gives only the month of; what follows a refusal, asked as keywords.
    pytest.param("On what date in May will iOS 18.5 arrive?", id="near-miss-date-in-month"),
    pytest.param("features rejected by regulators what happens", id="near-miss-rejected-keywords"),
    # A payment claimed with a tag asks money, which no fact states.
    pytest.param("Apple paid Alibaba a fortune for the deal, correct?", id="near-miss-paid-tag"),
    # The features one by one, which no fact lists.
    pytest.param(
        "Which specific features will Apple and Alibaba build together?",
        id="near-miss-specific-features",
    ),
    # What a model is made of, which no fact states.
    pytest.param("what is the context length of tongyi qianwen", id="near-miss-specs"),
    # The name of what the article leaves unnamed ("relevant departments").
    pytest.param(
        "What is the name of the agency that has to approve the features?",
        id="near-miss-name-of-unnamed",
    ),
    # A lead-in ("walk me through how ...") leaves the question it leads into.
    pytest.param(
        "walk me through how deepseek reacted after apple dropped it", id="near-miss-lead-in"
    ),
    # An amount in billions, the reporter behind a story, the term of a contract: none is given.
    pytest.param(
        "apple's fiscal 2024 greater china sales in billions?", id="near-miss-in-billions"
    ),
    pytest.param(
        "who's the journalist at the information who broke this?", id="near-miss-journalist"
    ),
    pytest.param(
        "How long does the Apple Alibaba agreement run for?", id="near-miss-contract-term"
    ),
    # "Which X exactly" asks which X, as "which specific X" does: the article names none.
    pytest.param(
        "which benchmarks exactly has qwen 2.5-max excelled in?", id="near-miss-which-exactly"
    ),
    # A market between a name and its shares ("Alibaba US stock") qualifies them as "Alibaba's
    # US stock" does: the US shares' move of February 12 is not given.
    pytest.param(
        "How much did Alibaba US stock climb on February 12?", id="near-miss-market-unowned"
    ),
    # A figure worked out of the article's (a difference in points, a ratio, an average): the
    # engine does no sums, and no sentence states one.
    pytest.param(
        "By how many percentage points did Alibaba's US stock beat Apple's on February 11?",
        id="near-miss-percentage-points",
    ),
    pytest.param(
        "What's the ratio of ModelScope downloads to ModelScope models?", id="near-miss-ratio"
    ),
    pytest.param(
        "On average how many times was each ModelScope model downloaded?", id="near-miss-average"
    ),
    # A name's reaction typed as keywords: what it did next, which the fact does not say.
    pytest.param("tencent reaction to losing the apple deal", id="near-miss-keyword-reaction"),
    # Who an unnamed group quoted from the article is: it never says.
    pytest.param(
        "'the relevant departments' — who are they exactly?", id="near-miss-quoted-unnamed"
    ),
    # What someone unnamed said: the fact must report somebody's words.
    pytest.param("what did the chinese regulators say", id="near-miss-unnamed-speakers"),
    # Whose count a figure put up is: Llama's is not Tongyi's.
    pytest.param(
        "Meta's Llama has about 150,000 derivative models, right?",
        id="near-miss-claimed-count-owner",
    ),
    # Naming the sources asks who they are, which the article never says.
    pytest.param(
        "Can I name the sources behind The Information's report?", id="near-miss-name-sources"
    ),
    # A choice's place among others is a rank the article never gives.
    pytest.param("Can I say Tencent was Apple's runner-up?", id="near-miss-runner-up"),
    pytest.param("was bytedance the second choice?", id="near-miss-second-choice"),
    # A quarter put up with a figure the fact does not give: neither is the fact's.
    pytest.param(
        "Apple's China revenue fell 5% in the second quarter, right?",
        id="near-miss-quarter-and-figure",
    ),
    # "deepseek" typed in lower case is still a name the article writes "DeepSeek".
    pytest.param("so uh is deepseek working with samsung now", id="near-miss-deepseek-lower-case"),
    # Alibaba's Hong Kong ticker on the day before its Hong Kong shares climbed.
    pytest.param("9988 % gain on feb 11", id="near-miss-ticker-wrong-day"),
    # A count of what another sentence counts ("100 million downloads") is not this one's count
    # of something else ("80,000 derivative models").
    pytest.param(
        "how many downloads have tongyi in hugging face?", id="near-miss-count-of-another"
    ),
    # A ticker's move, of a fact with no stock of its own; a clock time is no figure.
    pytest.param("BIDU move on losing aapl", id="near-miss-ticker-move"),
    pytest.param("move my 3pm to thursday", id="off-topic-clock-time"),
    # A count of staff, of a fact that gives none.
    pytest.param("deepseek headcount", id="near-miss-headcount-keywords"),
    # An amount in dollars, of a fact giving only a percentage.
    pytest.param("aapl gc revenue $ fy24", id="near-miss-dollar-sign"),
    pytest.param(
        "What is the absolute dollar value of Apple's revenue in Greater China for fiscal 2024?",
        id="near-miss-dollar-value",
    ),
    # Which one of what the article leaves unnamed ("relevant departments"): no fact names it.
    pytest.param(
        "which regulator is reviewing the Apple-Alibaba features", id="near-miss-which-regulator"
    ),
    # A model's name, of a fact that names only the company making it.
    pytest.param(
        "Which model does Wisdom Spectrum AI run on the Galaxy S25?", id="near-miss-which-model"
    ),
    # A blank for a year, or for dollars, that the article does not give.
    pytest.param("Fill in: Apple first chose Baidu in the year ___.", id="near-miss-blank-year"),
    pytest.param(
        "Fill in: Apple's Greater China revenue in fiscal 2024 totalled $___ billion.",
        id="near-miss-blank-money",
    ),
    pytest.param(
        "What is the combined number of models on Hugging Face and ModelScope?",
        id="near-miss-combined-number",
    ),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("🙂🙂🙂", id="emoji"),
    pytest.param("???", id="punctuation"),
    pytest.param("the and of", id="stop-words-only"),
    # What someone said, asked for as a thing ("a statement from Baidu") or by a verb of
    # describing, of facts in which they say nothing; a title the article never gives ("CFO").
    pytest.param(
        "Is there a statement from Baidu about the end of the collaboration?",
        id="near-miss-statement-from",
    ),
    pytest.param(
        "How did Alibaba's executives describe the partnership with Apple?",
        id="near-miss-executives-describe",
    ),
    pytest.param("wat did apple's cfo say abt china", id="near-miss-cfo"),
    # A count of a name the fact only compares its figure with ("second only to Meta's Llama").
    pytest.param("llama derivative models count", id="near-miss-compared-only"),
    pytest.param(
        "How many derivative models are attributed to Meta's Llama series?",
        id="near-miss-compared-only-attributed",
    ),
    # A company's "share" (singular) is its stock, which the article gives only for others.
    pytest.param(
        "How much percent did Samsung share go up after Galaxy S25 launch?",
        id="near-miss-samsung-share",
    ),
    # "the download count for ...", "total downloads of ...": a count of what another sentence
    # counts (downloads of ModelScope), not of the derivative models.
    pytest.param(
        "What's the Hugging Face download count for the Tongyi models?", id="near-miss-count-of"
    ),
    pytest.param(
        "quick: total downloads of tongyi derivatives on hugging face", id="near-miss-total-of"
    ),
    # ...but a city in another country is not China ("in Singapore"), and a city claimed of a
    # company is a claim the article would have to make ("based in Hangzhou").
    pytest.param(
        "my cousin in singapore use iphone, she get alibaba ai also?", id="near-miss-singapore"
    ),
    pytest.param("Is that DeepSeek company based in Hangzhou?", id="near-miss-based-in-city"),
    # What someone outside the companies said (regulators, Washington), of a fact in which only
    # a company speaks ("Apple announced ...").
    pytest.param(
        "what did the chinese regulators say about the apple deal", id="near-miss-regulators-say"
    ),
    pytest.param(
        "so what did washington say about apple teaming up with a chinese AI company",
        id="near-miss-washington-say",
    ),
    # What follows a condition that fails ("if they don't approve"), of a fact stating what
    # follows if it holds ("if approved").
    pytest.param(
        "What happens to the AI features if the authorities don't approve them?",
        id="near-miss-condition-fails",
    ),
    # What a company holds (its stock), asked of a fact about another of its things (revenue).
    pytest.param(
        "My grandson says Apple's shares went down the next day. How much did they fall?",
        id="near-miss-shares-not-revenue",
    ),
    # What a device is like, which the article never describes.
    pytest.param("what colour is the galaxy s25?", id="near-miss-colour"),
    pytest.param("what chip is in the galaxy s25", id="near-miss-chip"),
    pytest.param("summarize the galaxy s25 specs", id="near-miss-specs"),
    pytest.param("What's the battery impact of the new AI features?", id="near-miss-battery"),
    # A quarter the article does not give ("q1"), of the fourth quarter's and the full year's.
    pytest.param("apple greater china revenue q1 fiscal 2024 fell how much", id="near-miss-q1"),
    pytest.param(
        "How much did Apple's income in China go down in the spring quarter?",
        id="near-miss-spring-quarter",
    ),
    # Apple's stock is not listed in Hong Kong, pumped or not.
    pytest.param("did AAPL pump in hong kong too", id="ticker-pumped-elsewhere"),
    # Code pasted in backticks ("select", "users") is no question about Apple selecting.
    pytest.param("`SELECT * FROM users;`", id="code-span"),
    # The article's year makes no fact more about what else is asked, nor qualifies a thing.
    pytest.param("who won the super bowl in 2025", id="article-year-off-topic"),
    pytest.param(
        "What is the expected impact of the AI features on Apple's 2025 iPhone sales in China?",
        id="article-year-qualifies",
    ),
    # A model's name asked of what the article names no model of.
    pytest.param(
        "what's the name of the deepseek model apple was testing", id="deepseek-model-name"
    ),
    pytest.param("samsung stonks on feb 11?", id="samsung-stonks"),
    # A Swahili question the article does not answer, read in English word order.
    pytest.param("apple ilianza kufanya kazi na baidu mwaka gani", id="swahili-year-unstated"),
    # A German question the article does not answer is no more answered than in English.
    pytest.param("Was hat der Alibaba CEO zu dem Deal gesagt?", id="german-ceo-said"),
    # What a thing is called, when the article gives no name for it.
    pytest.param("whats deepseeks model called", id="deepseek-model-called"),
    pytest.param("what is the Wisdom Spectrum AI model called?", id="wisdom-spectrum-model-called"),
    # A Portuguese question the article does not answer is no more answered than in English.
    pytest.param("quantos parâmetros Qwen 2.5-Max has?", id="portuguese-parameters"),
    # A search-box query ending in a measure asks for it: a launch date is no price.
    pytest.param("apple intelligence china launch price", id="launch-price-keywords"),
    # A story first, then a question too short to stand without it.
    pytest.param(
        "Someone at work said the deal was signed in January. On what date?", id="story-short"
    ),
    pytest.param(
        "Hello, I'm in Hong Kong with an iPhone 16. Will the Alibaba-powered features be available"
        " here as well?",
        id="story-points-at-scene",
    ),
    # A measure of money the article never gives: a profit or a margin is not revenue.
    pytest.param(
        "What was Apple's profit in Greater China for fiscal 2024?", id="profit-not-revenue"
    ),
    pytest.param(
        "What was Apple's operating margin in Greater China for fiscal 2024?", id="operating-margin"
    ),
    pytest.param(
        "Is Apple going to share profit with Alibaba from the iPhone sales in China?",
        id="share-profit",
    ),
    # A price asked of the topic before a comma; with a dropped g.
    pytest.param("Galaxy S25, what is its price in China?", id="topic-its-price"),
    pytest.param("What's Samsung payin Wisdom Spectrum for the AI, mate?", id="payin"),
    # The date of an event asked as "the date when": the rollout's date is not the submission's.
    pytest.param("what was the date when the features were submitted?", id="date-when-submitted"),
    # Whether something follows if the condition fails: the article says only what follows if
    # it holds.
    pytest.param("Is Apple gonna dump Alibaba if the govt says no?", id="yes-no-if-failing"),
    # Other countries than the one a fact is about: the article says nothing of them.
    pytest.param(
        "when does iOS 18.5 bring the features to other countries?", id="other-countries-when"
    ),
    pytest.param("when do the features come to the rest of the world?", id="rest-of-the-world"),
    # The name of a thing a curated "what" fact speaks of without naming it: what the fact
    # names is already in the question.
    pytest.param(
        "Which Baidu model Apple tested for Apple Intelligence, kindly tell the name.",
        id="unnamed-model-curated",
    ),
    pytest.param("In which benchmark is Qwen 2.5-Max number one?", id="unnamed-benchmark"),
    # ...nor one whose answer leaves them unnamed ("submitted to the relevant departments").
    pytest.param("which department must approve the features?", id="unnamed-in-curated-answer"),
    pytest.param("Xiaomi juga kerja sama sama Alibaba kah?", id="indonesian-near-miss"),
    pytest.param("Wah gwaan bot, yuh good?", id="jamaican-greeting"),
    # Free or paid is a question of money, which the article never gives for the features.
    pytest.param("Is Apple Intelligence free in China?", id="free-in-china"),
    pytest.param("Apple Intelligence in China will be free or paid?", id="free-or-paid"),
    # A future stated with a question mark asks it as "will Apple ...?" does.
    pytest.param("Apple will return to work with Baidu in the future?", id="will-stated"),
    # A month the fact gives as another; a reason asked "what for" that the fact does not give;
    # a company's shares asked "the shares of" of a fact about its phone.
    pytest.param("how much did alibaba stock go up in january", id="other-month"),
    pytest.param(
        "What for Samsung chose Wisdom Spectrum AI and not Alibaba?", id="what-for-reason"
    ),
    pytest.param("The stock of Samsung, did it also rise on this day?", id="shares-of-samsung"),
    # Jack Ma's view is his, not Alibaba's; a model's name asked after it; a company of several
    # words' stock.
    pytest.param("What's Jack Ma's take on the Apple drama?", id="jack-ma-take"),
    pytest.param("ByteDance AI model name what ah?", id="name-what"),
    pytest.param("What is the name of the ByteDance AI model?", id="name-of-the-model"),
    pytest.param("Wisdom Spectrum AI stock go up how much krub?", id="many-word-owner-stock"),
    # Who said what, the question word after the verb: nobody at Baidu speaks in the article.
    pytest.param("Baidu say what after Apple leave?", id="in-situ-say"),
    pytest.param("Baidu after this do what?", id="in-situ-do"),
    pytest.param("Alibaba stock in USA on next day, how much?", id="next-day-without-the"),
    # A move asked ("sell off", "go up") of a fact where nothing moves.
    pytest.param("Did Tencent sell off after missing out on the Apple deal?", id="move-of-no-move"),
    # Whose shares after "to": Tencent's, which the article never prices.
    pytest.param("what happened to Tencent shares after the news?", id="happened-to-shares"),
    # The same near misses in Persian and Bengali.
    pytest.param("saham-e Tencent baad az khabar chi shod?", id="persian-tencent-shares"),
    pytest.param("Samsung er Galaxy S25 er dam koto?", id="bengali-phone-price"),
    pytest.param(
        "Did Apple pick Alibaba for Aussie iPhones too or just China?", id="aussie-iphones"
    ),
    # Money in another currency: a price the article never gives ("rands" is no typo of "ranks").
    pytest.param("What's the Galaxy S25 going for in rands?", id="price-in-rands"),
    pytest.param("what's the rand value of this Apple-Alibaba deal?", id="rand-value"),
    # A greeting in archaic English; Samsung's shares in Haitian Creole's order.
    pytest.param("Good morrow, fair bot! How fares thee this day?", id="archaic-greeting"),
    pytest.param("Konbyen aksyon Samsung te monte apre S25 la?", id="haitian-samsung-shares"),
    # What a product does: "Tongyi Qianwen" doing something is not the Tongyi App doing it.
    pytest.param("What does the Tongyi App actually do?", id="what-does-the-app-do"),
]

# Rows of ANSWERABLE the engine gets wrong today without the curated file (issue 4: uncurated
# quality). Reported for tuning; they turn into plain passes once the engine handles them.
UNCURATED_MISSES = {
    "s6-ensign",  # uncurated, "first pick as primary partner" holds only "primary" of s6 (0.17)
    "s16-muscling-in",  # uncurated, competing "on Apple" is s3's "long-standing rival" (0.88)
    "s3-finally-chose",  # uncurated cites s1 ("has chosen to collaborate"), which answers too
    "s7-do-wrong",  # "wrong" is s7's slow progress only by curation: s6 and s7 tie (0.72)
    "s4-cb-radio",  # "paper broke the story" is The Information's report only by curation (0.17)
    "s19-story-first",  # "hoping ... will do for it" is s19's only by curated phrasings (0.34 alone)
    "s11-mate",  # "at the AI game since when" is s11's only by curated phrasings (0.32, mate or not)
    "s4-on-screen",  # "the source the article cites" is s4's only by a curated phrasing (0.43)
    "s25-apple-intelligence",  # "Apple Intelligence" is the coming features only by curation
    "s13-become-cheaper",  # s15 (0.60): "alibaba AI" is the Tongyi API only by curated words
    "s24-ok-it",  # "waiting" and "out" are curated phrasings' words (0.122)
    "s24-stuck-waiting",  # "regulators" is the departments only by a curated alias (0.304)
    "s21-relay-points-back",  # "after the news" is a curated phrasing's way to ask (0.317)
    "s19-confirm-label",  # "collaborator" and "China-market" are curated words (0.414)
    "s24-signed-off",  # "signed off" is approval only in a word's related forms (0.465)
    "s25-my-son-asks",  # "update" and "get" are curated phrasings' words (0.312, asked straight too)
    "s25-operating-system",  # "operating system" is iOS only by a curated alias (0.214)
    "s4-reported-by",  # s4 says "according to"; "reported" is a curated phrasing's word (0.025)
    "s19-turn-around",  # "plan" and "season" are words the sentence lacks (0.241)
    "s23-supporting-cast",  # "supporting cast" is concept stocks only by a curated alias
    "s1-in-beijing",  # "who is Apple using" is a curated phrasing's way to ask (0.292)
    "s19-urdu",  # read "Apple Alibaba with what achieve wants": s10 by its words (0.35)
    "s3-urdu",  # "launch after how soon announce": s2 holds the launch (0.59)
    "s12-called",  # "brain" is no word of the article: s10's "Alibaba's AI capabilities" (0.66)
    "s8-please-advise",  # "bidders", "shortlisted", "engagement": none of s8's words (0.18)
    "s16-standpoint",  # "contending" is no word of the article; "competitors" only related (0.41)
    "s8-which-companies",  # s5's "Chinese AI developers" holds "chinese"; s8 does not
    "s3-how-fast-end",  # "answered" and "launch" are not s3's words (0.447)
    "s9-weaknesses",  # "cited" is not the sentence's word (0.468)
    "s8-ticker",  # "0700" is Tencent only by a curated alias
    "s19-asker-context",  # "needs" is only a curated phrasing's word
    "s3-formal-words",  # "PRC" is China only by a curated alias
    "s15-named",  # "name" is a word of the question the sentence lacks (0.496)
    "s16-oems",  # "pressuring" is only a curated phrasing's word
    "s8-dateless-own-deed",  # a sentence without a date fits "when" at 0.45
    "s2-industry-word",  # "Korean giant" is Samsung only by a curated alias
    "s6-before-a-name",  # sentences are not compared by phrasing: "before" counts there only
    "s6-wasnt",  # "at one stage" is "at one point" only by a curated phrasing
    "s8-described",  # "WeChat" is Tencent only by a curated alias
    "s6-hyphenated-alias",  # "search engine giant" is Baidu only by a curated alias
    "s8-or-joins-deeds",  # "weigh up", "landing on" are only curated phrasings' words (0.27)
    "s1-purpose",
    "s3-when-announced",
    "s6-first",
    "s19-goal",
    "s19-reverse",
    "s24-status",
    "s9-company-home",  # s9 says why DeepSeek lost, not why Alibaba was picked (0.365)
    "s4-cleft",  # s4 says "according to", not "reported": only a curated phrasing has it
    "s21-ticker-beside",  # "BABA" is Alibaba only by a curated alias
    "s18-described",  # "the American company" is Apple only by a curated alias
    "s7-claim-frame",  # "tie-up", "collapsed" are only curated aliases and phrasings' words
    "s12-evidence-frame",  # "rival the best" is only a curated phrasing's (type fit 0.45)
    "s24-hedged",  # "where does it stand" is only a curated phrasing's (missing 1.0)
    "s6-home-city",  # "first partner" is "primary partner" only by a curated alias
    "s3-negated-cleft",  # only curated phrasings tell the choice (s3) from the shortlist (s8)
    "s8-owner-of-described",  # "WeChat" is Tencent only by a curated alias
    "s7-blamed-for",  # s7 holds "Baidu" but not "running", "project" (coverage 0.42)
    "s21-stock-not-news",  # "news", "came out": the curation's words only, unstated without it
    "s10-win-the-deal",  # "win" and "deal" are curated phrasings' words; s10 says "caught"
    "s3-drop-the-news",  # "Samsung" and "S25" are named in s2; curated phrasings tie s3 to them
    "s11-built-themselves",  # s11 does not say "AI"; the curated fact's phrasings do
    "s25-nephew-in-shanghai",  # s25 says neither "iPhone" nor "expect": curated phrasings do
    "s20-husband-owns",  # s21, s22 and s23 each say the shares rose: a tie, offered as such
    "s7-benched",  # s7 says "could not be sustained"; "dropped" is a curated phrasing's word
    "s10-found-appealing",  # "what was it about" asks a reason; s10 has no cue of one (fit 0.5)
    "s25-hit-the-field",  # "roll out" is in s25, "when" fits it only by the curated kind
    "s3-when-exactly",  # a sentence's own fit for "when exactly" wants a date written in it
    "s9-colour-on",  # "cut from the process" is "dropped" only by a curated phrasing
    "s3-chinese-partner",  # "tell everyone" is "reported", which s3 does not say; a phrasing does
    "s4-how-known",  # "reported" is only a curated phrasing's word; s4 says "according to"
    "s7-hinglish",  # "chhoda" (left) is no word of the table; only curated phrasings have "why"
    "s10-shouted",  # without curation "why did apple pick alibaba" cites s1's "to enhance ..."
    "s11-since-when",  # s11 says "large language model", not "AI": only a curated phrasing does
    "s20-stock-reaction",  # "reaction" is only a curated phrasing's word
    "s16-pidgin",  # "trouble" is only a curated phrasing's word ("give Apple trouble")
    "s9-one-liner",  # s8 and s9 both name DeepSeek alone: a tie, offered as "did you mean"
    "s7-if",  # "partnership" and "held" are only curated phrasings' words (0.42)
    "s4-link",  # s4 says "according to", not "reported": only a curated phrasing has it
    "s3-how-fast",  # "react" is only a curated phrasing's word; s3 says "response"
    "s8-who-besides",  # "look at" is "evaluate" only by curated phrasings (0.28)
    "s18-blamed-checked",  # "Cook" alone is Tim Cook only by a curated alias (0.46)
    "s18-courtesies",  # "reason" and "give" are Cook's words only by a curated phrasing (0.27)
    "s4-thesaurus",  # "arrangement" is "partnership" only by a curated phrasing (0.30)
    "s24-thesaurus",  # "co-developed" is "jointly developed" only by a curated phrasing (0.42)
    "s19-hoping-asked",  # "hoping" is "aims" only by a curated phrasing (s19 covers 0.41)
    "s6-partner-claimed",  # "primary partner" is "first partner" only by a curated alias
    "s3-portrayed",  # "relationship" and "rival" are one only by a curated phrasing (s2 wins)
    "s19-can-i-write",  # "deal" is "partnership" only by curated phrasings (0.45)
    "s19-is-it-correct-that",  # "meant to" is an aim only by curated phrasings (s1 wins)
    "s10-attention",  # "grabbed" is "caught" only by a curated phrasing (0.49)
    "s2-described-doer",  # "korean phone maker" is Samsung only by a curated alias
    "s24-live-yet",  # "live" and "already" are only curated phrasings' words (s1 wins)
    "s10-dictated-name",
    "s13-figure-in-words",  # "cheaper" is "dropped" only by a curated phrasing
    "s10-pinyin",  # "Pingguo" and "Ali" are Apple and Alibaba only by curated aliases
    "s21-pinyin",  # "Ali" and "Meigu" (US shares) are only curated aliases
    "s8-pinyin",  # "Pingguo", "Tengxun" and "Zijie Tiaodong" are only curated aliases
    "s14-on-top-of",  # "Qwen" is Tongyi only by a curated alias (0.40)
    "s13-typo-in-the-change",  # "qwen" is Tongyi only by a curated alias (0.42)
    "s18-false-friends",  # "recognised ... hurts the sales" meets s18 only by curated phrasings
    "s4-journal",  # "gave this news first" is s4's report only by curated phrasings (0.20)
    "s4-fat-finger",  # "broke the news" is s4's "according to" only by curated phrasings (0.27)
    "s5-hanzi-spaced",  # "started testing China AI models" meets s5 only by curated phrasings
    "s8-kicking-tires",  # "aapl" and "baba" are Apple and Alibaba only by curated aliases
    "s3-company-named-elsewhere",  # "describe" and "piece" weigh against s3 uncurated (0.49)
    "s6-wrong-primary",  # "primary partner" is "first partner" only by a curated phrasing (s8)
    "s10-chosen-over",  # uncurated, "why did apple choose alibaba" cites s1's "to enhance ..."
    "s10-chinese",  # "阿里" and "百度" are Alibaba and Baidu only by curated aliases
    "s4-told-everyone",  # "reported" and "story" are s4's only by curated phrasings
    "s16-makes-it-hard",  # "compete" is s16's "competition" only by a curated phrasing (s3)
    "s5-evals",  # "llms" are "models" only by a curated alias
    "s12-evals",  # a model's "evals" are its "benchmarks" only by a curated phrasing
    "s23-adjacent-names",  # "adjacent names" are concept stocks only by a curated alias
    "s3-characterise",  # "relationship" is s3's "rival" only by a curated phrasing
    "s18-management",  # "attribute", "missing", "set": words only curated phrasings hold (0.19)
    "s19-end-game",  # "endgame", "here": unknown without the curated phrasings (0.26)
    "s6-buddy",  # uncurated, s1 (Apple, AI, Alibaba) ties with s6: did you mean (0.74)
    "s7-collapsed",  # uncurated, s6 "Baidu as its primary partner" leads s7 (0.26)
    "s3-outfit",  # uncurated, s4 "selected Alibaba from among ... Chinese AI companies" (0.74)
    "s24-not-where",  # uncurated, "china alibaba" and "ai" take it to s3 (0.58)
    "s21-procents",  # uncurated, "by how many percent did ... us shares rise" is 0.498 however spelt
    "s10-reason-first",  # uncurated, "why did apple pick alibaba over tencent" cites s1 too
    "s21-when-clause",  # uncurated, "deal ... announced" pulls to s3 and s1 (0.35)
    "s3-counter",  # uncurated, "how quickly ... counter" holds no word of s3 but Apple (0.30)
    "s3-name",  # uncurated, "how soon ... name a partner" is s3's only by curated phrasings (0.31)
    "s19-test-case-tag",  # "hope ... will do for its sales" is s19's aim only by curated phrasings
    "s18-fella-yonder",  # uncurated, "own up" is s18's "acknowledged" only by curated phrasings
    "s9-rugged-ser",  # uncurated, 0.497: "rug" is a rare word of the drop group, weighed less
    "s9-telegram",  # uncurated, s9 holds no word for dropping DeepSeek, only its reason (0.43)
    "s24-telegram",  # uncurated, s24 and s25 (both of approval) nearly tie: did you mean (0.71)
    "s25-supposed",  # uncurated, "launch" is s2's word; s25's "rolled out" only curated (s2)
    "s24-stuck",  # uncurated, "pending" is s24's "submitted for approval" only by curation (0.13)
    "s8-auction",  # uncurated, "bidders" are s8's potential partners only by curation (0.22)
    "s19-hope-to-gain",  # uncurated, "achieve" is s19's "aims to reverse" only by curation (0.17)
    "s6-once-picked",  # uncurated, "main partner" is s6's "primary partner" only by curation (0.21)
    # ...and unanswerable ones answered without curation
    "unnamed-in-curated-answer",  # s25 (0.59): iOS 18.5 and May are names, though no department
}


@pytest.mark.parametrize(("question", "expected"), ANSWERABLE)
def test_answerable(engine: Engine, question: str, expected: str) -> None:
    assert cited(engine.ask(question)) == expected


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert (answer.answered, answer.citations, answer.fact_id) == (False, (), None)
    assert len(answer.suggestions) >= 1


@pytest.fixture(scope="module")
def uncurated(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The shipped article with its facts but no curation: what `build` alone gives."""
    folder = tmp_path_factory.mktemp("uncurated") / "pack"
    shutil.copytree(knowledge.DEFAULT_PACK, folder)
    (folder / knowledge.CURATION_FILE).unlink()
    return Engine(knowledge.load_knowledge([folder]))


@pytest.mark.parametrize(("question", "expected"), ANSWERABLE)
def test_answerable_without_curation(
    uncurated: Engine, request: pytest.FixtureRequest, question: str, expected: str
) -> None:
    if request.node.callspec.id in UNCURATED_MISSES:
        request.applymarker(pytest.mark.xfail(strict=False, reason="engine tuning (uncurated)"))
    assert cited(uncurated.ask(question)) == expected


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_abstains_without_curation(
    uncurated: Engine, request: pytest.FixtureRequest, question: str
) -> None:
    if request.node.callspec.id in UNCURATED_MISSES:
        request.applymarker(pytest.mark.xfail(strict=False, reason="engine tuning (uncurated)"))
    assert uncurated.ask(question).answered is False


def test_every_curated_question_is_answered_by_its_fact(engine: Engine) -> None:
    # Abstentions suggest these questions as what the article answers: each must be.
    kb = knowledge.load_knowledge()
    wrong = [
        curated.question
        for pack in kb.packs
        for curated in pack.curated
        if engine.ask(curated.question).fact_id != f"{pack.article.id}#{curated.id}"
    ]
    assert wrong == []


QUESTIONS = [row.values[0] for row in ANSWERABLE + UNANSWERABLE]


def test_same_question_same_answer(engine: Engine, tmp_path: Path) -> None:
    first = [engine.ask(q).to_json() for q in QUESTIONS]
    again = [engine.ask(q).to_json() for q in QUESTIONS]
    fresh = Engine(knowledge.load_knowledge())
    assert (again, [fresh.ask(q).to_json() for q in QUESTIONS]) == (first, first)


def test_confidence_is_within_0_and_1(engine: Engine) -> None:
    out_of_range = [
        (q, answer.confidence)
        for q in [*QUESTIONS, "Apple " * 200, "97% 97% 97%", "Alibaba Alibaba Alibaba?"]
        if not 0.0 <= (answer := engine.ask(q)).confidence <= 1.0
    ]
    assert out_of_range == []


def test_answered_means_confident(engine: Engine) -> None:
    # Answers come at or above the threshold; an abstention offers something else to ask.
    threshold = engine.params.threshold
    answers = [engine.ask(q) for q in QUESTIONS]
    assert [a.question for a in answers if a.answered and a.confidence < threshold] == []
    assert [a.question for a in answers if not a.answered and not a.suggestions] == []


def test_citations_are_verbatim(engine: Engine) -> None:
    pack = engine.knowledge.packs[0]
    wrong = [
        (q, c.sentence)
        for q in QUESTIONS
        for c in engine.ask(q).citations
        if pack.text[c.start : c.end] != c.quote or c.article != pack.article.id
    ]
    assert wrong == []


def test_explanation_names_the_fact_and_the_runner_up(engine: Engine) -> None:
    answer = engine.ask("Why did Apple drop DeepSeek?")
    assert answer.explanation is not None
    lines = answer.explanation.lines()
    assert (lines[0], lines[-1].startswith("runner-up: ")) == (
        f"matched fact: {answer.fact_id}",
        True,
    )


def _tie_shape(engine: Engine, answer: Answer) -> tuple[object, ...]:
    if answer.answered:  # two curated facts: the first answers, the other is offered
        return (
            answer.citations == engine.answer_fact(answer.fact_id or "").citations,
            len(answer.choices),
            answer.choices[0].fact_id != answer.fact_id,
        )
    return (answer.citations == (), len(answer.choices), answer.fact_id is None)


def test_near_ties_have_one_shape_each(engine: Engine, uncurated: Engine, tmp_path: Path) -> None:
    # Whatever question produces a near tie, its reply has one of two shapes: an answer with its
    # own citation and one other fact offered ("did you mean"), or, between plain sentences, no
    # answer and two labelled choices. The hiring article makes one tie for certain, so the
    # check never passes on an empty list.
    hiring = Engine(knowledge.load_knowledge([_pack(tmp_path, "hiring", HIRING)]))
    asked = [(e, q) for e in (engine, uncurated) for q in QUESTIONS]
    asked.append((hiring, "Who did Alpha Corp hire?"))
    ties = [(e, a) for e, q in asked if (a := e.ask(q)).choices]
    assert ties
    assert [
        (_tie_shape(e, a), a.suggestions == tuple(c.label for c in a.choices)) for e, a in ties
    ] == [((True, 1, True) if a.answered else (True, 2, True), True) for e, a in ties]


def _pack(folder: Path, name: str, text: str, curated: str = "") -> Path:
    """A pack built from an article `text` (and a curated file, if given) under `folder`."""
    article = folder / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    pack = knowledge.build(article, folder / name)
    if curated:
        (pack / knowledge.CURATION_FILE).write_text(curated, encoding="utf-8")
    return pack


# Two facts that answer "Who did Alpha Corp hire?" equally well.
HIRING = (
    "Hiring News\n\nAlpha Corp hired Bob Jones in May.\n\nAlpha Corp hired Carol King in June.\n"
)


def test_two_equally_good_facts_are_both_offered(tmp_path: Path) -> None:
    engine = Engine(knowledge.load_knowledge([_pack(tmp_path, "hiring", HIRING)]))
    answer = engine.ask("Who did Alpha Corp hire?")
    assert (answer.answered, sorted(c.fact_id for c in answer.choices)) == (
        False,
        ["hiring#s1", "hiring#s2"],
    )


def test_of_two_tied_facts_the_one_of_the_kind_asked_answers(engine: Engine) -> None:
    # Both cite Tim Cook's sentence and match his name alone ("say" is no word of weight):
    # "what did he say" is his statement, "who is he" his post.
    said = engine.ask("what did Tim Cook say?")
    assert said.fact_id is not None and said.fact_id.endswith("#tim-cook-statement")
    who = engine.ask("who is Tim Cook?")
    assert who.fact_id is not None and who.fact_id.endswith("#apple-ceo")


def test_answer_fact_gives_a_chosen_fact(engine: Engine) -> None:
    # What a pressed "did you mean" button asks for: one fact by key, at full confidence.
    answer = engine.answer_fact(f"{engine.knowledge.packs[0].article.id}#s9")
    assert (answer.answered, cited(answer), answer.confidence) == (True, "s9", 1.0)


@pytest.mark.parametrize(
    "question", ["What did Tim Cook say about AI?", "tim cok said what about ai"]
)
def test_of_two_facts_equal_in_all_else_the_answer_saying_what_is_asked_wins(
    engine: Engine, question: str
) -> None:
    # Both cite his sentence and match as well; "Tim Cook is Apple's CEO" names only who he is.
    answer = engine.ask(question)
    assert answer.fact_id is not None and answer.fact_id.endswith("#tim-cook-statement")


def test_a_deed_of_another_doer_is_not_an_answer(tmp_path: Path) -> None:
    text = (
        "Rival Phone Makers\n\nAlpha Corp hired Bob Jones away from Beta Inc in May.\n\n"
        "Beta Inc later praised Alpha Corp in June.\n"
    )
    engine = Engine(knowledge.load_knowledge([_pack(tmp_path, "rivals", text)]))
    # Every word of the question is in the sentence, but the sentence has the other one do it.
    answers = [
        (a.answered, cited(a) if a.answered else None)
        for a in map(
            engine.ask,
            [
                "Who did Alpha Corp hire?",
                "Who did Beta Inc hire?",
                "Who did Beta Inc praise?",
                "Who did Alpha Corp praise?",
            ],
        )
    ]
    assert answers == [(True, "s1"), (False, None), (True, "s2"), (False, None)]


def test_two_equally_good_curated_facts_answer_and_offer_the_other(tmp_path: Path) -> None:
    curated = "".join(
        f'[[facts]]\nid = "{fact}"\ntopic = "Hiring"\nquestion = "Who did Alpha Corp hire?"\n'
        f'answer = "{who}."\ncites = ["{cited}"]\n\n'
        for fact, who, cited in [("bob", "Bob Jones", "s1"), ("carol", "Carol King", "s2")]
    )
    pack = _pack(tmp_path, "hiring", HIRING, curated)
    engine = Engine(knowledge.load_knowledge([pack]))
    answer = engine.ask("Who did Alpha Corp hire?")
    offered = [answer.fact_id, *(c.fact_id for c in answer.choices)]
    assert (answer.answered, len(answer.choices), sorted(offered)) == (
        True,
        1,
        ["hiring#bob", "hiring#carol"],
    )
    assert answer.citations == engine.answer_fact(answer.fact_id or "").citations


def test_a_paragraph_asked_alone_is_answered_with_all_its_sentences(engine: Engine) -> None:
    answer = engine.ask("what does the last paragraph say")
    assert [citation.sentence for citation in answer.citations] == [24, 25]
    assert answer.answer == " ".join(citation.quote for citation in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["what is this article about", "tl;dr", "sum up the story in one sentence pls", "summary"],
)
def test_the_gist_of_the_article_is_its_lead_paragraph(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert [citation.sentence for citation in answer.citations] == [1]


@pytest.mark.parametrize(
    ("question", "sentences"),
    [
        ("give me the gist of the Baidu part", {6, 7}),
        ("summarize the huawei and vivo bit", {16}),
        ("give me the gist of the iOS 18.5 part", {25}),
    ],
)
def test_the_gist_of_a_part_is_the_fact_its_words_name(
    engine: Engine, question: str, sentences: set[int]
) -> None:
    assert engine.ask(question).citations[0].sentence in sentences


def test_a_deed_for_someone_the_fact_does_not_name_is_not_an_answer(engine: Engine) -> None:
    # Samsung's partner built nothing for Apple; the article's title names Apple, s2 does not.
    assert engine.ask("What did Wisdom Spectrum AI make for Apple?").answered is False


def test_a_comparison_cites_the_figure_of_each_alternative(engine: Engine) -> None:
    answer = engine.ask("Where did Alibaba's shares climb more, in New York or in Hong Kong?")
    cited = [citation.sentence for citation in answer.citations]
    assert answer.answered
    assert {21, 22} <= set(cited)
    assert len(cited) == len(set(cited))


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("Was Alibaba's US gain bigger than its Hong Kong gain?", {21, 22}),
        (
            "Is the number of ModelScope models bigger than the Hugging Face derivatives count?",
            {14, 15},
        ),
        (
            "Which rose more in percentage terms, Apple's shares or Alibaba's Hong Kong shares?",
            {21, 22},
        ),
    ],
)
def test_a_comparison_by_than_cites_each_side(
    engine: Engine, question: str, sides: set[int]
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert sides <= {citation.sentence for citation in answer.citations}


@pytest.mark.parametrize(
    "question",
    [
        "Is ModelScope bigger than Hugging Face?",  # compares no figures the article gives
        "Did Apple's sales in mainland China fall less than in Hong Kong?",
    ],
)
def test_a_comparison_of_what_no_figure_measures_abstains(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "opening", "sentences"),
    [
        (
            "Did Alibaba launch Tongyi Qianwen the same year Apple began testing Chinese models?",
            "Yes",
            {5, 11},
        ),
        ("Did Samsung launch the S25 the same day Apple announced Alibaba?", "Yes", {2, 3}),
        (
            "Did Apple start testing Chinese models the same year as its revenue fell 7.7%?",
            "No",
            {5, 17},
        ),
    ],
)
def test_whether_two_things_happened_the_same_year_is_answered_from_their_times(
    engine: Engine, question: str, opening: str, sentences: set[int]
) -> None:
    answer = engine.ask(question)
    assert answer.answered and (answer.answer or "").startswith(opening)
    assert {citation.sentence for citation in answer.citations} == sentences


def test_a_comparison_is_not_answered_by_a_name_the_sentence_happens_to_hold(
    engine: Engine,
) -> None:
    answer = engine.ask("Which jumped more on February 11, Apple or Alibaba?")
    assert answer.answered and answer.answer != "US"
    assert "3%" in (answer.answer or "") and "1.5%" in (answer.answer or "")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("did apple weigh ten cent", "did apple weigh tencent"),
        ("ali baba shares", "alibaba shares"),
        ("did they consider bite dance", "did they consider bitedance"),  # a typo, one letter off
        # Not words that only look like a name together, nor a name's own words.
        ("how many models does meta have", "how many models does meta have"),
        ("on hugging face", "on hugging face"),
        # ...nor a word of the article's, then another, one letter off a name ("modelscope").
        ("derivative models come second", "derivative models come second"),
        # Two words that sound like a name and are spelt much like it (a dictated question).
        ("did apple go with ali bobba", "did apple go with alibobba"),
        ("when did tong yee come out", "when did tongyee come out"),
        # ...not two that only share its sounds ("a pill" is no "apple").
        ("is there a pill for it", "is there a pill for it"),
    ],
)
def test_a_name_heard_as_two_words_is_one(engine: Engine, text: str, joined: str) -> None:
    assert engine._speller.joined(text) == joined


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Alibaba launched Tongyi Qianwen in 2021, right?", "Not quite. In 2023"),
        ("ModelScope has 40,000 models, right?", "Not quite. Over 15,000"),
        ("ModelScope has 15,000 models, right?", "Over 15,000"),  # the figure holds
        ("The features roll out in May, right?", "If approved"),  # so does the month
        ("The features roll out in June, right?", "Not quite. In May"),
        # (a time of day in other words holds: "the same night" of "later that evening")
        ("did Apple respond the same night?", "The article calls it a swift response"),
        # (not when another sentence the answer quotes holds what is put up)
        ("For my notes, was the vendor's flagship model Qwen 2.5-Max?", "Alibaba's AI"),
        ("Did revenue fall 7.7 or 9 percent in fiscal 2024?", "It fell 7.7%"),  # a choice
        # A change put up the other way is corrected by the way it went.
        ("Did Alibaba's US shares fall 3% on February 11?", "Not quite: it went up."),
        ("Apple's China revenue grew in fiscal 2024, right?", "Not quite: it went down."),
    ],
)
def test_a_figure_put_up_wrongly_is_corrected(engine: Engine, question: str, opening: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.answer is not None and answer.answer.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # The curated "Yes" or "No" answers its own way of asking...
        ("Is the May rollout guaranteed?", "No. The rollout"),
        ("have the features been approved yet?", "Not yet: the features"),
        ("did apple consider bytedance", "Yes, both were"),
        # ...not the opposite claim, an unsettled way of asking, a question that is no yes/no
        # one, or one that asks more than the answer says.
        ("Is the May rollout conditional on regulatory approval?", "The rollout"),
        ("does the release depend on approval?", "The rollout"),
        ("How does the article describe Apple's relationship with Samsung?", "The article calls"),
        ("did deepseek even want the apple deal?", "DeepSeek was among"),
    ],
)
def test_a_verdict_answers_only_the_yes_no_question_it_was_written_for(
    engine: Engine, question: str, opening: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.answer is not None and answer.answer.startswith(opening)


def test_whether_it_happened_is_answered_by_the_sentence_not_by_when(engine: Engine) -> None:
    # The curated fact it matches answers "When did Apple announce ...?"; asked whether, the
    # sentence itself is the answer ("... announced ... that it had selected Alibaba ...").
    answer = engine.ask("Did Apple choose Alibaba?")
    assert answer.answered and answer.answer == answer.citations[0].quote
    assert "selected Alibaba" in answer.answer
    # Asked when, the curated answer says when.
    assert engine.ask("When did Apple choose Alibaba?").answer.startswith("On the evening")


def test_naming_some_of_what_a_fact_leaves_unnamed_abstains(engine: Engine) -> None:
    # "Name two of the ...": the fact speaks of "several of Alibaba's concept stocks" and names
    # none. (Without the curation the next sentence's rise is still taken for it: issue 4.)
    assert engine.ask("Name two of the concept stocks that rose.").answered is False


@pytest.mark.parametrize(
    ("spelt", "name"),
    [("baidoo", "baidu"), ("quen", "qwen"), ("tensent", "tencent"), ("deepsick", "deepseek")],
)
def test_a_name_spelt_as_it_sounds_is_the_name(engine: Engine, spelt: str, name: str) -> None:
    assert engine._speller.correct(spelt) == name


def test_an_everyday_word_is_not_taken_for_a_name_that_sounds_like_it(engine: Engine) -> None:
    # "phase" sounds like "face" (of Hugging Face), but it is an everyday word, not a typo.
    assert engine._speller.correct("phase") == "phase"


@pytest.mark.parametrize(
    ("spelt", "word"),
    [("shairs", "shares"), ("amerika", "america"), ("deel", "deal"), ("reakt", "react")],
)
def test_a_word_spelt_as_it_sounds_is_the_word(engine: Engine, spelt: str, word: str) -> None:
    assert engine._speller.correct(spelt) == word


@pytest.mark.parametrize("word", ["openai", "mucking"])
def test_what_is_not_spelt_by_sound_stays(engine: Engine, word: str) -> None:
    # "openai" is a name, not "open" misspelt; "mucking" is English of its own, not "making".
    assert engine._speller.correct(word) == word


def test_a_typo_whose_stem_is_a_synonym_is_still_a_typo(engine: Engine) -> None:
    # "huging" stems to "huge", a word of the synonym table; "huging" itself is no word.
    assert engine._speller.correct("huging") == "hugging"
    assert engine._speller.correct("huger") == "huger"


@pytest.mark.parametrize(("typed", "word"), [("kogn", "kong"), ("yaer", "year")])
def test_one_slip_in_a_short_word_is_a_typo(engine: Engine, typed: str, word: str) -> None:
    # A swap in four letters is below any ratio cutoff, yet one slip.
    assert engine._speller.correct(typed) == word


def test_a_foreign_short_word_is_not_a_typo(engine: Engine) -> None:
    # "spät" is German (the time asked), no "spot" mistyped.
    assert engine.ask("Wie spät ist es?").answered is False


def test_a_word_written_with_a_capital_is_not_read_by_sound(engine: Engine) -> None:
    # "Shairs" with a capital is a name the reader may not know, so only a typo is corrected.
    assert engine._speller.correct("shairs", by_sound=False) == "shairs"


def test_a_question_spelt_by_sound_is_answered(engine: Engine) -> None:
    assert cited(engine.ask("did alibabas shairs in amerika go up")) == "s21"


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("What does the first sentence say?", 1),
        ("and the last line?", 25),
        ("what does sentence 9 say", 9),
    ],
)
def test_a_sentence_asked_by_its_place_is_quoted(
    engine: Engine, question: str, sentence: int
) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.citations[0].sentence == sentence
    assert answer.answer == answer.citations[0].quote


def test_a_sentence_the_article_lacks_is_not_made_up(engine: Engine) -> None:
    assert engine.ask("What does sentence 40 say?").answered is False


def test_an_abbreviation_an_article_spells_out_is_answered(tmp_path: Path) -> None:
    article = tmp_path / "llm.txt"
    article.write_text(
        "Large models\n\nA large language model (LLM) predicts the next word of a text. "
        "It is trained on a great deal of text.\n",
        encoding="utf-8",
    )
    pack = knowledge.build(article, tmp_path / "pack")
    engine = Engine(knowledge.load_knowledge([pack]))
    for question in ("What does LLM stand for?", "what does 'llm' stand for"):
        answer = engine.ask(question)
        assert answer.answered and "(LLM)" in answer.citations[0].quote


def test_which_came_first_is_answered_with_both_sentences(engine: Engine) -> None:
    answer = engine.ask("Which came first, Tongyi Qianwen or Qwen 2.5-Max?")
    assert answer.answer == "Tongyi Qianwen came first."
    assert [citation.sentence for citation in answer.citations] == [12, 11]


@pytest.mark.parametrize(
    "question",
    [
        "Who announced first, Samsung or Apple?",
        "who was faster to announce a chinese ai partner, apple or samsung?",
    ],
)
def test_who_did_it_first_names_the_one(engine: Engine, question: str) -> None:
    # Each did the same thing ("announce"); the article places Apple's "later that evening".
    answer = engine.ask(question)
    assert answer.answer == "Samsung came first."
    assert [citation.sentence for citation in answer.citations] == [3, 2]


@pytest.mark.parametrize(
    "question",
    [
        "did any other shares climb along with alibaba?",
        "besides Alibaba's own listing, did anything else climb?",
    ],
)
def test_what_is_only_the_name_asked_past_is_not_the_answer(engine: Engine, question: str) -> None:
    # Alibaba's own shares (s20, s22) are what "besides Alibaba" asks past; Apple's (s21) and the
    # concept stocks (s23) are others.
    assert cited(engine.ask(question)) in {"s21", "s23"}


def test_a_vague_word_is_answered_with_the_questions_it_asks_about(engine: Engine) -> None:
    # One everyday word is no question to answer, but what the article says that it asks about
    # is offered first: "source?" of who reported the deal.
    answer = engine.ask("source?")
    assert not answer.answered
    assert answer.suggestions[0] == "Who reported that Apple selected Alibaba?"
    # ...and a word no way of asking holds gets the article's topics, as before.
    assert engine.ask("thanks").suggestions == engine.ask("🙂").suggestions
