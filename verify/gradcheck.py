"""Three-way derivative check, micrograd-style: the same computation in two places.

For a scalar function of named array inputs, compare
  (a) the derived SymPy gradient, evaluated in float64 (NumPy),
  (b) torch reverse-mode autograd of a forward model written separately in torch,
  (c) torch forward mode (`torch.func.jvp`), and
  (d) central finite differences of the torch model,
over several random draws and shapes. The forward values of the SymPy model and the
torch model are compared too: that catches a wrong model, not just a wrong gradient.

Small inputs are checked element by element (forward mode and finite differences
along every basis direction); large ones along random directions.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

ELEMENTWISE_LIMIT = 64       # inputs with at most this many elements get basis directions
RANDOM_DIRECTIONS = 6


_warming: threading.Thread | None = None


def warm_torch() -> None:
    """Import torch, and the decompositions forward mode loads on its first `make_dual` (TorchScript
    compiles them, ~0.3 s), in a background thread: in a REPL the time between `derivations.get` and
    `d.check()` hides them. Not a daemon, so the interpreter waits for it at exit instead of stopping it
    inside a C extension's import; a fork waits for it too (`_before_fork`), since a child must not
    inherit an import lock held by a thread it does not have."""
    global _warming
    if _warming is None and "torch" not in sys.modules:
        _warming = threading.Thread(target=_import_torch, name="derivkit-torch-import")
        _warming.start()


def _import_torch() -> None:
    try:
        import torch.autograd.forward_ad as forward_ad
        forward_ad._maybe_load_decompositions()     # what make_dual does first (private: hence the guard)
    except Exception:     # torch missing or changed: the first check imports it and says so
        pass


def _before_fork() -> None:
    if _warming is not None and _warming is not threading.current_thread():
        _warming.join()


os.register_at_fork(before=_before_fork)


def device():
    import torch
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


@dataclass(frozen=True)
class PairError:
    a: str
    b: str
    max_abs: float
    max_rel: float               # max |a-b| / max(|a|, |b|, 1e-6 * array scale)
    worst: str                   # e.g. "W1[3, 7]" or "direction 2"
    ok: bool
    tol: float
    scaled: float | None = None  # max |a-b| / scale (scale: max |a|, |b| over the array): what tol bounds

    @property
    def against_tol(self) -> float:
        """The quantity `tol` bounds (max |Δ| / scale); max_rel for a result made before it was kept."""
        return self.max_rel if self.scaled is None else self.scaled


@dataclass(frozen=True)
class GradientResult:
    name: str
    case: str
    draws: int
    forward: PairError | None
    pairs: tuple[PairError, ...]
    shapes: dict[str, tuple]
    shape_errors: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "pairs", tuple(self.pairs))
        object.__setattr__(self, "shape_errors", tuple(self.shape_errors))

    @property
    def compared(self) -> tuple[PairError, ...]:
        """The forward values' comparison (when there is one), then the gradient pairs."""
        return ((self.forward,) if self.forward else ()) + self.pairs

    @property
    def worst(self) -> PairError | None:
        """The comparison farthest from passing: a failed one first, then the largest error for its tolerance."""
        return max(self.compared, key=lambda p: (not p.ok, p.against_tol / p.tol), default=None)

    @property
    def ok(self) -> bool:
        # A check that compared nothing (no draws) is not a pass.
        return (not self.shape_errors and bool(self.pairs) and (self.forward is None or self.forward.ok)
                and all(p.ok for p in self.pairs))

    @property
    def summary(self) -> str:
        if self.shape_errors:
            return "; ".join(self.shape_errors)
        if not self.pairs:
            return f"nothing compared ({self.case}, {self.draws} draws)"
        bad = [p for p in self.compared if not p.ok]
        if not bad:
            worst = max(self.pairs, key=lambda p: p.max_rel, default=None)
            return f"ok ({self.case}, {self.draws} draws, worst rel {worst.max_rel:.1e})" if worst else "ok"
        return "; ".join(f"{p.a} vs {p.b}: max abs {p.max_abs:.3g}, max rel {p.max_rel:.3g} at {p.worst} "
                         f"(tol {p.tol:g})" for p in bad)


