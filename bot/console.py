"""The console: an interactive prompt, or questions piped on stdin, answered with quotes."""

from __future__ import annotations

import contextlib
import sys
from typing import TextIO

from bot.engine import Answer, Engine
from bot.render_text import render_answer, render_explanation, render_sources, render_topics

HELP = """Ask any question about the article; every answer quotes the sentence that proves it.
Commands:
  /help     this text
  /topics   what the article covers
  /source   the article's title, date and origin
  /why      how the last answer was chosen
  /quit     leave (or Ctrl-D)"""

PROMPT = "? "


def _enable_line_editing() -> None:
    # readline gives arrow keys and history where the platform has it; it is optional.
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401


class Console:
    """One console session: remembers the last answer for /why."""

    def __init__(self, engine: Engine, out: TextIO) -> None:
        self.engine = engine
        self.out = out
        self.last: Answer | None = None

    def handle(self, line: str) -> bool:
        """Answer one line; False when the user asked to quit."""
        text = line.strip()
        command = text.split(maxsplit=1)[0].lower() if text.startswith("/") else ""
        if command in {"/quit", "/exit", "/q"}:
            return False
        if command == "/help":
            reply = HELP
        elif command == "/topics":
            reply = render_topics(self.engine)
        elif command == "/source":
            reply = render_sources(self.engine)
        elif command == "/why":
            reply = render_explanation(self.last) if self.last else "Ask a question first."
        elif command:
            reply = f"Unknown command {command}. Type /help for the commands."
        elif not text:
            return True
        else:
            self.last = self.engine.ask(text)
            reply = render_answer(self.last, self.engine)
        print(reply + "\n", file=self.out, flush=True)
        return True


def run_console(engine: Engine, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """Run the console until /quit or end of input; interactive only when stdin is a terminal."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    console = Console(engine, out)
    interactive = stdin.isatty()
    if interactive:
        _enable_line_editing()
        titles = ", ".join(f"“{pack.article.title}”" for pack in engine.knowledge.packs)
        print(f"Ask me about {titles}.\nType /help for commands, /quit to leave.\n", file=out)
    while True:
        try:
            line = input(PROMPT) if interactive else stdin.readline()
        except EOFError:
            break
        except KeyboardInterrupt:
            print(file=out)
            break
        if not interactive and not line:
            break
        if not console.handle(line):
            break
    return 0
