"""Labels for acmart_appendix_optimisers_gd_momentum_adam.tex: an `acmart` (sigconf, nonacm) paper appendix with
numbered `align` rows and `\\label`/`\\eqref`: GD on w1^2 + 4 w2^2 (contraction, stability bound, optimal step and
rate), heavy-ball momentum, Adam in 1-D with bias correction; a superseded draft (bias correction with 1 - beta1,
applied and carried; a momentum sign slip, carried; a wrong stability claim and rate). Slips in the main text:
4 * 0.928^2 and 0.2^5."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/acmart_appendix_optimisers_gd_momentum_adam.tex")
w1, w2 = sp.symbols("w1 w2", real=True)
f = w1 ** 2 + 4 * w2 ** 2
grad = lambda p: sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)]).subs({w1: p[0], w2: p[1]})
fv = lambda p: f.subs({w1: p[0], w2: p[1]})
H = sp.hessian(f, (w1, w2))
mu, Lh = min(H.eigenvals()), max(H.eigenvals())
L.define(note="f"); L.step(sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)]) == sp.Matrix([2 * w1, 8 * w2]))
L.step(mu == 2); L.step(Lh == 8); L.define(note="kappa"); L.step(Lh / mu == 4)
L.define(3, "w0, eta, GD rule")
eta = R("0.1")
P = lambda *v: sp.Matrix([R(str(t)) for t in v])
p0 = P(1, 1); p1 = p0 - eta * grad(p0); p2 = p1 - eta * grad(p1)
L.step(p1 == P(1 - R("0.1") * 2, 1 - R("0.1") * 8)); L.step(p1 == P("0.8", "0.2"))
L.step(fv(p1) == R("0.64") + R("0.16")); L.step(fv(p1) == R("0.8"))
L.step(p2 == P(R("0.8") - R("0.16"), R("0.2") - R("0.16"))); L.step(p2 == P("0.64", "0.04"))
L.step(fv(p2) == R("0.4096") + R("0.0064")); L.step(fv(p2) == R("0.416"))
L.step(fv(p0) == 5); L.step(abs(1 - 2 * eta) == R("0.8")); L.step(abs(1 - 8 * eta) == R("0.2"))
L.step(eta < 2 / Lh, note="stability bound eta < 2/L (true, and the given eta meets it)"); L.step(2 / Lh == R("0.25"))
# optimal fixed step for a quadratic: minimise max(|1 - eta mu|, |1 - eta L|)
L.step(True, note="eta* = 2/(mu + L)"); L.step(2 / (mu + Lh) == sp.Rational(2, 10)); L.step(sp.Rational(2, 10) == R("0.2"))
kap = Lh / mu
rate = max(abs(1 - R("0.2") * mu), abs(1 - R("0.2") * Lh))
L.step(rate == (Lh - mu) / (Lh + mu) and (Lh - mu) / (Lh + mu) == (kap - 1) / (kap + 1)); L.step(rate == R("0.6"))
pp = p0
for _ in range(5):
    pp = pp - eta * grad(pp)
L.define(note="eta = 0.1"); L.step(pp[1] == R("0.2") ** 5); L.step(R("0.2") ** 5 == R("0.0032"), note="0.00032")
# momentum
L.define(5, "v rule, w rule, beta, eta, v0")
beta = R("0.9")
v = sp.zeros(2, 1); p = p0; vs, ps = [], []
for _ in range(3):
    v = beta * v + grad(p); p = p - eta * v; vs.append(v); ps.append(p)
L.step(grad(ps[0]) == P("1.6", "1.6") and vs[1] == R("0.9") * P(2, 8) + P("1.6", "1.6")); L.step(vs[1] == P("3.4", "8.8"))
L.step(ps[1] == P(R("0.8") - R("0.34"), R("0.2") - R("0.88"))); L.step(ps[1] == P("0.46", "-0.68"))
L.step(grad(ps[1]) == P("0.92", "-5.44") and vs[2] == R("0.9") * P("3.4", "8.8") + P("0.92", "-5.44")); L.step(vs[2] == P("3.98", "2.48"))
L.step(ps[2] == P(R("0.46") - R("0.398"), R("-0.68") - R("0.248"))); L.step(ps[2] == P("0.062", "-0.928"))
L.step(rounds("0.0038", ps[2][0] ** 2) and rounds("3.4449", 4 * ps[2][1] ** 2), note="3.4447")
L.step(R("0.0038") + R("3.4449") == R("3.4487"))
# Adam
L.define(6, "f, w0, eta, beta1, beta2, eps"); L.define(5, "Adam rules")
b1, b2, ep = R("0.9"), R("0.999"), R("1e-8")
w, m, vv, tr = R(1), 0, 0, []
for t in (1, 2, 3):
    g = 2 * w; m = b1 * m + (1 - b1) * g; vv = b2 * vv + (1 - b2) * g ** 2
    mh, vh = m / (1 - b1 ** t), vv / (1 - b2 ** t)
    wn = w - eta * mh / (sp.sqrt(vh) + ep)
    tr.append(dict(g=g, m=m, v=vv, mh=mh, vh=vh, w=wn)); w = sp.N(wn, 40)
a1, a2, a3 = tr
L.step(a1["g"] == 2); L.step(a1["m"] == R("0.2")); L.step(a1["v"] == R("0.004")); L.step(a1["mh"] == 2); L.step(a1["vh"] == 4)
L.step(abs(a1["w"] - (1 - R("0.1") * 2 / (2 + R("1e-8")))) < 1e-30); L.step(rounds("0.9", a1["w"]))
L.step(rounds("1.8", a2["g"])); L.step(abs(a2["m"] - (R("0.9") * R("0.2") + R("0.1") * R("1.8"))) < 1e-8); L.step(rounds("0.36", a2["m"]))
L.step(abs(a2["v"] - (R("0.999") * R("0.004") + R("0.001") * R("3.24"))) < 1e-8); L.step(rounds("0.007236", a2["v"]))
L.step(abs(a2["mh"] - R("0.36") / (1 - R("0.81"))) < 1e-8 and b1 ** 2 == R("0.81")); L.step(rounds("1.8947", a2["mh"]))
L.step(abs(a2["vh"] - R("0.007236") / (1 - R("0.998001"))) < 1e-6 and b2 ** 2 == R("0.998001")); L.step(rounds("3.6198", a2["vh"]))
L.step(rounds("1.9026", sp.sqrt(a2["vh"])))
L.step(substituted(a2["w"], lambda u, s: R("0.9") - R("0.1") * u / s, "~1.8947", "~1.9026"))
L.step(rounds("0.0996", R("0.1") * R("1.8947") / R("1.9026"))); L.step(R("0.9") - R("0.0996") == R("0.8004") and rounds("0.8004", a2["w"]))
# draft
L.step(False, note="1 - beta1^t"); L.define(note="t = 2")
L.step(abs(a2["mh"] - R("0.36") / R("0.1")) < 1e-6, carried=True, note="the draft's stated formula, applied"); L.step(R("0.36") / R("0.1") == R("3.6"))
L.step(abs(a2["vh"] - R("0.007236") / R("0.001")) < 1e-6); L.step(R("0.007236") / R("0.001") == R("7.236"))
L.step(False, carried=True); L.step(rounds("0.1338", R("0.1") * R("3.6") / sp.sqrt(R("7.236")))); L.step(R("0.9") - R("0.1338") == R("0.7662"))
L.step(False, carried=True, note="g3 at the draft's w2"); L.step(2 * R("0.7662") == R("1.5324"))
L.step(False, carried=True); L.step(rounds("0.4772", R("0.9") * R("0.36") + R("0.1") * R("1.5324")))
L.step(vs[1] == R("0.9") * P(2, 8) - P("1.6", "1.6"), note="sign"); L.step(R("0.9") * P(2, 8) - P("1.6", "1.6") == P("0.2", "5.6"))
L.step(False, carried=P("0.8", "0.2") - R("0.1") * P("0.2", "5.6") == P(R("0.8") - R("0.02"), R("0.2") - R("0.56")))
L.step(P(R("0.8") - R("0.02"), R("0.2") - R("0.56")) == P("0.78", "-0.36"))
L.step(False, carried=True, note="f at the draft's w2"); L.step(R("0.78") ** 2 == R("0.6084") and 4 * R("0.36") ** 2 == R("0.5184"))
L.step(R("0.6084") + R("0.5184") == R("1.1268"))
L.define(note="eta = 0.3"); L.step(R("0.3") < R(2) / 8)
L.step((kap - 1) / (kap + 1) == sp.Rational(3, 5)); L.step(sp.Rational(3, 5) == R("0.75"))
L.done()
