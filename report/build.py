"""The report build, top to bottom: plan → check → runs → render → compile.

Caching is by content hash, at two levels:
- the whole build: a stamp beside the PDF holds the hash of every input (sources,
  templates, options, commit, tool versions). Unchanged → nothing runs, not even an
  import of torch: the warm path is hashing a few dozen files.
- each derivation: its checked result (derivations.checked.Checked) is cached under the hash of its own module, the
  shared derivation/verify code and the numeric stack's versions, so editing one
  derivation re-checks only that one. Runs cache themselves (report.runs); LaTeX is
  skipped by latexmk when report.tex did not change.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from report import cache, outputs, provenance
from report.provenance import ROOT, package_version, source_files

CHECK_NAMESPACE = "derivation-checks"
TITLE = "Derivkit: verified derivations"
RUN_SEED = 0                              # every empirical run's seed (listed in the appendix)


@dataclass
class Options:
    output: Path = Path("build/report.pdf")
    names: list[str] | None = None        # None: every registered derivation
    runs: bool = True
    rerun: bool = False
    templates: Path | None = None
    hand: Path | None = None
    data: object | None = None            # report.runs.DataSpec: the user's CSV files for the tabular runs


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
    data = opts.data.digest() if opts.data is not None else None
    return cache.digest(files_digest(files), sorted(opts.names or ["(all)"]), opts.runs, str(opts.templates),
                        str(opts.hand), data, prov.version, prov.commit, prov.epoch, list(prov.environment))


def check_key(module: str, registry_modules: set[str]) -> str:
    """A derivation's check depends on its module and the shared code, not on its siblings."""
    shared = [p for p in source_files("derivations", "verify")
              if not (p.parent.name == "derivations" and f"derivations.{p.stem}" in registry_modules)]
    versions = [package_version(n) for n in ("sympy", "mpmath", "numpy", "torch")]
    return cache.digest(files_digest([module_file(module)] + shared), versions, sys.version)


# -- check --------------------------------------------------------------------------
def check_one(name: str):
    """Import and check one derivation (in a worker process when several miss): a Checked."""
    from derivations import checked
    from verify.threads import pin_threads
    pin_threads()
    return checked.get(name)


def jobs(n_missing: int) -> int:
    return max(1, min(n_missing, int(os.environ.get("DERIVKIT_JOBS", os.cpu_count() or 1))))


def run_checks(names: list[str]) -> dict:
    """Check derivations, in parallel processes when there are several: each one imports
    torch (~1 s) and proves its own steps, nothing is shared."""
    if jobs(len(names)) == 1:
        return {name: check_one(name) for name in names}
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    # fork is cheapest while this process has not started torch's threads; spawn otherwise
    context = multiprocessing.get_context("spawn" if "torch" in sys.modules else "fork")
    with ProcessPoolExecutor(jobs(len(names)), mp_context=context) as pool:
        return dict(zip(names, pool.map(check_one, names)))


def check_all(selected: dict, rerun: bool) -> tuple[list, list[str]]:
    """One Checked per derivation, from the cache where its key is unchanged.
    Failed imports and crashed checks are not cached: they are quick to fail again."""
    from derivations import REGISTRY
    registry_modules = {module for module, _ in REGISTRY.values()}
    keys = {name: check_key(module, registry_modules) for name, (module, _) in selected.items()}
    found = {}
    for name, key in keys.items():
        hit = None if rerun else cache.lookup(CHECK_NAMESPACE, key)
        if hit is not None:
            found[name] = hit
    missing = [name for name in selected if name not in found]
    t0 = time.perf_counter()
    if missing:
        log(f"checking {', '.join(missing)} ({jobs(len(missing))} process(es))")
    fresh = run_checks(missing)
    for name, value in fresh.items():
        if value.error is None:
            cache.store(CHECK_NAMESPACE, keys[name], value)
    if missing:
        log(f"checked {len(missing)} in {time.perf_counter() - t0:.1f} s; {len(found)} cached")
    results = [found[name] if name in found else fresh[name] for name in selected]
    for r in results:
        if not r.ok:
            log(f"{r.name}: FAILED")
    return results, [name for name in selected if name in found]


