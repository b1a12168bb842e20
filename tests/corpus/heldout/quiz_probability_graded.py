"""Labels for quiz_probability_graded.tex: events on an explicit sample space; counts by enumeration."""
import itertools
import sympy as sp
from sympy.stats import E, Die, variance, Geometric
from truth import Labels, R, rounds

L = Labels("quiz_probability_graded.tex")
# a sample space realising P(A) = 0.4, P(B) = 0.5, P(AB) = 0.1: four atoms
atoms = {("A", "B"): R("0.1"), ("A", "-"): R("0.3"), ("-", "B"): R("0.4"), ("-", "-"): R("0.2")}
P = lambda pred: sum(p for w, p in atoms.items() if pred(w))
inA, inB = (lambda w: w[0] == "A"), (lambda w: w[1] == "B")
pA, pB, pAB = P(inA), P(inB), P(lambda w: inA(w) and inB(w))
L.define(3)
L.step(P(lambda w: inA(w) or inB(w)) == pA + pB); L.step(rounds("0.9", pA + pB))
L.step(P(lambda w: not inA(w)) == 1 - R("0.4")); L.step(rounds("0.6", 1 - R("0.4")))
L.step(P(lambda w: not inA(w) and not inB(w)) == R("0.6") * R("0.5")); L.step(rounds("0.3", R("0.6") * R("0.5")))
L.step(pAB / pB == pAB / pA); L.step(pAB / pA == R("0.1") / R("0.4")); L.step(rounds("0.25", R("0.1") / R("0.4")))
L.step(pA * pB == R("0.2"))
L.step(P(lambda w: inA(w) and not inB(w)) == pA - pB); L.step(rounds("-0.1", pA - pB))
coins = list(itertools.product("HT", repeat=3)); pc = lambda pred: sp.Rational(sum(1 for c in coins if pred(c)), 8)
L.step(pc(lambda c: "H" in c) == 1 - sp.Rational(1, 8)); L.step(1 - sp.Rational(1, 8) == sp.Rational(7, 8))
L.step(pc(lambda c: c.count("H") == 2) == sp.Rational(2, 8)); L.step(rounds("0.25", sp.Rational(2, 8)))
dice = list(itertools.product(range(1, 7), repeat=2)); pd = lambda pred: sp.Rational(sum(1 for d in dice if pred(d)), 36)
L.step(pd(lambda d: sum(d) == 7) == sp.Rational(6, 36)); L.step(sp.Rational(6, 36) == sp.Rational(1, 6))
L.step(pd(lambda d: sum(d) == 10) == sp.Rational(4, 36)); L.step(sp.Rational(4, 36) == sp.Rational(1, 9))
L.step(pd(lambda d: d[0] == d[1]) == sp.Rational(1, 36))
L.step(sp.binomial(10, 3) == sp.Rational(10 * 9 * 8, 3)); L.step(sp.Rational(10 * 9 * 8, 3) == 240)
flush = sp.binomial(13, 5) / sp.binomial(52, 5)
L.step(True, note="hearts-only hands over all hands"); L.step(sp.binomial(13, 5) == 1287 and sp.binomial(52, 5) == 2598960)
L.step(rounds("0.000495", flush, approx=True))
pois = lambda k: sp.exp(-2) * 2 ** k / sp.factorial(k)
L.step(pois(0) == sp.exp(-2)); L.step(rounds("0.1353", pois(0))); L.step(pois(1) == 2 * sp.exp(-2)); L.step(rounds("0.2707", pois(1)))
L.step(rounds("0.0366", pois(0) + pois(1)), note="P(X <= 1) is a sum"); L.step(rounds("0.0366", R("0.1353") * R("0.2707")))
N = Geometric("N", R("0.2"))
L.define(); L.step(E(N) == 1 / R("0.2")); L.step(1 / R("0.2") == 5); L.step(sp.simplify(variance(N) - 1 / R("0.2") ** 2) == 0); L.step(1 / R("0.2") ** 2 == 25)
L.define(4); L.step(sp.Rational(13 - 10, 2) == sp.Rational(13 - 10, 4)); L.step(rounds("0.75", sp.Rational(3, 4)))
bday = sp.Rational(365 * 364 * 363, 365 ** 3)
L.step(True, note="ordered triples of distinct days"); L.step(rounds("0.9918", bday))
X, Y = Die("X", 6), Die("Y", 4)
L.step(E(X + Y) == E(X) * E(Y)); L.step(E(2 * X) == 4 * E(X))
L.done()
