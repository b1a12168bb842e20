"""Labels for errata_activation_loss_identities.tex: a textbook's errata list ("for X read Y"): each
printed formula judged on its own (sigma', tanh via sigma, tanh'', softplus', d log sigma, the BCE
gradient, the softmax Jacobian with a Kronecker delta, Beta mode and variance, Bernoulli KL, a
squared-error gradient, the Poisson limit), the printed examples (a wrong formula's numbers are
carried), and four reports that were correct as printed."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch6/errata_activation_loss_identities.tex")
z, x, y, w = sp.symbols("z x y w", real=True)
a, b, p, q, lam = sp.symbols("alpha beta p q lambda", positive=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
S = lambda e1, e2, syms=(z,): same(e1, e2, list(syms), positive=False)
dsig = sp.diff(sig(z), z)
L.step(S(dsig, sig(z)**2)); L.step(S(dsig, sig(z) * (1 - sig(z))))
L.step(dsig.subs(z, 0) == R("0.5")); L.step(dsig.subs(z, 0) == R("0.25")); L.step(sig(0) == R("0.5"))
L.step(S(sp.tanh(x), 2 * sig(x) - 1, [x])); L.step(S(sp.tanh(x), 2 * sig(2 * x) - 1, [x]))
L.step(S(sp.diff(sp.tanh(x), x, 2), -2 * sp.tanh(x), [x])); L.step(S(sp.diff(sp.tanh(x), x, 2), -2 * sp.tanh(x) * (1 - sp.tanh(x)**2), [x]))
sp_d = sp.diff(sp.log(1 + sp.exp(z)), z)
L.step(S(sp_d, sp.exp(z) / (1 + sp.exp(z))**2)); L.step(S(sp_d, sp.exp(z) / (1 + sp.exp(z)))); L.step(S(sp.exp(z) / (1 + sp.exp(z)), sig(z)))
L.step(S(sp.diff(sp.log(sig(z)), z), sig(z))); L.step(S(sp.diff(sp.log(sig(z)), z), 1 - sig(z))); L.step(S(sp.diff(sp.log(1 - sig(z)), z), -sig(z)))
bce = -y * sp.log(sig(z)) - (1 - y) * sp.log(1 - sig(z))
L.step(S(sp.diff(bce, z), y - sig(z), [z, y])); L.step(S(sp.diff(bce, z), sig(z) - y, [z, y]))
zs = sp.symbols("z1:4", real=True)
soft = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
L.define()
L.step(all(S(sp.diff(soft[i], zs[j]), soft[i] * (1 - soft[j]), zs) for i in range(3) for j in range(3)))
L.step(all(S(sp.diff(soft[i], zs[j]), soft[i] * ((1 if i == j else 0) - soft[j]), zs) for i in range(3) for j in range(3)))
s3 = sp.exp(3) / (sp.E + sp.exp(2) + sp.exp(3))
L.define(); L.step(True, note="s3 formula"); L.step(rounds("0.6652", s3))
L.step(False, note="ds3/dz3 is s3(1 - s3)"); L.step(rounds("0.4425", R("0.6652")**2))
L.step(rounds("0.2227", s3 * (1 - s3), R("0.6652") * (1 - R("0.6652"))))
t = sp.Symbol("t", positive=True)
dens = t**(a - 1) * (1 - t)**(b - 1)
mode = sp.solve(sp.diff(sp.log(dens), t), t)[0]
L.step(same(mode, (a - 1) / (a + b), [a, b])); L.step(same(mode, (a - 1) / (a + b - 2), [a, b]))
varb = a * b / ((a + b)**2 * (a + b + 1))          # the Beta variance, checked below on a case
import sympy.stats as st  # noqa: E402
assert sp.simplify(st.variance(st.Beta("T", 3, 5)) - varb.subs({a: 3, b: 5})) == 0
L.step(same(varb, a * b / ((a + b) * (a + b + 1)), [a, b])); L.step(True, note="the Beta variance")
L.define(2); L.step(False, carried=sp.Rational(15, 8 * 9) == sp.Rational(15, 72)); L.step(rounds("0.2083", sp.Rational(15, 72)))
L.step(varb.subs({a: 3, b: 5}) == sp.Rational(15, 576)); L.step(rounds("0.0260", sp.Rational(15, 576)))
kl = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
L.step(same(kl, p * sp.log(p / q) + (1 - p) * sp.log((1 - q) / (1 - p)), [p, q])); L.step(True, note="Bernoulli KL")
L.define(2)
L.step(False, carried=True, note="the printed formula's numbers"); L.step(rounds("0.5493", R("0.5") * sp.log(2) + R("0.5") * sp.log(R("0.75") / R("0.5"))))
L.step(sp.simplify(kl.subs({p: R("0.5"), q: R("0.25")}) - (R("0.5") * sp.log(2) + R("0.5") * sp.log(R("0.5") / R("0.75")))) == 0)
L.step(rounds("0.1438", kl.subs({p: R("0.5"), q: R("0.25")})))
sq = sp.diff((w * x - y)**2 / 2, w)
L.step(S(sq, (w * x - y) * w, [w, x, y])); L.step(S(sq, (w * x - y) * x, [w, x, y]))
n = sp.Symbol("n", positive=True)
lim = sp.limit((1 - lam / n)**n, n, sp.oo)
L.step(sp.simplify(lim - sp.exp(lam)) == 0); L.step(sp.simplify(lim - sp.exp(-lam)) == 0)
L.step(S(sp.diff(sp.tanh(x), x), sp.sech(x)**2, [x]))
L.step(sp.integrate(t * (1 - t), (t, 0, 1)) == sp.Rational(1, 6))
k = sp.Symbol("k", integer=True, nonnegative=True)
L.step(sp.simplify(sp.summation(lam**k / sp.factorial(k) * sp.exp(-lam), (k, 0, sp.oo))) == 1)
L.step(S(sig(-z), 1 - sig(z)))
L.done()
