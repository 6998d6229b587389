"""Loading: the shipped pack validates; a broken copy is refused naming the file, fact and field."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import knowledge
from bot.cli import main
from bot.engine import Engine
from knowledge import FactFileError

ARTICLE = "apple-alibaba-2025-02-13.txt"
RunBot = Callable[..., subprocess.CompletedProcess[str]]


# -- the shipped pack ----------------------------------------------------------------------------


def test_shipped_pack_loads() -> None:
    pack = knowledge.load_pack(knowledge.DEFAULT_PACK)
    assert (pack.article.id, pack.article.file, len(pack.facts)) == (
        "apple-alibaba-2025-02-13",
        ARTICLE,
        25,
    )
    assert [fact.id for fact in pack.facts] == [f"s{n}" for n in range(1, 26)]
    assert all(pack.text[f.citation.start : f.citation.end] == f.citation.quote for f in pack.facts)


def test_shipped_curation_validates_whatever_it_holds() -> None:
    pack = knowledge.load_pack(knowledge.DEFAULT_PACK)
    extracted = {fact.id for fact in pack.facts}
    curated_ids = [fact.id for fact in pack.curated]
    assert [c for fact in pack.curated for c in fact.cites if c not in extracted] == []
    assert len(curated_ids) == len(set(curated_ids))
    # The engine's index accepts it too (aliases compile, references resolve).
    Engine(knowledge.load_knowledge([knowledge.DEFAULT_PACK]))


def test_shipped_facts_are_what_build_writes_now() -> None:
    pack = knowledge.load_pack(knowledge.DEFAULT_PACK)
    rebuilt = knowledge.extract(pack.text, article=pack.article.id, file=ARTICLE)
    stored = json.loads((knowledge.DEFAULT_PACK / knowledge.FACTS_FILE).read_text("utf-8"))
    stored["article"]["origin"] = None  # a person's note, kept across rebuilds
    assert rebuilt.model_dump(mode="json") == stored


def test_default_knowledge_is_the_shipped_pack() -> None:
    assert [p.article.id for p in knowledge.load_knowledge().packs] == ["apple-alibaba-2025-02-13"]


# -- broken copies -------------------------------------------------------------------------------


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A private copy of the shipped pack, to corrupt."""
    folder = tmp_path / "broken"
    shutil.copytree(knowledge.DEFAULT_PACK, folder)
    return folder


