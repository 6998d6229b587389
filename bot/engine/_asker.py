"""What a longer message says about the asker, dropped: "I live in Beijing" asks nothing.

People who write to a support chat set the scene first: "Hi, I have an iPhone 16 and I live in
Beijing. I read that Apple is teaming up with a Chinese company. Which company is it?". The
scene's words (a city, a phone model, a nephew) are none of the article's, and would count as
what the question asks. Only statements count as scene: a sentence that asks ("I have an iPhone
11, will it get the features?") keeps every word, and so does a clause that reports ("my nephew
told me Apple worked with Baidu") or asks ("I was wondering how long Apple ...").
"""

from __future__ import annotations

import re

from bot.engine._answer import SmallTalk

_SENTENCES = re.compile(r"(?<=[.!])\s+|\s+[—–]\s+")  # (a dash between spaces ends one too)
_CLAUSES = re.compile(r"(\s*,\s*|\s+(?:and|but|so)\s+)", re.IGNORECASE)
# A clause about the asker or their people: "I live in ...", "my whole family uses iPhones".
_ABOUT_ASKER = re.compile(r"^(?:i|i'm|im|i've|i'd|i am|my|we|we're|we've|our)\b", re.IGNORECASE)
# ...and one that goes on about whoever the clause before was about ("and they both use iPhones").
_ABOUT_THEM = re.compile(r"^(?:they|he|she)\b", re.IGNORECASE)
# Words that make a clause carry what is asked: reported news, a question put another way.
_CARRIES_QUESTION = re.compile(
    r"\b(?:read|heard|hear|told|tell|said|says?|saw|seen|see|wonder\w*|know|knew|asks?|asked"
    r"|wrote|write|writes|written|claims?|claimed|reported"
    r"|understand|think|thought|believe|notic\w*|learn\w*|want|wanted|like|need|remember"
    # (what people talk over is what they ask of: "my bridge club were discussing X")
    r"|discuss\w*|debat\w*|argu(?:e|ed|es|ing)|talking about|talked about"
    r"|mean|confus\w*|sure|why|what|when|where|who|which|whose|how|whether|if)\b",
    re.IGNORECASE,
)
# A question that points at the scene needs it: "I'm in Hong Kong. Will it be available here?"
_POINTS_AT_SCENE = re.compile(
    r"\b(?:here|over there|where i (?:live|am)|in my (?:city|country|region|area|town|place))\b"
    # "does the rollout reach me?": the asker, wherever the scene said they are
    r"|\b(?:reach|reaches|include|includes|cover|covers|apply to|applies to|affect|affects) (?:me|us)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening|day)|g'?day|morning|evening|howdy|hiya"
    r"|greetings|dear \w+|thanks?(?: you)?|sorry(?: to bother you)?|excuse me|please)"
    r"(?: there| bot| all| everyone| folks)?(?: from [\w' ]+)?[!.]*$",
    re.IGNORECASE,
)


_THANKS = re.compile(r"^\W*thank", re.IGNORECASE)
# A sentence of thanks that asks nothing: "Thank you very much always for your kind help."
_THANKS_SENTENCE = re.compile(
    r"^\W*(?:thanks?|thank you|many thanks|much appreciated|cheers)\b"
    r"(?![^?]*\b(?:who|whom|whose|what|when|where|why|how|which)\b)[^?]*$",
    re.IGNORECASE,
)
_MAX_THANKS = 12  # words


def small_talk(text: str) -> SmallTalk | None:
    """ "greeting" or "thanks" when a message only greets ("Good evening.") or thanks ("thanks
    bot!", "Good morning. Thank you very much always for your kind help."), else None."""
    thanks = False
    for sentence in _SENTENCES.split(text.strip()):
        if _GREETING.match(sentence):
            thanks = thanks or bool(_THANKS.match(sentence))
        elif _THANKS_SENTENCE.match(sentence) and len(sentence.split()) <= _MAX_THANKS:
            thanks = True
        else:
            return None
    return "thanks" if thanks else "greeting"


