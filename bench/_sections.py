"""The benchmark sections; each prints its own table."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import importlib
import importlib.util
import inspect
import json
import os
import random
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import knowledge
from bot.engine import Engine
from evaluation._report import table
from evaluation.baselines import BM25Baseline
from evaluation.squad import DATA, SquadArticle, build_pack, read_squad

ARTICLE_QUESTIONS = (
    Path(__file__).resolve().parent.parent / "evaluation" / "data" / "article_questions.jsonl"
)
# Used when the article question file is missing: a few ordinary questions about the article.
FALLBACK_QUESTIONS = (
    "Why did Apple drop DeepSeek?",
    "Who is Apple's AI partner in China?",
    "When was the partnership announced?",
    "How much did Alibaba's shares rise?",
    "What is Qwen?",
    "Which companies did Apple consider?",
    "what about baidu",
    "Who is Apple's AI partner in Japan?",
    "What is the capital of France?",
    "hello",
)
SCALE_SAMPLE = 1500  # SQuAD questions timed at scale (a fixed sample of the 4,764)
SYNTHETIC_QUESTIONS = 200
FACTS_PER_SYNTHETIC_PACK = 1000
SENTENCES_PER_PARAGRAPH = 8


@dataclass(frozen=True)
class Options:
    """What the command line chose."""

    sizes: Sequence[int]


@dataclass(frozen=True)
class Latency:
    """Per-question times in milliseconds."""

    median: float
    p99: float
    mean: float
    n: int

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Latency:
        """Summarise a list of per-question times given in seconds."""
        ms = np.array(seconds) * 1000.0
        return cls(float(np.median(ms)), float(np.percentile(ms, 99)), float(ms.mean()), len(ms))


def _time_each(ask: Callable[[str], object], questions: Sequence[str]) -> Latency:
    """Time one call per question, in order: one pass, caches warming as a user would meet them."""
    gc.collect()
    times = []
    clock = time.perf_counter
    for question in questions:
        started = clock()
        ask(question)
        times.append(clock() - started)
    return Latency.of(times)


def _bm25_ask(sentences: Sequence[str]) -> Callable[[str], object]:
    """BM25 the way a baseline answers: tokenise, score every sentence, take the argmax."""
    bm25 = BM25Baseline(sentences)
    return bm25.top


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 else "-"


def _latency_rows(engine: Latency, bm25: Latency) -> list[list[object]]:
    return [
        ["engine", engine.n, f"{engine.median:.3f}", f"{engine.p99:.3f}", f"{engine.mean:.3f}"],
        ["BM25 (rank_bm25)", bm25.n, f"{bm25.median:.3f}", f"{bm25.p99:.3f}", f"{bm25.mean:.3f}"],
        [
            "engine / BM25",
            "",
            _ratio(engine.median, bm25.median),
            _ratio(engine.p99, bm25.p99),
            _ratio(engine.mean, bm25.mean),
        ],
    ]


LATENCY_HEADERS = ["method", "questions", "median ms", "p99 ms", "mean ms"]


def _cpu_note() -> str:
    pinned = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"one thread; {pinned} CPU core(s) available to this process of {os.cpu_count()}"


# -- (a) the shipped article ---------------------------------------------------------------------


def _article_questions() -> tuple[list[str], str]:
    if not ARTICLE_QUESTIONS.is_file():
        return list(FALLBACK_QUESTIONS), "fallback list (article_questions.jsonl is missing)"
    questions = []
    for line in ARTICLE_QUESTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            questions.append(str(json.loads(line)["question"]))
    return questions, f"{ARTICLE_QUESTIONS.name}"


def engine_section(options: Options) -> None:
    """(a) Latency per question on the shipped article, beside BM25 on its sentences."""
    started = time.perf_counter()
    kb = knowledge.load_knowledge()
    engine = Engine(kb)
    load = time.perf_counter() - started
    questions, source = _article_questions()
    sentences = [fact.citation.quote for pack in kb.packs for fact in pack.facts]
    engine_latency = _time_each(engine.ask, questions)
    bm25_latency = _time_each(_bm25_ask(sentences), questions)
    print(f"== (a) the shipped article: {len(sentences)} sentences, questions from {source}")
    print(f"load + engine construction {load * 1000:.1f} ms; {_cpu_note()}")
    print(table(LATENCY_HEADERS, _latency_rows(engine_latency, bm25_latency)))


# -- (b) all SQuAD articles at once ----------------------------------------------------------------


def _squad() -> list[SquadArticle]:
    if not DATA.is_file():
        raise SystemExit(f"bench: no SQuAD data at {DATA}")
    return read_squad(DATA)


def scale_section(options: Options) -> None:
    """(b) The 15 SQuAD articles loaded together: build, load, and latency per question."""
    articles = _squad()
    with tempfile.TemporaryDirectory(prefix="bench-squad-") as tmp:
        folders = []
        build_times = []
        for article in articles:
            folder = Path(tmp) / article.slug
            folder.mkdir()
            source = folder / f"{article.slug}.txt"
            source.write_text(article.text, encoding="utf-8")
            started = time.perf_counter()
            knowledge.build(source)
            build_times.append(time.perf_counter() - started)
            folders.append(folder)
        gc.collect()
        started = time.perf_counter()
        kb = knowledge.load_knowledge(folders)
        loaded = time.perf_counter()
        engine = Engine(kb)
        constructed = time.perf_counter()
        # Again, now that one-time costs (imports, word-frequency tables) are paid.
        Engine(kb)
        again = time.perf_counter() - constructed
    sentences = [fact.citation.quote for pack in kb.packs for fact in pack.facts]
    started_bm25 = time.perf_counter()
    bm25_ask = _bm25_ask(sentences)
    bm25_index = time.perf_counter() - started_bm25
    pool = [q.text for article in articles for q in article.questions]
    questions = random.Random(0).sample(pool, min(SCALE_SAMPLE, len(pool)))
    engine_latency = _time_each(engine.ask, questions)
    bm25_latency = _time_each(bm25_ask, questions)
    print(
        f"== (b) scale: {len(kb.packs)} SQuAD articles loaded at once, {len(sentences)} sentences;"
        f" {len(questions)} of their {len(pool)} questions (fixed sample); {_cpu_note()}"
    )
    print(
        table(
            ["step", "seconds"],
            [
                [f"build all {len(articles)} packs (knowledge.build)", f"{sum(build_times):.3f}"],
                ["  slowest single pack", f"{max(build_times):.3f}"],
                ["load all packs (load_knowledge)", f"{loaded - started:.3f}"],
                ["engine construction (Engine)", f"{constructed - loaded:.3f}"],
                ["load + engine, total (target < 1 s)", f"{constructed - started:.3f}"],
                ["engine construction again, in the same process", f"{again:.3f}"],
                ["BM25 index over the same sentences (BM25Okapi)", f"{bm25_index:.3f}"],
            ],
        )
    )
    print()
    print("per question (targets: engine median < 2 ms, p99 < 10 ms):")
    print(table(LATENCY_HEADERS, _latency_rows(engine_latency, bm25_latency)))


# -- (c) synthetic knowledge bases ---------------------------------------------------------------

_WORD = re.compile(r"\S+")


def _synthetic_packs(size: int, sources: Sequence[str], seed: int = 0) -> list[knowledge.Pack]:
    """Packs of `size` facts in total, made of SQuAD words, built in memory (no pysbd, no disk).

    Each sentence takes the first half of one real sentence's words and the second half of
    another's, shuffled, so term frequencies are SQuAD's and no two sentences are copies; the
    vocabulary is SQuAD's, so posting lists grow with size (the hard case for an index). Names
    (capitalised words) and numbers are recorded as entities the cheap way, not by extraction.
    """
    rng = random.Random(seed)
    split = [_WORD.findall(sentence) for sentence in sources]
    packs = []
    for first in range(0, size, FACTS_PER_SYNTHETIC_PACK):
        count = min(FACTS_PER_SYNTHETIC_PACK, size - first)
        article = f"synthetic-{size}-{first // FACTS_PER_SYNTHETIC_PACK:04d}"
        title = f"Synthetic article {first // FACTS_PER_SYNTHETIC_PACK + 1}"
        parts = [title, "\n\n"]
        offset = len(title) + 2
        facts = []
        paragraphs = []
        paragraph_start = offset
        for number in range(1, count + 1):
            a, b = rng.choice(split), rng.choice(split)
            words = a[: len(a) // 2] + b[len(b) // 2 :]
            rng.shuffle(words)
            quote = " ".join(words).rstrip(".") + "."
            quote = quote[0].upper() + quote[1:]
            start = offset
            parts.append(quote)
            offset += len(quote)
            paragraph = (number - 1) // SENTENCES_PER_PARAGRAPH + 1
            facts.append(
                knowledge.ExtractedFact.model_construct(
                    id=f"s{number}",
                    citation=knowledge.Citation.model_construct(
                        article=article,
                        paragraph=paragraph,
                        sentence=number,
                        start=start,
                        end=offset,
                        quote=quote,
                    ),
                    entities=knowledge.Entities.model_construct(
                        names=[w.strip(".,;:()\"'") for w in words if w[:1].isupper()],
                        numbers=[w.strip(".,;:()") for w in words if w[:1].isdigit()],
                        percentages=[],
                        dates=[],
                    ),
                    keywords=knowledge.content_words(quote),
                )
            )
            last_of_paragraph = number % SENTENCES_PER_PARAGRAPH == 0 or number == count
            if last_of_paragraph:
                paragraphs.append(
                    knowledge.Paragraph.model_construct(
                        number=paragraph, start=paragraph_start, end=offset, kind="content"
                    )
                )
                parts.append("\n\n")
                offset += 2
                paragraph_start = offset
            else:
                parts.append(" ")
                offset += 1
        text = "".join(parts)
        meta = knowledge.ArticleMeta.model_construct(
            id=article,
            file=f"{article}.txt",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=title,
            title_span=None,
            date=None,
            dateline_span=None,
            views=None,
            origin="synthetic (bench)",
        )
        packs.append(
            knowledge.Pack(
                folder=Path(article),
                text=text,
                article=meta,
                paragraphs=tuple(paragraphs),
                facts=tuple(facts),
                curated=(),
                aliases={},
                _by_id={fact.id: fact for fact in facts},
            )
        )
    return packs


def _bm25_questions(size: int) -> int:
    """How many questions BM25 is timed on at this size (fewer when it is slow)."""
    return max(20, min(SYNTHETIC_QUESTIONS, SYNTHETIC_QUESTIONS * 10_000 // max(size, 1)))


def synthetic_section(options: Options) -> None:
    """(c) How latency grows with the size of the knowledge base."""
    articles = _squad()
    sources = []
    for article in articles:
        folder, _ = build_pack(article)  # the evaluation's cache
        sources += [fact.citation.quote for fact in knowledge.load_pack(folder).facts]
    pool = [q.text for article in articles for q in article.questions]
    questions = random.Random(1).sample(pool, min(SYNTHETIC_QUESTIONS, len(pool)))
    rows = []
    for size in options.sizes:
        started = time.perf_counter()
        packs = _synthetic_packs(size, sources)
        generated = time.perf_counter()
        engine = Engine(knowledge.KnowledgeBase(packs=tuple(packs)))
        constructed = time.perf_counter()
        sentences = [fact.citation.quote for pack in packs for fact in pack.facts]
        bm25_ask = _bm25_ask(sentences)
        bm25_built = time.perf_counter()
        engine_latency = _time_each(engine.ask, questions)
        # rank_bm25 scores every sentence in Python: a few hundred ms a question at 100k facts.
        bm25_latency = _time_each(bm25_ask, questions[: _bm25_questions(size)])
        rows.append(
            [
                f"{size:,}",
                f"{generated - started:.2f}",
                f"{constructed - generated:.2f}",
                f"{bm25_built - constructed:.2f}",
                f"{engine_latency.median:.2f}",
                f"{engine_latency.p99:.2f}",
                bm25_latency.n,
                f"{bm25_latency.median:.2f}",
                f"{bm25_latency.p99:.2f}",
                _ratio(engine_latency.median, bm25_latency.median),
            ]
        )
        del engine, packs, sentences, bm25_ask
        gc.collect()
    print(
        f"== (c) synthetic knowledge bases ({FACTS_PER_SYNTHETIC_PACK:,} facts per pack, words"
        f" from SQuAD sentences, seed 0); {len(questions)} SQuAD questions each; {_cpu_note()}"
    )
    print("target: engine median < 50 ms at 100,000 facts")
    print(
        table(
            [
                "facts", "generate s", "engine build s", "BM25 build s",
                "engine med ms", "engine p99 ms",
                "BM25 n", "BM25 med ms", "BM25 p99 ms", "median ratio",
            ],
            rows,
        )
    )  # fmt: skip


# -- (d) the Telegram layer ----------------------------------------------------------------------


def telegram_section(options: Options) -> None:
    """(d) The Telegram layer's own benchmark, when its module exists."""
    print("== (d) Telegram layer")
    if importlib.util.find_spec("bench.telegram_bench") is None:
        print("bench/telegram_bench.py is missing: no Telegram figures")
        return
    module = importlib.import_module("bench.telegram_bench")
    run = getattr(module, "run_telegram_bench", None)
    if run is None:
        print("bench/telegram_bench.py has no run_telegram_bench(): no Telegram figures")
        return
    result: Any = run()
    if inspect.isawaitable(result):
        result = asyncio.run(_await(result))
    _print_rows(result)


async def _await(awaitable: Any) -> Any:
    return await awaitable


def _print_rows(result: Any) -> None:
    """Print what run_telegram_bench() returned: rows as dicts, sequences, or plain lines."""
    if isinstance(result, str):
        print(result)
        return
    rows = list(result or [])
    if not rows:
        print("(no rows)")
    elif all(isinstance(row, dict) for row in rows):
        headers = list(dict.fromkeys(key for row in rows for key in row))
        print(table(headers, [[_cell(row.get(h, "")) for h in headers] for row in rows]))
    elif all(isinstance(row, list | tuple) for row in rows):
        width = max(len(row) for row in rows)
        padded = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in rows]
        print(table(padded[0], padded[1:]) if len(padded) > 1 else "  ".join(map(str, padded[0])))
    else:
        for row in rows:
            print(row)


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


SECTIONS: dict[str, Callable[[Options], None]] = {
    "engine": engine_section,
    "scale": scale_section,
    "synthetic": synthetic_section,
    "telegram": telegram_section,
}
