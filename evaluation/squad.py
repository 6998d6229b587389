"""The SQuAD 2.0 benchmark: 15 Wikipedia articles nobody here wrote, built and asked uncurated.

`python -m evaluation.squad` (`make eval-squad`) writes each article as plain text, builds it with
`knowledge.build` (cached in `.eval-cache/squad/` by the article and the knowledge code), and asks
every question of it, plus a fixed sample of the other articles' questions (off-topic). Beside the
engine, on the same questions and the same sentences: BM25 and rapidfuzz `token_set_ratio`, each
with the single threshold that is best over all questions pooled.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import knowledge
from bot.engine import Engine, Params
from evaluation._report import parse_params, rate, rounded, table, verdict
from evaluation.baselines import (
    BM25Baseline,
    FuzzBaseline,
    Scored,
    at_answerable_rate,
    best_threshold,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "squad2" / "public.jsonl"
CACHE = ROOT / ".eval-cache" / "squad"
OFF_TOPIC_PER_ARTICLE = 150

ANSWERABLE, UNANSWERABLE, OFF_TOPIC = "answerable", "unanswerable", "off-topic"

# The targets of the benchmark (issue "Any article").
TARGET_ANSWERABLE = 0.80
TARGET_OFF_TOPIC = 0.95
TARGET_ANSWERABLE_WITH_OFF_TOPIC = 0.75


@dataclass(frozen=True)
class SquadQuestion:
    """One SQuAD question with its gold answer texts (none when unanswerable)."""

    id: str
    text: str
    answers: tuple[str, ...]
    impossible: bool


@dataclass(frozen=True)
class SquadArticle:
    """One Wikipedia article as plain text (title, then paragraphs), and its questions."""

    index: int
    title: str
    slug: str
    text: str
    questions: tuple[SquadQuestion, ...]


def read_squad(path: Path = DATA) -> list[SquadArticle]:
    """The articles of a SQuAD-format JSON-lines file, in file order."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            raw = json.loads(line)
            title = raw["title"].replace("_", " ")
            paragraphs = [paragraph["context"].strip() for paragraph in raw["paragraphs"]]
            questions = tuple(
                SquadQuestion(
                    id=qa["id"],
                    text=qa["question"],
                    answers=tuple(dict.fromkeys(a["text"] for a in qa["answers"] if a["text"])),
                    impossible=bool(qa["is_impossible"]),
                )
                for paragraph in raw["paragraphs"]
                for qa in paragraph["qas"]
            )
            slug = re.sub(r"[^a-z0-9]+", "-", raw["title"].lower()).strip("-")
            text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
            articles.append(SquadArticle(index, title, slug, text, questions))
    return articles


