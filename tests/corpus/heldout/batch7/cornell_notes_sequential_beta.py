"""Labels for cornell_notes_sequential_beta.tex: Cornell-style notes (cue column and notes column in
minipages, a summary): sequential Beta-Binomial updating from Beta(2, 2); the day-1 update adds n
instead of n - k (Beta(5, 6) for Beta(5, 3)), carried into the day-1 mean and variance, the day-2
posterior, its mean, the predictive and P(HH); the all-at-once check with the heads miscounted
(carried); the summary's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch7/cornell_notes_sequential_beta.tex")
Q = sp.Rational
mean = lambda a, b: Q(a, a + b); mode = lambda a, b: Q(a - 1, a + b - 2)
var = lambda a, b: Q(a * b, (a + b)**2 * (a + b + 1)); hh = lambda a, b: Q(a * (a + 1), (a + b) * (a + b + 1))
L.step(mean(2, 2) == R("0.5"))
n1, k1, n2, k2 = 4, 3, 4, 2
T1 = (2 + k1, 2 + n1 - k1); W1 = (2 + k1, 2 + n1)          # truth, the notes' day-1 posterior
T2 = (T1[0] + k2, T1[1] + n2 - k2); W2 = (W1[0] + k2, W1[1] + n2 - k2)
L.define(2, "n, k")
L.step(T1 == (2 + 3, 2 + 4)); L.step((2 + 3, 2 + 4) == (5, 6))
L.step(mean(*T1) == Q(5, 11), carried=mean(*W1) == Q(5, 11)); L.step(rounds("0.4545", Q(5, 11)))
L.step(Q(5 - 1, 5 + 6 - 2) == Q(4, 9)); L.step(rounds("0.4444", Q(4, 9)))
L.step(var(*T1) == Q(5 * 6, 11**2 * 12), carried=var(*W1) == Q(5 * 6, 11**2 * 12)); L.step(rounds("0.0207", Q(30, 1452)))
L.define(2, "n, k (day 2)")
L.step(T2 == (5 + 2, 6 + 2), carried=W2 == (5 + 2, 6 + 2)); L.step((5 + 2, 6 + 2) == (7, 8))
L.step(mean(*T2) == Q(7, 15), carried=mean(*W2) == Q(7, 15)); L.step(rounds("0.4667", Q(7, 15)))
L.step(True, note="P(head | D) = E[theta | D]"); L.step(mean(*T2) == Q(7, 15), carried=True)
L.step(True, note="P(HH | D) = E[theta^2 | D]"); L.step(hh(*T2) == Q(7 * 8, 15 * 16), carried=hh(*W2) == Q(7 * 8, 15 * 16))
L.step(rounds("0.2333", Q(56, 240))); L.step(rounds("0.2178", Q(7, 15)**2))
K, N = k1 + k2, n1 + n2
L.step(K == 7, note="heads miscounted"); L.step(N - K == 1, carried=N - 7 == 1); L.step(N == 8)
L.step((2 + K, 2 + N - K) == (2 + 7, 2 + 1), carried=True); L.step((2 + 7, 2 + 1) == (9, 3))
L.step(3 + 2 == 5); L.step(1 + 2 == 3); L.step((2 + 5, 2 + 3) == (7, 5))
L.step(True, note="MAP = argmax of log-likelihood + log-prior")
L.step(T1 == (5, 3)); L.step(mean(*T1) == Q(5, 8)); L.step(Q(5, 8) == R("0.625")); L.step(mode(*T1) == Q(4, 6) and rounds("0.6667", Q(4, 6)))
L.step(T2 == (7, 5)); L.step(mean(*T2) == Q(7, 12)); L.step(rounds("0.5833", Q(7, 12)))
L.step(hh(*T2) == Q(7 * 8, 12 * 13)); L.step(rounds("0.3590", Q(56, 156)))
L.step((2 + 3 + 2, 2 + 1 + 2) == (2 + 2 + 3, 2 + 2 + 1))
L.done()
