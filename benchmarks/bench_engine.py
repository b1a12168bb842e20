"""The engine on the first two derivations: derive, prove every step, three-way check."""
import time


def warm_imports():
    """Imports are not what we measure. torch.func.jvp imports torch._dynamo (1-4 s) the first
    time a tangent meets a plain tensor; do that here, as any import, before the clock."""
    import sympy  # noqa: F401
    import torch
    from torch.func import jvp
    import importlib

    import derivations
    for module, _ in derivations.REGISTRY.values():      # importing a module is not deriving it
        importlib.import_module(module)
    fixed = torch.ones(2, dtype=torch.float64)
    jvp(lambda a: (a * fixed).sum(), (fixed.clone(),), (fixed.clone(),))


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
