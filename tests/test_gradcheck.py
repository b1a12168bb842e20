"""The three-way gradient check catches a wrong formula, a wrong model and a wrong backward."""
import numpy as np
import torch

from verify.gradcheck import GradientCheck


def _sample(rng, case):
    n = case.get("n", 5)
    return {"w": rng.standard_normal(n), "x": rng.standard_normal(n)}


def _torch_model(w, x):
    return torch.tanh(w @ x)


def _check(grad=None, forward=None, torch_model=_torch_model, cases=({"n": 5}, {"n": 100})):
    return GradientCheck(
        "d/dw tanh(w.x)", _sample,
        forward or (lambda w, x: np.tanh(w @ x)),
        grad or (lambda w, x: {"w": (1 - np.tanh(w @ x) ** 2) * x}),
        torch_model, wrt=("w",), cases=cases, draws=3).run()


def test_correct_gradient_passes():
    r = _check()
    assert r.ok, r.summary
    assert {(p.a, p.b) for p in r.pairs} == {("sympy", "reverse"), ("sympy", "forward"),
                                             ("reverse", "forward"), ("sympy", "finite-diff")}
    assert max(p.max_rel for p in r.pairs if p.b != "finite-diff") < 1e-10


def test_flipped_sign_is_caught_and_names_element():
    r = _check(grad=lambda w, x: {"w": -(1 - np.tanh(w @ x) ** 2) * x}, cases=({"n": 5},))
    assert not r.ok
    assert "sympy vs reverse" in r.summary and "w[" in r.summary


def test_dropped_factor_is_caught_on_large_input():
    r = _check(grad=lambda w, x: {"w": x}, cases=({"n": 100},))     # forgot tanh'
    assert not r.ok and "direction" in r.summary


def test_single_wrong_element_is_located():
    def grad(w, x):
        g = (1 - np.tanh(w @ x) ** 2) * x
        g[3] *= 1.001
        return {"w": g}
    r = _check(grad=grad, cases=({"n": 5},))
    assert not r.ok and "w[3]" in r.summary


def test_wrong_model_is_caught_by_forward_values():
    r = _check(forward=lambda w, x: np.tanh(w @ x) + 1e-6)
    assert not r.ok and "sympy model vs torch model" in r.summary


class _BadBackward(torch.autograd.Function):
    """tanh with a correct forward-mode rule and a wrong reverse-mode rule."""
    @staticmethod
    def forward(z):
        return torch.tanh(z)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])
        ctx.z = inputs[0]

    @staticmethod
    def backward(ctx, g):
        (z,) = ctx.saved_tensors
        return g * (1 + torch.tanh(z) ** 2)      # wrong

    @staticmethod
    def jvp(ctx, dz):
        return (1 - torch.tanh(ctx.z) ** 2) * dz  # right


def test_wrong_reverse_mode_is_caught_by_forward_mode_and_finite_differences():
    r = _check(grad=lambda w, x: {"w": (1 + np.tanh(w @ x) ** 2) * x},   # agrees with the bad backward
               torch_model=lambda w, x: _BadBackward.apply(w @ x), cases=({"n": 5},))
    assert not r.ok
    assert "reverse vs forward" in r.summary or "finite-diff" in r.summary


def test_shape_mismatch_is_reported():
    r = _check(grad=lambda w, x: {"w": ((1 - np.tanh(w @ x) ** 2) * x)[:, None]}, cases=({"n": 5},))
    assert not r.ok and "shape" in r.summary


class _Tanh(torch.autograd.Function):
    """A correct tanh with no vmap rule: vmap refuses it, so the check falls back to a loop."""
    @staticmethod
    def forward(z):
        return torch.tanh(z)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])
        ctx.z = inputs[0]

    @staticmethod
    def backward(ctx, g):
        (z,) = ctx.saved_tensors
        return g * (1 - torch.tanh(z) ** 2)

    @staticmethod
    def jvp(ctx, dz):
        return (1 - torch.tanh(ctx.z) ** 2) * dz


