"""`build`: any plain-text or Markdown article into a pack; bad files; many packs at once."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import knowledge
from bot.cli import main
from bot.engine import Answer, Engine
from bot.render_text import render_sources
from knowledge import ArticleError

RunBot = Callable[..., subprocess.CompletedProcess[str]]

SOLAR = """\
# Solar Farm Opens in Nevada

March 3, 2024

The Desert Sun solar farm opened on March 1 near Las Vegas. It cost $450 million to build.

## Capacity

The farm produces 690 megawatts, enough to power 200,000 homes. Dr. Maria Lopez, the project \
lead, said: "This is the largest solar farm in the U.S. West." Output rose 12.5% in its first month.

Key facts:
- The site covers 3.5 square miles.
- About 1,200 workers built it.

Copyright 2024 Example News. All rights reserved.
"""

LIGHTHOUSE = """\
Lighthouse Restored on Maine Coast

2023-09-15

The Pemaquid Point lighthouse reopened to visitors after a two-year restoration. Volunteers \
raised 1.2 million dollars for the work.

The tower was first lit in 1827. Its Fresnel lens was made in France by Henry-Lepaute.
"""

SOLAR_SENTENCES = [
    "The Desert Sun solar farm opened on March 1 near Las Vegas.",
    "It cost $450 million to build.",
    "The farm produces 690 megawatts, enough to power 200,000 homes.",
    'Dr. Maria Lopez, the project lead, said: "This is the largest solar farm in the U.S. West."',
    "Output rose 12.5% in its first month.",
    "Key facts:",
    "The site covers 3.5 square miles.",
    "About 1,200 workers built it.",
]


def write_article(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def engine_over(folder: Path, name: str, text: str) -> Engine:
    """An engine over one article written to `folder` and built there, uncurated."""
    article = write_article(folder, name, text)
    return Engine(knowledge.load_knowledge([knowledge.build(article, folder / "pack")]))


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The solar and lighthouse articles, each built into its own pack folder."""
    root = tmp_path_factory.mktemp("packs")
    solar = knowledge.build(write_article(root / "src", "solar.md", SOLAR), root / "solar")
    lighthouse = knowledge.build(
        write_article(root / "src", "lighthouse.txt", LIGHTHOUSE), root / "lighthouse"
    )
    return solar, lighthouse


@pytest.fixture(scope="module")
def two_articles(packs: tuple[Path, Path]) -> Engine:
    return Engine(knowledge.load_knowledge(packs))


# -- building ------------------------------------------------------------------------------------


def test_build_writes_the_pack(packs: tuple[Path, Path]) -> None:
    solar, _ = packs
    assert sorted(path.name for path in solar.iterdir()) == [
        knowledge.CURATION_FILE,
        knowledge.FACTS_FILE,
        "solar.md",
    ]
    assert (solar / "solar.md").read_text(encoding="utf-8") == SOLAR


def test_built_pack_loads_with_its_sentences(packs: tuple[Path, Path]) -> None:
    pack = knowledge.load_pack(packs[0])
    meta = pack.article
    assert (meta.id, meta.file, meta.title, meta.date, meta.views) == (
        "solar",
        "solar.md",
        "Solar Farm Opens in Nevada",
        "2024-03-03",
        None,
    )
    assert [fact.citation.quote for fact in pack.facts] == SOLAR_SENTENCES
    assert [p.kind for p in pack.paragraphs] == [
        "content",
        "heading",
        "content",
        "content",
        "boilerplate",
    ]
    assert [fact.citation.paragraph for fact in pack.facts] == [1, 1, 3, 3, 3, 4, 4, 4]


def test_built_facts_state_their_entities(packs: tuple[Path, Path]) -> None:
    facts = knowledge.load_pack(packs[0]).facts
    assert (
        facts[0].entities.dates,
        facts[1].entities.numbers,
        facts[2].entities.numbers,
        facts[4].entities.percentages,
    ) == (["March 1"], ["$450 million"], ["690", "200,000"], ["12.5%"])