def _knowledge_code_hash() -> str:
    """A hash of the knowledge package's code: a pack built by older code is built again."""
    digest = hashlib.sha256()
    for source in sorted(Path(knowledge.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def build_pack(
    article: SquadArticle, cache: Path = CACHE, code: str | None = None
) -> tuple[Path, float | None]:
    """The pack folder of an article, built unless cached; and the build time (None if cached)."""
    folder = cache / article.slug
    key = hashlib.sha256((article.text + (code or _knowledge_code_hash())).encode()).hexdigest()
    stamp = folder / ".built"
    if stamp.is_file() and stamp.read_text() == key and (folder / knowledge.FACTS_FILE).is_file():
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = folder / f"{article.slug}.txt"
    source.write_text(article.text, encoding="utf-8")
    started = time.perf_counter()
    knowledge.build(source)
    elapsed = time.perf_counter() - started
    stamp.write_text(key)
    return folder, elapsed


def off_topic_sample(
    articles: Sequence[SquadArticle], index: int, size: int = OFF_TOPIC_PER_ARTICLE
) -> list[SquadQuestion]:
    """A fixed sample of the other articles' questions (answerable or not), for article `index`."""
    pool = [q for other in articles if other.index != index for q in other.questions]
    return random.Random(index).sample(pool, min(size, len(pool)))


# -- asking -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One question asked of one article, by the engine and both baselines."""

    question: SquadQuestion
    kind: str  # ANSWERABLE, UNANSWERABLE or OFF_TOPIC
    answered: bool
    offered: tuple[str, ...]  # near-tied facts offered ("did you mean"), beside or instead of it
    right: bool  # answered, and the first citation holds a gold answer
    confidence: float
    fact_id: str | None
    top_right: bool  # the engine's best sentence, abstention ignored, holds a gold answer
    top_confidence: float
    top_quote: str | None
    bm25: Scored
    fuzz: Scored

    @property
    def answerable(self) -> bool:
        """Whether the question is answerable from this article."""
        return self.kind == ANSWERABLE


@dataclass
class ArticleRun:
    """Everything asked of one article."""

    article: SquadArticle
    sentences: int
    build_seconds: float | None
    outcomes: list[Outcome]


def _holds(quote: str | None, answers: Iterable[str]) -> bool:
    return quote is not None and any(answer in quote for answer in answers)


def evaluate_article(
    article: SquadArticle,
    off_topic: Sequence[SquadQuestion],
    params: Params,
    cache: Path = CACHE,
    code: str | None = None,
) -> ArticleRun:
    """Build (or reuse) the article's pack and ask it its own questions and the off-topic ones."""
    folder, seconds = build_pack(article, cache, code)
    kb = knowledge.load_knowledge([folder])
    engine = Engine(kb, params)
    top_engine = Engine(kb, dataclasses.replace(params, threshold=0.0, tie_margin=0.0))
    sentences = [fact.citation.quote for fact in kb.packs[0].facts]
    bm25 = BM25Baseline(sentences)
    fuzzy = FuzzBaseline(sentences, fuzz.token_set_ratio)
    asked = [(q, UNANSWERABLE if q.impossible else ANSWERABLE) for q in article.questions]
    asked += [(q, OFF_TOPIC) for q in off_topic]
    outcomes = []
    for question, kind in asked:
        gold = question.answers if kind == ANSWERABLE else ()
        answer = engine.ask(question.text)
        top = top_engine.ask(question.text)
        top_quote = top.citations[0].quote if top.citations else None
        b, f = bm25.top(question.text), fuzzy.top(question.text)
        outcomes.append(
            Outcome(
                question=question,
                kind=kind,
                answered=answer.answered,
                offered=tuple(choice.fact_id for choice in answer.choices),
                right=answer.answered and _holds(answer.citations[0].quote, gold),
                confidence=answer.confidence,
                fact_id=answer.fact_id,
                top_right=_holds(top_quote, gold),
                top_confidence=top.confidence,
                top_quote=top_quote,
                bm25=Scored(b.score, kind == ANSWERABLE, _holds(sentences[b.index], gold)),
                fuzz=Scored(f.score, kind == ANSWERABLE, _holds(sentences[f.index], gold)),
            )
        )
    return ArticleRun(article, len(sentences), seconds, outcomes)


# -- summarising --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The three rates of one method on one set of questions."""

    answerable: float
    unanswerable: float  # abstention on SQuAD's unanswerable questions
    off_topic: float  # abstention on the other articles' questions

    def as_dict(self) -> dict[str, float]:
        """The figures as a plain dict."""
        return dataclasses.asdict(self)


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def engine_figures(outcomes: Sequence[Outcome]) -> Figures:
    """The engine's rates at its own threshold."""
    return Figures(
        answerable=_share([o.right for o in outcomes if o.kind == ANSWERABLE]),
        unanswerable=_share([not o.answered for o in outcomes if o.kind == UNANSWERABLE]),
        off_topic=_share([not o.answered for o in outcomes if o.kind == OFF_TOPIC]),
    )


def top1_rate(outcomes: Sequence[Outcome]) -> float:
    """How often the engine's best sentence holds a gold answer, abstention ignored."""
    return _share([o.top_right for o in outcomes if o.kind == ANSWERABLE])


def baseline_figures(outcomes: Sequence[Outcome], which: str, threshold: float) -> Figures:
    """A baseline's rates at a given threshold."""
    records = [(o.kind, getattr(o, which)) for o in outcomes]
    return Figures(
        answerable=_share(
            [s.right and s.score >= threshold for k, s in records if k == ANSWERABLE]
        ),
        unanswerable=_share([s.score < threshold for k, s in records if k == UNANSWERABLE]),
        off_topic=_share([s.score < threshold for k, s in records if k == OFF_TOPIC]),
    )


BASELINES = {"bm25": "BM25", "fuzz": "token_set_ratio"}


def summarise(runs: Sequence[ArticleRun], params: Params) -> dict[str, Any]:
    """Per-article and overall figures, the baselines' thresholds, and the targets."""
    outcomes = [o for run in runs for o in run.outcomes]
    thresholds = {which: best_threshold(getattr(o, which) for o in outcomes) for which in BASELINES}
    engine_all = engine_figures(outcomes)
    # Abstention at the engine's answerable rate, over answerable and SQuAD-unanswerable only.
    matched = {
        which: at_answerable_rate(
            (getattr(o, which) for o in outcomes if o.kind != OFF_TOPIC), engine_all.answerable
        )
        for which in BASELINES
    }
    # The engine's own confidence as a single threshold (best sentence, abstention ignored).
    engine_sweep = best_threshold(
        Scored(o.top_confidence, o.answerable, o.top_right) for o in outcomes
    )

    def row(
        name: str, chosen: Sequence[Outcome], build: float | None, sentences: int
    ) -> dict[str, Any]:
        return {
            "article": name,
            "sentences": sentences,
            "answerable_questions": sum(o.kind == ANSWERABLE for o in chosen),
            "unanswerable_questions": sum(o.kind == UNANSWERABLE for o in chosen),
            "off_topic_questions": sum(o.kind == OFF_TOPIC for o in chosen),
            "build_seconds": None if build is None else round(build, 3),
            "engine": engine_figures(chosen).as_dict(),
            "engine_top1": top1_rate(chosen),
            **{
                f"{which}_top1": _share(
                    [getattr(o, which).right for o in chosen if o.kind == ANSWERABLE]
                )
                for which in BASELINES
            },
            **{
                which: baseline_figures(chosen, which, thresholds[which].threshold).as_dict()
                for which in BASELINES
            },
        }

    builds = [run.build_seconds for run in runs]
    overall = row(
        "overall",
        outcomes,
        None if any(b is None for b in builds) else sum(b for b in builds if b is not None),
        sum(run.sentences for run in runs),
    )
    targets = [
        {
            "target": f"answerable citation >= {TARGET_ANSWERABLE:.2f}",
            "value": engine_all.answerable,
            "pass": bool(engine_all.answerable >= TARGET_ANSWERABLE),
        },
        {
            "target": f"off-topic abstention >= {TARGET_OFF_TOPIC:.2f}"
            f" with answerable >= {TARGET_ANSWERABLE_WITH_OFF_TOPIC:.2f}",
            "value": [engine_all.off_topic, engine_all.answerable],
            "pass": bool(
                engine_all.off_topic >= TARGET_OFF_TOPIC
                and engine_all.answerable >= TARGET_ANSWERABLE_WITH_OFF_TOPIC
            ),
        },
        *(
            {
                "target": f"unanswerable abstention above {label} at the same answerable rate",
                "value": [engine_all.unanswerable, matched[which].abstention],
                "pass": bool(engine_all.unanswerable > matched[which].abstention),
            }
            for which, label in BASELINES.items()
        ),
    ]
    return {
        "params": dataclasses.asdict(params),
        "articles": [
            row(run.article.title, run.outcomes, run.build_seconds, run.sentences) for run in runs
        ],
        "overall": overall,
        "thresholds": {which: dataclasses.asdict(op) for which, op in thresholds.items()},
        "matched": {which: dataclasses.asdict(op) for which, op in matched.items()},
        "engine_best_threshold": dataclasses.asdict(engine_sweep),
        "targets": targets,
    }


# -- printing -----------------------------------------------------------------------------------


def render(summary: dict[str, Any]) -> str:
    """The human report."""
    headers = [
        "article", "sent", "ans", "unans",
        "eng ans", "eng top1", "bm25 ans", "tsr ans",
        "eng unans", "bm25 unans", "tsr unans",
        "eng off", "bm25 off", "tsr off", "build s",
    ]  # fmt: skip
    rows = []
    for r in [*summary["articles"], summary["overall"]]:
        rows.append(
            [
                r["article"][:28],
                r["sentences"],
                r["answerable_questions"],
                r["unanswerable_questions"],
                rate(r["engine"]["answerable"]),
                rate(r["engine_top1"]),
                rate(r["bm25"]["answerable"]),
                rate(r["fuzz"]["answerable"]),
                rate(r["engine"]["unanswerable"]),
                rate(r["bm25"]["unanswerable"]),
                rate(r["fuzz"]["unanswerable"]),
                rate(r["engine"]["off_topic"]),
                rate(r["bm25"]["off_topic"]),
                rate(r["fuzz"]["off_topic"]),
                "cached" if r["build_seconds"] is None else f"{r['build_seconds']:.2f}",
            ]
        )
    out = [
        "SQuAD 2.0 dev, uncurated: ans = the first citation holds a gold answer (answerable);",
        "unans / off = abstention on SQuAD's unanswerable / on other articles' questions.",
        "eng = engine at its threshold; eng top1 = its best sentence, abstention ignored;",
        "bm25 / tsr = BM25 / rapidfuzz token_set_ratio at their best single threshold (pooled).",
        "",
        table(headers, rows),
        "",
    ]
    for which, label in BASELINES.items():
        op = summary["thresholds"][which]
        out.append(
            f"{label} best threshold {op['threshold']:.3f}: overall accuracy {op['accuracy']:.3f};"
            f" its best sentence, abstention ignored, holds a gold answer for"
            f" {summary['overall'][which + '_top1']:.3f} of answerable questions"
        )
    sweep = summary["engine_best_threshold"]
    out.append(
        f"engine confidence as one threshold: best {sweep['threshold']:.3f} (accuracy"
        f" {sweep['accuracy']:.3f}, answerable {sweep['answerable']:.3f},"
        f" abstention {sweep['abstention']:.3f}); params threshold {summary['params']['threshold']}"
    )
    eng = summary["overall"]["engine"]
    for which, label in BASELINES.items():
        op = summary["matched"][which]
        out.append(
            f"at the engine's answerable rate {eng['answerable']:.3f}: {label} answers"
            f" {op['answerable']:.3f} and abstains on unanswerable {op['abstention']:.3f}"
            f" (engine {eng['unanswerable']:.3f}) at threshold {op['threshold']:.3f}"
        )
    out += ["", "targets:"]
    for target in summary["targets"]:
        value = target["value"]
        shown = ", ".join(f"{v:.3f}" for v in value) if isinstance(value, list) else f"{value:.3f}"
        out.append(f"  {verdict(target['pass'])}  {target['target']}: {shown}")
    return "\n".join(out)


def render_failures(run: ArticleRun) -> str:
    """Every question of one article the engine got wrong, with what it did."""
    out = [f"failures on {run.article.title}:"]
    for kind in (ANSWERABLE, UNANSWERABLE, OFF_TOPIC):
        wrong = [
            o
            for o in run.outcomes
            if o.kind == kind and (not o.right if kind == ANSWERABLE else o.answered)
        ]
        total = sum(o.kind == kind for o in run.outcomes)
        out.append(f"\n== {kind}: {len(wrong)} wrong of {total}")
        for o in wrong:
            if o.answered:
                did = f"answered {o.fact_id} ({o.confidence:.3f})"
                if o.offered:
                    did += f", did you mean {', '.join(o.offered)}"
            elif o.offered:
                did = f"offered did-you-mean {', '.join(o.offered)} ({o.confidence:.3f})"
            else:
                did = f"abstained (best {o.top_confidence:.3f})"
            out.append(f"- {o.question.text}")
            out.append(f"    engine {did}; top sentence {'right' if o.top_right else 'wrong'}")
            if o.question.answers and kind == ANSWERABLE:
                out.append(f"    gold: {' | '.join(o.question.answers)}")
            if o.top_quote:
                quote = o.top_quote if len(o.top_quote) <= 200 else o.top_quote[:197] + "..."
                out.append(f"    top: {quote}")
    return "\n".join(out)


def run(
    articles: Sequence[SquadArticle], params: Params, cache: Path = CACHE, limit: int | None = None
) -> list[ArticleRun]:
    """Evaluate the first `limit` articles (all by default); off-topic drawn from all of them."""
    code = _knowledge_code_hash()
    chosen = articles[:limit] if limit else articles
    return [
        evaluate_article(article, off_topic_sample(articles, article.index), params, cache, code)
        for article in chosen
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.squad", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, help="only the first N articles (quick runs)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--failures",
        metavar="ARTICLE",
        help="list the wrong answers of one article (index, slug or title)",
    )
    parser.add_argument("--params", metavar="K=V,...", help="override engine Params fields")
    parser.add_argument("--data", type=Path, default=DATA, help="SQuAD-format JSON lines")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where built packs are kept")
    args = parser.parse_args(argv)
    params = parse_params(args.params)
    if not args.data.is_file():
        print(f"no SQuAD data at {args.data}", file=sys.stderr)
        return 2
    articles = read_squad(args.data)
    if args.failures is not None:
        wanted = args.failures.lower()
        found = [
            a for a in articles if wanted in {str(a.index), a.slug} or wanted in a.title.lower()
        ]
        if not found:
            print(f"no article matches {args.failures!r}", file=sys.stderr)
            return 2
        article = found[0]
        print(
            render_failures(
                evaluate_article(
                    article, off_topic_sample(articles, article.index), params, args.cache
                )
            )
        )
        return 0
    started = time.perf_counter()
    runs = run(articles, params, args.cache, args.articles)
    summary = summarise(runs, params)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(rounded(summary), indent=2))
    else:
        print(render(summary))
        print(f"\n({summary['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
