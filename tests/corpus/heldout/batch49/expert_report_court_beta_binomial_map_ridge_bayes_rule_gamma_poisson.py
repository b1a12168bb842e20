"""Labels for expert_report_court_beta_binomial_map_ridge_bayes_rule_gamma_poisson.tex: a court expert's report
(numbered paragraphs, the opposing expert's report quoted in extracts, comments, a statement of truth): a
Beta(2, 38) prior with 3 defectives in 40 (posterior by proportionality, mean, variance, the weighted average, MAP
from the log-posterior and as a penalised cross-entropy, P(theta > 0.05) from the incomplete beta function, a normal
interval, a re-inspection update, the tower rule and total variance for the consignment); P(at least one of 10);
Bayes' rule for a self-test flag (total probability, a negative result, two flags); inclusion-exclusion for two
stations; MAP for a calibration slope as regularised MSE (lambda, the closed form, LS, shrinkage, the posterior,
a prediction); a Gamma-Poisson complaint rate. Slips: 1.96 x 0.0269 written 0.0572; Var(E[D | theta]) taken as
N Var(theta) (carried into Var(D) and sd(D)); the opposing expert's Beta(a + k, b + n) (carried into his mean, mode
and breach probability), his 10 x 0.0625 for P(at least one), his P(D | F) with P(D) for P(not D); lambda' as
sigma^2/(2 tau^2); the predictive variance with x0 for x0^2 (carried into its sd); the opposing expert's
Gamma rate beta + 3 (carried into his mean)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch49/expert_report_court_beta_binomial_map_ridge_bayes_rule_gamma_poisson.tex")
Rat = sp.Rational
th = sp.symbols("theta", positive=True)
L.define(note="clause theta <= 0.05")
L.define(2, "n, k"); L.define(2, "a, b")
a, b, n, k = 2, 38, 40, 3
L.step(Rat(a, a + b) == Rat(2, 40)); L.step(Rat(2, 40) == R("0.05"))
lik_prior = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="posterior proportional to likelihood x prior")
L.step(same(lik_prior, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1))); L.step(same(lik_prior, th ** 4 * (1 - th) ** 74))
A, B = k + a, n - k + b
L.step((A, B) == (5, 75))
mean = Rat(A, A + B)
L.step(mean == Rat(5, 80)); L.step(Rat(5, 80) == Rat(5, 80)); L.step(rounds("0.0625", mean))
var = Rat(A * B, (A + B) ** 2 * (A + B + 1))
L.step(var == Rat(5 * 75, 80 ** 2 * 81)); L.step(Rat(5 * 75, 80 ** 2 * 81) == Rat(375, 518400)); L.step(rounds("0.000723", var))
L.step(substituted(sp.sqrt(var), sp.sqrt, "~0.000723")); L.step(rounds("0.0269", sp.sqrt(R("0.000723"))))
mle = Rat(k, n)
L.step(True); L.step(mle == Rat(3, 40)); L.step(mle == R("0.075"))
L.define(note="w :="); wgt = Rat(n, a + b + n); L.step(wgt == Rat(40, 80)); L.step(wgt == R("0.5"))
L.step(same(mean, wgt * mle + (1 - wgt) * Rat(a, a + b))); L.step(True, note="substitution")
L.step(R("0.5") * R("0.075") + R("0.5") * R("0.05") == R("0.0625"))
logpost = (k + a - 1) * sp.log(th) + (n - k + b - 1) * sp.log(1 - th)
L.step(True, note="log of the kernel")
L.define(note="derivative = 0")
mode = sp.solve(sp.diff(logpost, th), th)[0]
L.step(mode == Rat(k + a - 1, n + a + b - 2)); L.step(mode == Rat(4, 78)); L.step(rounds("0.0513", mode))
L.step(same(sp.diff(logpost, th, 2), -4 / th ** 2 - 74 / (1 - th) ** 2) and True, note="< 0 on (0, 1)")
pen = -(k * sp.log(th) + (n - k) * sp.log(1 - th)) - ((a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th))
L.step(sp.solve(sp.diff(pen, th), th)[0] == mode)
L.define(2, "a = b = 1"); L.step(True, note="flat prior: MLE"); L.step(mle == R("0.075"))
I05 = sp.Integral(th ** 4 * (1 - th) ** 74, (th, 0, R("0.05"))).doit() / sp.beta(5, 75)
P_breach = 1 - I05
L.step(True, note="1 - I_x"); L.step(rounds("0.3611", I05)); L.step(rounds("0.6389", 1 - R("0.3611"), P_breach))
L.step(rounds("0.0572", R("1.96") * R("0.0269")), note="0.0527")
A2, B2 = A, B + 20
L.step(B + 20 == 95); L.step(Rat(A2, A2 + B2) == Rat(5, 100) and Rat(5, 100) == R("0.05"))
L.step(Rat(A2 - 1, A2 + B2 - 2) == Rat(4, 98) and rounds("0.0408", Rat(4, 98)))
L.define(note="N = 2000")
L.step(True, note="binomial mean"); L.step(True, note="binomial variance")
N = 2000
L.step(True, note="tower rule"); L.step(N * R("0.0625") == 2000 * R("0.0625")); L.step(2000 * R("0.0625") == 125)
L.step(True, note="law of total variance"); L.step(N * N == N, note="Var(N theta) = N^2 Var(theta)")
E2 = Rat(A * (A + 1), (A + B) * (A + B + 1))
Eth1 = mean - E2
L.step(True, note="linearity"); L.step(substituted(Eth1, lambda m, v: m - (v + m ** 2), "0.0625", "~0.000723"))
L.step(rounds("0.004630", E2, R("0.000723") + R("0.0625") ** 2)); L.step(rounds("0.0579", R("0.0625") - R("0.004630")))
VD = N * Eth1 + N ** 2 * var
VDw = N * Eth1 + N * var
L.step(substituted(VD, lambda e, v: 2000 * e + 2000 * v, "~0.0579", "~0.000723"),
       carried=substituted(VDw, lambda e, v: 2000 * e + 2000 * v, "~0.0579", "~0.000723"))
L.step(2000 * R("0.0579") == R("115.8") and 2000 * R("0.000723") == R("1.446")); L.step(rounds("117.2", R("115.8") + R("1.446")))
L.step(substituted(sp.sqrt(VD), sp.sqrt, "~117.2"), carried=True); L.step(rounds("10.83", sp.sqrt(R("117.2"))))
# Dr Q, Beta
L.step(False, note="b + n - k"); L.step((a + k, b + n) == (5, 78))
L.step(False, carried=True); L.step(rounds("0.0602", Rat(5, 83)))
L.step(False, carried=True); L.step(rounds("0.0494", Rat(4, 81))); L.step(R("0.0494") < R("0.05"))
Iw = sp.Integral(th ** 4 * (1 - th) ** 77, (th, 0, R("0.05"))).doit() / sp.beta(5, 78)
L.step(rounds("0.6088", P_breach), carried=rounds("0.6088", 1 - Iw))
L.step(b + n - k == 38 + 37); L.step(38 + 37 == 75)
th_k = R("0.0625")
P10 = 1 - (1 - th_k) ** 10
L.step(10 * th_k == P10, note="union bound is not the probability")
L.define(note="theta = 0.0625")
L.step(True, note="complement, independence"); L.step(True); L.step(rounds("0.5245", R("0.9375") ** 10)); L.step(rounds("0.4755", 1 - R("0.5245"), P10))
L.step(P10 <= 10 * th_k)
# Bayes
L.define(3, "sensitivity, false alarm, prevalence")
se, fa, pr = R("0.95"), R("0.02"), R("0.06")
PF = se * pr + fa * (1 - pr)
L.step(True, note="total probability"); L.step(True); L.step(se * pr == R("0.057") and fa * (1 - pr) == R("0.0188")); L.step(R("0.057") + R("0.0188") == R("0.0758") and PF == R("0.0758"))
L.step(True, note="Bayes"); L.step(se * pr == R("0.057") and PF == R("0.0758")); L.step(rounds("0.7520", se * pr / PF))
L.step(1 - PF == 1 - R("0.0758")); L.step(1 - R("0.0758") == R("0.9242"))
PDnF = (1 - se) * pr / (1 - PF)
L.step(substituted(PDnF, lambda m: (1 - se) * pr / m, "0.9242")); L.step((1 - se) * pr == R("0.003")); L.step(rounds("0.0032", R("0.003") / R("0.9242"), PDnF))
P2 = se ** 2 * pr / (se ** 2 * pr + fa ** 2 * (1 - pr))
L.step(True, note="Bayes with two conditionally independent flags")
L.step(se ** 2 * pr == R("0.05415") and fa ** 2 * (1 - pr) == R("0.000376")); L.step(rounds("0.9931", P2))
L.step(se * pr / (se * pr + fa * pr) == se * pr / PF, note="P(D) for P(not D)")
L.step(se * pr == R("0.057") and se * pr + fa * pr == R("0.0582")); L.step(rounds("0.9794", R("0.057") / R("0.0582")))
L.step(1 - pr == R("0.94")); L.step(1 - R("0.7520") == R("0.2480"))
pa, pb = R("0.8"), R("0.7")
L.step(True, note="inclusion-exclusion, independence"); L.step(pa + pb == R("1.5") and pa * pb == R("0.56")); L.step(R("1.5") - R("0.56") == R("0.94"))
L.step(True); L.step((1 - pa) * (1 - pb) == R("0.06")); L.step(1 - R("0.94") == R("0.06"))
# calibration
L.define(2, "model, sigma^2"); L.define(2, "tau^2, x"); L.define(note="y")
w = sp.symbols("w", real=True)
xs, ys = [1, 2, 3], [R("1.1"), R("1.9"), R("3.2")]
s2, t2, nn = R("0.25"), sp.Integer(1), 3
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="Gaussian log-likelihood and prior")
lam = s2 / (nn * t2)
J = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / nn + lam * w ** 2
L.define(note="J(w)")
L.step(same(sp.expand(nlp * 2 * s2 / nn - J), sp.expand((nlp * 2 * s2 / nn - J).subs(w, 0)), positive=False), note="lambda = sigma^2/(n tau^2)")
L.step(lam == R("0.25") / 3); L.step(rounds("0.0833", lam))
lam2 = s2 / t2
L.step(lam2 == s2 / (2 * t2), note="sigma^2/tau^2"); L.step(s2 / 2 == R("0.125"))
L.define(note="J' = 0")
wmap = sp.solve(sp.diff(J, w), w)[0]
Sxy = sum(xx * yy for xx, yy in zip(xs, ys)); Sxx = sum(xx * xx for xx in xs)
L.step(wmap == Sxy / (Sxx + s2 / t2)); L.step(Sxy == R("1.1") + R("3.8") + R("9.6")); L.step(Sxy == R("14.5")); L.step(Sxx == 14)
L.step(wmap == R("14.5") / R("14.25")); L.step(rounds("1.0175", wmap))
wls = Sxy / Sxx
L.step(wls == R("14.5") / 14); L.step(rounds("1.0357", wls)); L.step(wmap / wls == 14 / R("14.25")); L.step(rounds("0.9825", 14 / R("14.25")))
prec = Sxx / s2 + 1 / t2
L.step(Sxx / s2 == 56 and prec == 56 + 1); L.step(prec == 57)
v = 1 / prec
L.define(note="v :="); L.step(rounds("0.0175", v))
L.step(rounds("1.0175", Rat(58, 57)) and v * Sxy / s2 == Rat(58, 57))
L.define(note="x0 = 4"); L.step(4 * R("1.0175") == R("4.0700"))
pv = s2 + 16 * v
L.step(s2 + 4 * v == pv, note="x0^2 v"); L.step(True, note="substitution of sigma^2 + x0 v"); L.step(R("0.25") + 4 * R("0.0175") == R("0.32"))
L.step(substituted(sp.sqrt(pv), sp.sqrt, "~0.32"), carried=True); L.step(rounds("0.5657", sp.sqrt(R("0.32"))))
L.step(R("1.0357") - R("1.0175") == R("0.0182")); L.step(rounds("0.1323", sp.sqrt(R("0.0175"))))
# Gamma-Poisson
al, be = 2, 1
cs = [3, 1, 4, 2]
lm = sp.symbols("lambda", positive=True)
L.define(2, "alpha, beta")
kern = lm ** sum(cs) * sp.exp(-4 * lm) * lm ** (al - 1) * sp.exp(-be * lm)
L.step(True, note="Poisson likelihood x Gamma prior"); L.step(same(kern, lm ** 11 * sp.exp(-5 * lm)))
Ap, Bp = al + sum(cs), be + len(cs)
L.step(Rat(Ap, Bp) == R("2.4")); L.step(Rat(Ap - 1, Bp) == R("2.2")); L.step(Rat(Ap, Bp ** 2) == R("0.48"))
L.step(Rat(sum(cs), 4) == Rat(10, 4)); L.step(Rat(10, 4) == R("2.5"))
L.step(same(Rat(1, 5) * 2 + Rat(4, 5) * R("2.5"), Rat(Ap, Bp)) and Rat(1, 5) * 2 == R("0.4") and Rat(4, 5) * R("2.5") == R("2.0"))
L.step(R("0.4") + R("2.0") == R("2.4"))
nb0 = (Rat(Bp, Bp + 1)) ** Ap
L.step(rounds("0.1122", nb0)); L.step(rounds("0.0907", sp.exp(-R("2.4"))))
L.step(False, note="beta + 4"); L.step((al + sum(cs), be + 3) == (12, 4)); L.step(False, carried=Rat(12, 4) == R("3.0")); L.step(Rat(12, 4) == R("3.0"))
L.step(1 + 4 == Bp); L.step(Rat(12, 5) == R("2.4"))
# summary
L.step(rounds("0.6389", P_breach))
L.step(rounds("0.0625", mean)); L.step(rounds("0.0513", mode))
L.step(rounds("0.75", se * pr / PF, approx=True))
L.step(rounds("1.0175", wmap)); L.step(Rat(Ap, Bp) == R("2.4"))
L.done()