def test_batched_directions_equal_one_at_a_time():
    from torch.func import jvp
    from verify.gradcheck import directional_derivatives
    rng = np.random.default_rng(0)
    w, x = (torch.tensor(rng.standard_normal(5)) for _ in range(2))
    directions = rng.standard_normal((4, 5))
    jv, fd = directional_derivatives(lambda w: torch.tanh(w @ x), (w,), directions, [5], torch.device("cpu"))
    one_at_a_time = [float(jvp(lambda w: torch.tanh(w @ x), (w,), (torch.tensor(v),))[1]) for v in directions]
    np.testing.assert_allclose(jv, one_at_a_time, rtol=1e-14)
    np.testing.assert_allclose(fd, one_at_a_time, rtol=1e-8)


def test_model_vmap_cannot_batch_is_checked_one_direction_at_a_time():
    model = lambda w, x: _Tanh.apply(w @ x)     # noqa: E731
    assert _check(torch_model=model, cases=({"n": 5},)).ok
    wrong = _check(grad=lambda w, x: {"w": (1 + np.tanh(w @ x) ** 2) * x}, torch_model=model, cases=({"n": 5},))
    assert not wrong.ok and "sympy vs reverse" in wrong.summary


def test_a_check_that_compared_nothing_is_not_a_pass():
    # Even a wrong gradient would "pass" a check with no draws: it must fail instead.
    r = GradientCheck("no draws", _sample, None, lambda w, x: {"w": -x}, _torch_model, wrt=("w",), draws=0).run()
    assert not r.ok and "nothing compared" in r.summary


def _with_constants(w, x, c):
    """Constants of every kind: an input not differentiated (c), and Python numbers in + − × ÷."""
    return 0.5 * (torch.tanh(w @ x) - c) ** 2 / 3 + 1 - 2 * w.sum()


def test_forward_mode_with_constants_held_still_equals_plain_jvp():
    from torch.func import jvp
    from verify.gradcheck import directional_derivatives
    rng = np.random.default_rng(1)
    w, x = (torch.tensor(rng.standard_normal(5)) for _ in range(2))
    c = torch.tensor(0.3, dtype=torch.float64)
    directions = rng.standard_normal((4, 5))
    jv, fd = directional_derivatives(_with_constants, (w,), directions, [5], torch.device("cpu"), (x, c))
    plain = [float(jvp(lambda w: _with_constants(w, x, c), (w,), (torch.tensor(v),))[1]) for v in directions]
    np.testing.assert_allclose(jv, plain, rtol=1e-14)
    np.testing.assert_allclose(fd, plain, rtol=1e-8)


_FRESH = """
import sys, numpy as np, torch
from verify import gradcheck
from tests.test_gradcheck import _with_constants
if sys.argv[1] == "broken":      # constants left without a tangent: torch builds zero tangents
    import contextlib
    gradcheck._numbers_held_still = contextlib.nullcontext
sample = lambda rng, case: {"w": rng.standard_normal(5), "x": rng.standard_normal(5), "c": np.array(0.3)}
def grad(w, x, c):
    t = np.tanh(w @ x)
    return {"w": (t - c) / 3 * (1 - t ** 2) * x - 2}
r = gradcheck.GradientCheck("constants", sample, None, grad, _with_constants, wrt=("w",), draws=2).run()
print(r.ok, "torch._dynamo" in sys.modules)
"""


def test_forward_mode_with_constants_does_not_import_dynamo():
    """torch builds a zero tangent for a constant mixed with a tracked tensor and asks a Python meta kernel
    for its shape, which imports torch._dynamo (~1.5 s); held still, constants carry a tangent. A fresh
    process, since another test may have imported it here."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent

    def run(mode):
        out = subprocess.run([sys.executable, "-c", _FRESH, mode], cwd=root, capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"})
        return out.stdout.split()

    assert run("held") == ["True", "False"]
    assert run("broken") == ["True", "True"]     # the test sees the import when the constants are not held