def test_curation_template_is_written_and_loads_empty(packs: tuple[Path, Path]) -> None:
    solar, _ = packs
    template = (solar / knowledge.CURATION_FILE).read_text(encoding="utf-8")
    pack = knowledge.load_pack(solar)
    assert ("Solar Farm Opens in Nevada" in template, pack.curated, pack.aliases) == (True, (), {})


def test_build_is_deterministic(tmp_path: Path) -> None:
    article = write_article(tmp_path, "solar.md", SOLAR)
    first = (knowledge.build(article, tmp_path / "a") / knowledge.FACTS_FILE).read_text("utf-8")
    second = (knowledge.build(article, tmp_path / "b") / knowledge.FACTS_FILE).read_text("utf-8")
    assert first == second


def test_rebuild_keeps_curation_and_origin(tmp_path: Path) -> None:
    article = write_article(tmp_path, "solar.md", SOLAR)
    out = knowledge.build(article, tmp_path / "pack", origin="https://example.com/solar")
    curated = '[aliases]\n"photovoltaic" = ["pv"]\n'
    (out / knowledge.CURATION_FILE).write_text(curated, encoding="utf-8")
    knowledge.build(article, out)
    pack = knowledge.load_pack(out)
    assert (pack.article.origin, pack.aliases) == (
        "https://example.com/solar",
        {"photovoltaic": ["pv"]},
    )


def test_build_beside_the_article(tmp_path: Path) -> None:
    article = write_article(tmp_path, "lighthouse.txt", LIGHTHOUSE)
    assert knowledge.build(article) == tmp_path
    assert knowledge.load_pack(tmp_path).article.title == "Lighthouse Restored on Maine Coast"


def test_byte_order_mark_is_not_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfBOM Title\n\nA sentence here.\n")
    pack = knowledge.load_pack(knowledge.build(path, tmp_path / "pack"))
    assert (pack.article.title, pack.facts[0].citation.quote) == ("BOM Title", "A sentence here.")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Apple & Alibaba (2025).txt", "apple-alibaba-2025", id="punctuation"),
        pytest.param("notes.md", "notes", id="markdown"),
        pytest.param("___.txt", "article", id="nothing-left"),
    ],
)
def test_article_id(name: str, expected: str) -> None:
    assert knowledge.article_id(Path(name)) == expected


# -- bad files -----------------------------------------------------------------------------------

BAD_FILES = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"  \n\n\t\n", "the file is empty", id="blank"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "the file is binary, not a plain-text or Markdown article",
        id="binary",
    ),
    pytest.param(
        "Café au lait\n\nUn article en français.\n".encode("latin-1"),
        "the file is not UTF-8 text (bad byte at offset 3); convert it to UTF-8",
        id="not-utf8",
    ),
    pytest.param(
        b"a" * 2_000_001,
        "the file is 2,000,001 bytes; articles up to 2,000,000 bytes are supported",
        id="enormous",
    ),
    pytest.param(
        b"Only a title\n",
        "the article has a title but no sentences to answer from",
        id="title-only",
    ),
]


@pytest.mark.parametrize(("data", "problem"), BAD_FILES)
def test_bad_file_is_refused(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        knowledge.build(path, tmp_path / "pack")
    assert caught.value.problem == problem
    assert not (tmp_path / "pack" / knowledge.FACTS_FILE).exists()


@pytest.mark.parametrize(("data", "problem"), BAD_FILES)
def test_build_command_exits_2_on_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, problem: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    code = main(["build", str(path), "--out", str(tmp_path / "pack")])
    captured = capsys.readouterr()
    assert (code, captured.out, captured.err) == (2, "", f"error: {path}: {problem}\n")


def test_build_command_on_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["build", str(tmp_path / "nowhere.txt")])
    assert (code, capsys.readouterr().err) == (
        2,
        f"error: {tmp_path / 'nowhere.txt'}: no such file\n",
    )


# -- many packs at once --------------------------------------------------------------------------

