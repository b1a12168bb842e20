"""The engine on the first two derivations: derive, prove every step, three-way check."""
import time

from benchmarks.warm import warm_imports

REPEAT = 5      # fresh processes per stage; the median is reported (the targets are a few seconds)


def _stages_of(name):
    import derivations
    warm_imports()
    t0 = time.perf_counter()
    d = derivations.get(name)
    derive = time.perf_counter() - t0
    t0 = time.perf_counter()
    steps = [d.prove_step(s) for s in d.steps]
    prove = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = d.check(steps=False)
    check = time.perf_counter() - t0
    assert all(s.ok for s in steps) and report.ok
    return {"derive": derive, "prove": prove, "check": check, "seconds": derive + prove + check}


def both():
    import derivations
    warm_imports()
    t0 = time.perf_counter()
    for name in ("tanh", "beta_binomial"):
        assert derivations.get(name).check().ok
    return {"seconds": time.perf_counter() - t0, "target_s": 2.0}


STAGES = {
    "tanh derive/prove/check": lambda: _stages_of("tanh"),
    "beta_binomial derive/prove/check": lambda: _stages_of("beta_binomial"),
    "tanh + beta_binomial, all checks": both,
}
