"""The shipped article's own question set: the engine beside BM25 and rapidfuzz WRatio.

`python -m evaluation.article` (`make eval`) asks every question of
`evaluation/data/article_questions.jsonl` (the development set, grown with every bug),
`article_questions_dev2.jsonl` to `article_questions_dev47.jsonl` (development sets by more
writers), and of `article_questions_heldout.jsonl` and `article_questions_fresh.jsonl` to
`article_questions_fresh38.jsonl` (each written later, blind to the engine, the curation and the
other sets; not tuned on) and prints, for each set and for all together, by category, how often
the first citation is an expected sentence (answerable categories) or the engine abstains
(unanswerable ones). The baselines answer from the same sentences with their best single
threshold on the same questions.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import knowledge
from bot.engine import Answer, Engine, Params
from evaluation._report import parse_params, rate, rounded, table, verdict
from evaluation.baselines import (
    BM25Baseline,
    FuzzBaseline,
    Scored,
    at_answerable_rate,
    best_threshold,
)

QUESTIONS = Path(__file__).resolve().parent / "data" / "article_questions.jsonl"
# The sets `make eval` asks, in order: the development sets (article_questions.jsonl, then
# _dev2 to _dev55), the held-out set, the fresh sets (_fresh, then _fresh2 to _fresh46: measured,
# never read). A new set is one more in its count.
DEVELOPMENT_SETS = 58
FRESH_SETS = 49
QUESTION_SETS = (
    QUESTIONS,
    *(
        QUESTIONS.with_name(f"article_questions_dev{n}.jsonl")
        for n in range(2, DEVELOPMENT_SETS + 1)
    ),
    QUESTIONS.with_name("article_questions_heldout.jsonl"),
    QUESTIONS.with_name("article_questions_fresh.jsonl"),
    *(QUESTIONS.with_name(f"article_questions_fresh{n}.jsonl") for n in range(2, FRESH_SETS + 1)),
)
ALL_SETS = "all sets together"
TARGET_RATE = 0.95
TARGET_LEAD = 0.15  # points above each baseline, on both rates
# Categories in the order the data's README lists them; any other category is shown after these.
CATEGORY_ORDER = ("direct", "paraphrase", "casual", "typo", "keywords", "near-miss", "off-topic")
BASELINES = {"bm25": "BM25", "wratio": "WRatio"}


class QuestionFileError(Exception):
    """The question file is missing or a line of it is not a valid question."""


@dataclass(frozen=True)
class Question:
    """One evaluation question: the sentence ids that answer it (none: the article does not)."""

    line: int
    text: str
    expect: frozenset[str]
    category: str

    @property
    def answerable(self) -> bool:
        """Whether the article answers it."""
        return bool(self.expect)


def read_questions(path: Path, fact_ids: set[str]) -> list[Question]:
    """The questions of a JSON-lines file, each checked; a QuestionFileError names the line."""
    if not path.is_file():
        raise QuestionFileError(f"{path}: no such file")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as error:
            raise QuestionFileError(f"{path}:{number}: not valid JSON ({error})") from None
        if not isinstance(raw, dict):
            raise QuestionFileError(f"{path}:{number}: not a JSON object")
        text, expect, category = raw.get("question"), raw.get("expect"), raw.get("category")
        if not isinstance(text, str) or not text.strip():
            raise QuestionFileError(f"{path}:{number}: 'question' must be a non-empty string")
        if not isinstance(expect, list) or not all(isinstance(e, str) for e in expect):
            raise QuestionFileError(f"{path}:{number}: 'expect' must be a list of sentence ids")
        unknown = sorted(set(expect) - fact_ids)
        if unknown:
            raise QuestionFileError(f"{path}:{number}: 'expect' names unknown sentences {unknown}")
        if not isinstance(category, str) or not category:
            raise QuestionFileError(f"{path}:{number}: 'category' must be a non-empty string")
        questions.append(Question(number, text, frozenset(expect), category))
    if not questions:
        raise QuestionFileError(f"{path}: no questions")
    return questions


@dataclass(frozen=True)
class Outcome:
    """One question, asked of the engine and both baselines."""

    question: Question
    answer: Answer
    right: bool  # answered and the first citation is an expected sentence
    top_sentence: str | None  # the engine's best sentence, abstention ignored
    bm25: Scored
    wratio: Scored
    bm25_sentence: str
    wratio_sentence: str

    @property
    def correct(self) -> bool:
        """Right for the engine: cited right when answerable, abstained when not."""
        return self.right if self.question.answerable else not self.answer.answered


def _first_sentence(answer: Answer) -> str | None:
    return f"s{answer.citations[0].sentence}" if answer.citations else None


def evaluate(
    questions: Sequence[Question], kb: knowledge.KnowledgeBase, params: Params
) -> list[Outcome]:
    """Ask every question of the engine (at its threshold and ignoring it) and both baselines."""
    engine = Engine(kb, params)
    top_engine = Engine(kb, dataclasses.replace(params, threshold=0.0, tie_margin=0.0))
    facts = kb.packs[0].facts
    sentences = [fact.citation.quote for fact in facts]
    bm25 = BM25Baseline(sentences)
    wratio = FuzzBaseline(sentences, fuzz.WRatio)
    outcomes = []
    for q in questions:
        answer = engine.ask(q.text)
        b, w = bm25.top(q.text), wratio.top(q.text)
        b_id, w_id = facts[b.index].id, facts[w.index].id
        outcomes.append(
            Outcome(
                question=q,
                answer=answer,
                right=answer.answered and _first_sentence(answer) in q.expect,
                top_sentence=_first_sentence(top_engine.ask(q.text)),
                bm25=Scored(b.score, q.answerable, b_id in q.expect),
                wratio=Scored(w.score, q.answerable, w_id in q.expect),
                bm25_sentence=b_id,
                wratio_sentence=w_id,
            )
        )
    return outcomes


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def _rate(outcomes: Sequence[Outcome], method: str, threshold: float = 0.0) -> float:
    """Citation rate (answerable questions) or abstention rate (unanswerable) of one method."""
    if method == "engine":
        return _share([o.correct for o in outcomes])
    if method == "top1":
        return _share([o.top_sentence in o.question.expect for o in outcomes])
    flags = []
    for o in outcomes:
        scored: Scored = getattr(o, method)
        answers = scored.score >= threshold
        flags.append(answers and scored.right if o.question.answerable else not answers)
    return _share(flags)


def summarise(outcomes: Sequence[Outcome], params: Params) -> dict[str, Any]:
    """Rates by category and in total, the baselines' thresholds, and the targets."""
    thresholds = {m: best_threshold(getattr(o, m) for o in outcomes) for m in BASELINES}
    found = {o.question.category for o in outcomes}
    categories = [c for c in CATEGORY_ORDER if c in found] + sorted(found - set(CATEGORY_ORDER))

    def row(name: str, chosen: Sequence[Outcome]) -> dict[str, Any]:
        answerable = all(o.question.answerable for o in chosen)
        return {
            "category": name,
            "questions": len(chosen),
            "measure": "citation" if answerable else "abstention",
            "engine": _rate(chosen, "engine"),
            # Ignoring abstention only means something for answerable questions.
            "engine_top1": _rate(chosen, "top1") if answerable else None,
            **{m: _rate(chosen, m, thresholds[m].threshold) for m in BASELINES},
        }

    rows = [row(c, [o for o in outcomes if o.question.category == c]) for c in categories]
    mixed = [
        c
        for c in categories
        if len({o.question.answerable for o in outcomes if o.question.category == c}) > 1
    ]
    answerable = row("answerable", [o for o in outcomes if o.question.answerable])
    unanswerable = row("unanswerable", [o for o in outcomes if not o.question.answerable])
    targets = []
    for total in (answerable, unanswerable):
        measure = total["measure"]
        targets.append(
            {
                "target": f"{measure} rate >= {TARGET_RATE:.2f}",
                "value": total["engine"],
                "pass": total["engine"] >= TARGET_RATE,
            }
        )
        for m, label in BASELINES.items():
            lead = total["engine"] - total[m]
            targets.append(
                {
                    "target": f"{measure} rate >= {label} + {TARGET_LEAD:.2f}",
                    "value": lead,
                    "pass": lead >= TARGET_LEAD - 1e-9,
                }
            )
    matched = {
        m: at_answerable_rate((getattr(o, m) for o in outcomes), answerable["engine"])
        for m in BASELINES
    }
    return {
        "params": dataclasses.asdict(params),
        "questions": len(outcomes),
        "categories": rows,
        "mixed_categories": mixed,
        "answerable": answerable,
        "unanswerable": unanswerable,
        "overall_accuracy": _share([o.correct for o in outcomes]),
        "thresholds": {m: dataclasses.asdict(op) for m, op in thresholds.items()},
        "matched": {m: dataclasses.asdict(op) for m, op in matched.items()},
        "targets": targets,
    }


