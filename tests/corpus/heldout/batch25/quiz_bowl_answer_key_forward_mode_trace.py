"""Labels for quiz_bowl_answer_key_forward_mode_trace.tex: a quiz-bowl moderator's answer key with
protest rulings: f(x1, x2) = e^{x1 x2}/(1 + x1^2) + ln x2 at (0.5, 2), the primal trace, tangent sweeps
seeded with e1 and e2 (`\\dv` macro for the dotted v), a directional derivative, and dual numbers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/quiz_bowl_answer_key_forward_mode_trace.tex")
x1, x2, e = sp.symbols("x1 x2 epsilon", real=True)
f = sp.exp(x1 * x2) / (1 + x1 ** 2) + sp.log(x2)
P = {x1: R("0.5"), x2: 2}
f1, f2 = sp.diff(f, x1).subs(P), sp.diff(f, x2).subs(P)
L.define(4, "f, x1, x2, f = v7")
v1, v2, v3 = R("0.5") * 2, sp.E, R("0.25")
v4, v5, v6 = 1 + v3, sp.E / (1 + v3), sp.log(2)
L.define(); L.step(True); L.define(); L.step(True)
L.define(); L.step(v1 == 1); L.define(); L.step(rounds("2.7183", v2))
L.define(); L.step(v3 == R("0.25")); L.define(); L.step(v4 == R("1.25"))
L.define(); L.step(rounds("2.1746", v5)); L.define(); L.step(rounds("0.6931", v6))
L.define(); L.step(rounds("2.8677", R("2.1746") + R("0.6931")))
# (a)
L.define(2, "seed e1")
L.step(True); L.step(True); L.step(True, note="product rule"); L.step(1 * 2 + R("0.5") * 0 == 2)
L.step(True, note="exp rule"); L.step(rounds("5.4366", 2 * sp.E))
L.step(True); L.step(2 * R("0.5") * 1 == 1); L.step(True); L.step(True)
dv2, dv4 = 2 * sp.E, 1
dv5 = (dv2 * v4 - v2 * dv4) / v4 ** 2
L.step(sp.N(dv5 - (dv2 * v4 + v2 * dv4) / v4 ** 2) == 0, note="quotient rule minus")
L.step(True, note="substitution of the written formula")
L.step(rounds("9.5140", R("5.4366") * R("1.25") + R("2.7183"), 3.5 * sp.E)); L.step(rounds("6.0890", R("9.5140") / R("1.5625")))
dv5w = (dv2 * v4 + v2 * dv4) / v4 ** 2
L.step(True); L.step(True); L.step(True)
L.step(rounds("6.0890", dv5), carried=rounds("6.0890", dv5w))
L.step(rounds("6.0890", f1), carried=True)
assert sp.N(dv5 - f1) == 0
# (b)
L.define(2, "seed e2")
L.step(True); L.step(True); L.step(True); L.step(rounds("1.3591", sp.E / 2)); L.step(True); L.step(True)
L.step(True); L.step(R("1.3591") / R("1.25") == R("1.08728") and rounds("1.0873", R("1.3591") / R("1.25")))
L.step(rounds("1.0873", sp.E / 2 / R("1.25")))
L.step(True); L.step(True); L.step(True)
L.step(True, note="dv7 = dv5 + dv6 substituted"); L.step(R("1.0873") + R("0.5") == R("1.5837"), note="1.5873")
L.step(rounds("1.5837", f2), carried=True)
# (c)
L.define(2, "u, seed")
L.step(substituted(sp.Rational(3, 5) * f1 + sp.Rational(4, 5) * f2, lambda p, q: R("0.6") * p + R("0.8") * q, "~6.0890", "~1.5837"), carried=True)
L.step(rounds("3.6534", R("0.6") * R("6.0890")) and rounds("1.2670", R("0.8") * R("1.5837"))); L.step(R("3.6534") + R("1.2670") == R("4.9204"))
# dual numbers
L.define(); L.define()
ex1 = R("0.5") + e
trunc = lambda expr: sp.series(expr, e, 0, 2).removeO()
L.step(sp.expand(ex1 * 2) == 1 + 2 * e); L.step(trunc(ex1 ** 2) == R("0.25") + e)
L.step(True); L.step(sp.expand(trunc(sp.exp(1 + 2 * e)) - (R("2.7183") + 2 * e)).coeff(e) == 0, note="2e eps")
L.step(True); L.step(sp.expand(trunc(1 / (R("1.25") + e)) - (R("0.8") - R("0.64") * e)) == 0)
prod = sp.expand(trunc((R("2.7183") + 2 * e) * (R("0.8") - R("0.64") * e)))
L.step(rounds("2.1746", prod.coeff(e, 0)) and rounds("1.7397", R("2.7183") * R("0.64")) and prod.coeff(e, 1) == R("1.6") - R("2.7183") * R("0.64"))
L.step(R("1.6") - R("1.7397") == R("-0.1397"))
L.step(rounds("-0.1397", f1), carried=True)
# rulings
L.step(True); L.step(rounds("6.7958", R("5.4366") * R("1.25"))); L.step(R("6.7958") - R("2.7183") == R("4.0775")); L.step(rounds("2.6096", R("4.0775") / R("1.5625")) and rounds("2.6096", f1))
L.step(True); L.step(True)
L.step(R("1.0873") + R("0.5") == R("1.5873") and rounds("1.5873", f2))
L.step(sp.diff(sp.exp(1 + 2 * e), e).subs(e, 0) == 2 * sp.E); L.step(rounds("5.4366", 2 * sp.E))
prod2 = sp.expand(trunc((R("2.7183") + R("5.4366") * e) * (R("0.8") - R("0.64") * e)))
L.step(rounds("4.3493", R("5.4366") * R("0.8")) and rounds("2.1746", prod2.coeff(e, 0)))
L.step(R("4.3493") - R("1.7397") == R("2.6096"))
L.step(substituted(sp.Rational(3, 5) * f1 + sp.Rational(4, 5) * f2, lambda p, q: R("0.6") * p + R("0.8") * q, "~2.6096", "~1.5873"))
L.step(rounds("1.5658", R("0.6") * R("2.6096")) and rounds("1.2698", R("0.8") * R("1.5873")))
L.step(R("1.5658") + R("1.2698") == R("2.8356"))
L.done()
