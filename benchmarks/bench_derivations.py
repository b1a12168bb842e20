"""Deriving, proving and checking, as a user meets it: each figure is a fresh process, imports included.

- all seven derivations derived, proved and checked in one fresh process, as a ratio to a bare
  `import torch, sympy, numpy` timed alongside (the two alternate and the ratio is taken pair by pair,
  so load from other processes on a shared machine hits both alike); target ratio <= 2.3. Also the
  ratio of CPU time of the main process (the prover's workers are not counted in it).
- the first `d.check()` of each derivation in a fresh process (after `import derivations` and
  `derivations.get`, as in a REPL; what is left of torch's import, which `get` starts in a thread,
  is part of it), target <= 1.5 s, and a second call, target <= 0.2 s: right after `get`, and
  after a 1 s pause (a person typing `d.check()`).
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3
BARE = "import torch, sympy, numpy"
ALL = ("import sys\nimport derivations\nfor n in derivations.names():\n    assert derivations.get(n).check().ok, n\n"
       "print(int('torch._dynamo' in sys.modules))")    # forward mode and the checks must not import it (~1.5 s)
REPL = """
import json, sys, time
import derivations
d = derivations.get(sys.argv[1])
time.sleep(float(sys.argv[2]))     # a REPL user typing the next line
t0, c0 = time.perf_counter(), time.process_time()
first = d.check()
t1, c1 = time.perf_counter(), time.process_time()
d.check()
t2 = time.perf_counter()
print(json.dumps({"first_s": t1 - t0, "first_cpu_s": c1 - c0, "second_s": t2 - t1, "ok": first.ok,
                  "dynamo": "torch._dynamo" in sys.modules}))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wall(code: str, *args: str) -> tuple[float, str, float]:
    """(wall seconds, stdout, CPU seconds of the child process: the prover's pool workers are not its
    children, they are the forkserver's, so their CPU time is not in it)."""
    t0, cpu0 = time.perf_counter(), _children_cpu()
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return time.perf_counter() - t0, proc.stdout, _children_cpu() - cpu0


def all_derivations_vs_bare_imports() -> dict:
    """Wall and CPU ratios taken pair by pair (a loaded machine slows both of a pair alike), medians."""
    bare, full = [], []
    for _ in range(ROUNDS):
        bare.append(_wall(BARE))
        full.append(_wall(ALL))
    median = lambda values: statistics.median(values)   # noqa: E731
    return {"seconds": median([f[0] for f in full]), "bare_imports_s": round(median([b[0] for b in bare]), 2),
            "ratio": round(median([f[0] / b[0] for f, b in zip(full, bare)]), 2),
            "cpu_ratio_main_process": round(median([f[2] / b[2] for f, b in zip(full, bare)]), 2),
            "torch_dynamo_imported": any(f[1].split()[-1] == "1" for f in full),
            "target_ratio": 2.3, "rounds": ROUNDS}


def first_and_second_check(pause: float = 0.0) -> dict:
    import derivations
    out = {"pause_s": pause}
    for name in derivations.names():
        figures = json.loads(_wall(REPL, name, str(pause))[1].strip().splitlines()[-1])
        out[f"{name}_first_s"] = round(figures["first_s"], 2)
        out[f"{name}_second_s"] = round(figures["second_s"], 4)
        out[f"{name}_first_cpu_main_s"] = round(figures["first_cpu_s"], 2)    # this process: torch and the checks
        out["torch_dynamo_imported"] = out.get("torch_dynamo_imported", False) or figures["dynamo"]
    out["worst_first_s"] = max(v for k, v in out.items() if k.endswith("_first_s"))
    out["worst_first_cpu_main_s"] = max(v for k, v in out.items() if k.endswith("_first_cpu_main_s"))
    out["worst_second_s"] = max(v for k, v in out.items() if k.endswith("_second_s"))
    out.update(target_first_s=1.5, target_second_s=0.2)
    return out


STAGES = {
    "all seven derivations, fresh process, vs bare imports": all_derivations_vs_bare_imports,
    "first and second d.check() per derivation, fresh process": first_and_second_check,
    # torch is imported in a thread from derivations.get on: a second of typing hides most of it
    "the same, 1 s after derivations.get (typing d.check())": lambda: first_and_second_check(pause=1.0),
}
