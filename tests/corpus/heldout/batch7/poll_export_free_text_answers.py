"""Labels for poll_export_free_text_answers.tex: a live poll's free-text responses (one relation per
row): tanh', sigma', the sigmoid/cross-entropy output error (yhat + y, y - yhat, the MSE form), a
Beta(2, 3) posterior after 4 of 6 (beta + n, no prior, off by one), MLE y/(N + 2) and (y + 1)/(N + 2),
the posterior mean given as the MAP, the shared-bias gradient (averaged, product, g' twice) with
undefined g and l, the input gradient W_1 delta and (delta_1 + delta_2) x. Each conventional name is
judged by its conventional meaning."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch7/poll_export_free_text_answers.tex")
x, z = sp.symbols("x z", real=True)
s = lambda v: 1 / (1 + sp.exp(-v))
t = sp.tanh
dt = sp.diff(t(x), x)
for rhs in (1 - t(x)**2, sp.sech(x)**2, 1 - t(x), 4 / (sp.exp(x) + sp.exp(-x))**2, 1 + t(x)**2,
            (1 - t(x)) * (1 + t(x)), 2 * s(2 * x) * (1 - s(2 * x))):
    L.step(same(dt, rhs, [x], positive=False))
ds = sp.diff(s(z), z)
for rhs in (s(z) * (1 - s(z)), s(z)**2, s(z) * s(-z), sp.exp(-z) / (1 + sp.exp(-z))**2, 1 - s(z)**2, s(z) * (1 + s(z))):
    L.step(same(ds, rhs, [z], positive=False))
y = sp.Symbol("y", positive=True)
bce = -y * sp.log(s(z)) - (1 - y) * sp.log(1 - s(z))
d2 = sp.diff(bce, z)
yh = s(z)
for rhs in (yh - y, yh + y, y - yh, (yh - y) * yh * (1 - yh), s(z) - y):
    L.step(same(d2, rhs, [z, y], positive=False))
# Q4: Beta(2, 3), 4 of 6 -> Beta(6, 5)
post = (6, 5)
for ab in ((6, 5), (6, 9), (4, 2), (2 + 4, 3 + 2)):
    L.step(ab == post)
th = sp.Symbol("theta", positive=True)
ker = th**(post[0] - 1) * (1 - th)**(post[1] - 1)
L.step(sp.simplify(ker - th**5 * (1 - th)**4) == 0)
L.step((5, 4) == post)
# Q5
Q = sp.Rational
mle = Q(4, 6); mp = Q(post[0] - 1, sum(post) - 2); mean = Q(post[0], sum(post))
L.step(mle == Q(4, 6)); L.step(rounds("0.6667", mle)); L.step(mp == Q(2 + 4 - 1, 2 + 3 + 6 - 2)); L.step(Q(5, 9) == mp)
L.step(mle == Q(4, 8)); L.step(Q(4, 8) == R("0.5"))
L.step(mle == Q(5, 8)); L.step(Q(5, 8) == R("0.625"))
L.step(mp == Q(6, 11)); L.step(rounds("0.5455", Q(6, 11)))
L.step(mp == Q(5, 9)); L.step(rounds("0.5556", mp)); L.step(mp < mle)
# Q6/Q7: instances of g and l at a random point
X = sp.symbols("x1:4"); W1 = sp.symbols("u1:4"); W2 = sp.symbols("v1:4"); b = sp.Symbol("b")
S, H1, H2 = sp.symbols("S H1 H2")
GS = [sp.tanh(S), sp.sin(S), S**3 + S]
LS = [(H1 - 2 * H2)**2 / 2, sp.log(1 + sp.exp(H1 * H2)), H1 * sp.sin(H2)]


def check(claim):
    rng = random.Random(11)
    for g in GS:
        for ell in LS:
            a = [sum(w * xx for w, xx in zip(Wr, X)) + b for Wr in (W1, W2)]
            h = [g.subs(S, ai) for ai in a]
            Lx = ell.subs({H1: h[0], H2: h[1]})
            gp = [sp.diff(g, S).subs(S, ai) for ai in a]
            dh = [sp.diff(ell, Hi).subs({H1: h[0], H2: h[1]}) for Hi in (H1, H2)]
            d = [dh[0] * gp[0], dh[1] * gp[1]]
            lhs, rhs = claim(Lx, d, gp, dh)
            pt = {v: sp.Rational(rng.randint(-30, 30), 41) for v in (*X, *W1, *W2, b)}
            for l_, r_ in zip(lhs, rhs):
                if abs(sp.N((l_ - r_).subs(pt), 30)) > 1e-20:
                    return False
    return True


db = lambda f: (lambda Lx, d, gp, dh: ([sp.diff(Lx, b)], [f(d, gp, dh)]))
L.step(check(db(lambda d, gp, dh: d[0] + d[1])))
L.step(check(db(lambda d, gp, dh: (d[0] + d[1]) / 2)))
L.step(check(db(lambda d, gp, dh: d[0] * d[1])))
L.step(check(db(lambda d, gp, dh: gp[0] * d[0] + gp[1] * d[1])))
L.step(check(db(lambda d, gp, dh: dh[0] * gp[0] + dh[1] * gp[1])))
Wm = sp.Matrix([W1, W2])
dx = lambda f: (lambda Lx, d, gp, dh: ([sp.diff(Lx, xx) for xx in X], f(d)))
L.step(check(dx(lambda d: list(Wm.T * sp.Matrix(d)))))
L.step(False, note="W_1 delta: 2x3 times 2x1 is undefined")
L.step(check(dx(lambda d: [d[0] * W1[i] + d[1] * W2[i] for i in range(3)])))
L.step(check(dx(lambda d: [(d[0] + d[1]) * xx for xx in X])))
L.done()
