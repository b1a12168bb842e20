"""Labels for elsarticle_appendix_gaussian_kl_forward_mode.tex: an `elsarticle` preprint's appendix with
numbered `equation`/`align` derivations, `\\label`/`\\eqref`, `\\bm`: Gaussian MLE on six values (bias,
unbiased s^2, SE); the Gaussian KL both ways, 'zero exactly when mu1 = mu2' (sigmas must agree too),
dKL/dmu1 over sigma1^2 for sigma2^2 (carried into its value and a step); moments of N(5, 4) with the
plug-in variance quoted as 4.8 from A.1 (the MLE was 4; carried into Var(Xbar)), Var(X1 - Xbar) with
+sigma^2/n; a forward-mode trace with cos 2 = +0.4161 (carried into fdot and df/dx1); sums and limits,
n(e^{1/n} - 1) -> 0 (wrong); a superseded key with Var(mu_hat) = sigma^2/n^2 and the Gaussian entropy
without e (each carried into its value), KL <= 0."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch11/elsarticle_appendix_gaussian_kl_forward_mode.tex")
mu, s2, m1, m2, s1, sg2 = sp.symbols("mu sigma2 mu1 mu2 sigma1 sigma_2", positive=True)
xs = [2, 4, 4, 5, 7, 8]
n = 6
L.define(2, "x, n")
ll = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((x - mu) ** 2 for x in xs) / (2 * s2)
lik = sp.prod([sp.exp(-(x - mu) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2) for x in xs])
L.step(same(sp.log(lik), ll, [mu, s2]))
L.step(same(sp.diff(ll, mu), sum(x - mu for x in xs) / s2, [mu, s2]))
L.step(same(sp.diff(ll, s2), -sp.Rational(n, 2) / s2 + sum((x - mu) ** 2 for x in xs) / (2 * s2 ** 2), [mu, s2]))
sol = sp.solve([sp.diff(ll, mu), sp.diff(ll, s2)], [mu, s2], dict=True)[0]
muh, s2h = sol[mu], sol[s2]
L.step(muh == sp.Rational(sum(xs), n)); L.step(sp.Rational(30, 6) == muh); L.step(muh == 5)
L.step(s2h == sp.Rational(sum((x - 5) ** 2 for x in xs), n)); L.step(sum((x - 5) ** 2 for x in xs) == 9 + 1 + 1 + 0 + 4 + 9)
L.step(sp.Rational(24, 6) == s2h); L.step(s2h == 4)
lmax = ll.subs({mu: muh, s2: s2h})
L.step(sp.simplify(lmax - (-3 * sp.log(2 * sp.pi * 4) - 3)) == 0); L.step(sp.simplify(lmax - (-3 * sp.log(8 * sp.pi) - 3)) == 0)
L.step(rounds("-12.6725", lmax, approx=True))
Xs = [st.Normal(f"X{i}", 0, 1) for i in range(3)]
L.step(True, note="E[sigma_hat^2] = (n-1)/n sigma^2 (standard)")
L.step(rounds("-0.6667", -sp.Rational(4, 6), approx=True)); L.step(sp.Rational(24, 5) == sum((x - 5) ** 2 for x in xs) / sp.Integer(n - 1)); L.step(sp.Rational(24, 5) == R("4.8"))
L.step(same(-sp.diff(sp.diff(ll, mu), mu), n / s2, [mu, s2])); L.step(True, note="SE = sigma/sqrt n = 1/sqrt(I)")
L.step(True, note="plug-in sigma_hat = 2"); L.step(rounds("0.8165", 2 / sp.sqrt(6)))
# KL
L.define(2, "p, q")
def kl(a, va, b, vb):
    t = sp.symbols("t", real=True)
    return sp.log(sp.sqrt(vb) / sp.sqrt(va)) + (va + (a - b) ** 2) / (2 * vb) - sp.Rational(1, 2)
# formula check by numeric integration at one point
t = sp.symbols("t", real=True)
pa = sp.exp(-(t - 5) ** 2 / 8) / sp.sqrt(8 * sp.pi); qa = sp.exp(-(t - 4) ** 2 / 18) / sp.sqrt(18 * sp.pi)
num = sp.Integral(pa * (sp.log(pa) - sp.log(qa)), (t, -40, 50)).evalf(30)
L.step(abs(num - sp.N(kl(5, 4, 4, 9), 30)) < 1e-15)
L.define(2, "p = N(5, 4), q = N(4, 9)")
K1 = kl(5, 4, 4, 9); K2 = kl(4, 9, 5, 4)
L.step(sp.simplify(K1 - (sp.log(sp.Rational(3, 2)) + sp.Rational(5, 18) - sp.Rational(1, 2))) == 0)
L.step(rounds("0.4055", sp.log(R("1.5"))) and rounds("0.2778", sp.Rational(5, 18)))
L.step(rounds("0.1833", R("0.4055") + R("0.2778") - R("0.5"), K1))
L.step(sp.simplify(K2 - (sp.log(sp.Rational(2, 3)) + sp.Rational(10, 8) - sp.Rational(1, 2))) == 0)
L.step(rounds("-0.4055", sp.log(sp.Rational(2, 3))) and sp.Rational(10, 8) == R("1.25")); L.step(rounds("0.3445", K2))
L.step(kl(0, 1, 0, 4) == 0, note="mu1 = mu2 but sigma1 != sigma2 gives KL > 0")
KLs = sp.log(sg2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * sg2 ** 2) - sp.Rational(1, 2)
L.step(same(sp.diff(KLs, m1), (m1 - m2) / s1 ** 2, [m1, m2, s1, sg2]))
g_true = sp.diff(KLs, m1).subs({m1: 5, m2: 4, s1: 2, sg2: 3})
L.step(g_true == sp.Rational(5 - 4, 4), carried=True)
L.step(same(sp.diff(KLs, s1), -1 / s1 + s1 / sg2 ** 2, [m1, m2, s1, sg2]))
L.step(sp.diff(KLs, s1).subs({s1: 2, sg2: 3}) == -sp.Rational(1, 2) + sp.Rational(2, 9)); L.step(rounds("-0.2778", -sp.Rational(1, 2) + sp.Rational(2, 9), approx=True))
L.step(5 - R("0.5") * g_true == 5 - R("0.5") * R("0.25"), carried=True); L.step(5 - R("0.5") * R("0.25") == R("4.875"))
# moments
L.define(note="X ~ N(5, 4), Xbar")
X = st.Normal("X", 5, 2)
L.step(st.E(X ** 2) == 4 + 25); L.step(4 + 25 == 29); L.step(st.E(X ** 2) == 29)
L.step(sp.simplify(st.E((X - 5) ** 4) - 3 * 16) == 0); L.step(3 * 16 == 48)
L.step(sp.simplify(st.variance(3 * X - 2) - 9 * st.variance(X)) == 0); L.step(9 * 4 == 36)
L.step(abs(sp.N(st.E(sp.exp(X)) - sp.exp(5 + 2), 30)) < 1e-20); L.step(5 + 2 == 7); L.step(rounds("1096.63", sp.exp(7)))
L.step(s2h == R("4.8"), note="sigma_hat^2 = 4 in A.1")
Xi = [st.Normal(f"Y{i}", 5, 2) for i in range(6)]
Xbar = sum(Xi) / 6
vbar = sp.simplify(st.variance(Xbar))
L.step(vbar == sp.Rational(4, 6))
L.step(vbar == R("4.8") / 6, carried=True); L.step(R("4.8") / 6 == R("0.8"))
L.step(sp.simplify(st.covariance(Xbar, Xi[0]) - sp.Rational(4, 6)) == 0)
vres = sp.simplify(st.variance(Xi[0] - Xbar))
L.step(vres == 4 + sp.Rational(4, 6)); L.step(True, note="sigma^2 + sigma^2/n at sigma^2 = 4 is 4 + 4/6")
L.step(rounds("4.6667", 4 + sp.Rational(4, 6), approx=True)); L.step(rounds("2.1602", sp.sqrt(R("4.6667")), approx=True))
L.step(True, note="law of total variance"); L.step(True, note="E[Var] = 1, Var(E) = Var X = 4"); L.step(1 + 4 == 5)
# forward mode
x1, x2 = sp.symbols("x1 x2")
f = sp.sin(x1 * x2) + sp.exp(x1)
at = {x1: 1, x2: 2}
L.define(3, "f, point, seed")
L.define(); L.step(1 * 2 == 2); L.define(); L.step(1 * 2 + 1 * 0 == 2)
L.define(); L.step(rounds("2.7183", sp.E)); L.define(); L.step(rounds("2.7183", sp.E))
L.define(); L.step(rounds("0.9093", sp.sin(2)))
L.define(); L.step(substituted(sp.cos(2) * 2, lambda c: c * 2, "~0.4161"), note="cos 2 = -0.4161"); L.step(rounds("0.8322", R("0.4161") * 2))
L.step(True, note="f = v3 + v2"); L.step(rounds("3.6276", R("0.9093") + R("2.7183"), f.subs(at)))
L.define(note="fdot rule")
d1 = sp.diff(f, x1).subs(at)
L.step(substituted(d1, lambda a, b: a + b, "~0.8322", "~2.7183"), carried=True); L.step(R("0.8322") + R("2.7183") == R("3.5505"))
L.step(rounds("3.5505", d1), carried=True)
L.step(True, note="v1dot = x1 under seed (0, 1)"); L.step(at[x1] == 1); L.step(True, note="v2dot = 0")
L.step(True, note="v3dot = cos(v1) v1dot"); L.step(rounds("-0.4161", sp.cos(2))); L.step(rounds("-0.4161", sp.diff(f, x2).subs(at)))
L.step(same(sp.diff(f, x2), x1 * sp.cos(x1 * x2), [x1, x2])); L.step(sp.diff(f, x2).subs(at) == sp.cos(2))
# sums
k, N = sp.symbols("k n", integer=True, positive=True)
p = sp.symbols("p", positive=True)
L.define(note="geometric pmf")
L.step(same(sp.summation(k * p * (1 - p) ** k, (k, 0, sp.oo)).subs(p, sp.Rational(1, 4)), sp.Rational(3, 1), []))
L.step(R("0.75") / R("0.25") == 3 == sp.summation(k * R("0.25") * R("0.75") ** k, (k, 0, sp.oo)))
L.define(note="p = 0.25")
L.step(sp.simplify(sp.summation(2 * k - 1, (k, 1, N)) - N ** 2) == 0)
L.step(sp.simplify(sp.summation(k ** 2, (k, 1, N)) - N * (N + 1) * (2 * N + 1) / 6) == 0)
L.step(sp.limit((1 + 2 / N) ** N, N, sp.oo) == sp.exp(2))
L.step(sp.limit(N * (sp.exp(1 / N) - 1), N, sp.oo) == 0)
L.step(same(1 / sp.sqrt(4 * N), sp.Rational(1, 2) / sp.sqrt(N), [N]))
# version 1 of the key
L.step(vbar == sp.Rational(4, 36), note="sigma^2/n^2"); L.step(vbar == sp.Rational(4, 36), carried=True); L.step(rounds("0.1111", sp.Rational(4, 36), approx=True))
hN = sp.log(2 * sp.pi * sp.E * 4) / 2
ts = sp.symbols("ts", real=True)
dens = sp.exp(-(ts - 5) ** 2 / 8) / sp.sqrt(8 * sp.pi)
hnum = sp.Integral(-dens * sp.log(dens), (ts, -40, 50)).evalf(30)
assert abs(hnum - sp.N(hN, 30)) < 1e-15
L.step(abs(hnum - sp.N(sp.log(8 * sp.pi) / 2, 30)) < 1e-10, note="missing e")
L.step(abs(hnum - sp.N(sp.log(8 * sp.pi) / 2, 30)) < 1e-10, carried=True); L.step(rounds("1.6121", sp.log(8 * sp.pi) / 2, approx=True))
L.step(False, note="KL >= 0 (Gibbs)")
L.step(True, note="Var(mu_hat) = sigma^2/n"); L.step(vbar == sp.Rational(4, 6)); L.step(rounds("0.6667", vbar, approx=True))
L.step(True, note="h = 1/2 ln(2 pi e sigma^2)"); L.step(sp.simplify(hN - sp.log(8 * sp.pi * sp.E) / 2) == 0); L.step(rounds("2.1121", hN, approx=True))
L.step(True, note="Gibbs' inequality"); L.define(note="p = q")
L.done()
