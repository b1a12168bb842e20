"""Labels for algorithmic_optimiser_trace.tex: a homework written as algorithm/algorithmic pseudo-code
with hand traces: GD, heavy-ball momentum and Adam on f = w1^2 + w1 w2 + 2 w2^2 from (1, -1), eta = 0.1.
The stability bound misremembered as 1/lambda_max; f(w2) with the cross term's sign lost, carried into
the decrease; a sign slip in the momentum velocity (+1.9 for the gradient -1.9) carried into w and f;
Adam's bias corrections at t = 2 taken as 1 - beta (off by one), carried into both coordinates and f;
the grader's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch8/algorithmic_optimiser_trace.tex")
w1s, w2s = sp.symbols("w1 w2")
F = w1s**2 + w1s * w2s + 2 * w2s**2
f = lambda a, b: F.subs({w1s: a, w2s: b})
grad = lambda a, b: (sp.diff(F, w1s).subs({w1s: a, w2s: b}), sp.diff(F, w2s).subs({w1s: a, w2s: b}))
vec_eq = lambda u, v: all(sp.simplify(p - q) == 0 for p, q in zip(u, v))
vec_rounds = lambda written, vals, approx=False: all(rounds(w, v, approx=approx) for w, v in zip(written, vals))
eta = R("0.1")

L.define(note="f")
L.step(same(sp.diff(F, w1s), 2 * w1s + w2s)); L.step(same(sp.diff(F, w2s), w1s + 4 * w2s))
L.define(note="w0"); L.step(f(1, -1) == 1 - 1 + 2); L.step(f(1, -1) == 2)
H = sp.hessian(F, (w1s, w2s)); lmax = max(H.eigenvals())
L.step(H == sp.Matrix([[2, 1], [1, 4]])); L.step(sp.simplify(lmax - (3 + sp.sqrt(2))) == 0)
bound = 2 / lmax                                   # GD on a quadratic: stable iff eta < 2/lambda_max
L.step(sp.simplify(bound - 1 / lmax) == 0, note="stability bound"); L.step(rounds("0.2265", 1 / lmax, approx=True))
L.define(note="GD rule")
# GD trace
w = (sp.Integer(1), sp.Integer(-1)); g0 = grad(*w)
wg1 = (w[0] - eta * g0[0], w[1] - eta * g0[1])
L.step(vec_eq(wg1, (1 - eta * 1, -1 - eta * (-3)))); L.step(vec_eq(wg1, (R("0.9"), R("-0.7"))))
g1 = grad(*wg1)
L.step(vec_eq(g1, (R("1.8") - R("0.7"), R("0.9") - R("2.8")))); L.step(vec_eq(g1, (R("1.1"), R("-1.9"))))
wg2 = (wg1[0] - eta * g1[0], wg1[1] - eta * g1[1])
L.step(vec_eq(wg2, (R("0.9") - R("0.11"), R("-0.7") + R("0.19")))); L.step(vec_eq(wg2, (R("0.79"), R("-0.51"))))
fg2 = f(*wg2); Fg2 = R("0.6241") + R("0.4029") + R("0.5202")
L.step(fg2 == Fg2, note="cross term's sign"); L.step(Fg2 == R("1.5472"))
L.step(2 - fg2 == 2 - R("1.5472"), carried=True); L.step(2 - R("1.5472") == R("0.4528"))
L.step(rounds("0.7414", fg2))
L.step(True, note="eta < 2/lambda_max is the stability range"); L.step(rounds("0.4531", bound, approx=True))
# momentum
beta = R("0.9")
L.define(2, "momentum rules")
v1 = (beta * 0 + g0[0], beta * 0 + g0[1]); wm1 = (w[0] - eta * v1[0], w[1] - eta * v1[1])
L.step(vec_eq(v1, g0)); L.step(vec_eq(v1, (1, -3)))
gm1 = grad(*wm1); v2 = (beta * v1[0] + gm1[0], beta * v1[1] + gm1[1])
L.step(v2[0] == R("0.9") * 1 + R("1.1")); L.step(R("0.9") + R("1.1") == R("2.0"))
L.step(v2[1] == R("0.9") * (-3) + R("1.9"), note="sign slip"); L.step(R("-2.7") + R("1.9") == R("-0.8"))
wm2 = (wm1[0] - eta * v2[0], wm1[1] - eta * v2[1])
L.step(wm2[0] == R("0.9") - eta * R("2.0")); L.step(wm2[0] == R("0.7"))
L.step(wm2[1] == R("-0.7") - eta * R("-0.8"), carried=R("-0.7") - eta * R("-0.8") == wm1[1] - eta * R("-0.8"))
L.step(R("-0.7") + R("0.08") == R("-0.62"))
fm2 = f(*wm2)
L.step(fm2 == R("0.49") - R("0.434") + R("0.7688"), carried=f(R("0.7"), R("-0.62")) == R("0.49") - R("0.434") + R("0.7688"))
L.step(R("0.49") - R("0.434") + R("0.7688") == R("0.8248"))
L.step(R("0.8248") < R("1.5472"))
L.step(gm1[1] == R("-1.9")); L.step(v2[1] == R("-2.7") - R("1.9")); L.step(v2[1] == R("-4.6"))
L.step(wm2[1] == R("-0.7") + R("0.46")); L.step(wm2[1] == R("-0.24")); L.step(rounds("0.4372", fm2))
# Adam
b1, b2 = R("0.9"), R("0.999")
L.define(5, "Adam rules")
m1 = tuple((1 - b1) * g for g in g0); s1 = tuple((1 - b2) * g**2 for g in g0)
mh1 = tuple(m / (1 - b1) for m in m1); sh1 = tuple(s / (1 - b2) for s in s1)
wa1 = tuple(wi - eta * m / sp.sqrt(s) for wi, m, s in zip(w, mh1, sh1))
L.step(vec_eq(wa1, (1 - eta, -1 + eta))); L.step(vec_eq(wa1, (R("0.9"), R("-0.9"))))
ga1 = grad(*wa1)
L.step(vec_eq(ga1, (R("1.8") - R("0.9"), R("0.9") - R("3.6")))); L.step(vec_eq(ga1, (R("0.9"), R("-2.7"))))
m2 = tuple(b1 * m + (1 - b1) * g for m, g in zip(m1, ga1)); s2 = tuple(b2 * s + (1 - b2) * g**2 for s, g in zip(s1, ga1))
L.step(vec_eq(m2, (R("0.9") * R("0.1") + R("0.1") * R("0.9"), R("0.9") * R("-0.3") + R("0.1") * R("-2.7")))); L.step(vec_eq(m2, (R("0.18"), R("-0.54"))))
L.step(vec_eq(s2, (R("0.999") * R("0.001") + R("0.001") * R("0.81"), R("0.999") * R("0.009") + R("0.001") * R("7.29")))); L.step(vec_eq(s2, (R("0.001809"), R("0.016281"))))
mh2 = tuple(m / (1 - b1**2) for m in m2); sh2 = tuple(s / (1 - b2**2) for s in s2)
Mh2 = tuple(m / (1 - b1) for m in m2); Sh2 = tuple(s / (1 - b2) for s in s2)     # the student's off-by-one
L.step(vec_eq(mh2, Mh2), note="1 - beta1 for 1 - beta1^2"); L.step(vec_eq(Mh2, (R("1.8"), R("-5.4"))))
L.step(vec_eq(sh2, Sh2), note="1 - beta2 for 1 - beta2^2"); L.step(vec_eq(Sh2, (R("1.809"), R("16.281"))))
wa2 = tuple(wi - eta * m / sp.sqrt(s) for wi, m, s in zip(wa1, mh2, sh2))
Wa2 = tuple(wi - eta * m / sp.sqrt(s) for wi, m, s in zip(wa1, Mh2, Sh2))
L.step(substituted(wa2[0], lambda a, b: R("0.9") - R("0.1") * a / sp.sqrt(b), "~1.8", "~1.809"),
       carried=substituted(Wa2[0], lambda a, b: R("0.9") - R("0.1") * a / sp.sqrt(b), "1.8", "1.809"))
L.step(rounds("0.1338", R("0.1") * R("1.8") / sp.sqrt(R("1.809")))); L.step(R("0.9") - R("0.1338") == R("0.7662"))
L.step(substituted(wa2[1], lambda a, b: R("-0.9") + R("0.1") * a / sp.sqrt(b), "~5.4", "~16.281"),
       carried=substituted(Wa2[1], lambda a, b: R("-0.9") + R("0.1") * a / sp.sqrt(b), "5.4", "16.281"))
L.step(rounds("0.1338", R("0.1") * R("5.4") / sp.sqrt(R("16.281")))); L.step(R("-0.9") + R("0.1338") == R("-0.7662"))
fa2 = f(*wa2)
L.step(substituted(fa2, lambda a: 2 * a**2, "~0.7662"), carried=same(f(w1s, -w1s), 2 * w1s**2) and rounds("0.7662", Wa2[0]))
L.step(rounds("1.1741", 2 * R("0.7662")**2))
L.step(1 - b1**2 == R("0.19"))
L.step(vec_rounds(("0.9474", "-2.8421"), mh2)); L.step(vec_rounds(("0.9050", "8.1446"), sh2))
L.step(vec_rounds(("0.8004", "-0.8004"), wa2, approx=True))
L.done()
