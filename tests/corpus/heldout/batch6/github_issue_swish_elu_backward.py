"""Labels for github_issue_swish_elu_backward.tex: a GitHub issue thread on a custom autograd function:
swish' written as sigma', the product rule, values at 1 and -2 (negative slope, so "swish' > 0" is wrong),
ELU's backward as elu - alpha, d log cosh = coth, the limits of swish and its slope."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/github_issue_swish_elu_backward.tex")
x = sp.Symbol("x", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
sw = x * sig(x); dsw = sp.diff(sw, x)
S = lambda a, b: same(a, b, [x], positive=False)
L.define(); L.step(S(dsw, sig(x) * (1 - sig(x)))); L.define()
L.step(S(dsw, sig(x) + x * sig(x) * (1 - sig(x)))); L.step(S(sig(x) + x * sig(x) * (1 - sig(x)), sig(x) * (1 + x * (1 - sig(x)))))
L.define(); L.step(rounds("0.7311", sig(1)))
L.step(substituted(dsw.subs(x, 1), lambda s, t: s + s * t, "~0.7311", "~0.2689")); L.step(rounds("0.9277", dsw.subs(x, 1), R("0.7311") * R("1.2689")))
L.step(rounds("0.9277", (sw.subs(x, R("1.001")) - sw.subs(x, R("0.999"))) / R("0.002"), approx=True))
L.step(rounds("0.1192", sig(-2)))
L.step(substituted(dsw.subs(x, -2), lambda s, t: s - 2 * s * t, "~0.1192", "~0.8808"))
L.step(rounds("0.2100", 2 * R("0.1192") * R("0.8808"))); L.step(rounds("-0.0908", dsw.subs(x, -2), R("0.1192") - R("0.2100")))
L.step(sp.N(dsw.subs(x, -2)) > 0)
a = sp.Symbol("alpha", positive=True)
elu = a * (sp.exp(x) - 1)
L.define(3); L.step(S(sp.diff(elu, x).subs(a, 2), (elu + a).subs(a, 2)))
L.define(2)
e1 = elu.subs({a: 1, x: -1})
L.step(e1 == sp.exp(-1) - 1); L.step(rounds("-0.6321", e1))
L.step(rounds("0.3679", sp.exp(-1))); L.step(R("-0.6321") + 1 == R("0.3679"))
L.step(sp.diff(elu, x).subs({a: 1, x: -1}) == e1 - 1); L.step(R("-0.6321") - 1 == R("-1.6321"))
L.step(S(sp.diff(sp.log(sp.cosh(x)), x), sp.coth(x))); L.step(rounds("0.4621", sp.tanh(R("0.5"))))
L.step(sp.limit(sw, x, -sp.oo) == 0); L.step(sp.limit(sw / x, x, sp.oo) == 1); L.step(sp.limit(dsw, x, sp.oo) == 0)
L.step(S(sp.diff(elu, x).subs(a, 3), (elu + a).subs(a, 3))); L.define()
L.done()
