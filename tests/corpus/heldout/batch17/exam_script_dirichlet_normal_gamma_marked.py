"""Labels for exam_script_dirichlet_normal_gamma_marked.tex: a candidate's exam answer with the marker's comments.
Dirichlet-Categorical: posterior Dir(7, 3, 4), a posterior mean mistyped, the mode divided by alpha0' - 1 (carried
into the three MAP values), two future draws treated as independent, the evidence. Normal-Gamma: b_n with the
half dropped from the sum of squares, carried into E[tau], E[sigma^2], the mode, the t scale, Var(mu) and the
predictive scale; the marker's corrected values."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/exam_script_dirichlet_normal_gamma_marked.tex")
al = [2, 1, 1]; n = [5, 2, 3]; N = sum(n)
L.define(3, "alpha, n, N"); L.step(N == 10)
th = sp.symbols("t1:4", positive=True)
lik = sp.Mul(*[t ** k for t, k in zip(th, n)]); pri = sp.Mul(*[t ** (a - 1) for t, a in zip(th, al)])
L.step(True, note="Bayes"); L.step(True, note="propto product")
L.step(same(lik * pri, sp.Mul(*[t ** (k + a - 1) for t, k, a in zip(th, n, al)])))
ap = [a + k for a, k in zip(al, n)]; a0 = sum(ap)
L.step(ap == [7, 3, 4] and a0 == 7 + 3 + 4); L.step(a0 == 14)
mean = [sp.Rational(a, a0) for a in ap]
L.step(mean[0] == sp.Rational(7, 14)); L.step(mean[0] == R("0.5"))
L.step(mean[1] == sp.Rational(3, 14)); L.step(rounds("0.2143", mean[1]))
L.step(mean[2] == sp.Rational(4, 14)); L.step(rounds("0.2875", mean[2]), note="0.2857")
L.step([sp.Rational(k, N) for k in n] == [sp.Rational(k, 10) for k in n]); L.step([sp.Rational(k, N) for k in n] == [R("0.5"), R("0.2"), R("0.3")])
K = 3
mode = [sp.Rational(a - 1, a0 - K) for a in ap]
L.step(mode[0] == sp.Rational(ap[0] - 1, a0 - 1), note="alpha0' - K")
for k, (num, res) in enumerate(((6, "0.4615"), (2, "0.1538"), (3, "0.2308"))):
    L.step(mode[k] == sp.Rational(num, 13), carried=True); L.step(rounds(res, sp.Rational(num, 13)))
var1 = sp.Rational(ap[0] * (a0 - ap[0]), a0 ** 2 * (a0 + 1))
# Dirichlet marginal of theta1 is Beta(7, 7): check the variance formula
bvar = sp.Rational(7 * 7, 14 ** 2 * 15)
L.step(var1 == bvar); L.step(var1 == sp.Rational(7 * 7, 14 ** 2 * 15)); L.step(var1 == sp.Rational(49, 2940)); L.step(rounds("0.0167", var1))
L.step(mean[0] == sp.Rational(ap[0], a0)); L.step(mean[0] == sp.Rational(7, 14)); L.step(mean[0] == R("0.5"))
two = sp.Rational(7, 14) * sp.Rational(8, 15)
L.step(two == sp.Rational(7, 14) ** 2, note="Polya urn"); L.step(sp.Rational(7, 14) ** 2 == R("0.25"))
L.step(sp.gamma(14) == sp.factorial(13)); L.step(sp.factorial(13) == 6227020800)
g = sp.gamma
ev = g(4) / g(14) * g(7) * g(3) * g(4) / (g(2) * g(1) * g(1))
# evidence from the sequence directly (Polya urn)
seq = [0] * 5 + [1] * 2 + [2] * 3
cnt = list(al); pr = sp.Integer(1)
for c in seq:
    pr *= sp.Rational(cnt[c], sum(cnt)); cnt[c] += 1
L.step(pr == ev); L.step(ev == sp.Rational(6 * 720 * 2 * 6, 6227020800)); L.step(ev == sp.Rational(51840, 6227020800))
L.step(abs(ev - R("8.33e-6")) <= R("0.01e-6"))
# Normal-Gamma
L.define(4, "mu0, kappa0, a0, b0"); L.define(2, "x, n")
x = [R("1.0"), R("2.0"), R("3.0"), R("2.0")]; nn = 4
mu0, k0, A0, B0 = 0, 1, 2, 2
xb = sum(x) / nn; ss = sum((t - xb) ** 2 for t in x)
L.step(xb == (R("1.0") + R("2.0") + R("3.0") + R("2.0")) / 4); L.step(xb == 2)
L.step(ss == 1 + 0 + 1 + 0); L.step(ss == 2)
kn = k0 + nn; mun = (k0 * mu0 + nn * xb) / kn; an = A0 + sp.Rational(nn, 2)
bn = B0 + ss / 2 + k0 * nn * (xb - mu0) ** 2 / (2 * kn)
mu, tau = sp.symbols("mu tau", positive=True)
post = tau ** sp.Rational(1, 2) * sp.exp(-k0 * tau * (mu - mu0) ** 2 / 2) * tau ** (A0 - 1) * sp.exp(-B0 * tau)
for t in x:
    post *= tau ** sp.Rational(1, 2) * sp.exp(-tau * (t - mu) ** 2 / 2)
form = tau ** (an - sp.Rational(1, 2)) * sp.exp(-bn * tau) * sp.exp(-kn * tau * (mu - mun) ** 2 / 2)
ratio = sp.simplify(sp.expand(sp.log(post) - sp.log(form), force=True))
L.step(sp.simplify(sp.diff(ratio, mu)) == 0 and sp.simplify(sp.diff(ratio, tau)) == 0)
L.step(kn == k0 + nn); L.step(kn == 5)
L.step(mun == (k0 * mu0 + nn * xb) / kn); L.step(mun == sp.Rational(0 + 8, 5)); L.step(mun == R("1.6"))
L.step(an == A0 + sp.Rational(nn, 2)); L.step(an == 2 + 2); L.step(an == 4)
L.step(True, note="b_n formula"); L.step(bn == 2 + sp.Rational(1, 2) * 2 + sp.Rational(16, 10)); L.step(bn == 2 + 2 + R("1.6"), note="1/2 * 2 = 1")
L.step(2 + 2 + R("1.6") == R("5.6"))
bw = R("5.6")
Et = an / bn
L.step(True, note="E tau = a/b"); L.step(Et == 4 / bw, carried=True); L.step(rounds("0.7143", 4 / bw))
Es2 = bn / (an - 1)
L.step(True, note="E sigma^2 = E 1/tau"); L.step(True, note="= b/(a-1)"); L.step(Es2 == bw / 3, carried=True); L.step(rounds("1.8667", bw / 3))
L.step(True, note="mode"); L.step((an - 1) / bn == 3 / bw, carried=True); L.step(rounds("0.5357", 3 / bw))
L.step(2 * an == 8); L.step(bn / (an * kn) == bw / 20, carried=True); L.step(bw / 20 == R("0.28"))
a_, b_, k_ = sp.symbols("a b k", positive=True)
L.step(True, note="Var of t: scale^2 nu/(nu - 2)")
L.step(same(b_ / (a_ * k_) * 2 * a_ / (2 * a_ - 2), b_ / ((a_ - 1) * k_)))
Vmu = bn / ((an - 1) * kn)
L.step(Vmu == R("0.28") * sp.Rational(8, 6), carried=True); L.step(rounds("0.3733", R("0.28") * sp.Rational(8, 6)))
L.step(bn * (kn + 1) / (an * kn) == bw * 6 / 20, carried=True); L.step(bw * 6 / 20 == R("1.68"))
# E[sigma | x] for tau ~ Gamma(a_n, b_n): sqrt(b) Gamma(a - 1/2)/Gamma(a), not sqrt(E[sigma^2])
Esig = sp.sqrt(bn) * sp.gamma(an - sp.Rational(1, 2)) / sp.gamma(an)
L.step(sp.N(Esig - sp.sqrt(Es2), 30) == 0, note="Jensen"); L.step(sp.sqrt(Es2) == sp.sqrt(bw / 3), carried=True); L.step(rounds("1.3663", sp.sqrt(R("1.8667"))))
L.step(rounds("0.2857", mean[2]))
L.step(a0 - K == 11); L.step(mode == [sp.Rational(6, 11), sp.Rational(2, 11), sp.Rational(3, 11)])
L.step(all(rounds(w, v) for w, v in zip(("0.5455", "0.1818", "0.2727"), mode))); L.step(R("0.5455") + R("0.1818") + R("0.2727") == 1)
L.step(R("0.4615") + R("0.1538") + R("0.2308") == R("0.8461"))
L.step(two == sp.Rational(7, 14) * sp.Rational(8, 15)); L.step(two == sp.Rational(56, 210)); L.step(rounds("0.2667", two))
L.step(sp.Rational(1, 2) * 2 == 1); L.step(bn == 2 + 1 + R("1.6")); L.step(bn == R("4.6"))
L.step(Et == 4 / R("4.6")); L.step(rounds("0.8696", Et)); L.step(Es2 == R("4.6") / 3); L.step(rounds("1.5333", Es2))
L.step(Vmu == R("4.6") / 15); L.step(rounds("0.3067", Vmu))
L.step(ss / nn == sp.Rational(2, 4)); L.step(ss / nn == R("0.5")); L.step(mun < xb)
L.done()
