"""Labels for forum_answer_importance_sampling_weights.tex: a Q&A thread on importance sampling for a
normal tail with an N(2, 1) proposal. The asker's log-weight has its sign flipped (2x - 2 for 2 - 2x),
carried into all five weights and the estimate; the answer's ESS 0.2137/0.0792 = 2.98 (2.70); in the
closed-form exponential toy the derivative of lambda(2 - lambda)^3 factored as (2 - lambda)^2(2 - 2 lambda),
carried into the optimum lambda = 1."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/forum_answer_importance_sampling_weights.tex")
x = sp.symbols("x", real=True)
lam = sp.symbols("lambda", positive=True)
Phi = lambda z: (1 + sp.erf(z / sp.sqrt(2))) / 2
p = sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi)
q = sp.exp(-(x - 2) ** 2 / 2) / sp.sqrt(2 * sp.pi)
logw = sp.log(p) - sp.log(q)
L.define(2, "q = N(2, 1), w = p/q")
L.define(note="log w = log p - log q")
L.step(same(logw, -x ** 2 / 2 + (x - 2) ** 2 / 2, positive=False))
L.step(same(logw, 2 * x - 2, positive=False), note="2 - 2x")
xs = ["2.3", "1.7", "2.9", "2.1", "3.4"]
L.define(note="draws")
W = {s: sp.exp(logw.subs(x, R(s))) for s in xs}
for s, e, v in (("2.3", "2.6", "13.46"), ("1.7", "1.4", "4.055"), ("2.9", "3.8", "44.70"), ("2.1", "2.2", "9.025"), ("3.4", "4.8", "121.5")):
    L.step(sp.simplify(W[s] - sp.exp(R(e))) == 0, carried=(2 * R(s) - 2 == R(e)))
    L.step(rounds(v, sp.exp(R(e)), approx=True))
L.define(note="x = 1.7 misses")
tail = [s for s in xs if R(s) > 2]
Phat = sum(W[s] for s in tail) / 5
L.step(substituted(Phat, lambda a, b, c, d: (a + b + c + d) / 5, "~13.46", "~44.70", "~9.025", "~121.5"), carried=True)
L.step(R("13.46") + R("44.70") + R("9.025") + R("121.5") == R("188.685")); L.step(rounds("37.74", R("188.685") / 5, approx=True))
# answer
L.step(same((x - 2) ** 2 / 2 - x ** 2 / 2, (x ** 2 - 4 * x + 4 - x ** 2) / 2, positive=False))
L.step(same((x ** 2 - 4 * x + 4 - x ** 2) / 2, (-4 * x + 4) / 2, positive=False)); L.step(same((-4 * x + 4) / 2, 2 - 2 * x, positive=False))
L.define(note="w_i = e^{2 - 2x_i}, the corrected rule")
for s, e, v in (("2.3", "2.6", "0.0743"), ("1.7", "1.4", "0.2466"), ("2.9", "3.8", "0.0224"), ("2.1", "2.2", "0.1108"), ("3.4", "4.8", "0.0082")):
    L.step(rounds(v, sp.exp(-R(e)), approx=True) and sp.simplify(W[s] - sp.exp(-R(e))) == 0)
L.step(substituted(Phat, lambda a, b, c, d: (a + b + c + d) / 5, "~0.0743", "~0.0224", "~0.1108", "~0.0082"))
L.step(R("0.0743") + R("0.0224") + R("0.1108") + R("0.0082") == R("0.2157")); L.step(rounds("0.0431", R("0.2157") / 5, approx=True))
L.step(rounds("0.0228", 1 - Phi(2), approx=True))
L.define(note="P tilde")
sw = sum(W.values())
L.step(substituted(sum(W[s] for s in tail) / sw, lambda a, b: a / b, "~0.2157", "~0.4623")
       and R("0.0743") + R("0.2466") + R("0.0224") + R("0.1108") + R("0.0082") == R("0.4623"))
L.step(rounds("0.4666", R("0.2157") / R("0.4623"), approx=True))
L.define(note="ESS")
ess = sw ** 2 / sum(v ** 2 for v in W.values())
L.step(substituted(ess, lambda s_, a, b, c, d, e: s_ ** 2 / (a ** 2 + b ** 2 + c ** 2 + d ** 2 + e ** 2),
                   "~0.4623", "~0.0743", "~0.2466", "~0.0224", "~0.1108", "~0.0082"))
L.step(rounds("0.2137", R("0.4623") ** 2) and rounds("0.0792", sum(R(v) ** 2 for v in ("0.0743", "0.2466", "0.0224", "0.1108", "0.0082"))))
L.step(rounds("2.98", R("0.2137") / R("0.0792"), approx=True), note="2.70")
Eq2 = sp.integrate(sp.simplify(p ** 2 / q), (x, 2, sp.oo))
L.step(True, note="E_q[w^2 f] = int_2^oo p^2/q"); L.step(sp.N(Eq2 - sp.exp(4) * (1 - Phi(4)), 30) < 1e-25)
L.step(rounds("0.00173", Eq2, approx=True))
P = 1 - Phi(2)
L.step(substituted(Eq2 - P ** 2, lambda a, b: a - b ** 2, "~0.00173", "~0.0228") and rounds("0.00121", R("0.00173") - R("0.0228") ** 2, approx=True))
L.step(rounds("0.00121", R("0.00173") - R("0.0228") ** 2, approx=True))
L.step(substituted(P * (1 - P), lambda a, b: a * b, "~0.0228", "~0.9772") and rounds("0.0223", R("0.0228") * R("0.9772"), approx=True))
L.step(rounds("18.4", R("0.0223") / R("0.00121"), approx=True))
# toy
xp = sp.symbols("xp", positive=True)
pe, qe = sp.exp(-xp), lam * sp.exp(-lam * xp)
L.define(3, "p, q, x > 0"); L.step(sp.integrate(xp * pe, (xp, 0, sp.oo)) == 1)
we = pe / qe
L.define(note="w = p/q"); L.step(same(we, sp.exp(-(1 - lam) * xp) / lam))
L.step(sp.simplify(sp.integrate(qe * we * xp, (xp, 0, sp.oo), conds="none") - sp.integrate(xp * sp.exp(-xp), (xp, 0, sp.oo))) == 0)
L.step(sp.integrate(xp * sp.exp(-xp), (xp, 0, sp.oo)) == 1); L.define(note="lambda < 2")
lv = [sp.Rational(k, 10) for k in (3, 5, 11, 17)]
second = [sp.integrate((qe * (we * xp) ** 2).subs(lam, v), (xp, 0, sp.oo)) for v in lv]
L.step(all(sp.simplify(s_ - sp.integrate((pe ** 2 / qe * xp ** 2).subs(lam, v), (xp, 0, sp.oo))) == 0 for s_, v in zip(second, lv)))
L.step(all(sp.simplify(s_ - sp.integrate(xp ** 2 * sp.exp(-(2 - v) * xp), (xp, 0, sp.oo)) / v) == 0 for s_, v in zip(second, lv)))
L.step(all(sp.simplify(s_ - 2 / (v * (2 - v) ** 3)) == 0 for s_, v in zip(second, lv)))
L.define(note="lambda = 0.5")
L.step(2 / (R("0.5") * R("1.5") ** 3) == 2 / R("1.6875")); L.step(rounds("1.1852", 2 / R("1.6875"), approx=True))
L.step(R("1.1852") - 1 == R("0.1852")); L.step(sp.integrate(xp ** 2 * pe, (xp, 0, sp.oo)) - 1 == 1)
L.define(note="n = 100"); L.step(rounds("0.0430", sp.sqrt(R("0.1852") / 100), approx=True))
L.define(note="lambda = 1.5"); L.step(2 / (R("1.5") * R("0.5") ** 3) == 2 / R("0.1875")); L.step(rounds("10.667", 2 / R("0.1875"), approx=True))
g = lam * (2 - lam) ** 3
L.step(same(sp.diff(g, lam), (2 - lam) ** 3 - 3 * lam * (2 - lam) ** 2, positive=False))
L.step(same((2 - lam) ** 3 - 3 * lam * (2 - lam) ** 2, (2 - lam) ** 2 * (2 - 2 * lam), positive=False), note="2 - 4 lambda")
crit = [s_ for s_ in sp.solve(sp.diff(g, lam), lam) if s_ != 2]
L.step(crit == [1], carried=sp.solve(2 - 2 * lam, lam) == [1])
L.step(same((2 - lam) ** 3 - 3 * lam * (2 - lam) ** 2, (2 - lam) ** 2 * (2 - lam - 3 * lam), positive=False))
L.step(same((2 - lam) ** 2 * (2 - lam - 3 * lam), (2 - lam) ** 2 * (2 - 4 * lam), positive=False))
L.step(crit == [R("0.5")]); L.step(R("0.1852") < 1); L.step(rounds("2.70", R("0.2137") / R("0.0792"), approx=True))
L.done()
