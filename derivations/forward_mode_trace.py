"""Forward-mode autodiff of f(x₁, x₂) = ln(sin x₁) + x₁·exp(x₂), line by line through its evaluation trace.

Each trace line vᵢ = φᵢ(earlier lines) carries a tangent v̇ᵢ = Σⱼ ∂φᵢ/∂vⱼ · v̇ⱼ (the chain rule, one
elementary operation at a time). SymPy differentiates each φᵢ; every tangent rule is proved equal to the
directional derivative ẋ·∇vᵢ of vᵢ written out in x, and the trace is then evaluated exactly at
x = (π/6, 1) with the seed ẋ = (1, 0), so v̇ᵢ = ∂vᵢ/∂x₁. The numbers are checked against torch.func.jvp
and reverse mode, for every line of the trace.
"""
import numpy as np
import sympy as sp
from sympy import exp, log, pi, sin

from derivations.checked import Number, TraceLine
from derivations.model import Claim, Derivation, NumericResult
from verify.gradcheck import GradientCheck, compare, device

x1, x2 = sp.symbols("x1 x2", real=True)
xdot1, xdot2 = sp.symbols("xdot1 xdot2", real=True)
v = sp.symbols("v1:8", real=True)
vdot = sp.symbols("vdot1:8", real=True)
POINT = {x1: pi / 6, x2: sp.Integer(1)}
SEED_X1, SEED_X2 = {xdot1: 1, xdot2: 0}, {xdot1: 0, xdot2: 1}

# The evaluation trace: (line, elementary operation of earlier lines or inputs).
TRACE = [(v[0], x1), (v[1], sin(v[0])), (v[2], log(v[1])), (v[3], x2),
         (v[4], exp(v[3])), (v[5], v[0] * v[4]), (v[6], v[2] + v[5])]
DOT = {x1: xdot1, x2: xdot2, **dict(zip(v, vdot))}


def tangent(phi):
    """Chain rule for one trace line: v̇ᵢ = Σⱼ ∂φᵢ/∂uⱼ · u̇ⱼ over the arguments uⱼ of φᵢ."""
    return sp.Add(*[sp.diff(phi, u) * DOT[u] for u in sorted(phi.free_symbols, key=str)])


def tangents_in_x(rules, in_x) -> sp.Matrix:
    """The tangent rules (one per trace line, in the lines' order) written out in x and the seed ẋ."""
    dots = {xdot1: xdot1, xdot2: xdot2}
    for (line, _), rule in zip(TRACE, rules):
        dots[DOT[line]] = rule.xreplace(in_x).xreplace(dots)
    return sp.Matrix([dots[DOT[line]] for line, _ in TRACE])


def build() -> Derivation:
    d = Derivation("forward_mode_trace", "Forward-mode autodiff trace",
                   r"$f(x_1, x_2) = \ln(\sin x_1) + x_1 e^{x_2}$. Propagate tangents through the evaluation trace "
                   r"and give every $v_i$ and $\dot{v}_i = \partial v_i/\partial x_1$ exactly at $(x_1, x_2) = (\pi/6, 1)$.",
                   reproduces=r"Forward-mode automatic differentiation: the evaluation trace of a function and its "
                              r"tangent trace, one elementary operation per line; one pass gives the derivative along "
                              r"one input.")
    lines, operations = sp.Matrix([line for line, _ in TRACE]), sp.Matrix([phi for _, phi in TRACE])
    d.define(sp.ImmutableMatrix(lines), operations, "the evaluation trace: one elementary operation per line")
    in_x = {}                                    # vᵢ written out in x₁, x₂
    for line, phi in TRACE:
        in_x[line] = phi.xreplace(in_x)

    # Tangents, symbolic in the seed ẋ: each rule must be the directional derivative ẋ·∇vᵢ.
    rules, dot_in_x = {}, {xdot1: xdot1, xdot2: xdot2}
    for line, phi in TRACE:
        rules[line] = tangent(phi)
        dot_in_x[DOT[line]] = rules[line].xreplace(in_x).xreplace(dot_in_x)
    directional = [sp.diff(in_x[line], x1) * xdot1 + sp.diff(in_x[line], x2) * xdot2 for line, _ in TRACE]
    d.step(lines.applyfunc(DOT.get), sp.Matrix([rules[line] for line, _ in TRACE]),
           r"tangents by the chain rule, line by line: $\dot{v}_i = \sum_u (\partial\varphi_i/\partial u)\, \dot{u}$ over the arguments $u$ of $\varphi_i$",
           reads=lambda shown: Claim(tangents_in_x(shown, in_x), sp.Matrix(directional)))

    # The trace at the point with the seed ẋ = (1, 0): values then tangents, line by line, exactly.
    values, tangents = dict(POINT), dict(SEED_X1)
    for line, phi in TRACE:
        values[line] = phi.xreplace(values)
        tangents[DOT[line]] = rules[line].xreplace(values).xreplace(tangents)
    table = sp.Matrix([[line, DOT[line]] for line, _ in TRACE])
    exact = table.xreplace(values).xreplace(tangents)
    d.step(table, exact, r"evaluate the trace at $x = (\pi/6, 1)$ with the seed $\dot{x} = (1, 0)$",
           means=sp.Matrix([[in_x[line], sp.diff(in_x[line], x1)] for line, _ in TRACE]).subs(POINT))
    f = in_x[v[6]]
    df_dx1 = d.step(sp.Derivative(f, x1), exact[6, 1], r"$\partial f/\partial x_1$ is the last tangent, $\dot{v}_7$",
                    means=sp.diff(f, x1).subs(POINT))
    # A second forward sweep with the seed ẋ = (0, 1) gives the other partial derivative.
    df_dx2 = d.step(sp.Derivative(f, x2), dot_in_x[vdot[6]].subs({**SEED_X2, **POINT}),
                    r"seed $\dot{x} = (0, 1)$: a second forward sweep gives $\partial f/\partial x_2 = \dot{v}_7$",
                    means=sp.diff(f, x2).subs(POINT))
    d.result("values", sp.Matrix(exact[:, 0]), label=sp.Matrix([line for line, _ in TRACE]))
    d.result("tangents", sp.Matrix(exact[:, 1]), label=sp.Matrix([DOT[line] for line, _ in TRACE]))
    f_named = sp.Symbol("f", real=True)
    d.result("gradient", sp.Matrix([df_dx1, df_dx2]), label=sp.Matrix([sp.Derivative(f_named, x1), sp.Derivative(f_named, x2)]))
    d.data["trace"] = tuple(TraceLine(str(line), str(phi), str(rules[line]), _number(exact[i, 0]), _number(exact[i, 1]))
                            for i, (line, phi) in enumerate(TRACE))

    _checks(d, f, forward_tangent=dot_in_x[vdot[6]])
    return d


