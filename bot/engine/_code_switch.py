"""Questions that switch language mid-sentence, in the English words the facts would use.

In multilingual chats people write English mixed with Hindi or Urdu in Latin letters ("Alibaba ka
stock kitna chadha?"), with Spanish ("por qué Apple dropped DeepSeek?") or with Chinese pinyin
("Pingguo gen shei hezuo?"). The names and most nouns are English already; what is lost is the
question word (kab: when, kitna: how much) and a few verbs and nouns of news. Those are put in
English, "ka" as "'s"; the other language's grammatical words (hai, tha, la, el) are dropped.

English spoken otherwise is read the same way: Nigerian Pidgin ("Wetin make Apple drop
DeepSeek?"), Singlish ("DeepSeek kena dropped why leh?"), Scots ("Whit wis the story wi Baidu?").
Each has its own table, since one's word is another's English ("no" is "not" in Scots, "na" a
copula in Pidgin), and a message is read with the table most of its words are from.

Only a message that holds at least two words of a table that are not also English words, one
phrase of two ("por que", "ke saath"), or one word no English question has ("wetin"), is read
this way: "no", "hue", "la" or "con" in an English question stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

from wordfreq import zipf_frequency

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
    "kya hua": "what happened", "kya hua tha": "what happened", "wapas": "back",
    "wapas laana": "reverse", "wapas lana": "reverse", "laana": "bring", "lana": "bring",
    "bane": "made", "bana": "made", "banaye": "made", "chhod diya": "dropped",
    "chod diya": "dropped", "chhoda": "dropped", "choda": "dropped", "diya": "", "itna": "so much",
    "uska": "its", "uski": "its", "yaar": "", "bhai": "", "matlab": "meaning",
    "chahta": "wants", "chahti": "wants", "chahte": "want", "karna": "", "aayi": "came",
    "aaya": "came", "aaye": "came", "aayega": "will come", "aayegi": "will come",
    "chali": "worked", "chala": "worked", "walon": "people", "logon": "people", "batao": "tell",
    "bata do": "", "bataiye": "", "naam": "name", "kiye": "", "kiya hai": "",
    # (Urdu's spellings and words: "barha" for "badha", "hasil" achieve; "mil kar", together,
    # says no more than the "ke sath" before it)
    "barha": "rose", "barhi": "rose", "barhe": "rose", "ghata": "fell", "ghati": "fell",
    "hasil": "achieve", "mil kar": "", "milkar": "", "ke baad": "after",
    "jaldi": "quickly", "kitni jaldi": "how soon", "kitna jaldi": "how soon",
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
    "es": "is", "fuente": "source", "cita": "quote", "necesito": "i need", "segun": "according to",
    "dice": "says", "exactamente": "exactly", "falta de": "lack of", "objetivo": "goal",
    "unica": "only", "serie": "series", "supera": "surpasses", "por favor": "", "hola": "hello",
    "nota": "article", "dato": "", "verificar": "check", "cifra": "figure", "cifras": "figures",
    "necesito la fuente": "", "necesito la cita exacta": "", "necesito la cita": "",
    "dato a verificar": "", "confirmar": "", "fecha": "date", "autor": "author",
    "desde cuando": "since when", "ia": "ai",
}  # fmt: skip
# Mandarin in pinyin, without tones: the question words, the words of news and of this kind of
# story, and the grammatical particles (de, le, ma, ne) dropped. Company names in pinyin
# (Pingguo, Tengxun) are the curation's aliases, for any message.
_PINYIN = {
    "pingguo": "apple", "shei": "who", "shui": "who", "gen": "with", "he": "and",
    "hezuo huoban": "partner", "hezuo": "partner", "huoban": "partner", "gupiao": "stock",
    "gujia": "share price", "weishenme": "why", "wei shenme": "why", "shenme": "what",
    "shenme shihou": "when", "ji shi": "when", "duoshao": "how much", "ji ge": "how many",
    "nian": "year", "na yi nian": "which year", "na nian": "which year", "na jia": "which",
    "naxie": "which", "na xie": "which", "nali": "where", "zenme": "how", "zenmeyang": "how",
    "shi zhende ma": "is it true", "shi": "", "de": "", "le": "", "ma": "", "ne": "", "ba": "",
    "ge": "", "zai": "in", "xuan": "chose", "xuanle": "chose", "xuanze": "chose",
    "fabu": "launched", "fabuhui": "launch event", "tuichu": "launched", "jiage": "price",
    "chengben": "cost", "jiang": "dropped", "jiangle": "dropped", "jiangdi": "dropped",
    "xiajiang": "fell", "xiajiangle": "fell", "zhang": "rose", "zhangle": "rose",
    "shangzhang": "rose", "qiye": "enterprises", "yong": "use", "shiyong": "use",
    "shang": "on", "jiyu": "based on", "yansheng moxing": "derivative models",
    "damoxing": "large model", "moxing": "models", "shequ": "community", "xiazai liang": "downloads",
    "xiazai": "downloads", "liang": "", "bu": "not", "mei": "not", "meiyou": "not",
    "you meiyou": "did", "you": "has", "yiqian": "before", "zhuyao": "primary",
    "kaolu": "consider", "kaolv": "consider", "fangqi": "dropped", "gongsi": "company",
    "guanxi": "relationship", "guonei": "domestic", "duishou": "rivals", "suan": "count",
    "shuo": "said", "xiaoliang": "sales", "yuanyin": "reason", "yingshou": "revenue",
    "di er tian": "the next day", "dangtian": "that day", "wanshang": "evening",
    "gainiangu": "concept stocks", "biaoxian": "performance", "gongneng": "features",
    "shangxian": "rolled out", "zhe ge": "this", "zhege": "this", "xuyao": "need",
    "shenpi": "approval", "pizhun": "approved", "tijiao": "submitted", "xianzai": "currently",
    "dao le na yi bu": "what stage", "daole na yi bu": "what stage", "cong": "since",
    "kaishi": "started", "ceshi": "testing", "xiang": "want", "dadao": "achieve",
    "mudi": "aim", "xiaoxi": "news", "xinwen": "news", "meiti": "media outlet", "xian": "first",
    "baodao": "reported", "xuanbu": "announced", "gongbu": "announced", "yonghu": "users",
    "shouji": "phone", "jingzheng": "competition", "renli": "manpower", "jingyan": "experience",
    "buzu": "insufficient", "rengong zhineng": "ai", "hai": "still", "yijing": "already",
    "weile": "for", "yinwei": "because", "suoyi": "so", "guo": "", "zhe tiao": "this",
    "tiao": "", "duoshao ge": "how many", "you duoshao": "how many",
    "guoji": "international", "waiguo": "foreign", "nengli": "capabilities",
    "xianggang": "hong kong", "meiguo": "us", "gainian gu": "concept stocks",
    "lao duishou": "long-standing rivals", "kaifa": "develop", "tai man": "too slow",
    "paiming": "rank", "di ji": "what place", "kaolue": "consider", "yihou": "after",
    "tongyitian": "same day", "keyi": "can",
}  # fmt: skip
# Chinese written in characters, which has no spaces between words: read by the longest word of
# this table at each place (question words, particles, the words of news of this kind); what is
# not in it is left as written, for the curation's aliases ("阿里巴巴", "百度") or as an unknown
# word.
_CHINESE = {
    "为什么": "why", "为何": "why", "什么时候": "when", "何时": "when", "什么": "what",
    "哪个": "which", "哪些": "which", "哪家": "which", "哪一年": "which year", "哪年": "which year",
    "哪里": "where", "哪儿": "where", "谁": "who", "多少": "how much", "几个": "how many",
    "怎么样": "how", "如何": "how", "怎么": "how", "吗": "?", "呢": "", "了": "", "的": "",
    "是": "", "过": "", "和": "and", "与": "and", "跟": "with", "在": "in", "从": "since",
    "年": "year", "月": "month", "而不是": "rather than", "不是": "not", "没有": "not", "不": "not",
    "选择": "chose", "选了": "chose", "选": "chose", "挑选": "chose", "合作伙伴": "partner",
    "合作": "partner", "伙伴": "partner", "放弃": "dropped", "抛弃": "dropped",
    "测试": "testing", "评估": "evaluated", "考虑": "considered", "发布": "launched",
    "推出": "launched", "上线": "rolled out", "股价": "share price", "股票": "stock",
    "上涨": "rose", "涨": "rose", "下跌": "fell", "跌": "fell", "下降": "fell",
    "营收": "revenue", "收入": "revenue", "销量": "sales", "销售": "sales", "原因": "reason",
    "大模型": "large model", "衍生模型": "derivative models", "模型": "models",
    "下载": "downloads", "企业": "enterprises", "公司": "company", "审批": "approval",
    "批准": "approved", "功能": "features", "用户": "users", "中国": "China",
    "香港": "Hong Kong", "美国": "US", "美股": "US shares", "港股": "Hong Kong stock",
    "第四季度": "fourth quarter", "季度": "quarter", "财年": "fiscal year",
    "人工智能": "AI", "手机": "phone", "竞争对手": "rivals", "对手": "rivals", "竞争": "competition",
    "苹果": "Apple", "三星": "Samsung", "库克": "Cook", "成本": "cost", "价格": "price",
    "人手": "manpower", "人力": "manpower", "经验": "experience", "不足": "insufficient",
    "报道": "reported", "媒体": "media outlet", "消息": "news", "宣布": "announced",
    "晚上": "evening", "第二天": "the next day", "当天": "that day", "概念股": "concept stocks",
    "开源": "open source", "社区": "community", "目的": "aim", "目标": "goal", "希望": "hopes",
    "本地化": "localized", "软件": "software", "今天": "today", "天气": "weather",
    "谢谢": "thanks", "你好": "hello", "帮助": "help", "你": "you", "我": "I", "说": "said",
    "现在": "currently", "目前": "currently", "已经": "already", "还是": "or", "或者": "or",
    "也": "also", "还": "still", "可以": "can", "能": "can", "用": "use", "使用": "use",
    "有": "has", "开始": "started", "以后": "after", "之后": "after", "以前": "before",
    "之前": "before", "同一天": "the same day", "那天": "that day", "哪": "which",
    "几": "how many", "第几": "what place", "排名": "rank", "排": "rank", "表现": "performance",
    "开发": "develop", "研发": "develop", "太慢": "too slow", "慢": "slow", "得": "",
    "吸引": "attracted", "能力": "capabilities", "提交": "submitted", "上面": "on", "上": "on",
    "国际": "international", "外国": "foreign", "国外": "foreign", "基准": "benchmark",
    "一": "one", "时候": "time", "结束": "ended", "停止": "stopped", "承认": "acknowledged",
    "政府": "government", "部门": "departments", "监管": "regulators", "数据": "data",
    "隐私": "privacy", "分析": "analysis", "投资者": "investors", "市场": "market",
}  # fmt: skip
_CHINESE_LONGEST = max(map(len, _CHINESE))
# (a learner may put spaces between the characters of one word, "什么 时候": a run goes on
# across single spaces, which are dropped before it is read)
_HAN = re.compile(r"[\u4e00-\u9fff]+(?: [\u4e00-\u9fff]+)*")


def _chinese_words(run: str) -> str:
    """A run of Chinese characters in English words, as far as the table reads it."""
    words: list[str] = []
    unread = ""
    position = 0
    while position < len(run):
        for size in range(min(_CHINESE_LONGEST, len(run) - position), 0, -1):
            english = _CHINESE.get(run[position : position + size])
            if english is not None:
                words += [unread, english]
                unread = ""
                position += size
                break
        else:
            unread += run[position]
            position += 1
    words.append(unread)
    return " ".join(word for word in words if word)


_PIDGIN = {
    "wetin make": "why did", "wetin cause": "what caused", "collabo": "collaboration",
    "scatter": "end", "sharp sharp": "quickly", "fit": "can",
    "wetin": "what", "dey": "", "abeg": "", "wahala": "trouble", "sef": "", "na": "", "am": "it",
    "no": "not", "don": "has", "abi": "or", "e": "it", "wey": "that", "dem": "they",
    "carry": "reported", "gist": "news", "una": "you", "shey": "is it", "oga": "boss",
    "comot": "leave", "sha": "", "jare": "", "o": "", "kuku": "", "reach": "", "wan": "want",
    "say": "", "talk": "say",
    # (and Yoruba's question words, which Nigerians mix in: "Tani Apple pick?", "Kilode ...?";
    # "se" first asks yes or no, "ehn" only sighs)
    "kilode": "why", "kilo de": "why", "kini": "what", "kini idi": "why", "tani": "who",
    "elo": "how much", "melo": "how many", "nigba wo": "when", "nigbawo": "when",
    "nibo": "where", "bawo": "how", "ewo": "which", "se": "", "ehn": "", "ni": "", "oya": "",
    "sebi": "",
    # (and Hausa's, from the north: "Me yasa Apple drop DeepSeek?", "Nawa Alibaba stock rise?";
    # "wallahi", "kai", "dai" and "fa" only say how it is said)
    "me yasa": "why", "meyasa": "why", "don me": "why", "yaushe": "when",
    "tun yaushe": "since when", "wane": "which", "wace": "which", "wanne": "which",
    "waye": "who", "wanene": "who", "su wa": "who", "nawa": "how much", "guda nawa": "how many",
    "mene": "what", "menene": "what", "mecece": "what", "yaya": "how", "wallahi": "", "kai": "",
    "dai": "", "fa": "",
}  # fmt: skip
# German, or English with German mixed in ("Warum nicht DeepSeek? zu wenig Leute oder was?"),
# folded as the other tables are ("ä" as "a", "ß" as "s"): the question words, the words of news
# of this kind, and the articles and auxiliaries dropped, since the facts are matched by their
# words, not by their order.
_GERMAN = {
    "wer": "who", "wem": "whom", "wann": "when", "seit wann": "since when",
    "warum": "why", "wieso": "why", "weshalb": "why", "wie viel": "how much",
    "wieviel": "how much", "wie viele": "how many", "wie stark": "how much", "wie heist": "what is",
    "heist": "is called", "welche": "which", "welcher": "which", "welches": "which",
    "welchen": "which", "welchem": "which", "wie": "how", "wo": "where", "was": "what",
    "der": "", "die": "", "das": "", "den": "", "dem": "", "des": "", "ein": "", "eine": "",
    "einen": "", "einem": "", "einer": "", "ist": "", "sind": "", "war": "was", "waren": "were",
    "hat": "", "haben": "", "hatte": "had", "wurde": "was", "wurden": "were", "worden": "",
    "auch": "also", "denn": "", "eigentlich": "", "genau": "exactly", "mal": "once", "jetzt": "now",
    "doch": "", "ja": "", "oder": "or", "und": "and", "mit": "with", "von": "of", "fur": "for",
    "bei": "at", "nach": "after", "vor": "before", "im": "in", "zu": "to", "zum": "to the",
    "zur": "to the", "uber": "about", "nicht": "not", "kein": "no", "keine": "no",
    "schon": "already", "noch": "still", "wieder": "again", "bitte": "", "nur": "only",
    "sehr": "very", "es": "it", "ich": "I", "man": "", "sich": "", "da": "", "dass": "that",
    "ob": "whether", "weil": "because", "wegen": "because of", "als": "as", "gibt es": "are there",
    "zu wenig": "insufficient", "wenig": "little", "leute": "manpower", "aktie": "stock",
    "aktien": "shares", "umsatz": "revenue", "firma": "company", "firmen": "companies",
    "unternehmen": "companies", "hauptpartner": "primary partner", "ki": "ai",
    "funktionen": "features", "funktion": "feature", "behorden": "authorities",
    "genehmigung": "approval", "genehmigt": "approved", "eingereicht": "submitted",
    "gestiegen": "rose", "steigen": "rise", "gefallen": "fell", "gesunken": "fell",
    "billiger": "cheaper", "prozent": "percent", "modelle": "models", "modell": "model",
    "grund": "reason", "borse": "stock exchange", "hongkonger": "hong kong",
    "am nachsten tag": "the next day", "nachsten tag": "the next day", "rauf": "up",
    "runter": "down", "kam": "came", "raus": "out", "testet": "tests", "zuerst": "first",
    "genommen": "chose", "gewahlt": "chose", "geklappt": "worked out", "angeschaut": "considered",
    "uberzeugt": "impressed", "strategie": "strategy", "verkaufen": "sell", "mehr": "more",
    "probleme": "problems", "zugegeben": "acknowledged", "fehlende": "lack of",
    "berichtet": "reported", "nahen": "related", "kommt": "comes", "chinesischen": "chinese",
    "chinesische": "chinese", "zusammengearbeitet": "partnered", "hinter": "behind",
    "platz": "place", "mutterkonzern": "parent", "weisheit": "wisdom", "gestartet": "launched",
    "eingefuhrt": "launched", "verkauf": "sales", "verkaufe": "sales", "gewinne": "gains",
    "kosten": "cost", "kunden": "clients", "erfahrung": "experience",
    "partnerschaft": "partnership", "auf": "on", "am": "on", "um": "by", "ganz": "",
    "verstanden": "understood", "nein": "no", "antwort": "answer", "kurze": "short", "gut": "good",
    "geworden": "become", "lief": "did", "kommen": "come", "deutschland": "germany",
    "europa": "europe", "gesagt": "said", "chef": "boss", "grunde": "reasons", "gewonnen": "won",
    "insgesamt": "in total", "geld": "money", "angeboten": "offered", "angefangen": "started",
    "jahr": "year", "nutzt": "uses", "getestet": "tested", "grunder": "founder",
    "februar": "february", "hallo": "hello", "unterschied": "difference", "zwischen": "between",
    "danke": "thanks", "gemacht": "did", "gesprochen": "spoke",
}  # fmt: skip
# Swahili and Sheng, as written in Kenya ("deepseek ilikataliwa juu ya nini msee"): the question
# words come after what they ask of ("kampuni gani": which company), which a bag of words does not
# mind. Verbs carry their subject and tense in front ("zi-li-panda": they rose), also on English
# verbs ("ili-consider", "wali-launch"): `_swahili_verbs` reads those.
_SWAHILI = {
    "nini": "what", "gani": "which", "lini": "when", "nani": "who", "wapi": "where",
    "ngapi": "how many", "wangapi": "how many", "kiasi gani": "how much", "aje": "how",
    "vipi": "how", "mbona": "why", "kwa nini": "why", "kwanini": "why", "juu ya nini": "why",
    "kwani": "", "tangu": "since", "tangu lini": "since when", "na": "and", "ya": "of", "za": "of",
    "wa": "of", "la": "of", "kwa": "for", "ni": "", "iko": "is", "ziko": "are", "ama": "or",
    "au": "or", "bado": "yet", "hii": "this", "hizi": "these", "huko": "there", "sahii": "now",
    "sasa": "now", "manze": "", "msee": "", "niaje": "hello", "mwishowe": "finally", "zote": "all",
    "kabla ya": "before", "baada ya": "after", "siku iliyofuata": "the next day",
    "siku": "day", "kampuni": "company", "kampuni gani": "which companies", "simu": "phone",
    "mpya": "new", "soko": "market", "bei": "price", "mwaka": "year", "watu": "people",
    "mahasimu": "rivals", "kimataifa": "international", "fiti": "good", "chaina": "china",
    "kupitia": "through", "kuhusu": "about", "kufanya kazi": "working", "juu ya": "about", "kitu gani": "what",
    "wafanyakazi": "staff", "serikali": "government", "mara": "times", "doh": "money",
    "pesa": "money", "hisa": "shares", "yenyewe": "itself", "si": "not", "kazi": "work",
    "hapa": "here", "kesho": "tomorrow", "ina": "has", "ana": "has", "wana": "have",
    "kuna": "are there", "wako": "", "niko": "", "tena": "again",
}  # fmt: skip
# Swahili verb stems, each as the English a fact would use; the prefixes and endings around them
# are read by `_SWAHILI_VERB`.
_SWAHILI_STEMS = {
    "pand": "rose", "shuk": "fell", "fany": "did", "katal": "rejected", "kata": "rejected",
    "fanikish": "achieve", "tumi": "use", "pat": "get", "kuf": "failed", "tok": "came out",
    "vuti": "attracted", "kubal": "acknowledged", "anzish": "founded", "anz": "started",
    "chagu": "chose", "shindan": "compete", "lip": "pay", "sem": "said", "uz": "sell",
    "fik": "arrive", "endele": "going on", "tak": "want", "kuw": "", "leak": "reported",
    "test": "testing", "ku": "",
}  # fmt: skip
# Brazilian Portuguese, or English with Portuguese mixed in ("então, por que a Apple largou a
# DeepSeek?", "quanto subiram as ações?"): its own table, since its words are Spanish ones spelt
# another way ("quando", "ações") and some are English words ("do", "no", "a" stay as written).
_PORTUGUESE = {
    "por que": "why", "por qual motivo": "why", "porque": "because", "quando": "when",
    "desde quando": "since when", "quem": "who", "quanto": "how much", "quanta": "how much",
    "quantos": "how many", "quantas": "how many", "qual": "which", "quais": "which",
    "onde": "where", "como": "how", "o que": "what", "que": "what", "e verdade": "is it true",
    "entao": "so", "ne": "", "tipo": "", "ai": "", "gente": "", "cara": "", "mano": "", "oi": "",
    "ola": "hello", "tudo bem": "", "obrigado": "", "obrigada": "", "valeu": "",
    "por favor": "", "da": "of", "das": "of", "dos": "of", "de": "of", "na": "in", "nas": "in",
    "nos": "in", "em": "in", "a": "the", "o": "the", "as": "the", "os": "the", "um": "",
    "uma": "", "foi": "was", "era": "was",
    "sao": "are", "eram": "were", "esta": "is", "estao": "are", "tem": "has", "teve": "had",
    "com": "with", "sem": "without", "mas": "but", "ou": "or", "tambem": "also",
    "ainda": "still", "ja": "already", "nao": "not", "sim": "yes", "so": "only",
    "acoes": "shares", "acao": "stock", "bolsa": "stock market", "receita": "revenue",
    "faturamento": "revenue", "vendas": "sales", "lucro": "profit", "subiu": "rose",
    "subiram": "rose", "alta": "rise", "caiu": "fell", "cairam": "fell", "queda": "fall",
    "escolheu": "chose", "escolha": "choice", "escolher": "choose", "parceiro": "partner",
    "parceira": "partner", "parceria": "partnership", "empresa": "company",
    "empresas": "companies", "modelo": "model", "modelos": "models", "ano": "year",
    "anos": "years", "dia seguinte": "the next day", "no dia seguinte": "the next day",
    "mes": "month", "maio": "may", "fevereiro": "february", "aprovacao": "approval",
    "aprovado": "approved", "aprovada": "approved", "lancamento": "launch", "lancou": "launched",
    "lancar": "launch", "preco": "price", "custo": "cost", "custos": "costs",
    "usuarios": "users", "usuario": "user", "motivo": "reason", "razao": "reason",
    "desenvolvedores": "developers", "desenvolver": "develop", "recursos": "features",
    "funcoes": "features", "funcionalidades": "features", "celular": "phone", "chines": "chinese",
    "chinesa": "chinese", "chineses": "chinese", "chinesas": "chinese", "largou": "dropped",
    "desistiu": "dropped", "trocou": "switched", "testando": "testing", "testou": "tested",
    "avaliou": "evaluated", "concorrentes": "competitors", "concorrencia": "competition",
    "marcas": "brands", "mercado": "market", "disse": "said", "falou": "said",
    "segundo": "according to", "fonte": "source", "fontes": "sources", "noticia": "news",
    "materia": "article", "artigo": "article", "downloads": "downloads", "baixaram": "downloaded",
    "comunidade": "community", "derivados": "derivative", "atras": "behind",
    "so perde para": "second only to", "lenta": "slow", "lento": "slow", "progresso": "progress",
    "equipe": "team", "experiencia": "experience", "clientes": "clients", "grandes": "large",
    "mais": "more", "menos": "less", "primeiro": "first", "depois": "after", "antes": "before",
    "agora": "now", "hoje": "today", "isso": "this", "essa": "this", "esse": "this",
    "comecou": "started", "comecar": "start", "testar": "test", "quer": "wants",
    "queria": "wanted", "vai": "will", "vao": "will", "chegar": "arrive", "chega": "arrives",
    "sair": "come out", "sai": "comes out", "fez": "did", "pra": "for", "para": "for",
    "quantos por cento": "what percent", "por cento": "percent", "muito": "very",
    "alguma coisa": "something", "responder": "respond", "respondeu": "responded",
    "faz tempo": "long-standing", "tinha": "had", "ficou de fora": "was dropped",
    "chamou atencao": "caught the eye", "enviadas": "submitted", "enviada": "submitted",
    "enviado": "submitted", "enviados": "submitted", "acha": "thinks", "reverter": "reverse",
    "anuncio": "announcement", "certo": "right", "gratis": "free", "parametros": "parameters",
    "rival": "rival", "rivais": "rivals", "noticias": "news", "site": "site",
    "custa": "cost", "custou": "cost", "em dolar": "in dollars", "em dolares": "in dollars",
    "dolar": "dollar", "dolares": "dollars", "reais": "reais",
}  # fmt: skip
_SINGLISH = {
    "leh": "", "lah": "", "lor": "", "meh": "", "hor": "", "sia": "", "ah": "", "kena": "got",
    "liddat": "like that", "alamak": "", "can or not": "",
}  # fmt: skip
_SCOTS = {
    "whit": "what", "wis": "was", "mony": "many", "aff": "off", "oot": "out", "tae": "to",
    "guid": "good", "wee": "", "hae": "have", "wi": "with", "wan": "one", "no": "not", "aye": "",
    "ken": "know", "dinnae": "don't", "didnae": "didn't", "cannae": "can't", "isnae": "isn't",
    "wasnae": "wasn't", "doesnae": "doesn't", "hoo": "how", "aboot": "about", "awfy": "very",
    "craic": "news", "o": "of", "o'": "of", "an' aw": "too", "an aw": "too", "aw": "all", "ye": "you",
    "wha": "who", "whit wey": "why", "fae": "from", "frae": "from", "faw": "fall",
    "richt": "right", "drap": "drop", "drapt": "dropped", "wrang": "wrong",
    "afore": "before", "ower": "over", "ony": "any", "telt": "told", "tak": "take",
    "lang": "long", "nicht": "night", "ither": "other", "forbye": "besides", "yin": "one",
    "sair": "hard", "giein": "giving", "gie": "give", "gied": "gave", "pit": "put", "an": "and",
    "dae": "do", "daein": "doing", "thir": "their", "anaw": "too", "weel": "well", "fur": "for",
    "hiv": "have", "ain": "own", "alang": "along", "noo": "now", "doon": "down", "oor": "our",
    "efter": "after", "maist": "most", "intae": "into", "oan": "on", "ma": "my", "yon": "that",
    "pickit": "picked", "wouldnae": "wouldn't", "couldnae": "couldn't", "hasnae": "hasn't",
    "havnae": "haven't", "hivnae": "haven't", "willnae": "won't", "werenae": "weren't",
    "shouldnae": "shouldn't", "gonnae": "going to", "heid": "head", "heids": "heads", "nae": "no",
    "ah've": "i've", "ah'm": "i'm", "ah'd": "i'd", "ah'll": "i'll",
}  # fmt: skip
# Taglish: Tagalog's question words and particles, and the verbs and nouns of news. A borrowed
# English verb keeps Tagalog's prefix ("nag-test", "ni-release", "na-drop"): see _tagalog_verbs.
_TAGALOG = {
    "ano": "what", "anong": "what", "ano ang": "what is", "ano po ang": "what is", "sino": "who",
    "sinu": "who", "sinong": "who", "sino sino": "who", "sinu sinu": "who", "kailan": "when",
    "kelan": "when", "kilan": "when", "bakit": "why", "paano": "how", "pano": "how",
    "saan": "where", "ilan": "how many", "ilang": "how many", "magkano": "how much",
    "alin": "which", "aling": "which", "gaano": "how",
    "po": "", "ba": "", "yung": "the", "ang": "the", "ng": "of", "nang": "", "sa": "in", "na": "",
    "ni": "", "si": "", "ay": "", "daw": "", "raw": "", "lang": "", "talaga": "really",
    "naman": "", "pala": "", "kaya": "can", "diba": "right", "hala": "", "grabe": "", "eh": "",
    "uy": "", "mga": "", "din": "too", "rin": "too", "nga": "", "pa": "", "kasi": "because",
    "dun": "", "doon": "", "nila": "their", "niya": "his", "nya": "his", "yun": "that",
    "iyon": "that", "ito": "this", "nung": "on", "noong": "on", "para kanino": "for whom",
    "para sa": "for", "kanino": "whom", "bukod sa": "besides", "at": "and", "o": "or",
    "hindi": "not", "di": "not", "hinde": "not", "wala": "no", "may": "has", "meron": "has",
    "pinili": "chose", "piliin": "choose", "pumili": "chose", "nilabas": "released",
    "inilabas": "released", "ilalabas": "release", "nagsimula": "started", "simula": "since",
    "bumaba": "dropped", "bumagsak": "fell", "umakyat": "rose", "tumaas": "rose",
    "gumagamit": "use", "sabi": "said", "binanggit": "mentioned", "nangyari": "happened",
    "kapartner": "partner", "kinunsider": "considered", "presyo": "price", "kita": "revenue",
    "benta": "sales", "taon": "year", "bagong": "new", "bago": "before", "sarili": "own",
    "kompanya": "companies", "kumpanya": "companies", "porsyento": "percent",
    "kinabukasan": "the next day", "gabi": "evening", "gabing": "evening", "unang": "first",
    "una": "first", "mundo": "world", "kulang": "lacked", "tao": "people", "ngayon": "now",
    "nakaraang": "past", "nakarang": "past", "lumabas": "came out", "gumawa": "made",
    "ginawa": "made", "sumikat": "popular", "magaling": "good", "malaki": "big", "nag": "",
    "mag": "",
}  # fmt: skip
# Indonesian chat ("kenapa Apple gak lanjut sama DeepSeek?"): the question words, particles and
# the words of news; "berapa" after a noun asks which ("tahun berapa": which year). A word's
# "-nya" ("beritanya": the news) and a plural written "saham2": see _indonesian_words.
_INDONESIAN = {
    "apa": "what", "apakah": "", "siapa": "who", "siapa aja": "who", "siapa saja": "who",
    "kapan": "when", "kpn": "when", "berapa": "how much", "brp": "how much",
    "berapa banyak": "how many", "kenapa": "why", "knp": "why", "mengapa": "why",
    "gimana": "how", "gmn": "how", "bagaimana": "how", "yg mana": "which", "yang mana": "which",
    "mana": "which", "dimana": "where", "di mana": "where", "tahun berapa": "which year",
    "tanggal berapa": "which date", "tgl berapa": "which date", "versi berapa": "which version",
    "ios berapa": "which ios", "bulan apa": "which month", "buat apa": "for what",
    "untuk apa": "for what", "kok bisa": "how come", "apa sih": "what",
    "sih": "", "dong": "", "kah": "", "nih": "", "deh": "", "ya": "", "yah": "", "kak": "",
    "kok": "", "lho": "", "loh": "", "wkwk": "", "wkwkwk": "", "btw": "", "eh": "", "nya": "",
    "aja": "", "aj": "", "saja": "", "doang": "only", "kayaknya": "", "katanya": "reportedly",
    "bgt": "very", "banget": "very", "gak": "not", "ga": "not", "nggak": "not", "enggak": "not",
    "tidak": "not", "gk": "not", "tdk": "not", "blm": "not yet", "belum": "not yet",
    "udah": "already", "sudah": "already", "sdh": "already", "skrg": "now", "sekarang": "now",
    "jg": "also", "juga": "also", "ikut": "also", "ikt": "also", "sama": "with",
    "dengan": "with", "dgn": "with", "dan": "and", "atau": "or", "di": "in", "ke": "to",
    "dari": "from", "yg": "that", "yang": "that", "itu": "the", "ini": "this", "buat": "for",
    "untuk": "for", "utk": "for", "jadi": "as", "jd": "as", "pernah": "once", "dulu": "before",
    "dlu": "before", "akhirnya": "finally", "lagi": "again", "besoknya": "the next day",
    "tahun": "year", "setahun": "a year", "taun": "year", "terakhir": "past", "terakhr": "past",
    "dalam": "in", "dlm": "in", "selain": "besides", "slain": "besides", "bakal": "will",
    "akan": "will", "lewat": "through", "melalui": "through", "soal": "about",
    "tentang": "about", "masuk": "come", "punya": "has", "ada": "there are", "banyak": "many",
    "perusahaan": "company", "saham": "shares", "naik": "rose", "turun": "fell",
    "anjlok": "plunged", "harga": "cost", "persen": "percent", "persn": "percent",
    "pilih": "chose", "milih": "chose", "memilih": "chose", "dipilih": "chosen",
    "mitra": "partner", "partneran": "partnering", "kerja sama": "partner",
    "kerjasama": "partnership", "perusahaan mana": "which company", "rilis": "release", "diluncurin": "launched",
    "diluncurkan": "launched", "meluncurkan": "launched", "luncurin": "launch", "fitur": "features",
    "turunan": "derivative", "gagal": "failed", "lanjut": "continue", "alasan": "reason",
    "ditolak": "rejected", "jumlah": "number", "pengguna": "users", "penjualan": "sales",
    "pendapatan": "revenue", "sumber": "source", "berita": "news", "saingan": "rivals",
    "pesaing": "competitors", "ngaku": "acknowledged", "mengaku": "acknowledged",
    "konsep": "concept", "disetujui": "approved", "persetujuan": "approval",
    "pemerintah": "government", "mulai": "started", "nyobain": "testing", "nyoba": "testing",
    "mencoba": "testing", "baru": "only", "utama": "main", "utma": "main",
    "kandidat": "candidates", "dievaluasi": "evaluated", "tujuan": "aim", "naikin": "increase",
    "bikin": "make", "kepincut": "attracted", "tertarik": "attracted", "nasib": "fate",
    "kurang": "lacked", "orang": "people", "malam": "evening", "cepet": "fast",
    "ngebales": "responded", "membalas": "responded", "china raya": "greater china",
    "tiongkok": "china", "sepanjang": "in", "fiskal": "fiscal", "kuartal": "quarter",
    "keempat": "fourth", "ketiga": "third", "bulan": "month", "mei": "may",
    "februari": "february", "perusahaan apa": "which company", "gratis": "free",
    "bayar": "paid", "kerja": "work", "nasibnya": "fate", "performa": "performance",
    "unduhan": "downloads", "diunduh": "downloaded", "model ai": "ai models",
    "yg sama": "the same", "yang sama": "the same", "pas itu": "then", "waktu itu": "then",
    "tanggal": "on", "tgl": "on", "daerah": "region", "setaun": "a year", "kali": "times",
    "berapa kali": "how many times", "nama": "name", "pake": "use", "pakai": "use",
    "kalo": "if", "kalau": "if", "ngapain": "do what", "duit": "money", "uang": "money",
    "karyawan": "employees", "dilatih": "trained", "murah": "cheap",
}  # fmt: skip
# Jamaican Creole in English spelling ("A wah mek Apple cyaan keep up wid Baidu?"): "dem" after a
# noun makes it plural, "a" and "did" mark the time, "fi" is "to" or "for".
_JAMAICAN = {
    "a wah mek": "why", "wah mek": "why", "wha mek": "why", "a wah": "what", "wah": "what",
    "wha": "what", "weh": "which", "seh": "say", "mi hear seh": "reportedly", "fi": "to",
    "fi true": "really", "fi real": "really", "inna": "in", "ina": "in", "wid": "with",
    "dis": "this", "dat": "that", "di": "the", "dem": "", "cyaan": "can't", "caan": "can't",
    "neva": "never", "nuh": "not", "mek": "make", "tuh": "too", "pon": "on", "mi": "i",
    "a true": "", "bredda": "", "yow": "", "haffi": "have to", "afta": "after", "ting": "thing",
    "gwaan": "going on", "yuh": "you", "unu": "you", "nuff": "many", "likkle": "little",
    "deh": "there", "mash up": "hurt", "link up": "partnership", "a go": "will",
    "a try": "trying", "run up": "rose", "partna": "partner", "bout": "about", "cah": "because",
    "one time": "once", "a jus": "only", "wah gwaan": "hi", "yuh good": "how are you",
}  # fmt: skip
# Egyptian Arabic in Latin letters and digits (Arabizi: "3" for ع, "2" for ء, "5" for خ, "7" for
# ح): "leh Apple sabet Baidu?", "meen nashar el 5abar?", "el Seen" is China.
_ARABIZI = {
    "leh": "why", "ley": "why", "emta": "when", "imta": "when", "meen": "who", "min": "who",
    "kam": "how much", "ezay": "how", "ezzay": "how", "eh": "what", "eih": "what", "anhy": "which",
    "anhi": "which", "anhe": "which", "fein": "where", "men emta": "since when",
    "3emel eh": "did what", "3emlo eh": "did what", "wala eh": "or what", "wala lessa": "or not yet",
    "el": "the", "il": "the", "fel": "in the", "fil": "in the", "f": "in", "fe": "in", "fi": "in",
    "lel": "to the", "l": "to", "w": "and", "wala": "or", "bta3": "of", "beta3": "of",
    "bta3et": "of", "elly": "that", "illi": "that", "da": "this", "di": "this", "dah": "this",
    "men": "from", "mn": "from", "ma3a": "with", "ma3": "with", "ma3ahom": "with them", "ba3d": "after",
    "abl": "before", "gher": "besides", "3an": "about", "3ala": "on",
    "3ashan": "because", "3ashan keda": "because of that", "ya3ni": "", "tab": "", "wallahi": "",
    "yaani": "", "asln": "originally", "aslan": "originally", "belzabt": "exactly",
    "howa": "", "heya": "", "hya": "", "lessa": "not yet", "mafeesh": "no", "mesh": "not",
    "msh": "not", "ka": "as", "seen": "china", "el seen": "china", "sini": "chinese",
    "siniya": "chinese", "e5tarit": "chose", "e5tar": "chose", "ekhtarit": "chose",
    "nazzelet": "released", "nazel": "released", "hatenzel": "will come", "tenzel": "come",
    "nezlet": "fell", "nezl": "fell", "nizil": "fell", "tele3": "rose", "tel3et": "rose",
    "tal3et": "launched", "ta3la": "rose", "yom": "day", "tany yom": "the next day",
    "el yom el tany": "the next day", "sana": "year", "sanet": "year", "sanet kam": "which year",
    "el nesba": "the percentage", "nesba": "percentage", "fel mya": "percent", "mya": "percent",
    "etkalem": "talked", "el mabee3at": "sales", "mabee3at": "sales", "mabe3at": "sales",
    "mabe3etha": "its sales", "3agab": "attracted", "kanet": "was", "kan": "was",
    "bet-garrab": "testing", "bitgarrab": "testing", "garrabet": "tested", "el moshkela": "the problem",
    "moshkela": "problem", "5alet": "made", "matkamelsh": "not continue", "sahm": "stock",
    "as-hom": "shares", "ashom": "shares", "sahmaha": "its stock", "3ayza": "wants",
    "3ayez": "wants", "twsal": "reach", "a3da2": "rivals", "men zaman": "for a long time",
    "nashar": "published", "el 5abar": "the news", "5abar": "news", "el mawdoo3": "the matter",
    "et-wafe2 3aleih": "approved", "etwafe2": "approved", "sherkat": "companies",
    "sherka": "company", "shreka": "companies", "tanya": "other", "bassetlaha": "looked at",
    "bey-daye2o": "compete with", "wa2fa": "stagnant", "bteste5dm": "use", "beyesta5dem": "use",
    "3amalo": "made", "3amalet": "made", "fih": "has", "fiha": "has", "kwayes": "good",
    "el e3lan": "the announcement", "e3lan": "announcement", "ra2yo": "his opinion",
    "sabet": "left", "dafa3et": "paid", "dafa3": "paid", "felous": "money", "floos": "money",
    "masr": "egypt", "wezara": "ministry", "mwafa2a": "approval", "ra2ees": "head",
    "rafadet": "refused", "rafad": "refused", "we2e3": "signed", "nezel": "fell",
    "sabetha": "left it", "biha": "", "bokra": "tomorrow", "embare7": "yesterday",
}  # fmt: skip
# Persian in Latin letters (Finglish: "chera Apple DeepSeek ro kenar gozasht?"). The verb comes
# last and is often a noun with "kard" (did) or "shod" (became) after it: "elam kard", announced;
# the noun is kept, the "kard" dropped. "ro" marks the object and says nothing here. The "-e" or
# "-ye" that ties a noun to the next ("saham-e Alibaba", Alibaba's shares) and the plural "-ha":
# see _persian_endings.
_PERSIAN = {
    "chera": "why", "cheraa": "why", "baraye chi": "why", "key": "when", "kei": "when",
    "che moghe": "when", "che zamani": "when", "az key": "since when", "az kei": "since when",
    "ki": "who", "kia": "who", "ki-ha": "who", "chi": "what", "che": "what", "chie": "what is",
    "chi-e": "what is", "chi bood": "what was", "chi shod": "what happened",
    "che etefaghi oftad": "what happened", "dige chi": "what else", "chand": "how many",
    "chand ta": "how many", "chanta": "how many", "cheghadr": "how much", "cheghad": "how much",
    "cheqadr": "how much", "chand darsad": "what percent", "koja": "where", "az koja": "where from",
    "kodoom": "which", "kodum": "which", "kodom": "which", "kodam": "which", "chetor": "how",
    "chetori": "how", "chejoori": "how", "che sali": "which year", "che tarikhi": "which date",
    "che mahi": "which month", "che roozi": "which day", "aya": "", "ro": "", "ra": "",
    "baraye": "for", "bara": "for", "too": "in", "tu": "in", "dar": "in", "az": "from",
    "be": "to", "va": "and", "o": "and", "ke": "that", "inke": "that", "ham": "also",
    "hamin": "this", "oon": "that", "un": "that", "yek": "a", "ba": "with", "baa": "with", "ast": "is",
    "hast": "is", "hastan": "are", "hastand": "are", "bood": "was", "boodan": "were",
    "nabood": "was not", "nist": "is not", "shod": "", "shode": "", "shodan": "", "shodeh": "",
    "kard": "", "kardan": "", "kardand": "", "karde": "", "kardeh": "", "mikone": "",
    "mikonan": "", "mikonand": "", "mikonad": "", "mishe": "", "mishan": "", "nashe": "not",
    "dare": "has", "darad": "has", "daran": "have", "dasht": "had", "dashtan": "had",
    "nadasht": "lacked", "nadashtan": "lacked", "hanooz": "still", "hanuz": "still",
    "alan": "now", "hala": "now", "ghablan": "previously", "ghabl az": "before", "ghabl": "before",
    "baad az": "after", "baad": "after", "ba'd": "after", "dige": "other", "faghat": "only",
    "dorost": "true", "dorost-e": "right", "dorosteh": "right", "shenidam": "i heard",
    "migan": "reportedly", "mige": "says", "goft": "said", "gofte": "said", "goftan": "said",
    "sherkat": "company", "sherkat-ha": "companies", "sherkatha": "companies",
    "sherkat-haee": "companies", "gooshi": "phone", "gushi": "phone", "saham": "shares",
    "sahm": "stock", "boors": "stock market", "foroosh": "sales", "forush": "sales",
    "daramad": "revenue", "darsad": "percent", "sal": "year", "mah": "month", "rooz": "day",
    "ruz": "day", "rooz-e baad": "the next day", "farda-ye oon rooz": "the next day",
    "shab": "evening", "hamoon shab": "that evening", "hamun shab": "that evening",
    "hamoon rooz": "the same day", "saat": "hours", "seh-mahe": "quarter", "fasl": "quarter",
    "avval": "first", "dovvom": "second", "sevvom": "third", "chaharom": "fourth",
    "khabar": "news", "akhbar": "news", "resane": "media outlet", "gozaresh": "report",
    "gozaresh kard": "reported", "manba": "source", "manabe": "sources", "hamkari": "partnership",
    "hamkar": "partner", "sharik": "partner", "sherik": "partner", "gharardad": "deal",
    "niroo": "staff", "niru": "staff", "kahesh": "cut", "afzayesh": "rise", "raft bala": "rose",
    "bala raft": "rose", "bala": "up", "oftad": "fell", "paein": "down", "payin": "down",
    "hazine": "cost", "hazineh": "cost", "gheymat": "price", "ghimat": "price", "pool": "money",
    "mide": "pays", "estefade": "use", "estefadeh": "use", "mojavez": "approval",
    "taeed": "approval", "tayid": "approval", "taeed shode": "approved", "barresi": "evaluated",
    "entekhab": "chose", "moarefi": "unveiled", "elam": "announced", "sakht": "made",
    "sakhtan": "made", "jazb": "attracted", "hadaf": "aim", "mikhad": "wants",
    "mikhast": "wanted", "bargardoone": "reverse", "sakhti": "pressure", "mikeshe": "",
    "moshkel": "problem", "moshkelat": "problems", "reghabat": "competition", "reghib": "rival",
    "reghba": "rivals", "karbar": "user", "karbara": "users", "karbaran": "users", "miad": "come",
    "miyad": "come", "oomad": "came", "amad": "came", "edame": "continue", "nakard": "not",
    "edame nadasht": "did not continue", "edame peyda nakard": "did not continue",
    "peyda": "", "kenar gozasht": "dropped", "kenar gozashtan": "dropped",
    "kenar gozashte": "dropped", "gardan gereft": "acknowledged", "ghabool kard": "acknowledged",
    "sood": "gained", "zarar": "lost", "vaziat": "status", "kar mikone": "works",
    "kar mikonan": "work", "kar mikard": "worked", "kar kard": "worked", "kar nakard": "not work",
    "chin": "china", "chini": "chinese", "amrika": "america", "emrika": "america", "amrikaei": "american",
    "jadid": "new", "esm": "name", "dalil": "reason", "agar": "if", "safar": "trip",
    "tool keshid": "lasted", "baste": "signed", "rah-andazi": "launched", "avval shod": "ranked first",
    "moghayese": "compared", "tedad": "number", "mohandes": "engineer", "salam": "hi",
    "lotfan": "please", "merci": "", "mamnoon": "thanks", "dadash": "", "agha": "",
    "khanoom": "", "khoobi": "how are you", "che khabar": "what's up", "emrooz": "today",
    "dirooz": "yesterday", "mey": "may",
}  # fmt: skip
# Bengali in Latin letters (Banglish: "DeepSeek ke keno bad dilo Apple?"): "er" after a name is
# its "'s", "ta", "ti" and "gula" the noun's "the", and a borrowed English verb takes "kora" or
# "korse" (did) after it ("unveil korse"), which is dropped. "ke" (who, or the object's marker)
# and "ki" (what, or the mark of a yes-or-no question): see _bengali_question_words.
_BENGALI = {
    "keno": "why", "kano": "why", "kno": "why", "kobe": "when", "kokhon": "when",
    "kara": "who", "koto": "how much", "kto": "how much", "koto gula": "how many",
    "kotogula": "how many", "koyta": "how many", "koy ta": "how many", "kothay": "where",
    "kothai": "where", "kothay theke": "where from", "kon": "which", "konta": "which",
    "konti": "which", "kon shal": "which year", "kon sal": "which year",
    "kon bochor": "which year", "kon tarikh": "which date", "kon mash": "which month",
    "kivabe": "how", "kibhabe": "how", "kemne": "how", "kake": "whom", "ki holo": "what happened",
    "ki hoyeche": "what happened", "ki hoise": "what happened",
    "er": "'s", "ta": "", "ti": "", "gula": "", "gulo": "", "der": "", "te": "in", "e": "",
    "theke": "from", "thke": "from", "shathe": "with", "sathe": "with", "songe": "with",
    "jonno": "for", "jonyo": "for", "jnno": "for", "ar": "and", "ebong": "and", "o": "also",
    "ba": "or", "na": "na", "naki": "", "nai": "not", "nei": "not", "hoy": "is",
    "hoyeche": "", "hoyechilo": "was", "hoise": "", "hoyse": "", "hoisilo": "", "hobe": "will",
    "chilo": "was", "chhilo": "was", "ache": "has", "ase": "has", "achhe": "has", "kore": "",
    "korse": "", "korche": "", "koreche": "", "korlo": "", "korbe": "will", "korte": "",
    "kora": "", "korechilo": "", "kortese": "", "korteche": "", "ei": "this", "oi": "that",
    "sei": "that", "eta": "this", "ota": "that", "din": "day", "raat": "night",
    "raate": "evening", "shondha": "evening", "sondhay": "evening", "porer din": "the next day",
    "age": "before", "aage": "before", "agei": "earlier", "ager": "previous", "pore": "after",
    "por": "after", "shal": "year", "bochor": "year", "bochhor": "year", "mash": "month",
    "mas": "month", "tarikh": "date", "taka": "money", "daam": "price", "dam": "price",
    "khoroch": "cost", "kome": "dropped", "komse": "dropped", "komeche": "dropped",
    "kome gese": "dropped", "kome geche": "dropped", "bere": "rose", "bereche": "rose",
    "bere gese": "rose", "bere geche": "rose", "barse": "rose", "bareche": "rose",
    "barlo": "rose", "uthse": "rose", "utheche": "rose", "uthlo": "rose", "porse": "fell",
    "poreche": "fell", "nilo": "chose", "niyeche": "chose", "nise": "chose",
    "beche nilo": "chose", "bechhe nilo": "chose", "bad dilo": "dropped",
    "baad dilo": "dropped", "bad dise": "dropped", "chere dilo": "dropped",
    "chhere dilo": "dropped", "bolse": "said", "boleche": "said", "bollo": "said",
    "bole": "says", "khobor": "news", "khabor": "news", "sher": "shares", "sheyar": "shares",
    "banano": "made", "baniyeche": "made", "banaise": "made", "shuru": "started",
    "suru": "started", "tiklo": "last", "tikeni": "did not last", "jinish": "thing",
    "chokhe porlo": "attracted", "pochondo": "liked", "chay": "wants", "chai": "want",
    "chacche": "wants", "ashlo": "came", "esheche": "came", "asbe": "will come",
    "ashbe": "will come", "pabe": "get", "paben": "get", "pabo": "get", "thik": "correct",
    "vul": "wrong", "bhul": "wrong", "thik na vul": "right", "shotti": "true", "sotti": "true",
    "manush": "people", "lok": "people", "bhai": "", "vai": "", "apu": "", "dada": "",
    "apni": "", "tumi": "", "amake": "", "bolo": "tell", "bolen": "tell", "bolben": "tell",
    "janen": "know", "jano": "know", "ektu": "", "desh": "country", "chine": "in china",
    "amerika": "america", "kompani": "company", "bikri": "sales", "bikroy": "sales", "aay": "revenue",
    "laabh": "profit", "protijogi": "competitors", "protidwondi": "rivals",
    "onumodon": "approval", "onumoti": "approval", "onumodito": "approved", "joma": "submitted",
    "karon": "reason", "karone": "because", "somossa": "problem", "shomossha": "problem",
    "dhire": "slow", "dhir": "slow", "kaj": "work", "kaaj": "work", "lokbol": "staff",
    "kormi": "staff", "porjapto": "enough", "jotheshto": "enough", "kom": "few",
    "beshi": "more", "shob": "all", "sob": "all", "prothom": "first", "ditiyo": "second",
    "ekhon": "now", "ekhono": "still", "akhono": "still", "kintu": "but", "tai": "so",
    "jodi": "if", "hoye": "", "thakay": "lacking", "na thakay": "lacking", "ber": "launched",
    "valo": "good", "bhalo": "good", "moto": "like", "dicche": "pays", "dibe": "pay",
    "amader": "our", "aj": "today", "kal": "yesterday", "lagse": "took", "holo": "happened",
    "kemon achen": "how are you", "naam": "name", "nam": "name", "ki": "ki", "ke": "ke",
    "ke ke": "ke ke",
}  # fmt: skip
# Tamil in Latin letters (Tanglish: "DeepSeek ah yen Apple kai vittuchu?"): the verb comes last,
# a borrowed English verb takes "panna" or "pannuchu" (do, did) after it ("test panna", which is
# dropped); "oda" after a name is its "'s", "la" its "in", "ku" its "to", "kooda" its "with";
# "aa" last marks a yes-or-no question, and "da", "pa", "ma" only say who is spoken to.
_TAMIL = {
    "enna": "what", "ennaa": "what", "yenna": "what", "enna aachu": "what happened",
    "ennachu": "what happened", "enna achu": "what happened", "yaaru": "who", "yaru": "who",
    "yaar": "who", "yaarellam": "who", "yaaru yaaru": "who", "eppo": "when", "eppodhu": "when",
    "epo": "when", "eppadi": "how", "epdi": "how", "evlo": "how much", "evvalavu": "how much",
    "evalavu": "how much", "ethana": "how many", "ethanai": "how many", "yen": "why",
    "en": "why", "edhukku": "why", "ethukku": "why", "enga": "where", "engey": "where",
    "endha": "which", "entha": "which", "yendha": "which", "enna type": "what kind",
    "da": "", "di": "", "pa": "", "ma": "", "aa": "", "ah": "", "nu": "", "la": "in",
    "le": "in", "ku": "to", "kku": "to", "oda": "'s", "ooda": "'s", "kooda": "with",
    "kuda": "with", "kitta": "from", "illa": "not", "illai": "not", "illaya": "right",
    "innum": "still", "ellam": "all", "um": "also", "panna": "", "pannadhu": "", "pannuchu": "",
    "pannirukku": "", "pannaanga": "", "panraanga": "", "pannuvaanga": "", "panradhula": "in",
    "panradhu": "", "pannitanga": "", "aachu": "", "achu": "", "aagala": "did not",
    "aagalai": "did not", "irukku": "has", "iruku": "has", "irundhuchu": "was",
    "irundhucha": "was", "irundhadhu": "was", "sonnaru": "said", "sonnanga": "said",
    "sonnadhu": "said", "sonna": "said", "solluchu": "said", "kedachuducha": "got",
    "kedachuchu": "got", "kedaichudhu": "got", "vittuchu": "left", "vittutanga": "left",
    "kai vittuchu": "dropped", "kai vittutanga": "dropped", "pidichuchu": "liked",
    "pudichuchu": "liked", "serndhadhu": "partnered", "serndhu": "together",
    "korainjuchu": "dropped", "koranjuchu": "dropped", "kuranjuchu": "dropped",
    "kuraiyaradhukku": "decline", "kuraiyudhu": "declining", "eruchu": "rose",
    "erichu": "rose", "yeruchu": "rose", "yerichu": "rose", "thaandiducha": "exceeded",
    "thaandiduchu": "exceeded", "kaaranam": "reason", "karanam": "reason", "modhalla": "first",
    "mudhalla": "first", "kadaisiya": "finally", "apram": "after", "aprom": "after",
    "appuram": "after", "munnadi": "before", "adutha naal": "the next day", "adutha": "next",
    "naal": "day", "varusham": "year", "varushama": "years", "maasam": "month",
    "thedhi": "date", "neram": "time", "saayangalam": "evening", "raathiri": "night",
    "vilai": "price", "kaasu": "money", "panam": "money", "pudhu": "new",
    "mattum": "only", "romba": "very", "vera": "other", "intha": "this", "indha": "this",
    "antha": "that", "andha": "that", "ippo": "now", "ipo": "now", "sollunga": "tell",
    "sollu": "tell", "theriyuma": "", "machan": "", "machi": "", "anna": "", "thambi": "",
    "vanakkam": "hi", "nandri": "thanks",
}  # fmt: skip
# Haitian Creole ("Poukisa Apple te lage DeepSeek?"): "te" marks the past and "ap" what is
# going on, "yo" after a noun its plural, "la" or "a" after it its "the"; "èske" marks a
# yes-or-no question; "ki" ties a question word to its verb ("kiyès ki te bay nouvèl la").
_HAITIAN = {
    "kisa": "what", "kisa ki": "what", "ki sa": "what", "kiyes": "who", "kiyes ki": "who",
    "kiles": "which", "ki moun": "who", "poukisa": "why", "pouki": "why", "kile": "when",
    "konbyen": "how much", "konbyen pousan": "what percent", "kijan": "how", "ki jan": "how",
    "kouman": "how", "kote": "where", "ki konpayi": "which company", "ki vesyon": "which version",
    "ki telefon": "which phone", "ki medya": "which media outlet", "ki premye": "which first",
    "ki fe": "what made", "ki": "", "eske": "", "te": "", "t": "", "ap": "", "pral": "will",
    "yo": "", "la": "", "a": "", "an": "", "sa a": "this", "sa": "this", "pa": "not",
    "pa t": "did not", "pat": "did not", "nan": "in", "ak": "with", "avek": "with",
    "pou": "for", "de": "of", "sou": "about", "apre": "after", "anvan": "before",
    "deja": "already", "toujou": "still", "anko": "again", "tou": "also", "menm": "even",
    "lot": "other", "premye": "first", "denye": "last", "jou": "day", "jou apre": "the next day",
    "ane": "year", "lane": "year", "ane pase": "the past year", "mwa": "month", "me": "may",
    "fevriye": "february", "chin": "china", "chinwa": "chinese", "ozetazini": "in the us",
    "etazini": "the us", "meriken": "american", "konpayi": "company", "antrepriz": "enterprises",
    "aksyon": "shares", "pri": "price", "monte": "rose", "desann": "fell", "desan": "dropped",
    "bese": "dropped", "lanse": "launched", "chwazi": "chose", "lage": "dropped",
    "kite": "left", "travay": "work", "patne": "partner", "kolaborasyon": "collaboration",
    "kontinye": "continue", "nouvel": "news", "medya": "media outlet", "bay nouvel": "reported",
    "di": "said", "mank": "lack", "moun": "people", "ase": "enough", "benefis": "gains",
    "apwobasyon": "approval", "soumet": "submitted", "fonksyon": "features",
    "vesyon": "version", "telefon": "phone", "montre": "unveiled", "vann": "sell",
    "itilize": "use", "itilizate": "users", "konkirans": "competition", "mak": "brands",
    "lokal": "domestic", "pousan": "percent", "model": "models", "vle": "want", "fe": "",
    "gen": "has", "genyen": "has", "bezwen": "need", "plis": "more", "mwens": "less",
    "gwo": "major", "pi bon": "best", "mond": "world", "konpare": "compare", "depi": "since",
    "lontan": "long", "depi lontan": "long-standing", "finalman": "finally",
    "tonbe sou": "attracted by", "rezon": "reason", "paske": "because", "poutet": "because",
    "mal": "wrong", "bonjou": "hi", "mesi": "thanks", "sak pase": "hi", "anons": "announcement", "jwenn": "get", "nouvo": "new",
    "lan": "",
}  # fmt: skip
# Korean in Latin letters ("Apple eun China AI partner ro nugu-reul seontaek haesseoyo?"): the
# verb comes last, a noun's particle follows it, by a space or a hyphen or glued on ("eun",
# "reul", "eseo": dropped, see _korean_particles); a borrowed noun or verb takes "haesseoyo"
# (did) after it ("balpyo haesseoyo": announced), which is dropped; "-yo", "-yeyo" end a
# polite sentence.
_KOREAN = {
    "mwo": "what", "mwoya": "what", "mwoyeyo": "what", "mwoeyo": "what", "mwoyeosseoyo": "what",
    "mwoyeosseo": "what", "mueot": "what", "mueosin": "what", "mwonde": "what", "mwo rago": "what",
    "wae": "why", "waeyo": "why", "eonje": "when", "eonjeyo": "when", "eonjebuteo": "since when",
    "nugu": "who", "nuga": "who", "nugureul": "who", "nuguya": "who", "nuguyeyo": "who",
    "nugueyo": "who", "eolma": "how much", "eolmana": "how much", "eolmayo": "how much",
    "myeot": "how many", "myeot peosenteu": "what percent", "myeot gae": "how many",
    "myeot nyeon": "which year", "myeot wol": "which month", "myeot il": "which day",
    "eotteoke": "how", "eottoke": "how", "eotteokke": "how", "eottae": "how", "eottaeyo": "how",
    "eottaesseoyo": "how", "eodi": "where", "eodiseo": "where", "eotteon": "which",
    "eoneu": "which", "museun": "what",
    # (the particles: topic, subject, object, place, direction, "with", "also", "of")
    "eun": "", "neun": "", "i": "", "ga": "", "eul": "", "reul": "", "lul": "", "rul": "",
    "e": "in", "eseo": "in", "eseoneun": "in", "eneun": "in", "ro": "", "euro": "",
    "rang": "with", "irang": "with", "hago": "with", "wa": "with", "gwa": "with", "do": "also",
    "ui": "'s", "ege": "to", "hante": "to", "buteo": "since", "kkaji": "until", "deul": "",
    "jung": "", "ge": "", "geo": "", "geot": "", "gae": "",
    # (...written after a hyphen: "nugu-reul", "Alibaba-ro", "jusik-eun")
    "-eun": "", "-neun": "", "-i": "", "-ga": "", "-eul": "", "-reul": "", "-e": " in",
    "-eseo": " in", "-ro": "", "-euro": "", "-do": " also", "-ui": "'s", "-yo": "", "-yeyo": "",
    "-ieyo": "", "-iyeyo": "", "-eyo": "", "-ya": "", "-iya": "", "-sseoyo": "",
    "deuldo": "also", "deureun": "", "yeosseoyo": "was", "ieosseoyo": "was", "yeotda": "was",
    "yeosseo": "was", "ieotda": "was", "e daehae": "about", "daehae": "about",
    "e daehan": "about", "daehan": "about", "myeot myeong": "how many people",
    "myeong": "people", "allyeo": "tell", "himdeulda": "struggling", "boda": "than",
    "myeot beojeon": "which version", "mankeum": "as good as",
    # (the endings that only say a sentence is done, or polite)
    "yo": "", "yeyo": "", "ieyo": "", "iyeyo": "", "eyo": "", "ya": "", "iya": "", "ida": "",
    "imnida": "", "sseoyo": "", "geoyeyo": "", "geoya": "", "geongayo": "", "ingayo": "",
    "nayo": "", "ji": "", "jiyo": "", "juseyo": "", "jom": "", "hae": "", "haeyo": "",
    "haesseoyo": "", "haesseo": "", "haetda": "", "haenna": "", "haennayo": "", "han": "",
    "hal": "", "hagi": "", "haneun": "", "hasyeosseoyo": "", "hamnida": "", "doeosseoyo": "",
    "dwaesseoyo": "", "dwaeyo": "", "doen": "", "dwaenna": "", "isseoyo": "", "itda": "",
    "inna": "", "innayo": "", "rago": "", "dago": "", "ratdago": "", "deoni": "",
    "geurae": "", "geureom": "so", "geunde": "", "geuraeseo": "so", "aigoo": "", "aigo": "",
    "daebak": "", "jinjja": "", "heol": "", "kkk": "", "kkkk": "", "ppalli": "",
    "annyeong": "hi", "annyeonghaseyo": "hi", "gomawoyo": "thanks", "gamsahamnida": "thanks",
    # (the words of news of this kind)
    "seontaek": "chose", "seontaekhaesseoyo": "chose", "golla": "chose", "goreun": "chose",
    "gollasseoyo": "chose", "balpyo": "announced", "balpyohan": "announced", "gonggae": "unveiled",
    "chulsi": "launched", "chulsihan": "launched", "naomyeo": "come out", "naoneun": "come out",
    "nawayo": "come out", "naondago": "come out", "naol": "come out", "deureowayo": "come",
    "deureooneun": "come", "ppaen": "dropped", "ppaetda": "dropped", "ppaesseoyo": "dropped",
    "tallak": "dropped", "kkeunnan": "ended", "kkeutnasseoyo": "ended", "kkeunko": "ended",
    "gyesok": "continue", "mot": "not", "an": "not", "ani": "not", "animyeon": "or",
    "sijak": "started", "mandeureojyeosseoyo": "made", "mandeun": "made", "mandeureosseoyo": "made",
    "mandeureojin": "made", "tteoreojyeosseoyo": "fell", "tteoreojin": "fell",
    "tteoreojeosseoyo": "fell", "gamso": "fell", "hallak": "fell", "naeryeosseoyo": "fell",
    "ollasseoyo": "rose", "ollatda": "rose", "ollatdago": "rose", "oreun": "rose", "olla": "rose",
    "sangseung": "rose", "jeungga": "rose", "geupdeung": "surged", "injeong": "admitted",
    "malhaesseoyo": "said", "malhaetda": "said", "malhan": "said", "malhaesseo": "said",
    "bodo": "reported", "bodohan": "reported", "seungin": "approval", "bada": "received",
    "badayo": "get", "badasseoyo": "received", "badeul": "get", "gidarineun": "waiting",
    "gidaryeoyo": "waiting", "jechul": "submitted", "son jabeun": "partnered",
    "son jabatda": "partnered", "son jabasseoyo": "partnered", "gan": "went", "gasseoyo": "went",
    "gomin": "considered", "geomto": "considered", "sayong": "use", "sayonghaneun": "use",
    "teseuteu": "test", "pallineun": "selling", "pallyeo": "sold",
    "panmae": "sales", "juneun": "pays", "jun": "paid", "tuip": "put",
    # (its nouns)
    "iyu": "reason", "iyuga": "reason", "wonin": "cause", "ttaemun": "because of",
    "ttaemune": "because of", "ttaemuneyo": "because of", "jungguk": "china",
    "junggugin": "chinese", "junggugeseo": "in china", "migook": "us", "miguk": "us",
    "hanguk": "korea", "hoesa": "company", "gieop": "enterprises", "saram": "people",
    "buljok": "lack", "gibanuro": "based on", "giban": "based", "pasaeng": "derivative",
    "gineung": "features", "ajik": "still", "imi": "already", "jusik": "shares",
    "jusikdo": "shares also", "juga": "stock price", "nal": "day", "daeum nal": "the next day",
    "geu daeum nal": "the next day", "danginal": "the same day", "gateun nal": "the same day",
    "jeonyeok": "evening", "bam": "night", "gyeongjaengja": "competitors",
    "gyeongjaeng": "competition", "gachi": "too", "peosenteu": "percent", "peuro": "percent",
    "da": "all", "modu": "all", "gyeolguk": "ultimately", "majimageuro": "finally",
    "ireum": "name", "ireumi": "name", "hubo": "candidates", "seongjeok": "performance",
    "seongneung": "performance", "su": "number", "bungi": "quarter", "gamsoyul": "decline",
    "hyeomnyeok": "cooperation", "mokjeok": "purpose", "silryeok": "capabilities",
    "sillyeok": "capabilities", "cheoeum": "first", "cheoeume": "first", "beojeon": "version",
    "nyeon": "year", "wol": "month", "don": "money", "gagyeok": "price", "sayongja": "users",
    "sinje": "new", "saeroun": "new", "gaebalja": "developers", "maechul": "revenue",
    "sueik": "revenue", "panmaeryang": "sales", "eonron": "media outlet", "gisa": "article",
    "nyuseu": "news", "sosik": "news", "jeongbu": "government", "gyujeong": "regulations",
    "jiyeok": "region", "sijang": "market", "choego": "best",
    "segye": "world", "jeonghwakhi": "exactly", "jikjeop": "directly", "yeojeonhi": "still",
    "jigeum": "now", "oneul": "today", "hu": "after", "hue": "after", "jeon": "before",
    "ije": "now", "tto": "again", "deo": "more", "jeil": "most", "geu": "that", "igeo": "this",
    "geugeo": "that", "geogi": "there", "geogiseo": "there", "yeogi": "here",
}  # fmt: skip


def _inflected(english: str, stem: str, endings: str) -> dict[str, str]:
    """A word's forms, its stem with each ending ("" and "_" for none), all read as one
    English word."""
    return {stem + ending.strip("_"): english for ending in endings.split()}


# Russian in Latin letters ("Pochemu Apple otkazalas ot DeepSeek?"), however it is spelt ("y" or
# "j" for "й", "'" or nothing for "ь"): a noun's and an adjective's endings change with their
# place in the sentence and a past verb's with its subject, so each is given with its forms.
_RUSSIAN = {
    "kto": "who", "s kem": "with whom", "chto": "what", "chto za": "what", "chem": "what",
    "kogda": "when", "s kakogo goda": "since which year", "s kakih por": "since when",
    "pochemu": "why", "zachem": "why", "otchego": "why", "skolko": "how much",
    "skol'ko": "how much", "na skolko": "by how much", "na skol'ko": "by how much",
    "kak": "how", "gde": "where", "otkuda": "where from", "kakoy": "which", "kakoj": "which",
    "kakaya": "which", "kakoe": "which", "kakie": "which", "kakih": "which", "kakuyu": "which",
    "kakom": "which", "kakoi": "which", "kakogo": "which", "kakim": "which", "chey": "whose",
    "li": "", "ili": "or", "ili net": "or not", "i": "and", "a": "", "ne": "not",
    "net": "no", "da": "yes", "v": "in", "vo": "in", "na": "on", "s": "with", "so": "with",
    "k": "to", "ko": "to", "ot": "from", "iz": "from", "posle": "after", "pered": "before",
    "do": "before", "dlya": "for", "pro": "about", "ob": "about", "o": "about", "po": "by",
    "za": "for", "u": "", "bez": "without", "mezhdu": "between", "tozhe": "too",
    "takzhe": "also", "eshche": "still", "eshe": "still", "uzhe": "already", "seychas": "now",
    "sejchas": "now", "teper": "now", "teper'": "now", "ranshe": "earlier", "ran'she": "earlier",
    "ranee": "earlier", "snachala": "first", "potom": "then", "v itoge": "ultimately",
    "v konce": "ultimately", "v konce kontsov": "ultimately", "nakonec": "finally",
    "tochno": "exactly", "imenno": "exactly", "pravda": "really", "vsyo": "all", "vse": "all",
    "tolko": "only", "tol'ko": "only", "ochen": "very", "bolshe": "more", "men'she": "less",
    "menshe": "less", "luchshe": "better", "luchshe chem": "better than", "samyy": "most",
    "eto": "this", "etot": "this", "eta": "this", "eti": "these", "etoy": "this",
    "etogo": "this", "etom": "this", "etu": "this", "ob etom": "about this",
    "tot": "that", "tom": "that", "tem": "that", "oni": "they",
    "ona": "it", "ego": "its", "ee": "its", "ih": "their", "nih": "them", "nego": "it",
    "nu": "", "blin": "", "koroche": "", "slushay": "", "slushaj": "", "vot": "", "tipa": "",
    "voobshche": "", "voobshe": "", "kstati": "", "ladno": "", "ugu": "", "privet": "hi",
    "spasibo": "thanks", "pozhaluysta": "please", "skazhi": "tell", "podskazhi": "tell",
    "byl": "was", "byla": "was", "bylo": "was", "byli": "were", "budet": "will",
    "budut": "will", "est": "is", "est'": "is", "yavlyaetsya": "is",
    "ne stala": "did not", "ne stal": "did not", "ne stali": "did not",
    "otkazalas": "dropped", "otkazalas'": "dropped", "otkazalsya": "dropped",
    "otkazalis": "dropped", "slili": "dropped", "slila": "dropped", "brosila": "dropped",
    "brosili": "dropped", "kinula": "dropped", "vyros": "rose", "vyrosla": "rose",
    "vyroslo": "rose", "vyrosli": "rose", "rosli": "rose", "rosla": "rose", "ros": "rose",
    "podnyalis": "rose", "podnyalas": "rose", "poshli vverh": "went up", "vverh": "up",
    "v plyuse": "up", "vniz": "down", "v minuse": "down", "pridet": "will come",
    "pridyot": "will come", "poyavitsya": "will come", "vyydet": "will come out",
    "vyjdet": "will come out", "stoit": "costs", "stoil": "cost", "stoila": "cost",
    "hochet": "wants", "hoteli": "wanted", "hotela": "wanted", "poluchit": "get",
    "poluchit'": "get", "ispolzuyut": "use", "ispol'zuyut": "use", "predlagaet": "offers",
    "rabotat": "work", "rabotat'": "work", "sotrudnichat": "collaborate", "naklepali": "made",
    "zacepila": "attracted", "zacepil": "attracted", "privlekla": "attracted",
    "gonyaet": "runs", "delal": "did", "delala": "did", "delali": "did",
    "na baze": "based on", "na osnove": "based on", "v plane": "in terms of",
    "na sleduyushchiy den": "on the next day", "na sleduyushchiy den'": "on the next day",
    "sleduyushchiy": "next", "sleduyushchem": "next", "v tot zhe vecher": "that same evening",
    "v tot zhe den": "the same day", "vecherom": "in the evening", "vecher": "evening",
    "malo": "few", "mnogo": "many", "medlenno": "slowly", "bystro": "quickly",
    "kitay": "china", "kitae": "china", "kitaya": "china", "kitayu": "china", "ssha": "us",
    "rossii": "russia", "rossiya": "russia", "gonkong": "hong kong", "gonkonge": "hong kong",
    "data": "date", "den": "day", "den'": "day", "dnya": "day", "god": "year", "goda": "year",
    "godu": "year", "let": "years", "mesyac": "month", "mesyats": "month", "kvartal": "quarter",
    "kvartale": "quarter", "kvartala": "quarter", "chetvertom": "fourth", "chetvertyy": "fourth",
    "tretem": "third", "procent": "percent", "procentov": "percent", "procenta": "percent",
    "protsent": "percent", "protsentov": "percent", "otvet": "response", "odobrenie": "approval",
    "odobreniya": "approval", "padenie": "fall", "snizhenie": "cut", "snizheniya": "cut",
    "rost": "rise", "cena": "price", "ceny": "price", "tsena": "price", "prichina": "reason",
    "prichiny": "reason", "lyudey": "people", "lyudi": "people", "shtuka": "thing",
    "otvetila": "responded", "otvetil": "responded", "prilozhenie": "app",
    "prilozheniya": "app", "regulyatory": "regulators", "sotrudnikov": "employees",
    "skachivaniy": "downloads", "zagruzok": "downloads", "smartfon": "smartphone",
    "smartfona": "smartphone", "glavnym": "main", "glavnyy": "main", "glavnyj": "main",
    "osnovnym": "main", "novost": "news", "novosti": "news", "stat'ya": "article",
    "statya": "article", "istochnik": "source", "istochniki": "sources",
    "fevral": "february", "fevralya": "february", "fevrale": "february", "maya": "may",
    "mae": "may", "testy": "tests", "topovye": "top", "topovyh": "top",
    "benchmarkah": "benchmarks", "benchmarki": "benchmarks", "davyat": "pressure",
    "dalshe": "further", "dal'she": "further", "nachala": "started", "nachal": "started",
    "nachali": "started", "dostupny": "available", "dostupna": "available",
    "vedomstvo": "agency", "dolzhno": "must", "dolzhny": "must", "esli": "if",
    "odobryat": "approve", "cifra": "figure", "tsifra": "figure", "aktivnyh": "active",
    "dolya": "share", "vyzov": "call", "dollarah": "dollars", "dollarov": "dollars",
    "yuanyah": "yuan", "yuaney": "yuan", "kogo": "whom", "dlya kogo": "for whom",
    "rabotaet": "works", "kak dela": "how are you",
    **_inflected("chose", "vybra", "l la li lo"),
    **_inflected("unveiled", "pokaza", "l la li lo"),
    **_inflected("unveiled", "predstavi", "l la li lo"),
    **_inflected("announced", "ob'yavi", "l la li lo"),
    **_inflected("announced", "obyavi", "l la li lo"),
    **_inflected("launched", "zapusti", "l la li lo"),
    **_inflected("fell", "upa", "l la li lo"),
    **_inflected("fell", "snizi", "las lis los lsya"),
    **_inflected("fell", "sokrati", "las lis los lsya"),
    **_inflected("said", "skaza", "l la li lo"),
    **_inflected("admitted", "prizna", "l la li lo"),
    **_inflected("reported", "napisa", "l la li lo"),
    **_inflected("reported", "soobshchi", "l la li lo"),
    **_inflected("tested", "testirova", "l la li lo"),
    **_inflected("tests", "testiru", "et yut"),
    **_inflected("considered", "rassmatriva", "l la li lo"),
    **_inflected("worked", "rabota", "l la li lo"),
    **_inflected("became", "sta", "l la li lo"),
    **_inflected("approved", "odobri", "l la li lo t t'"),
    **_inflected("submitted", "poda", "l la li lo"),
    **_inflected("paid", "zaplati", "l la li lo"),
    **_inflected("made", "sdela", "l la li lo"),
    **_inflected("partnered", "obedini", "las lis los lsya"),
    **_inflected("company", "kompani", "ya i y yu yam yami yah ey"),
    **_inflected("shares", "akci", "i y yam yami yah ya yu"),
    **_inflected("shares", "aktsi", "i y yam yami yah ya yu"),
    **_inflected("revenue", "vyruchk", "a i u oy e"),
    **_inflected("revenue", "dohod", "_ a y ov"),
    **_inflected("sales", "prodazh", "_ a i am ami ah"),
    **_inflected("users", "polzovatel", "i ey yam yami yah ya yu em"),
    **_inflected("users", "pol'zovatel", "i ey yam yami yah ya yu em"),
    **_inflected("models", "model", "i ey yam yami yah yu"),
    **_inflected("features", "funkci", "i y ya yu yam yah"),
    **_inflected("features", "funktsi", "i y ya yu yam yah"),
    **_inflected("partner", "partner", "a om u y ov ami am ah"),
    **_inflected("version", "versi", "i ya yu"),
    **_inflected("deal", "sdelk", "a i u oy e"),
    **_inflected("market", "rynk", "e a u om"),
    **_inflected("market", "rynok", "_"),
    **_inflected("brands", "brend", "y ov am ami ah"),
    **_inflected("competitors", "konkurent", "y ov am ami ah"),
    **_inflected("domestic", "mestn", "ye yh yy yj aya oe ym ymi"),
    **_inflected("chinese", "kitaysk", "iy ij aya oe ie ogo oy oj im ih ix imi uyu om"),
    **_inflected("chinese", "kitajsk", "iy ij aya oe ie ogo oy oj im ih ix imi uyu om"),
    **_inflected("american", "amerikansk", "iy ij aya oe ie ogo oy oj im ih ix imi uyu om"),
    **_inflected("first", "perv", "ym yy yj aya oy oe ogo"),
}  # fmt: skip
# Italian, or English with Italian mixed in ("Perché Apple ha scartato DeepSeek?"), folded as the
# other tables are ("perché" as "perche", "è" as "e"): a past is "ha" or "è" and a participle,
# the participle read as the English past and the auxiliary dropped; an article elided before a
# vowel ("l'annuncio", "dell'API") is dropped after the table (see _without_elisions).
_ITALIAN = {
    "perche": "why", "come mai": "why", "per quale motivo": "why", "quando": "when",
    "da quando": "since when", "da quanto tempo": "since when", "chi": "who", "cosa": "what",
    "che cosa": "what", "quanto": "how much", "quanta": "how much", "quanti": "how many",
    "quante": "how many", "di quanto": "by how much", "come": "as", "come va": "how is",
    "come ha": "how", "com'e": "how is", "come e": "how is", "dove": "where",
    "quale": "which", "quali": "which", "qual": "which", "in che mese": "in which month",
    "in che anno": "in which year", "che giorno": "which day", "a che serve": "what is the purpose of",
    "a cosa serve": "what is the purpose of", "che": "", "e": "", "ed": "", "o": "or",
    "oppure": "or", "ma": "", "non": "not", "anche": "also", "ancora": "still", "gia": "already",
    "solo": "only", "piu": "more", "meno": "less", "molto": "very", "tutti": "all",
    "tutte": "all", "il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the",
    "le": "the", "un": "a", "uno": "a", "una": "a", "di": "of", "del": "of the",
    "della": "of the", "dello": "of the", "dei": "of the", "degli": "of the", "delle": "of the",
    "a": "", "ad": "to", "al": "to the", "alla": "to the", "allo": "to the",
    "agli": "to the", "alle": "to the", "da": "from", "dal": "from the", "dalla": "from the",
"in": "in", "nel": "in the", "nella": "in the", "nei": "in the",
    "negli": "in the", "nelle": "in the", "con": "with", "su": "on", "sul": "on the",
    "sulla": "on the", "sui": "on the", "per": "for", "tra": "between", "fra": "between",
    "dopo": "after", "prima": "before", "prima di": "before", "senza": "without",
    "questo": "this", "questa": "this", "questi": "these", "quel": "that", "quello": "that",
    "quella": "that", "quei": "those", "quel giorno": "that day", "stesso": "same",
    "stessa": "same", "la sera stessa": "the same evening", "la stessa sera": "the same evening",
    "sera": "evening", "serata": "evening", "giorno": "day", "il giorno dopo": "the next day",
    "giorno dopo": "the next day", "anno": "year", "anni": "years", "anno scorso": "last year",
    "mese": "month", "trimestre": "quarter", "quarto": "fourth", "terzo": "third",
    "primo": "first", "prima volta": "first time", "alla fine": "ultimately",
    "finalmente": "finally", "subito": "immediately", "adesso": "now", "ora": "now",
    "oggi": "today", "vero": "right", "davvero": "really", "esattamente": "exactly",
    "allora": "", "boh": "", "ecco": "", "mamma mia": "", "dai": "", "insomma": "", "cioe": "",
    "beh": "", "senti": "", "scusa": "", "ciao": "hi", "grazie": "thanks",
    "per favore": "please", "ha": "", "hanno": "", "ho": "", "e stato": "was", "e stata": "was",
    "sono": "", "sono stati": "were", "era": "was", "erano": "were", "e andata": "went",
    "andata avanti": "continued", "andato avanti": "continued", "avanti": "ahead",
    "scelto": "chose", "scelta": "chose", "sceglie": "chooses", "presentato": "unveiled",
    "presentata": "unveiled", "annunciato": "announced", "annunciata": "announced",
    "lanciato": "launched", "lanciata": "launched", "valutato": "considered",
    "valutata": "considered", "considerato": "considered", "considerate": "considered",
    "testato": "tested", "provato": "tested", "prova": "tests", "testa": "tests",
    "scartato": "dropped", "scartata": "dropped", "abbandonato": "dropped",
    "abbandonata": "dropped", "lasciato": "dropped", "lasciata": "dropped", "mollato": "dumped",
    "mollata": "dumped", "scesa": "fell", "sceso": "fell", "scese": "fell", "scesi": "fell",
    "calata": "fell", "calato": "fell", "calo": "decline", "diminuita": "fell",
    "diminuito": "fell", "crollata": "plunged", "crollato": "plunged", "salita": "rose",
    "salito": "rose", "salite": "rose", "saliti": "rose", "cresciuto": "rose",
    "cresciuta": "rose", "cresciute": "rose", "aumentato": "rose", "aumentata": "rose",
    "aumento": "rise", "ammesso": "admitted", "detto": "said", "dice": "says",
    "risposto": "responded", "convinto": "convinced", "diffuso": "reported",
    "riportato": "reported", "pubblicato": "published", "rivelato": "revealed",
    "arriva": "arrives", "arrivera": "will arrive", "arriveranno": "will arrive",
    "uscito": "released", "uscita": "released", "costa": "costs", "costava": "cost",
    "pagato": "paid", "usano": "use", "utilizzano": "use", "serve": "is for",
    "vuole": "wants", "voleva": "wanted", "approvato": "approved", "approvata": "approved",
    "approvate": "approved", "inviato": "submitted", "inviata": "submitted",
    "sottoposto": "submitted", "sottoposta": "submitted", "collaborare": "collaborate",
    "lavorare": "work", "puntare su": "bet on", "puntato su": "bet on", "entrano": "relate",
    "azienda": "company", "aziende": "companies", "societa": "company", "azioni": "shares",
    "titolo": "stock", "titoli": "stocks", "borsa": "stock market", "prezzo": "price",
    "ricavi": "revenue", "fatturato": "revenue", "entrate": "revenue", "vendite": "sales",
    "utenti": "users", "funzioni": "features", "funzione": "feature", "funzionalita": "features", "notizia": "news",
    "notizie": "news", "testata": "media outlet", "giornale": "newspaper",
    "sviluppatori": "developers", "modelli": "models", "modello": "model",
    "derivati": "derivative", "motivo": "reason", "ragione": "reason", "accordo": "deal",
    "collaborazione": "collaboration", "approvazione": "approval", "stato attuale": "status",
    "numero": "number", "percentuale": "percentage", "per cento": "percent",
    "obiettivo": "purpose", "scopo": "purpose", "cinese": "chinese", "cinesi": "chinese",
    "cina": "china", "americano": "us", "americana": "us", "americane": "us", "americani": "us",
    "stati uniti": "the us", "concorrenti": "competitors", "rivali": "rivals",
    "marchi": "brands", "locali": "domestic", "persone": "people", "personale": "staff",
    "pochi": "few", "poche": "few", "migliore": "best", "migliori": "best", "mondo": "world",
    "principale": "main", "possibili": "possible", "gratis": "free", "nuovo": "new",
    "nuova": "new", "versione": "version", "telefono": "phone", "chiamata": "call",
    "comunita": "community", "scaricati": "downloaded", "annuncio": "announcement",
    "maggio": "may", "febbraio": "february", "giornalista": "reporter", "dipendenti": "employees",
    "parla": "talks", "parlato": "talked", "mai": "ever", "va": "goes", "loro": "they",
    "internazionali": "international", "straniera": "foreign", "straniero": "foreign",
    "scritto": "wrote", "pezzo": "article", "articolo": "article", "futuro": "future",
    "usera": "will use", "dollari": "dollars", "euro": "euros",
}  # fmt: skip
# Vietnamese without its diacritics ("tai sao Apple bo DeepSeek vay?"): "da" marks the past,
# "dang" what is going on and "se" what will be; "co ... khong" asks yes or no; "cua" is "of",
# "cac" and "nhung" make a plural; "vay", "a", "ha", "nhe" only soften a question. "ai" (who)
# is written in lower case, "AI" in capitals: see _vietnamese_words.
_VIETNAMESE = {
    "tai sao": "why", "vi sao": "why", "sao": "why", "vi ly do gi": "why", "ly do gi": "why", "tai vi": "because", "vi": "because",
    "khi nao": "when", "bao gio": "when", "luc nao": "when", "nam nao": "which year",
    "tu nam nao": "since which year", "thang nao": "which month", "ngay nao": "which day",
    "bao nhieu": "how much", "bao nhieu %": "what percent", "cai gi": "what", "gi": "what",
    "la gi": "what is", "nao": "which", "the nao": "how", "nhu the nao": "how",
    "ra sao": "how", "o dau": "where", "co": "", "khong": "not", "ko": "not", "chua": "yet",
    "that khong": "really", "phai khong": "right", "dung khong": "right", "vay": "", "a": "",
    "ha": "", "nhe": "", "nha": "", "roi": "", "troi": "", "ua": "", "oi": "", "di": "",
    "luon": "", "ma": "", "thi": "", "nhi": "", "cho minh hoi": "", "minh hoi": "",
    "ban oi": "", "e": "", "la": "is", "cua": "of", "voi": "with", "va": "and",
    "cho": "for", "de": "to", "o": "in", "tu": "since", "sau": "after", "sau khi": "after",
    "truoc": "before", "trong": "in", "ve": "about", "cac": "", "nhung": "", "mot": "a",
    "nay": "this", "do": "that", "kia": "that", "nua": "more", "khac": "other",
    "con": "also", "cung": "also", "da": "", "dang": "", "se": "will", "bi": "", "duoc": "",
    "lam": "", "lam gi": "do what", "rat": "very", "vao": "on", "khi": "in", "theo": "too",
    "theo bao": "according to", "den": "to", "hay": "or", "may": "how many",
    "thang may": "which month", "cai": "", "gio": "now", "bay gio": "now", "dua": "bring",
    "viet nam": "vietnam", "phat": "fined", "chiem": "hold", "bo": "dropped", "nhanh": "quickly", "ngoai": "besides", "hop tac": "partner",
    "doi tac": "partner", "doi tac chinh": "primary partner", "chinh": "main", "chon": "chose",
    "lua chon": "chose", "ra mat": "launched", "cong bo": "announced", "thong bao": "announcement",
    "tuyen bo": "announced", "doanh nghiep": "enterprises", "cong ty": "company", "dung": "use",
    "su dung": "use", "dang dung": "use", "noi": "said", "noi gi": "said what", "viec": "",
    "doanh so": "sales", "doanh thu": "revenue", "giam": "fell", "tang": "rose",
    "tang gia": "rose", "co phieu": "shares", "gia": "price", "ngay hom sau": "the next day",
    "hom sau": "the next day", "ngay": "day", "hom do": "that day", "toi hom do": "that evening",
    "buoi toi": "evening", "cung toi": "the same evening", "tinh nang": "features",
    "du kien": "expected", "nguoi dung": "users", "trung quoc": "china",
    "nguoi trung quoc": "chinese", "my": "us", "thu nghiem": "tested", "bat dau": "started",
    "nam": "year", "tiep tuc": "continue", "lam viec": "work", "xem xet": "considered",
    "thuong hieu": "brands", "noi dia": "domestic", "canh tranh": "compete", "gat": "stiff",
    "muc tieu": "goal", "bat tay": "partner", "cuu": "reverse", "lien quan": "related",
    "phan hoi": "responded", "tung": "once", "bi loai": "dropped", "loai": "drop",
    "nghe noi": "reportedly", "cuoi cung": "ultimately", "ung": "liked", "buoc nao": "which stage",
    "duyet": "approved", "phe duyet": "approval", "to bao": "newspaper", "bao": "newspaper",
    "dua tin": "reported", "mo hinh": "model", "manh": "strong", "so voi": "compared with",
    "the gioi": "world", "phai sinh": "derivative", "luot tai": "downloads",
    "so luong": "number", "thieu": "lack", "chia tay": "dropped", "thang": "month",
    "tien": "money", "tra": "pay", "nhan vien": "employees", "ly do": "reason",
    "that bai": "failure", "xep hang": "rank", "thoa thuan": "deal", "ngung": "stop",
    "thi phan": "market share", "tham so": "parameters", "neu": "if", "quy": "quarter",
    "chau au": "europe", "xin chao": "hi", "cam on": "thanks",
}  # fmt: skip
# Greek in Latin letters (Greeklish: "giati i Apple afise tin DeepSeek?"): "i", "o", "to" and
# their cases are "the"; "sto", "stin" are "in the"; "re", "ela", "malaka" only call out.
_GREEK = {
    "giati": "why", "gt": "why", "pote": "when", "apo pote": "since when", "poios": "who",
    "poia": "which", "poio": "which", "poioi": "who", "poies": "which", "poion": "which",
    "poso": "how much", "posa": "how many", "poses": "how many", "posi": "how much",
    "posous": "how many", "ti": "what", "pou": "where", "pws": "how", "pos": "how",
    "eixe": "had", "eixan": "had", "itan": "was", "einai": "is", "re": "", "ela": "",
    "malaka": "", "file": "", "filaraki": "", "ela re": "", "ela pes mou": "", "pes mou": "",
    "kai": "and", "i": "the", "o": "the", "to": "the", "ta": "the", "tin": "the", "ton": "the",
    "tis": "of", "tou": "of", "twn": "of", "tous": "the", "stin": "in the",
    "sto": "in the", "ston": "in the", "stis": "in the", "sta": "in the", "me": "with",
    "apo": "from", "gia": "about", "prin": "before", "sti": "in the",
    "se": "in", "na": "", "den": "not", "tha": "will", "telika": "ultimately", "twra": "now",
    "akoma": "still", "kapote": "once", "kyrios": "main", "synergasia": "partnership",
    "synergasias": "partnership", "synergati": "partner", "synergatis": "partner",
    "etairia": "company", "etaireia": "company", "etairies": "companies", "kina": "china",
    "kinezika": "chinese", "kinezikes": "chinese", "kinezoi": "chinese", "kinezous": "chinese",
    "kineziki": "chinese", "ameriki": "the us", "metoxi": "shares", "metoxes": "shares",
    "anebike": "rose", "anevike": "rose", "anebikan": "rose", "anevikan": "rose",
    "epese": "fell", "epesan": "fell", "pesane": "fell", "ptosi": "fall", "ekdosi": "version",
    "tha erthoun": "will come", "erthei": "come", "exetase": "evaluated", "eftiaxe": "made",
    "ftiaxei": "made", "sinexise": "continued", "synexise": "continued", "elpizei": "hopes",
    "petixei": "achieve", "agora": "market", "agoras": "market", "antidrase": "reacted",
    "anakoinwsi": "announcement", "anakoinosi": "announcement", "kataskeuastes": "makers",
    "pieznoun": "pressure", "stadio": "stage", "egkrisi": "approval", "egkrithei": "approved",
    "xreiazontai": "need", "ekane": "did", "eipe": "said", "poliseis": "sales",
    "fthinise": "got cheaper", "xalase": "broke down", "trabikse": "caught",
    "prosoxi": "attention", "epomeni mera": "the next day", "mera": "day",
    "idio vrady": "same evening", "vrady": "evening", "apantisi": "response",
    "xristes": "users", "ekatommyria": "million", "lipseis": "downloads",
    "kykloforise": "launched", "xronia": "year", "xrono": "year", "mina": "month",
    "kostise": "cost", "kostizei": "costs", "symfwnia": "deal", "symfonia": "deal",
    "akribws": "exactly", "arxes": "authorities", "kivernitiki": "government",
    "ypiresia": "department", "onomastika": "by name", "nea": "news", "aporripse": "rejected",
    "poulise": "sold", "ferei": "bring", "pososto": "percentage", "triti": "third",
    "tetarto": "fourth", "trimino": "quarter", "xrisimopoiisei": "use", "epixeiriseis": "enterprises",
    "skopos": "purpose", "logos": "reason", "kalimera": "good morning", "geia": "hi",
    "exei": "has", "kanei": "done", "pige": "went", "auti": "this", "auto": "this",
    "koina": "joint", "kinas": "china", "parousiase": "unveiled", "katholou": "at all",
    "ekeini": "that", "alla": "other", "ekanan": "did", "dwsei": "give", "ola kala": "",
    "ellada": "greece",
}  # fmt: skip
# Polish, or English with Polish words ("dlaczego Apple zrezygnowało z DeepSeeka?"), folded as
# the other tables are ("ł" as "l", "ą" as "a"); its nouns' endings change with their place, so
# the common ones are given with their forms.
_POLISH = {
    "dlaczego": "why", "czemu": "why", "kiedy": "when", "od kiedy": "since when", "kto": "who",
    "ile": "how much", "o ile": "by how much", "co": "what", "czy": "", "jaki": "which",
    "jaka": "which", "jakie": "which", "jakiego": "which", "jakich": "which", "ktory": "which",
    "ktora": "which", "ktore": "which", "ktorych": "which", "ktorym": "which",
    "w ktorym": "in which", "gdzie": "where", "jak": "how", "jak bardzo": "how much",
    "kurde": "", "no": "", "serio": "really", "dobra": "", "no dobra": "", "no i": "",
    "w koncu": "ultimately", "wedlug": "according to", "artykulu": "article", "jest": "is",
    "byl": "was", "byla": "was", "bylo": "was", "byli": "were", "w": "in", "z": "with",
    "ze": "", "na": "on", "do": "to", "po": "after", "od": "since", "przed": "before",
    "dla": "for", "o": "about", "i": "and", "a": "and", "nie": "not", "tez": "also",
    "jeszcze": "still", "juz": "already", "teraz": "now", "kiedys": "once", "rok": "year",
    "roku": "year", "lat": "years", "dzien": "day", "dnia": "day", "nastepnego dnia": "the next day",
    "wieczorem": "in the evening", "tego samego dnia": "the same day", "firma": "company",
    "firmy": "companies", "firm": "companies", "akcje": "shares", "akcji": "shares",
    "akcjami": "shares", "cena": "price", "wzrosla": "rose", "wzrosly": "rose", "wzrosl": "rose",
    "urosly": "rose", "urosla": "rose", "poszla w gore": "rose", "poszly w gore": "rose",
    "w gore": "up", "spadla": "fell", "spadly": "fell", "spadl": "fell", "spadek": "fall",
    "wypuscila": "launched", "uruchomila": "launched", "modeli": "models", "modelu": "model",
    "apke": "app", "aplikacje": "app", "partnerow": "partners", "partnerem": "partner",
    "partnera": "partner", "oferuje": "offers", "moglo": "could", "mogla": "could",
    "mogl": "could", "pracowac": "work", "dalej": "further", "flagowy": "flagship",
    "wypadl": "performed", "testach": "tests", "testuje": "tests", "testowalo": "tested",
    "potanialy": "got cheaper", "wywolania": "calls", "w ostatnim roku": "over the past year",
    "chce": "wants", "osiagnac": "achieve", "chinach": "china", "chiny": "china", "chin": "china",
    "chinski": "chinese", "chinskie": "chinese", "chinscy": "chinese", "chinskich": "chinese",
    "dzieki": "thanks to", "partnerstwu": "partnership", "partnerstwo": "partnership",
    "prawda": "true", "funkcje": "features", "funkcji": "features", "czekaja": "waiting",
    "zatwierdzenie": "approval", "urzedy": "departments", "zareagowalo": "responded",
    "premiere": "launch", "premiera": "launch", "szybko": "quickly", "wzielo": "chose",
    "wybralo": "chose", "wybrala": "chose", "kogos innego": "someone else", "wyjdzie": "come out",
    "zrezygnowalo": "dropped", "zrezygnowala": "dropped", "za malo": "too few",
    "ludzi": "people", "konkuruje": "competes", "uzywa": "use", "uzywaja": "use",
    "ponad": "over", "tysiecy": "thousand", "stalo": "happened", "co sie stalo": "what happened",
    "sie": "", "ogloszeniu": "announcement", "ogloszenie": "announcement", "inne": "other",
    "uzytkownicy": "users", "uzytkownikow": "users", "lutego": "february", "maja": "may",
    "przychodow": "revenue", "przychody": "revenue", "sprzedaz": "sales", "sprzedazy": "sales",
    "brak": "lack", "zrodla": "sources", "umowe": "deal", "umowa": "deal", "dokladnie": "exactly",
    "zaczelo": "started", "wspolprace": "collaboration", "wspolpraca": "collaboration",
    "kosztuje": "costs", "udzial w rynku": "market share", "powiedzial": "said",
    "kupilo": "bought", "nastepnego": "next", "odpadl": "dropped out", "siema": "hi",
    "dzisiaj": "today", "ten": "this", "te": "these", "tym": "this", "tego": "this",
    "temu": "this", "ich": "their", "jako": "as", "przez": "by", "jakies": "some",
    "miesiacu": "month", "miesiac": "month", "podpisano": "signed", "miedzy": "between",
    "wyscigu": "race", "nazywa sie": "is called", "ma": "has",
    "dolarach": "dollars", "wejda": "come", "bedzie": "will", "polski": "poland",
    "polsce": "poland", "chmury": "cloud", "swoj": "its", "swoj model": "its model",
    "z kim": "with whom", "robil": "did", "robila": "did", "to prawda": "is it true",
    "wedlug artykulu": "according to the article", "negocjowal": "negotiated",
}  # fmt: skip
# Swedish, or English with Swedish words ("varför droppade Apple DeepSeek?"), folded as the other
# tables are ("när" as "nar", "få" as "fa"); "typ", "liksom", "alltså" and a last "va?" only say
# how it is said.
_SWEDISH = {
    "varfor": "why", "nar": "when", "sen nar": "since when", "vem": "who", "vilka": "which",
    "vilken": "which", "vilket": "which", "vad": "what", "vad ar": "what is", "hur": "how",
    "hur mycket": "how much", "hur manga": "how many", "var": "was", "typ": "", "liksom": "",
    "alltsa": "", "va": "", "assa": "", "ju": "", "nog": "", "okej": "",
    "hej": "hi", "tack": "thanks", "och": "and", "eller": "or", "men": "but", "inte": "not",
    "ocksa": "also", "aven": "also", "bara": "only", "med": "with", "efter": "after",
    "innan": "before", "fore": "before", "i": "in", "pa": "on", "av": "of", "om": "about",
    "till": "to", "fran": "from", "sa": "so", "ar": "is", "det": "it",
    "den": "it", "de": "they", "nej": "no", "ja": "yes", "har": "has", "hade": "had",
    "kommer": "will", "ska": "will", "blev": "became", "hoppas": "hope", "fa": "get",
    "fa ut": "get out", "ut": "out", "foretag": "companies", "foretaget": "the company",
    "anvander": "use", "kalla": "source", "nyhet": "news", "nyheten": "the news",
    "konkurrens": "competition", "konkurrenter": "competitors", "kina": "china",
    "kinesiska": "chinese", "kinesisk": "chinese", "maj": "may", "februari": "february",
    "lansering": "launch", "lanserade": "launched", "modell": "model", "modeller": "models",
    "aktier": "shares", "aktien": "the stock", "aktiekursen": "the share price",
    "problemet": "the problem", "folk": "people", "valde": "chose", "valt": "chosen",
    "droppade": "dropped", "slapp": "dropped", "steg": "rose", "okade": "rose", "foll": "fell",
    "sjonk": "fell", "minskade": "fell", "intakter": "revenue", "forsaljning": "sales",
    "anvandare": "users", "funktioner": "features", "godkand": "approved",
    "godkannande": "approval", "samma dag": "the same day", "dagen efter": "the next day",
    "kvall": "evening", "samma kvall": "the same evening", "aret": "the year",
    "forsta": "first", "sista": "last", "senaste": "latest", "partnern": "the partner",
    "sa manga": "so many", "manga": "many", "mycket": "much", "nu": "now", "fortfarande": "still",
    "redan": "already", "vet du": "", "vecka": "week", "veckan": "the week", "sade": "said", "sa han": "he said",
}  # fmt: skip
# Hungarian, or English with Hungarian words ("Miért dobta az Apple a DeepSeeket?"), folded as
# the other tables are ("miért" as "miert"); "na", "szóval" and "ugye?" only say how it is said.
_HUNGARIAN = {
    "miert": "why", "mikor": "when", "mióta": "since when", "miota": "since when", "ki": "who",
    "kik": "who", "mennyi": "how much", "mennyivel": "by how much", "mennyire": "how",
    "hany": "how many", "mi": "what", "mit": "what", "mik": "what", "melyik": "which",
    "milyen": "what kind of", "hol": "where", "hogyan": "how", "hogy": "", "na": "",
    "szoval": "", "ugye": "right", "nem": "not", "es": "and", "de": "but",
    "vagy": "or", "mar": "already", "az": "the", "a": "the",
    "egy": "a", "jo": "good", "mi a helyzet": "what is the status", "helyzet": "status",
    "reszveny": "shares", "reszvenyek": "shares", "arfolyam": "share price", "ceg": "company",
    "cegek": "companies", "kinai": "chinese", "bevetel": "revenue",
    "eladasok": "sales", "csokkent": "fell", "nott": "rose", "emelkedett": "rose",
    "valasztotta": "chose", "valasztott": "chose", "dobta": "dropped", "partnere": "partner",
    "funkciok": "features", "felhasznalok": "users", "majus": "may",
    "februar": "february", "ev": "year", "evben": "in year", "nap": "day",
    "masnap": "the next day", "este": "evening", "aznap este": "that evening",
    "mit gondolsz": "", "szerinted": "", "koszi": "thanks", "szia": "hi",
}  # fmt: skip
# Romanian, or English with Romanian words ("de ce a renunțat Apple la DeepSeek?"), folded as the
# other tables are ("când" as "cand", "ș" as "s"); "oare", "deci", "bă" and "adică" only say how
# it is said. A last "nu?" asks for agreement (see _romanian_words).
_ROMANIAN = {
    "de ce": "why", "din ce motiv": "why", "cand": "when", "de cand": "since when", "cine": "who",
    "cat": "how much", "cata": "how much", "cati": "how many", "cate": "how many",
    "cat de mult": "how much", "cu cat": "by how much", "cat costa": "how much costs",
    "cat plateste": "how much pays", "cat a": "how much has", "cat au": "how much have", "ce": "what", "care": "which",
    "unde": "where", "cum": "how", "oare": "", "deci": "", "ba": "", "bre": "", "adica": "",
    "stii": "", "la": "", "nu": "not", "si": "and", "sau": "or", "dar": "but", "cu": "with",
    "fara": "without", "pentru": "for", "despre": "about", "dupa": "after", "inainte de": "before",
    "inainte": "before", "e": "is", "este": "is", "sunt": "are", "era": "was", "a fost": "was",
    "au fost": "were", "deja": "already", "inca": "still", "acum": "now", "azi": "today",
    "lui": "", "asta": "this", "acesta": "this", "aceasta": "this", "numele": "name",
    "nume": "name", "cum se numeste": "what is it called", "se numeste": "is called",
    "in mai": "in may", "mai mult": "more", "cel mai": "the most", "a crescut": "rose",
    "au crescut": "rose", "crescut": "rose", "a scazut": "fell", "au scazut": "fell",
    "scazut": "fell", "a ales": "chose", "ales": "chose", "a renuntat la": "dropped",
    "a renuntat": "dropped", "renuntat": "dropped", "a lansat": "launched", "lansat": "launched",
    "a anuntat": "announced", "anuntat": "announced", "a zis": "said", "a spus": "said",
    "zis": "said", "spus": "said", "plateste": "pays", "a platit": "paid", "costa": "costs",
    "vrea": "wants", "vor": "want", "castige": "win", "recastige": "win back",
    "se intampla": "happens", "ce s-a intamplat": "what happened", "s-a intamplat": "happened",
    "a testat": "tested", "testeaza": "tests", "foloseste": "uses", "folosesc": "use",
    "aprobat": "approved", "aprobate": "approved", "aprobare": "approval", "raspuns": "response",
    "a raspuns": "responded", "stire": "news", "stirea": "news", "sursa": "source",
    "sursele": "sources", "actiuni": "shares", "actiunile": "shares", "pretul": "price",
    "vanzari": "sales", "vanzarile": "sales", "venituri": "revenue", "veniturile": "revenue",
    "companie": "company", "compania": "company", "companii": "companies",
    "companiile": "companies", "firme": "companies", "firmele": "companies",
    "partener": "partner", "partenerul": "partner", "parteneri": "partners",
    "parteneriat": "partnership", "parteneriatul": "partnership", "modele": "models",
    "modelul": "model", "modelele": "models", "utilizatori": "users", "utilizatorii": "users",
    "functii": "features", "functiile": "features", "functiuni": "features",
    "telefonul": "phone", "chinezi": "chinese", "chinezesc": "chinese", "chinezesti": "chinese",
    "chineze": "chinese", "chinezii": "chinese", "anul": "year", "luna": "month",
    "ce luna": "which month", "ce an": "which year", "ziua": "day",
    "ziua urmatoare": "the next day", "a doua zi": "the next day", "urmatoare": "next",
    "seara": "evening", "aceeasi seara": "the same evening", "aceeasi zi": "the same day",
    "trimestru": "quarter", "trimestrul": "quarter", "februarie": "february",
    "la suta": "percent", "motiv": "reason", "motivul": "reason", "candidati": "candidates",
    "candidatii": "candidates", "in final": "in the end", "pana la urma": "in the end",
    "lipsa de": "lack of", "lipsa": "lack", "salut": "hi", "mersi": "thanks",
    "multumesc": "thanks", "te rog": "please", "primul": "first", "prima": "first",
    "principal": "main", "principalul": "main", "rivali": "rivals", "concurenti": "competitors",
    "concurentii": "competitors", "cota de piata": "market share", "bani": "money",
    "cati bani": "how much money", "tara": "country", "romania": "romania",
}  # fmt: skip
# Czech, or English with Czech words ("proč Apple vyřadil DeepSeek?"), folded as the other tables
# are ("proč" as "proc"); "jo", "no", "teda" and "že jo?" only say how it is said. Its nouns'
# endings change with their place, so the common ones are given with their forms; the owner
# comes after the thing ("akcie Alibaby": Alibaba's shares).
_CZECH = {
    "proc": "why", "procpak": "why", "kdy": "when", "od kdy": "since when", "kdo": "who",
    "koho": "whom", "kolik": "how much", "o kolik": "by how much", "co": "what",
    "ktery": "which", "ktera": "which", "ktere": "which", "kteri": "which", "kterou": "which",
    "jaky": "which", "jaka": "which", "jake": "which", "jakou": "which", "kde": "where",
    "jak": "how", "jak moc": "how much", "jak dobre": "how good", "jo": "", "teda": "",
    "tedy": "", "hele": "", "ze jo": "", "fakt": "really", "vazne": "really", "ne": "not",
    "nebo": "or", "nebo ne": "", "ale": "but", "taky": "also", "take": "also", "je": "is",
    "jsou": "are", "byl": "was", "byla": "was", "bylo": "was", "byli": "were", "bude": "will",
    "budou": "will", "se": "", "si": "", "co se stalo": "what happened", "stalo": "happened",
    "nakonec": "in the end", "rekl": "said", "rekla": "said", "rekli": "said",
    "napsal": "wrote", "jmeno": "name", "jak se jmenuje": "what is it called",
    "jmenuje": "is called", "autor": "author", "autora": "author", "cislo": "number",
    "presne": "exactly", "datum": "date", "hotovo": "done", "schvaleno": "approved",
    "schvalene": "approved", "schvaleni": "approval", "uz": "already", "jeste": "still",
    "zatim": "so far", "akcie": "shares", "akcii": "shares", "cena": "price", "stoji": "costs",
    "vzrostly": "rose", "vzrostla": "rose", "vzrostl": "rose", "vzrostlo": "rose",
    "stouply": "rose", "stoupla": "rose", "stoupl": "rose", "rostly": "rose", "klesly": "fell",
    "klesla": "fell", "klesl": "fell", "kleslo": "fell", "spadly": "fell", "pokles": "fall",
    "trzby": "sales", "trzeb": "sales", "prijmy": "revenue", "firma": "company",
    "firmy": "companies", "firem": "companies", "spolecnost": "company",
    "spolecnosti": "companies", "cinske": "chinese", "cinsky": "chinese", "cinska": "chinese",
    "cinskych": "chinese", "cina": "china", "ciny": "china", "v cine": "in china",
    "chteji": "want", "chce": "wants", "dosahnout": "achieve", "zisky": "gains", "zisk": "gain",
    "druhy den": "the next day", "dalsi den": "the next day", "vecer": "evening",
    "ten samy vecer": "the same evening", "stejny vecer": "the same evening",
    "ve stejny den": "the same day", "rok": "year", "roce": "year", "kveten": "may",
    "kvetna": "may", "v kvetnu": "in may", "unor": "february", "unora": "february",
    "partnera": "partner", "partnerem": "partner", "partneri": "partners",
    "vybrali": "chose", "vybral": "chose", "vybrala": "chose", "zvolili": "chose",
    "opustili": "dropped", "vyradili": "dropped", "vyradil": "dropped", "duvod": "reason",
    "ahoj": "hi", "diky": "thanks", "dekuji": "thanks", "prosim": "please", "modely": "models",
    "modelu": "models", "uzivatele": "users", "uzivatelu": "users", "funkce": "features",
    "prvni": "first", "hlavni": "main", "pred": "before", "ve": "in", "nez": "than",
    "jen": "only", "jenom": "only", "vlastne": "actually", "clanek": "article",
    "clanku": "article", "podle clanku": "according to the article", "podle": "according to",
    "zpravy": "news", "zprava": "news", "zdroj": "source", "zdroje": "sources",
    "konkurence": "competition", "konkurenti": "competitors", "domaci": "domestic",
    "znacky": "brands", "podil na trhu": "market share", "penize": "money",
    "zaplatil": "paid", "zaplatila": "paid", "platit": "pay", "procent": "percent",
    "kolik procent": "what percent",
}  # fmt: skip
# Danish and Norwegian, or English with their words ("hvorfor droppede Apple DeepSeek?"), folded
# as the other tables are ("hvornår" as "hvornar", "næste" as "naeste", "ø" as "o"); "altså",
# "jo" and "nå" only say how it is said, and a last "ikke?" asks for agreement.
_DANISH = {
    "hvorfor": "why", "hvornar": "when", "siden hvornar": "since when", "nar": "when",
    "hvem": "who", "hvor meget": "how much", "hvor mye": "how much", "hvor mange": "how many",
    "hvor": "where", "hvad": "what", "hva": "what", "hvilken": "which", "hvilket": "which",
    "hvilke": "which", "hvordan": "how", "hvor godt": "how well", "hvor stor": "how big",
    "altsa": "", "jo": "", "na": "", "da": "", "vel": "", "lige": "", "egentlig": "actually",
    "ikke": "not", "er": "is", "var": "was", "har": "has", "havde": "had", "hadde": "had",
    "og": "and", "eller": "or", "men": "but", "med": "with", "efter": "after", "etter": "after",
    "i": "in", "pa": "on", "af": "of", "av": "of", "om": "about", "til": "to", "fra": "from",
    "det": "it", "den": "it", "de": "they", "nej": "no", "nei": "no", "ogsa": "also",
    "nu": "now", "allerede": "already", "stadig": "still", "fortsatt": "still",
    "aktie": "shares", "aktier": "shares", "aksje": "shares", "aksjer": "shares",
    "aktiekurs": "share price", "aksjekurs": "share price", "kursen": "price", "steg": "rose",
    "faldt": "fell", "falt": "fell", "fald": "fall", "omsaetning": "revenue",
    "omsetning": "revenue", "indtaegter": "revenue", "inntekter": "revenue", "salg": "sales",
    "salget": "sales", "naeste dag": "the next day", "neste dag": "the next day",
    "dagen efter": "the next day", "dagen etter": "the next day", "samme dag": "the same day",
    "samme aften": "the same evening", "samme kveld": "the same evening", "aften": "evening",
    "kveld": "evening", "maj": "may", "februar": "february", "kina": "china",
    "kinesisk": "chinese", "kinesiske": "chinese", "selskab": "company", "selskap": "company",
    "selskaber": "companies", "selskaper": "companies", "virksomheder": "companies",
    "virksomheter": "companies", "firmaer": "companies", "bruger": "use", "bruker": "use",
    "brugere": "users", "brukere": "users", "brugerne": "users", "brukerne": "users",
    "funktioner": "features", "funksjoner": "features", "funktionerne": "features",
    "funksjonene": "features", "godkendt": "approved",
    "godkjent": "approved", "godkendelse": "approval", "godkjenning": "approval",
    "valgte": "chose", "droppede": "dropped", "droppet": "dropped", "kommer": "comes",
    "skal": "will", "vil": "will", "hvad vil de": "what do they want",
    "hva vil de": "what do they want", "hedder": "is called", "heter": "is called",
    "hvad hedder": "what is the name of", "hva heter": "what is the name of", "navn": "name",
    "navnet": "name", "plads": "place", "plass": "place", "mangel pa": "lack of",
    "mangel": "lack", "mangler": "lacks", "kilde": "source", "kilder": "sources",
    "nyhed": "news", "nyheden": "news", "nyheten": "news", "modeller": "models",
    "modellen": "model", "konkurrenter": "competitors", "tak": "thanks", "takk": "thanks",
    "hej": "hi", "hei": "hi", "procent": "percent", "prosent": "percent", "kvartal": "quarter",
    "sidste": "last", "siste": "last", "forste": "first", "hovedpartner": "main partner",
    "partneren": "partner", "penge": "money", "penger": "money", "betalte": "paid",
    "betalt": "paid", "koster": "costs", "billigere": "cheaper", "lanceret": "launched",
    "lancerede": "launched", "lanserte": "launched", "annoncerede": "announced",
    "annonserte": "announced", "meddelte": "announced", "sagde": "said", "sagt": "said",
    "hvad skete der": "what happened", "hva skjedde": "what happened", "skete": "happened",
    "skjedde": "happened",
}  # fmt: skip
# Serbian, Croatian and Bosnian, or English with their words ("zašto je Apple odustao od
# DeepSeeka?"), folded as the other tables are ("što" as "sto", "će" as "ce"); "bre", "brate",
# "ajde", "jel'" and "pa" only say how it is said. Their nouns' endings change with their place,
# so the common ones are given with their forms; the owner comes after the thing ("akcije
# Alibabe": Alibaba's shares).
_SERBO_CROATIAN = {
    "zasto": "why", "zbog cega": "why", "kad": "when", "kada": "when", "od kad": "since when",
    "od kada": "since when", "ko": "who", "tko": "who", "ko je": "who is", "ko je bio": "who was",
    "tko je": "who is", "koga": "whom", "koliko": "how much", "za koliko": "by how much",
    "kolko": "how much", "sta": "what", "sto": "what", "sta je": "what is", "sto je": "what is",
    "sta se desilo": "what happened", "sto se dogodilo": "what happened", "koji": "which",
    "koja": "which", "koje": "which", "kojim": "which", "kojoj": "which", "kojeg": "which",
    "kakav": "what kind of", "gdje": "where", "gde": "where", "kako": "how", "jel": "",
    "je li": "", "bre": "", "ajde": "", "brate": "", "pa": "", "stvarno": "really",
    "zapravo": "actually", "je": "is", "su": "are", "bio": "was", "bila": "was", "bilo": "was",
    "bili": "were", "ce": "will", "se": "", "desilo": "happened", "dogodilo": "happened",
    "sa": "with", "u kini": "in china", "u kinu": "to china", "i": "and", "ali": "but",
    "ili": "or", "ne": "not", "nije": "is not", "sad": "now", "sada": "now", "vec": "already",
    "jos": "still", "pao": "fell", "pala": "fell", "pale": "fell", "palo": "fell", "pad": "fall",
    "porasla": "rose", "porasle": "rose", "porastao": "rose", "poraslo": "rose",
    "skocila": "jumped", "skocile": "jumped", "skocio": "jumped", "rast": "rise",
    "akcije": "shares", "dionice": "shares", "cijena": "price", "prihod": "revenue",
    "prihodi": "revenue", "prodaja": "sales", "kompanija": "company", "kompanije": "companies",
    "firme": "companies", "kineski": "chinese", "kineske": "chinese", "kinesku": "chinese",
    "kineskih": "chinese", "kineskim": "chinese", "kini": "china", "kine": "china",
    "korisnici": "users", "korisnike": "users", "korisnika": "users", "funkcije": "features",
    "modeli": "models", "modela": "models", "partnera": "partner", "partnerom": "partner",
    "partnerstvo": "partnership", "saradnja": "partnership", "suradnja": "partnership",
    "saradnju": "partnership", "suradnju": "partnership", "izabrao": "chose",
    "izabrala": "chose", "izabrali": "chose", "odabrao": "chose", "odbio": "rejected",
    "odbijen": "rejected", "odbili": "rejected", "odustao": "dropped", "odustali": "dropped",
    "razlog": "reason", "zbog": "because of", "godine": "year", "godina": "year",
    "sledeci dan": "the next day", "sljedeci dan": "the next day", "sutradan": "the next day",
    "isti dan": "the same day", "iste veceri": "the same evening", "uvece": "in the evening",
    "februara": "february", "veljace": "february", "maja": "may", "svibnja": "may",
    "procenat": "percent", "posto": "percent", "kvartal": "quarter", "tromjesecje": "quarter",
    "verzija": "version", "posle": "after", "poslije": "after", "nakon": "after", "pre": "before",
    "prije": "before", "ima": "has", "imaju": "have", "odobrenje": "approval",
    "odobreno": "approved", "odobrene": "approved", "objavio": "announced",
    "objavila": "announced", "objavili": "announced", "lansirao": "launched",
    "lansirala": "launched", "predstavio": "unveiled", "predstavila": "unveiled",
    "izvor": "source", "izvori": "sources", "kod": "about", "hvala": "thanks", "zdravo": "hi",
    "molim": "please", "domaci": "domestic", "brendovi": "brands", "konkurenti": "competitors",
    "novac": "money", "platio": "paid", "platila": "paid", "kosta": "costs",
    "saradnja za": "partnership for", "korisnike za": "users for", "kad ce": "when will",
    "kada ce": "when will", "kina": "china", "cena": "price", "ime": "name", "od": "from",
}  # fmt: skip
# Catalan, or English with Catalan words ("per què Apple va deixar DeepSeek?"), folded as the
# other tables are ("què" as "que"); "doncs", "vale", "oi?" and "eh?" only say how it is said.
# Its past is "va" before the verb ("va pujar": rose), which the verb's entry gives.
_CATALAN = {
    "per que": "why", "perque": "because", "quan": "when", "des de quan": "since when",
    "qui": "who", "quant": "how much", "quanta": "how much", "quants": "how many",
    "quantes": "how many", "que": "what", "quin": "which", "quina": "which", "quins": "which",
    "quines": "which", "com": "how", "com esta": "how is", "doncs": "", "vale": "", "eh": "",
    "oi": "", "home": "", "nen": "", "es": "is", "son": "are", "era": "was", "va ser": "was",
    "ha": "has", "han": "have", "va": "", "van": "", "el": "", "la": "", "els": "", "les": "",
    "de": "", "del": "", "dels": "", "i": "and", "o": "or", "amb": "with", "per": "for",
    "sobre": "about", "despres": "after", "despres de": "after", "abans": "before",
    "abans de": "before", "ja": "already", "encara": "still", "ara": "now", "avui": "today",
    "accions": "shares", "preu": "price", "vendes": "sales", "ingressos": "revenue",
    "empresa": "company", "empreses": "companies", "xines": "chinese", "xinesos": "chinese",
    "xinesa": "chinese", "xineses": "chinese", "xina": "china", "usuaris": "users",
    "funcions": "features", "funcionalitats": "features", "soci": "partner", "socis": "partners",
    "alianca": "alliance", "pujada": "rise", "pujar": "rose", "pujat": "rose",
    "baixada": "fall", "baixar": "fell", "baixat": "fell", "caiguda": "fall", "caure": "fell",
    "escollir": "chose", "escollit": "chosen", "triar": "chose", "triat": "chosen",
    "deixar": "dropped", "deixat": "dropped", "abandonar": "dropped", "motiu": "reason",
    "rao": "reason", "dia": "day", "el dia seguent": "the next day", "endema": "the next day",
    "el mateix dia": "the same day", "aquell vespre": "that evening", "vespre": "evening",
    "nit": "night", "febrer": "february", "maig": "may", "percentatge": "percentage",
    "per cent": "percent", "trimestre": "quarter", "versio": "version", "aprovacio": "approval",
    "aprovat": "approved", "aprovades": "approved", "aprovats": "approved", "estat": "status",
    "objectiu": "goal", "objectius": "goals", "fonts": "sources", "noticia": "news",
    "descarregues": "downloads", "costara": "will cost", "costa": "costs", "gratis": "free",
    "marques": "brands", "competidors": "competitors", "competencia": "competition",
    "primer": "first", "gracies": "thanks", "bon dia": "good morning", "si us plau": "please",
    "saps": "", "aquest": "this", "aquesta": "this", "aixo": "this",
    "que va passar": "what happened", "passar": "happened", "tambe": "also", "mes": "more",
    "menys": "less", "empresa que": "company that", "ofereix": "offers", "ofereixen": "offer",
}  # fmt: skip
# Welsh, or English with Welsh words ("Pam wnaeth Apple ollwng DeepSeek?"), folded as the other
# tables are; "duw duw", "chwarae teg", "iawn" and "ti'n gwybod" only say how it is said.
_WELSH = {
    "pam": "why", "pam lai": "why not", "pryd": "when", "pwy": "who", "faint": "how much",
    "faint o": "how many", "beth": "what", "pa": "which", "pa un": "which", "lle": "where",
    "ble": "where", "sut": "how", "ie": "", "na": "", "duw duw": "", "chwarae teg": "",
    "iawn": "", "ti'n gwybod": "", "tin gwybod": "", "yn": "", "y": "the", "yr": "the",
    "ac": "and", "neu": "or", "gyda": "with", "efo": "with", "ar ol": "after", "wedi": "",
    "cyn": "before", "tsieina": "china", "tsieineaidd": "chinese", "cwmni": "company",
    "cwmniau": "companies", "gwmni": "company", "cyfranddaliadau": "shares",
    "gwerthiant": "sales", "refeniw": "revenue", "blwyddyn": "year", "diwrnod": "day",
    "heddiw": "today", "nawr": "now", "rwan": "now", "mis": "month", "mai": "may",
    "chwefror": "february", "diolch": "thanks", "bore da": "good morning", "shwmae": "hi",
    "ond": "but", "hefyd": "also", "ddim": "not", "nid": "not", "ydy": "is", "oedd": "was",
    "mae": "is", "yw": "is", "ar un adeg": "at one point", "ar un pryd": "at one point",
    "prif": "main", "prif bartner": "main partner", "codi": "rose", "cododd": "rose",
    "disgyn": "fell", "syrthio": "fell", "dewis": "chose", "dewisodd": "chose",
    "sut mae": "how is", "wnaeth": "", "ddewis": "chose", "bartner": "partner",
}  # fmt: skip
# Bulgarian in Latin letters, or English with its words ("Zashto Apple se otkaza ot DeepSeek?");
# "bate", "be", "ama" and a last "nali?" only say how it is said; "na" before the owner is its
# "of" ("prihodite na Apple": Apple's revenue).
_BULGARIAN = {
    "zashto": "why", "zashto ne": "why not", "koga": "when", "ot koga": "since when",
    "koy": "who", "koi": "which", "koya": "which", "koe": "which", "koito": "which",
    "kolko": "how much", "s kolko": "by how much", "kolko vreme": "how long",
    "kolko dobre": "how good", "kakvo": "what", "kak": "how", "kade": "where", "bate": "",
    "be": "", "ama": "but", "nali": "right", "li": "", "ne": "not", "na": "of", "ot": "from",
    "za": "for", "sled": "after", "predi": "before", "e": "is", "sa": "are", "beshe": "was",
    "bil": "was", "bili": "were", "shte": "will", "se": "", "sega": "now", "veche": "already",
    "oshte": "still", "padnaha": "fell", "padna": "fell", "padnali": "fell", "spadna": "fell",
    "skochi": "jumped", "skochiha": "jumped", "porasna": "rose", "porasnaha": "rose",
    "pokachi": "rose", "pokachiha": "rose", "prihodi": "revenue", "prihodite": "revenue",
    "prodazhbi": "sales", "prodazhbite": "sales", "akcii": "shares", "akciite": "shares",
    "kompaniya": "company", "kompaniyata": "company", "kompanii": "companies",
    "kitayska": "chinese", "kitayski": "chinese", "kitayskite": "chinese", "kitay": "china",
    "potrebiteli": "users", "potrebitelite": "users", "funkcii": "features",
    "funkciite": "features", "modelite": "models", "versiya": "version",
    "versiyata": "version", "godina": "year", "godini": "years",
    "sledvashtiya den": "the next day", "na sledvashtiya den": "the next day",
    "sashtata vecher": "the same evening", "vecherta": "the evening", "vecher": "evening",
    "fevruari": "february", "procent": "percent", "procenta": "percent", "tsel": "goal",
    "tselta": "goal", "prichina": "reason", "prichinata": "reason", "iztochnik": "source",
    "iztochnici": "sources", "kaza": "said", "kazal": "said", "prizna": "admitted",
    "priznal": "admitted", "izbra": "chose", "izbraha": "chose", "otkaza": "rejected",
    "anons": "announcement", "anonsa": "announcement", "obrat": "turnaround",
    "mestni": "local", "marki": "brands", "konkurenti": "competitors",
    "dostatuchno": "enough", "nqmali": "lacked", "nyamali": "lacked", "hora": "people",
    "vtori": "second", "parvi": "first", "glaven": "main", "partnyor": "partner",
    "partnyora": "partner", "partnyorstvo": "partnership", "drugite": "the other",
    "napraviha": "did", "napravi": "did", "te": "they", "mersi": "thanks", "zdrasti": "hi",
    "molya": "please", "ne se poluchi": "failed", "poluchi": "worked", "dobre": "good",
    "v": "in", "s": "with", "stana": "happened", "kakvo stana": "what happened",
}  # fmt: skip
# Albanian, or English with its words, often without "ë" and "ç" ("Pse Apple e la DeepSeek?");
# "vlla" and a last "apo jo?" only say how it is said.
_ALBANIAN = {
    "pse": "why", "perse": "why", "kur": "when", "qe kur": "since when", "kush": "who",
    "sa": "how much", "sa perqind": "what percent", "cfare": "what", "cili": "which",
    "cila": "which", "cilat": "which", "cilet": "which", "ku": "where", "si": "how",
    "vlla": "", "apo jo": "", "apo": "or", "e": "", "te": "", "i": "", "qe": "that",
    "me": "with", "ne": "in", "nga": "from", "per": "for", "pas": "after", "para": "before",
    "dhe": "and", "edhe": "also", "nuk": "not", "eshte": "is", "jane": "are", "ishte": "was",
    "ishin": "were", "akoma": "still", "tashme": "already", "aksionet": "shares",
    "aksione": "shares", "cmimi": "price", "te ardhurat": "revenue", "ardhurat": "revenue",
    "shitjet": "sales", "shitje": "sales", "kompania": "company", "kompanite": "companies",
    "kompani": "company", "kinez": "chinese", "kineze": "chinese", "kinezet": "chinese",
    "kine": "china", "perdoruesit": "users", "perdorues": "users", "funksionet": "features",
    "modele": "models", "modelet": "models", "versioni": "version", "viti": "year",
    "vit": "year", "dita": "day", "diten": "day", "te nesermen": "the next day",
    "diten tjeter": "the next day", "te njejten mbremje": "the same evening",
    "mbremje": "evening", "shkurt": "february", "perqind": "percent", "tremujorin": "quarter",
    "tremujori": "quarter", "e katert": "fourth", "qellimi": "goal", "arsyeja": "reason",
    "arsye": "reason", "burimi": "source", "burime": "sources", "tha": "said",
    "pranoi": "admitted", "zgjodhi": "chose", "zgjodh": "chose", "hoqi dore": "dropped",
    "ra": "fell", "u rrit": "rose", "rrit": "rose", "rriten": "rose", "ndodhi": "happened",
    "cfare ndodhi": "what happened", "beri": "did", "jane bere": "were made", "bere": "made",
    "funksionoi": "worked", "nuk funksionoi": "failed", "prezantoi": "unveiled",
    "njoftoi": "announced", "lajmit": "news", "lajmi": "news", "mungesa e": "lack of",
    "mungesa": "lack", "fitime": "gains", "e vertete": "true",
    "a eshte e vertete": "is it true", "bashkepunon": "partners",
    "bashkepunim": "partnership", "bashkepunimi": "partnership", "partneri": "partner",
    "kryesor": "main", "i pari": "first", "lart": "up", "poshte": "down",
    "faleminderit": "thanks", "pershendetje": "hi", "telefonin": "phone", "telefoni": "phone",
    "i ri": "new", "e re": "new", "jane bere nga": "were made from", "vazhdoi": "continued",
    "vazhdoj": "continue",
}  # fmt: skip
# Words of a table that are English words too, or common in English questions: they never make a
# message code-switched by themselves.
_ALSO_ENGLISH = frozenset(
    "la con pe se ho no de y gen ka ke ki ko ne kam din bajo como sach kar hue"
    " na am don e carry gist sha o reach wan say talk ah wee wi aye ken aw ye dem scatter fit"
    " he shi le ma ba ge zai you bu mei hai xian cong shang liang yong xiang suan jiang zhang"
    " was war man da ja so also hat mal kam ob es den die ein im as mehr platz wo bitte nur am um"
    " gut chef ya si sasa hapa ai cara tipo era sim com mas ou alta so sem tem"
    " mano gente mes maio downloads grandes a"
    " an lang tak pit yin fur ain ma yon sair gie oan diya"
    " sa si ni ay pa eh at may di una bago kaya sabi nag mag"
    " apa mana ya ga aja btw ada ke ini itu bulan tim orang jadi lagi baru sama fitur mei"
    " fi dis dat mi deh tuh bout one time a true a go a try run up link up mash up partna"
    " el il f fe l w min men seen da di ka kan tab yom fih abl"
    " too key be ham chin dare sal mah bala pool che un ye o ke ki"
    " age ache bole pore dam mash mas ar ta ti e te oi ei sob kal aj ber lok moto nam"
    " en anna um ma pa nu aa ah le ku me a an sa t ap pou mal fe gen"
    " model lot jou pri travay mak moun menm tou".split()
)
# ...and words of one table too short or too common elsewhere to say a message is in its language
# ("i", "da", "na", "il"), which other tables may still count as theirs.
_KOREAN_WEAK = frozenset(
    "i e do an ga ge geo gan han hal jun su hu don bam mot ani wa nal ya yo ui ro ji jung da hae"
    " ida tto deo igeo juga giban".split()
)
_RUSSIAN_WEAK = frozenset(
    "i a no ne net da v s k o u vo na so do ob po za iz kak god data let den est eta ego ona oni"
    " tot tom tem pro rost cena".split()
)
_VIETNAMESE_WEAK = frozenset(
    "co a o e la de do ma con my ha di thi ve tu sau nam nay ngay gia tang bao dung thang tien"
    " cho voi cac mot sao gi nao vi tra quy bi se da dang nha roi luon ung gat neu loai cuu ko"
    " khac lam rat manh noi chon".split()
)
_GREEK_WEAK = frozenset(
    "i o to ta me se na den file re pos gia ton tin sto apo mera nea ela logos auto alla".split()
)
_POLISH_WEAK = frozenset(
    "no w z ze na do po od dla o i a nie ten te tym tego jak jest rok lat firm firma cena chin"
    " dobra brak ma ich temu".split()
)
_SWEDISH_WEAK = frozenset(
    "i var de den det om men har ja nu sa typ med av till fa ut folk ar pa manga hade blev steg"
    " efter och bara".split()
)
_HUNGARIAN_WEAK = frozenset("a az na es de nap mi mit egy ki hol jo".split())
_ROMANIAN_WEAK = frozenset("cat care e lui era vor luna prima costa tara romania cum ales".split())
_CZECH_WEAK = frozenset(
    "je se si ne ale jak take uz rok cena firma ve zisk autor datum fakt jen jo".split()
)
_SERBO_CROATIAN_WEAK = frozenset(
    "je su se sa i ne pa ima ko sto ce kod pre pad rast sad bio ali ili kada sta koje kako cena"
    " ime od".split()
)
_CATALAN_WEAK = frozenset(
    "es son era ha han va van el la els les de del dels i o per ja home eh vale dia costa primer"
    " mes com que oi nit rao ara saps".split()
)
_WELSH_WEAK = frozenset("faint beth pa ie na y yr yn mis mai lle sut pam ond".split())
_BULGARIAN_WEAK = frozenset(
    "be ama li ne na ot za e sa se te koi kak bil hora tsel dobre kitay v s".split()
)
_ALBANIAN_WEAK = frozenset("sa ku si e te i qe me ne per pas para kine ra vit apo dita".split())
_DANISH_WEAK = frozenset(
    "i er var har men med de den det nu na da om til jo pa af av fra vel lige nar kina maj"
    " februar procent tak".split()
)
_ITALIAN_WEAK = frozenset(
    "il lo la le in con per su dai al del un uno una ha ho ad ed non come serve ora era mai dice"
    " costa solo prima dove fra anni e i o a da".split()
)
# Letters with a mark are read as their bare letters ("perché", "kilè", "tại sao", "wzrosły"):
# Unicode's decomposition gives most; these it does not break down ("æ" and "ø" as Norwegian
# spells Danish's "næste", "omsætning": "neste", "omsetning").
_UNDECOMPOSED = str.maketrans("ßłđæø", "sldeo")


def _word_pattern(table: dict[str, str]) -> re.Pattern[str]:
    return re.compile(
        r"\b("
        + "|".join(sorted(map(re.escape, table), key=len, reverse=True))
        + r")(?!\w|'(?!s\b))"
    )


# ...and words no English question holds, which are enough by themselves: "Wetin cause the
# Baidu and Apple collabo to scatter?"
_ALONE = frozenset(
    "wetin abeg wahala weishenme kyun kitna quantos quantas quanto quando chera cheghadr kodoom"
    " keno koto kothay pochemu skolko kogda nuga eolma eolmana eonje mwoyeyo perche quanti"
    " quante dlaczego giati poso posa varfor kilode tani miert mennyi melyik mikor hany mennyivel"
    " mennyire nar vad vilka vilken vem elo cine cand cati oare deci kdy kdo kolik proc ktery hvorfor"
    " hvornar hvem hvad hva hvilken hvilke hvordan altsa zasto koliko kolko quants quantes quina doncs"
    " yaushe nawa mene meyasa wace wane pryd pwy zashto koga kolko kakvo koya pse perse cfare kush".split()
)


# A borrowed English verb with Tagalog's prefix: "nag-test" (tested), "ni-release", "na-drop",
# "mag-test", "pag-team up"; or its "in" ("inanounce": announced).
_TAGALOG_VERB = re.compile(r"\b(?:nag|mag|na|ni|pag|ma|i)-([a-z]{2,})|\bin([a-z]{4,})\b")


# A hyphen left of a prefix the table read as a word of its own: "mag-test" as " -test".
_ORPHAN_HYPHEN = re.compile(r"(?:(?<=\s)|^)-(?=[a-z])")


def _tagalog_verbs(text: str) -> str:
    """Tagalog's prefixes off the English verbs they are put on."""

    def english(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(1)
        word, rest = match.group(), match.group(2)
        if zipf_frequency(word, "en") >= 1.5:
            return word  # ("into", "india": words as they are)
        return rest  # ("inanounce": "anounce", which the speller then reads)

    return _TAGALOG_VERB.sub(english, _ORPHAN_HYPHEN.sub("", text))


# An Indonesian word's "-nya" (its "the": "beritanya", "timnya"), on an English word or a word of
# the table; and a plural written with a 2 ("saham2": shares).
_NYA = re.compile(r"\b([a-z]{3,})nya\b")
_PLURAL_TWO = re.compile(r"\b([a-z]{3,})2\b")


# (words only ever met with "-nya" here: "timnya" is the team, "Tim" alone a name)
_ONLY_BEFORE_NYA = {"tim": "team"}
# An English verb with Indonesian's passive "di-": "didownload" (downloaded).
_DI_VERB = re.compile(r"\bdi([a-z]{4,})\b")


def _indonesian_words(text: str) -> str:
    """The Indonesian left after the table: "-nya" taken off a word, a plural's "2" dropped, an
    English verb's "di-" read as its past participle."""

    def without_nya(match: re.Match[str]) -> str:
        word, bare = match.group(), match.group(1)
        english = _INDONESIAN.get(bare, _ONLY_BEFORE_NYA.get(bare))
        if english is not None:
            return f"the {english}".rstrip()
        if zipf_frequency(word, "en") < 1.5 and zipf_frequency(bare, "en") >= 2.5:
            return f"the {bare}"
        return word  # (an English or a name "-nya": "kenya")

    def participle(match: re.Match[str]) -> str:
        word, verb = match.group(), match.group(1)
        if zipf_frequency(word, "en") >= 1.5 or zipf_frequency(verb, "en") < 3.0:
            return word  # ("display", "digital": English as they are)
        return verb + ("d" if verb.endswith("e") else "ed")

    text = _DI_VERB.sub(participle, _NYA.sub(without_nya, text))
    return _PLURAL_TWO.sub(lambda match: _INDONESIAN.get(match.group(1), match.group(1)), text)


# A Swahili verb: who (a-, wa-, i-, zi-, ...), when (-li- past, -na- now, -me- done, -ta- will,
# -ki-, -ka-), then the stem and its ending ("-iwa", "-wa": done to it).
_SWAHILI_VERB = re.compile(
    r"\b(?:a|wa|i|zi|ki|vi|li|ya|u|tu|ni|m)?(?:mesha|li|na|me|ta|ki|ka|ku)"
    r"([a-z]{2,12}?)(?:iliwa|iwa|ewa|wa|a|e|i)?\b"
)


def _swahili_verbs(text: str) -> str:
    """Swahili verbs in English: a stem of the table ("zilipanda": rose), or an English verb
    with Swahili prefixes ("iliconsider": consider, "imedownloadiwa": downloaded)."""

    def english(match: re.Match[str]) -> str:
        word, stem = match.group(), match.group(1)
        for known in (stem, stem + "a", stem[:-1] if len(stem) > 3 else stem):
            if known in _SWAHILI_STEMS:
                return _SWAHILI_STEMS[known]
        if zipf_frequency(word, "en") >= 1.5:
            return word  # an English word or a name as it is ("alibaba" is no a-li-baba)
        borrowed = word[match.start(1) - match.start() :]
        for ending in ("iwa", "wa", ""):
            verb = borrowed.removesuffix(ending) if ending else borrowed
            for candidate in (verb, verb + "e"):
                if len(candidate) >= 5 and zipf_frequency(candidate, "en") >= 3.0:
                    return candidate
        return word

    # "mwaka gani" is "which year": the question word after its noun, put before it.
    return _AFTER_ITS_NOUN.sub(r"which \1", _SWAHILI_VERB.sub(english, text))


_AFTER_ITS_NOUN = re.compile(r"\b(?!(?:and|of|for|or|the)\b)([A-Za-z][\w.-]*) which\b")


# The "-e" or "-ye" that ties a Persian noun to the next, written after a hyphen, is its "of"
# ("saham-e Alibaba": the shares of Alibaba; "foroosh-e Apple": the sales of Apple), as is the
# "-haye" of a plural so tied ("saham-haye concept"); a plural's "-ha" ("benchmark-ha") and a
# possessive's "-esh" ("saham-esh", its shares) are dropped, once the noun is in English.
_PERSIAN_EZAFE = re.compile(r"\b([\w.]+)-(?:e|ye|ie|haye|haie|hay)\b")
_PERSIAN_ENDING = re.compile(r"(?<=\w)-(?:ha|haee|esh|ash|eshoon|shoon|st)\b")


_DETERMINED = re.compile(r"\b(?:which|what|the|this|that|its|how many)\s+$")


def _persian_endings(text: str) -> str:
    def tied(match: re.Match[str]) -> str:
        # (one "the" only: "kodoom sherkat-e Chini" is "which company of chinese")
        the = "" if _DETERMINED.search(text, max(0, match.start() - 12), match.start()) else "the "
        return f"{the}{match.group(1)} of"

    return _PERSIAN_ENDING.sub("", _PERSIAN_EZAFE.sub(tied, text))


# Bengali "ke" asks who where a verb of being or the end follows it ("main partner ke chilo?",
# "Alibaba er CEO ke?"), and marks the object elsewhere ("DeepSeek ke keno bad dilo"); "ki" last
# marks a yes-or-no question ("share bere gese ki"), and asks what elsewhere ("ki bolse"); "na"
# last asks for agreement ("Tongyi na?"), and is "not" elsewhere.
_BENGALI_WHO = re.compile(r"\bke(?: ke)?\b(?=\s*(?:was|is|are|has|will\b|[?.!,]|$))")
_BENGALI_OBJECT = re.compile(r"\bke\b")
_BENGALI_LAST = re.compile(r"\s*\b(?:ki|na)\b(?=\s*(?:[?.!]|$))")
_BENGALI_WHAT = re.compile(r"\bki\b")
_BENGALI_NOT = re.compile(r"\bna\b")


def _bengali_question_words(text: str) -> str:
    text = _BENGALI_OBJECT.sub("", _BENGALI_WHO.sub("who", text))
    text = _BENGALI_LAST.sub("", text)
    return " ".join(_BENGALI_NOT.sub("not", _BENGALI_WHAT.sub("what", text)).split())


# Haitian Creole, Russian, Vietnamese and Polish (and Czech, Romanian, Serbian and Croatian,
# Welsh, Albanian) put the owner after what it owns ("aksyon
# Apple", "akcii Apple", "co phieu Apple", "akcje Apple": Apple's shares; "pri API Tongyi a":
# the Tongyi API's price): a thing of the tables before a name written with a capital.
_OWNED_BEFORE_OWNER = re.compile(
    r"\b(shares|price|sales|revenue|phone|partner|features|users|models|news|version|approval) "
    # (not "AI": "doi tac AI" is an AI partner, no partner of AI's)
    r"(?!AI\b)((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*)*)"
)


def _owners_after(text: str) -> str:
    return _OWNED_BEFORE_OWNER.sub(r"\2's \1", text)


# Korean's particles and endings on a figure: "February 11e" (on the 11th), "4bungi" (the fourth
# quarter); and a hyphen a dropped particle leaves behind ("nugu-reul" is "who-").
_KOREAN_DAY = re.compile(r"\b(\d+)(?:e|eseo|eneun|il)\b")
_KOREAN_QUARTER = re.compile(r"\b([1-4])\s*-?bungi(?:e|eneun|eseo)?\b")
_LEFT_HYPHEN = re.compile(r"(?<=\w)-+(?=[\s?.!,]|$)")


def _korean_particles(text: str) -> str:
    return _LEFT_HYPHEN.sub("", _KOREAN_DAY.sub(r"\1", _KOREAN_QUARTER.sub(r"Q\1", text)))


# An Italian article elided before a vowel: "l'annuncio", "dell'API", "c'entrano".
# (Catalan's too: "l'endemà", "d'Alibaba", "s'ha")
_ELIDED = re.compile(
    r"\b(?:l|dell|nell|all|sull|dall|un|c|d|s|n|quest|quell)['’](?=\w)", re.IGNORECASE
)


def _without_elisions(text: str) -> str:
    return _ELIDED.sub("", text)


# Vietnamese "ai" (who) in lower case, "AI" in capitals is AI; and "khong" last only marks a
# yes-or-no question ("co ... khong?"), where it is no "not".
_VIETNAMESE_WHO = re.compile(r"\bai\b")
_LAST_NOT = re.compile(r"\s*\bnot\b(?=\s*(?:[?.!]|$))")


def _vietnamese_words(text: str) -> str:
    return _owners_after(_last_not_dropped(_VIETNAMESE_WHO.sub("who", text)))


# Greek "meta" (after) in lower case; "Meta" with a capital is the company.
_GREEK_AFTER = re.compile(r"\bmeta\b")


def _greek_after(text: str) -> str:
    return _GREEK_AFTER.sub("after", text)


# Romanian's article after a hyphen on a borrowed word: "CEO-ul" (the CEO), "iPhone-urile".
_ROMANIAN_ARTICLE = re.compile(r"(?<=\w)-(?:ul|ului|urile|urilor|uri|lui)\b", re.IGNORECASE)


def _last_not_dropped(text: str) -> str:
    """A last "not" dropped: "..., ikke?", "..., nu?", "..., ne?" ask for agreement."""
    return _LAST_NOT.sub("", text)


def _romanian_words(text: str) -> str:
    return _owners_after(_last_not_dropped(_ROMANIAN_ARTICLE.sub("", text)))


def _czech_words(text: str) -> str:
    return _owners_after(_last_not_dropped(text))


# Hindi and Spanish share a table, as they always have; each other way has its own. With each,
# what is done to the English read with it: a borrowed verb's prefix or ending taken off.
_TABLES = tuple(
    (table, frozenset(table) - _ALSO_ENGLISH - weak, _word_pattern(table), afterwards)
    for table, afterwards, weak in (
        ({**_HINDI, **_SPANISH}, None, frozenset()),
        (_PINYIN, None, frozenset()),
        (_PIDGIN, None, frozenset()),
        (_SINGLISH, None, frozenset()),
        (_SCOTS, None, frozenset()),
        (_GERMAN, None, frozenset()),
        (_SWAHILI, _swahili_verbs, frozenset()),
        (_PORTUGUESE, None, frozenset()),
        (_TAGALOG, _tagalog_verbs, frozenset()),
        (_INDONESIAN, _indonesian_words, frozenset()),
        (_JAMAICAN, None, frozenset()),
        (_ARABIZI, None, frozenset()),
        (_PERSIAN, _persian_endings, frozenset()),
        (_BENGALI, _bengali_question_words, frozenset()),
        (_TAMIL, None, frozenset()),
        (_HAITIAN, _owners_after, frozenset()),
        (_KOREAN, _korean_particles, _KOREAN_WEAK),
        (_RUSSIAN, _owners_after, _RUSSIAN_WEAK),
        (_ITALIAN, _without_elisions, _ITALIAN_WEAK),
        (_VIETNAMESE, _vietnamese_words, _VIETNAMESE_WEAK),
        (_GREEK, _greek_after, _GREEK_WEAK),
        (_POLISH, _owners_after, _POLISH_WEAK),
        (_SWEDISH, None, _SWEDISH_WEAK),
        (_HUNGARIAN, None, _HUNGARIAN_WEAK),
        (_ROMANIAN, _romanian_words, _ROMANIAN_WEAK),
        (_CZECH, _czech_words, _CZECH_WEAK),
        (_DANISH, _last_not_dropped, _DANISH_WEAK),
        (_SERBO_CROATIAN, _owners_after, _SERBO_CROATIAN_WEAK),
        (_CATALAN, _without_elisions, _CATALAN_WEAK),
        (_WELSH, _owners_after, _WELSH_WEAK),
        (_BULGARIAN, None, _BULGARIAN_WEAK),
        (_ALBANIAN, _owners_after, _ALBANIAN_WEAK),
    )
)


def in_english(text: str) -> str:
    """`text` with the other language's words of a code-switched message in English; any other
    message as it is."""
    chinese = bool(_HAN.search(text))
    if chinese:
        text = " ".join(
            _HAN.sub(lambda run: f" {_chinese_words(run.group().replace(' ', ''))} ", text).split()
        )
        # (a gloss in brackets stays in them: "Tencent (腾讯)" names Tencent once)
        text = text.replace(" ?", "?").replace("( ", "(").replace(" )", ")")
    # (one letter for one letter: the positions in `folded` are those of `text`, whose other
    # words keep their capitals, which say what is a name)
    folded = text.lower()
    if len(folded) != len(text):
        # ("İ" lowers to two letters, "i" and a dot above: one letter each, as written)
        folded = "".join(char.lower()[0] for char in text)
    if not folded.isascii():
        # (letter by letter, its first part only: the positions stay those of `text`)
        folded = "".join(
            unicodedata.normalize("NFD", char)[0] for char in folded.translate(_UNDECOMPOSED)
        )
    best, table, matches, afterwards = 1, None, [], None
    for words, markers, pattern, then in _TABLES:
        found = list(pattern.finditer(folded))
        marked = {match.group(1) for match in found} & markers
        # (a phrase of two words or more, "por que", "ke saath", is the other language alone)
        count = len(marked) + sum(" " in word or word in _ALONE for word in marked)
        # (Chinese characters say the pinyin beside them is Chinese too: "第二天 Ali gupiao")
        count += chinese and words is _PINYIN
        if count > best:
            best, table, matches, afterwards = count, words, found, then
    if table is None:
        return text
    parts, end = [], 0
    for match in matches:
        english = table[match.group(1)]
        before = text[end : match.start()]
        if english == "'s" and before.strip():
            # "Alibaba ka stock" is "Alibaba's stock": the possessive goes on the word before
            # (not "calls's": "API calls ka kharcha" is the API calls' cost).
            before = before.rstrip()
            english = "" if before.endswith("s") else english
        parts += [before, english]
        end = match.end()
    read = " ".join("".join([*parts, text[end:]]).split())
    return afterwards(read) if afterwards is not None else read
