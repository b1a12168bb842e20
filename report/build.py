"""The report build, top to bottom: plan → check → runs → render → compile.

Caching is by content hash, at two levels:
- the whole build: a stamp beside the PDF holds the hash of every input (sources,
  templates, options, commit, tool versions). Unchanged → nothing runs, not even an
  import of torch: the warm path is hashing a few dozen files.
- each derivation: its check summary is cached under the hash of its own module, the
  shared derivation/verify code and the numeric stack's versions, so editing one
  derivation re-checks only that one. Runs cache themselves (report.runs); LaTeX is
  skipped by latexmk when report.tex did not change.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from report import cache, provenance
from report.provenance import ROOT, package_version, source_files

STAMP_SUFFIX = ".stamp.json"
CHECK_NAMESPACE = "derivation-checks"
TITLE = "Derivkit: verified derivations"


@dataclass
class Options:
    output: Path = Path("build/report.pdf")
    names: list[str] | None = None        # None: every registered derivation
    runs: bool = True
    rerun: bool = False
    templates: Path | None = None
    hand: Path | None = None


@dataclass
class Outcome:
    pdf: Path
    ok: bool                              # every check passed and LaTeX succeeded
    failures: list[str]
    latex_error: str | None = None
    up_to_date: bool = False              # the warm path: nothing was rebuilt
    seconds: dict = field(default_factory=dict)
    cached_checks: list[str] = field(default_factory=list)


def log(msg: str) -> None:
    print(f"report: {msg}", file=sys.stderr, flush=True)


# -- plan ---------------------------------------------------------------------------
def select(names: list[str] | None) -> dict[str, tuple[str, str]]:
    """The registry entries to build, in registry order. Raises KeyError on a bad name."""
    from derivations import REGISTRY
    if not names:
        return dict(REGISTRY)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise KeyError(f"unknown derivation(s): {', '.join(unknown)}; valid names: {', '.join(REGISTRY)}")
    return {n: REGISTRY[n] for n in REGISTRY if n in names}


def module_file(module: str) -> Path:
    return ROOT / (module.replace(".", "/") + ".py")


def files_digest(files: list[Path]) -> list:
    return [[str(p.relative_to(p.anchor)), p.read_bytes()] for p in files if p.is_file()]


def build_key(opts: Options, prov) -> str:
    """Everything the finished PDF depends on. Computed before importing the registry
    (which imports SymPy): the derivations/ sources in the hash cover the registry."""
    files = source_files("derivations", "verify", "report", "templates")
    if opts.templates:
        files += source_files(str(Path(opts.templates).resolve()), root=Path("/"))
    if opts.hand:
        files.append(Path(opts.hand).resolve())
    return cache.digest(files_digest(files), sorted(opts.names or ["(all)"]), opts.runs, str(opts.templates), str(opts.hand),
                        prov.version, prov.commit, prov.epoch, list(prov.environment))


def check_key(module: str, registry_modules: set[str]) -> str:
    """A derivation's check depends on its module and the shared code, not on its siblings."""
    shared = [p for p in source_files("derivations", "verify", "report/summary.py")
              if not (p.parent.name == "derivations" and f"derivations.{p.stem}" in registry_modules)]
    versions = [package_version(n) for n in ("sympy", "mpmath", "numpy", "torch")]
    return cache.digest(files_digest([module_file(module)] + shared), versions, sys.version)


# -- check --------------------------------------------------------------------------
def check_all(selected: dict, rerun: bool) -> tuple[list[dict], list[str]]:
    """One plain-data summary per derivation; a derivation that fails to import or check
    becomes a failed summary (never cached: it is quick to fail again)."""
    from report import summary
    registry_modules = {module for module, _ in selected.values()}
    from derivations import REGISTRY
    registry_modules |= {module for module, _ in REGISTRY.values()}
    summaries, cached = [], []
    for name, (module, statement) in selected.items():
        t0 = time.perf_counter()
        try:
            def compute(name=name):
                import derivations
                from report.threads import pin_threads
                pin_threads()
                d = derivations.get(name)
                return summary.summarize(d, d.check())
            value, was_cached = cache.memo(CHECK_NAMESPACE, check_key(module, registry_modules), compute,
                                           rerun=rerun)
        except Exception as exc:     # a derivation being written may not import yet
            value, was_cached = summary.failed(name, name, "import or check", exc), False
        summaries.append(value)
        if was_cached:
            cached.append(name)
        log(f"check {name}: {'cached' if was_cached else f'{time.perf_counter() - t0:.1f} s'}"
            f"{'' if value['ok'] else ' — FAILED'}")
    return summaries, cached


