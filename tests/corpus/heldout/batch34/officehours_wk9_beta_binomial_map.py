"""Labels for officehours_wk9_beta_binomial_map.tex: an office-hours transcript typed up by the TA
(speaker labels via a `\\spk{Name}` macro, `[asides]`, board work in displays and an `align*` table,
`\\DeclareMathOperator` for Var, CE, KL, sd, mode, `\\propto`, `\\leftarrow`): a Beta(3, 2) prior with
7 heads in 10 (posterior by `\\propto`, mean as a weighted average, mode, variance and sd, E[theta^2] two
ways, P(two more heads), the evidence, sequential updating); the coin's MAP as a penalised
cross-entropy with numbers; ridge regression as MAP with a Gaussian prior (lambda in the 1/n-MSE form,
w_MAP against least squares, a gradient step, the stability bound); the Beta-Binomial predictive mean
and variance by the tower rule and total variance; a Bernoulli KL.
(Which steps are slips is in batch34/README.md under "Mistakes".)"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Beta as BetaRV, E as Ex, variance, density  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch34/officehours_wk9_beta_binomial_map.tex")
Q = sp.Rational
a, b, k, n = 3, 2, 7, 10
th = sp.symbols("theta", positive=True)
# the true posterior, from prior x likelihood, normalised by integration
kernel = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
Z = sp.integrate(kernel, (th, 0, 1))
post = kernel / Z
Epost = sp.integrate(th * post, (th, 0, 1))
E2post = sp.integrate(th ** 2 * post, (th, 0, 1))
Vpost = E2post - Epost ** 2
mode_true = sp.solve(sp.diff(sp.log(kernel), th), th)[0]
al, be = 10, 5
T = BetaRV("T", al, be)
Bf = lambda A, B: sp.gamma(A) * sp.gamma(B) / sp.gamma(A + B)
beta_pdf = lambda A, B: th ** (A - 1) * (1 - th) ** (B - 1) / Bf(A, B)

# section 1
L.define(4, "a, b, k, n")
L.step(same(post, beta_pdf(a + k, b + n)), note="Beta(a + k, b + n - k)"); L.step(a + k == 10 and b + n == 12)
L.step(Epost == Q(10, 22), carried=True); L.step(rounds("0.4545", Q(10, 22)))
L.step(Q(a, a + b) == Q(3, 5)); L.step(Q(3, 5) == R("0.6")); L.step(Q(k, n) == R("0.7"))
L.step(R("0.4545") < R("0.6")); L.step(R("0.6") < R("0.7"))
L.step(True, note="Bayes up to a constant"); L.step(sp.expand(kernel - th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)) == 0)
L.step(same(post, beta_pdf(a + k, b + n - k))); L.step(a + k == 10 and b + n - k == 5)
L.step(Epost == Ex(T)); L.step(Ex(T) == Q(10, 15)); L.step(rounds("0.6667", Q(10, 15)))
L.define(2, "alpha, beta named")
a_, b_, k_, n_ = sp.symbols("a b k n", positive=True)
L.step(same((a_ + k_) / (a_ + b_ + n_), n_ / (a_ + b_ + n_) * k_ / n_ + (a_ + b_) / (a_ + b_ + n_) * a_ / (a_ + b_)))
L.step(Q(10, 15) * R("0.7") + Q(5, 15) * R("0.6") == Epost)
L.step(rounds("0.4667", Q(10, 15) * R("0.7")) and Q(5, 15) * R("0.6") == R("0.2"))
L.step(R("0.4667") + R("0.2") == R("0.6667"))
L.step(a + b == 5)
L.step(mode_true == Q(al - 1, al + be - 1), note="alpha + beta - 2"); L.step(Q(al - 1, al + be - 1) == Q(9, 14))
L.step(rounds("0.6429", Q(9, 14)))
L.step(mode_true < Epost, carried=Q(9, 14) < Q(10, 15))
L.define(note="alpha, beta > 1")
A_, B_ = sp.symbols("alpha beta", positive=True)
L.step(same(sp.diff((A_ - 1) * sp.log(th) + (B_ - 1) * sp.log(1 - th), th), (A_ - 1) / th - (B_ - 1) / (1 - th), symbols=[A_, B_, th])
       if False else sp.simplify(sp.diff((A_ - 1) * sp.log(th) + (B_ - 1) * sp.log(1 - th), th) - ((A_ - 1) / th - (B_ - 1) / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.simplify(sp.solve((A_ - 1) / th - (B_ - 1) / (1 - th), th)[0] - (A_ - 1) / (A_ + B_ - 2)) == 0)
L.step(Q(al - 1, al + be - 2) == Q(9, 13) == mode_true); L.step(rounds("0.6923", Q(9, 13)))
L.step(al > be); L.step(R("0.6923") > R("0.6667") and mode_true > Epost)
L.step(Vpost == variance(T)); L.step(variance(T) == Q(50, 225 * 16)); L.step(Q(50, 225 * 16) == Q(50, 3600))
L.step(rounds("0.0139", Q(50, 3600)))
sd = sp.sqrt(Vpost)
L.step(substituted(sd, lambda v: sp.sqrt(v), "~0.0193"), note="0.0193 for 0.0139"); L.step(rounds("0.1389", sp.sqrt(R("0.0193"))))
L.step(substituted(Epost - 2 * sd, lambda m, s: m - 2 * s, "~0.6667", "~0.1389"), carried=True)
L.step(2 * R("0.1389") == R("0.2778")); L.step(R("0.6667") - R("0.2778") == R("0.3889"))
L.step(substituted(sd, lambda v: sp.sqrt(v), "~0.0139")); L.step(rounds("0.1179", sp.sqrt(R("0.0139")), sd))
L.step(R("0.6667") - R("0.2358") == R("0.4309") and 2 * R("0.1179") == R("0.2358"))
L.step(R("0.6667") + R("0.2358") == R("0.9025"))
L.step(Vpost == Q(1, 72))
L.step(E2post == Vpost + Epost ** 2); L.step(Vpost + Epost ** 2 == Q(1, 72) + Q(4, 9)); L.step(Q(1, 72) + Q(4, 9) == Q(33, 72))
L.step(rounds("0.4583", Q(33, 72)))
L.step(E2post == Ex(T ** 2) == Q(al * (al + 1), (al + be) * (al + be + 1))); L.step(Q(al * (al + 1), (al + be) * (al + be + 1)) == Q(110, 240))
L.step(Q(10 * 11, 15 * 16) == Q(110, 240)); L.step(rounds("0.4583", Q(110, 240)))
L.step(True, note="P(HH | k) = E[theta^2 | k]"); L.step(rounds("0.4583", E2post)); L.step(rounds("0.4444", R("0.6667") ** 2, Epost ** 2))
thp = sp.symbols("t", positive=True)
evidence = sp.binomial(n, k) * sp.integrate(thp ** k * (1 - thp) ** (n - k) * beta_pdf(a, b).subs(th, thp), (thp, 0, 1))
L.step(sp.simplify(evidence - sp.binomial(10, 7) * Bf(10, 5) / Bf(3, 2)) == 0)
L.step(sp.binomial(10, 7) == 120 and Bf(10, 5) == Q(1, 10010) and Bf(3, 2) == Q(1, 12))
L.step(120 * Q(1, 10010) / Q(1, 12) == Q(1440, 10010)); L.step(rounds("0.1439", Q(1440, 10010)))

# section 2: MAP as penalised cross-entropy
ybar = Q(k, n)
CE = lambda yb, t: -(yb * sp.log(t) + (1 - yb) * sp.log(1 - t))
Rpen = lambda t: -(a - 1) * sp.log(t) - (b - 1) * sp.log(1 - t)
nlp = -sp.log(post)
L.step(sp.simplify(sp.diff(nlp - (-(k * sp.log(th) + (n - k) * sp.log(1 - th)) - ((a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th))), th)) == 0)
L.step(sp.simplify(sp.diff(nlp - (n * CE(ybar, th) + Rpen(th)), th)) == 0)
L.define(note="CE"); L.define(note="ybar = k/n"); L.step(ybar == R("0.7")); L.define(note="R")
L.step(sp.simplify(sp.diff(n * CE(ybar, th) + Rpen(th), th) - (-(k + a - 1) / th + (n - k + b - 1) / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.solve(sp.diff(n * CE(ybar, th) + Rpen(th), th), th) == [Q(k + a - 1, n + a + b - 2)])
L.step(Q(k + a - 1, n + a + b - 2) == Q(9, 13)); L.step(rounds("0.6923", Q(9, 13)))
L.define(2, "a = b = 1"); L.step(True, note="R = 0 when a = b = 1")
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th) == [Q(k, n)])
ln = sp.log
L.step(substituted(CE(R("0.7"), R("0.7")), lambda p, q: -(R("0.7") * p + R("0.3") * q), "~-0.3567", "~-1.2040"))
L.step(rounds("0.2497", R("0.7") * R("0.3567")) and R("0.3") * R("1.2040") == R("0.3612"))
L.step(rounds("0.6109", R("0.2497") + R("0.3612"), CE(R("0.7"), R("0.7"))))
L.step(substituted(Rpen(R("0.7")), lambda p, q: -2 * p - q, "~-0.3567", "~-1.2040"))
L.step(2 * R("0.3567") == R("0.7134")); L.step(R("0.7134") + R("1.2040") == R("1.9174"))
t2 = R("0.6923")
L.step(substituted(CE(R("0.7"), t2), lambda p, q: -(R("0.7") * p + R("0.3") * q), "~-0.3677", "~-1.1787"))
L.step(rounds("0.2574", R("0.7") * R("0.3677")) and rounds("0.3536", R("0.3") * R("1.1787")))
L.step(rounds("0.6110", R("0.2574") + R("0.3536"), CE(R("0.7"), t2)))
L.step(substituted(Rpen(t2), lambda p, q: -2 * p - q, "~-0.3677", "~-1.1787"))
L.step(2 * R("0.3677") == R("0.7354")); L.step(R("0.7354") + R("1.1787") == R("1.9141"))
L.step(substituted(n * (CE(R("0.7"), t2) - CE(R("0.7"), R("0.7"))), lambda p, q: 10 * (p - q), "~0.6110", "~0.6109")
       and 10 * (R("0.6110") - R("0.6109")) == R("0.001"))
L.step(R("1.9174") - R("1.9141") == R("0.0033"))
L.step(10 * R("0.6110") + R("1.9141") == R("8.0241"))
L.step(R("8.0241") < R("8.0264") and n * CE(R("0.7"), t2) + Rpen(t2) < n * CE(R("0.7"), R("0.7")) + Rpen(R("0.7")))
L.step(10 * R("0.6109") + R("1.9174") == R("8.0264"))

# section 3: ridge as MAP
xs, ys = [1, 2, 3], [R("1.2"), R("1.9"), R("3.2")]
s2, t2_ = R("0.5"), 1
N = 3
w = sp.symbols("w", real=True)
L.define(5, "model, sigma^2, tau^2, x, y"); L.define(note="J(w) form")
nlpw = sum((yv - w * xv) ** 2 for xv, yv in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2_)
L.step(True, note="-ln of Gaussian likelihood x Gaussian prior, up to a constant")
lam_true = s2 / (N * t2_)      # (2 sigma^2 / n) * nlp = (1/n) sum r^2 + sigma^2/(n tau^2) w^2
Jtrue = sum((yv - w * xv) ** 2 for xv, yv in zip(xs, ys)) / N + lam_true * w ** 2
L.step(same(sp.expand(Jtrue), sp.expand(2 * s2 / N * nlpw), positive=False) and lam_true == s2 / t2_, note="sigma^2/(n tau^2)")
L.step(s2 / t2_ == R("0.5"))
wmap = sp.solve(sp.diff(nlpw, w), w)[0]
lam = sp.symbols("lambda", positive=True)
Jl = sum((yv - w * xv) ** 2 for xv, yv in zip(xs, ys)) / N + lam * w ** 2
Sxy, Sxx = sum(xv * yv for xv, yv in zip(xs, ys)), sum(xv * xv for xv in xs)
L.step(sp.simplify(sp.solve(sp.diff(Jl, w), w)[0] - Sxy / (Sxx + N * lam)) == 0)
L.step(wmap == R("14.6") / (14 + 3 * R("0.5")), carried=Sxy == R("14.6") and Sxx == 14)
L.step(14 + 3 * R("0.5") == R("15.5")); L.step(rounds("0.9419", R("14.6") / R("15.5")))
L.step(lam_true == s2 / (N * t2_)); L.step(s2 / N == R("0.5") / 3); L.step(rounds("0.1667", R("0.5") / 3))
L.step(sp.simplify(wmap - Sxy / (Sxx + s2 / t2_)) == 0); L.step(Sxy / (Sxx + s2 / t2_) == R("14.6") / R("14.5"))
L.step(rounds("1.0069", R("14.6") / R("14.5")))
wmle = sp.solve(sp.diff(sum((yv - w * xv) ** 2 for xv, yv in zip(xs, ys)), w), w)[0]
L.step(wmle == R("14.6") / 14); L.step(rounds("1.0429", R("14.6") / 14)); L.step(R("1.0069") < R("1.0429"))
L.define(2, "w = 1, eta = 0.1")
Jp_true = sp.diff(Jtrue, w)
L.step(same(Jp_true, -sp.Rational(1, N) * sum(xv * (yv_ - w * xv) for xv, yv_ in zip(xs, ys)) + 2 * lam_true * w, positive=False),
       note="-(2/n)")
L.define(note="w = 1")
L.step(sum(xv * (yv_ - xv) for xv, yv_ in zip(xs, ys)) == R("0.2") - R("0.2") + R("0.6")); L.step(R("0.2") - R("0.2") + R("0.6") == R("0.6"))
L.step(Jp_true.subs(w, 1) == -Q(1, 3) * R("0.6") + 2 * Q(1, 6), carried=True)
L.step(rounds("0.3333", 2 * Q(1, 6)) and -Q(1, 3) * R("0.6") == R("-0.2")); L.step(R("-0.2") + R("0.3333") == R("0.1333"))
L.step(substituted(1 - R("0.1") * Jp_true.subs(w, 1), lambda g: 1 - R("0.1") * g, "~0.1333"), carried=True)
L.step(rounds("0.9867", 1 - R("0.1") * R("0.1333")))
L.step(rounds("1.0069", wmap))
L.step(same(sp.diff((R("1.9") - w * 2) ** 2, w), -2 * 2 * (R("1.9") - w * 2), positive=False))
L.step(substituted(Jp_true.subs(w, 1), lambda c: -Q(2, 3) * R("0.6") + c, "~0.3333"))
L.step(-Q(2, 3) * R("0.6") == R("-0.4")); L.step(rounds("-0.0667", R("-0.4") + R("0.3333"), Jp_true.subs(w, 1)))
L.step(substituted(1 - R("0.1") * Jp_true.subs(w, 1), lambda g: 1 - R("0.1") * g, "~-0.0667"))
L.step(rounds("1.0067", 1 - R("0.1") * R("-0.0667")))
Jpp = sp.diff(Jtrue, w, 2)
L.step(Jpp == sp.Rational(2, N) * Sxx + 2 * lam_true); L.step(Jpp == Q(28, 3) + Q(1, 3)); L.step(rounds("9.6667", Q(29, 3)))
L.step(True, note="GD on a quadratic is stable iff eta < 2/J''"); L.step(rounds("0.2069", 2 / Jpp))
L.define(note="eta = 0.1"); L.step(rounds("0.0333", abs(1 - R("0.1") * R("9.6667")), abs(1 - R("0.1") * Jpp)))

# section 4: predictive of Y ~ Bin(m, theta), theta ~ Beta(10, 5)
m = 5
L.define(note="m = 5")
ys_ = sp.symbols("y", integer=True)
pmfY = [sp.integrate(sp.binomial(m, j) * th ** j * (1 - th) ** (m - j) * post, (th, 0, 1)) for j in range(m + 1)]
EY = sum(j * p for j, p in enumerate(pmfY)); VY = sum(j ** 2 * p for j, p in enumerate(pmfY)) - EY ** 2
L.step(True, note="tower rule"); L.step(EY == m * Epost); L.step(m * Epost == 5 * Q(2, 3)); L.step(rounds("3.3333", Q(10, 3)))
L.step(True, note="law of total variance")
L.step(VY == m * (Epost - E2post) + m ** 2 * Vpost)
L.step(m * (Epost - E2post) + m ** 2 * Vpost == 5 * (Q(2, 3) - Q(11, 24)) + Q(25, 72))
L.step(5 * (Q(2, 3) - Q(11, 24)) == Q(25, 24)); L.step(rounds("1.0417", Q(25, 24)) and rounds("0.3472", Q(25, 72)))
L.step(R("1.0417") + R("0.3472") == R("1.3889") and rounds("1.3889", VY))
KL = R("0.7") * sp.log(R("0.7") / Epost) + R("0.3") * sp.log(R("0.3") / (1 - Epost))
L.step(substituted(KL, lambda p, q: R("0.7") * sp.log(R("0.7") / p) + R("0.3") * sp.log(R("0.3") / q), "~0.6667", "~0.3333"))
L.step(substituted(KL, lambda p, q: R("0.7") * sp.log(p) + R("0.3") * sp.log(q), "~1.05", "~0.9"))
L.step(rounds("0.0342", R("0.7") * sp.log(R("1.05"))) and rounds("0.0316", R("0.3") * sp.log(R("0.9"))), note="0.3 ln 0.9 < 0")
L.step(R("0.0342") + R("0.0316") == R("0.0658"))
L.step(substituted(sp.exp(-10 * KL), lambda c: sp.exp(-10 * c), "~0.0658"), carried=True)
L.step(rounds("0.5179", sp.exp(R("-0.658"))))
L.step(rounds("-0.0316", R("0.3") * sp.log(R("0.9"))))
L.step(substituted(KL, lambda p, q: p - q, "~0.0342", "~0.0316")); L.step(rounds("0.0025", R("0.0342") - R("0.0316"), KL, approx=True))
L.step(substituted(sp.exp(-10 * KL), lambda c: sp.exp(-10 * c), "~0.0025") and rounds("0.9753", sp.exp(R("-0.025"))))
L.done()
