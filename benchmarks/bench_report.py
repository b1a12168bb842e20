"""Benchmarks of the PDF report (python -m report).

Targets (issue #4): cold build without runs <= 30 s; warm rebuild (nothing changed) <= 2 s.
Each stage runs in its own process; caches and outputs go to temporary folders, except the
warm stage, which first builds (untimed) into build/bench-report/ and then times a rebuild.
The split stages time one part each: check (every derivation, no cache), runs, render,
LaTeX cold and LaTeX with nothing changed.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

WARM_DIR = Path("build/bench-report")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (check workers, pdflatex):
    on a shared machine wall time can be several times this."""
    import resource
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                resource.getrusage(resource.RUSAGE_CHILDREN)))


def _use_cache(folder: Path) -> None:
    from report import cache
    cache.CACHE_DIR = folder / "cache"


def _build(out: Path, runs: bool = False):
    from report.build import Options, build
    return build(Options(output=out, runs=runs))


def cold_build_without_runs() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        _use_cache(Path(tmp))
        t0, cpu0 = time.perf_counter(), _cpu()
        outcome = _build(Path(tmp) / "report.pdf")
        seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    split = {f"{k}_s": round(v, 3) for k, v in outcome.seconds.items()}
    return {"seconds": seconds, "cpu_s": round(cpu, 2), **split, "target_s": 30,
            "failures": len(outcome.failures), "latex_ok": outcome.latex_error is None}


def warm_rebuild() -> dict:
    _use_cache(WARM_DIR)
    out = WARM_DIR / "report.pdf"
    _build(out)                                      # untimed: make sure it is built
    t0 = time.perf_counter()
    outcome = _build(out)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "up_to_date": outcome.up_to_date, "target_s": 2}


def check_all_derivations() -> dict:
    from report.build import check_all, select
    with tempfile.TemporaryDirectory() as tmp:
        _use_cache(Path(tmp))
        selected = select(None)
        t0, cpu0 = time.perf_counter(), _cpu()
        summaries, _ = check_all(selected, rerun=True)
        seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    return {"seconds": seconds, "cpu_s": round(cpu, 2), "derivations": len(summaries),
            "failed": sum(not s.ok for s in summaries)}


def runs_all() -> dict:
    from report.build import check_all, collect_runs, select
    _use_cache(WARM_DIR)
    checked, _ = check_all(select(None), rerun=False)        # from the warm stage's cache, untimed
    with tempfile.TemporaryDirectory() as tmp:
        _use_cache(Path(tmp))
        t0 = time.perf_counter()
        runs, failures = collect_runs(checked, Path(tmp), rerun=True)
        seconds = time.perf_counter() - t0
    return {"seconds": seconds, "runs": sum(len(r) for r in runs.values()), "failures": len(failures)}


def _rendered(tmp: Path) -> Path:
    """report.tex for every derivation (checks from the warm stage's cache), untimed."""
    from report.build import check_all, select
    from report.render import render
    _use_cache(WARM_DIR)
    summaries, _ = check_all(select(None), rerun=False)
    tex = tmp / "report.tex"
    tex.write_text(render(_context(summaries)))
    return tex


def _context(summaries) -> dict:
    from report import provenance
    from report.build import make_context
    return make_context(provenance.collect(), summaries)


def render_only() -> dict:
    from report.build import check_all, select
    from report.render import render
    _use_cache(WARM_DIR)
    summaries, _ = check_all(select(None), rerun=False)
    context = _context(summaries)
    t0 = time.perf_counter()
    tex = render(context)
    return {"seconds": time.perf_counter() - t0, "lines": tex.count("\n")}


def latex_cold_and_unchanged() -> dict:
    from report.compile import compile_pdf
    with tempfile.TemporaryDirectory() as tmp:
        tex = _rendered(Path(tmp))
        t0 = time.perf_counter()
        compile_pdf(tex, Path(tmp) / "report.pdf", epoch=0)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        compile_pdf(tex, Path(tmp) / "report.pdf", epoch=0)
        unchanged = time.perf_counter() - t0
    return {"seconds": cold, "unchanged_s": round(unchanged, 3)}


STAGES = {
    "report cold build, no runs": cold_build_without_runs,
    "report warm rebuild": warm_rebuild,
    "report split: check every derivation": check_all_derivations,
    "report split: runs": runs_all,
    "report split: render": render_only,
    "report split: LaTeX (cold, then unchanged)": latex_cold_and_unchanged,
}
