"""Labels for h_problemset_solutions_beta_binomial.tex: problem-set solutions (exam class, `solution`
environments) with the TA's slips and the grader's notes. Q1: Beta(2, 3) prior, 7 of 10: posterior
kernel, alpha', beta', mean, MAP by calculus, MLE, weighted average, variance, P(two more heads) as the
squared mean (wrong). Q2 re-binds alpha, beta, N, y: beta' = 1 + N (wrong, carried into mean and MAP),
the MLE written y/(N + 2) (a wrong definition), the correction. Q3: MAP as regularised least squares with
lambda defined upside down (tau^2/sigma^2): the bracket is then wrong and the MAP formula and value carried."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch6/h_problemset_solutions_beta_binomial.tex")
th = sp.Symbol("theta", positive=True)
Q = sp.Rational


def prop(f, g):
    """f proportional to g in theta (ratio constant at several points)"""
    r = [sp.nsimplify(sp.N((f / g).subs(th, v), 40), rational=False) for v in (Q(1, 7), Q(2, 5), Q(5, 6))]
    return all(abs(sp.N(r[0] - q, 30)) < 1e-25 for q in r)


def beta_post(a, b, N, y):
    return a + y, b + N - y


# Q1
a, b, N, y = 2, 3, 10, 7
L.define(4)
like = sp.binomial(N, y) * th**y * (1 - th)**(N - y); prior = th**(a - 1) * (1 - th)**(b - 1) / sp.beta(a, b)
post = like * prior / sp.integrate(like * prior, (th, 0, 1))
L.step(prop(post, like * prior)); L.step(prop(like * prior, th**7 * (1 - th)**3 * th * (1 - th)**2))
L.step(sp.expand(th**7 * (1 - th)**3 * th * (1 - th)**2 - th**8 * (1 - th)**5) == 0)
A, B = beta_post(a, b, N, y)
L.step(A == a + y); L.step(A == 9); L.step(B == b + N - y); L.step(B == 6)
mean = Q(A, A + B); mode = Q(A - 1, A + B - 2); mle = Q(y, N)
L.step(mean == sp.integrate(th * post, (th, 0, 1))); L.step(mean == Q(9, 15)); L.step(mean == R("0.6"))
lp = 8 * sp.log(th) + 5 * sp.log(1 - th)
L.step(same(sp.diff(lp, th), 8 / th - 5 / (1 - th), [th]) if False else sp.simplify(sp.diff(lp, th) - (8 / th - 5 / (1 - th))) == 0)
L.define(note="= 0")
L.step(mode == sp.solve(sp.diff(lp, th), th)[0]); L.step(mode == Q(8, 13)); L.step(rounds("0.6154", mode))
L.step(mle == Q(y, N)); L.step(mle == R("0.7"))
L.step(R("0.6") < R("0.6154")); L.step(R("0.6154") < R("0.7")); L.step(Q(a, a + b) == R("0.4"))
wavg = Q(a + b, a + b + N) * Q(a, a + b) + Q(N, a + b + N) * Q(y, N)
L.step(mean == wavg); L.step(wavg == Q(5, 15) * R("0.4") + Q(10, 15) * R("0.7"))
L.step(rounds("0.1333", Q(5, 15) * R("0.4")) and rounds("0.4667", Q(10, 15) * R("0.7"))); L.step(R("0.1333") + R("0.4667") == R("0.6"))
var = Q(A * B, (A + B)**2 * (A + B + 1))
L.step(var == sp.integrate((th - mean)**2 * post, (th, 0, 1))); L.step(var == Q(54, 225 * 16)); L.step(var == R("0.015"))
L.step(rounds("0.1225", sp.sqrt(R("0.015"))))
m2 = sp.integrate(th**2 * post, (th, 0, 1))
L.step(m2 == mean**2); L.step(mean**2 == R("0.36"))
L.step(True, note="P(two heads|y) = E[theta^2|y]"); L.step(m2 == var + mean**2); L.step(var + mean**2 == R("0.015") + R("0.36"))
L.step(R("0.015") + R("0.36") == R("0.375")); L.step(Q(A * (A + 1), (A + B) * (A + B + 1)) == Q(90, 240))
# Q2: new bindings
a, b, N, y = 1, 1, 12, 3
L.define(4)
A, B = beta_post(a, b, N, y)
L.step(A == 1 + 3); L.step(A == 4); L.step(B == 1 + 12); L.step(1 + 12 == 13)
Bw = 13
L.step(Q(A, A + B) == Q(4, 17), carried=Q(A, A + Bw) == Q(4, 17)); L.step(rounds("0.2353", Q(4, 17)))
mode = Q(A - 1, A + B - 2)
L.step(mode == Q(4 - 1, 17 - 2), carried=Q(A - 1, A + Bw - 2) == Q(4 - 1, 17 - 2)); L.step(Q(4 - 1, 17 - 2) == Q(3, 15)); L.step(Q(3, 15) == R("0.2"))
mle = Q(y, N)
L.step(mle == Q(y, N + 2)); L.step(Q(y, N + 2) == Q(3, 14)); L.step(rounds("0.2143", Q(3, 14)))
L.step(B == 1 + 12 - 3); L.step(B == 10); L.step(Q(A, A + B) == Q(4, 14)); L.step(rounds("0.2857", Q(4, 14)))
L.step(mode == Q(3, 12)); L.step(Q(3, 12) == R("0.25"))
L.step(mle == Q(y, N)); L.step(mle == R("0.25"))
wavg = Q(a + b, a + b + N) * Q(1, 2) + Q(N, a + b + N) * Q(y, N)
L.step(Q(A, A + B) == wavg and wavg == Q(2, 14) * Q(1, 2) + Q(12, 14) * Q(3, 12))
L.step(rounds("0.0714", Q(2, 14) * Q(1, 2)) and rounds("0.2143", Q(12, 14) * Q(3, 12))); L.step(rounds("0.2857", R("0.0714") + R("0.2143"), Q(4, 14)))
# Q2 (d), corrected posterior Beta(4, 10)
var = Q(A * B, (A + B)**2 * (A + B + 1))
L.step(var == Q(A * B, (A + B)**3)); L.step(Q(A * B, (A + B)**3) == Q(40, 2744)); L.step(rounds("0.0146", Q(40, 2744)))
L.step(rounds("0.1208", sp.sqrt(var)), carried=rounds("0.1208", sp.sqrt(R("0.0146")))); L.step(rounds("0.1208", sp.sqrt(R("0.0146"))))
lo, hi = R("0.2857") - R("1.96") * R("0.1208"), R("0.2857") + R("1.96") * R("0.1208")
L.step(rounds("0.0489", lo) and rounds("0.5225", hi), note="arithmetic on the written numbers")
L.step((A + B)**2 * (A + B + 1) == 196 * 15); L.step(196 * 15 == 2940); L.step(var == Q(40, 2940)); L.step(rounds("0.0136", var))
L.step(rounds("0.1166", sp.sqrt(var)))
# Q3
L.define(note="model")
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs = sp.symbols("x1:4", positive=True); ys = sp.symbols("y1:4", positive=True)
sse = sum((yi - w * xi)**2 for xi, yi in zip(xs, ys))
nlp = sse / (2 * s2) + w**2 / (2 * t2)            # -log posterior up to a constant
lam_w = t2 / s2; lam = s2 / t2
L.define(note="lambda := tau^2/sigma^2")
L.step(True, note="-log p(w|D) up to const")
L.step(same(nlp, (sse + lam_w * w**2) / (2 * s2)))
L.define(note="= 0")
wmap = sp.solve(sp.diff(nlp, w), w)[0]
form = sum(x * yv for x, yv in zip(xs, ys)) / (sum(x**2 for x in xs) + lam_w)
L.step(same(wmap, form), carried=True)
xv, yv = [1, 2, 3], [1, 3, 2]; L.define(4)
sub = {**dict(zip(xs, xv)), **dict(zip(ys, yv)), s2: 1, t2: R("0.5")}
L.step(1 + 6 + 6 == sum(p * q for p, q in zip(xv, yv))); L.step(1 + 6 + 6 == 13)
L.step(1 + 4 + 9 == sum(p * p for p in xv)); L.step(1 + 4 + 9 == 14)
L.step(lam_w.subs(sub) == R("0.5"), note="the writer's lambda")
wtrue = wmap.subs(sub)
L.step(wtrue == Q(13) / R("14.5"), carried=form.subs(sub) == Q(13) / R("14.5")); L.step(rounds("0.8966", Q(13) / R("14.5")))
L.step(Q(13, 14) == Q(sum(p * q for p, q in zip(xv, yv)), sum(p * p for p in xv))); L.step(rounds("0.9286", Q(13, 14)))
L.step(same(nlp, (sse + lam * w**2) / (2 * s2))); L.step(lam.subs(sub) == 2)
L.step(wtrue == Q(13, 14 + 2)); L.step(Q(13, 16) == R("0.8125"))
# Q4: new bindings again
a, b, N, y = 3, 7, 20, 12
L.define(4)
A, B = beta_post(a, b, N, y); Bw = b + N
L.step(A == a + y); L.step(A == 15); L.step(B == b + N); L.step(7 + 20 == 27)
L.step(Q(A, A + B) == Q(15, 42), carried=Q(A, A + Bw) == Q(15, 42)); L.step(rounds("0.3571", Q(15, 42)))
L.step(Q(A - 1, A + B - 2) == Q(14, 40), carried=Q(A - 1, A + Bw - 2) == Q(14, 40)); L.step(Q(14, 40) == R("0.35"))
L.step(Q(12, 20) == R("0.6"))
L.step(Q(A, A + B) - Q(y, N) == R("0.3571") - R("0.6"), carried=True); L.step(R("0.3571") - R("0.6") == R("-0.2429"))
L.step(B == b + N - y); L.step(B == 15)
L.step(Q(15, 30) == R("0.5")); L.step(Q(14, 28) == R("0.5"))
L.step(Q(A, A + B) - Q(y, N) == R("0.5") - R("0.6")); L.step(R("0.5") - R("0.6") == R("-0.1"))
L.done()