# -- runs and the hand-written appendix -----------------------------------------------
def collect_runs(names: list[str], build_dir: Path, rerun: bool) -> tuple[dict, list[str]]:
    from report.render import run_context
    try:
        from report import runs
        outputs = runs.collect(names, build_dir, rerun=rerun, data=None)
    except Exception as exc:
        return {}, [f"empirical runs failed: {type(exc).__name__}: {exc}"]
    return {name: [run_context(r, build_dir) for r in outputs.get(name, [])] for name in names}, []


def check_hand(path: Path) -> dict:
    """The hand-derivation appendix; verify.tex may not exist yet, the report builds anyway."""
    base = {"file": str(path), "error": None, "ok": False, "steps": [], "counts": {}}
    try:
        from verify.tex import check_file
    except ImportError as exc:
        return {**base, "error": f"the hand-derivation checker (verify.tex.check_file) is not available: {exc}"}
    try:
        result = check_file(path)
    except Exception as exc:
        return {**base, "error": f"checking failed: {type(exc).__name__}: {exc}"}
    steps = [{"line": s.line, "text": getattr(s, "text", "") or f"{s.lhs} {s.rel} {s.rhs}",
              "verdict": s.verdict, "detail": s.detail} for s in result.steps]
    counts = {k: v for k, v in getattr(result, "summary", {}).items() if v and k != "steps"}
    error = getattr(result, "error", "") or None
    return {**base, "error": error, "ok": not error and not result.failed(), "steps": steps, "counts": counts}


# -- render -------------------------------------------------------------------------
def count_checks(summaries: list[dict], hand: dict | None) -> tuple[int, list[str]]:
    from report.summary import check_rows
    n = sum(len(check_rows(d)) for d in summaries)
    failures = [f"{d['name']}: {f}" for d in summaries for f in d["failures"]]
    if hand is not None:
        n += 1
        if not hand["ok"]:
            failures.append(f"hand-written {hand['file']}: {hand['error'] or 'a step is wrong'}")
    return n, failures


def write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text() != text:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text)
        os.replace(tmp, path)


# -- the build ------------------------------------------------------------------------
def build(opts: Options) -> Outcome:
    from report.compile import LatexError, compile_pdf
    times, t0 = {}, time.perf_counter()
    output = Path(opts.output)
    build_dir = output.parent
    build_dir.mkdir(parents=True, exist_ok=True)
    stamp = output.with_name(output.name + STAMP_SUFFIX)

    prov = provenance.collect()
    key = build_key(opts, prov)
    if not opts.rerun and output.is_file() and stamp.is_file():
        previous = json.loads(stamp.read_text())
        if previous.get("key") == key:
            times["total"] = time.perf_counter() - t0
            log(f"{output} is up to date ({times['total']:.2f} s)")
            return Outcome(output, previous["ok"], previous["failures"], None, True, times)
    selected = select(opts.names)
    times["plan"] = time.perf_counter() - t0

    t = time.perf_counter()
    summaries, cached_checks = check_all(selected, opts.rerun)
    times["check"] = time.perf_counter() - t

    t = time.perf_counter()
    runs, run_failures = collect_runs(list(selected), build_dir, opts.rerun) if opts.runs else ({}, [])
    hand = check_hand(Path(opts.hand)) if opts.hand else None
    times["runs"] = time.perf_counter() - t

    t = time.perf_counter()
    from report.render import as_tex, render
    n_checks, failures = count_checks(summaries, hand)
    failures += run_failures
    context = {
        "title": TITLE, "version": prov.version, "commit": prov.commit, "date": prov.date,
        "ok": not failures, "failures": failures, "n_checks": n_checks,
        "derivations": [as_tex(s) for s in summaries], "runs": runs, "runs_enabled": opts.runs,
        "any_tikz": any(r["tikz"] for rs in runs.values() for r in rs), "hand": hand,
        "environment": [{"name": k, "version": v} for k, v in prov.environment],
    }
    tex = build_dir / (output.stem + ".tex")
    write_if_changed(tex, render(context, opts.templates))
    times["render"] = time.perf_counter() - t

    t = time.perf_counter()
    latex_error = None
    try:
        compile_pdf(tex, output, epoch=prov.epoch, aux_dir=build_dir / "latex")
    except LatexError as exc:
        latex_error = str(exc)
    times["latex"] = time.perf_counter() - t
    times["total"] = time.perf_counter() - t0

    if latex_error is None:
        stamp.write_text(json.dumps({"key": key, "ok": not failures, "failures": failures}, indent=1))
    else:
        stamp.unlink(missing_ok=True)
    return Outcome(output, not failures and latex_error is None, failures, latex_error, False, times,
                   cached_checks)