# -- runs and the hand-written appendix -----------------------------------------------
def collect_runs(checked: list, build_dir: Path, rerun: bool, data=None) -> tuple[dict, dict]:
    """Each derivation's runs (report.runs caches them), given its Checked result, one
    derivation at a time so that one failing run costs only its own section."""
    from report.render import run_context
    try:
        from report import runs
    except Exception as exc:
        return {}, {c.name: f"empirical runs unavailable: {type(exc).__name__}: {exc}" for c in checked}
    contexts, errors = {}, {}
    for result in checked:
        name = result.name
        try:
            outputs = runs.collect([result], build_dir, rerun=rerun, data=data, seed=RUN_SEED)
            # A run that crashed is shown in its section and fails the report like a failed check.
            crashed = [r.title for r in outputs.get(name, []) if r.data.get("failed")]
            if crashed:
                errors[name] = "empirical run failed: " + "; ".join(crashed)
            contexts[name] = [{**ctx, "seed": RUN_SEED if ctx["seed"] is None else ctx["seed"]}
                              for ctx in (run_context(r, build_dir) for r in outputs.get(name, []))]
        except Exception as exc:
            errors[name] = f"empirical run failed: {type(exc).__name__}: {exc}"
    return contexts, errors


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
              "verdict": s.verdict, "status": s.verdict, "detail": s.detail}
             for s in result.steps]
    counts = {k: v for k, v in getattr(result, "summary", {}).items() if v and k != "steps"}
    error = getattr(result, "error", "") or None
    return {**base, "error": error, "ok": not error and not result.failed(), "steps": steps, "counts": counts}


# -- render -------------------------------------------------------------------------
def count_checks(results: list, hand: dict | None) -> tuple[int, list[str]]:
    n = sum(len(d.checks) for d in results)
    failures = [f"{d.name}: {f}" for d in results for f in d.failures]
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


def make_context(prov, results: list, *, runs: dict | None = None, run_errors: dict | None = None,
                 runs_enabled: bool = False, hand: dict | None = None) -> dict:
    """Everything the templates see: the derivations as their Checked results."""
    runs, run_errors = runs or {}, run_errors or {}
    n_checks, failures = count_checks(results, hand)
    failures += [f"{name}: {error}" for name, error in run_errors.items()]
    return {
        "title": TITLE, "version": prov.version, "commit": prov.commit, "date": prov.date,
        "ok": not failures, "failures": failures, "n_checks": n_checks,
        "derivations": list(results), "runs": runs, "run_errors": run_errors,
        "runs_enabled": runs_enabled, "any_tikz": any(r["tikz"] for rs in runs.values() for r in rs),
        "hand": hand, "environment": [{"name": k, "version": v} for k, v in prov.environment],
    }


# -- the build ------------------------------------------------------------------------
def build(opts: Options) -> Outcome:
    """One build at a time per output folder (they share latex/, runs/ and the .tex)."""
    build_dir = Path(opts.output).parent
    build_dir.mkdir(parents=True, exist_ok=True)
    with outputs.lock(build_dir) as lock_fd:
        return build_locked(opts, lock_fd)


def build_locked(opts: Options, lock_fd: int) -> Outcome:
    times, t0 = {}, time.perf_counter()
    output = Path(opts.output)
    build_dir = output.parent

    key = build_key(opts, provenance.collect(latexmk_version=False))
    previous = None if opts.rerun else outputs.read_stamp(output)      # None unless it is this PDF's stamp
    if previous is not None and previous.get("key") == key:
        times["total"] = time.perf_counter() - t0
        log(f"{output} is up to date ({times['total']:.2f} s)")
        return Outcome(output, previous["ok"], previous["failures"], None, True, times)
    selected = select(opts.names)
    prov = provenance.collect()
    times["plan"] = time.perf_counter() - t0

    t = time.perf_counter()
    checked, cached_checks = check_all(selected, opts.rerun)
    times["check"] = time.perf_counter() - t

    t = time.perf_counter()
    runs, run_errors = collect_runs(checked, build_dir, opts.rerun, opts.data) if opts.runs else ({}, {})
    times["runs"] = time.perf_counter() - t
    t = time.perf_counter()
    hand = check_hand(Path(opts.hand)) if opts.hand else None
    times["hand"] = time.perf_counter() - t

    t = time.perf_counter()
    from report.render import render
    context = make_context(prov, checked, runs=runs, run_errors=run_errors, runs_enabled=opts.runs, hand=hand)
    failures = context["failures"]
    tex = outputs.tex_path(output)
    write_if_changed(tex, outputs.TEX_HEADER + render(context, opts.templates))
    times["render"] = time.perf_counter() - t

    t = time.perf_counter()
    from report.compile import LatexError, compile_pdf
    latex_error = None
    try:
        pdf_sha256 = compile_pdf(tex, output, epoch=prov.epoch, aux_dir=build_dir / "latex", force=opts.rerun,
                                 hold_fds=(lock_fd,))
    except LatexError as exc:
        latex_error = str(exc)
    times["latex"] = time.perf_counter() - t
    times["total"] = time.perf_counter() - t0

    if latex_error is None:
        outputs.write_stamp(output, pdf_sha256, key=key, ok=not failures, failures=failures)
    else:
        outputs.stamp_path(output).unlink(missing_ok=True)
    return Outcome(output, not failures and latex_error is None, failures, latex_error, False, times,
                   cached_checks)
