"""Labels for espanol_coma_decimal_mle_gaussiana_varianza.tex: a Spanish solution sheet with decimal
commas (`icomma`, `;` between data): the Gaussian MLE of (mu, sigma^2) on four data, the shortcut formula,
the unbiased estimator and its bias, a professor's remark, and E/Var of a three-point distribution and of
3X - 2, sums of copies, median, E[e^X]."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R as R_, rounds as rounds_, same  # noqa: E402

R = lambda s: R_(s.replace(",", "."))
rounds = lambda w, *v, **kw: rounds_(w.replace(",", "."), *v, **kw)
L = Labels("batch14/espanol_coma_decimal_mle_gaussiana_varianza.tex")
xs = [R("2,0"), R("3,5"), R("1,5"), R("3,0")]; n = 4
L.define(2)
mu, s2 = sp.symbols("mu s2", positive=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((x - mu) ** 2 for x in xs) / (2 * s2)
L.step(True, note="Gaussian log-likelihood")
L.step(same(sp.diff(ell, mu), sum(x - mu for x in xs) / s2)); L.define(note="= 0")
mh = sp.solve(sp.diff(ell, mu), mu)[0]
L.step(mh == sum(xs) / n); L.step(sum(xs) == R("10,0")); L.step(mh == R("2,5"))
L.step(same(sp.diff(ell, s2), -n / s2 + sum((x - mu) ** 2 for x in xs) / s2 ** 2), note="factor 1/2 dropped on both terms")
L.define(note="= 0")
sh = sp.solve(sp.diff(ell, s2).subs(mu, mh), s2)[0]
SS = sum((x - mh) ** 2 for x in xs)
L.step(sh == SS / n)
L.step(SS == R("2,5")); L.step(True); L.step(sh == R("0,625")); L.step(True); L.step(rounds("0,7906", sp.sqrt(sh)))
Sx2 = sum(x ** 2 for x in xs)
L.step(Sx2 == 4 + R("12,25") + R("2,25") + 9); L.step(Sx2 == R("27,5"))
L.step(SS == Sx2 + 2 * mh * sum(xs) + n * mh ** 2, note="sign inside the square")
L.step(Sx2 + 2 * mh * sum(xs) + n * mh ** 2 == Sx2 - n * mh ** 2, note="between the members")
L.step(Sx2 - n * mh ** 2 == R("27,5") - 4 * R("6,25")); L.step(R("27,5") - 4 * R("6,25") == R("2,5"))
s2u = SS / (n - 1)
L.step(s2u == R("2,5") / 3); L.step(rounds("0,8333", s2u)); L.step(sh / s2u == sp.Rational(n - 1, n)); L.step(sp.Rational(3, 4) == R("0,75"))
L.step(True, note="E[sigma_hat^2] = (n-1)/n sigma^2"); L.define(note="n = 4")
m = sp.symbols("m", positive=True); L.step(sp.limit((m - 1) / m, m, sp.oo) == 1)
L.step(s2u == R("2,5") / 5, note="n - 1"); L.step(R("2,5") / 5 == R("0,5"))
L.step(sh / s2u == R("0,625") / R("0,5"), carried=True); L.step(R("0,625") / R("0,5") == R("1,25"))
L.define(3)
pm = {0: R("0,2"), 1: R("0,5"), 3: R("0,3")}
EX = sum(v * p for v, p in pm.items()); EX2 = sum(v ** 2 * p for v, p in pm.items()); V = EX2 - EX ** 2
L.step(True); L.step(EX == R("1,4")); L.step(EX2 == R("0,5") + 9 * R("0,3")); L.step(EX2 == R("3,2"))
L.step(True); L.step(V == R("3,2") - R("1,96")); L.step(V == R("1,24"))
L.define(note="Y")
L.step(3 * EX - 2 == 3 * R("1,4") - 2); L.step(3 * EX - 2 == R("2,2"))
L.step(True, note="Var(aX + b) = a^2 Var X"); L.step(9 * V == 9 * R("1,42"), note="1,24 copied as 1,42"); L.step(9 * R("1,42") == R("12,78"))
L.step(rounds("3,5749", sp.sqrt(9 * V)), carried=True); L.step(rounds("3,5749", sp.sqrt(R("12,78")))); L.step(rounds("3,5749", 3 * sp.sqrt(R("1,42"))))
L.step(True, note="independent"); L.step(2 * V == R("2,48")); L.step(True); L.step(4 * V == R("4,96"))
L.step(True, note="independent"); L.step(EX ** 2 == R("1,96"))
L.step(sum(p for v, p in pm.items() if v > R("1,4")) == pm[3]); L.step(pm[3] == R("0,3"))
L.step(pm[0] + pm[1] == R("0,7")); L.step(R("0,7") >= R("0,5"))
L.step(pm[0] == R("0,2")); L.step(pm[0] > 0)
Ee = sum(sp.exp(v) * p for v, p in pm.items())
L.step(same(Ee, R("0,2") + R("0,5") * sp.E + R("0,3") * sp.E ** 3)); L.step(rounds("7,5846", Ee), note="7.5848")
L.define(2); L.step(V == R("1,24"))
VY, C = 2, R("0,5")
L.step(True, note="Var of a sum"); L.step(V + VY + 2 * C == R("1,24") + 2 + 1); L.step(V + VY + 2 * C == R("4,24"))
rho = C / sp.sqrt(V * VY)
L.step(True, note="definition of rho"); L.step(V * VY == R("2,48")); L.step(sp.sqrt(R("2,48")) == R("1,5478"), note="1,5748"); L.step(rounds("0,3230", R("0,5") / R("1,5478")))
L.step(rounds("0,1043", rho ** 2), carried=rounds("0,1043", R("0,3230") ** 2))
VXmY = V + VY - 2 * C
L.step(VXmY == V + VY - C, note="-2 Cov"); L.step(True); L.step(R("1,24") + 2 - R("0,5") == R("2,74"))
L.step(rounds("1,6553", sp.sqrt(VXmY)), carried=rounds("1,6553", sp.sqrt(R("2,74")))); L.step(rounds("1,6553", sp.sqrt(R("2,74"))))
L.step((V + VY + 2 * C) - VXmY == 4 * C); L.step(4 * C == R("4,24") - R("2,74"), carried=True); L.step(R("4,24") - R("2,74") == R("1,5"))
EY, VYt = 3 * EX - 2, 9 * V
L.step(True); L.step(VYt + EY ** 2 == R("12,78") + R("4,84"), carried=R("2,2") ** 2 == R("4,84")); L.step(R("12,78") + R("4,84") == R("17,62"))
EXY = 3 * EX2 - 2 * EX
L.step(True); L.step(EXY == 3 * R("3,2") - 2 * R("1,4")); L.step(EXY == R("6,8"))
L.step(EXY - EX * EY == R("6,8") - R("1,4") * R("2,2")); L.step(EXY - EX * EY == R("3,72"))
rho2 = (EXY - EX * EY) / (sp.sqrt(V) * sp.sqrt(VYt))
L.step(sp.Abs(rho2 - R("3,72") / (sp.sqrt(R("1,24")) * R("3,5749"))) < R("0,0001"), carried=True)
L.step(rounds("3,9808", sp.sqrt(R("1,24")) * R("3,5749"))); L.step(rounds("0,9345", R("3,72") / R("3,9808")))
L.step(rho2 < 1, carried=R("0,9345") < 1)
L.done()
