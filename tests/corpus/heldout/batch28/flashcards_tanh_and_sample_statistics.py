"""Labels for flashcards_tanh_and_sample_statistics.tex: revision flashcards, tanh identities,
derivatives and values (4 places), then the sample mean and variance of an i.i.d. sample
(E, Var, unbiasedness of s^2), a worked five-number sample and standard-error numbers.
Expectations are taken exactly from the moments E[x] = mu, E[x^2] = mu^2 + sigma^2, independence."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch28/flashcards_tanh_and_sample_statistics.tex")
x, t = sp.symbols("x t", real=True)
th = sp.tanh(x)
sig = lambda z: 1 / (1 + sp.exp(-z))
# tanh
L.define(note="tanh = sinh/cosh")
L.step(same(sp.sinh(x) / sp.cosh(x), (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x)), positive=False))
L.step(same((sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x)), (sp.exp(2 * x) - 1) / (sp.exp(2 * x) + 1), positive=False))
L.step(same(th, 2 * sig(2 * x) - 1, positive=False)); L.define(note="sigma")
d1 = sp.diff(th, x)
L.step(same(d1, 1 - th ** 2, positive=False)); L.step(same(1 - th ** 2, sp.sech(x) ** 2, positive=False))
L.step(same(sp.sech(x) ** 2, 1 / sp.cosh(x) ** 2, positive=False))
L.step(same(sp.diff(th, x, 2), 2 * th * (1 - th ** 2), positive=False), note="-2 tanh x (1 - tanh^2 x)")
L.step(sp.tanh(0) == 0); L.step(d1.subs(x, 0) == 1); L.step(sp.limit(th, x, sp.oo) == 1)
L.step(same(sp.tanh(-x), -th, positive=False))
for xv, tv, sq, dv in (("0.5", "0.4621", "0.2135", "0.7865"), ("1", "0.7616", "0.5800", "0.4200"), ("2", "0.9640", "0.9293", "0.0770")):
    exact_t = sp.tanh(R(xv))
    L.step(rounds(tv, exact_t, approx=True))
    if xv == "0.5":
        L.step(substituted(1 - exact_t ** 2, lambda a: 1 - a ** 2, "~" + tv))
        L.step(rounds(sq, R(tv) ** 2) and True)           # 1 - 0.4621^2 = 1 - 0.2135
    else:
        L.step(substituted(1 - exact_t ** 2, lambda a: 1 - a, "~" + sq) and rounds(sq, R(tv) ** 2), note="1 - tanh^2 = 1 - sq")
    L.step(rounds(dv, 1 - exact_t ** 2, 1 - R(sq)), note="tanh'(2) = 0.0707")
g3 = sp.diff(sp.tanh(3 * x), x)
L.step(same(g3, 1 - sp.tanh(3 * x) ** 2, positive=False), note="factor 3 dropped")
L.step(g3.subs(x, 0) == 1, carried=(1 - sp.tanh(3 * x) ** 2).subs(x, 0) == 1)
L.step(same(sp.diff(sp.log(sp.cosh(x)), x), th, positive=False))
I = sp.integrate(th, (x, 0, 1))
L.step(sp.N(I - sp.log(sp.cosh(1)), 30) == 0 or abs(sp.N(sp.Integral(th, (x, 0, 1)), 30) - sp.N(sp.log(sp.cosh(1)), 30)) < 1e-25)
L.step(rounds("0.4338", sp.log(sp.cosh(1)), approx=True))
u = sp.symbols("u", positive=True)
y = u / (1 + u)                                      # a point of (0, 1)
L.step(same(sp.atanh(y), sp.log((1 + y) / (1 - y)) / 2))
L.step(same(sp.diff(sp.atanh(x), x).subs(x, y), 1 / (1 - y ** 2)))
L.step(rounds("0.5000", sp.atanh(R("0.4621")), approx=True))
# sample statistics: exact expectations for n = 4 from the moments
mu = sp.symbols("mu", real=True)
s = sp.symbols("sigma", positive=True)
n = 4
xs = sp.symbols(f"x1:{n + 1}", real=True)


def E(expr):
    """Expectation of a polynomial in i.i.d. x_i with mean mu and variance sigma^2 (degree <= 2 each)."""
    total = 0
    for term in sp.Add.make_args(sp.expand(expr)):
        val = term
        for xi in xs:
            d = sp.degree(term, xi)
            assert d <= 2
            val = val.subs(xi, 1) * {0: 1, 1: mu, 2: mu ** 2 + s ** 2}[d] if d else val
        total += val
    return sp.expand(total)


def Var(expr):
    return sp.expand(E(expr ** 2) - E(expr) ** 2)


xbar = sum(xs) / n
SS = sum((xi - xbar) ** 2 for xi in xs)
L.define(2, "E x_i = mu, Var x_i = sigma^2"); L.define(2, "xbar, s^2")
L.step(E(xbar) == mu); L.step(sp.simplify(Var(xbar) - s ** 2 / n) == 0)
L.step(True, note="SE = sqrt(Var xbar) = sigma/sqrt(n)")
L.step(sp.simplify(Var(xbar) - sum(Var(xi) for xi in xs) / n ** 2) == 0)
L.step(sp.simplify(sum(Var(xi) for xi in xs) / n ** 2 - n * s ** 2 / n ** 2) == 0)
L.step(True, note="n sigma^2 / n^2 = sigma^2 / n")
L.step(sp.expand(sum(xi - xbar for xi in xs)) == 0)
L.step(sp.expand(SS - (sum(xi ** 2 for xi in xs) - n * xbar ** 2)) == 0)
L.step(sp.expand(E(SS) - (n - 1) * s ** 2) == 0); L.step(sp.expand(E(SS / (n - 1)) - s ** 2) == 0)
L.step(sp.expand(E(SS / n) - sp.Rational(n - 1, n) * s ** 2) == 0); L.step(sp.Rational(n - 1, n) < 1)
data = [2, 4, 4, 5, 10]
m = sp.Rational(sum(data), len(data)); ss = sum((d - m) ** 2 for d in data)
L.define(note="n = 5"); L.step(sum(data) == 25); L.step(sp.Rational(25, 5) == m); L.step(m == 5)
L.step([(d - m) ** 2 for d in data] == [9, 1, 1, 0, 25]); L.step(ss == 34, note="36")
L.step(ss / 4 == sp.Rational(34, 4), carried=True); L.step(sp.Rational(34, 4) == R("8.5"))
L.step(sp.sqrt(ss / 4) == sp.sqrt(R("8.5")), carried=True); L.step(rounds("2.9155", sp.sqrt(R("8.5")), approx=True))
L.step(sum(d ** 2 for d in data) == 4 + 16 + 16 + 25 + 100); L.step(4 + 16 + 16 + 25 + 100 == 161)
L.step(161 - 5 * 5 ** 2 == 36); L.step(36 != 34)
L.define(2, "sigma = 3, n = 25")
L.step(True, note="SE = 3/sqrt(25)"); L.step(3 / sp.sqrt(25) == R("0.6")); L.step(rounds("1.1760", R("1.96") * R("0.6")))
nn = sp.symbols("n", positive=True)
L.step(same(s / sp.sqrt(4 * nn), s / sp.sqrt(nn) / 2))
L.done()