def render(summary: dict[str, Any]) -> str:
    """The human report."""
    headers = ["category", "n", "measure", "engine", "eng top1", "BM25", "WRatio"]

    def cells(r: dict[str, Any]) -> list[object]:
        top1 = "" if r["engine_top1"] is None else rate(r["engine_top1"])
        return [
            r["category"],
            r["questions"],
            r["measure"],
            rate(r["engine"]),
            top1,
            rate(r["bm25"]),
            rate(r["wratio"]),
        ]

    rows = [cells(r) for r in summary["categories"]]
    rows += [["-" * 12, "", "", "", "", "", ""]]
    rows += [cells(summary["answerable"]), cells(summary["unanswerable"])]
    out = [
        f"{summary['questions']} questions about the shipped article.",
        "citation: answered and the first citation is an expected sentence; abstention: the",
        "article does not answer and the engine said so. eng top1: the engine's best sentence,",
        "abstention ignored. BM25 / WRatio: their top sentence, at their best single threshold.",
        "",
        table(headers, rows),
        "",
    ]
    for m, label in BASELINES.items():
        op = summary["thresholds"][m]
        out.append(
            f"{label} best threshold {op['threshold']:.3f}: overall accuracy {op['accuracy']:.3f}"
        )
    out.append(f"engine overall accuracy {summary['overall_accuracy']:.3f}")
    eng = summary["answerable"]["engine"]
    for m, label in BASELINES.items():
        op = summary["matched"][m]
        out.append(
            f"at the engine's citation rate {eng:.3f}: {label} cites {op['answerable']:.3f}"
            f" and abstains {op['abstention']:.3f} (engine {summary['unanswerable']['engine']:.3f})"
        )
    if summary["mixed_categories"]:
        out.append(
            f"note: categories mixing answerable and unanswerable: {summary['mixed_categories']}"
        )
    out += ["", "targets:"]
    for t in summary["targets"]:
        shown = f"{t['value']:+.3f}" if "+" in t["target"] else f"{t['value']:.3f}"
        out.append(f"  {verdict(t['pass'])}  {t['target']}: {shown}")
    return "\n".join(out)


