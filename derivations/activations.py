"""Activation functions as SymPy objects that also evaluate numerically.

ReLU is a SymPy function of its own (not Max or Piecewise) so that it prints as ReLU(z) and
differentiates to θ(z) = Heaviside(z, 0): the convention ReLU'(0) = 0, which is torch's.
"""
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
