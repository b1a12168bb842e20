"""Labels for llncs_reproducibility_report_label_smoothing.tex: a student reproducibility report in the
Springer `llncs` class, quoting a paper's numbered equations (`\\label`/`\\eqref`) and re-deriving them:
label smoothing (gradient, entropy + KL decomposition, optimal logit gap), a worked softmax example, a
reliability-diagram ECE, temperature scaling, focal loss. A quoted formula is a claim like any other. Wrong:
ln 91 = 4.1109; the paper's Eq. (4) without (1 - eps) and eps ln K; 0.0333 x 3.2413 = 0.1709 in the report's
first pass (carried into the KL); the paper's ECE 0.07; the paper's d ell/dT with the sign flipped (carried
into its value); the paper's focal-loss derivative with the sign of the first term flipped."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/llncs_reproducibility_report_label_smoothing.tex")
K = 3
z = sp.symbols("z1:4", real=True)
eps = sp.symbols("epsilon", positive=True)
yt = [(1 - eps) + eps / K, eps / K, eps / K]                     # true class 1
P = [sp.exp(t) / sum(sp.exp(u) for u in z) for t in z]
Ls = -sum(a * sp.log(b) for a, b in zip(yt, P))
L.define(3, "targets, L, p")
L.step(all(same(sp.diff(Ls, z[k]), P[k] - yt[k], positive=False) for k in range(K)))
L.step(sp.simplify(sum(yt) - 1) == 0)
L.step(all(same(sp.diff(sp.log(sum(sp.exp(u) for u in z)), z[k]), P[k], positive=False) for k in range(K)))
H = lambda q: -sum(t * sp.log(t) for t in q)
KLd = lambda q, r: sum(a * sp.log(a / b) for a, b in zip(q, r))
L.step(same(Ls, H(yt) + KLd(yt, P), positive=True))
L.define(note="p = y~ (the minimiser)")
Kk = sp.symbols("K", positive=True)
L.step(True, note="p = y~ gives z_y - z_k = ln(y~_y / y~_k)")
L.define(2, "K = 10, eps = 0.1")
L.step(rounds("4.1109", sp.log(91)), note="4.5109")
ytt = [R("0.91")] + [R("0.01")] * 9
L.step(sp.simplify(H(ytt) - (-(R("0.91") * sp.log(R("0.91")) + 9 * R("0.01") * sp.log(R("0.01"))))) == 0)
L.step(rounds("0.0858", -R("0.91") * sp.log(R("0.91"))) and rounds("0.4145", -R("0.09") * sp.log(R("0.01"))))
L.step(rounds("0.5003", H(ytt)))
gap = sp.log((1 - eps + eps / Kk) / (eps / Kk))
L.step(sp.limit(gap.subs(Kk, 10), eps, 0, "+") == sp.oo); L.define(note="eps = 1"); L.step(gap.subs(eps, 1) == 0)
# Eq. (4)
y1 = [1, 0, 0]; u = [sp.Rational(1, K)] * K
CE = lambda q: -sum(a * sp.log(b) for a, b in zip(q, P))
L.step(same(Ls, CE(y1) + eps * KLd(u, P)), note="(1 - eps) CE + eps KL + eps ln K")
L.step(same(Ls, (1 - eps) * CE(y1) + eps * CE(u)))
L.step(same((1 - eps) * CE(y1) + eps * CE(u), (1 - eps) * CE(y1) + eps * KLd(u, P) + eps * sp.log(K)))
# worked example
L.define(4, "K, z, y, eps")
zv = {z[0]: 2, z[1]: R("0.5"), z[2]: -1}
ev = {eps: R("0.1")}
ytv = [t.subs(ev) for t in yt]
L.step(rounds("0.9333", ytv[0]) and rounds("0.0333", ytv[1]))
pv = [t.subs(zv) for t in P]
L.step(all(rounds(w, t) for w, t in zip(("0.7856", "0.1753", "0.0391"), pv)))
L.step(all(rounds(w, -sp.log(t)) for w, t in zip(("0.2413", "1.7413", "3.2413"), pv)))
L.step(all(rounds(w, a - b) for w, a, b in zip(("-0.1477", "0.1420", "0.0058"), pv, ytv)))
L.step(R("-0.1477") + R("0.1420") + R("0.0058") == R("0.0001"))
Lv = Ls.subs(zv).subs(ev)
L.step(substituted(Lv, lambda a, b, c, d, e, f: a * b + c * d + e * f, "~0.9333", "~0.2413", "~0.0333", "~1.7413", "~0.0333", "~3.2413"))
L.step(rounds("0.2252", R("0.9333") * R("0.2413")) and rounds("0.0580", R("0.0333") * R("1.7413"))
       and rounds("0.1709", R("0.0333") * R("3.2413")), note="0.1079")
L.step(R("0.2252") + R("0.0580") + R("0.1709") == R("0.4541"))
Hv = H(ytv)
L.step(substituted(Hv, lambda a, b: -(a * sp.log(a) + 2 * b * sp.log(b)), "~0.9333", "~0.0333")); L.step(rounds("0.2911", Hv))
L.step(True, note="KL = L - H by Eq. (3)")
L.step(substituted(Lv - Hv, lambda a, b: a - b, "~0.4541", "~0.2911"), carried=True); L.step(R("0.4541") - R("0.2911") == R("0.1630"))
L.step(rounds("0.1079", R("0.0333") * R("3.2413"))); L.step(rounds("0.3913", Lv)); L.step(rounds("0.1002", Lv - Hv))
# ECE
L.step(True, note="ECE = sum n_b/n |acc - conf| = 0.4 x 0.05 + 0.6 x 0.1")
ece = R("0.4") * abs(R("0.85") - R("0.90")) + R("0.6") * abs(R("0.60") - R("0.70"))
L.step(ece == R("0.07"), note="0.08")
L.step(R("0.02") + R("0.06") == R("0.08") == ece); L.step(R("0.90") > R("0.85")); L.step(R("0.70") > R("0.60"))
# temperature
T = sp.symbols("T", positive=True)
zy = sp.symbols("zy", real=True)
L.define(2, "p(T), ell(T)")
ell = -z[0] / T + sp.log(sum(sp.exp(t / T) for t in z))
PT = [sp.exp(t / T) / sum(sp.exp(u / T) for u in z) for t in z]
dT = sp.diff(ell, T)
L.step(same(dT, (sum(a * b for a, b in zip(PT, z)) - z[0]) / T ** 2), note="z_y - E_p z")
L.step(same(ell, -sp.log(PT[0]), positive=False))
L.step(same(dT, z[0] / T ** 2 - sum(a * b for a, b in zip(PT, z)) / T ** 2))
L.step(same(z[0] / T ** 2 - sum(a * b for a, b in zip(PT, z)) / T ** 2, (z[0] - sum(a * b for a, b in zip(PT, z))) / T ** 2))
L.define(note="T = 2")
pT = [t.subs(zv).subs(T, 2) for t in PT]
L.step(all(rounds(w, t) for w, t in zip(("0.5898", "0.2786", "0.1316"), pT)))
Ez = sum(a * b.subs(zv) for a, b in zip(pT, z))
L.step(substituted(Ez, lambda a, b, c: 2 * a + R("0.5") * b - c, "~0.5898", "~0.2786", "~0.1316")
       and rounds("1.1796", 2 * R("0.5898")) and rounds("0.1393", R("0.5") * R("0.2786")))
L.step(R("1.1796") + R("0.1393") - R("0.1316") == R("1.1873"))
dTv = dT.subs(zv).subs(T, 2)
L.step(substituted(dTv, lambda a: (a - 2) / 4, "~1.1873"), carried=True); L.step(rounds("-0.2032", (R("1.1873") - 2) / 4))
L.step(True, note="z_y is the largest logit, so it exceeds any average of the logits"); L.define(note="T > 0")
# focal loss
p, g = sp.symbols("p gamma", positive=True)
FL = -(1 - p) ** g * sp.log(p)
L.define(note="FL")
L.step(all(abs(sp.N((sp.diff(FL, p) - (-g * (1 - p) ** (g - 1) * sp.log(p) - (1 - p) ** g / p)).subs({p: pv_, g: gv_}))) < 1e-20
           for pv_, gv_ in ((R("0.3"), 2), (R("0.6"), R("1.5")))), note="+gamma")
L.step(all(abs(sp.N((sp.diff(FL, p) - (g * (1 - p) ** (g - 1) * sp.log(p) - (1 - p) ** g / p)).subs({p: pv_, g: gv_}))) < 1e-20
           for pv_, gv_ in ((R("0.3"), 2), (R("0.6"), R("1.5")))))
L.define(2, "p = 0.9, gamma = 2")
paper = -R("0.2") * sp.log(R("0.9")) - R("0.01") / R("0.9")
L.step(rounds("0.0211", -R("0.2") * sp.log(R("0.9"))) and rounds("0.0111", R("0.01") / R("0.9")))
L.step(rounds("0.0100", paper) and R("0.0211") - R("0.0111") == R("0.0100")); L.step(paper > 0)
true = R("0.2") * sp.log(R("0.9")) - R("0.01") / R("0.9")
L.step(sp.N(true - sp.diff(FL, p).subs({p: R("0.9"), g: 2})) == 0 and rounds("-0.0211", R("0.2") * sp.log(R("0.9"))))
L.step(R("-0.0211") - R("0.0111") == R("-0.0322") and rounds("-0.0322", true)); L.step(true < 0)
L.define(note="gamma = 0"); L.step(same(sp.diff(-sp.log(p), p), -1 / p))
# mixup
from sympy.stats import Beta as BetaRV, E as Ex, variance  # noqa: E402
al = sp.symbols("alpha", positive=True)
lam = BetaRV("lam", al, al)
L.step(sp.simplify(Ex(lam) - sp.Rational(1, 2)) == 0); L.step(sp.simplify(variance(lam) - 1 / (4 * (2 * al + 1))) == 0)
L.define(note="alpha = 0.2")
V = (1 / (4 * (2 * al + 1))).subs(al, R("0.2"))
L.step(rounds("0.2778", V), note="0.1786")
L.step(rounds("0.5271", sp.sqrt(R("0.2778"))))
L.step(sp.simplify(Ex(lam * (1 - lam)) - (sp.Rational(1, 4) - variance(lam))) == 0)
L.step(substituted(sp.Rational(1, 4) - V, lambda q: R("0.25") - q, "~0.2778"), carried=True)
L.step(R("0.25") - R("0.2778") == R("-0.0278"))
L.step(V == 1 / (4 * R("1.4")) and rounds("0.1786", V)); L.step(rounds("0.0714", sp.Rational(1, 4) - V))
L.done()
