"""tanh'(x) = 1 - tanh(x)^2, by the quotient rule."""
from functools import lru_cache

import numpy as np
import sympy as sp
from sympy import Derivative, Eq, exp, tanh

from derivations.model import Claim, Derivation, NumericResult
from verify.gradcheck import GradientCheck

x = sp.Symbol("x", real=True)
f, u, v = sp.Function("f"), sp.Function("u"), sp.Function("v")


def build() -> Derivation:
    d = Derivation("tanh", "The derivative of tanh",
                   r"$f(x) = \tanh x = (e^x - e^{-x})/(e^x + e^{-x})$. Show $f'(x) = 1 - f(x)^2$.",
                   reproduces=r"The derivative of the $\tanh$ activation written through $\tanh$ itself: the factor "
                              r"backpropagation multiplies by at a $\tanh$ unit.")
    numerator, denominator = exp(x) - exp(-x), exp(x) + exp(-x)
    d.step(tanh(x), numerator / denominator, "tanh in exponentials")
    d.define(u(x), numerator, "name the numerator")
    d.define(v(x), denominator, "name the denominator")
    d.define(f(x), u(x) / v(x), "so f is a quotient")

    du = d.step(Derivative(u(x), x), sp.diff(numerator, x), r"differentiate $u$: this is $v(x)$",
                also=[Claim(Derivative(u(x), x), v(x))])
    dv = d.step(Derivative(v(x), x), sp.diff(denominator, x), r"differentiate $v$: this is $u(x)$",
                also=[Claim(Derivative(v(x), x), u(x))])
    quotient = d.step(Derivative(f(x), x), sp.together(sp.diff(u(x) / v(x), x)),
                      r"quotient rule: $(u/v)' = (u'v - uv')/v^2$")
    swapped = d.step(Derivative(f(x), x), quotient.subs({Derivative(u(x), x): v(x), Derivative(v(x), x): u(x)}),
                     r"substitute $u' = v$ and $v' = u$")
    in_exp = d.step(Derivative(f(x), x), swapped.xreplace({u(x): numerator, v(x): denominator}),
                    "write u and v in exponentials")
    top, bottom = sp.fraction(in_exp)
    derivative = d.step(Derivative(f(x), x), sp.expand(top) / bottom,
                        r"expand the numerator: $(e^x + e^{-x})^2 - (e^x - e^{-x})^2 = 4$")

    one_minus_square = sp.together(1 - (u(x) / v(x)) ** 2)
    d.step(1 - f(x) ** 2, one_minus_square, r"separately: $1 - f^2 = 1 - u^2/v^2$ over a common denominator")
    top2, bottom2 = sp.fraction(one_minus_square.xreplace({u(x): numerator, v(x): denominator}))
    same = d.step(1 - f(x) ** 2, sp.expand(top2) / bottom2, r"expand: the same $4/(e^x + e^{-x})^2$")
    d.step(Derivative(f(x), x), 1 - f(x) ** 2, r"both equal $4/(e^x + e^{-x})^2$, hence equal",
           also=[Claim(derivative, same)])
    d.result("derivative", shown_in=len(d), at={f(x): tanh(x)}, label=Derivative(tanh(x), x))
    _checks(d)
    return d


def _checks(d):
    """Numbers: the derived formula against autograd of two torch models written separately. d.results is
    read when a check runs, so a changed step's result is the one checked."""
    def derived(x):
        return _lambdified(d.results["derivative"])(x)

    forward = _lambdified(tanh(x))

    def sample(rng, case):
        return {"x": np.concatenate([rng.uniform(-20, 20, 40), rng.uniform(-3, 3, 20)])}

    for label, model in (("torch.tanh", _torch_tanh), ("exponential formula", _torch_exp_formula)):
        d.gradient_checks.append(GradientCheck(
            rf"$\frac{{d}}{{dx}} \sum \tanh x$ vs autograd of {label}", sample, lambda x: forward(x).sum(),
            lambda x: {"x": derived(x)}, model, wrt=("x",), draws=4, seed=1))
    d.numeric_check("float32 near saturation (informative)")(lambda: _float32_note(derived))


@lru_cache(maxsize=16)
def _lambdified(expr):
    return sp.lambdify(x, expr, "numpy")


def _torch_tanh(x):
    import torch
    return torch.tanh(x).sum()


def _torch_exp_formula(x):
    import torch
    return ((torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x))).sum()


def _float32_note(derived) -> NumericResult:
    """In float32, 1 - tanh^2 cancels catastrophically once tanh rounds to 1 (|x| > ~9)."""
    import torch
    xs = np.array([1.0, 5.0, 9.0, 12.0])
    exact = 4 / (np.exp(xs) + np.exp(-xs)) ** 2
    t = torch.tensor(xs, dtype=torch.float32, requires_grad=True)
    (g,) = torch.autograd.grad(torch.tanh(t).sum(), t)
    rel = np.abs(g.numpy().astype(np.float64) - exact) / exact
    worst64 = float(np.max(np.abs(derived(xs) - exact) / exact))
    detail = ("float32 autograd rel. error at x = 1, 5, 9, 12: " + ", ".join(f"{r:.1e}" for r in rel)
              + f" (float64 derived formula: {worst64:.1e}); float32 saturates: use float64 for |x| > 9")
    return NumericResult(bool(worst64 < 1e-6), detail, worst64)
