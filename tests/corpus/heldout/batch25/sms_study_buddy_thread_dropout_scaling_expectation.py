"""Labels for sms_study_buddy_thread_dropout_scaling_expectation.tex: two students' text thread the night
before a quiz: inverted dropout with keep probability 0.8, one mask draw, expectation and variance of the
outputs (per unit, by enumeration, of the sum), the backward pass, non-inverted dropout's test-time factor,
a linear unit's mean and variance over masks, and the count of kept units."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import itertools  # noqa: E402
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/sms_study_buddy_thread_dropout_scaling_expectation.tex")
p = R("0.8")
xs = [R("2.0"), R("-1.0"), R("0.5"), R("3.0")]
masks = list(itertools.product((0, 1), repeat=4))
prob = lambda m: sp.Mul(*[p if b else 1 - p for b in m])
E = lambda f: sum(prob(m) * f(m) for m in masks)
y = lambda m, i: m[i] * xs[i] / p
L.define(2, "p, inverted dropout")
L.step(True, note="E[y] = E[m] x / p"); L.step(True); L.step(E(lambda m: y(m, 0)) == xs[0])
mk = (1, 0, 1, 1)
L.define(2, "x, m")
L.step(True); L.step([y(mk, i) for i in range(4)] == [R("2.5"), 0, R("0.625"), R("3.75")])
L.step(R("2.5") + R("0.625") + R("3.75") == R("6.875")); L.step(sum(xs) == R("4.5"))
L.step(E(lambda m: sum(y(m, i) for i in range(4))) == sum(xs)); L.step(sum(xs) == R("4.5"))
L.step(prob(mk) == p ** 3 * (1 - p)); L.step(p ** 3 * (1 - p) == R("0.1024"))
V = lambda i: E(lambda m: y(m, i) ** 2) - E(lambda m: y(m, i)) ** 2
xx, pp = sp.symbols("x p", positive=True)
L.step(True, note="Var(aX) = a^2 Var X"); L.step(V(0) == xs[0] ** 2 * p * (1 - p), note="/p^2 lost")
L.step(V(0) == 4 * R("0.8") * R("0.2"), carried=True); L.step(4 * R("0.8") * R("0.2") == R("0.64"))
Vs = E(lambda m: sum(y(m, i) for i in range(4)) ** 2) - E(lambda m: sum(y(m, i) for i in range(4))) ** 2
L.step(Vs == (4 + 1 + R("0.25") + 9) * R("0.16"), carried=True); L.step(14 + R("0.25") == R("14.25")); L.step(R("14.25") * R("0.16") == R("2.28"))
L.step(rounds("1.5100", sp.sqrt(Vs)), carried=True); L.step(rounds("1.5100", sp.sqrt(R("2.28"))))
L.step(True, note="Var Bernoulli")
L.step(same(xx ** 2 * pp * (1 - pp) / pp ** 2, xx ** 2 * pp * (1 - pp) / pp ** 2)); L.step(same(xx ** 2 * pp * (1 - pp) / pp ** 2, xx ** 2 * (1 - pp) / pp))
L.step(all(V(i) == R("0.25") * xs[i] ** 2 for i in range(4)))
L.step(V(0) == 1); L.step(R("14.25") * R("0.25") == R("3.5625") and Vs == R("3.5625")); L.step(rounds("1.8875", sp.sqrt(Vs), approx=True))
# enumeration for unit 1
L.step(E(lambda m: y(m, 0)) == R("0.8") * R("2.5")); L.step(R("0.8") * R("2.5") == R("2.0"))
L.step(E(lambda m: y(m, 0) ** 2) == R("0.8") * R("6.25")); L.step(R("0.8") * R("6.25") == R("5.0"))
L.step(V(0) == R("5.0") - R("2.0") ** 2); L.step(R("5.0") - 4 == 1)
L.step(V(1) == R("0.25")); L.step(V(2) == R("0.0625")); L.step(V(3) == R("2.25"))
L.define(note="p = 0.5"); L.step((1 - R("0.5")) / R("0.5") == 1); L.step(True, note="Var = x^2 at p = 1/2")
L.define(note="g"); L.step(True, note="dy/dx = m/p")
L.step(True); L.step([1 * mk[i] / p for i in range(4)] == [R("1.25"), 0, R("1.25"), R("1.25")])
L.define(note="y = m x")
L.step(E(lambda m: m[3] * xs[3]) == (1 - p) * xs[3], note="E[m x] = p x"); L.step(1 - p == R("0.2"))
L.step(R("0.8") * xs[3] == 5 * R("3.0"), carried=True); L.step(5 * R("3.0") == 15)
L.step(E(lambda m: m[3] * xs[3]) == p * xs[3]); L.step(p == R("0.8")); L.step(R("0.8") * R("3.0") == R("2.4"))
w = [R("0.5"), R("0.5"), 1, -1]
L.define(2, "z, w")
z = lambda m: sum(w[i] * y(m, i) for i in range(4))
L.step(E(z) == sum(w[i] * xs[i] for i in range(4)))
L.step(sum(w[i] * xs[i] for i in range(4)) == R("0.5") * 2 + R("0.5") * (-1) + 1 * R("0.5") - 1 * 3)
L.step(R("0.5") * 2 + R("0.5") * (-1) + 1 * R("0.5") - 1 * 3 == 1 - R("0.5") + R("0.5") - 3); L.step(E(z) == R("-2.0"))
Vz = E(lambda m: z(m) ** 2) - E(z) ** 2
L.step(Vz == sum(w[i] ** 2 * xs[i] ** 2 for i in range(4)) * (1 - p) / p)
L.step(R("0.25") * 4 + R("0.25") * 1 + 1 * R("0.25") + 1 * 9 == sum(w[i] ** 2 * xs[i] ** 2 for i in range(4)) and (1 - p) / p == R("0.25"))
L.step(R("0.25") * 4 + R("0.25") * 1 + 1 * R("0.25") + 1 * 9 == R("10.5")); L.step(R("10.5") * R("0.25") == R("2.625") == Vz)
L.step(rounds("1.6202", sp.sqrt(R("2.625")), approx=True))
L.step(E(lambda m: sum(m)) == 4 * p); L.step(4 * p == R("3.2"))
pd = sum(prob(m) for m in masks if 0 in m)
L.step(pd == 1 - p ** 3, note="1 - 0.8^4"); L.step(R("0.8") ** 3 == R("0.512")); L.step(1 - R("0.512") == R("0.488"))
L.step(pd == 1 - p ** 4 and p ** 4 == R("0.4096")); L.step(1 - R("0.4096") == R("0.5904"))
L.done()
