"""`python -m verify FILE.tex …`: check hand-written derivations step by step."""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from verify import pool
from verify.tex import batch_cli
from verify.tex.dispatch import MAX_BYTES, check_files
from verify.tex.limits import STEP_SECONDS
from verify.status import Status
from verify.tex.readable import json_safe, terminal_safe
from verify.tex.results import VERDICTS

COLOURS = {Status.OK: "32", Status.WRONG: "1;31", Status.CARRIED: "31", Status.UNVERIFIED: "33",
           Status.SKIPPED: "2", Status.GIVEN: "2"}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m verify", description=__doc__.split(":", 1)[1].strip())
    p.add_argument("files", nargs="+", metavar="FILE.tex", help="files, or directories to search for .tex files")
    p.add_argument("--json", action="store_true",
                   help="machine-readable output: one object per file (a list when there are several)")
    p.add_argument("--strict", action="store_true", help="exit 1 also when a step is unverified")
    p.add_argument("--quiet", "-q", action="store_true", help="print only steps that are not ok")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--step-seconds", type=_bounded(float, 0, 3600, "seconds"), default=STEP_SECONDS,
                   help=f"time cap per step, all stages together (default {STEP_SECONDS:g})")
    p.add_argument("--memory-mb", type=_bounded(int, 255, _machine_mb(), "MB"), default=pool.MEMORY_BYTES >> 20,
                   help=f"memory cap per worker process in MB (default {pool.MEMORY_BYTES >> 20})")
    p.add_argument("--max-bytes", type=_bounded(int, 0, 1 << 31, "bytes"), default=MAX_BYTES,
                   help=f"largest input file read, in bytes (default {MAX_BYTES})")
    p.add_argument("-j", "--jobs", type=_bounded(int, 0, 256, "workers"), default=None,
                   help="worker processes (default: the cores available)")
    return p


def _machine_mb() -> int:
    return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") >> 20


def _bounded(kind, low, high, unit):
    """An argparse type: a finite number above `low` and at most `high` (nan, inf, 0, -1 are refused)."""
    def parse(text):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a{'n integer' if kind is int else ' number'}: {text!r}")
        if not math.isfinite(value) or not low < value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range: more than {low} and at most {high} {unit}")
        return value
    return parse


def _expand(paths):
    """Files to check, and the directories that hold no .tex file."""
    files, empty = [], []
    for path in paths:
        if Path(path).is_dir():
            found = [str(p) for p in sorted(Path(path).rglob("*.tex"))]
            files += found
            if not found:
                empty.append(path)
        else:
            files.append(path)
    return files, empty


def _paint(text: str, verdict: Status, colour: bool) -> str:
    return f"\033[{COLOURS[verdict]}m{text}\033[0m" if colour else text


def render(result, colour: bool, quiet: bool) -> str:
    lines = []
    for s in result.steps:
        if quiet and (s.verdict.passes or not s.verdict.is_claim):
            continue
        head = f"{terminal_safe(result.file)}:{s.line}:{s.column}: {_paint(s.verdict.label, s.verdict, colour)}"
        lines.append(f"{head}  {terminal_safe(s.text)}")
        rel = "\\" + s.rel if s.rel.isalpha() else s.rel        # approx, propto, …: the macro
        if s.rhs and s.text != f"{s.lhs} {rel} {s.rhs}":
            lines.append(f"    as written: {terminal_safe(f'{s.lhs} {rel} {s.rhs}')}")
        if s.detail:
            lines.append(f"    {terminal_safe(s.detail)}")
    summary = result.summary
    parts = [f"{summary[v]} {v}" for v in VERDICTS if summary[v]]
    lines.append(f"{terminal_safe(result.file)}: {summary['steps']} steps: " + (", ".join(parts) or "no steps found"))
    return "\n".join(lines)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if batch_cli.wanted(argv):         # DIR … --summary/--feedback, or merge: a whole class
        return batch_cli.main(argv)
    args = build_parser().parse_args(argv)
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    files, empty = _expand(args.files)
    if empty:
        for path in empty:
            print(f"{path}: no .tex files found", file=sys.stderr)
        return 2
    pool.configure(workers=args.jobs or pool.default_workers(), memory_bytes=args.memory_mb << 20)
    results = check_files(files, step_seconds=args.step_seconds, max_bytes=args.max_bytes,
                          progress=sys.stderr.isatty())
    if args.json:
        payload = [r.as_json() for r in results]
        print(json_safe(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False)))
    else:
        for r in results:
            if r.error:
                print(terminal_safe(f"{r.file}: error: {r.error}"), file=sys.stderr)
            else:
                print(render(r, colour, args.quiet))
        if len(results) > 1:
            totals = {v: sum(r.summary[v] for r in results) for v in VERDICTS}
            print(f"{len(results)} files: " + ", ".join(f"{n} {v}" for v, n in totals.items() if n))
    if any(r.error for r in results):
        return 2
    return 1 if any(r.failed(args.strict) for r in results) else 0
