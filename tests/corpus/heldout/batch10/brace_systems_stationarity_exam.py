"""Labels for brace_systems_stationarity_exam.tex: exam solutions with every system of conditions written as
`\\left\\{\\begin{aligned} ... \\end{aligned}\\right.` (stationarity conditions, their solutions, a forward-mode
trace with primal and tangent columns, limits and sums) and the examiner's annotations. Slips: sum x_i y_i = 27
for 29 (carried into a_hat, b_hat and a prediction; the centroid check passes anyway); sigma_hat^2 over n - 1
(carried into the maximised log-likelihood); df/dv = u + v (carried into the stationary point); the tangent
of sin as -cos (carried into v3-dot and df/dx1); a limit 1 for 1/2 and sum k 2^-k = 4 for 2.
The rows of a system being solved (`4a + 6b = 14`) and `= 0` conditions are `def`."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/brace_systems_stationarity_exam.tex")
X, Y = [0, 1, 2, 3], [1, 3, 4, 6]
a, b = sp.symbols("a b", real=True)
S = sum((y - a - b * x) ** 2 for x, y in zip(X, Y))
L.define(2, "line, S")
L.step(sum(X) == 6); L.step(sum(x * x for x in X) == 14); L.step(sum(Y) == 14)
sxy = sum(x * y for x, y in zip(X, Y))
L.step(sxy == 27, note="29")
L.step(same(sp.diff(S, a), -2 * sum(y - a - b * x for x, y in zip(X, Y)), positive=False)); L.define(note="= 0")
L.step(same(sp.diff(S, b), -2 * sum(x * (y - a - b * x) for x, y in zip(X, Y)), positive=False)); L.define(note="= 0")
L.define(2, "the system to solve")
L.step(4 * 14 - 6 * 6 == 20)
sol = sp.solve([sp.diff(S, a), sp.diff(S, b)], [a, b])
aw, bw = sp.Rational(14 * 14 - 6 * 27, 20), sp.Rational(4 * 27 - 6 * 14, 20)
L.step(sol[a] == aw, carried=True); L.step(aw == sp.Rational(34, 20)); L.step(sp.Rational(34, 20) == R("1.7"))
L.step(sol[b] == bw, carried=True); L.step(bw == sp.Rational(24, 20)); L.step(sp.Rational(24, 20) == R("1.2"))
L.step((sp.Rational(sum(X), 4), sp.Rational(sum(Y), 4)) == (R("1.5"), R("3.5"))); L.step(R("1.7") + R("1.2") * R("1.5") == R("3.5"))
L.define(note="x = 3")
L.step(sol[a] + 3 * sol[b] == R("1.7") + R("1.2") * 3, carried=True); L.step(R("1.7") + R("1.2") * 3 == R("5.3"))
L.step(sxy == 0 + 3 + 8 + 18); L.step(sxy == 29)
L.step(sol[a] == sp.Rational(196 - 174, 20)); L.step(sol[a] == R("1.1")); L.step(sol[b] == sp.Rational(116 - 84, 20)); L.step(sol[b] == R("1.6"))
# Q2
mu = sp.symbols("mu", real=True); v = sp.symbols("v", positive=True)
data = [1, 3, 3, 5]; n = 4
ell = sum(-sp.log(2 * sp.pi * v) / 2 - (x - mu) ** 2 / (2 * v) for x in data)
L.define(note="data")
L.step(same(ell, -sp.Rational(n, 2) * sp.log(2 * sp.pi * v) - sum((x - mu) ** 2 for x in data) / (2 * v), positive=False))
L.define(note="n = 4")
L.step(same(sp.diff(ell, mu), sum(x - mu for x in data) / v, positive=False)); L.define(note="= 0")
L.step(same(sp.diff(ell, v), -sp.Rational(n, 2) / v + sum((x - mu) ** 2 for x in data) / (2 * v ** 2), positive=False)); L.define(note="= 0")
mle = sp.solve([sp.diff(ell, mu), sp.diff(ell, v)], [mu, v], dict=True)[0]
L.step(mle[mu] == sp.Rational(sum(data), n)); L.step(sp.Rational(sum(data), n) == sp.Rational(12, 4)); L.step(mle[mu] == 3)
ss = sum((x - 3) ** 2 for x in data)
L.step(mle[v] == sp.Rational(ss, n - 1), note="1/n"); L.step(ss == 4 + 0 + 0 + 4); L.step(sp.Rational(8, 3) == sp.Rational(ss, 3))
lmax = ell.subs(mle)
lw = ell.subs({mu: 3, v: sp.Rational(8, 3)})
L.step(sp.simplify(lmax - (-2 * sp.log(2 * sp.pi * sp.Rational(8, 3)) - sp.Rational(8, 2) / sp.Rational(8, 3))) == 0,
       carried=sp.simplify(lw - (-2 * sp.log(2 * sp.pi * sp.Rational(8, 3)) - sp.Rational(8, 2) / sp.Rational(8, 3))) == 0)
L.step(rounds("16.7552", 2 * sp.pi * sp.Rational(8, 3)) and sp.Rational(8, 2) / sp.Rational(8, 3) == R("1.5"))
L.step(rounds("-7.1374", -2 * sp.log(R("16.7552")) - R("1.5")))
L.step(mle[v] == sp.Rational(8, 4)); L.step(mle[v] == 2)
L.step(sp.simplify(lmax - (-2 * sp.log(4 * sp.pi) - 2)) == 0); L.step(rounds("-7.0620", lmax, approx=True))
# Q3
u, w = sp.symbols("u v", real=True)
f = u ** 2 + u * w + w ** 2 - 3 * u
L.define(note="f")
L.step(same(sp.diff(f, u), 2 * u + w - 3, positive=False)); L.define(note="= 0")
L.step(same(sp.diff(f, w), u + w, positive=False), note="u + 2v"); L.define(note="= 0")
st = sp.solve([sp.diff(f, u), sp.diff(f, w)], [u, w])
stw = sp.solve([2 * u + w - 3, u + w], [u, w])
L.step(st[u] == 3, carried=stw[u] == 3); L.step(st[w] == -3, carried=stw[w] == -3)
L.step(f.subs({u: 3, w: -3}) == 9 - 9 + 9 - 9); L.step(9 - 9 + 9 - 9 == 0)
Hs = sp.hessian(f, (u, w))
L.step(Hs.det() == 3 and 3 > 0); L.step(Hs.trace() == 4 and 4 > 0)
L.step(same(sp.diff(f, w), u + 2 * w, positive=False)); L.define(2, "the system")
L.step(st[u] == 2); L.step(st[w] == -1); L.step(f.subs(st) == 4 - 2 + 1 - 6); L.step(4 - 2 + 1 - 6 == -3)
# Q4 forward mode
x1, x2 = sp.symbols("x1 x2", real=True)
F = x1 * x2 + sp.sin(x1)
pt = {x1: 2, x2: 3}
L.define(2, "f, seed")
L.define(); L.step((x1 * x2).subs(pt) == 6)
L.define(note="product rule tangent"); L.step(1 * 3 + 2 * 0 == sp.diff(x1 * x2, x1).subs(pt)); L.step(1 * 3 + 2 * 0 == 3)
L.define(); L.step(rounds("0.9093", sp.sin(2)))
L.step(same(sp.diff(sp.sin(x1), x1), -sp.cos(x1), positive=False), note="+cos")
L.step(rounds("0.4161", -sp.cos(2)))
L.define(); L.step(rounds("6.9093", 6 + sp.sin(2)))
L.define(note="sum rule tangent")
dF = sp.diff(F, x1).subs(pt)
L.step(rounds("3.4161", dF), carried=rounds("3.4161", 3 + R("0.4161")))
L.step(True, note="df/dx1 = v3-dot"); L.step(rounds("3.4161", dF), carried=True)
L.step(True, note="v2-dot = cos 2 for the seed 1"); L.step(rounds("-0.4161", sp.cos(2)))
L.step(same(sp.diff(F, x1), x2 + sp.cos(x1), positive=False)); L.step(rounds("2.5839", dF))
# Q5
n_, x, k = sp.symbols("n x k", positive=True)
L.step(sp.limit((1 + 1 / n_) ** n_, n_, sp.oo) == sp.E)
L.step(sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0) == 1, note="1/2")
L.step(sp.limit(x * sp.exp(-x), x, sp.oo) == 0)
L.step(sp.summation(R("0.9") ** k, (k, 0, sp.oo)) == 10)
L.step(sp.simplify(sp.summation(k, (k, 1, n_)) - n_ * (n_ + 1) / 2) == 0)
L.step(sp.summation(k * sp.Rational(1, 2) ** k, (k, 0, sp.oo)) == 4, note="2")
L.define(note="beta"); L.step(1 / (1 - R("0.9")) == 10)
L.step(sp.limit(sp.exp(x) / 2, x, 0) == sp.Rational(1, 2) == sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0))
xx = sp.symbols("xx", positive=True)
L.step(same(sp.summation(k * xx ** k, (k, 0, sp.oo)).subs(xx, sp.Rational(1, 3)), sp.Rational(1, 3) / (1 - sp.Rational(1, 3)) ** 2))
L.define(note="x = 1/2")
# Q6
A, B = sp.symbols("A B", positive=True)
L.define(2, "m, v"); L.define(2, "the system")
L.define(note="the second equation rewritten, = v")
sol6 = sp.solve([A / (A + B) - R("0.6"), A * B / ((A + B) ** 2 * (A + B + 1)) - R("0.04")], [A, B], dict=True)[0]
L.step(sol6[A] + sol6[B] == R("0.6") * R("0.4") / R("0.04"), note="minus 1")
L.step(R("0.6") * R("0.4") / R("0.04") == R("0.6") * (1 - R("0.6")) / R("0.04")); L.step(R("0.24") / R("0.04") == 6)
L.step(sol6[A] == R("0.6") * 6, carried=True); L.step(R("0.6") * 6 == R("3.6"))
L.step(sol6[B] == 6 - R("3.6"), carried=True); L.step(6 - R("3.6") == R("2.4"))
L.step(R("3.6") / 6 == R("0.6")); L.step(rounds("0.0343", R("3.6") * R("2.4") / (36 * 7)))
L.step(R("0.0343") != R("0.04")); L.step(sol6[A] + sol6[B] + 1 == 6); L.step(sol6[A] + sol6[B] == 5); L.step(sol6[A] == 3); L.step(sol6[B] == 2)
# Q7
sg = lambda t: 1 / (1 + sp.exp(-t))
L.step(sg(0) == R("0.5")); L.step(sp.tanh(0) == 1, note="0")
tt = sp.symbols("tt", real=True)
L.step(sp.diff(sp.Max(0, tt), tt).subs(tt, -1) == 0); L.step(sp.log(1 + sp.exp(0)) == 1, note="ln 2")
from sympy.stats import Geometric, E as Ex, variance
G = Geometric("G", R("0.25"))
L.step(Ex(G) == 1 / R("0.25")); L.step(1 / R("0.25") == 4)
L.step(variance(G) == (1 - R("0.25")) / R("0.25"), note="(1-p)/p^2"); L.step((1 - R("0.25")) / R("0.25") == 3)
L.define(note="p")
L.step(sp.tanh(0) == 0); L.step(sp.log(1 + sp.exp(0)) == sp.log(2)); L.step(variance(G) == (1 - R("0.25")) / R("0.25") ** 2); L.step(variance(G) == 12)
L.done()
