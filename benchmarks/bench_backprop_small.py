"""The small backprop derivations (issue #3, sections 2, 4, 5): derive, prove every step, check numerically.

Per derivation: derive (build the steps with SymPy), prove (every claim), check (torch reverse and
forward mode, finite differences, the derivation's own numerical checks), each timed separately in a
fresh process. "all seven" is the issue's target:
every registered derivation fully verified in <= 5 s wall after imports.

Imports are done before the clock starts, lazy ones among them (benchmarks/warm.py); torch._dynamo's
import, which the first forward-mode op on a model with fixed inputs triggers, is reported as
"dynamo_import_s". "cpu_s" is the process CPU time of the measured work: these
machines are shared, and wall time under load says more about the neighbours than about the code.
"all seven" also reports `reference_loop_s`, a fixed pure-Python loop timed in the same process, and
the stage's time in units of it (`in_reference_loops`): a run taken while the machine is slow shows it.
"""
import time

from benchmarks.warm import reference_loop_s, warm_imports

REPEAT = 5      # fresh processes per stage; the median is reported (the targets are a few seconds)

MINE = ("shared_bias", "relu_network_example", "forward_mode_trace")


def _stages_of(name: str) -> dict:
    from benchmarks.bench_engine import _stages_of as derive_prove_check
    dynamo = warm_imports()
    cpu = time.process_time()
    figures = derive_prove_check(name)          # asserts every step proved and every check passed
    return {**figures, "cpu_s": time.process_time() - cpu, "dynamo_import_s": dynamo}


def all_seven() -> dict:
    import derivations
    dynamo = warm_imports()
    cpu, t0, each = time.process_time(), time.perf_counter(), {}
    for name in derivations.names():
        start = time.perf_counter()
        report = derivations.get(name).check()
        assert report.ok, (name, report.failures)
        each[name] = round(time.perf_counter() - start, 3)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu
    reference = reference_loop_s()           # after the clock: how fast this machine is right now
    return {"seconds": seconds, "cpu_s": cpu, "target_s": 5.0, "derivations": len(each),
            "reference_loop_s": reference, "in_reference_loops": seconds / reference,
            "dynamo_import_s": dynamo, **each}


STAGES = {**{f"{name} derive/prove/check": (lambda name=name: _stages_of(name)) for name in MINE},
          "all seven derivations, all checks": all_seven}