def edit_facts(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / knowledge.FACTS_FILE
        raw = json.loads(path.read_text(encoding="utf-8"))
        change(raw)
        path.write_text(json.dumps(raw, indent=2), encoding="utf-8")

    return apply


def write(name: str, content: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        (folder / name).write_text(content, encoding="utf-8")

    return apply


def delete(name: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        (folder / name).unlink()

    return apply


def append_to_article(folder: Path) -> None:
    with (folder / ARTICLE).open("a", encoding="utf-8") as file:
        file.write("\n\nA sentence added later.\n")


CURATED_FACT = """
[[facts]]
id = "{id}"
topic = "a topic"
question = "A question?"
answer = "An answer."
cites = {cites}
"""

BROKEN = [
    pytest.param(
        edit_facts(lambda raw: raw["facts"][2]["citation"].update(quote="Apple chose Baidu.")),
        (knowledge.FACTS_FILE, "s3", "citation.quote"),
        "is not the article text at",
        id="quote-not-in-article",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][4]["citation"].update(start=0)),
        (knowledge.FACTS_FILE, "s5", "citation.quote"),
        "is not the article text at",
        id="offset-moved",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][0].update(colour="red")),
        (knowledge.FACTS_FILE, "s1", "colour"),
        "Extra inputs are not permitted",
        id="unknown-key",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][6]["entities"].update(people=["Tim Cook"])),
        (knowledge.FACTS_FILE, "s7", "entities.people"),
        "Extra inputs are not permitted",
        id="unknown-nested-key",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][1]["citation"].pop("quote")),
        (knowledge.FACTS_FILE, "s2", "citation.quote"),
        "Field required",
        id="missing-field",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][1].update(id="s1")),
        (knowledge.FACTS_FILE, "s1", "id"),
        "the id is used twice",
        id="duplicate-id",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][3]["citation"].update(paragraph=1)),
        (knowledge.FACTS_FILE, "s4", "citation.paragraph"),
        "paragraph 1 does not hold",
        id="wrong-paragraph",
    ),
    pytest.param(
        edit_facts(lambda raw: raw["facts"][0]["citation"].update(article="another-article")),
        (knowledge.FACTS_FILE, "s1", "citation.article"),
        "names 'another-article'",
        id="citation-of-another-article",
    ),
    pytest.param(
        append_to_article,
        (knowledge.FACTS_FILE, None, "article.sha256"),
        "the article changed since the facts were built",
        id="article-changed",
    ),
    pytest.param(
        delete(ARTICLE),
        (knowledge.FACTS_FILE, None, "article.file"),
        f"its article '{ARTICLE}' cannot be read: no such file",
        id="article-missing",
    ),
    pytest.param(
        delete(knowledge.FACTS_FILE),
        (knowledge.FACTS_FILE, None, None),
        "missing",
        id="facts-missing",
    ),
    pytest.param(
        write(knowledge.FACTS_FILE, '{"schema_version": 1,'),
        (knowledge.FACTS_FILE, None, None),
        "not valid JSON",
        id="facts-not-json",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, CURATED_FACT.format(id="ghost", cites='["s1", "s99"]')),
        (knowledge.CURATION_FILE, "ghost", "cites.1"),
        f"'s99' is not a fact of {ARTICLE}",
        id="curated-cites-missing-sentence",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, CURATED_FACT.format(id="ghost", cites='["s0"]')),
        (knowledge.CURATION_FILE, "ghost", "cites.0"),
        f"'s0' is not a fact of {ARTICLE}",
        id="curated-cites-sentence-zero",
    ),
    pytest.param(
        write(
            knowledge.CURATION_FILE,
            CURATED_FACT.format(id="twice", cites='["s1"]') * 2,
        ),
        (knowledge.CURATION_FILE, "twice", "id"),
        "the id is used twice",
        id="curated-duplicate-id",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, CURATED_FACT.format(id="s1", cites='["s1"]')),
        (knowledge.CURATION_FILE, "s1", "id"),
        "the id is used twice",
        id="curated-id-clashes-with-sentence",
    ),
    pytest.param(
        write(
            knowledge.CURATION_FILE,
            CURATED_FACT.format(id="typo", cites='["s1"]') + 'anwser = "oops"\n',
        ),
        (knowledge.CURATION_FILE, "typo", "anwser"),
        "Extra inputs are not permitted",
        id="curated-unknown-key",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, CURATED_FACT.format(id="empty", cites="[]")),
        (knowledge.CURATION_FILE, "empty", "cites"),
        "List should have at least 1 item",
        id="curated-cites-nothing",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, "[[facts]\nid = 'broken'\n"),
        (knowledge.CURATION_FILE, None, None),
        "not valid TOML",
        id="curated-not-toml",
    ),
    pytest.param(
        write(knowledge.CURATION_FILE, '[aliases]\n"Qwen" = ["  "]\n'),
        (knowledge.CURATION_FILE, None, "aliases.Qwen"),
        "an alias is empty",
        id="curated-empty-alias",
    ),
]


@pytest.mark.parametrize(("corrupt", "where", "problem"), BROKEN)
def test_broken_pack_is_refused(
    pack: Path,
    corrupt: Callable[[Path], None],
    where: tuple[str, str | None, str | None],
    problem: str,
) -> None:
    corrupt(pack)
    with pytest.raises(FactFileError) as caught:
        knowledge.load_pack(pack)
    error = caught.value
    file, fact_id, field = where
    assert (Path(error.path), error.fact_id, error.field) == (pack / file, fact_id, field)
    assert problem in error.problem
    # One line that names all three, in that order.
    named = [str(pack / file)]
    named += [f"fact {fact_id!r}"] if fact_id else []
    named += [f"field {field!r}"] if field else []
    assert str(error).startswith(": ".join(named) + ": ")
    assert "\n" not in str(error)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FactFileError) as caught:
        knowledge.load_pack(tmp_path / "nowhere")
    assert str(caught.value) == f"{tmp_path / 'nowhere'}: no such knowledge folder"


def test_same_article_twice_is_refused(pack: Path) -> None:
    with pytest.raises(FactFileError) as caught:
        knowledge.load_knowledge([knowledge.DEFAULT_PACK, pack])
    assert (caught.value.field, "loaded twice" in caught.value.problem) == ("article.id", True)


def test_check_command_refuses_a_broken_pack(pack: Path, run_bot: RunBot) -> None:
    edit_facts(lambda raw: raw["facts"][2]["citation"].update(quote="Apple chose Baidu."))(pack)
    result = run_bot("check", "--knowledge", str(pack))
    expected_start = f"error: {pack / knowledge.FACTS_FILE}: fact 's3': field 'citation.quote': "
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(expected_start)
    assert (result.stderr.count("\n"), "Traceback" in result.stderr) == (1, False)


def test_check_command_accepts_the_shipped_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert captured.out.startswith(f"ok: {knowledge.DEFAULT_PACK} — “")