def failures(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Every question the engine got wrong, with what it did instead."""
    out = []
    for o in outcomes:
        if o.correct:
            continue
        a = o.answer
        # A tie between plain sentences abstains with both offered ("did you mean").
        did = "answered" if a.answered else "did-you-mean" if a.choices else "abstained"
        out.append(
            {
                "line": o.question.line,
                "category": o.question.category,
                "question": o.question.text,
                "expect": sorted(o.question.expect, key=_sentence_order),
                "engine": did,
                "fact_id": a.fact_id,
                "choices": [c.fact_id for c in a.choices],
                "confidence": a.confidence,
                "cited": _first_sentence(a),
                "best_sentence": o.top_sentence,
            }
        )
    return out


def _sentence_order(sentence_id: str) -> int:
    return int(sentence_id[1:]) if sentence_id[1:].isdigit() else 0


def render_failures(wrong: Sequence[dict[str, Any]], total: int) -> str:
    """The wrong questions, two lines each."""
    out = [f"{len(wrong)} wrong of {total}:"]
    for w in wrong:
        if w["engine"] == "answered":
            did = f"answered {w['fact_id']} ({w['confidence']:.3f}) citing {w['cited']}"
            if w["choices"]:
                did += f", did you mean {', '.join(w['choices'])}"
        elif w["engine"] == "did-you-mean":
            did = f"did you mean {', '.join(w['choices'])} ({w['confidence']:.3f})"
        else:
            did = f"abstained ({w['confidence']:.3f})"
        out.append(f"- [{w['category']}] {w['question']}")
        expect = ",".join(w["expect"]) or "abstain"
        out.append(f"    expect {expect}; engine {did}; best sentence {w['best_sentence']}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the report (exit 0 whatever the figures; 2 on bad data)."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.article", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--failures", action="store_true", help="list every wrong question")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--questions",
        type=Path,
        action="append",
        help="question file (JSON lines); repeatable; default: all one hundred and eight sets",
    )
    parser.add_argument("--params", metavar="K=V,...", help="override engine Params fields")
    args = parser.parse_args(argv)
    params = parse_params(args.params)
    paths: list[Path] = args.questions or list(QUESTION_SETS)
    kb = knowledge.load_knowledge()
    fact_ids = {fact.id for fact in kb.packs[0].facts}
    try:
        questions = {path.name: read_questions(path, fact_ids) for path in paths}
    except QuestionFileError as error:
        print(f"evaluation.article: {error}", file=sys.stderr)
        return 2
    # One run over every question (the engines are built once), then cut back into the sets.
    everything = evaluate([q for found in questions.values() for q in found], kb, params)
    sets: dict[str, list[Outcome]] = {}
    start = 0
    for name, found in questions.items():
        sets[name] = everything[start : start + len(found)]
        start += len(found)
    if len(sets) > 1:
        sets[ALL_SETS] = everything
    report: dict[str, Any] = {}
    for name, outcomes in sets.items():
        summary = summarise(outcomes, params)
        if args.failures and name != ALL_SETS:
            summary["failures"] = failures(outcomes)
        report[name] = summary
    if args.json:
        print(
            json.dumps(
                rounded(report if len(report) > 1 else next(iter(report.values()))), indent=2
            )
        )
        return 0
    for position, (name, summary) in enumerate(report.items()):
        if len(report) > 1:
            if position:
                print()
            print(f"== {name}: {len(sets[name])} questions ==")
        wrong = summary.pop("failures", None)
        print(render(summary))
        if wrong is not None:
            print()
            print(render_failures(wrong, len(sets[name])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