# Question -> (article, sentence) that answers it, or None when the engine must abstain.
MULTI = [
    pytest.param("How much did the solar farm cost?", ("solar", 2), id="solar-cost"),
    pytest.param("When did the Desert Sun solar farm open?", ("solar", 1), id="solar-opened"),
    pytest.param("How many homes can the farm power?", ("solar", 3), id="solar-homes"),
    pytest.param("How many workers built the farm?", ("solar", 8), id="solar-workers"),
    pytest.param("How much did the solar farm cost?", ("solar", 2), id="solar-cost"),
    pytest.param("How large is the solar site in square miles?", ("solar", 7), id="solar-site"),
    pytest.param(
        "How much money did the lighthouse volunteers raise?", ("lighthouse", 2), id="light-raised"
    ),
    pytest.param(
        "How long did the Pemaquid Point lighthouse restoration take?",
        ("lighthouse", 1),
        id="light-restoration",
    ),
    pytest.param(
        "When was the tower first lit?",
        ("lighthouse", 3),
        id="light-first-lit",
    ),
    pytest.param(
        "When was the lighthouse first lit?",
        ("lighthouse", 3),
        id="light-first-lit-article-word",
    ),
    pytest.param(
        "Who made the lighthouse lens?",
        ("lighthouse", 4),
        id="light-lens-maker",
    ),
    pytest.param(
        "Where is the solar farm?",
        ("solar", 1),
        id="solar-where",
        marks=pytest.mark.xfail(strict=False, reason="engine tuning"),
    ),
    pytest.param("What is the weather in Paris today?", None, id="off-topic"),
    pytest.param(
        "What is the capital of France?",
        None,
        id="near-miss-france",
    ),
    pytest.param(
        "How much did the lighthouse cost?",
        None,
        id="near-miss-lighthouse-cost",
    ),
]


def cited(answer: Answer) -> tuple[str, int] | None:
    if not answer.answered:
        return None
    return answer.citations[0].article, answer.citations[0].sentence


@pytest.mark.parametrize(("question", "expected"), MULTI)
def test_two_articles_cite_the_right_one(
    two_articles: Engine, question: str, expected: tuple[str, int] | None
) -> None:
    assert cited(two_articles.ask(question)) == expected


@pytest.mark.parametrize(
    "question", [row.values[0] for row in MULTI], ids=[row.id for row in MULTI]
)
def test_an_answer_never_mixes_articles(two_articles: Engine, question: str) -> None:
    answer = two_articles.ask(question)
    if not answer.answered:
        assert answer.citations == ()
        return
    articles = {citation.article for citation in answer.citations}
    (article,) = articles
    pack = two_articles.knowledge.pack(article)
    quotes = " ".join(citation.quote for citation in answer.citations)
    assert answer.answer is not None
    assert (
        answer.fact_id is not None and answer.fact_id.startswith(f"{article}#"),
        answer.article_title == pack.article.title,
        all(pack.text[c.start : c.end] == c.quote for c in answer.citations),
        # An uncurated answer is the quote or a part of it, never words of the other article.
        all(part in quotes for part in answer.answer.split(", ")),
    ) == (True, True, True, True)


def test_sources_and_topics_list_every_article(two_articles: Engine) -> None:
    titles = [line for line in render_sources(two_articles).splitlines() if line.startswith("“")]
    wanted = {"Desert Sun", "Las Vegas", "Pemaquid Point", "Henry-Lepaute"}
    assert titles == [
        "“Solar Farm Opens in Nevada”, 2024-03-03",
        "“Lighthouse Restored on Maine Coast”, 2023-09-15",
    ]
    assert sorted(wanted & set(two_articles.topics())) == sorted(wanted)


# -- end to end ----------------------------------------------------------------------------------


