"""Benchmarks of the empirical runs (report/runs).

- from-scratch throughput: the NumPy-only MLP (report.runs.from_scratch.NumpyMLP) against
  torch for the same architecture, dtype and data (10-64-32-4, 41k rows, tanh, full batch);
  target: NumPy/torch ratio >= 0.8 (NumPy no more than 25 % slower).
- runs cold: every run, nothing cached (target <= 60 s on 2 cores, threads pinned).
- runs warm: the same again, all cached (target <= 1 s).
"""
from __future__ import annotations

import os
import tempfile
import time

ROWS, SIZES, ITERATIONS, LR, BLOCKS = 41_000, (10, 64, 32, 4), 200, 0.1, 10


def _problem(dtype):
    import numpy as np
    rng = np.random.default_rng(0)
    X = rng.standard_normal((ROWS, SIZES[0])).astype(dtype)
    y = (X[:, :2] > 0) @ np.array([1, 2])              # four classes from two signs
    return X, y


def from_scratch_throughput(dtype_name: str = "float32") -> dict:
    """NumPy and torch take turns, BLOCKS blocks of ITERATIONS / BLOCKS steps each, so load from other
    processes on a shared machine hits both alike; the ratio is of the median block times."""
    import numpy as np
    import torch
    from report.build import check_all, select
    from report.runs.from_scratch import NumpyMLP, derived_network
    from verify.threads import pin_threads
    pin_threads(1)
    X, y = _problem(getattr(np, dtype_name))
    (checked,), _ = check_all(select(["input_gradient"]), rerun=False)     # the report's check cache

    model = NumpyMLP(SIZES, "tanh", seed=0, derived=derived_network(checked, "tanh"), dtype=X.dtype)

    def numpy_step():
        loss, _ = model.loss_and_gradients(X, y)
        model.step(LR)
        return loss

    torch.manual_seed(0)
    dtype = getattr(torch, dtype_name)
    net = torch.nn.Sequential(torch.nn.Linear(10, 64, dtype=dtype), torch.nn.Tanh(),
                              torch.nn.Linear(64, 32, dtype=dtype), torch.nn.Tanh(), torch.nn.Linear(32, 4, dtype=dtype))
    opt = torch.optim.SGD(net.parameters(), lr=LR)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)

    def torch_step():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(net(Xt), yt)
        loss.backward()
        opt.step()
        return float(loss.detach())

    numpy_step(), torch_step()                            # buffers allocated outside the timing
    blocks = {"numpy": [], "torch": []}
    for _ in range(BLOCKS):
        for name, step in (("numpy", numpy_step), ("torch", torch_step)):
            t0 = time.perf_counter()
            for _ in range(ITERATIONS // BLOCKS):
                last = {name: step()}
            blocks[name].append(time.perf_counter() - t0)
            blocks[f"{name}_loss"] = last[name]
    numpy_s, torch_s = sum(blocks["numpy"]), sum(blocks["torch"])
    return {"seconds": numpy_s + torch_s, "numpy_s": round(numpy_s, 3), "torch_s": round(torch_s, 3),
            "ratio_numpy_vs_torch": round(float(np.median(blocks["torch"]) / np.median(blocks["numpy"])), 3),
            "ratio_of_totals": round(torch_s / numpy_s, 3), "target_ratio": 0.8, "dtype": dtype_name,
            "final_loss_numpy": round(blocks["numpy_loss"], 4), "final_loss_torch": round(blocks["torch_loss"], 4)}


def _all_runs(cache_dir: str) -> float:
    import report.cache
    from report.build import check_all, select
    from report.runs import collect
    checked, _ = check_all(select(None), rerun=False)          # the derivations from the report's cache
    report.cache.CACHE_DIR = report.cache.Path(cache_dir)
    t0 = time.perf_counter()
    collect(checked, os.path.join(cache_dir, "build"))
    return time.perf_counter() - t0


WARM = """
import os, sys, time
t0 = time.perf_counter()
import report.cache
from report.build import check_all, select
checked, _ = check_all(select(None), rerun=False)
report.cache.CACHE_DIR = report.cache.Path(sys.argv[1])
from report.runs import collect
collect(checked, os.path.join(sys.argv[1], "build"))
print(time.perf_counter() - t0)
"""


def runs_cold() -> dict:
    from verify.threads import pin_threads
    pin_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        seconds = _all_runs(tmp)
    return {"seconds": seconds, "target_s": 60}


def runs_warm() -> dict:
    """A cached rebuild as `nox -s report` sees it: a fresh process (imports included, interpreter
    start-up not), after a cold run filled the cache."""
    import subprocess
    import sys
    from verify.threads import pin_threads
    pin_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        cold = _all_runs(tmp)
        in_process = _all_runs(tmp)
        fresh = float(subprocess.run([sys.executable, "-c", WARM, tmp], check=True, capture_output=True,
                                     text=True).stdout.split()[-1])
    return {"seconds": fresh, "in_process_s": round(in_process, 3), "cold_s": round(cold, 2), "target_s": 1}


STAGES = {
    "from-scratch NumPy vs torch (float32)": from_scratch_throughput,
    "from-scratch NumPy vs torch (float64)": lambda: from_scratch_throughput("float64"),
    "all runs, cold": runs_cold,
    "all runs, warm (cached)": runs_warm,
}

if __name__ == "__main__":
    import sys
    for name, stage in STAGES.items():
        if len(sys.argv) < 2 or any(a in name for a in sys.argv[1:]):
            print(name, stage(), flush=True)
