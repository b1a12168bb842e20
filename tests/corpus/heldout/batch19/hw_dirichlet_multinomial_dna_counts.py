"""Labels for hw_dirichlet_multinomial_dna_counts.tex: a homework on a Dirichlet(1, 1, 1, 1) prior for
nucleotide counts (5, 2, 0, 3): posterior, means, variance, Polya-urn predictive, evidence and Bayes
factor, Jeffreys smoothing. Slips: 48/2940 = 0.0136 (carried into the sd); two G's as (1/14)^2; 100/14 =
7.41; Gamma(14) as 14! (carried into log p and the Bayes factor); 3.5/12 = 0.2971."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/hw_dirichlet_multinomial_dna_counts.tex")
n = [5, 2, 0, 3]; N = sum(n); al = [1, 1, 1, 1]; a0 = sum(al)
L.define(4, "counts"); L.step(N == 10); L.define(2, "prior, alpha_k = 1"); L.step(a0 == 4)
tA, tC, tG, tT = th = sp.symbols("tA tC tG tT", positive=True)
L.step(True, note="likelihood x prior")
L.step(same(sp.Mul(*[t ** k for t, k in zip(th, n)]) * sp.Mul(*[t ** (a - 1) for t, a in zip(th, al)]), tA ** 5 * tC ** 2 * tG ** 0 * tT ** 3))
L.step(same(sp.Mul(*[t ** (k + a - 1) for t, k, a in zip(th, n, al)]), tA ** 5 * tC ** 2 * tT ** 3))
post = [k + a for k, a in zip(n, al)]
L.step(post == [6, 3, 1, 4] and sum(post) == a0 + N == 14)
L.step(True, note="Dirichlet mean")
mean = [sp.Rational(p, 14) for p in post]
for m, fr, d in zip(mean, ((6, 14), (3, 14), (1, 14), (4, 14)), ("0.4286", "0.2143", "0.0714", "0.2857")):
    L.step(m == sp.Rational(*fr)); L.step(rounds(d, m))
L.step(R("0.4286") + R("0.2143") + R("0.0714") + R("0.2857") == R("1.0000"))
L.step([sp.Rational(k, N) for k in n] == [R("0.5"), R("0.2"), 0, R("0.3")]); L.step(rounds("0.0714", sp.Rational(1, 14)))
L.define(2, "alpha tilde, alpha_0 tilde")
var = sp.Rational(6 * 8, 14 ** 2 * 15)
L.step(True, note="Dirichlet marginal variance"); L.step(var == sp.Rational(6 * 8, 196 * 15)); L.step(sp.Rational(48, 2940) == var)
L.step(rounds("0.0136", var), note="0.0163")
L.step(substituted(sp.sqrt(var), lambda v: sp.sqrt(v), "~0.0136"), carried=True); L.step(rounds("0.1166", sp.sqrt(R("0.0136")), approx=True))
L.step(rounds("0.6429", sp.Rational(9, 14), approx=True)); L.step(rounds("0.0153", sp.Rational(45, 196 * 15), approx=True))
L.step(True, note="predictive = posterior mean"); L.step(mean[2] == sp.Rational(1, 14)); L.step(rounds("0.0714", mean[2], approx=True))
pGG = sp.Rational(1, 14) * sp.Rational(2, 15)
L.step(pGG == sp.Rational(1, 14) * sp.Rational(1, 14)); L.step(sp.Rational(1, 196) == sp.Rational(1, 14) ** 2); L.step(rounds("0.0051", sp.Rational(1, 196), approx=True))
pAC = sp.Rational(6, 14) * sp.Rational(3, 15)
L.step(True, note="urn: 6/14 then 3/15"); L.step(pAC == sp.Rational(18, 210)); L.step(rounds("0.0857", pAC, approx=True))
L.step(rounds("7.41", 100 * mean[2], approx=True), note="7.14")
L.step(pGG == sp.Rational(2, 210)); L.step(rounds("0.0095", pGG, approx=True)); L.step(rounds("7.14", sp.Rational(100, 14), approx=True))
ev = sp.gamma(a0) / sp.gamma(a0 + N) * sp.Mul(*[sp.gamma(a + k) / sp.gamma(a) for a, k in zip(al, n)])
L.step(True, note="Dirichlet-multinomial evidence of a sequence")
L.step(ev == sp.gamma(4) / sp.gamma(14) * sp.gamma(6) * sp.gamma(3) * sp.gamma(1) * sp.gamma(4))
wrongev = sp.Rational(6, 1) / sp.factorial(14) * 120 * 2 * 1 * 6
L.step(ev == wrongev, note="Gamma(14) = 13!")
L.step(wrongev == sp.Rational(8640, 87178291200))
sci = lambda m, e, v, approx=False: abs(sp.N(v * 10 ** -e, 30) - R(m)) <= sp.Rational(1, 10 ** (len(m.split(".")[1]))) * (1 if approx else sp.Rational(1, 2))
L.step(sci("9.91", -8, sp.Rational(8640, 87178291200), approx=True))
L.step(rounds("-16.127", sp.log(ev), approx=True), carried=rounds("-16.127", sp.log(R("9.91") * sp.Rational(1, 10 ** 8)), approx=True))
L.define(note="theta_k = 0.25"); L.step(sci("9.54", -7, R("0.25") ** 10, approx=True))
L.define(note="BF")
L.step(substituted(ev / R("0.25") ** 10, lambda p, q: p / q * 10, "~9.91", "~9.54"), carried=True)
L.step(rounds("0.104", R("9.91") / R("95.4"), approx=True))
L.step(sp.gamma(14) == sp.factorial(13)); L.step(sp.factorial(13) == 6227020800)
L.step(sci("1.39", -6, ev, approx=True)); L.step(rounds("1.45", ev / R("0.25") ** 10, approx=True))
L.define(note="alpha_k = 1/2")
jeff = [sp.Rational(2 * k + 1, 2) / (N + 2) for k in n]
L.step(True, note="posterior mean under Dir(1/2)"); L.step(jeff == [R("5.5") / 12, R("2.5") / 12, R("0.5") / 12, R("3.5") / 12])
L.step(all(rounds(d, j) for d, j in zip(("0.4583", "0.2083", "0.0417", "0.2971"), jeff)), note="0.2917")
L.step(R("0.4583") + R("0.2083") + R("0.0417") + R("0.2971") == R("1.0054")); L.step(rounds("0.2917", R("3.5") / 12, approx=True))
k = sp.symbols("k", positive=True)
L.define(note="alpha_k = 2"); L.step(same((k + 2 - 1) / (N + 8 - 4), (k + 1) / 14))
L.define(note="alpha_k = 1"); L.step(same((k + 1 - 1) / (N + 4 - 4), k / N))
L.done()
