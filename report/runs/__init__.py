"""Empirical runs attached to the report, by derivation.

`collect(checked, outdir, rerun=False, data=None, *, seed=0, configs=None)
    -> {derivation name: [RunOutput, ...]}`
is what the report calls, with the derivations' `Checked` results (derivations.checked); a
derivation with no runs gets an empty list. `data` is a
`DataSpec(train, target, test=None)` (or None for the bundled scikit-learn sets); the runs
that train a tabular model then use the user's CSV files instead.

Each run is a module here with `DERIVATION`, `USES_DATA` (takes the user's CSV files),
a `Config` dataclass (defaults are the report's sizes, `TINY` is for tests) and
`run(config, seed, outdir, checked) -> RunOutput`; it uses the derived functions of `checked`
and raises (the run fails, it never falls back to a formula of its own) when that derivation
failed. Results are cached (report.cache) by a hash of the run's code and the report.runs
modules it uses, the source of every derivations/verify module the checked result was made
with (`Checked.source`), its config, the data bytes, the seed and library versions.
Every run writes into a temporary directory; its figures are kept with the cached result
and only copied into `outdir` once all runs are done, so nothing is ever half-written there.
A bad user CSV raises `DataError` before any run starts; any other exception in a run is
reported on stderr and becomes a "failed" RunOutput note, so the other runs still attach.
"""
from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import os
import sys
import tempfile
from pathlib import Path

from report.cache import digest, memo
from report.runs.base import Figure, RunOutput, Table
from report.runs.data import DataError, DataSpec
from report.runs.training import progress

# derivation -> its runs (module names in report.runs), in the order the section shows them
RUNS: dict[str, tuple[str, ...]] = {
    "tanh": ("tanh_error",),
    "beta_binomial": ("beta_posteriors",),
    "sigmoid_mlp": ("digits_ood",),
    "shared_bias": ("bias_sharing",),
    "input_gradient": ("from_scratch", "attribution", "generalisation"),   # all three train its network
    "relu_network_example": ("relu_graph",),
}


def run_module(name: str):
    return importlib.import_module(f"report.runs.{name}")


def collect(checked, outdir, rerun: bool = False, data: DataSpec | None = None, *, seed: int = 0,
            configs: dict | None = None) -> dict[str, list[RunOutput]]:
    """Run (or fetch from the cache) every run of the given Checked derivations; figures land in outdir."""
    outdir = Path(outdir)
    if data is not None:
        from report.runs import data as datasets
        datasets.load(data, seed)              # a bad file fails here, before anything is written
    results: dict[str, list[RunOutput]] = {c.name: [] for c in checked}
    files: dict[str, bytes] = {}
    todo = [(c, run) for c in checked for run in RUNS.get(c.name, ())]
    for result, run in progress(todo, "runs"):
        name = result.name
        try:
            output, figures = _cached_run(run, result, seed, outdir, rerun, data, (configs or {}).get(run))
        except DataError:
            raise
        except Exception as exc:   # one broken run shows as a note in its section; the others still attach
            print(f"report.runs: {run} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            output, figures = RunOutput(name, f"{run} (failed)", notes=(
                f"This run failed and is not cached: {type(exc).__name__}: {exc}",),
                data={"failed": f"{type(exc).__name__}: {exc}"}), {}
        results[name].append(output)
        files.update(figures)
    for relpath, content in files.items():
        _install(outdir / relpath, content)
    return results


def run_key(name: str, checked, config, seed: int) -> str:
    """What a run's output depends on: its code, the checked result and the code that made it, ..."""
    module = run_module(name)
    return digest(name, *_code(module), checked.name, checked.source, checked.ok, repr(config),
                  config.data.digest() if getattr(config, "data", None) else "", seed, _versions())


def _cached_run(name: str, checked, seed: int, outdir: Path, rerun: bool, data, config=None):
    module = run_module(name)
    if module.DERIVATION != checked.name:
        raise ValueError(f"run {name} attaches to {module.DERIVATION}, not {checked.name}")
    config = config or module.Config()
    if data is not None and module.USES_DATA:
        config = dataclasses.replace(config, data=data)

    def compute():
        outdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=outdir, prefix=".run-") as tmp:
            output = module.run(config, seed, tmp, checked)
            return output, {f.path: (Path(tmp) / f.path).read_bytes() for f in output.figures}

    value, _cached = memo("runs", run_key(name, checked, config, seed), compute, rerun=rerun)
    return value


def _code(module) -> list:
    """The run module and the report.runs modules it uses (directly or through each other)."""
    seen, todo = {}, [module, run_module("base")]
    while todo:
        m = todo.pop()
        if m.__name__ not in seen:
            seen[m.__name__] = m
            todo += [v for v in vars(m).values() if inspect.ismodule(v) and v.__name__.startswith("report.runs.")]
    return [seen[k] for k in sorted(seen)]


@functools.lru_cache(maxsize=None)
def _versions() -> str:
    from importlib.metadata import version
    return ", ".join(f"{p} {version(p)}" for p in ("numpy", "torch", "matplotlib", "scikit-learn", "scipy"))


def _install(path: Path, content: bytes):
    """Write `content` to `path` atomically (skipped when it is already there, byte for byte)."""
    if path.exists() and path.read_bytes() == content:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    os.chmod(tmp, 0o644)             # mkstemp makes 0600
    os.replace(tmp, path)


__all__ = ["collect", "DataError", "DataSpec", "Figure", "RunOutput", "RUNS", "Table"]
