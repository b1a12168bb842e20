"""Labels for lightning_talk_script_poisson_regression_newton_step.tex: a 5-minute lightning-talk script with
slide cues: Poisson regression with log link, log-likelihood (align* with + const), score X^T(y - lambda),
Hessian -X^T W X (`\\DeclareMathOperator{\\diag}`), one Newton step from 0 on three points with bmatrix
(`\\gets`), the IRLS form, the log-likelihood before and after, a gradient-ascent comparison, the MLE from
the score equations, and a standard error. Slips: Var = lambda^2; the Hessian with W^{-1}; the second
derivative of e^{b0 + b1 x} with x for x^2; the score with (lambda - y), carried into the gradient at 0 and
the gradient-ascent step."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch27/lightning_talk_script_poisson_regression_newton_step.tex")
lam = sp.symbols("lambda", positive=True)
k = sp.symbols("k", integer=True, nonnegative=True)
pmf = lam ** k * sp.exp(-lam) / sp.factorial(k)
EX = sp.simplify(sp.summation(k * pmf, (k, 0, sp.oo))); EX2 = sp.simplify(sp.summation(k ** 2 * pmf, (k, 0, sp.oo)))
L.define(3, "link, eta, pmf")
L.step(sp.simplify(EX - lam) == 0); L.step(sp.simplify(EX2 - EX ** 2 - lam ** 2) == 0, note="Var = lambda")
L.define(note="ell :=")
b0, b1 = sp.symbols("b0 b1", real=True)
xs, ys = [0, 1, 2], [1, 1, 2]
eta = [b0 + b1 * xi for xi in xs]
ell = sum(yi * sp.log(sp.exp(e)) - sp.exp(e) - sp.log(sp.factorial(yi)) for yi, e in zip(ys, eta))
ell2 = sum(yi * e - sp.exp(e) for yi, e in zip(ys, eta))
L.step(all(sp.simplify(sp.diff(sp.expand_log(ell, force=True) - ell2, v)) == 0 for v in (b0, b1)))
xi_ = sp.symbols("x_i", real=True)
et = b0 + b1 * xi_
L.step(sp.diff(et, b1) == xi_ and sp.diff(et, b0) == 1); L.step(sp.simplify(sp.diff(sp.exp(et), b1) - sp.exp(et) * xi_) == 0)
L.define(2, "x_i0 = 1, x_i1 = x_i")
g = [sp.diff(ell2, v) for v in (b0, b1)]
lams = [sp.exp(e) for e in eta]
L.step(all(sp.simplify(g[j] - sum((yi - li) * (1 if j == 0 else xi) for yi, li, xi in zip(ys, lams, xs))) == 0 for j in range(2)))
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); Y = sp.Matrix(ys); Lam = sp.Matrix(lams)
L.step(sp.simplify(sp.Matrix(g) - X.T * (Y - Lam)) == sp.zeros(2, 1))
Hs = sp.Matrix(2, 2, lambda i, j: sp.diff(ell2, (b0, b1)[i], (b0, b1)[j]))
W = sp.diag(*lams)
L.step(sp.simplify(Hs[0, 1] + sum(li * xi for li, xi in zip(lams, xs))) == 0 and sp.simplify(Hs[1, 1] + sum(li * xi ** 2 for li, xi in zip(lams, xs))) == 0)
L.step(sp.simplify(Hs + X.T * W * X) == sp.zeros(2, 2)); L.define(note="W")
pt1 = {b0: sp.Rational(1, 3), b1: sp.Rational(1, 2)}
L.step(sp.simplify((Hs + X.T * W.inv() * X).subs(pt1)) == sp.zeros(2, 2))
L.step(sp.simplify(sp.diff(sp.exp(et), b1, 2) - xi_ * sp.exp(et)) == 0)
L.define(3, "X, y, beta0")
p0 = {b0: 0, b1: 0}
lam0 = Lam.subs(p0)
L.step(all(e.subs(p0) == 0 for e in eta)); L.step(lam0 == sp.Matrix([1, 1, 1]))
L.step(Y - lam0 == sp.Matrix([0, 0, 1]))
g0 = sp.Matrix(g).subs(p0)
L.step(g0 == X.T * sp.Matrix([0, 0, 1])); L.step(g0 == sp.Matrix([1, 2]))
M0 = (X.T * W * X).subs(p0)
L.step(M0 == X.T * X); L.step(M0 == sp.Matrix([[3, 3], [3, 5]]))
L.define(note="Newton rule")
L.step(sp.simplify(-Hs.inv() * sp.Matrix(g) - (X.T * W * X).inv() * X.T * (Y - Lam)) == sp.zeros(2, 1))
L.step((X.T * X).det() == 15 - 9); L.step(15 - 9 == 6)
L.step((X.T * X).inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6)
beta1 = sp.Matrix([0, 0]) + M0.inv() * g0
L.step(beta1 == sp.Matrix([5 - 6, -3 + 6]) / 6)
L.step(rounds("-0.1667", beta1[0]) and beta1[1] == R("0.5"))
# IRLS
L.step(True, note="Poisson variance lambda_i is the IRLS weight"); L.step(W.subs(p0) == sp.eye(3))
L.define(note="working response")
z0 = sp.Matrix([e.subs(p0) + (yi - li.subs(p0)) / li.subs(p0) for e, yi, li in zip(eta, ys, lams)])
L.step(z0 == sp.Matrix([0, 0, 1]))
irls = (X.T * W * X).subs(p0).inv() * X.T * W.subs(p0) * z0
L.step(irls == beta1); L.step(irls == sp.Matrix([5 * 1 - 3 * 2, -3 * 1 + 3 * 2]) / 6)
L.step(rounds("-0.1667", irls[0]) and irls[1] == R("0.5"))
# slide 5
pb1 = {b0: beta1[0], b1: beta1[1]}
eta1 = [e.subs(pb1) for e in eta]
L.step(rounds("-0.1667", eta1[0]) and rounds("0.3333", eta1[1]) and rounds("0.8333", eta1[2]))
lam1 = [sp.exp(e) for e in eta1]
L.step(True, note="lambda = e^eta, written with the rounded eta")
L.step(all(rounds(w, l) for w, l in zip(("0.8465", "1.3956", "2.3010"), lam1)))
L.step(rounds("4.5431", sum(lam1)))
L.step(sum(sp.log(sp.factorial(yi)) for yi in ys) == sp.log(2))
L.step(ell2.subs(p0) == 0 - 3); L.step(ell2.subs(p0) == -3)
L.step(substituted(ell2.subs(pb1), lambda a, b_, c, d: 1 * a + 1 * b_ + 2 * c - d, "~-0.1667", "~0.3333", "~0.8333", "~4.5431"))
L.step(rounds("1.8333", R("-0.1667") + R("0.3333") + 2 * R("0.8333"), sum(yi * e for yi, e in zip(ys, eta1))))
L.step(rounds("-2.7098", R("1.8333") - R("4.5431"), ell2.subs(pb1)))
ellb1 = ell2.subs(pb1) - sp.log(2)
L.step(substituted(ellb1, lambda a, c: a - c, "~-2.7098", "~0.6931")); L.step(rounds("-3.4029", R("-2.7098") - R("0.6931"), ellb1))
# slide 6
L.define(2, "GA rule, alpha")
gw = sp.Matrix([sum((li - yi) * (1 if j == 0 else xi) for yi, li, xi in zip(ys, lams, xs)) for j in range(2)])
L.step(sp.simplify(gw - sp.Matrix(g)) == sp.zeros(2, 1))
L.step(g0 == sp.Matrix([-1, -2]), carried=gw.subs(p0) == sp.Matrix([-1, -2]))
L.step(R("0.1") * g0 == R("0.1") * sp.Matrix([-1, -2]), carried=True)
L.step(R("0.1") * sp.Matrix([-1, -2]) == sp.Matrix([R("-0.1"), R("-0.2")]))
L.step(R("0.1") * g0 == sp.Matrix([R("0.1"), R("0.2")]))
# slide 7: MLE
r = (1 + sp.sqrt(61)) / 6
bh1 = sp.log(r); bh0 = sp.log(4 / (1 + r + r ** 2))
ph = {b0: bh0, b1: bh1}
assert all(abs(sp.N(q.subs(ph), 30)) < 1e-25 for q in g)
L.step(rounds("-0.1451", bh0, approx=True) and rounds("0.3842", bh1, approx=True))
lh = [l_.subs(ph) for l_ in lams]
L.step(abs(sp.N(sum(lh) - sum(ys), 30)) < 1e-25); L.step(sum(ys) == 4)
L.step(abs(sp.N(sum(xi * l_ for xi, l_ in zip(xs, lh)) - sum(xi * yi for xi, yi in zip(xs, ys)), 30)) < 1e-25); L.step(sum(xi * yi for xi, yi in zip(xs, ys)) == 5)
rr = sp.symbols("r", positive=True)
L.define(note="r = e^beta1")
L.step(sp.simplify(((r + 2 * r ** 2) / (1 + r + r ** 2)) - sp.Rational(5, 4)) == 0)
L.define(note="= 0")
L.step(sp.solve(3 * rr ** 2 - rr - 5, rr) == [r]); L.step(rounds("1.4684", r))
L.step(substituted(bh1, lambda a: sp.log(a), "~1.4684")); L.step(rounds("0.3842", sp.log(R("1.4684")), bh1))
Mh = (X.T * W * X).subs(ph)
L.step(abs(sp.N(Mh[0, 0] - 4, 30)) < 1e-25 and abs(sp.N(Mh[0, 1] - 5, 30)) < 1e-25 and rounds("8.7299", Mh[1, 1]))
se = sp.sqrt(Mh.inv()[1, 1])
L.step(substituted(se, lambda a: sp.sqrt(4 / (4 * a - 25)), "~8.7299"))
L.step(4 * R("8.7299") - 25 == R("9.9196")); L.step(rounds("0.6350", sp.sqrt(4 / R("9.9196")), se))
L.step(rounds("1.4684", sp.exp(R("0.3842"))))
L.done()
