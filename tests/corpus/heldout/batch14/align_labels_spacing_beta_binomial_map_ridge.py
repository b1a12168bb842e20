"""Labels for align_labels_spacing_beta_binomial_map_ridge.tex: typed tutor solutions with `align`,
`\\label` on every line and `\\\\[4pt]` spacing, `\\eqref`: a Beta(3, 3)-Binomial posterior, its mean, mode,
variance and predictive, the MAP as a penalised negative log-likelihood, and a Gaussian-mean MAP as ridge."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch14/align_labels_spacing_beta_binomial_map_ridge.tex")
n, k, a, b = 10, 7, 3, 3
th = sp.symbols("theta", positive=True)
L.define(4)
post = sp.simplify(th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1))
L.step(True, note="Bayes"); L.step(True, note="likelihood times prior, constants dropped")
L.step(same(post, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1))); L.step(same(post, th ** 9 * (1 - th) ** 5))
A, B = k + a, n - k + b
L.step((A, B) == (10, 6))
mean = sp.Rational(A, A + B); mode = sp.Rational(A - 1, A + B - 2)
L.step(mean == sp.Rational(k + a, n + a + b)); L.step(mean == sp.Rational(10, 16)); L.step(mean == R("0.625"))
L.step(mode == sp.Rational(k + a - 1, n + a + b - 2)); L.step(mode == sp.Rational(9, 14)); L.step(rounds("0.6429", mode))
L.step(True, note="MLE k/n"); L.step(sp.Rational(k, n) == R("0.7"))
w = sp.Rational(n, n + a + b); L.define(note="w"); L.step(w == R("0.625"))
L.step(w * R("0.7") + (1 - w) * R("0.5") == R("0.625") * R("0.7") + R("0.375") * R("0.5"))
L.step(R("0.4375") + R("0.1875") == R("0.625") * R("0.7") + R("0.375") * R("0.5")); L.step(R("0.4375") + R("0.1875") == mean)
al, be = sp.symbols("alpha beta", positive=True)
x = sp.symbols("x", positive=True)
dens = x ** (al - 1) * (1 - x) ** (be - 1)
def var(p, q):
    m1 = sp.integrate((x * dens).subs({al: p, be: q}), (x, 0, 1)) / sp.integrate(dens.subs({al: p, be: q}), (x, 0, 1))
    m2 = sp.integrate((x ** 2 * dens).subs({al: p, be: q}), (x, 0, 1)) / sp.integrate(dens.subs({al: p, be: q}), (x, 0, 1))
    return m2 - m1 ** 2
wrongvar = lambda p, q: sp.Rational(p * q, (p + q) ** 2 * (p + q - 1))
L.step(var(2, 5) == wrongvar(2, 5), note="(alpha + beta + 1)")
L.step(var(10, 6) == sp.Rational(60, 256 * 15), carried=wrongvar(10, 6) == sp.Rational(60, 256 * 15))
L.step(sp.Rational(60, 3840) == sp.Rational(10 * 6, 16 ** 2 * 15)); L.step(rounds("0.0156", sp.Rational(60, 3840)))
L.step(sp.sqrt(var(10, 6)) == R("0.125"), carried=rounds("0.125", sp.sqrt(wrongvar(10, 6))))
L.step(rounds("0.125", sp.sqrt(R("0.0156"))))
L.step(var(3, 3) == sp.Rational(9, 36 * 5), carried=wrongvar(3, 3) == sp.Rational(9, 36 * 5)); L.step(sp.Rational(9, 180) == R("0.05"))
L.step(rounds("0.312", var(10, 6) / var(3, 3)), carried=rounds("0.312", wrongvar(10, 6) / wrongvar(3, 3)))
L.step(rounds("0.312", R("0.0156") / R("0.05"))); L.step(R("0.312") < sp.Rational(1, 3))
L.step(True, note="predictive = posterior mean"); L.step(mean == R("0.625"))
L.define(note="k = 5"); L.step(sp.Rational(8, 16) == sp.Rational(7, 14)); L.step(sp.Rational(7, 14) == R("0.5"))
kk, nn, aa, bb = sp.symbols("k n a b", positive=True)
L.step(same((kk + aa) / (nn + aa + bb), (kk + aa - 1) / (nn + aa + bb - 2)), note="only when 2(k + a) = n + a + b")
lp = (k + a - 1) * sp.log(th) + (n - k + b - 1) * sp.log(1 - th)
L.step(True, note="argmax of the log kernel")
pen = -k * sp.log(th) - (n - k) * sp.log(1 - th) - (a - 1) * sp.log(th) - (b - 1) * sp.log(1 - th)
L.step(same(pen, -lp))
L.step(a - 1 == 2); L.step(b - 1 == 2)
L.define(note="= 0"); L.step(same(sp.diff(lp, th) * th * (1 - th), 9 * (1 - th) - 5 * th)); L.step(sp.solve(9 * (1 - th) - 5 * th, th) == [sp.Rational(9, 14)])
L.define(4)
ys = [R("1.2"), R("0.8"), R("1.6"), R("0.4")]; S = sum(ys); s2, t2 = 1, R("0.5")
t = sp.symbols("t", real=True)
obj = sum((yi - t) ** 2 for yi in ys) / (2 * s2) + t ** 2 / (2 * t2)
mapv = sp.solve(sp.diff(obj, t), t)[0]
L.step(True, note="MAP = argmin of the negative log posterior")
lam_w = t2 / s2
L.step(sp.solve(sp.diff(sum((yi - t) ** 2 for yi in ys) + lam_w * t ** 2, t), t)[0] == mapv, note="lambda = sigma^2/tau^2")
L.define(note="lambda"); L.step(lam_w == R("0.5"))
lam = sp.symbols("lam", positive=True)
L.step(same(sum((yi - t) ** 2 for yi in ys) + lam * t ** 2, sum(yi ** 2 for yi in ys) - 2 * t * S + (4 + lam) * t ** 2, symbols=[t, lam]))
L.step(mapv == S / (4 + lam_w), carried=True); L.step(S / (4 + lam_w) == R("4.0") / R("4.5")); L.step(rounds("0.8889", R("4.0") / R("4.5")))
L.step(S / 4 == R("4.0") / 4); L.step(R("4.0") / 4 == R("1.0"))
L.step(rounds("0.1111", (1 - mapv) / 1), carried=rounds("0.1111", 1 - R("0.8889"))); L.step(1 - R("0.8889") == R("0.1111"))
f = sum((t - yi) ** 2 for yi in ys)
L.step(same(sp.diff(f, t), 2 * sum(yi - t for yi in ys), positive=False)); L.define(note="= 0")
L.step(sp.solve(sp.diff(f, t), t)[0] == S / 4); L.step(S / 4 == R("1.0"))
L.step(s2 / t2 == 2); L.step(True, note="= 2")
L.step(mapv == R("4.0") / 6); L.step(rounds("0.6667", mapv)); L.step(1 - R("0.6667") == R("0.3333"))
L.step(same(sp.diff(f, t), 2 * sum(t - yi for yi in ys), positive=False)); L.step(same(sp.diff(f, t), 8 * t - R("8.0"), positive=False))
L.step(sp.solve(sp.diff(f, t), t) == [1])
A2, B2 = A + 1, B + 4
L.step((A2, B2) == (11, 11), note="6 + 4 tails")
L.step(sp.Rational(A2, A2 + B2) == sp.Rational(11, 22), carried=True); L.step(sp.Rational(11, 22) == R("0.5"))
L.step(sp.Rational(A2 - 1, A2 + B2 - 2) == sp.Rational(10, 20), carried=True); L.step(sp.Rational(10, 20) == R("0.5"))
L.step(var(A2, B2) == sp.Rational(121, 22 ** 2 * 23), carried=True); L.step(rounds("0.0109", sp.Rational(121, 22 ** 2 * 23)))
L.define(2); L.step((a + 8, b + 15 - 8) == (A2, B2))
L.done()
