"""class.csv (one row per file) and steps.csv (one row per step); joining the shards of a class.

Verdicts are counted generically: every verdict that occurs gets a column, the usual ones in
a fixed order first. Per problem, class.csv has one column per (problem, verdict) for the
verdicts a gradebook needs; a file without that problem leaves them empty.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from verify.status import Status
from verify.tex.batch_run import Checked, write_atomic

VERDICT_ORDER = tuple(v.value for v in (Status.OK, Status.WRONG, Status.CARRIED, Status.UNVERIFIED,
                                         Status.SKIPPED, Status.GIVEN))
PER_PROBLEM = VERDICT_ORDER[:4]       # what a gradebook needs per problem
HEAD = ("file", "steps")
TAIL = ("first wrong line", "seconds", "error", "feedback", "note", "sha256")
STEP_COLUMNS = ("file", "problem", "position", "line", "column", "verdict", "reason", "step")
MAX_CELL = 2000            # a pasted page in one step must not make a cell no spreadsheet opens
_FORMULA = re.compile(r"^[=+\-@\t\r]")


def problem_column(problem: str, verdict: str) -> str:
    return f"{problem}: {verdict}"


def class_row(c: Checked, feedback: str = "") -> dict:
    verdicts = [str(s.verdict) for s in c.result.steps]
    row = {"file": c.path, "steps": len(verdicts)}
    for v in sorted(set(verdicts) | set(VERDICT_ORDER), key=_verdict_rank):
        row[v] = verdicts.count(v)
    first = next((s.line for s in c.result.steps if s.verdict is Status.WRONG), "")
    row.update({"first wrong line": first, "seconds": round(c.seconds, 3), "error": c.error,
                "feedback": feedback, "note": c.submission.note, "sha256": c.submission.sha256})
    for problem in dict.fromkeys(p for p in c.problems if p):
        mine = [v for v, p in zip(verdicts, c.problems) if p == problem]
        for v in PER_PROBLEM:
            row[problem_column(problem, v)] = mine.count(v)
    return row


def step_rows(c: Checked) -> list[dict]:
    rows, position = [], {}
    for s, text, problem in zip(c.result.steps, c.texts, c.problems):
        position[problem] = position.get(problem, 0) + 1
        rows.append({"file": c.path, "problem": problem, "position": position[problem], "line": s.line,
                     "column": s.column, "verdict": str(s.verdict), "reason": s.detail, "step": text})
    return rows


def _verdict_rank(v: str) -> tuple:
    return (VERDICT_ORDER.index(v), "") if v in VERDICT_ORDER else (len(VERDICT_ORDER), v)


def class_columns(rows: list[dict]) -> list[str]:
    """file, steps, every verdict, first wrong line … sha256, then the problems in order of first use."""
    keys = list(dict.fromkeys(k for r in rows for k in r))
    fixed = set(HEAD) | set(TAIL)
    problems = list(dict.fromkeys(k.rsplit(": ", 1)[0] for k in keys if ": " in k and k not in fixed))
    verdicts = sorted((k for k in keys if k not in fixed and ": " not in k), key=_verdict_rank)
    return list(HEAD) + verdicts + list(TAIL) + [problem_column(p, v) for p in problems for v in PER_PROBLEM]


def _cell(value) -> str:
    """Text a spreadsheet will not run: a leading = + - @ is quoted (file names, steps, reasons
    are the students' text); numbers pass as they are."""
    if isinstance(value, (int, float)):
        return value
    text = str(value)[:MAX_CELL]
    return "'" + text if _FORMULA.match(text) else text


def csv_text(rows: list[dict], columns) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), restval="", extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _cell(v) for k, v in r.items()})
    return buf.getvalue()


def write_csv(path: Path, rows: list[dict], columns) -> None:
    write_atomic(Path(path), csv_text(rows, columns))


def steps_path(summary: Path) -> Path:
    """steps.csv beside class.csv (<stem>.steps.csv if the summary itself is called steps.csv)."""
    summary = Path(summary)
    beside = summary.with_name("steps.csv")
    return beside if beside != summary else summary.with_name(summary.stem + ".steps.csv")


# ---- reading back and merging shards
class MergeError(ValueError):
    pass


def read_csv(path: Path) -> list[dict]:
    """Rows of a CSV we wrote (cells are cut at MAX_CELL, far below the csv module's field limit,
    which is process-wide and stays as it is)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def merge(inputs: list[Path], output: Path) -> tuple[list[dict], list[dict]]:
    """Join class.csv files (and the steps.csv beside each); the same file in two shards must
    have the same content hash. Writes output and the steps.csv beside it; returns both row lists."""
    rows: dict[str, dict] = {}
    steps: list[dict] = []
    for path in inputs:
        try:
            shard_rows = read_csv(path)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise MergeError(f"{path}: cannot read it: {exc}") from exc
        if shard_rows and not set(HEAD) <= set(shard_rows[0]):
            raise MergeError(f"{path}: not a class summary (no file/steps columns)")
        new = set()
        for r in shard_rows:
            earlier = rows.get(r["file"])
            if earlier is not None and earlier.get("sha256") != r.get("sha256"):
                raise MergeError(f"{r['file']} is in two shards with different content: re-run both")
            if earlier is None:
                rows[r["file"]] = r
                new.add(r["file"])
        step_file = steps_path(path)
        if step_file.is_file():
            try:
                steps += [s for s in read_csv(step_file) if s["file"] in new]
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                raise MergeError(f"{step_file}: cannot read it: {exc}") from exc
    ordered = [rows[f] for f in sorted(rows)]
    steps.sort(key=lambda s: s["file"])       # stable: each file's steps stay in their order
    write_csv(output, ordered, class_columns(ordered))
    write_csv(steps_path(output), steps, STEP_COLUMNS)
    return ordered, steps