def _checks(d, f, forward_tangent):
    """Numbers: the forward-mode tangent of f (both seeds) against torch, at the point and at random points;
    every vᵢ, v̇ᵢ of the trace (read from d.results when the check runs) against jvp and reverse mode."""
    f_num = sp.lambdify([x1, x2], f, "numpy")
    grad_num = sp.lambdify([x1, x2], [forward_tangent.subs(seed) for seed in (SEED_X1, SEED_X2)], "numpy")

    def sample(rng, case):  # the worked point, or a random one with sin x₁ > 0 so ln(sin x₁) is real
        if case["at"] == "worked point":
            return {"x": np.array([np.pi / 6, 1.0])}
        return {"x": np.array([rng.uniform(0.2, 2.9), rng.uniform(-1.5, 1.5)])}

    d.gradient_checks.append(GradientCheck(
        "grad f by forward-mode tangents vs torch", sample, lambda x: f_num(*x),
        lambda x: {"x": np.array(grad_num(*x), dtype=float)}, lambda x: _torch_trace(x)[-1], wrt=("x",),
        cases=({"at": "worked point"}, {"at": "random"}), draws=3, seed=3))
    d.numeric_check(r"every $v_i$, $\dot{v}_i$ at $(\pi/6, 1)$ vs torch.func.jvp and reverse mode")(
        lambda: _check_trace(np.array(sp.Matrix.hstack(d.results["values"], d.results["tangents"]), dtype=float)))


def _number(value) -> Number:
    return Number(str(value), str(sp.N(value, 12)), float(value))


def _torch_trace(x):
    """The same trace, written separately in torch: returns (v₁, ..., v₇)."""
    import torch
    v1, v4 = x[0], x[1]
    v2 = torch.sin(v1)
    v3 = torch.log(v2)
    v5 = torch.exp(v4)
    v6 = v1 * v5
    return torch.stack([v1, v2, v3, v4, v5, v6, v3 + v6])


def _check_trace(exact: np.ndarray) -> NumericResult:
    """Derived (vᵢ, v̇ᵢ) against torch.func.jvp (seed (1, 0)) and column 1 of the reverse-mode Jacobian."""
    import torch
    from torch.func import jvp
    dev = device()
    point = torch.tensor([np.pi / 6, 1.0], dtype=torch.float64, device=dev)
    seed = torch.tensor([1.0, 0.0], dtype=torch.float64, device=dev)
    values, tangents = jvp(_torch_trace, (point,), (seed,))
    jacobian = torch.autograd.functional.jacobian(_torch_trace, point)
    rows = [(f"v{i + 1}", "value") for i in range(7)] + [(f"v̇{i + 1}", "tangent") for i in range(7)]
    label = lambda idx: rows[idx[0]][0] if idx else "?"
    pairs = [compare(exact.T.ravel(), torch.cat([values, tangents]).cpu().numpy(), "derived", "jvp", 1e-12, label),
             compare(exact[:, 1], jacobian[:, 0].cpu().numpy(), "derived", "reverse",
                     1e-12, lambda idx: f"v̇{idx[0] + 1}")]
    worst = max(pairs, key=lambda p: (not p.ok, p.max_rel))
    ok = all(p.ok for p in pairs)
    detail = "; ".join(f"{p.a} vs {p.b}: max rel {p.max_rel:.1e} at {p.worst}" for p in pairs)
    return NumericResult(ok,
                         detail if ok else f"worst {worst.worst}: " + detail, worst.max_rel)
