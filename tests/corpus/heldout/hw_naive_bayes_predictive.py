"""Labels for hw_naive_bayes_predictive.tex: exact joint probabilities, Beta(4, 2) moments by integration."""
import sympy as sp
from truth import Labels, R, rounds, substituted

L = Labels("hw_naive_bayes_predictive.tex")
pS = R("0.4"); pH = 1 - pS
lik = {"S": (R("0.7"), R("0.2"), R("0.9")), "H": (R("0.1"), R("0.5"), R("0.3"))}
jS = pS * lik["S"][0] * lik["S"][1]; jH = pH * lik["H"][0] * lik["H"][1]
post = jS / (jS + jH)
L.define(5)
L.step(jS == R("0.4") * R("0.7") * R("0.2")); L.step(rounds("0.056", jS))
L.step(jH == R("0.6") * R("0.1") * R("0.5")); L.step(rounds("0.3", jH))
L.step(post == R("0.056") / (R("0.056") + R("0.3")), carried=True, note="P(H, w1, w2) = 0.3 carried")
L.step(R("0.056") / (R("0.056") + R("0.3")) == R("0.056") / R("0.356")); L.step(rounds("0.1573", R("0.056") / R("0.356")))
L.step(post / (1 - post) == R("0.056") / R("0.3"), carried=True); L.step(rounds("0.1867", R("0.056") / R("0.3")))
L.step(rounds("-1.6783", sp.log(R("0.1867"))))
L.define(2); L.step(rounds("0.5601", R("0.1867") * R("0.9") / R("0.3")))
t = sp.Symbol("theta", positive=True)
dens = t ** 3 * (1 - t) / sp.integrate(t ** 3 * (1 - t), (t, 0, 1))   # Beta(4, 2): uniform prior, 3 heads in 4
E = lambda f: sp.simplify(sp.integrate(f * dens, (t, 0, 1)))
m1, m2 = E(t), E(t ** 2)
L.step(True, note="P(next heads) = posterior mean"); L.step(m1 == sp.Rational(4, 6)); L.step(rounds("0.6667", m1))
L.step(m2 == sp.Rational(4, 6) ** 2); L.step(rounds("0.4444", sp.Rational(16, 36)))
L.step(m2 == sp.Rational(4 * 5, 6 * 7)); L.step(sp.Rational(20, 42) == sp.Rational(4 * 5, 6 * 7)); L.step(rounds("0.4762", m2))
L.step(True, note="Var = E[theta^2] - E[theta]^2")
L.step(substituted(m2 - m1 ** 2, lambda a, b: a - b, "~0.4762", "~0.4444")); L.step(rounds("0.0318", R("0.4762") - R("0.4444"), m2 - m1 ** 2))
mode = sp.solve(sp.diff(sp.log(dens), t), t)
L.step(mode == [sp.Rational(4 - 1, 4 + 2 - 2)] and rounds("0.75", sp.Rational(3, 4)))
L.step(rounds("0.75", sp.Rational(3, 4)))
tail = sp.integrate(dens, (t, sp.Rational(1, 2), 1)); cdf = sp.integrate(dens, (t, 0, sp.Rational(1, 2)))
L.step(tail == 1 - cdf); L.step(cdf == R("0.1875")); L.step(rounds("0.8125", 1 - R("0.1875")))
G = {5: R("0.2"), 1: R("0.5"), -3: R("0.3")}
EG = sum(g * p for g, p in G.items()); EG2 = sum(g ** 2 * p for g, p in G.items()); VG = EG2 - EG ** 2
L.step(EG == 5 * R("0.2") + 1 * R("0.5") - 3 * R("0.3")); L.step(EG == 1 + R("0.5") - R("0.9")); L.step(rounds("0.6", EG))
L.step(EG2 == 25 * R("0.2") + 1 * R("0.5") + 9 * R("0.3")); L.step(EG2 == 5 + R("0.5") + R("2.7")); L.step(rounds("8.2", EG2))
L.step(VG == R("8.2") - R("0.6")); L.step(rounds("7.6", R("8.2") - R("0.6")))
L.step(sp.sqrt(VG) == sp.sqrt(R("7.6")), carried=True, note="Var = 7.6 carried"); L.step(rounds("2.7568", sp.sqrt(R("7.6"))))
L.step(100 * EG == 100 * R("0.6")); L.step(100 * R("0.6") == 60)
L.step(100 * VG == 100 ** 2 * R("7.6")); L.step(100 ** 2 * R("7.6") == 76000)
L.done()
