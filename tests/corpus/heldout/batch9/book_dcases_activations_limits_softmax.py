"""Labels for book_dcases_activations_limits_softmax.tex: a revision booklet in the book class (frontmatter,
chapters, backmatter errata), mathtools (`\\coloneqq` definitions, `dcases`), `gathered`, `\\DeclareMathOperator`:
sigmoid/tanh/softplus identities and values, limits (l'Hopital), finite and infinite sums, momentum as a
geometric sum, softmax/LSE/cross-entropy/entropy/temperature, the Huber loss and its derivative.
Slips: tanh = 2 sigma(x) - 1 (carried into tanh', tanh'(0), tanh'(1)); l'Hopital's last limit e^0/2 = 1;
sum k x^k = x/(1 - x) (carried at x = 1/2); 0.9^10 taken as 0.9^9 (carried into v_10); the entries of
p - y summing to one; the Huber slope at r = -2.5 with its sign lost; the friend's errata."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/book_dcases_activations_limits_softmax.tex")
x, n, k, beta = sp.symbols("x n k beta")
sig = lambda u: 1 / (1 + sp.exp(-u))
zeta = lambda u: sp.log(1 + sp.exp(u))
ds = lambda f: sp.diff(f, x)
L.step(same(sig(-x), 1 - sig(x), positive=False)); L.step(same(ds(sig(x)), sig(x) * (1 - sig(x)), positive=False))
L.step(same(sp.tanh(x), 2 * sig(x) - 1, positive=False), note="2 sigma(2x) - 1")
L.step(same(ds(sp.tanh(x)), 2 * ds(sig(x)), positive=False), carried=True)
L.step(same(2 * ds(sig(x)), 2 * sig(x) * (1 - sig(x)), positive=False))
L.step(same(ds(zeta(x)), sig(x), positive=False)); L.step(same(zeta(x) - zeta(-x), x, positive=False))
L.step(sig(0) == sp.Rational(1, 2)); L.step(sp.simplify(ds(sig(x)).subs(x, 0)) == sp.Rational(1, 4))
L.step(sp.diff(sp.tanh(x), x).subs(x, 0) == 2 * sp.Rational(1, 4), carried=True); L.step(2 * sp.Rational(1, 4) == sp.Rational(1, 2))
L.step(zeta(0) == sp.log(2))
L.step(same(sp.diff(sig(x), x, 2), ds(sig(x)) * (1 - 2 * sig(x)), positive=False)); L.step(sp.simplify(sp.diff(sig(x), x, 2).subs(x, 0)) == 0)
L.define(note="x = 1")
L.step(rounds("0.7311", sig(1))); L.step(rounds("0.7616", sp.tanh(1)))
L.step(substituted(ds(sig(x)).subs(x, 1), lambda u, v: u * v, "~0.7311", "~0.2689")); L.step(rounds("0.1966", R("0.7311") * R("0.2689"), ds(sig(x)).subs(x, 1), approx=True))
L.step(substituted(sp.diff(sp.tanh(x), x).subs(x, 1), lambda u: 2 * u, "~0.1966"), carried=True); L.step(2 * R("0.1966") == R("0.3932"))
# limits
L.step(sp.limit(sig(x), x, sp.oo) == 1); L.step(sp.limit(sig(x), x, -sp.oo) == 0); L.step(sp.limit(sp.tanh(x) / x, x, 0) == 1)
L.step(sp.limit((sig(x) - sp.Rational(1, 2)) / x, x, 0) == sp.simplify(ds(sig(x)).subs(x, 0))); L.step(sp.simplify(ds(sig(x)).subs(x, 0)) == sp.Rational(1, 4))
L.step(sp.limit((1 + 1 / n) ** n, n, sp.oo) == sp.E); L.step(sp.limit(x * (1 - sp.tanh(x)), x, sp.oo) == 0)
l1 = sp.limit((sp.exp(x) - 1 - x) / x**2, x, 0); l2 = sp.limit((sp.exp(x) - 1) / (2 * x), x, 0); l3 = sp.limit(sp.exp(x) / 2, x, 0)
L.step(l1 == l2); L.step(l2 == l3); L.step(l3 == 1, note="e^0/2 = 1/2")
# sums
L.step(sp.simplify(sp.summation(k, (k, 1, n)) - n * (n + 1) / 2) == 0); L.step(sp.summation(k, (k, 1, 100)) == 5050)
L.step(sp.simplify(sp.summation(2 * k - 1, (k, 1, n)) - n**2) == 0)
L.step(sp.summation(k**2, (k, 1, 10)) == sp.Rational(10 * 11 * 21, 6)); L.step(sp.Rational(10 * 11 * 21, 6) == 385)
L.step(sp.summation(1 / (k * (k + 1)), (k, 1, sp.oo)) == sp.summation(1 / k - 1 / (k + 1), (k, 1, sp.oo)) or
       sp.simplify(sp.apart(1 / (k * (k + 1)), k) - (1 / k - 1 / (k + 1))) == 0)
L.step(sp.summation(1 / (k * (k + 1)), (k, 1, sp.oo)) == 1)
L.step(sp.simplify(sp.summation((-1) ** (k + 1) / k, (k, 1, sp.oo)) - sp.log(2)) == 0)
L.define(note="|beta| < 1")
b0 = sp.Rational(3, 10)
L.step(sp.summation(b0**k, (k, 0, sp.oo)) == 1 / (1 - b0))
xs = sp.Rational(1, 3)
L.step(sp.summation(k * xs**k, (k, 0, sp.oo)) == xs / (1 - xs), note="x/(1-x)^2")
half = sp.Rational(1, 2)
L.step(sp.summation(k * half**k, (k, 0, sp.oo)) == half / (1 - half), carried=True); L.step(half / (1 - half) == 1)
# momentum
L.define(2, "momentum rule, v0")
t = 7; g = sp.symbols("g"); bb = sp.Rational(9, 10)
v = 0
for _ in range(t):
    v = bb * v + g
L.step(sp.expand(v - sum(bb**j * g for j in range(t))) == 0)
L.step(sp.simplify(sum(bb**j * g for j in range(t)) - (1 - bb**t) / (1 - bb) * g) == 0)
L.define(note="beta = 0.9")
v10 = (1 - bb**10) / (1 - bb) * g
L.step(rounds("0.3874", bb**10, approx=True), note="that is 0.9^9")
L.step(substituted(v10 / g, lambda u: (1 - u) / R("0.1"), "~0.3874"), carried=True)
L.step((1 - R("0.3874")) / R("0.1") == R("6.126"))
L.step(sp.limit((1 - bb**n) / (1 - bb), n, sp.oo) * g == g / (1 - bb)); L.step(g / (1 - bb) == 10 * g)
# softmax
L.define(2, "softmax, LSE")
z1, z2, z3 = sp.symbols("z1 z2 z3"); zs = [z1, z2, z3]
lse = sp.log(sum(sp.exp(u) for u in zs))
L.step(all(same(sp.diff(lse, u), sp.exp(u) / sum(sp.exp(w) for w in zs), positive=False) for u in zs))
L.define(note="z")
zv = [2, 0, -1]; ev = [sp.exp(u) for u in zv]; S = sum(ev); LSE = sp.log(S); pv = [e / S for e in ev]
L.step(rounds("7.3891", ev[0])); L.step(ev[1] == 1); L.step(rounds("0.3679", ev[2]))
L.step(R("7.3891") + 1 + R("0.3679") == R("8.7570"))
# 8.7570 is the sum of the roundings 7.3891 + 1 + 0.3679 (exact 8.756936): judged through them
L.step(substituted(LSE, lambda u, w: sp.log(u + 1 + w), "~7.3891", "~0.3679")); L.step(rounds("2.1698", LSE, approx=True))
L.define(note="p")
L.step(all(rounds(w_, q) for w_, q in zip(["0.8438", "0.1142", "0.0420"], pv)))
L.step(max(zv) == 2); L.step(2 <= LSE); L.step(LSE <= 2 + sp.log(3)); L.step(rounds("3.0986", 2 + sp.log(3), approx=True))
L.step(True, note="CE of class 2"); L.step(sp.simplify(-sp.log(pv[1]) - (LSE - zv[1])) == 0); L.step(rounds("2.1698", LSE, approx=True))
yv = [0, 1, 0]
L.step(True, note="softmax-CE gradient p - y")
L.step(all(rounds(w_, q - yy) for w_, q, yy in zip(["0.8438", "-0.8858", "0.0420"], pv, yv)))
L.step(sp.simplify(sum(q - yy for q, yy in zip(pv, yv)) - 1) == 0, note="they sum to 0")
H = -sum(q * sp.log(q) for q in pv)
L.define(note="entropy"); L.step(rounds("0.5243", H, approx=True)); L.step(H < sp.log(3))
L.define(note="T = 2")
L.step([sp.Rational(u, 2) for u in zv] == [1, 0, R("-0.5")])
L.step(substituted(sp.exp(1) / (sp.exp(1) + 1 + sp.exp(R("-0.5"))), lambda u, w: u / (u + 1 + w), "~2.7183", "~0.6065"))
L.step(rounds("0.6285", sp.exp(1) / (sp.exp(1) + 1 + sp.exp(R("-0.5"))), approx=True))
T = sp.symbols("T", positive=True)
L.step([sp.limit(sp.exp(u / T) / sum(sp.exp(w / T) for w in zv), T, 0, "+") for u in zv] == [1, 0, 0])
# Huber
r, d = sp.symbols("r delta", real=True)
L.define(3, "Huber loss and its conditions")
hub_in, hub_out = r**2 / 2, d * (sp.Abs(r) - d / 2)
L.step(sp.diff(hub_in, r) == r and sp.simplify(sp.diff(hub_out, r) - d * sp.sign(r)) == 0)
L.define(2, "conditions")
L.define(note="|r| = delta")
L.step(sp.simplify(d**2 / 2 - d * (d - d / 2)) == 0)
L.define(note="delta = 1")
hub = lambda u: u**2 / 2 if abs(u) <= 1 else (abs(u) - sp.Rational(1, 2))
dhub = lambda u: u if abs(u) <= 1 else sp.sign(u)
L.step(hub(R("2.5")) == R("2.5") - R("0.5")); L.step(hub(R("2.5")) == 2); L.step(dhub(R("2.5")) == 1)
L.step(hub(R("-0.4")) == R("0.16") / 2); L.step(hub(R("-0.4")) == R("0.08")); L.step(dhub(R("-0.4")) == R("-0.4"))
L.step(dhub(R("-2.5")) == 1, note="sign(r) = -1")
# errata
L.step(same(sp.tanh(x), 2 * sig(2 * x) - 1, positive=False))
L.step(same(ds(sp.tanh(x)), 4 * ds(sig(x)).subs(x, 2 * x), positive=False)); L.step(same(ds(sp.tanh(x)), 1 - sp.tanh(x) ** 2, positive=False))
L.step(ds(sp.tanh(x)).subs(x, 0) == 1); L.step(rounds("0.4200", ds(sp.tanh(x)).subs(x, 1), approx=True))
L.step(sp.exp(0) / 2 == sp.Rational(1, 2)); L.step(sp.summation(k * xs**k, (k, 0, sp.oo)) == xs / (1 - xs) ** 2)
L.define(note="x = 1/2")
L.step(rounds("0.3487", bb**10, approx=True)); L.step(rounds("6.5132", v10 / g, approx=True))
L.step(1 - 1 == 0); L.step(dhub(R("-2.5")) == -1)
L.done()