def test_build_then_ask_json_end_to_end(tmp_path: Path, run_bot: RunBot) -> None:
    article = write_article(tmp_path / "src", "lighthouse.txt", LIGHTHOUSE)
    pack = tmp_path / "pack"
    built = run_bot("build", str(article), "--out", str(pack))
    assert (built.returncode, built.stdout, built.stderr) == (
        0,
        f"built {pack} from {article}\n",
        "",
    )
    asked = run_bot(
        "ask",
        "--json",
        "--knowledge",
        str(pack),
        stdin="How much money did the volunteers raise?\nWhat is the weather in Paris today?\n",
    )
    assert (asked.returncode, asked.stderr) == (0, "")
    replies = [json.loads(line) for line in asked.stdout.splitlines()]
    text = (pack / "lighthouse.txt").read_text(encoding="utf-8")
    first = replies[0]["citations"][0]
    assert [(r["answered"], len(r["citations"])) for r in replies] == [(True, 1), (False, 0)]
    assert (first["article"], first["sentence"], first["quote"]) == (
        "lighthouse",
        2,
        "Volunteers raised 1.2 million dollars for the work.",
    )
    assert text[first["start"] : first["end"]] == first["quote"]


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("after-command", id="after-command"),
        pytest.param("before-command", id="before-command"),
    ],
)
def test_knowledge_option_before_or_after_the_command(
    packs: tuple[Path, Path], capsys: pytest.CaptureFixture[str], where: str
) -> None:
    option = ["--knowledge", str(packs[1])]
    command = ["ask", "--json", "How much money did the lighthouse volunteers raise?"]
    argv = [*command[:2], *option, command[2]] if where == "after-command" else option + command
    assert main(argv) == 0
    reply = json.loads(capsys.readouterr().out)
    assert [c["article"] for c in reply["citations"]] == ["lighthouse"]


def test_the_word_asked_about_decides_between_neighbours(tmp_path: Path) -> None:
    # "cost" is what is asked: the sentence naming the farm but not its cost must not tie with it.
    engine = engine_over(
        tmp_path,
        "solar.md",
        "# Solar Farm Opens\n\n"
        "The Desert Sun solar farm opened on March 1 near Las Vegas. It cost $450 million to build.\n",
    )
    answer = engine.ask("How much did the solar farm cost?")
    assert (answer.answered, cited(answer), answer.answer) == (True, ("solar", 2), "$450 million")


def test_a_one_word_name_is_a_name_in_lower_case_too(two_articles: Engine) -> None:
    names = two_articles.index.single_names
    assert "fresnel" in names  # "Its Fresnel lens"
    # A sentence's first word, and a word the article also writes in lower case, are not names.
    assert "volunteers" not in names
    assert "output" not in names
    assert two_articles.prepare("the fresnel lens").terms[0].name_like


def test_a_name_of_several_words_is_a_name_in_lower_case_too(two_articles: Engine) -> None:
    terms = two_articles.prepare("where is the desert sun farm").terms
    assert [term.surface for term in terms if term.name_like] == ["desert", "sun"]


def test_a_pronoun_may_be_the_doer_asked(tmp_path: Path) -> None:
    # "they" are the Huguenots: the sentence names others (the Santee River) but not the doer
    # asked, and must not be taken for someone else's deed.
    engine = engine_over(
        tmp_path,
        "huguenots.md",
        "# Huguenots in Carolina\n\n"
        "The Huguenots reached South Carolina in 1680. After petitioning the British Crown in 1697"
        " for the right to own land in the Baronies, they prospered as slave owners on the Cooper,"
        " Ashepoo, Ashley and Santee River plantations they purchased from the British"
        " proprietors.\n",
    )
    answer = engine.ask("When did the Huguenots secure the right to own land in the Baronies?")
    assert (answer.answered, cited(answer)) == (True, ("huguenots", 2))


def test_a_word_made_from_a_name_is_no_slip_of_it(tmp_path: Path) -> None:
    # "South African" is not "South Africa" mistyped: the family asked about is not in France's
    # vineyards, whoever the sentence says was.
    engine = engine_over(
        tmp_path,
        "wine.md",
        "# Wine at the Cape\n\n"
        "The Huguenots reached the Cape in 1688. The wine industry in South Africa owes a"
        " significant debt to the Huguenots, some of whom had vineyards in France.\n",
    )
    assert not engine.ask("What prominent South African family had a vineyard in France?").answered


def test_a_margin_the_article_gives_is_answered(tmp_path: Path) -> None:
    # A margin is unstated only where no article gives one: this one does.
    engine = engine_over(
        tmp_path,
        "results.md",
        "# Quarterly Results\n\n"
        "Acme reported revenue of $2 billion for the quarter. Its operating margin widened to 18%"
        " from 15% a year earlier.\n",
    )
    answer = engine.ask("What was Acme's operating margin?")
    assert (answer.answered, cited(answer)) == (True, ("results", 2))
