"""Labels for amsproc_alignat_squashing_derivatives.tex: an `amsproc` write-up with `alignat*` justification
columns and `\\underbrace`: sigmoid and tanh derivatives (symbolic and numeric), a student's answer with the
marker's notes, compositions, limits, series and integrals."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/amsproc_alignat_squashing_derivatives.tex")
x, y = sp.symbols("x y", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
th = sp.tanh
ds = sp.diff(sig(x), x)
dss = lambda t: sig(t) * (1 - sig(t))
sech = lambda t: 1 / sp.cosh(t)
P = dict(positive=False)
L.define(2, "sigma, tanh")
# quotient rule chain
L.step(same(ds, sp.exp(-x) / (1 + sp.exp(-x)) ** 2, **P))
L.step(same(sp.exp(-x) / (1 + sp.exp(-x)) ** 2, sig(x) * sp.exp(-x) / (1 + sp.exp(-x)), **P))
L.step(same(sig(x) * sp.exp(-x) / (1 + sp.exp(-x)), dss(x), **P))
L.step(same(sig(-x), 1 - sig(x), **P)); L.step(same(ds.subs(x, -x), ds, **P))
L.step(sp.simplify(ds.subs(x, 0) - sp.Rational(1, 4)) == 0)
L.step(sp.maximum(dss(x), x) == sp.Rational(1, 4) if False else all(sp.N(dss(t)) <= 0.25 for t in [-5, -1, -0.1, 0, 0.3, 2, 7]))
d2 = sp.diff(ds, x)
L.step(same(d2, ds * (1 - sig(x)) - sig(x) * ds, **P)); L.step(same(d2, ds * (1 - 2 * sig(x)), **P))
L.step(sp.simplify(d2.subs(x, 0)) == 0)
L.step(rounds("0.8808", sig(2))); L.step(substituted(dss(2), lambda a, b: a * b, "~0.8808", "~0.1192"))
L.step(rounds("0.1049", R("0.8808") * R("0.1192"), dss(2)), note="0.1050")
L.step(rounds("0.2689", sig(-1))); L.step(substituted(dss(-1), lambda a, b: a * b, "~0.2689", "~0.7311"))
L.step(rounds("0.1966", R("0.2689") * R("0.7311"), dss(-1)))
L.step(same(sp.diff(sp.log(sig(x)), x), ds / sig(x), **P)); L.step(same(ds / sig(x), 1 - sig(x), **P))
L.step(same(sp.diff(sp.log(1 - sig(x)), x), -sig(x), **P))
L.define(note="softplus"); zeta = sp.log(1 + sp.exp(x))
L.step(same(sp.diff(zeta, x), sp.exp(x) / (1 + sp.exp(x)), **P)); L.step(same(sp.exp(x) / (1 + sp.exp(x)), sig(x), **P))
yy = sp.Symbol("yy", positive=True)
L.step(sp.simplify(sig(sp.log(yy / (1 - yy))) - yy) == 0 or same(sig(sp.log(yy / (1 - yy))), yy, [yy]))
L.define(2, "0 < y < 1")
L.step(same(sp.diff(sp.log(yy / (1 - yy)), yy), 1 / (yy * (1 - yy)), [yy]) if True else None)
# tanh
dt = sp.diff(th(x), x)
q = ((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / (sp.exp(x) + sp.exp(-x)) ** 2
L.step(same(dt, q, **P)); L.step(same(q, 1 - th(x) ** 2, **P)); L.step(same(1 - th(x) ** 2, sech(x) ** 2, **P))
L.step(same(th(x), 2 * sig(2 * x) - 1, **P)); L.step(same(dt, 4 * dss(2 * x), **P))
L.step(dt.subs(x, 0) == 4 * sp.Rational(1, 4)); L.step(4 * sp.Rational(1, 4) == 1)
L.step(same(sp.diff(th(x), x, 2), -2 * th(x) * (1 - th(x) ** 2), **P))
h = sp.Rational(1, 2)
L.step(rounds("0.4621", th(h))); L.step(substituted(1 - th(h) ** 2, lambda a: 1 - a ** 2, "~0.4621"))
L.step(substituted(1 - th(h) ** 2, lambda a: 1 - a, "~0.2135") and rounds("0.2135", R("0.4621") ** 2))
L.step(rounds("0.7865", 1 - R("0.2135"), 1 - th(h) ** 2))
# the student's answer
wrong_ds = -sp.exp(-x) / (1 + sp.exp(-x)) ** 2
L.step(same(ds, wrong_ds, **P), note="sign")
L.step(same(wrong_ds, -dss(x), **P))
L.step(False, carried=substituted(-dss(1), lambda a, b: -a * b, "~0.7311", "~0.2689"))
L.step(rounds("-0.1966", -R("0.7311") * R("0.2689")))
L.step(same(dt, 1 + th(x) ** 2, **P), note="1 - tanh^2")
L.step(False, carried=substituted(1 + th(1) ** 2, lambda a: 1 + a ** 2, "~0.7616"))
L.step(rounds("1.5800", 1 + R("0.7616") ** 2))
L.step(same(th(x), 2 * sig(x) - 1, **P), note="needs 2x")
# marker
L.step(same(ds, dss(x), **P)); L.step(rounds("0.1966", dss(1)))
L.step(substituted(1 - th(1) ** 2, lambda a: 1 - a, "~0.5800")); L.step(rounds("0.4200", 1 - R("0.5800"), 1 - th(1) ** 2))
L.step(same(th(x), 2 * sig(2 * x) - 1, **P))
# compositions
L.step(same(sp.diff(sig(3 * x + 1), x), 3 * dss(3 * x + 1), **P)); L.step(same(sp.diff(th(x ** 2), x), 2 * x * sech(x ** 2) ** 2, **P))
L.step(same(sp.diff(sig(x) ** 2, x), 2 * sig(x) ** 2 * (1 - sig(x)), **P))
L.step(same(sp.diff(sig(2 * x), x), dss(2 * x), **P), note="factor 2")
L.define(note="x = 0.5")
L.step(sp.N(sp.diff(sig(2 * x), x).subs(x, h) - dss(1)) == 0, carried=True)
L.step(rounds("0.1966", dss(1)))
dn = sp.diff(th(sig(x)), x)
L.step(same(dn, (1 - th(sig(x)) ** 2) * dss(x), **P))
L.step(sp.N(dn.subs(x, 0) - (1 - th(h) ** 2) * R("0.25"), 30) == 0)
L.step(substituted(dn.subs(x, 0), lambda a: a * R("0.25"), "~0.7864"))
L.step(rounds("0.1966", R("0.7864") * R("0.25"), dn.subs(x, 0)))
# limits, series, integrals
L.step(sp.limit(ds, x, sp.oo) == 0); L.step(sp.limit(th(x) / x, x, 0) == 1)
L.step(sp.limit((sig(x) - h) / x, x, 0) == h, note="1/4")
L.step(sp.series(th(x), x, 0, 5).removeO() == x - x ** 3 / 3)
L.step(sp.expand(sp.series(sig(x), x, 0, 5).removeO() - (h + x / 4 - x ** 3 / 48)) == 0)
I1 = sp.integrate(ds, (x, 0, 1))
L.step(sp.N(I1 - (sig(1) - sig(0))) == 0); L.step(substituted(sig(1) - sig(0), lambda a: a - R("0.5"), "~0.7311"))
L.step(rounds("0.2311", R("0.7311") - R("0.5"), I1))
I2 = sp.Integral(th(x), (x, 0, 1)).evalf(30)
L.step(abs(I2 - sp.N(sp.log(sp.cosh(1)), 30)) < 1e-25); L.step(rounds("0.4338", sp.log(sp.cosh(1))))
L.done()
