"""Labels for autograder_postmortem_softmax_ce_bits_kl_mutual_info_gaussian_mle_poisson_gamma.tex: a
course staff's blameless postmortem of wrong reference values in a homework autograder (summary, impact,
timeline, each faulty derivation quoted in a shaded "as shipped" box with the corrected derivation after it,
action items, the head TA's audit notes): softmax cross-entropy for logits (2, 1, -0.5) in nats and bits and
the gradient of the loss in bits; relative entropy in bits both ways and the cross-entropy; mutual information
of a 2 x 2 table by the identities and as a relative entropy; the Gaussian MLE of the variance against s^2 and
the maximised log-likelihood; a Poisson-Gamma posterior (mean, mode, variance, shrinkage, predictive); the
stable softmax, a finite-difference check and the softmax Jacobian's first row."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch45/autograder_postmortem_softmax_ce_bits_kl_mutual_info_gaussian_mle_poisson_gamma.tex")
lg2 = lambda v: sp.log(v, 2)
ln2 = sp.log(2)

# ---- Impact
L.step(rounds("0.1745", sp.Rational(37, 212))); L.step(rounds("0.7883", sp.Rational(29, 37)), note="0.7838")

# ---- Part 1
z = [R("2.0"), R("1.0"), R("-0.5")]; y = [1, 0, 0]
L.define(3, "z, c, y")
E = [sp.exp(t) for t in z]; S = sum(E); p = [e / S for e in E]
L.step(rounds("7.3891", E[0])); L.step(rounds("2.7183", E[1])); L.step(rounds("0.6065", E[2]))
L.define(note="S"); L.step(rounds("10.7139", R("7.3891") + R("2.7183") + R("0.6065"), S))
L.define(note="p = softmax(z)")
L.step(all(substituted(p[i], lambda a, b: a / b, "~" + w, "~10.7139") for i, w in enumerate(["7.3891", "2.7183", "0.6065"])))
L.step(rounds("0.6897", p[0]) and rounds("0.2537", p[1]) and rounds("0.0566", p[2]))
Ln = -sp.log(p[0]); Lb = -lg2(p[0])
L.define(note="L_nats"); L.step(substituted(Ln, lambda a: -sp.log(a), "~0.6897")); L.step(rounds("0.3715", -sp.log(R("0.6897")), Ln))
L.define(note="L_bits"); L.step(substituted(Lb, lambda a: a / ln2, "~0.3715")); L.step(rounds("0.5360", R("0.3715") / ln2, Lb))
zs = sp.symbols("z1:4", real=True)
lse = sp.log(sum(sp.exp(t) for t in zs))
Lnats_s = -sp.log(sp.exp(zs[0]) / sum(sp.exp(t) for t in zs))
Lbits_s = Lnats_s / ln2
L.step(same(Lnats_s, -zs[0] + lse, positive=False))
L.step(all(same(sp.diff(Lnats_s, zs[k]), sp.exp(zs[k]) / sum(sp.exp(t) for t in zs) - y[k], positive=False) for k in range(3)))
at = dict(zip(zs, z))
gbits = [sp.diff(Lbits_s, zs[k]).subs(at) for k in range(3)]
gnats = [p[k] - y[k] for k in range(3)]
L.step(all(abs(sp.N(gbits[k] - gnats[k], 30)) < 1e-25 for k in range(3)), note="missing 1/ln 2")
L.step(True, note="p - y written out with the p values")
L.step(R("0.6897") - 1 == R("-0.3103"))
L.step(same(Lnats_s, -zs[0] + lse, positive=False)); L.step(same(Lbits_s, Lnats_s / ln2, positive=False))
L.step(all(abs(sp.N(gbits[k] - gnats[k] / ln2, 30)) < 1e-25 for k in range(3)))
L.step(all(substituted(gbits[k], lambda a, b: a / b, "~" + w, "~0.6931") for k, w in enumerate(["-0.3103", "0.2537", "0.0566"])))
L.step(rounds("-0.4477", R("-0.3103") / R("0.6931"), gbits[0]) and rounds("0.3660", R("0.2537") / R("0.6931"), gbits[1])
       and rounds("0.0817", R("0.0566") / R("0.6931"), gbits[2]))
L.step(same(1 / ln2, lg2(sp.E))); L.step(rounds("1.4427", lg2(sp.E)))
L.step(rounds("-0.4478", R("-0.3103") * R("1.4427"), gbits[0]), note="-0.4477")
L.define(note="harness tolerance"); L.step(R("-0.4477") - R("-0.3103") == R("-0.1374"))
L.step(abs(sp.N(sum(gnats), 30)) < 1e-25); L.step(R("-0.4477") + R("0.3660") + R("0.0817") == 0)

# ---- Part 2(b)
P = [R("0.5"), R("0.3"), R("0.2")]; Q = [R("0.4"), R("0.4"), R("0.2")]
L.define(2, "p, q")
KLpq = sum(a * lg2(a / b) for a, b in zip(P, Q)); KLqp = sum(b * lg2(b / a) for a, b in zip(P, Q))
KLpq_n = sum(a * sp.log(a / b) for a, b in zip(P, Q))
L.define(note="KL in bits, definition")
L.step(same(KLpq, R("0.5") * sp.log(R("1.25")) + R("0.3") * sp.log(R("0.75")) + R("0.2") * sp.log(1)), note="ln for log2")
L.step(substituted(KLpq_n, lambda a, b: R("0.5") * a + R("0.3") * b, "~0.2231", "~-0.2877"))
L.step(rounds("0.0253", R("0.5") * R("0.2231") + R("0.3") * R("-0.2877"), KLpq_n))
L.define(note="KL in bits, definition"); L.step(same(KLpq, R("0.5") * lg2(R("1.25")) + R("0.3") * lg2(R("0.75"))))
L.step(substituted(KLpq, lambda a, b: R("0.5") * a + R("0.3") * b, "~0.3219", "~-0.4150"))
L.step(rounds("0.0365", R("0.5") * R("0.3219") + R("0.3") * R("-0.4150"), KLpq))
L.step(rounds("0.0365", R("0.0253") / ln2))
L.step(same(KLqp, R("0.4") * lg2(R("0.8")) + R("0.4") * lg2(sp.Rational(4, 3))))
L.step(substituted(KLqp, lambda a, b: R("0.4") * a + R("0.4") * b, "~-0.3219", "~0.4150"))
L.step(rounds("0.0372", R("0.4") * R("-0.3219") + R("0.4") * R("0.4150"), KLqp))
L.step(sp.N(KLqp - KLpq) != 0)
Hpq = -sum(a * lg2(b) for a, b in zip(P, Q)); Hp = -sum(a * lg2(a) for a in P)
L.define(note="cross-entropy"); L.step(same(Hpq, R("0.8") * lg2(R("2.5")) + R("0.2") * lg2(5)))
L.step(rounds("1.5219", Hpq)); L.step(rounds("1.4855", Hp)); L.step(rounds("0.0364", R("1.5219") - R("1.4855"), Hpq - Hp))

# ---- Part 2(c)
T = {(0, 0): R("0.35"), (0, 1): R("0.15"), (1, 0): R("0.1"), (1, 1): R("0.4")}
L.define(4, "table")
px = [T[(0, 0)] + T[(0, 1)], T[(1, 0)] + T[(1, 1)]]; py = [T[(0, 0)] + T[(1, 0)], T[(0, 1)] + T[(1, 1)]]
L.step(px == [R("0.5"), R("0.5")]); L.step(py == [R("0.45"), R("0.55")])
ent = lambda ps: -sum(a * lg2(a) for a in ps)
HX, HY, HXY = ent(px), ent(py), ent(T.values())
L.step(sp.simplify(HX - 1) == 0)
L.step(same(HY, -(R("0.45") * lg2(R("0.45")) + R("0.55") * lg2(R("0.55")))))
L.step(substituted(HY, lambda a, b: a + b, "~0.5184", "~0.4744")); L.step(rounds("0.9928", R("0.5184") + R("0.4744"), HY))
L.step(substituted(HXY, lambda a, b, c, d: a + b + c + d, "~0.5301", "~0.4105", "~0.3322", "~0.5288"))
L.step(rounds("1.8016", R("0.5301") + R("0.4105") + R("0.3322") + R("0.5288"), HXY))
HXgY = HXY - HY; HYgX = HXY - HX; I = HX + HY - HXY
L.step(True, note="chain rule"); L.step(rounds("0.8088", HXgY))
L.step(same(I, HY - HXgY), note="H(X) - H(X|Y)")
L.step(substituted(HY - HXgY, lambda a, b: a - b, "~0.9928", "~0.8088")); L.step(R("0.9928") - R("0.8088") == R("0.1840"))
L.step(same(I, HX - HXgY)); L.step(same(HX - HXgY, HY - HYgX)); L.step(same(HY - HYgX, HX + HY - HXY))
L.step(substituted(I, lambda a: 1 - a, "~0.8088")); L.step(rounds("0.1912", 1 - R("0.8088"), I))
L.step(substituted(HYgX, lambda a: a - 1, "~1.8016")); L.step(R("1.8016") - 1 == R("0.8016"))
L.step(rounds("0.1912", R("0.9928") - R("0.8016")))
L.step(substituted(I * ln2, lambda a: a * ln2, "~0.1912")); L.step(rounds("0.1326", R("0.1912") * ln2, I * ln2), note="0.1325")

# ---- Part 3(a): Gaussian MLE
x = [R(t) for t in ["2.1", "3.4", "1.9", "2.8", "3.3"]]; n = 5
L.define(2, "data, n")
mu, s2 = sp.symbols("mu sigma2", positive=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((t - mu) ** 2 for t in x) / (2 * s2)
sol = sp.solve([sp.diff(ell, mu), sp.diff(ell, s2)], [mu, s2], dict=True)[0]
muhat, s2hat = sol[mu], sol[s2]
L.step(muhat == sum(x) / n); L.step(sum(x) / n == R("13.5") / 5); L.step(muhat == R("2.7"))
SS = sum((t - muhat) ** 2 for t in x)
L.step(SS == R("1.86"))
L.step(s2hat == SS / (n - 1), note="1/n"); L.step(SS / (n - 1) == R("1.86") / 4); L.step(R("1.86") / 4 == R("0.465"))
ellmax = ell.subs({mu: muhat, s2: s2hat})
L.step(same(ellmax, -sp.Rational(n, 2) * (sp.log(2 * sp.pi * s2hat) + 1)))
L.step(substituted(ellmax, lambda v: -R("2.5") * (sp.log(2 * sp.pi * v) + 1), "~0.465"), carried=True)
L.step(substituted(-R("2.5") * (sp.log(2 * sp.pi * R("0.465")) + 1), lambda a: -R("2.5") * (a + 1), "~1.0722"))
L.step(rounds("-5.1805", -R("2.5") * (R("1.0722") + 1)))
L.define(note="ell(mu, sigma^2)")
xs = sp.symbols("x1:6", real=True)
ell_s = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((t - mu) ** 2 for t in xs) / (2 * s2)
L.step(same(sp.diff(ell_s, mu), sum(t - mu for t in xs) / s2, positive=False))
L.step(same(sp.diff(ell_s, s2), sp.Rational(n, 2) / s2 - sum((t - mu) ** 2 for t in xs) / (2 * s2 ** 2), positive=False), note="sign")
L.step(muhat == sum(x) / n); L.step(s2hat == SS / n); L.step(s2hat == R("1.86") / 5); L.step(s2hat == R("0.372"))
L.step(same(ellmax, -R("2.5") * (sp.log(2 * sp.pi * R("0.372")) + 1)))
L.step(substituted(ellmax, lambda a: -R("2.5") * (a + 1), "~0.8490")); L.step(rounds("-4.6225", -R("2.5") * (R("0.8490") + 1), ellmax))
s2u = SS / (n - 1)
L.step(s2hat == sp.Rational(n - 1, n) * s2u); L.step(sp.Rational(n - 1, n) * s2u == R("0.8") * R("0.465")); L.step(R("0.8") * R("0.465") == R("0.372"))
# E[sigma-hat^2] = (n-1)/n sigma^2 for a normal sample of n = 5, by sympy.stats
from sympy.stats import Normal, E as Ex  # noqa: E402
sg = sp.symbols("sg", positive=True)
Xs = [Normal(f"X{i}", 0, sg) for i in range(n)]
mX = sum(Xs) / n
Es2hat = sp.simplify(Ex(sp.expand(sum((Xi - mX) ** 2 for Xi in Xs) / n)))
L.step(sp.simplify(Es2hat - sp.Rational(n - 1, n) * sg ** 2) == 0)

# ---- Part 4: Poisson-Gamma
k = [3, 5, 2, 4]; nk = len(k); Sk = sum(k); al, be = 2, 1
L.define(2, "k, n"); L.step(Sk == 14); L.define(2, "alpha, beta")
lam = sp.symbols("lambda", positive=True)
post = sp.prod([lam ** ki * sp.exp(-lam) for ki in k]) * lam ** (al - 1) * sp.exp(-be * lam)
L.step(same(post / (lam ** 14 * sp.exp(-4 * lam) * lam * sp.exp(-lam)), 1))
L.step(same(lam ** 14 * sp.exp(-4 * lam) * lam * sp.exp(-lam), lam ** 15 * sp.exp(-5 * lam)))
an, bn = al + Sk, be + nk
Z = sp.integrate(post, (lam, 0, sp.oo))
pm = sp.integrate(lam * post, (lam, 0, sp.oo)) / Z
pv = sp.integrate(lam ** 2 * post, (lam, 0, sp.oo)) / Z - pm ** 2
pmode = sp.solve(sp.diff(sp.log(post), lam), lam)[0]
L.step(pm == sp.Rational(16, 5)); L.step(sp.Rational(16, 5) == R("3.2")); L.step(pmode == sp.Rational(16 - 1, 5) and pmode == 3)
L.step(pv == sp.Rational(an, bn), note="alpha_n / beta_n^2"); L.step(sp.Rational(an, bn) == sp.Rational(16, 5)); L.step(sp.Rational(16, 5) == R("3.2"))
L.step(sp.sqrt(pv) == sp.sqrt(R("3.2")), carried=True); L.step(rounds("1.7889", sp.sqrt(R("3.2"))))
L.step(pv == sp.Rational(16, 25)); L.step(sp.Rational(16, 25) == R("0.64")); L.step(sp.sqrt(pv) == sp.sqrt(R("0.64"))); L.step(sp.sqrt(R("0.64")) == R("0.8"))
lhat = sp.Rational(Sk, nk)
L.step(lhat == sp.Rational(14, 4)); L.step(lhat == R("3.5"))
L.step(pm == sp.Rational(be, be + nk) * sp.Rational(al, be) + sp.Rational(nk, be + nk) * lhat)
L.step(pm == R("0.2") * 2 + R("0.8") * R("3.5")); L.step(R("0.2") * 2 + R("0.8") * R("3.5") == R("0.4") + R("2.8")); L.step(R("0.4") + R("2.8") == R("3.2"))
pred0 = sp.integrate(sp.exp(-lam) * post, (lam, 0, sp.oo)) / Z
L.step(pred0 == sp.Rational(bn, bn + 1) ** an); L.step(pred0 == sp.Rational(5, 6) ** 16); L.step(rounds("0.0541", pred0))

# ---- Appendix A.1
L.step(max(z) == 2); L.step([t - 2 for t in z] == [0, -1, R("-2.5")])
L.step(rounds("0.3679", sp.exp(-1))); L.step(rounds("0.0821", sp.exp(R("-2.5")))); L.step(rounds("1.4500", 1 + R("0.3679") + R("0.0821")))
# 1.45 = 1 + 0.3679 + 0.0821: substitutions traced to the two rounded exponentials
L.step(substituted(p[0], lambda a, b: 1 / (1 + a + b), "~0.3679", "~0.0821")); L.step(rounds("0.6897", 1 / R("1.45")))
L.step(substituted(p[1], lambda a, b: a / (1 + a + b), "~0.3679", "~0.0821")); L.step(rounds("0.2537", R("0.3679") / R("1.45")))
L.step(substituted(p[2], lambda a, b: b / (1 + a + b), "~0.3679", "~0.0821")); L.step(rounds("0.0566", R("0.0821") / R("1.45")))
lse_v = sp.log(S)
L.step(same(lse_v, 2 + sp.log(sum(sp.exp(t - 2) for t in z))) and substituted(lse_v, lambda a, b: 2 + sp.log(1 + a + b), "~0.3679", "~0.0821"))
L.step(rounds("0.3716", sp.log(R("1.45"))))
L.step(2 + R("0.3716") == R("2.3716"))
L.step(same(Ln, lse_v - z[0])); L.step(rounds("0.3716", R("2.3716") - 2, Ln))
# A.2
h = R("0.001")
L.define(note="h")
L.step(rounds("0.5355700", Lbits_s.subs({**at, zs[0]: z[0] + h}))); L.step(rounds("0.5364654", Lbits_s.subs({**at, zs[0]: z[0] - h})))
L.step(rounds("-0.4477", (R("0.5355700") - R("0.5364654")) / R("0.002")))
L.step(abs(R("-0.4477") - R("-0.3103")) == R("0.1374")); L.step(R("0.1374") > sp.Rational(1, 1000))
# A.3
pz = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
J1 = [sp.diff(pz[0], zs[j]).subs(at) for j in range(3)]
L.step(all(abs(sp.N(J1[j] - p[0] * (y[j] - p[j]), 30)) < 1e-25 for j in range(3)))
L.step(abs(sp.N(J1[0] - p[0] * (1 - p[0]), 30)) < 1e-25)
L.step(substituted(J1[0], lambda a, b: a * b, "~0.6897", "~0.3103")); L.step(rounds("0.2140", R("0.6897") * R("0.3103"), J1[0]))
L.step(abs(sp.N(J1[1] + p[0] * p[1], 30)) < 1e-25)
L.step(substituted(J1[1], lambda a, b: -a * b, "~0.6897", "~0.2537")); L.step(rounds("-0.1750", -R("0.6897") * R("0.2537"), J1[1]))
L.step(abs(sp.N(J1[2] + p[0] * p[2], 30)) < 1e-25)
L.step(substituted(J1[2], lambda a, b: -a * b, "~0.6897", "~0.0566")); L.step(rounds("-0.0309", -R("0.6897") * R("0.0566"), J1[2]), note="-0.0390")
L.step(substituted(sum(J1), lambda a, b, c: a + b + c, "~0.2140", "~-0.1750", "~-0.0309"), carried=True)
L.step(R("0.2140") - R("0.1750") - R("0.0309") == R("0.0081"))
L.step(rounds("-0.0390", -R("0.6897") * R("0.0566"))); L.step(R("0.2140") - R("0.1750") - R("0.0390") == 0)
# A.4
L.define(note="sigma^2 = 0.465")
ell465 = ell.subs({mu: R("2.7"), s2: R("0.465")})
L.step(same(ell465, -R("2.5") * sp.log(2 * sp.pi * R("0.465")) - R("1.86") / (2 * R("0.465"))))
L.step(substituted(ell465, lambda a: -R("2.5") * a - 2, "~1.0722"))      # -2.6805 = -2.5 x 1.0722 from Part 3
L.step(rounds("-4.6805", R("-2.6805") - 2, ell465)); L.step(R("-4.6805") < R("-4.6225"))
L.step(sp.simplify(Es2hat - sg ** 2 + sg ** 2 / n) == 0)
L.step(sp.simplify(-sg ** 2 / n - R("-0.2") * sg ** 2) == 0)
# A.5
Ikl = sum(T[(a, b)] * lg2(T[(a, b)] / (px[a] * py[b])) for a in range(2) for b in range(2))
L.step(same(Ikl, I)); L.step(True, note="KL written as the sum")
L.step({px[a] * py[b] for a in range(2) for b in range(2)} == {R("0.225"), R("0.275")})
terms = {(a, b): T[(a, b)] * lg2(T[(a, b)] / (px[a] * py[b])) for a in range(2) for b in range(2)}
L.step(substituted(terms[(0, 0)], lambda v: R("0.35") * v, "~0.6374")); L.step(rounds("0.2231", R("0.35") * R("0.6374"), terms[(0, 0)]))
L.step(substituted(terms[(0, 1)], lambda v: R("0.15") * v, "~-0.8745")); L.step(rounds("-0.1312", R("0.15") * R("-0.8745"), terms[(0, 1)]))
L.step(substituted(terms[(1, 0)], lambda v: R("0.1") * v, "~-1.1699")); L.step(rounds("-0.1170", R("0.1") * R("-1.1699"), terms[(1, 0)]))
L.step(substituted(terms[(1, 1)], lambda v: R("0.4") * v, "~0.5406")); L.step(rounds("0.2126", R("0.4") * R("0.5406"), terms[(1, 1)]), note="0.2162")
L.step(substituted(I, lambda a, b, c, d: a + b + c + d, "~0.2231", "~-0.1312", "~-0.1170", "~0.2126"), carried=True)
L.step(R("0.2231") - R("0.1312") - R("0.1170") + R("0.2126") == R("0.1875"))
L.step(rounds("0.2162", R("0.4") * R("0.5406")))
L.step(substituted(I, lambda a, b, c, d: a + b + c + d, "~0.2231", "~-0.1312", "~-0.1170", "~0.2162"))
L.step(R("0.2231") - R("0.1312") - R("0.1170") + R("0.2162") == R("0.1911"))
# A.6
pk = lambda j: sp.integrate(sp.exp(-lam) * lam ** j / sp.factorial(j) * post, (lam, 0, sp.oo)) / Z
Ek = pm                                       # E[k_new | k] = E[lambda | k] (tower rule)
Vk = pm + pv                                  # total variance: E[Var] + Var[E] = E[lambda] + Var(lambda)
L.step(Ek == pm); L.step(Ek == R("3.2"))
L.step(Vk == R("3.2") + R("0.64")); L.step(R("3.2") + R("0.64") == R("3.84")); L.step(rounds("1.9596", sp.sqrt(R("3.84"))))
L.step(sp.simplify(pk(1) - an * sp.Rational(5, 6) ** 16 / 6) == 0)
L.step(substituted(pk(1), lambda a: 16 * a / 6, "~0.0541")); L.step(rounds("0.1443", 16 * R("0.0541") / 6))
L.done()
