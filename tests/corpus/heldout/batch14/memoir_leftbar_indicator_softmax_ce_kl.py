"""Labels for memoir_leftbar_indicator_softmax_ce_kl.tex: `memoir` chapter with `framed`'s `leftbar` for a
student's answers, `\\mathbbm{1}` / `\\mathbf{1}` / `\\mathbf{e}_y` indicator notation and
`\\operatorname*{arg\\,max}`: softmax and cross-entropy on three logits, its gradient and Jacobian, temperature,
two-class reduction, KL to a one-hot target and to the uniform, and accuracy as a mean of indicators."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted, same  # noqa: E402

L = Labels("batch14/memoir_leftbar_indicator_softmax_ce_kl.tex")
sm = lambda zs: [sp.exp(v) / sum(sp.exp(u) for u in zs) for v in zs]
L.define(); L.define(); L.step(True, note="-sum 1[y=k] log p_k = -log p_y"); L.define()
z = sp.symbols("z1:4", real=True); P = sm(list(z))
L.step(all(sp.simplify(sp.diff(P[i], z[j]) - P[i] * ((1 if i == j else 0) - P[j])) == 0 for i in range(3) for j in range(3)))
L.define(3)
zs = [R("2.0"), R("1.0"), R("-1.0")]; p = sm(zs); Z = sum(sp.exp(v) for v in zs)
L.step(rounds("7.38906", sp.exp(2))); L.step(rounds("2.71828", sp.E)); L.step(rounds("0.36788", sp.exp(-1)))
L.step(rounds("10.47522", Z) and R("7.38906") + R("2.71828") + R("0.36788") == R("10.47522"))
L.step(all(rounds(w, v) for w, v in zip(("0.7054", "0.2595", "0.0351"), p)))
L.step(True); L.step(rounds("0.3490", -sp.log(p[0]))); L.step(max(range(3), key=lambda i: p[i]) == 0); L.step(True, note="= y")
g = [p[k] - (1 if k == 0 else 0) for k in range(3)]
L.step(False, note="sign: p_k - 1[k = y]")
L.step(all(rounds(w, v) for w, v in zip(("0.2946", "-0.2595", "-0.0351"), g)),
       carried=all(rounds(w, -v) for w, v in zip(("0.2946", "-0.2595", "-0.0351"), g)))
L.step(sp.simplify(sum(g)) == 0)
L.step(substituted(p[0] * (1 - p[0]), lambda a, b: a * b, "~0.7054", "~0.2946")); L.step(rounds("0.2078", p[0] * (1 - p[0])))
L.step(substituted(-p[0] * p[1], lambda a, b: -a * b, "~0.7054", "~0.2595")); L.step(rounds("-0.1830", -p[0] * p[1]))
L.step(sp.simplify(P[0] / P[1] - sp.exp(z[0] - z[1])) == 0); L.step(sp.exp(zs[0] - zs[1]) == sp.E); L.step(rounds("2.7813", sp.E), note="2.7183")
L.define(note="rule")
L.step(zs[0] - R("0.5") * g[0] == R("2.0") - R("0.1473"), carried=R("0.5") * R("0.2946") == R("0.1473")); L.step(R("2.0") - R("0.1473") == R("1.8527"))
L.step(all(rounds(w, v) for w, v in zip(("-0.2946", "0.2595", "0.0351"), g)))
L.step(substituted(zs[0] - R("0.5") * g[0], lambda a: R("2.0") + a, "~0.1473")); L.step(R("2.0") + R("0.1473") == R("2.1473"))
L.step(same(-sp.log(P[0]), sp.log(sum(sp.exp(v) for v in z)) - z[0], positive=False))
L.step(substituted(-sp.log(p[0]), lambda a: sp.log(a) - 2, "~10.47522")); L.step(rounds("0.3490", sp.log(R("10.47522")) - 2))
L.define(note="T = 2"); L.step([v / 2 for v in zs] == [R("1.0"), R("0.5"), R("-0.5")])
pT = sm([v / 2 for v in zs])
L.step(rounds("4.9735", sum(sp.exp(v / 2) for v in zs)) and all(rounds(w, v) for w, v in zip(("0.5465", "0.3315", "0.1220"), pT)))
L.step(sp.Abs(pT[0] - p[0] / 2) < R("0.01"), note="0.5466 vs 0.3527")
L.step(all(sp.Abs(a - b ** 2) < 1e-9 for a, b in zip(sm([2 * v for v in zs]), p)), note="not normalised")
c = R("0.7"); L.step(all(sp.simplify(a - b) == 0 for a, b in zip(sm([v + c for v in zs]), p)))
z1, z2 = sp.symbols("a b", real=True); p2 = sm([z1, z2])[0]; sig = lambda t: 1 / (1 + sp.exp(-t))
L.step(same(p2, sig(z1 - z2), positive=False)); L.step(same(p2, sig(z1), positive=False), note="only when z2 = 0")
L.define(note="z = (0.5, 0)"); L.step(sp.simplify(sm([R("0.5"), 0])[0] - sig(R("0.5"))) == 0); L.step(rounds("0.6225", sig(R("0.5"))))
Tt = sp.symbols("T", positive=True); pT1 = sm([v / Tt for v in zs])[0]
L.step(sp.limit(pT1, Tt, 0, "+") == 1); L.step(sp.limit(pT1, Tt, sp.oo) == sp.Rational(1, 2), note="1/3")
eps_ = R("0.1"); q = [(1 - eps_) * (1 if k == 0 else 0) + eps_ / 3 for k in range(3)]; qw = [R("0.9"), R("0.05"), R("0.05")]
L.define(note="epsilon"); L.define(note="q :=")
L.step(q == qw, note="(0.9333, 0.0333, 0.0333)")
L.step(True, note="gradient of -sum q log p is p - q")
gq = [a - b for a, b in zip(p, q)]
L.step(all(rounds(w, v) for w, v in zip(("-0.1946", "0.2095", "-0.0149"), gq)),
       carried=all(rounds(w, a - b) for w, a, b in zip(("-0.1946", "0.2095", "-0.0149"), (R("0.7054"), R("0.2595"), R("0.0351")), qw)))
L.step(sp.simplify(sum(gq)) == 0)
L.define(note="L_eps definition")
Leps = -sum(a * sp.log(b) for a, b in zip(q, p))
L.step(substituted(Leps, lambda a, b, c_: R("0.9") * a + R("0.05") * b + R("0.05") * c_, "~0.3490", "~1.3490", "~3.3490"), carried=True)
L.step(rounds("0.5490", R("0.9") * R("0.3490") + R("0.05") * R("1.3490") + R("0.05") * R("3.3490")))
L.define(note="q = e_y"); L.step(True, note="KL definition"); L.step(True, note="only the y term survives"); L.step(True, note="= L")
H = -sum(v * sp.log(v) for v in p)
L.define(note="entropy definition")
L.step(substituted(H, lambda a, b, c_, d, e, f: a * d + b * e + c_ * f, "~0.7054", "~0.2595", "~0.0351", "~0.3490", "~1.3490", "~3.3490"))
L.step(rounds("0.7138", R("0.7054") * R("0.3490") + R("0.2595") * R("1.3490") + R("0.0351") * R("3.3490")))
L.define(note="u")
KL = sum(v * sp.log(3 * v) for v in p)
L.step(True, note="definition with u = 1/3"); L.step(sp.Abs(KL - (sp.log(3) - H)) < 1e-25)
L.step(substituted(sp.log(3) - H, lambda a, b: a - b, "~1.0986", "~0.7183"), note="H copied as 0.7183")
L.step(R("1.0986") - R("0.7183") == R("0.3803"))
L.step(KL < sp.log(3) / 2); L.step(rounds("0.5493", sp.log(3) / 2))
Ku = sum(sp.Rational(1, 3) * sp.log(sp.Rational(1, 3) / v) for v in p)
L.step(sp.Abs(Ku - (-sp.log(3) - sum(sp.log(v) for v in p) / 3)) < 1e-25)
L.step(substituted(Ku, lambda a_, b_, c_, d_: -a_ + (b_ + c_ + d_) / 3, "~1.0986", "~0.3490", "~1.3490", "~3.3490")); L.step(rounds("0.5837", -R("1.0986") + (R("0.3490") + R("1.3490") + R("3.3490")) / 3))
TV = sum(abs(v - sp.Rational(1, 3)) for v in p) / 2
L.step(TV <= sp.sqrt(KL / 2)); L.step(substituted(sp.sqrt(KL / 2), lambda a_: sp.sqrt(a_ / 2), "~0.3803"), carried=True); L.step(rounds("0.4361", sp.sqrt(R("0.3803") / 2)))
L.step(True, note="TV definition"); L.step(rounds("0.3721", TV))
L.define(note="predictions and labels")
L.define(note="acc"); L.step(True); L.step(sp.Rational(3, 4) == R("0.75")); L.define(note="err"); L.step(1 - R("0.75") == R("0.25"))
L.step(R("0.25") / R("0.75") == sp.Rational(1, 3)); L.define(note="P(y = k) = pi_k"); L.step(True, note="E of an indicator")
L.step(rounds("-0.2946", g[0]) and True); L.step(R("0.7054") - 1 == R("-0.2946"))
L.step(False, note="1[2 = y] = 0"); L.step(R("0.2595") - 1 == R("-0.7405"))
L.done()
