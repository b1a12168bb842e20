"""Labels for quiz_answers_entropy_mi_sigmoid.tex: a student's quiz answers (natural logs): entropies and mutual
information of a 2x2 joint table (bits by multiplying by log 2), information identities (several false ones:
I = H(X,Y) - H(X) - H(Y), conditioning increases entropy, KL symmetric, Bernoulli H'(p) sign), cross-entropy
and KL for 3 classes (KL(p||q) taken equal to KL(q||p)), sigmoid identities (sigma + sigma(-a) = 0, 1 + sigma,
d log sigma = sigma, tanh = 2 sigma - 1, the BCE gradient sign)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/quiz_answers_entropy_mi_sigmoid.tex")
ln = sp.log
P = {(0, 0): R("0.4"), (0, 1): R("0.1"), (1, 0): R("0.2"), (1, 1): R("0.3")}
L.define(4, "joint")
pX = [P[0, 0] + P[0, 1], P[1, 0] + P[1, 1]]; pY = [P[0, 0] + P[1, 0], P[0, 1] + P[1, 1]]
L.step(pX == [R("0.5"), R("0.5")]); L.step(pY == [R("0.6"), R("0.4")])
H = lambda ps: -sum(t * ln(t) for t in ps)  # noqa: E731
HX, HY, HXY = H(pX), H(pY), H(P.values())
L.step(sp.simplify(HX - ln(2)) == 0); L.step(rounds("0.69315", HX)); L.step(True, note="ln 2 nats = 1 bit")
L.step(sp.simplify(HY - (-R("0.6") * ln(R("0.6")) - R("0.4") * ln(R("0.4")))) == 0); L.step(rounds("0.67301", HY))
L.step(True, note="definition applied"); L.step(rounds("1.27985", HXY))
I = HX + HY - HXY
L.step(True, note="I = H + H - H"); L.step(substituted(I, lambda a, b, c: a + b - c, "~0.69315", "~0.67301", "~1.27985"))
L.step(rounds("0.08631", R("0.69315") + R("0.67301") - R("1.27985"), I))
HYgX = HXY - HX; HXgY = HXY - HY
L.step(True); L.step(substituted(HYgX, lambda a, b: a - b, "~1.27985", "~0.69315")); L.step(rounds("0.5867", R("1.27985") - R("0.69315"), HYgX))
L.step(True); L.step(rounds("0.60684", HXgY))
Ib = I / ln(2)
L.step(substituted(Ib, lambda a: a / ln(2), "~0.08631")); L.step(R("0.08631") / ln(2) == R("0.08631") * ln(2), note="x for /")
L.step(rounds("0.0598", R("0.08631") * ln(2)))
L.step(P[0, 1] / pX[0] == R("0.1") / R("0.5")); L.step(R("0.1") / R("0.5") == R("0.2"))
L.step(P[1, 1] / pX[1] == R("0.3") / R("0.5")); L.step(R("0.3") / R("0.5") == R("0.6"))
KLu = sum(t * ln(t / R("0.5")) for t in pY)
L.step(sp.simplify(KLu - (ln(2) - HY)) == 0); L.step(substituted(KLu, lambda a, b: a - b, "~0.69315", "~0.67301"))
L.step(rounds("0.02014", R("0.69315") - R("0.67301"), KLu))
# identities, checked on the table (and a random 3-variable table for the chain rule)
L.step(sp.simplify(HXY - (HX + HYgX)) == 0)
HXgY_ = -sum(P[x, y] * ln(P[x, y] / pY[y]) for x in (0, 1) for y in (0, 1))
HYgX_ = -sum(P[x, y] * ln(P[x, y] / pX[x]) for x in (0, 1) for y in (0, 1))
L.step(abs(sp.N(I - (HX - HXgY_), 30)) < 1e-25); L.step(abs(sp.N(I - (HY - HYgX_), 30)) < 1e-25)
L.step(abs(sp.N(I - (HXY - HX - HY), 30)) < 1e-25)
KLind = sum(P[x, y] * ln(P[x, y] / (pX[x] * pY[y])) for x in (0, 1) for y in (0, 1))
L.step(abs(sp.N(I - KLind, 30)) < 1e-25); L.step(sp.N(KLind) >= 0)
L.step(sp.N(HXgY_) >= sp.N(HX))
L.step(True, note="H <= log |X|")
q3, p3 = [R("0.7"), R("0.2"), R("0.1")], [R("0.5"), R("0.3"), R("0.2")]
KL = lambda a, b: sum(s * ln(s / t) for s, t in zip(a, b))  # noqa: E731
L.step(abs(sp.N(KL(q3, p3) - KL(p3, q3))) < 1e-20)
import itertools, random  # noqa: E402
rng = random.Random(3)
Q = {k: sp.Rational(rng.randint(1, 9)) for k in itertools.product((0, 1), repeat=3)}
Zs = sum(Q.values()); Q = {k: v / Zs for k, v in Q.items()}
def marg(keep):
    out = {}
    for k, v in Q.items():
        kk = tuple(k[i] for i in keep); out[kk] = out.get(kk, 0) + v
    return out
Hm = lambda keep: -sum(v * ln(v) for v in marg(keep).values())  # noqa: E731
I_X_YZ = Hm((0,)) + Hm((1, 2)) - Hm((0, 1, 2))
I_XY = Hm((0,)) + Hm((1,)) - Hm((0, 1))
I_XZgY = Hm((0, 1)) + Hm((1, 2)) - Hm((1,)) - Hm((0, 1, 2))
L.step(abs(sp.N(I_X_YZ - I_XY - I_XZgY, 30)) < 1e-25)
p = sp.symbols("p", positive=True)
Hb = -p * ln(p) - (1 - p) * ln(1 - p)
L.define(); L.step(same(sp.diff(Hb, p), ln(p / (1 - p)), symbols=[p]) if False else sp.simplify(sp.diff(Hb, p) - ln(p / (1 - p))) == 0)
L.step(sp.solve(sp.diff(Hb, p), p) == [sp.Rational(1, 2)]); L.step(sp.simplify(Hb.subs(p, sp.Rational(1, 2)) - ln(2)) == 0)
sg2 = sp.symbols("s2", positive=True)
x, mu = sp.symbols("x mu", real=True)
dens = sp.exp(-(x - mu) ** 2 / (2 * sg2)) / sp.sqrt(2 * sp.pi * sg2)
hN = sp.simplify(sp.integrate(-dens * ln(dens), (x, -sp.oo, sp.oo)))
L.step(sp.simplify(hN - ln(2 * sp.pi * sp.E * sg2) / 2) == 0)
L.define(note="sigma = 2")
L.step(substituted(ln(2 * sp.pi * sp.E * 4) / 2, lambda a: ln(a) / 2, "~68.3179")); L.step(rounds("2.1121", ln(R("68.3179")) / 2, ln(8 * sp.pi * sp.E) / 2))
L.define(2, "q, p")
L.step(rounds("0.6931", -ln(R("0.5")))); L.step(rounds("1.2040", -ln(R("0.3")))); L.step(rounds("1.6094", -ln(R("0.2"))))
CE = -sum(a * ln(b) for a, b in zip(q3, p3))
L.define(note="CE")
L.step(substituted(CE, lambda a, b, c: R("0.7") * a + R("0.2") * b + R("0.1") * c, "~0.6931", "~1.2040", "~1.6094"))
L.step(rounds("0.4852", R("0.7") * R("0.6931")) and rounds("0.2408", R("0.2") * R("1.2040")) and rounds("0.1609", R("0.1") * R("1.6094")))
L.step(R("0.4852") + R("0.2408") + R("0.1609") == R("0.8869"))
Hq = H(q3)
L.step(True); L.step(rounds("0.8018", Hq))
L.step(sp.simplify(KL(q3, p3) - (CE - Hq)) == 0); L.step(substituted(KL(q3, p3), lambda a, b: a - b, "~0.8869", "~0.8018"))
L.step(R("0.8869") - R("0.8018") == R("0.0851")); L.step(sp.N(CE) >= sp.N(Hq))
L.step(rounds("0.0851", KL(p3, q3)), note="0.0920")
L.step(True, note="argmin CE = q (Gibbs)"); L.step(True, note="CE(q,q) = H(q)"); L.step(rounds("0.8018", Hq))
a = sp.symbols("a", real=True)
sg = 1 / (1 + sp.exp(-a))
L.define(note="sigma")
L.step(same(sg.subs(a, -a), 1 - sg, positive=False)); L.step(same(sg + sg.subs(a, -a), 0, positive=False))
d = sp.diff(sg, a)
L.step(same(d, sg * (1 - sg), positive=False)); L.step(same(sg * (1 - sg), sg * sg.subs(a, -a), positive=False))
L.define(note="a = 0"); L.step(d.subs(a, 0) == sp.Rational(1, 4))
L.step(same(d, sg * (1 + sg), positive=False))
sp_ = ln(1 + sp.exp(a))
L.step(same(ln(sg), -sp_.subs(a, -a), positive=False)); L.step(same(-sp_.subs(a, -a), -ln(1 + sp.exp(-a)), positive=False))
L.step(same(sp.diff(ln(sg), a), sg, positive=False)); L.step(same(sp.diff(ln(1 - sg), a), -sg, positive=False))
L.step(same(sp.diff(sp_, a), sg, positive=False))
L.step(same(sg.subs(a, ln(p / (1 - p))), p, symbols=[p]) if False else sp.simplify(sg.subs(a, ln(p / (1 - p))) - p) == 0)
L.step(sp.simplify(ln(R("0.8") / R("0.2")) - ln(4)) == 0); L.step(rounds("1.3683", ln(4)))
L.step(same(sp.tanh(a), 2 * sg - 1, positive=False))
s2 = sg.subs(a, 2)
L.step(rounds("0.8808", s2)); L.step(rounds("0.1192", 1 - s2))
L.step(substituted(d.subs(a, 2), lambda u, v: u * v, "~0.8808", "~0.1192")); L.step(rounds("0.1050", R("0.8808") * R("0.1192"), d.subs(a, 2)))
L.define(note="BCE")
yv = sp.symbols("y", real=True)
ell = -yv * ln(sg) - (1 - yv) * ln(1 - sg)
L.step(same(sp.diff(ell, a), sg - yv, positive=False))
L.define(2, "y = 1, a = 2"); L.step(R("0.8808") - 1 == R("-0.1192"))
L.step(same(sp.diff(ell, a), yv - sg, positive=False))
L.done()