# Someone's question passed on: "Hi, my brother in Qingdao asked me: was Apple ...?".
_PASSED_ON = re.compile(
    r"^(?:[^:]*[,.!]\s*)?(?:i|my|we|our)\b[^:]*\b(?:ask(?:s|ed)?|wonder(?:s|ed)?|want(?:s|ed)? to"
    r" know)\b[^:]*:\s+(?=\S)",
    re.IGNORECASE,
)


def without_scene(text: str) -> str:
    """The message without the statements that only say who is asking."""
    text = _PASSED_ON.sub("", _ASIDE.sub(" ", text))
    after = _AFTER_QUESTION.search(text)
    if (
        after is not None
        and _ABOUT_ASKER.match(after.group(1))
        and not _CARRIES_QUESTION.search(after.group(1))
    ):
        # "How much is the Galaxy S25? I might get one.": the asker, after the question.
        text = text[: after.start()]
    sentences = _SENTENCES.split(text)
    if len(sentences) < 2 or _POINTS_AT_SCENE.search(sentences[-1]):
        # One sentence: whatever it says about the asker is part of the question.
        return text
    topic = _TOPIC_FIRST.match(text)
    if topic is not None and _ASKS.match(topic.group(2)) and not _ABOUT_ASKER.match(topic.group(1)):
        # "Apple and Alibaba — who are the features for?": a topic, then the question, which
        # reads as a question only from its first word. A pronoun in it is the topic: "'Relevant
        # departments' — which ones exactly?" asks which relevant departments.
        subject = _LEADING_ARTICLE.sub("", topic.group(1).strip("'’\""))
        # (one word is no topic to point at: "Wait — what was it about Alibaba ...")
        asked, pointed = (
            _POINTS_AT_TOPIC.subn(lambda _: subject, topic.group(2), count=1)
            if " " in subject
            else (topic.group(2), 0)
        )
        return asked if pointed else f"{topic.group(2)} {topic.group(1)}"
    kept = [_question_part(sentence) for sentence in sentences[:-1]] + [sentences[-1]]
    return " ".join(sentence for sentence in kept if sentence)


# A statement after a message's last question mark.
_AFTER_QUESTION = re.compile(r"(?<=\?)\s+([^?]+)$")

# An aside between two dashes says what the asker thinks or knows, or who a name is: "Was
# Tencent — WeChat's parent, for those keeping score — among the firms Apple weighed?". What is
# asked is around it. (Not a question of its own, and not a range: "Feb 11 – Feb 12".)
_ASIDE = re.compile(r"(?<=\w)\s+[—–]\s+(?=[^—–?]*[a-z]{3})[^—–?]{3,120}?\s+[—–]\s+(?=\w)")
_POINTS_AT_TOPIC = re.compile(r"\b(?:ones|they|them|it)\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ", re.IGNORECASE)
# A topic of a few words, a dash between spaces, then the question.
_TOPIC_FIRST = re.compile(r"^\W*((?:[\w.'’&$%]+[ -]){0,4}[\w.'’&$%]+)\s+[—–-]\s+([^—–]+)$")
_ASKS = re.compile(
    r"^\W*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|will"
    r"|would|can|could|has|have|had|should)\b",
    re.IGNORECASE,
)


# A sentence ends at "?", or at "." or "!" after a word (not "Mr.", not "11.", not "vs."),
# before a space: "so forgive me. How long ...".
_SENTENCE_ENDS = re.compile(
    r"(?<=\?)\s+|(?<=[a-z]{3}[.!])\s+|(?<=\b[a-z]{2}[.!])(?<!\b(?:mr|ms|dr|st|jr|sr|vs|no)[.!])\s+"
)
# A lead-in ends at a dash or a colon before a question: "quick one, sorry for typos - why did
# ...", not "the flagship, I gather - first become available".
_LEAD_IN_ENDS = re.compile(r"\s+[-—–]+\s+|(?<=[a-z]):\s+")
_POINTS_AHEAD = re.compile(r"\b(?:these|those|following|below|options|choices)\b", re.IGNORECASE)
_MIN_QUESTION = 5  # words: "Number?", "Is it in Beijing?" ask of what came before
_MIN_STORY = 6  # words
_MAX_TOPIC = 4  # words of a topic before a dash: "Tongyi Qianwen - ..."


