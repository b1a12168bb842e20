"""Measure the hand-derivation checker against labelled corpora (the old one, heldout/, and every heldout/batchN/).

    python tests/corpus/heldout/measure.py                     # every set
    python tests/corpus/heldout/measure.py tests/corpus/heldout --json
    python tests/corpus/heldout/measure.py --per-file          # and a row per file

Labels are the `%@` comments of tests/corpus (see README.md here): one word per relation on
the line, in reading order. Here they are truth labels, not expected verdicts: a step is
"wrong steps" if labelled wrong or carried, "correct steps" if labelled ok; def (a
definition) and unv (old corpus: the expected verdict is unverified, no truth given) are
not counted. The checker's steps are matched to labels by line, then by order when the
counts agree, else by column (a step belongs to the last relation sign before its right
side); a labelled relation the checker does not report is "missing".
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _batch_number(path: Path) -> int:
    return int(path.name[len("batch"):])


# batch2/ … batchN/: each written blind after the one before had been looked at (see each README)
BATCHES = sorted((p for p in HERE.glob("batch*") if p.is_dir() and p.name[len("batch"):].isdigit()),
                 key=_batch_number)
OLD = HERE.parent
LABEL_RE = re.compile(r"%@((?:\s+(?:ok|wrong|carried|def|unv))+)\s*$")
WRONG_LABELS = ("wrong", "carried")
FLAGGED = ("wrong", "carried")          # checker verdicts that count as "not passing"
RELATION_WORDS = {"approx", "leftarrow", "gets", "propto", "le", "leq", "ge", "geq", "neq", "ne", "equiv"}
OPEN, CLOSE = "{([", "})]"


def labels(text: str) -> dict[int, list[str]]:
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = LABEL_RE.search(line)
        if m:
            out[n] = m.group(1).split()
    return out


def _code(line: str) -> str:
    """The line without its comment (`\\%` is not one)."""
    m = re.search(r"(?<!\\)%", line)
    return line[:m.start()] if m else line


def relation_columns(line: str) -> list[int]:
    """1-based columns of the relation signs at nesting depth 0 (not `i=1` in `_{i=1}`, not `P(Y=1)`)."""
    code, cols, depth, i = _code(line), [], 0, 0
    while i < len(code):
        c = code[i]
        if c == "\\":
            m = re.match(r"\\([A-Za-z]+)", code[i:])
            if m:
                if depth == 0 and m.group(1) in RELATION_WORDS:
                    cols.append(i + 1)
                i += len(m.group(0))
            else:
                i += 2                      # \{ \} \, \\ ... : escaped, not structure
            continue
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c == ":" and code[i + 1:i + 2] == "=":
            cols.append(i + 1)
            i += 2
            continue
        elif depth == 0 and c in "=<>":
            cols.append(i + 1)
        i += 1
    return cols


def label_problems(text: str) -> list[str]:
    """Labelled lines whose label count differs from their relation signs, and unlabelled
    lines with relation signs (comments and the preamble aside)."""
    want, problems = labels(text), []
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(("%", "\\documentclass", "\\usepackage")):
            continue
        signs = len(relation_columns(line))
        if signs != len(want.get(n, [])):
            problems.append(f"line {n}: {signs} relation signs, labels {want.get(n, [])}")
    return problems


def _verdict(step) -> str:
    v = step.verdict
    return str(getattr(v, "value", v)).lower()


@dataclass
class Tally:
    name: str
    counts: Counter = field(default_factory=Counter)
    wrong_called_ok: list = field(default_factory=list)
    correct_called_wrong: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    unlabelled: list = field(default_factory=list)
    files: int = 0
    seconds: float = 0.0
    per_file: dict = field(default_factory=dict)      # file name -> Counter of (label, verdict)

    def row(self) -> dict:
        c = self.counts
        wrong = sum(v for (lab, _), v in c.items() if lab in WRONG_LABELS)
        correct = sum(v for (lab, _), v in c.items() if lab == "ok")
        flagged = sum(v for (lab, ver), v in c.items() if lab in WRONG_LABELS and ver in FLAGGED)
        called_ok = sum(v for (lab, ver), v in c.items() if lab in WRONG_LABELS and ver == "ok")
        false_alarm = sum(v for (lab, ver), v in c.items() if lab == "ok" and ver in FLAGGED)
        confirmed = c[("ok", "ok")]
        pct = lambda k, n: 100.0 * k / n if n else 0.0
        return {"set": self.name, "files": self.files, "labelled": wrong + correct,
                "wrong": wrong, "wrong_flagged": flagged, "wrong_flagged_pct": pct(flagged, wrong),
                "wrong_called_ok": called_ok, "wrong_called_ok_pct": pct(called_ok, wrong),
                "carried_labelled": sum(v for (lab, _), v in c.items() if lab == "carried"),
                "correct": correct, "correct_called_wrong": false_alarm,
                "correct_called_wrong_pct": pct(false_alarm, correct),
                "correct_confirmed": confirmed, "correct_confirmed_pct": pct(confirmed, correct),
                "missing": sum(v for (lab, ver), v in c.items() if ver == "missing" and lab in ("ok", *WRONG_LABELS)),
                "seconds": round(self.seconds, 1),
                "confusion": {f"{a}->{b}": v for (a, b), v in sorted(c.items())}}


def pair(text: str, steps) -> tuple[list, list]:
    """([(line, label, step or None)], unlabelled steps) for one file."""
    want = labels(text)
    lines = text.splitlines()
    by_line: dict[int, list] = {}
    for s in steps:
        by_line.setdefault(s.line, []).append(s)
    unlabelled = [s for n, ss in by_line.items() if n not in want for s in ss]
    out = []
    for n, labs in sorted(want.items()):
        got = sorted(by_line.get(n, []), key=lambda s: s.index)
        # data the prose lists ("counts $2, 0, 4$") are reported as given where no relation sign is written
        unlabelled += [s for s in got if "as the prose lists them" in (getattr(s, "detail", "") or "")]
        got = [s for s in got if "as the prose lists them" not in (getattr(s, "detail", "") or "")]
        if len(got) == len(labs):
            out += [(n, lab, s) for lab, s in zip(labs, got)]
            continue
        cols = relation_columns(lines[n - 1])
        slot: dict[int, object] = {}
        for s in got:
            before = [k for k, c in enumerate(cols) if c < s.column]
            # a right side before every counted sign belongs to a sign that is not counted (\sim, \in)
            k = before[-1] if before else None
            if k is not None and k < len(labs) and k not in slot:
                slot[k] = s
            else:
                unlabelled.append(s)
        out += [(n, lab, slot.get(k)) for k, lab in enumerate(labs)]
    return out, unlabelled


def measure(name: str, paths) -> Tally:
    from verify.tex import check_file
    tally = Tally(name)
    for path in paths:
        path = Path(path)
        result = check_file(str(path))
        tally.files += 1
        tally.seconds += sum(s.seconds for s in result.steps)
        pairs, extra = pair(path.read_text(), result.steps)
        tally.unlabelled += [f"{path.name}:{s.line}: {s.lhs} {s.rel} {s.rhs} -> {_verdict(s)}" for s in extra]
        mine = tally.per_file.setdefault(path.name, Counter())
        for line, lab, step in pairs:
            ver = _verdict(step) if step is not None else "missing"
            tally.counts[(lab, ver)] += 1
            mine[(lab, ver)] += 1
            where = f"{path.name}:{line}"
            if step is None:
                if lab in ("ok", *WRONG_LABELS):
                    tally.missing.append(f"{where}: [{lab}] relation not reported")
                continue
            desc = f"{where}: [{lab}] {step.lhs} {step.rel} {step.rhs} -> {ver}: {step.detail}"
            if lab in WRONG_LABELS and ver == "ok":
                tally.wrong_called_ok.append(desc)
            if lab == "ok" and ver in FLAGGED:
                tally.correct_called_wrong.append(desc)
    return tally


def sets(dirs=None) -> list[tuple[str, list[Path]]]:
    if dirs:
        return [(Path(d).name, sorted(Path(d).glob("*.tex"))) for d in dirs]
    return [("old corpus (tests/corpus)", sorted(OLD.glob("*.tex"))),
            ("held-out (tests/corpus/heldout)", sorted(HERE.glob("*.tex"))),
            *((batch_name(b), sorted(b.glob("*.tex"))) for b in BATCHES)]


def batch_name(batch: Path) -> str:
    return f"held-out batch {_batch_number(batch)} (tests/corpus/heldout/{batch.name})"


def table(rows: list[dict]) -> str:
    head = ("| set | files | labelled steps | wrong steps flagged | wrong steps called ok "
            "| correct steps called wrong | correct steps confirmed | not reported |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- |")
    body = [f"| {r['set']} | {r['files']} | {r['labelled']} ({r['wrong']} wrong, of which {r['carried_labelled']} carried; "
            f"{r['correct']} correct) | {r['wrong_flagged']}/{r['wrong']} = {r['wrong_flagged_pct']:.1f} % "
            f"| {r['wrong_called_ok']} ({r['wrong_called_ok_pct']:.1f} %) "
            f"| {r['correct_called_wrong']}/{r['correct']} = {r['correct_called_wrong_pct']:.1f} % "
            f"| {r['correct_confirmed']}/{r['correct']} = {r['correct_confirmed_pct']:.1f} % | {r['missing']} |"
            for r in rows]
    return "\n".join([head, *body])


def per_file_rows(tally: Tally) -> list[dict]:
    return [Tally(name, counts, files=1).row() for name, counts in sorted(tally.per_file.items())]


def report(tallies: list[Tally], details: bool = True, per_file: bool = False) -> str:
    out = [table([t.row() for t in tallies])]
    if per_file:
        for t in tallies:
            out += [f"\n{t.name}, per file:", table(per_file_rows(t))]
    if details:
        for t in tallies:
            for title, items in (("wrong steps called ok", t.wrong_called_ok),
                                 ("correct steps called wrong", t.correct_called_wrong),
                                 ("labelled relations not reported", t.missing),
                                 ("reported steps without a label", t.unlabelled)):
                out.append(f"\n{t.name}: {title} ({len(items)})")
                out += [f"  {x}" for x in items]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    dirs = [a for a in argv if not a.startswith("--")]
    tallies = [measure(name, paths) for name, paths in sets(dirs)]
    if as_json:
        print(json.dumps([t.row() | {"wrong_called_ok_steps": t.wrong_called_ok,
                                     "correct_called_wrong_steps": t.correct_called_wrong,
                                     "missing_steps": t.missing} for t in tallies], indent=2))
    else:
        print(report(tallies, per_file="--per-file" in argv))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))     # the worktree's own verify, not an installed one
    raise SystemExit(main(sys.argv[1:]))
