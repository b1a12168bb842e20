"""python -m benchmarks [FILTER]: every stage of every benchmarks/bench_*.py, each in its own process.

A fresh process per stage makes peak memory (ru_maxrss, which includes the interpreter and
imports) a per-stage figure and keeps one stage's caches from flattering the next. Threads
are pinned to 1. A module may set REPEAT = k: each of its stages then runs in k fresh processes
and the median run is reported, with the fastest and slowest ("min_s", "max_s"). Results are
printed as a table and written to build/bench.json.
"""
import importlib
import json
import os
import pkgutil
import resource
import subprocess
import sys
import time
from pathlib import Path

import benchmarks

PINNED = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MPLBACKEND": "Agg"}


def stages():
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if info.name.startswith("bench_"):
            module = importlib.import_module(f"benchmarks.{info.name}")
            for stage in getattr(module, "STAGES", {}):
                yield info.name, stage


def run_one(module_name: str, stage: str) -> None:
    """Child process: run one stage, print its figures as JSON on the last line."""
    from verify.threads import pin_threads
    pin_threads()
    module = importlib.import_module(f"benchmarks.{module_name}")
    t0 = time.perf_counter()
    figures = module.STAGES[stage]()
    figures.setdefault("seconds", time.perf_counter() - t0)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures, default=str))


def main(argv):
    if argv[:1] == ["--stage"]:
        module_name, stage = argv[1].split(":", 1)
        run_one(module_name, stage)
        return 0
    wanted = argv[0] if argv else ""
    results, failed = [], False
    env = {**os.environ, **PINNED}
    for module_name, stage in stages():
        label = f"{module_name.removeprefix('bench_')}: {stage}"
        if wanted not in label:
            continue
        runs = []
        for _ in range(getattr(importlib.import_module(f"benchmarks.{module_name}"), "REPEAT", 1)):
            proc = subprocess.run([sys.executable, "-m", "benchmarks", "--stage", f"{module_name}:{stage}"],
                                  capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                break
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if proc.returncode != 0:
            failed = True
            print(f"{label:<58} FAILED\n{proc.stderr[-2000:]}", flush=True)
            continue
        figures = _median_run(runs)
        results.append({"stage": label, **figures})
        extra = ", ".join(f"{k}={_fmt(v)}" for k, v in figures.items() if k not in ("seconds", "peak_rss_mb"))
        print(f"{label:<58} {figures['seconds']:>8.3f} s {figures['peak_rss_mb']:>8.0f} MB  {extra}", flush=True)
    Path("build").mkdir(exist_ok=True)
    Path("build/bench.json").write_text(json.dumps(results, indent=2, default=str))
    return 1 if failed else 0


def _median_run(runs: list[dict]) -> dict:
    """Several fresh processes of one stage: the figures of the median run by wall time, plus the
    spread ("runs", "min_s", "max_s"). These machines are shared; one run says little."""
    if len(runs) == 1:
        return runs[0]
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return {**ordered[len(ordered) // 2], "runs": len(runs), "min_s": ordered[0]["seconds"],
            "max_s": ordered[-1]["seconds"]}


def _fmt(v):
    return f"{v:.4g}" if isinstance(v, float) else str(v)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
