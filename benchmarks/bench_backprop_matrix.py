"""Backprop in matrix form (issue #3, sections 1 and 3): derive/prove/check times of sigmoid_mlp and
input_gradient, and how the matrix-form three-way check grows with the hidden width.

Targets: the 784-256 batch-64 check <= 0.2 s; every derivation fully verified in ~1 s.
torch's forward mode (torch.func.jvp) imports torch._dynamo the first time a dual tensor meets a
plain one (W @ X with only W dual): ~2 s once per process. It is an import, so it is done before
the clock starts and reported as `dynamo_import_s`.
"""
import time

from benchmarks.warm import warm_imports

WIDTHS = (2, 8, 32, 128, 256, 512, 1024)     # H; M = 784 inputs, batch N = 64


def _stages_of(name: str) -> dict:
    dynamo = warm_imports()
    from benchmarks.bench_engine import _stages_of as derive_prove_check
    return {**derive_prove_check(name), "dynamo_import_s": dynamo}


def _time(fn, repeat=3) -> float:
    """Best wall time of `repeat` calls (these machines are shared: the best is the least disturbed)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def sigmoid_mlp_width_growth() -> dict:
    """One draw of the three-way check of all four gradients at M=784, N=64, per width H (best of 3)."""
    dynamo = warm_imports()
    import numpy as np
    import torch
    from derivations import sigmoid_mlp as mlp
    d = mlp.build()
    chain, gradients, loss = d.data["chain"], d.data["gradients"], d.data["loss"]
    derived = mlp.numpy_function({P.name: g for P, g in gradients.items()}, chain, mlp.INPUTS,
                                 {mlp.sigma: mlp.numpy_sigmoid()})
    figures, total = {}, 0.0
    for h in WIDTHS:
        case = {"M": 784, "H": h, "N": 64}
        check = mlp.gradient_check(chain, gradients, loss, cases=(case,), draws=1)
        assert check.run().ok
        inputs = check.sample(np.random.default_rng(0), case)
        tensors = {k: torch.tensor(v, requires_grad=k in check.wrt) for k, v in inputs.items()}
        figures[f"H={h}_check_s"] = seconds = _time(lambda: check.run())
        figures[f"H={h}_check_cpu_s"] = _cpu(lambda: check.run())
        figures[f"H={h}_numpy_ms"] = 1e3 * _time(lambda: derived(**inputs))
        figures[f"H={h}_autograd_ms"] = 1e3 * _time(
            lambda: torch.autograd.grad(mlp.torch_loss(**tensors), [tensors[k] for k in check.wrt]))
        total += seconds
    two_draws = _time(lambda: mlp.gradient_check(chain, gradients, loss, cases=({"M": 784, "H": 256, "N": 64},)).run())
    return {"seconds": total, "784-256_check_s": figures["H=256_check_s"], "784-256_two_draws_s": two_draws,
            "target_s": 0.2, **figures, "dynamo_import_s": dynamo}


def input_gradient_width_growth() -> dict:
    """One draw of the ∂L/∂X check (ReLU) at M=784, N=64, K=10, hidden widths H1 = H2 = H."""
    dynamo = warm_imports()
    from derivations import input_gradient as ig
    chain = ig.backprop_chain()
    figures, total = {}, 0.0
    for h in WIDTHS:
        check = ig.gradient_check(chain, "relu", cases=({"M": 784, "H1": h, "H2": h, "K": 10, "N": 64},), draws=1)
        assert check.run().ok
        figures[f"H={h}_check_s"] = seconds = _time(lambda: check.run())
        figures[f"H={h}_check_cpu_s"] = _cpu(lambda: check.run())
        total += seconds
    return {"seconds": total, **figures, "dynamo_import_s": dynamo}


def attribution_throughput() -> dict:
    """attribution() on 10 000 examples of a 784-256-128-10 ReLU network (what a report run does)."""
    import numpy as np
    from report.build import check_all, select
    from report.runs.attribution import attribution
    (checked,), _ = check_all(select(["input_gradient"]), rerun=False)     # the report's check cache
    rng = np.random.default_rng(0)
    params = {"W1": rng.standard_normal((256, 784)) / 28, "b1": np.zeros(256), "W2": rng.standard_normal((128, 256)) / 16,
              "b2": np.zeros(128), "W3": rng.standard_normal((10, 128)) / 11, "b3": np.zeros(10)}
    X, labels = rng.standard_normal((10_000, 784)), rng.integers(0, 10, 10_000)
    attribution(checked, params, X[:10], labels[:10], "relu")          # compile the formulas (untimed)
    seconds = _time(lambda: attribution(checked, params, X, labels, "relu"), repeat=1)
    return {"seconds": seconds, "examples": len(X)}


STAGES = {
    "sigmoid_mlp derive/prove/check": lambda: _stages_of("sigmoid_mlp"),
    "input_gradient derive/prove/check": lambda: _stages_of("input_gradient"),
    "sigmoid_mlp matrix-form check vs width (M=784, N=64)": sigmoid_mlp_width_growth,
    "input_gradient dL/dX check vs width (M=784, N=64, relu)": input_gradient_width_growth,
    "attribution, 10k examples, 784-256-128-10": attribution_throughput,
}
