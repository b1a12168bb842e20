"""Labels for amsbook_exercises_beta_binomial_map_ridge.tex: an amsbook chapter with `exercise`/`solution`
theorem environments: Beta(2, 2) with 7 of 10 (mean, mode, variance, shrinkage of the variance); the Beta
mode derived, valid 'whenever alpha + beta > 2' (wrong: alpha, beta > 1), mean > mode 'when alpha > beta'
(wrong: beta > alpha); a sequential update whose mode is written (11 - 2)/(21 - 4) (wrong numbers, right
value); MAP as ridge with the penalty's derivative lambda w for 2 lambda w (carried into w_MAP and the
shrinkage factor), the posterior variance with tau^2 for 1/tau^2 (carried into s_w); a student's
Beta(16, 5) for Beta(16, 6) (carried into mean, mode, variance); E[theta(1 - theta)] and E[theta^2];
a student's P(two more heads) = ((k + 1)/(n + 2))^2 (carried into its value)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch11/amsbook_exercises_beta_binomial_map_ridge.tex")
th, a, b, w = sp.symbols("theta alpha beta w", positive=True)
Rt = sp.Rational
L.define(2, "n, k")
L.step(True, note="binomial likelihood")
post = th ** 7 * (1 - th) ** 3 * th * (1 - th)
L.step(same(post / (th ** 8 * (1 - th) ** 4), 1, [th]), note="propto")
L.step(same(post, th ** 8 * (1 - th) ** 4, [th]))
A, B = 9, 5
T = st.Beta("T", A, B)
mean, var = st.E(T), st.variance(T)
mode = Rt(A - 1, A + B - 2)
L.step(mean == Rt(9, 9 + 5)); L.step(Rt(9, 14) == mean); L.step(rounds("0.6429", mean, approx=True))
L.step(mode == Rt(9 - 1, 9 + 5 - 2)); L.step(Rt(8, 12) == mode); L.step(rounds("0.6667", mode, approx=True))
L.step(Rt(4, 14) * Rt(1, 2) + Rt(10, 14) * Rt(7, 10) == Rt(2, 14) + Rt(7, 14)); L.step(Rt(9, 14) == mean)
L.step(True, note="data weight n/(a+b+n)"); L.step(Rt(10, 14) == Rt(10, 2 + 2 + 10) and rounds("0.7143", Rt(10, 14), approx=True))
L.step(sp.simplify(var - (a * b / ((a + b) ** 2 * (a + b + 1))).subs({a: A, b: B})) == 0)
L.step(var == Rt(9 * 5, 14 ** 2 * 15)); L.step(var == Rt(45, 2940)); L.step(rounds("0.0153", var, approx=True))
L.step(rounds("0.1237", sp.sqrt(var), sp.sqrt(R("0.0153")), approx=True))
L.step(st.variance(st.Beta("P", 2, 2)) == Rt(2 * 2, 16 * 5) == R("0.05"))
L.step(rounds("3.27", R("0.05") / R("0.0153"), Rt(1, 20) / var, approx=True))
# Exercise 2
L.define(note="g")
g = (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
L.step(same(sp.diff(g, th), (a - 1) / th - (b - 1) / (1 - th), [a, b, th]) if True else None)
L.define(2, "= 0 and the equation")
L.step(sp.simplify(sp.solve(sp.diff(g, th), th)[0] - (a - 1) / (a + b - 2)) == 0)
L.step(same(sp.diff(g, th, 2), -(a - 1) / th ** 2 - (b - 1) / (1 - th) ** 2, [a, b, th]))
# alpha + beta > 2 is not enough: alpha = 3, beta = 1/2 gives the mode formula 5/3 outside (0, 1)
cond = 3 + Rt(1, 2) > 2
mode_f = Rt(3 - 1) / (3 + Rt(1, 2) - 2)
L.step(not (cond and not (0 < mode_f < 1)), note="alpha=3, beta=1/2: alpha + beta > 2 but the formula gives 4/3")
L.step(same(a / (a + b) - (a - 1) / (a + b - 2), (b - a) / ((a + b) * (a + b - 2)), [a, b]))
L.step(False, note="mean > mode iff beta > alpha (Beta(9,5): mean 0.6429 < mode 0.6667)")
# Exercise 3
L.step(9 + 1 == 10 and 5 + 4 == 9); L.step(2 + 8 == 10 and 2 + 7 == 9)
T2 = st.Beta("T2", 10, 9)
L.step(True, note="predictive = integral"); L.step(st.E(T2) == Rt(10, 19)); L.step(rounds("0.5263", Rt(10, 19), approx=True))
L.step(False, note="(11 - 2)/(21 - 4): 11, 21 are not alpha' = 10, alpha' + beta' = 19; value 9/17 right by accident")
L.step(Rt(11 - 2, 21 - 4) == Rt(9, 17)); L.step(rounds("0.5294", Rt(9, 17), approx=True))
# Exercise 4
L.define(5, "model, sigma^2, tau^2, x, y")
x, y = [1, 2, 3], [2, 3, 7]
s2, t2 = 1, R("0.5")
L.step(True, note="neg log posterior")
L.define(2, "J, lambda")
lam = sp.Integer(s2) / t2
L.step(lam == 1 / R("0.5")); L.step(lam == 2)
Sxy, Sxx = sum(i * j for i, j in zip(x, y)), sum(i * i for i in x)
L.step(Sxy == 2 + 6 + 21); L.step(Sxy == 29); L.step(Sxx == 1 + 4 + 9); L.step(Sxx == 14)
J = sum((j - w * i) ** 2 for i, j in zip(x, y)) + lam * w ** 2
L.step(same(sp.diff(J, w), -2 * Sxy + 2 * Sxx * w + lam * w, [w]), note="penalty derivative 2 lambda w")
L.step(same(-2 * Sxy + 2 * Sxx * w + lam * w, -58 + 28 * w + 2 * w, [w]))
L.define(note="J' = 0")
wmap = sp.solve(sp.diff(J, w), w)[0]
assert wmap == Rt(29, 16)
L.step(wmap == Rt(58, 30), carried=sp.solve(-58 + 30 * w, w)[0] == Rt(58, 30))
L.step(rounds("1.9333", Rt(58, 30), approx=True))
wml = Rt(Sxy, Sxx)
L.step(wml == Rt(29, 14)); L.step(rounds("2.0714", wml, approx=True))
L.define(note="s")
L.step(rounds("0.9333", wmap / wml, approx=True), carried=rounds("0.9333", R("1.9333") / R("2.0714"), approx=True))
L.step(rounds("0.9333", R("1.9333") / R("2.0714"), approx=True))
pv = 1 / (Sxx / s2 + 1 / t2)
L.step(pv == 1 / (14 + R("0.5")), note="1/tau^2 = 2")
L.step(rounds("0.0690", 1 / (14 + R("0.5")), approx=True))
L.step(rounds("0.2627", sp.sqrt(pv), approx=True), carried=rounds("0.2627", sp.sqrt(R("0.0690")), approx=True))
L.step(rounds("0.2627", sp.sqrt(R("0.0690")), approx=True))
# student
L.define(2, "k, n")
Ab, Bb = 1 + 15, 1 + 20 - 15
L.step((Ab, Bb) == (1 + 15, 1 + 20 - 15 - 1)); L.step((1 + 15, 1 + 20 - 15 - 1) == (16, 5))
S = st.Beta("S", Ab, Bb)
L.step(st.E(S) == Rt(16, 21), carried=True); L.step(Rt(16, 16 + 5) == Rt(16, 21)); L.step(rounds("0.7619", Rt(16, 21), approx=True))
L.step(Rt(Ab - 1, Ab + Bb - 2) == Rt(15, 19), carried=True); L.step(Rt(16 - 1, 21 - 2) == Rt(15, 19)); L.step(rounds("0.7895", Rt(15, 19), approx=True))
L.step(st.variance(S) == Rt(16 * 5, 21 ** 2 * 22), carried=st.variance(st.Beta("S5", 16, 5)) == Rt(80, 21 ** 2 * 22))
L.step(Rt(80, 9702) == Rt(16 * 5, 21 ** 2 * 22)); L.step(rounds("0.0082", Rt(80, 9702), approx=True))
L.step(rounds("0.0906", sp.sqrt(R("0.0082")), approx=True))
L.step(Rt(15, 20) == R("0.75")); L.step(R("0.7895") > R("0.75")); L.step(R("0.7895") - R("0.75") == R("0.0395"))
# comment
L.step(Bb == 1 + 20 - 15); L.step(Bb == 6)
L.step(rounds("0.7273", st.E(S), approx=True)); L.step(Rt(15, 20) == R("0.75") == Rt(Ab - 1, Ab + Bb - 2))
L.step(st.variance(S) == Rt(96, 22 ** 2 * 23)); L.step(Rt(96, 11132) == st.variance(S)); L.step(rounds("0.0086", st.variance(S), approx=True))
L.step(Rt(15, 20) == R("0.75"))
# Exercise 5
L.step(same(sp.beta(a + 1, b + 1) / sp.beta(a, b), a * b / ((a + b) * (a + b + 1)), [a, b]), note="E[theta(1-theta)] = B ratio")
L.step(same(sp.gamma(a + 1) * sp.gamma(b + 1) / sp.gamma(a + b + 2) * sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(b)), a * b / ((a + b) * (a + b + 1)), [a, b]))
e1 = st.E(T * (1 - T))
L.step(e1 == Rt(45, 14 * 15)); L.step(rounds("0.2143", e1, approx=True))
L.step(mean * (1 - mean) == Rt(9, 14) * Rt(5, 14)); L.step(rounds("0.2296", mean * (1 - mean), approx=True))
L.step(R("0.2296") - R("0.2143") == R("0.0153")); L.step(rounds("0.0153", var, approx=True) and sp.simplify(mean * (1 - mean) - e1 - var) == 0)
e2 = st.E(T ** 2)
L.step(sp.simplify(e2 - var - mean ** 2) == 0)
L.step(rounds("0.4133", mean ** 2) and rounds("0.0153", var))
L.step(R("0.0153") + R("0.4133") == R("0.4286") and rounds("0.4286", e2))
L.step(e2 == Rt(90, 210))
# Exercise: two more heads under Beta(1, 1) with 7 of 10
L.define(2, "k, n")
Tp = st.Beta("Tp", 1 + 7, 1 + 3)
phh = st.E(Tp ** 2)
L.step(phh == (Rt(8, 12)) ** 2, note="E[theta^2], not E[theta]^2")
L.step(phh == Rt(8, 12) ** 2, carried=True); L.step(rounds("0.4444", Rt(8, 12) ** 2, approx=True))
L.step(True, note="P(HH | data) = E[theta^2 | data]"); L.step(phh == Rt(8 * 9, 12 * 13)); L.step(Rt(8 * 9, 12 * 13) == Rt(72, 156))
L.step(rounds("0.4615", Rt(72, 156), approx=True)); L.step(True, note="Jensen")
L.done()
