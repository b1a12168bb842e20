"""The step prover: each verdict, and that a broken identity is caught with a counterexample."""
import sympy as sp
from sympy import exp, tanh

from verify.prove import DEFAULTS, FAILED, PROVED, UNKNOWN, VERIFIED, prove_equal, prove_relation

x = sp.Symbol("x", real=True)
t = sp.Symbol("t", positive=True)


def test_identity_is_proved():
    v = prove_equal(4 / (exp(x) + exp(-x)) ** 2, 1 - tanh(x) ** 2)
    assert v.status == PROVED and v.ok


def test_flipped_sign_is_caught_with_counterexample():
    v = prove_equal(4 / (exp(x) + exp(-x)) ** 2, 1 + tanh(x) ** 2)
    assert v.status == FAILED and not v.ok
    point = v.counterexample["point"]
    assert set(point) == {"x"}
    assert "FAILED at x=" in str(v)


def test_dropped_term_is_caught():
    assert prove_equal(sp.diff(x ** 3 + sp.sin(x), x), 3 * x ** 2).status == FAILED


def test_numeric_route_when_symbolic_is_inconclusive():
    # gamma(x+1) = x gamma(x) is true but outside the cheap strategies without a budget.
    v = prove_equal(sp.gamma(x + 1), x * sp.gamma(x), domain={x: (0.5, 4)}, settings={"budget": 0.001})
    assert v.status in (PROVED, VERIFIED)
    assert v.ok
    # With the symbolic ladder off, the numeric route decides, and says so with its evidence.
    v = prove_equal(sp.gamma(x + 1), x * sp.gamma(x), domain={x: (0.5, 4)}, settings={"symbolic": False})
    assert (v.status, v.method, v.points) == (VERIFIED, "numeric", DEFAULTS["points"])
    assert v.max_dev < 1e-25 and "verified numerically (24 points" in str(v)
    bad = prove_equal(sp.gamma(x + 1), (x + 1e-12) * sp.gamma(x), domain={x: (0.5, 4)}, settings={"symbolic": False})
    assert bad.status == FAILED and bad.method == "numeric" and bad.counterexample


def test_tiny_relative_error_is_not_equal():
    # Agrees to ~1e-12 everywhere: numerically close is not equal at 30 digits.
    v = prove_equal(x, x * (1 + sp.Rational(1, 10**12)), settings={"budget": 0.001})
    assert v.status == FAILED


def test_undefined_function_is_unknown_not_pass():
    f = sp.Function("f")
    v = prove_equal(f(x) * 2, f(x) + f(x) + sp.sin(x) ** 2 + sp.cos(x) ** 2 - 1 + 0 * x,
                    settings={"budget": 0.0001})
    assert v.ok or v.status == UNKNOWN  # proved structurally, or honestly unknown
    v = prove_equal(f(sp.sin(x) ** 2 + sp.cos(x) ** 2), f(1), settings={"budget": 0.0001})
    assert v.status in (PROVED, UNKNOWN)        # concrete functions agreeing is never a pass
    v = prove_equal(f(x), f(2 * x))             # false for some f: a concrete f is a counterexample
    assert v.status == FAILED and not v.ok and "with f = " in str(v)


def test_domain_cover_makes_log_rules_provable():
    v = prove_equal(sp.log((1 - t) ** 3), 3 * sp.log(1 - t), domain={t: (0, 1)})
    assert v.status == PROVED and "covered domain" in v.method


def test_cover_does_not_prove_false_log_rule():
    # log((1-t)^2) = 2 log(1-t) fails for t > 1: with t in (0, 3) it must not be proved.
    v = prove_equal(sp.log((1 - t) ** 2), 2 * sp.log(1 - t), domain={t: (0, 3)})
    assert v.status != PROVED


def test_relation():
    assert prove_relation(-x ** 2 - 1, "<").status == PROVED
    bad = prove_relation(x ** 2 - 1, ">", domain={x: (-2, 2)})
    assert bad.status == FAILED and bad.counterexample


def test_relation_with_undefined_function_is_unknown_not_a_crash():
    g = sp.Function("g")
    v = prove_relation(g(x) - 1, ">")
    assert v.status == UNKNOWN and "undefined functions" in v.reason


def test_relation_skips_points_where_the_expression_is_not_real():
    # sqrt(x) - 5 < 0 holds wherever it is real; x < 0 (default range -3..3) gives complex values.
    v = prove_relation(sp.sqrt(x) - 5, "<")
    assert v.status == VERIFIED
    # and a violation among the real points is still caught
    bad = prove_relation(sp.sqrt(x) - 1, "<", domain={x: (-3, 9)})
    assert bad.status == FAILED and bad.counterexample["point"]["x"] > 1


def test_matrix_equality_reports_element():
    v = prove_equal(sp.Matrix([[x, x ** 2]]), sp.Matrix([[x, x ** 3]]))
    assert v.status == FAILED and v.counterexample["element"] == (0, 1)


def test_refuses_text():
    import pytest
    with pytest.raises(TypeError):
        prove_equal("x", x)


def test_integrals_are_checked_by_quadrature_and_a_wrong_value_is_caught():
    a = sp.Symbol("a", positive=True)
    right = prove_equal(sp.Integral(x ** 2, (x, 0, a)), a ** 3 / 3, settings={"points": 8})
    wrong = prove_equal(sp.Integral(x ** 2, (x, 0, a)), a ** 3 / 2, settings={"points": 8})
    assert right.ok
    assert wrong.status == FAILED and wrong.counterexample


def test_lambdify_safe_renames_arguments():
    """A symbol named after a function (beta), a crafted name and a name like the fresh ones all work."""
    import mpmath
    from verify.prove import lambdify_safe
    beta, crafted, clash = sp.Symbol("beta", positive=True), sp.Symbol("x);import os;(y"), sp.Symbol("_arg0")
    f = lambdify_safe((beta, crafted, clash), sp.beta(beta, 2) + crafted * clash, "mpmath")
    assert abs(f(3, 2, 5) - (mpmath.beta(3, 2) + 10)) < 1e-12


def test_a_counterexample_with_pi_on_a_side_comes_back_from_the_worker():
    # a side that is exactly π evaluated to mpmath's π constant, which does not pickle: PicklingError, no verdict
    v = prove_equal(sp.pi * x, sp.pi)
    assert v.status == FAILED and "x=" in str(v)
