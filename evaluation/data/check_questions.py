"""Validate a question file (default article_questions.jsonl; or the path given) and print counts."""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
CATS = {"paraphrase", "casual", "typo", "keywords", "direct", "off-topic", "near-miss"}
IDS = {f"s{i}" for i in range(1, 26)}
errors, seen = [], set()
cats: collections.Counter[str] = collections.Counter()
per_sent: collections.Counter[str] = collections.Counter()
PATH = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "article_questions.jsonl"
for n, line in enumerate(PATH.read_text().splitlines(), 1):
    try:
        r = json.loads(line)
    except ValueError as e:
        errors.append(f"line {n}: bad JSON ({e})")
        continue
    q, exp, cat = r.get("question"), r.get("expect"), r.get("category")
    if set(r) != {"question", "expect", "category"} or not isinstance(q, str) or not q.strip():
        errors.append(f"line {n}: bad keys/question")
    if cat not in CATS:
        errors.append(f"line {n}: bad category {cat!r}")
    if not isinstance(exp, list) or set(exp) - IDS or len(set(exp)) != len(exp):
        errors.append(f"line {n}: bad expect {exp!r}")
    if (cat in {"off-topic", "near-miss"}) != (exp == []):
        errors.append(f"line {n}: category {cat} vs expect {exp}")
    key = " ".join(str(q).lower().split())
    if key in seen:
        errors.append(f"line {n}: duplicate question {q!r}")
    seen.add(key)
    cats[cat] += 1
    for s in exp or []:
        per_sent[s] += 1
print("per category:", dict(sorted(cats.items())))
print(
    "answerable:",
    sum(v for k, v in cats.items() if k not in {"off-topic", "near-miss"}),
    "unanswerable:",
    cats["off-topic"] + cats["near-miss"],
    "total:",
    sum(cats.values()),
)
print("per sentence:", " ".join(f"s{i}={per_sent[f's{i}']}" for i in range(1, 26)))
low = [s for s in sorted(IDS, key=lambda s: int(s[1:])) if per_sent[s] < 4]
if low:
    errors.append(f"sentences with <4 questions: {low}")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
