"""Activation functions as SymPy objects that also evaluate numerically.

ReLU is a SymPy function of its own (not Max or Piecewise) so that it prints as ReLU(z) and
differentiates to θ(z) = Heaviside(z, 0): the convention ReLU'(0) = 0, which is torch's.
"""
import mpmath
import sympy as sp


class ReLU(sp.Function):
    """ReLU(z) = max(z, 0); exact on numbers, with derivative θ(z) (θ(0) = 0, as torch.relu)."""

    # lambdify and evalf use `_imp_`: (z + |z|)/2 works on NumPy arrays and mpmath numbers alike,
    # so the prover's numeric route and the float64 checks both evaluate ReLU.
    _imp_ = staticmethod(lambda z: (z + abs(z)) / 2)

    @classmethod
    def eval(cls, z):
        if z.is_extended_nonnegative:
            return z
        if z.is_extended_negative:
            return sp.S.Zero

    def fdiff(self, argindex=1):
        return sp.Heaviside(self.args[0], 0)


def sigmoid(z):
    return 1 / (1 + sp.exp(-z))


class sigma(sp.Function):
    """The logistic sigmoid σ, printed as σ(a). Its derivative rule σ′ = σ(1 − σ) is a step of each derivation
    that uses it, proved there from the definition σ(a) = 1/(1 + e⁻ᵃ) (`Derivation.define`)."""

    def fdiff(self, argindex=1):
        return sigma(self.args[0]) * (1 - sigma(self.args[0]))

    def _eval_rewrite_as_exp(self, a, **kwargs):
        return 1 / (1 + sp.exp(-a))

    _imp_ = staticmethod(lambda a: 1 / (1 + mpmath.exp(-a)))   # lets the prover evaluate σ in high precision
