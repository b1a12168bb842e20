"""Labels for rubric_hfill_points_optimisers.tex: a marked midterm question with per-step points at the
right margin (`\\hfill[2]`, `[awarded/available]`) and the marker's italic remarks: GD on
(w1^2 + 10 w2^2)/2 with the gradient's 10 w2 taken as 5 w2 (carried into both w2 steps and the stability
bound); heavy-ball momentum with 3.6 + 2.4 = 5.0 (carried into w2, v3, w3); Adam with the bias correction
1 - beta for 1 - beta^t (right at t = 1, carried at t = 2); Newton on e^w - 2w with 0.7183/2.7183 = 0.2462
(carried into w3 and two errors)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/rubric_hfill_points_optimisers.tex")
w1, w2, w = sp.symbols("w1 w2 w", real=True)
f = (w1 ** 2 + 10 * w2 ** 2) / 2
L.define(3, "f, w0, eta")
grad = [sp.diff(f, w1), sp.diff(f, w2)]
L.step(same(grad[1], 5 * w2, positive=False), note="10 w2")
eta = R("0.15")
L.step(1 - eta * 1 == 1 - R("0.15") * 1); L.step(1 - R("0.15") == R("0.85"))
L.step(True, note="0.85 - 0.15 x 0.85 is the rule at 0.85"); L.step(R("0.85") - R("0.15") * R("0.85") == R("0.7225"))
t1 = 1 - eta * grad[1].subs(w2, 1)
L.step(t1 == 1 - R("0.15") * 5, carried=True); L.step(1 - R("0.15") * 5 == R("0.25"))
t2 = t1 - eta * grad[1].subs(w2, t1)
L.step(t2 == R("0.25") - R("0.15") * R("1.25"), carried=R("1.25") == 5 * R("0.25")); L.step(R("0.25") - R("0.15") * R("1.25") == R("0.0625"))
L.step(True, note="w1 after k steps 0.85^k"); L.define(note="condition w1 < 0.01")
L.step(True, note="0.85^k < 0.01 iff k > ln 0.01 / ln 0.85"); L.step(rounds("28.34", sp.log(R("0.01")) / sp.log(R("0.85")), approx=True))
L.define(note="|1 - 5 eta| < 1")
L.step(sp.Rational(2, 10) == R("0.4"), carried=sp.Rational(2, 5) == R("0.4"))
L.step(True, note="grad = (w1, 10 w2)"); L.step(1 - eta * 10 == 1 - R("1.5")); L.step(1 - R("1.5") == R("-0.5"))
L.step(R("-0.5") + R("0.75") == R("0.25") and R("-0.5") - eta * 10 * R("-0.5") == R("0.25"))
L.step(True, note="eta < 2/L"); L.step(sp.Rational(2, 10) == R("0.2")); L.define(note="eta = 0.15 restated")
L.step(1 - 10 * R("0.15") == R("-0.5")); L.step(sp.Integer(10) / 1 == 10)
# (b) momentum
L.define(note="f"); L.step(sp.diff(2 * w ** 2, w) == 4 * w); L.define(6, "w0 v0 beta eta and the two rules")
beta, eta = R("0.9"), R("0.1")
ws, vs = [sp.Integer(1)], [sp.Integer(0)]
for _ in range(3):
    vs.append(beta * vs[-1] + 4 * ws[-1]); ws.append(ws[-1] - eta * vs[-1])
assert vs[1:] == [4, 6, R("5.4")] and ws[1:] == [R("0.6"), 0, R("-0.54")]
L.step(vs[1] == R("0.9") * 0 + 4 * 1); L.step(vs[1] == 4); L.step(ws[1] == 1 - R("0.1") * 4); L.step(ws[1] == R("0.6"))
L.step(vs[2] == R("0.9") * 4 + 4 * R("0.6")); L.step(R("0.9") * 4 + 4 * R("0.6") == R("3.6") + R("2.4"))
L.step(R("3.6") + R("2.4") == R("5.0"), note="6.0")
L.step(ws[2] == R("0.6") - R("0.1") * R("5.0"), carried=True); L.step(R("0.6") - R("0.1") * R("5.0") == R("0.1"))
L.step(vs[3] == R("0.9") * R("5.0") + 4 * R("0.1"), carried=True)
L.step(R("0.9") * R("5.0") + 4 * R("0.1") == R("4.5") + R("0.4")); L.step(R("4.5") + R("0.4") == R("4.9"))
L.step(ws[3] == R("0.1") - R("0.49"), carried=R("0.49") == R("0.1") * R("4.9")); L.step(R("0.1") - R("0.49") == R("-0.39"))
L.step(True, note="argmin 2w^2 = 0"); L.step(ws[3] < 0)
L.step(R("3.6") + R("2.4") == R("6.0")); L.step(ws[2] == 0); L.step(vs[3] == R("5.4")); L.step(ws[3] == R("-0.54"))
# (c) Adam
L.define(6, "beta1 beta2 eta m0 = v0 = 0 w0")
b1, b2, eta = R("0.9"), R("0.999"), R("0.01")
g1 = 4 * 1
m1, v1 = (1 - b1) * g1, (1 - b2) * g1 ** 2
L.step(g1 == 4); L.step(g1 == 4); L.step(m1 == R("0.1") * 4); L.step(m1 == R("0.4")); L.step(v1 == R("0.001") * 16); L.step(v1 == R("0.016"))
t = sp.symbols("t", positive=True, integer=True)
# the general formula must hold for every t; at t = 2 it does not
L.step(all(1 - b1 == 1 - b1 ** k for k in (1, 2)), note="m_hat = m_t/(1 - beta1^t)")
L.step(all(1 - b2 == 1 - b2 ** k for k in (1, 2)), note="v_hat = v_t/(1 - beta2^t)")
mh1, vh1 = m1 / (1 - b1), v1 / (1 - b2)
L.step(mh1 == 4); L.step(vh1 == 16)
wA1 = 1 - eta * mh1 / sp.sqrt(vh1)
L.step(wA1 == 1 - R("0.01") * 4 / sp.sqrt(16)); L.step(wA1 == R("0.99"))
g2 = 4 * wA1
m2, v2 = b1 * m1 + (1 - b1) * g2, b2 * v1 + (1 - b2) * g2 ** 2
L.step(g2 == 4 * R("0.99")); L.step(g2 == R("3.96")); L.step(m2 == R("0.9") * R("0.4") + R("0.1") * R("3.96")); L.step(m2 == R("0.756"))
L.step(v2 == R("0.999") * R("0.016") + R("0.001") * R("3.96") ** 2); L.step(v2 == R("0.0316656"))
mh2, vh2 = m2 / (1 - b1 ** 2), v2 / (1 - b2 ** 2)
L.step(mh2 == R("0.756") / R("0.1"), carried=True); L.step(R("0.756") / R("0.1") == R("7.56"))
L.step(vh2 == R("0.0316656") / R("0.001"), carried=True); L.step(R("0.0316656") / R("0.001") == R("31.6656"))
step = eta * mh2 / sp.sqrt(vh2)
L.step(substituted(step, lambda a, b: R("0.01") * a / b, "~7.56", "~5.6272"), carried=rounds("5.6272", sp.sqrt(R("31.6656"))))
L.step(rounds("0.0134", R("0.01") * R("7.56") / R("5.6272")))
L.step(substituted(wA1 - step, lambda a: R("0.99") - a, "~0.0134"), carried=True); L.step(R("0.99") - R("0.0134") == R("0.9766"))
L.step(same(mh1 / sp.sqrt(vh1), g1 / abs(g1))); L.step(g1 / abs(g1) == 1)
L.step(mh2 == R("0.756") / R("0.19")); L.step(rounds("3.9789", mh2, approx=True))
L.step(vh2 == R("0.0316656") / R("0.001999")); L.step(rounds("15.8407", vh2, approx=True))
L.step(rounds("0.0100", step, approx=True) and rounds("0.0100", R("0.01") * R("3.9789") / sp.sqrt(R("15.8407")), approx=True))
L.step(rounds("0.9800", wA1 - step, approx=True))
# (d) Newton
F = sp.exp(w) - 2 * w
L.define(note="f"); L.step(sp.solve(sp.diff(F, w), w) == [sp.log(2)]); L.step(rounds("0.6931", sp.log(2), approx=True))
L.step(same(sp.diff(F, w), sp.exp(w) - 2, positive=False)); L.step(same(sp.diff(F, w, 2), sp.exp(w), positive=False)); L.define(note="w0")
nw = lambda x: x - sp.diff(F, w).subs(w, x) / sp.diff(F, w, 2).subs(w, x)
W = [sp.Integer(0)]
for _ in range(3):
    W.append(nw(W[-1]))
L.step(True, note="w1 rule at 0"); L.step(sp.simplify(-(sp.exp(0) - 2) / sp.exp(0) - 1) == 0); L.step(W[1] == 1)
L.step(True, note="w2 rule at 1")
L.step(substituted(W[2], lambda a, b: 1 - a / b, "~0.7183", "~2.7183")); L.step(rounds("0.2462", R("0.7183") / R("2.7183")), note="0.2642")
L.step(1 - R("0.2462") == R("0.7538"))
L.step(rounds("0.7538", W[2]), carried=True, note="0.7538 is not a rounding of w2 = 0.7358")
L.step(rounds("2.1251", sp.exp(R("0.7538"))) and rounds("0.1251", sp.exp(R("0.7538")) - 2))
L.step(rounds("0.0589", R("0.1251") / R("2.1251"))); L.step(R("0.7538") - R("0.0589") == R("0.6949"))
ws_ = sp.log(2)
L.step(substituted(W[1] - ws_, lambda a: 1 - a, "~0.6931")); L.step(1 - R("0.6931") == R("0.3069"))
L.step(substituted(W[2] - ws_, lambda a, b: a - b, "~0.7538", "~0.6931"), carried=True); L.step(R("0.7538") - R("0.6931") == R("0.0607"))
L.step(substituted(W[3] - ws_, lambda a, b: a - b, "~0.6949", "~0.6931"), carried=True); L.step(R("0.6949") - R("0.6931") == R("0.0018"))
L.step(sp.diff(F, w, 2).subs(w, ws_) == 2); L.step(2 > 0)
L.step(rounds("0.2642", R("0.7183") / R("2.7183"))); L.step(rounds("0.7358", W[2])); L.step(rounds("0.6940", W[3], approx=True))
L.step(sp.simplify(F.subs(w, ws_) - (2 - 2 * sp.log(2))) == 0); L.step(rounds("0.6137", 2 - 2 * sp.log(2), approx=True))
# (e) RMSProp
L.define(6, "f, w0, rule, rho, s0, eta")
g0 = 4
s1 = R("0.1") * g0 ** 2
L.step(g0 == 4); L.step(s1 == R("0.1") * 4, note="g^2 = 16"); L.step(R("0.1") * 4 == R("0.4"))
wR = 1 - R("0.1") * g0 / sp.sqrt(s1)
L.step(substituted(wR, lambda q: 1 - R("0.1") * 4 / sp.sqrt(q), "~0.4"), carried=True)
L.step(rounds("6.3246", 4 / sp.sqrt(R("0.4")))); L.step(rounds("0.3675", 1 - R("0.1") * R("6.3246")))
L.define(note="eta_t")
L.step(rounds("0.2000", sum(R("0.1") * R("0.5") ** t for t in range(10))), note="0.1998")
tt = sp.symbols("tt", integer=True, nonnegative=True)
L.step(sp.summation(R("0.1") * R("0.5") ** tt, (tt, 0, sp.oo)) == R("0.2"))
L.step(s1 == R("0.1") * 16); L.step(s1 == R("1.6"))
L.step(substituted(wR, lambda q: 1 - R("0.1") * 4 / q, "~1.2649") and rounds("1.2649", sp.sqrt(s1)))
L.step(rounds("0.6838", wR))
L.step(sp.simplify(sum(R("0.1") * R("0.5") ** t for t in range(10)) - R("0.2") * (1 - R("0.5") ** 10)) == 0
       and rounds("0.1998", R("0.2") * (1 - R("0.5") ** 10), approx=True))
L.done()
