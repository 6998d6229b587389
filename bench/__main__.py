"""`python -m bench [--section NAME ...]`: run the speed benchmarks and print their tables."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bench._sections import SECTIONS, Options


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the chosen sections in order."""
    parser = argparse.ArgumentParser(prog="python -m bench", description="Speed benchmarks.")
    parser.add_argument(
        "--section", action="append", choices=list(SECTIONS), help="run only this (repeatable)"
    )
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="synthetic knowledge base sizes, in facts"
    )
    parser.add_argument(
        "--no-pin", action="store_true", help="do not pin the process to one CPU core"
    )
    args = parser.parse_args(argv)
    if not args.no_pin and hasattr(os, "sched_setaffinity"):
        # The engine is single-threaded; pinning makes "per question on one core" literal.
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    options = Options(sizes=[int(size) for size in args.sizes.split(",") if size.strip()])
    for name in args.section or list(SECTIONS):
        SECTIONS[name](options)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