@dataclass
class GradientCheck:
    """What to check. All callables take and return plain named arrays.

    sample(rng, case) -> {name: float64 ndarray}: one random draw of every input.
    sympy_forward(**inputs) -> float: the SymPy model (lambdified).
    sympy_grad(**inputs) -> {name: ndarray}: the derived gradient formulas, for names in `wrt`.
    torch_forward(**tensors) -> 0-d tensor: the same model, written separately in torch.
    """
    name: str
    sample: Callable[[np.random.Generator, Mapping], dict]
    sympy_forward: Callable[..., float] | None
    sympy_grad: Callable[..., dict]
    torch_forward: Callable[..., object]
    wrt: tuple[str, ...]
    cases: tuple[Mapping, ...] = ({},)
    draws: int = 5
    rtol: float = 1e-10          # SymPy / reverse / forward agree to this (norm-relative)
    fd_rtol: float = 1e-6        # finite differences: truncation + rounding error
    seed: int = 0

    def run(self) -> GradientResult:
        results = [check_case(self, case) for case in self.cases]
        return merge_results(self.name, results)


def merge_results(name, results: list[GradientResult]) -> GradientResult:
    """One row per check: the worst pair errors over all cases."""
    if len(results) == 1:
        return results[0]
    pairs = {}
    for r in results:
        for p in r.pairs:
            key = (p.a, p.b)
            cur = pairs.get(key)
            if cur is None or (not p.ok and cur.ok) or (p.ok == cur.ok and p.against_tol > cur.against_tol):
                pairs[key] = PairError(p.a, p.b, p.max_abs, p.max_rel, f"{r.case}: {p.worst}", p.ok, p.tol, p.scaled)
    fwd = [r.forward for r in results if r.forward]
    forward = max(fwd, key=lambda p: (not p.ok, p.against_tol)) if fwd else None
    return GradientResult(name, "; ".join(r.case for r in results), sum(r.draws for r in results), forward,
                          list(pairs.values()), {k: v for r in results for k, v in r.shapes.items()},
                          [e for r in results for e in r.shape_errors])


