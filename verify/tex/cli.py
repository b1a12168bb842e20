"""`python -m verify FILE.tex …`: check hand-written derivations step by step."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from verify.tex import batch_cli
from verify.tex.check import check_file
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
    p.add_argument("--step-seconds", type=float, default=STEP_SECONDS, help="time cap per step")
    return p


def _expand(paths):
    for path in paths:
        if Path(path).is_dir():
            yield from (str(p) for p in sorted(Path(path).rglob("*.tex")))
        else:
            yield path


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
    results = [check_file(f, step_seconds=args.step_seconds) for f in _expand(args.files)]
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
