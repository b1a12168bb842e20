"""Imports, done before any clock starts: the targets are "after imports".

Some imports happen lazily, on the first call of a function, and would otherwise be timed as
work. Each one below was found by comparing sys.modules before and after checking every
derivation in a process that had only imported derivations, sympy and torch:
- sympy.physics.units: imported by solve() and simplify() on their first call (~0.4 s);
- sympy.assumptions.satask and friends: by the first ask() (matrix expressions use it);
- sympy.tensor.array.array_derivatives, matrix expression modules: by the first matrix diff;
- lambdify's namespaces: its first call per module ("numpy", "mpmath", "math") imports it;
- torch._decomp's jvp decompositions and torch._dynamo: by the first torch.func.jvp whose
  dual tensor meets a plain one (1-2 s; reported separately as dynamo_import_s). One tiny
  vmap'd jvp runs too, so that whatever else its first call sets up is not timed either.
"""
import importlib
import time

LAZY = ("sympy.physics.units", "sympy.assumptions.satask", "sympy.assumptions.lra_satask",
        "sympy.assumptions.handlers", "sympy.assumptions.sathandlers",
        "sympy.tensor.array.array_derivatives", "sympy.matrices.expressions.fourier",
        "sympy.matrices.expressions.factorizations", "sympy.assumptions.facts",
        "sympy.assumptions.handlers.matrices", "sympy.assumptions.predicates.matrices",
        "sympy.logic.algorithms.dpll2", "torch.optim", "torch._decomp", "torch.profiler._cupti_monitor")


def warm_imports() -> float:
    """Import everything the derivations import, eagerly or lazily. Returns torch._dynamo's import time."""
    import sympy
    import torch  # noqa: F401

    import derivations
    for module, _ in derivations.REGISTRY.values():      # importing a module is not deriving it
        importlib.import_module(module)
    for module in LAZY:
        importlib.import_module(module)
    for namespace in ("numpy", "mpmath", "math"):
        sympy.lambdify((), 0, namespace)
    from torch._decomp import decompositions_for_jvp  # noqa: F401
    t0 = time.perf_counter()
    import torch._dynamo  # noqa: F401
    seconds = time.perf_counter() - t0
    from torch.func import jvp, vmap
    fixed = torch.ones(2, dtype=torch.float64)          # what a model's fixed inputs look like to jvp
    vmap(lambda t: jvp(lambda a: (a * fixed).sum(), (fixed,), (t,))[1])(torch.eye(2, dtype=torch.float64))
    return seconds


def reference_loop_s() -> float:
    """Wall time of a fixed pure-Python loop (10^7 additions; about 0.26 s on these machines when idle).

    Printed beside the derivation stages: when the machine is in a slow state this loop slows by
    the same factor, so `seconds / reference_loop_s` compares runs taken in different states.
    """
    t0, total = time.perf_counter(), 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - t0