def final_question(text: str) -> str | None:
    """The question a message that tells a story first ends with: "My cousin in Chengdu just
    bought an iPhone. I saw a headline this week. Which firm did Apple pick?" asks the last
    sentence. None when the message is one sentence, or ends in a question that needs what came
    before it ("Number?", "Will it be available here?"). The story may go on after it ("... which
    company was Apple's main partner? Seems they went through a few."): its last question is
    still what is asked."""
    sentences = [sentence for sentence in _SENTENCE_ENDS.split(text.strip()) if sentence]
    asked_at = max(
        (i for i, sentence in enumerate(sentences) if sentence.endswith("?")), default=None
    )
    if asked_at is None:
        return None
    # (what follows the last question: a courtesy, "Thanks!", or more of the story)
    sentences, after = sentences[: asked_at + 1], sentences[asked_at + 1 :]
    *lead_in, last = _LEAD_IN_ENDS.split(sentences[-1])
    topic = len(" ".join(lead_in).split()) <= _MAX_TOPIC and _POINTS_AT_TOPIC.search(last)
    if lead_in and _ASKS.match(last) and not topic and not _ASKS.match(lead_in[0]):
        # (not a topic the question points back at: "Tongyi Qianwen - how many use it now?")
        sentences[-1:] = [" ".join(lead_in), last]
    if len(sentences) < 2:
        # (a remark after the only question: "Which shortcomings ... led Apple to part ways with
        # it? their aura was weak", "What is Tim Cook's birthday? his aura feels like a Scorpio")
        # (not one asking of what follows it: "Which of these ...? A) MMLU B) GPQA")
        if (
            after
            and len(sentences[0].split()) >= _MIN_QUESTION
            and _ASKS.match(sentences[0])
            and not _POINTS_AHEAD.search(sentences[0])
        ):
            return sentences[0]
        return None
    asked, story = sentences[-1], " ".join(sentences[:-1] + after)
    if (
        len(story.split()) < _MIN_STORY
        or len(asked.split()) < _MIN_QUESTION
        or _POINTS_AT_SCENE.search(asked)
    ):
        return None
    return asked


def after_short_lead(text: str) -> tuple[str, str] | None:
    """A message's few words of lead-in and the question after them: ("Did the market love
    it?", "How did Alibaba's US shares react?"); None when it is one sentence, the lead-in is a
    story (`final_question` reads those) or the question needs it."""
    sentences = [sentence for sentence in _SENTENCE_ENDS.split(text.strip()) if sentence]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    lead, asked = " ".join(sentences[:-1]), sentences[-1]
    if (
        len(lead.split()) >= _MIN_STORY
        or len(asked.split()) < _MIN_QUESTION
        or _POINTS_AT_SCENE.search(asked)
    ):
        return None
    return lead, asked


def _question_part(sentence: str) -> str:
    """A statement without its clauses that are the asker's scene or a greeting, as written."""
    parts = _CLAUSES.split(sentence)  # clause, separator, clause, ...
    kept: list[str] = []
    after_asker = False
    for index in range(0, len(parts), 2):
        clause = parts[index]
        if _GREETING.match(clause):
            continue
        if not _CARRIES_QUESTION.search(clause) and (
            _ABOUT_ASKER.match(clause) or (after_asker and _ABOUT_THEM.match(clause))
        ):
            after_asker = True
            continue
        after_asker = False
        if kept and index:
            kept.append(parts[index - 1])  # the words that joined it to the clause before
        kept.append(_ASKING.sub("", clause))
    return "".join(kept)


# Someone asking, before what they ask: "keeps asking when she'll get it" asks when she will.
_ASKING = re.compile(
    # (whoever asks: a pronoun, or one of the asker's people; not a name, which may be asked of)
    r"^(?:(?:i|he|she|they|we|someone|somebody|people|everyone|(?:my|our|a|the|his|her|their)"
    r" [a-z]+(?:-in-law)?) )?"
    r"(?:keeps? asking|kept asking|(?:is|was|are|were|am) asking|asks?(?: me)?"
    r"|asked(?: me)?|wants? to know|wanted to know|(?:is|was|are|were|am) wondering|wonders?"
    r"|wondered)\s+(?=(?:when|what|why|who|how|which|where|whether|if)\b)",
    re.IGNORECASE,
)