def compare(a: np.ndarray, b: np.ndarray, name_a: str, name_b: str, rtol: float, label: Callable[[tuple], str]) -> PairError:
    """Elementwise errors; pass when |a-b| <= rtol * max(|a|, |b|, scale of the array)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    diff = np.abs(a - b)
    mag = np.maximum(np.abs(a), np.abs(b))
    scale = max(float(mag.max(initial=0.0)), 1e-300)
    bad = ~np.isfinite(diff)
    # Relative error "where the math allows": elements below 1e-6 of the array's scale
    # (e.g. tanh' at |x| = 20, ~1e-17) are measured against that floor, not against themselves.
    rel = diff / np.maximum(mag, 1e-6 * scale)
    worst_flat = int(np.argmax(np.where(bad, np.inf, rel))) if diff.size else 0
    ok = bool(not bad.any() and np.all(diff <= rtol * np.maximum(mag, scale)))
    max_abs = float(np.nanmax(np.where(bad, np.inf, diff))) if diff.size else 0.0
    idx = np.unravel_index(worst_flat, diff.shape) if diff.ndim else ()
    return PairError(name_a, name_b, max_abs, float(np.nanmax(np.where(bad, np.inf, rel))) if rel.size else 0.0,
                     label(tuple(int(i) for i in idx)), ok, rtol, max_abs / scale if diff.size else 0.0)


def _label_case(case: Mapping) -> str:
    return ", ".join(f"{k}={v}" for k, v in case.items()) or "default"


def directional_derivatives(f, base, directions, sizes, dev, constants=()):
    """Forward mode (jvp) and central differences of f at `base` along each row of `directions`.

    f takes the differentiated tensors `base`, then `constants` (the model's other inputs). The
    constants go into forward mode too, with tangent zero: an op mixing a tensor that carries a tangent
    with one that has none makes torch build a zero tangent, whose shape it computes with a Python meta
    kernel that imports torch._dynamo (~1.5 s). The derivative along (direction, 0) is the same.
    All directions go through one `torch.func.vmap` call (20-30x faster than a loop of jvp calls).
    A model vmap cannot batch (an autograd.Function without a vmap rule, `.item()`, ...) falls back
    to the loop, which computes the same numbers one direction at a time.
    """
    import torch
    from torch.func import jvp, vmap

    # Central differences with a step scaled to the inputs: error ~ h^2 f''' + eps/h.
    h = 6e-6 * max(1.0, max(float(t.abs().max()) for t in base))
    tangents = tuple(torch.tensor(p, dtype=torch.float64, device=dev).reshape(len(directions), *b.shape)
                     for p, b in zip(np.split(directions, np.cumsum(sizes)[:-1], axis=1), base))
    constants = tuple(constants)
    still = tuple(torch.zeros_like(c) for c in constants)

    def f_numbers_held(*args):
        with _numbers_held_still():
            return f(*args)

    def along(*tangent):
        jv = jvp(f_numbers_held, tuple(base) + constants, tangent + still)[1]
        with torch.no_grad():
            fd = (f(*(b + h * t for b, t in zip(base, tangent)), *constants)
                  - f(*(b - h * t for b, t in zip(base, tangent)), *constants)) / (2 * h)
        return jv, fd

    try:
        jv, fd = vmap(along)(*tangents)
    except (RuntimeError, NotImplementedError):
        pairs = [along(*(t[i] for t in tangents)) for i in range(len(directions))]
        jv, fd = torch.stack([p[0] for p in pairs]), torch.stack([p[1] for p in pairs])
    return jv.detach().cpu().numpy(), fd.detach().cpu().numpy()


ARITHMETIC = {"add", "radd", "iadd", "sub", "rsub", "isub", "mul", "rmul", "imul", "div", "rdiv", "idiv",
              "truediv", "rtruediv", "itruediv", "true_divide"}


def _numbers_held_still():
    """A torch function mode for forward mode: a Python number in +, −, ×, ÷ becomes a 0-d tensor
    carrying tangent zero (see `directional_derivatives` for why). The same numbers, the same tangents."""
    import torch
    from torch.autograd import forward_ad
    from torch.overrides import TorchFunctionMode

    class NumbersHeldStill(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            if getattr(func, "__name__", "").strip("_").removesuffix("_") in ARITHMETIC:
                like = next((a for a in args if isinstance(a, torch.Tensor)), None)
                if like is not None and like.is_floating_point():
                    args = tuple(_held(a, like, torch, forward_ad) for a in args)
            return func(*args, **(kwargs or {}))

    return NumbersHeldStill()


def _held(value, like, torch, forward_ad):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    number = torch.tensor(value, dtype=like.dtype, device=like.device)
    return forward_ad.make_dual(number, torch.zeros_like(number))


def check_case(spec: GradientCheck, case: Mapping) -> GradientResult:
    import torch
    dev = device()
    rng = np.random.default_rng(spec.seed)
    collected = {k: [] for k in ("sympy", "reverse", "forward", "fd", "dir_sympy", "dir_reverse")}
    fwd_a, fwd_b, shapes, shape_errors = [], [], {}, []
    for _ in range(spec.draws):
        inputs = spec.sample(rng, case)
        tensors = {k: torch.tensor(v, dtype=torch.float64, device=dev) for k, v in inputs.items()}
        shapes.update({k: tuple(v.shape) for k, v in inputs.items()})

        held = tuple(k for k in tensors if k not in spec.wrt and tensors[k].is_floating_point())

        def f(*wrt_then_held):
            return spec.torch_forward(**{**tensors, **dict(zip(spec.wrt + held, wrt_then_held))})

        primals = tuple(tensors[k].clone().requires_grad_(True) for k in spec.wrt)
        out = f(*primals)
        if out.dim() != 0:
            shape_errors.append(f"torch model output has shape {tuple(out.shape)}, expected a scalar")
            break
        reverse = torch.autograd.grad(out, primals)
        derived = spec.sympy_grad(**inputs)
        if spec.sympy_forward is not None:
            fwd_a.append(float(spec.sympy_forward(**inputs)))
            fwd_b.append(float(out.detach().cpu()))
        flat_sympy, flat_reverse = [], []
        for k, g in zip(spec.wrt, reverse):
            d = np.asarray(derived[k], dtype=np.float64)
            if d.shape != tuple(g.shape):
                shape_errors.append(f"d/d{k}: derived shape {d.shape} != autograd shape {tuple(g.shape)}")
                continue
            flat_sympy.append(d.ravel())
            flat_reverse.append(g.detach().cpu().numpy().ravel())
        if shape_errors:
            break
        collected["sympy"].append(np.concatenate(flat_sympy))
        collected["reverse"].append(np.concatenate(flat_reverse))

        # Directions: every basis vector for small inputs, else a few random ones.
        sizes = [tensors[k].numel() for k in spec.wrt]
        total = sum(sizes)
        if total <= ELEMENTWISE_LIMIT:
            directions = np.eye(total)
        else:
            directions = rng.standard_normal((RANDOM_DIRECTIONS, total))
        dir_sympy = directions @ collected["sympy"][-1]
        dir_reverse = directions @ collected["reverse"][-1]
        base = tuple(tensors[k] for k in spec.wrt)
        jv, fd = directional_derivatives(f, base, directions, sizes, dev, tuple(tensors[k] for k in held))
        collected["forward"].append(jv)
        collected["fd"].append(fd)
        collected["dir_sympy"].append(dir_sympy)
        collected["dir_reverse"].append(dir_reverse)

    # Flat position -> "W1[3, 7]", computed only for the worst element (a list of every index is slow at 10^5+).
    offsets = np.cumsum([0] + [int(np.prod(shapes.get(k, ()), dtype=np.int64)) for k in spec.wrt])
    elementwise = bool(collected["forward"]) and len(collected["forward"][0]) == offsets[-1]

    def element(i):
        if not offsets[-1]:
            return "?"
        n = int(np.searchsorted(offsets, i[-1], side="right")) - 1
        k, shape = spec.wrt[n], shapes.get(spec.wrt[n], ())
        idx = np.unravel_index(i[-1] - offsets[n], shape) if shape else ()
        return f"{k}[{', '.join(str(int(j)) for j in idx)}]" if shape else k

    def draw_and(fn):
        return lambda i: f"draw {i[0]}, {fn(i[1:])}"

    pairs = []
    if not shape_errors and collected["sympy"]:
        stack = {k: np.stack(v) for k, v in collected.items()}
        direction = draw_and(element if elementwise else (lambda i: f"direction {i[-1]}"))
        pairs = [
            compare(stack["sympy"], stack["reverse"], "sympy", "reverse", spec.rtol, draw_and(element)),
            compare(stack["dir_sympy"], stack["forward"], "sympy", "forward", spec.rtol, direction),
            compare(stack["dir_reverse"], stack["forward"], "reverse", "forward", spec.rtol, direction),
            compare(stack["dir_sympy"], stack["fd"], "sympy", "finite-diff", spec.fd_rtol, direction),
        ]
    forward = (compare(np.array(fwd_a), np.array(fwd_b), "sympy model", "torch model", 1e-12,
                       lambda i: f"draw {i[0]}") if fwd_a else None)
    return GradientResult(spec.name, _label_case(case), spec.draws, forward, pairs, shapes, shape_errors)
