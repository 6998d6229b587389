"""Questions that switch language mid-sentence, in the English words the facts would use.

In multilingual chats people write English mixed with Hindi or Urdu in Latin letters ("Alibaba ka
stock kitna chadha?"), with Spanish ("por qué Apple dropped DeepSeek?") or with Chinese pinyin
("Pingguo gen shei hezuo?"). The names and most nouns are English already; what is lost is the
question word (kab: when, kitna: how much) and a few verbs and nouns of news. Those are put in
English, "ka" as "'s"; the other language's grammatical words (hai, tha, la, el) are dropped.

Only a message that holds at least two words of the table that are not also English words, or one
phrase of two ("por que", "ke saath"), is read this way: "no", "hue", "la" or "con" in an English
question stay as they are.
"""

from __future__ import annotations

import re

# The other language's word (folded, without accents) and its English; "" drops it.
_HINDI = {
    "kab": "when", "kab se": "since when", "kitna": "how much", "kitni": "how much",
    "kitne": "how many", "kaun": "who", "kaunsa": "which", "kaunse": "which", "kaunsi": "which",
    "konsa": "which", "konse": "which", "kis": "which", "kya": "what", "kyu": "why",
    "kyun": "why", "kyon": "why", "kaise": "how", "kahan": "where", "aur": "and",
    "ke saath": "with", "ke sath": "with", "saath": "with", "mein": "in", "pe": "on",
    "se": "from", "ka": "'s", "ke": "'s", "ki": "'s", "ko": "", "ne": "", "hai": "", "hain": "",
    "tha": "", "thi": "", "hua": "", "hue": "", "hui": "", "ho": "", "raha": "", "rahi": "",
    "rahe": "", "gaya": "", "gaye": "", "gayi": "", "chuke": "already", "chuka": "already",
    "kiya": "", "karte": "", "karta": "", "kar": "", "wala": "", "wale": "", "wali": "",
    "liye": "for", "ke liye": "for", "nahi": "not", "nahin": "not", "abhi": "currently",
    "agle din": "the next day", "pehle": "first", "baad": "after", "saal": "year", "din": "day",
    "wajah": "reason", "kharcha": "cost", "daam": "price", "kam": "dropped", "chadha": "rose",
    "badha": "rose", "upar": "up", "gira": "fell", "girne": "falling", "chuna": "chose",
    "chuni": "chose", "bheje": "submitted", "bheja": "submitted", "maani": "acknowledged",
    "maana": "acknowledged", "khabar": "news", "asar": "effect", "paisa": "money", "dono": "both",
    "khaas": "special", "likha": "written", "milega": "get", "sach": "true",
}  # fmt: skip
_SPANISH = {
    "por que": "why", "porque": "because", "cuanto": "how much", "cuanta": "how much",
    "cuantos": "how many", "cuantas": "how many", "cuando": "when", "quien": "who",
    "quienes": "who", "que": "what", "cual": "which", "donde": "where", "como": "how",
    "y": "and", "de": "", "del": "", "la": "", "el": "", "los": "", "las": "", "con": "with",
    "accion": "stock", "acciones": "shares", "subio": "rose", "subieron": "rose", "bajo": "fell",
    "cayo": "fell", "caida": "fall", "ventas": "sales", "fueron": "were", "evaluados": "evaluated",
    "ano": "year", "eligio": "chose", "socio": "partner", "tiene": "has", "siguieron": "continued",
    "seguir": "continue", "quiso": "wanted", "ya no": "no longer", "no": "not",
    "revertir": "reverse", "juntos": "together", "trabajando": "working", "quiere": "wants",
}  # fmt: skip
_PINYIN = {
    "pingguo": "apple", "shei": "who", "gen": "with", "hezuo": "partner", "gupiao": "stock",
    "weishenme": "why", "shenme": "what", "duoshao": "how much", "shenme shihou": "when",
    "nian": "year", "shi zhende ma": "is it true",
}  # fmt: skip
_TABLE = {**_HINDI, **_SPANISH, **_PINYIN}
# Words of the table that are English words too, or common in English questions: they never
# make a message code-switched by themselves.
_ALSO_ENGLISH = frozenset(
    "la con pe se ho no de y gen ka ke ki ko ne kam din bajo como sach kar hue".split()
)
_MARKERS = frozenset(_TABLE) - _ALSO_ENGLISH
_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _TABLE), key=len, reverse=True)) + r")\b"
)
_ACCENTS = str.maketrans("áéíóúñü", "aeiounu")


def in_english(text: str) -> str:
    """`text` with the other language's words of a code-switched message in English; any other
    message as it is."""
    # (one letter for one letter: the positions in `folded` are those of `text`, whose other
    # words keep their capitals, which say what is a name)
    folded = text.lower().translate(_ACCENTS)
    matches = list(_WORD.finditer(folded))
    marked = {match.group(1) for match in matches} & _MARKERS
    # (a phrase of two words or more, "por que", "ke saath", is the other language alone)
    if len(marked) + sum(" " in word for word in marked) < 2:
        return text
    parts, end = [], 0
    for match in matches:
        english = _TABLE[match.group(1)]
        before = text[end : match.start()]
        if english == "'s" and before.strip():
            # "Alibaba ka stock" is "Alibaba's stock": the possessive goes on the word before
            # (not "calls's": "API calls ka kharcha" is the API calls' cost).
            before = before.rstrip()
            english = "" if before.endswith("s") else english
        parts += [before, english]
        end = match.end()
    return " ".join("".join([*parts, text[end:]]).split())
