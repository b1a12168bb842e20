"""Labels for rubric_shared_bias_partial_credit.tex: a grading rubric for the shared-bias gradient
(scalar network, g, g1, l left general; checked at concrete instances of them), the deductions seen
(output path only, u dropped, delta_2 at the wrong node, paths multiplied), then a tanh/identity/
squared-error instance at 4 decimals with the wrong answers seen in scripts (1 - h for tanh', the
first-layer weight on the way back, the missing half, three places, the update's sign)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/rubric_shared_bias_partial_credit.tex")
x, w, u, b, y = sp.symbols("x w u b y", real=True)


def instances():
    """(g, g1, l) concrete stand-ins for the undefined functions."""
    s = sp.Symbol("s")
    yield sp.Lambda(s, sp.tanh(s)), sp.Lambda(s, s), sp.Lambda(s, (s - y)**2 / 2)
    yield sp.Lambda(s, s**3 + s), sp.Lambda(s, sp.sin(s)), sp.Lambda(s, sp.exp(s) - 2 * s)
    yield sp.Lambda(s, sp.sin(s)), sp.Lambda(s, 1 / (1 + sp.exp(-s))), sp.Lambda(s, sp.log(1 + s**2))


def holds(claim):
    """claim(parts) -> (lhs, rhs); true at every instance."""
    ok = True
    for g, g1, l in instances():
        a1 = w * x + b; h1 = g(a1); a2 = u * h1 + b; yh = g1(a2); loss = l(yh)
        A1, A2, H1, YH = sp.symbols("A1 A2 H1 YH")
        s = sp.Symbol("s")
        parts = dict(
            dLdb=sp.diff(loss, b), dLdw=sp.diff(loss, w), dLdu=sp.diff(loss, u),
            dLdh1=sp.diff(l(g1(u * H1 + b)), H1).subs(H1, h1),
            d2=sp.diff(l(g1(A2)), A2).subs(A2, a2),
            d1=sp.diff(l(g1(u * g(A1) + b)), A1).subs(A1, a1),
            lp=sp.diff(l(s), s).subs(s, yh), g1p=sp.diff(g1(s), s).subs(s, a2), gp=sp.diff(g(s), s).subs(s, a1),
            h1=h1, u=u, x=x)
        lhs, rhs = claim(parts)
        ok = ok and same(lhs, rhs, [x, w, u, b, y], positive=False)
    return ok


L.define(7)
P = lambda **k: k
# (a) model answer
L.step(holds(lambda p: (p["d2"], p["lp"] * p["g1p"])))                      # d2 = dL/dyhat dyhat/da2
L.step(holds(lambda p: (p["lp"] * p["g1p"], p["lp"] * p["g1p"])))
L.step(holds(lambda p: (p["d1"], p["d2"] * p["u"] * p["gp"])))
L.step(holds(lambda p: (p["d2"] * p["u"] * p["gp"], p["d2"] * p["u"] * p["gp"])))
L.step(holds(lambda p: (p["dLdb"], p["d1"] + p["d2"])))
L.step(True, note="d1*1 + d2*1 = d1 + d2")
L.step(holds(lambda p: (p["d1"] + p["d2"], p["lp"] * p["g1p"] * (1 + p["u"] * p["gp"]))))
L.step(holds(lambda p: (p["dLdw"], p["d1"] * p["x"])))
L.step(holds(lambda p: (p["dLdu"], p["d2"] * p["h1"])))
# deductions
L.step(holds(lambda p: (p["dLdb"], p["d2"])))
L.step(holds(lambda p: (p["d2"], p["lp"] * p["g1p"])))
L.step(holds(lambda p: (p["d1"], p["d2"] * p["gp"])))
wrong_d1 = holds(lambda p: (p["dLdb"], p["d2"] * (1 + p["gp"])))
L.step(wrong_d1, carried=True, note="d1 + d2 with their d1 = d2 g'")
L.step(holds(lambda p: (p["d2"], p["dLdh1"])))
L.step(holds(lambda p: (p["dLdh1"], p["u"] * p["lp"] * p["g1p"])))
L.step(holds(lambda p: (p["dLdb"], p["d1"] * p["d2"])))
L.step(holds(lambda p: (p["dLdb"], p["d1"] + p["d2"])))
# (b) numbers
L.define(8)
X, W, U, B, Y, ETA = R("1.5"), R("0.4"), R("-0.7"), R("0.1"), R("0.2"), R("0.1")
a1 = W * X + B; h1 = sp.tanh(a1); a2 = U * h1 + B; yh = a2; loss = (yh - Y)**2 / 2
d2 = yh - Y; d1 = d2 * U * (1 - h1**2); db = d1 + d2; dw = d1 * X; du = d2 * h1; b_new = B - ETA * db
L.step(a1 == R("0.4") * R("1.5") + R("0.1")); L.step(a1 == R("0.7"))
L.step(h1 == sp.tanh(R("0.7"))); L.step(rounds("0.6044", h1))
L.step(substituted(a2, lambda q: R("-0.7") * q + R("0.1"), "~0.6044")); L.step(rounds("-0.3231", a2))
L.step(True, note="yhat = a2 (identity)"); L.step(rounds("-0.3231", yh))
L.step(substituted(loss, lambda q: (q - R("0.2"))**2 / 2, "~-0.3231")); L.step(rounds("0.1368", loss, (R("-0.3231") - R("0.2"))**2 / 2))
L.step(True, note="delta2 = yhat - y for squared error, identity output"); L.step(rounds("-0.5231", d2))
L.step(True, note="d1 = d2 u tanh'"); L.step(substituted(d1, lambda p, q: p * R("-0.7") * (1 - q**2), "~-0.5231", "~0.6044"))
L.step(substituted(d1, lambda p, q: p * q, "~0.3662", "~0.6347"))
L.step(rounds("0.2324", d1, R("0.3662") * R("0.6347")))
L.step(substituted(db, lambda p, q: p - q, "~0.2324", "~0.5231")); L.step(rounds("-0.2907", db, R("0.2324") - R("0.5231")))
L.step(substituted(dw, lambda p: p * R("1.5"), "~0.2324")); L.step(rounds("0.3486", dw, R("0.2324") * R("1.5")))
L.step(substituted(du, lambda p, q: p * q, "~-0.5231", "~0.6044")); L.step(rounds("-0.3162", du, R("-0.5231") * R("0.6044")))
L.step(substituted(b_new, lambda p: R("0.1") - R("0.1") * p, "~-0.2907")); L.step(rounds("0.1291", b_new, R("0.1") + R("0.02907")))
# script 14: 1 - h
L.step(substituted(d1, lambda p, q: p * R("-0.7") * (1 - q), "~-0.5231", "~0.6044"))
L.step(rounds("0.1449", R("-0.5231") * R("-0.7") * (1 - R("0.6044"))))
L.step(substituted(db, lambda p, q: p - q, "~0.1449", "~0.5231"), carried=True); L.step(rounds("-0.3782", R("0.1449") - R("0.5231")))
L.step(substituted(b_new, lambda p: R("0.1") - R("0.1") * p, "~-0.3782"), carried=True); L.step(rounds("0.1378", R("0.1") + R("0.03782")))
# script 22: w for u
L.step(substituted(d1, lambda p, q: p * R("0.4") * q, "~-0.5231", "~0.6347"))
L.step(rounds("-0.1328", R("-0.5231") * R("0.4") * R("0.6347")))
L.step(substituted(db, lambda p, q: p - q, "~-0.1328", "~0.5231"), carried=True); L.step(rounds("-0.6559", R("-0.1328") - R("0.5231")))
# script 9: no half
L.step(substituted(loss, lambda q: q**2, "~-0.5231")); L.step(rounds("0.2736", R("-0.5231")**2))
# script 31: three places
L.step(rounds("0.604", h1)); L.step(substituted(a2, lambda q: R("-0.7") * q + R("0.1"), "~0.604"))
L.step(R("-0.7") * R("0.604") + R("0.1") == R("-0.3228"))
L.step(rounds("-0.5228", R("-0.3228") - R("0.2")), note="from the writer's 3-place a2")
# script 5: sign
L.step(substituted(b_new, lambda p: R("0.1") + R("0.1") * p, "~-0.2907")); L.step(rounds("0.0709", R("0.1") - R("0.02907")))
L.done()
