"""Per-student feedback (out/<name>.pdf|html|md) and the class overview (out/class.pdf).

PDF goes through the report's own machinery: report.render's Jinja environment (every
value escaped for LaTeX, marks from the preamble), the hand-check appendix template
(hand.tex.j2) for the step table, and report.compile's latexmk (no shell escape, atomic
replace). HTML and Markdown come from sibling templates, in plain Unicode (no MathJax).
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import statistics
from collections import Counter
from pathlib import Path

import jinja2

from report.render import DEFAULT_TEMPLATES, make_environment
from verify.status import Status
from verify.tex.batch_run import STATE_DIR, Checked, write_atomic
from verify.tex.classcsv import PER_PROBLEM

FORMATS = ("pdf", "html", "md")
BANDS = ("0–19 %", "20–39 %", "40–59 %", "60–79 %", "80–99 %", "100 %")
MOST_WRONG, MAX_FAILED = 10, 12
NO_PROBLEM = "(before the first problem)"


# ---- data for the templates
def student(c: Checked) -> dict:
    steps = []
    for s, text, problem in zip(c.result.steps, c.texts, c.problems):
        status = Status(s.verdict)
        steps.append({"line": s.line, "text": text, "verdict": status.value, "detail": s.detail,
                      "status": status, "mark": status.mark,
                      "problem": problem or (NO_PROBLEM if any(c.problems) else "")})
    counts = Counter(s["verdict"] for s in steps)
    problems = [{"label": p, **{v: sum(1 for s in steps if s["problem"] == p and s["verdict"] == v)
                                for v in PER_PROBLEM}}
                for p in dict.fromkeys(s["problem"] for s in steps) if p]
    return {"file": c.path, "error": c.error or None, "note": c.submission.note, "heading": "Your steps",
            "steps": steps, "counts": dict(counts), "problems": problems,
            "ok": not c.error and not c.result.failed()}


def _score(row: dict, problem: str | None) -> float | None:
    key = (lambda v: f"{problem}: {v}") if problem else (lambda v: v)
    try:
        n = {v: int(row.get(key(v)) or 0) for v in PER_PROBLEM}
    except ValueError:
        return None
    claims = sum(n.values())
    if problem and row.get(key("ok"), "") == "":
        return None        # the file has no such problem
    return n["ok"] / claims if claims else None


def _band(score: float) -> int:
    return len(BANDS) - 1 if score >= 1 else min(int(score * 5), len(BANDS) - 2)


def overview(class_rows: list[dict], step_rows: list[dict]) -> dict:
    """The overview's numbers, from class.csv / steps.csv rows (so a merge can draw it too)."""
    problems = list(dict.fromkeys(k.rsplit(": ", 1)[0] for r in class_rows for k in r
                                  if k.endswith(": ok") and k.count(": ") >= 1))
    distribution = []
    for label, problem in [("whole file", None)] + [(p, p) for p in problems]:
        scores = [s for s in (_score(r, problem) for r in class_rows if not r.get("error")) if s is not None]
        counts = [0] * len(BANDS)
        for s in scores:
            counts[_band(s)] += 1
        median = f"{100 * statistics.median(scores):.0f} %" if scores else "--"
        distribution.append({"label": label, "counts": counts, "files": len(scores), "median": median})
    wrong: dict[tuple, list] = {}
    for s in step_rows:
        if s["verdict"] == Status.WRONG:
            wrong.setdefault((s["problem"], int(s["position"])), []).append(s)
    ranked = sorted(wrong.items(), key=lambda kv: (-len({s["file"] for s in kv[1]}), kv[0]))
    most_wrong = [{"problem": key[0] or "--", "position": key[1], "files": len({s["file"] for s in group}),
                   "example": Counter(s["step"] for s in group).most_common(1)[0][0][:90]}
                  for key, group in ranked[:MOST_WRONG]]
    failed = [{"file": r["file"], "error": r["error"]} for r in class_rows if r.get("error")]
    return {"n_files": len(class_rows), "n_checked": sum(1 for r in class_rows if not r.get("error")),
            "n_steps": sum(int(r.get("steps") or 0) for r in class_rows), "bands": BANDS,
            "distribution": distribution, "most_wrong": most_wrong, "failed": failed[:MAX_FAILED],
            "more_failed": max(0, len(failed) - MAX_FAILED)}


# ---- rendering
def _md(text) -> str:
    """Markdown table cell text: | and line breaks would end the cell, * _ ` [ < would format."""
    return re.sub(r"([\\|*_`\[\]<>#])", r"\\\1", " ".join(str(text).split()))


def _code(text) -> str:
    return " ".join(str(text).replace("`", "ʹ").replace("|", "¦").split())


def _plain_env(fmt: str, templates) -> jinja2.Environment:
    search = ([str(templates)] if templates else []) + [str(DEFAULT_TEMPLATES)]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(search), autoescape=fmt == "html",
                             undefined=jinja2.StrictUndefined, trim_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=_md, code=_code)
    return env


@functools.lru_cache(maxsize=8)
def _environment(fmt: str, templates) -> jinja2.Environment:
    """One per format: an environment compiles each template once (a class renders hundreds)."""
    return make_environment(templates) if fmt == "pdf" else _plain_env(fmt, templates)


def render(template: str, fmt: str, context: dict, templates=None) -> str:
    """`template` is feedback or class; fmt picks the .tex.j2 / .html.j2 / .md.j2 sibling."""
    env = _environment(fmt, templates)
    if fmt == "pdf":
        title = "Derivkit class overview" if template == "class" else "Derivkit feedback"
        base = {"title": title, "version": _version(), "any_tikz": False}
        return env.get_template(f"{template}.tex.j2").render({**base, **context})
    return env.get_template(f"{template}.{fmt}.j2").render(context)


def _version() -> str:
    from report.provenance import project_version
    return project_version()


def write(out: Path, name: str, text: str, fmt: str, epoch: int) -> Path:
    """out/<name>.<fmt>; a PDF is compiled in out/.derivkit/latex under an ASCII name."""
    target = out / f"{name}.{fmt}"
    if fmt != "pdf":
        write_atomic(target, text)
        return target
    from report.compile import compile_pdf
    work = out / STATE_DIR / "latex"
    stem = "fb-" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    tex = work / f"{stem}.tex"
    write_atomic(tex, text)
    compile_pdf(tex, target, epoch=epoch, aux_dir=work / "aux")
    return target


def default_epoch() -> int:
    """SOURCE_DATE_EPOCH when set (reproducible PDFs), else the checker's commit time."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if value.isdigit():
        return int(value)
    from report import provenance
    epoch = provenance._run("git", "log", "-1", "--format=%ct")
    return int(epoch) if epoch.isdigit() else provenance.FALLBACK_EPOCH
