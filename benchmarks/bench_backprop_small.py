"""The small backprop derivations (issue #3, sections 2, 4, 5): derive, prove every step, check numerically.

Per derivation: derive (build the steps with SymPy), prove (every claim), check (torch reverse and
forward mode, finite differences, the derivation's own numerical checks), each timed separately in a
fresh process, so "check" includes torch's one-time first-jvp set-up. "all seven" is the issue's target:
every registered derivation fully verified in <= 5 s wall after imports.

Imports are done before the clock starts, lazy ones among them: lambdify's NumPy namespace, the jvp
decompositions (imported by the first torch.func.jvp) and torch._dynamo (imported by the first forward-mode
op that mixes a dual tensor with a plain one, i.e. any model with fixed inputs). The latter takes seconds;
its time is reported as "dynamo_import_s". "cpu_s" is the process CPU time of the measured work: these
machines are shared, and wall time under load says more about the neighbours than about the code.
"""
import time

MINE = ("shared_bias", "relu_network_example", "forward_mode_trace")


def _imports() -> float:
    import importlib

    import derivations
    import sympy
    import torch  # noqa: F401
    import torch.optim  # noqa: F401
    from torch._decomp import decompositions_for_jvp  # noqa: F401  (what the first jvp would import)
    from torch.func import jvp  # noqa: F401
    for module, _ in derivations.REGISTRY.values():
        importlib.import_module(module)
    sympy.lambdify((), 0, "numpy")           # its first call imports NumPy's namespace (~0.3 s)
    t0 = time.perf_counter()
    import torch._dynamo  # noqa: F401
    return time.perf_counter() - t0


def _stages_of(name: str) -> dict:
    from benchmarks.bench_engine import _stages_of as derive_prove_check
    dynamo = _imports()
    cpu = time.process_time()
    figures = derive_prove_check(name)          # asserts every step proved and every check passed
    return {**figures, "cpu_s": time.process_time() - cpu, "dynamo_import_s": dynamo}


def all_seven() -> dict:
    import derivations
    dynamo = _imports()
    cpu, t0, each = time.process_time(), time.perf_counter(), {}
    for name in derivations.names():
        start = time.perf_counter()
        report = derivations.get(name).check()
        assert report.ok, (name, report.failures)
        each[name] = round(time.perf_counter() - start, 3)
    return {"seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - cpu, "target_s": 5.0,
            "derivations": len(each),
            "dynamo_import_s": dynamo, **each}


STAGES = {**{f"{name} derive/prove/check": (lambda name=name: _stages_of(name)) for name in MINE},
          "all seven derivations, all checks": all_seven}
