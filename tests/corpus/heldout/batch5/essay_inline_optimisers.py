"""Labels for essay_inline_optimisers.tex: an essay with every step inline: GD on (w - 2)^2 and its
contraction factor (the stability range stated as eta < 2), heavy-ball momentum (-3.6 - 3.2 = -6.6,
carried), RMSProp, Adam (the step-two bias correction by 1 - beta_1, carried), learning-rate schedules
(cos(3 pi/4) taken as +0.7071), weight decay (lambda for eta lambda)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/essay_inline_optimisers.tex")
w, eta = sp.symbols("w eta", real=True)
f = (w - 2)**2
g = lambda x: sp.diff(f, w).subs(w, x)
L.define(); L.step(sp.expand(sp.diff(f, w) - 2 * (w - 2)) == 0); L.define(); L.step(sp.solve(sp.diff(f, w), w) == [2])
e = R("0.1")
L.define(); L.step(g(0) == 2 * (0 - 2)); L.step(g(0) == -4)
w1 = 0 - e * g(0)
L.step(w1 == 0 - e * (-4)); L.step(w1 == R("0.4"))
L.step(g(w1) == 2 * (R("0.4") - 2)); L.step(g(w1) == R("-3.2"))
w2 = w1 - e * g(w1)
L.step(w2 == R("0.4") + R("0.32")); L.step(w2 == R("0.72"))
wt = sp.Symbol("w_t", real=True)
L.step(sp.expand(wt - eta * sp.diff(f, w).subs(w, wt) - 2 - (1 - 2 * eta) * (wt - 2)) == 0)
L.step(1 - 2 * e == R("0.8")); L.step(rounds("0.2147", 2 * R("0.8")**10))
stable = sp.solve_univariate_inequality(sp.Abs(1 - 2 * eta) < 1, eta, relational=False)
L.define(); L.step(stable.inf == 0); L.step(stable.sup == 2, note="it is 1")
# momentum
b = R("0.9")
v1 = b * 0 + g(0); mw1 = 0 - e * v1
L.define(4); L.step(v1 == -4); L.step(mw1 == R("0.4"))
v2 = b * v1 + g(mw1); mw2 = mw1 - e * v2
L.step(v2 == R("0.9") * (-4) + R("-3.2")); L.step(v2 == R("-3.6") - R("3.2")); L.step(v2 == R("-6.6"))
L.step(mw2 == R("0.4") - e * R("-6.6"), carried=True); L.step(R("0.4") - e * R("-6.6") == R("1.06"))
L.step(mw2 == R("1.06"), carried=True); L.step(g(mw2) == 2 * (R("1.06") - 2), carried=True); L.step(2 * (R("1.06") - 2) == R("-1.88"))
L.step(mw2 == R("0.4") + R("0.68")); L.step(mw2 == R("1.08")); L.step(g(mw2) == R("-1.84"))
b5 = R("0.5")
u1 = b5 * 0 + g(0); y1 = 0 - e * u1
u2 = b5 * u1 + g(y1); y2 = y1 - e * u2
u3 = b5 * u2 + g(y2); y3 = y2 - e * u3
L.define()
L.step(u2 == R("0.5") * (-4) - R("3.2")); L.step(R("0.5") * (-4) - R("3.2") == R("-1.2"))
L.step(y2 == R("0.4") + R("0.12"), carried=R("0.4") - e * R("-1.2") == R("0.4") + R("0.12")); L.step(R("0.4") + R("0.12") == R("0.52"))
L.step(g(y2) == 2 * (R("0.52") - 2), carried=True); L.step(2 * (R("0.52") - 2) == R("-2.96"))
L.step(u3 == R("0.5") * R("-1.2") - R("2.96"), carried=True); L.step(R("0.5") * R("-1.2") - R("2.96") == R("-3.56"))
L.step(y3 == R("0.52") + R("0.356"), carried=R("0.52") - e * R("-3.56") == R("0.52") + R("0.356")); L.step(R("0.52") + R("0.356") == R("0.876"))
L.step(-2 - R("3.2") == R("-5.2")); L.step(y2 == R("0.92"))
# RMSProp
rho = R("0.9")
L.define(4)
s1 = (1 - rho) * g(0)**2; r1 = 0 - e * g(0) / sp.sqrt(s1)
L.step(s1 == R("0.1") * 16); L.step(s1 == R("1.6"))
L.step(r1 == 0 + e * 4 / sp.sqrt(R("1.6"))); L.step(substituted(r1, lambda q: R("0.4") / q, "~1.2649") and rounds("1.2649", sp.sqrt(R("1.6"))))
L.step(rounds("0.3162", r1))
L.step(rounds("0.3162", e / sp.sqrt(1 - rho)) and sp.simplify(r1 - e / sp.sqrt(1 - rho)) == 0)
gr1 = g(r1); s2 = rho * s1 + (1 - rho) * gr1**2; r2 = r1 - e * gr1 / sp.sqrt(s2)
L.step(substituted(gr1, lambda q: 2 * (q - 2), "~0.3162")); L.step(rounds("-3.3676", 2 * (R("0.3162") - 2), gr1))
s2_chain = rho * s1 + (1 - rho) * (2 * (R("0.3162") - 2))**2   # the writer's own correctly rounded chain
L.step(substituted(s2, lambda q: R("0.9") * R("1.6") + R("0.1") * q**2, "~3.3676") or s2_chain == R("0.9") * R("1.6") + R("0.1") * R("3.3676")**2); L.step(rounds("1.1341", R("0.1") * R("3.3676")**2) and R("0.9") * R("1.6") == R("1.44"))
L.step(rounds("2.5741", R("1.44") + R("1.1341"), s2))
L.step(substituted(r2, lambda p, q, s: p + e * q / sp.sqrt(s), "~0.3162", "~3.3676", "~2.5741"))
L.step(rounds("0.2099", e * R("3.3676") / sp.sqrt(R("2.5741")), -e * gr1 / sp.sqrt(s2)))
L.step(rounds("0.5261", R("0.3162") + R("0.2099"), r2))
# Adam
b1, b2 = R("0.9"), R("0.999")
L.define(5); L.define(3)
m1 = (1 - b1) * g(0); u1 = (1 - b2) * g(0)**2; mh1 = m1 / (1 - b1); uh1 = u1 / (1 - b2); a1 = 0 - e * mh1 / sp.sqrt(uh1)
L.define(); L.step(m1 == R("0.1") * (-4)); L.step(m1 == R("-0.4")); L.step(u1 == R("0.001") * 16); L.step(u1 == R("0.016"))
L.step(mh1 == R("-0.4") / R("0.1")); L.step(mh1 == -4); L.step(uh1 == R("0.016") / R("0.001")); L.step(uh1 == 16)
L.step(a1 == 0 - e * (-4) / 4); L.step(a1 == R("0.1"))
L.step(rounds("0.3162", e * R("0.4") / sp.sqrt(R("0.016"))))
ga = g(a1); m2 = b1 * m1 + (1 - b1) * ga; u2 = b2 * u1 + (1 - b2) * ga**2
mh2 = m2 / (1 - b1**2); uh2 = u2 / (1 - b2**2); a2 = a1 - e * mh2 / sp.sqrt(uh2)
L.define(); L.step(ga == 2 * (R("0.1") - 2)); L.step(ga == R("-3.8"))
L.step(m2 == R("0.9") * R("-0.4") + R("0.1") * R("-3.8")); L.step(m2 == R("-0.74"))
L.step(u2 == R("0.999") * R("0.016") + R("0.001") * R("14.44")); L.step(u2 == R("0.030424"))
L.step(mh2 == R("-0.74") / (1 - R("0.9"))); L.step(R("-0.74") / R("0.1") == R("-7.4"))
L.step(uh2 == R("0.030424") / (1 - R("0.999")**2)); L.step(rounds("15.2196", uh2))
L.step(substituted(a2, lambda q: R("0.1") + R("0.1") * R("7.4") / sp.sqrt(q), "~15.2196"), carried=True)
L.step(rounds("0.1897", R("0.1") * R("7.4") / sp.sqrt(R("15.2196")))); L.step(R("0.1") + R("0.1897") == R("0.2897"))
L.step(1 - b1**2 == R("0.19")); L.step(rounds("-3.8947", mh2))
L.step(substituted(a2, lambda p, q: R("0.1") + R("0.1") * p / q, "~3.8947", "~3.9012") and rounds("3.9012", sp.sqrt(uh2)))
L.step(rounds("0.1998", a2))
# schedules
t = sp.Symbol("t", positive=True)
L.define(2); step_decay = lambda tt: R("0.1") * R("0.5")**sp.floor(sp.Rational(tt, 10))
L.step(step_decay(25) == R("0.1") * R("0.25")); L.step(step_decay(25) == R("0.025"))
L.define(2); L.step(R("0.1") * sp.exp(-R("0.05") * 20) == R("0.1") * sp.exp(-1)); L.step(rounds("0.0368", R("0.1") * sp.exp(-1)))
cosine = lambda tt: R("0.05") * (1 + sp.cos(sp.pi * sp.Rational(tt, 100)))
L.define(3); L.step(cosine(50) == R("0.05"))
L.step(substituted(cosine(25), lambda c: R("0.05") * (1 + c), "~0.7071")); L.step(rounds("0.0854", R("0.05") * R("1.7071"), cosine(25)))
L.step(substituted(cosine(75), lambda c: R("0.05") * (1 + c), "~0.7071")); L.step(rounds("0.0854", R("0.05") * R("1.7071")))
L.step(rounds("-0.7071", sp.cos(3 * sp.pi / 4))); L.step(substituted(cosine(75), lambda c: R("0.05") * c, "~0.2929")); L.step(rounds("0.0146", R("0.05") * R("0.2929"), cosine(75)))
L.define(2); L.step(R("0.1") * 100 / 500 == R("0.02")); L.define(); L.step(R("0.1") / sp.sqrt(16) == R("0.025"))
# weight decay
lam = R("0.01")
L.define()
L.define(3); L.step((1 - e * lam) * R("0.4") - e * R("-3.2") == (1 - R("0.01")) * R("0.4") + R("0.32"), note="lambda for eta lambda")
L.step((1 - R("0.01")) * R("0.4") + R("0.32") == R("0.396") + R("0.32")); L.step(R("0.396") + R("0.32") == R("0.716"))
L.step(1 - e * lam == R("0.999")); L.step((1 - e * lam) * R("0.4") - e * R("-3.2") == R("0.999") * R("0.4") + R("0.32")); L.step(R("0.999") * R("0.4") + R("0.32") == R("0.7196"))
L.define(2); L.step(e * lam * R("0.1") == R("0.001"), note="it is 0.0001")
L.done()
