"""The command line: build, check, ask, console and telegram, over one or more knowledge packs."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.engine import Engine
from bot.render_text import render_answer, render_explanation
from knowledge import KnowledgeBase, KnowledgeError, build, load_knowledge

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Answer questions about an article, quoting the sentence that proves each answer. "
        "With no command: Telegram when TELEGRAM_BOT_TOKEN is set, else the console.",
    )
    knowledge_option = argparse.ArgumentParser(add_help=False)
    knowledge_option.add_argument(
        "--knowledge",
        metavar="DIR",
        type=Path,
        action="append",
        # Not None: a subcommand's default would overwrite `python -m bot --knowledge DIR ask`.
        default=argparse.SUPPRESS,
        help="a knowledge pack folder (repeatable); default: the bundled article",
    )
    parser.add_argument(
        "--knowledge", metavar="DIR", type=Path, action="append", help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser(
        "ask", parents=[knowledge_option], help="answer questions given as arguments or on stdin"
    )
    ask.add_argument("question", nargs="*", help="the question (default: one per line on stdin)")
    ask.add_argument(
        "--json", action="store_true", help="one JSON object per line (the stable contract)"
    )
    ask.add_argument(
        "--explain", action="store_true", help="show the matched fact and the score parts"
    )

    commands.add_parser(
        "console", parents=[knowledge_option], help="interactive prompt (or piped questions)"
    )
    commands.add_parser(
        "telegram", parents=[knowledge_option], help="run the Telegram bot (long polling)"
    )
    commands.add_parser(
        "check", parents=[knowledge_option], help="validate knowledge packs and exit"
    )

    build_cmd = commands.add_parser(
        "build", help="build a knowledge pack from a plain-text or Markdown article"
    )
    build_cmd.add_argument("path", type=Path, help="the article file")
    build_cmd.add_argument("--out", type=Path, help="the pack folder (default: beside the article)")
    build_cmd.add_argument(
        "--origin", help="where the article comes from (a URL or a note), kept in the pack"
    )
    return parser


def _load(folders: Sequence[Path] | None) -> KnowledgeBase:
    return load_knowledge(list(folders) if folders else None)


def _ask(engine: Engine, questions: Sequence[str], *, as_json: bool, explain: bool) -> int:
    def one(question: str) -> None:
        answer = engine.ask(question)
        if as_json:
            payload = answer.to_json()
            if explain and answer.explanation is not None:
                payload["explanation"] = answer.explanation.lines()
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            text = render_answer(answer, engine)
            if explain:
                text += "\n" + render_explanation(answer)
            sys.stdout.write(text + "\n\n")
        sys.stdout.flush()

    if questions:
        one(" ".join(questions))
        return 0
    # One line in, one reply out, flushed: a caller may hold a pipe open and ask as it goes.
    while True:
        line = sys.stdin.readline()
        if not line:
            return 0
        one(line.rstrip("\r\n"))


def _check(folders: Sequence[Path] | None) -> int:
    knowledge = _load(folders)
    Engine(knowledge)  # the index builds too: aliases and references are usable
    for pack in knowledge.packs:
        print(
            f"ok: {pack.folder} — “{pack.article.title}”: {len(pack.facts)} sentences, "
            f"{len(pack.curated)} curated facts, {len(pack.aliases)} aliases"
        )
    return 0


def _run_default(folders: Sequence[Path] | None) -> int:
    from bot.settings import token_configured

    if token_configured():
        return _run_telegram(folders)
    from bot.console import run_console

    return run_console(Engine(_load(folders)))


def _run_telegram(folders: Sequence[Path] | None) -> int:
    from bot.telegram import run

    return run(list(folders) if folders else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one command; exit codes: 0 ok, 2 bad input or knowledge."""
    args = _parser().parse_args(argv)
    # Text in and out is UTF-8 whatever the locale; a bad byte on stdin is replaced, not fatal.
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    if args.command != "telegram":
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "build":
            folder = build(args.path, args.out, origin=args.origin)
            print(f"built {folder} from {args.path}")
            return 0
        if args.command == "check":
            return _check(args.knowledge)
        if args.command == "ask":
            engine = Engine(_load(args.knowledge))
            return _ask(engine, args.question, as_json=args.json, explain=args.explain)
        if args.command == "console":
            from bot.console import run_console

            return run_console(Engine(_load(args.knowledge)))
        if args.command == "telegram":
            return _run_telegram(args.knowledge)
        return _run_default(args.knowledge)
    except KnowledgeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
