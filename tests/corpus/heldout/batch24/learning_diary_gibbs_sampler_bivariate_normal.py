"""Labels for learning_diary_gibbs_sampler_bivariate_normal.tex: a student's learning diary (dated
entries, corrections added on later days) on Gibbs sampling for a bivariate normal with mu = (1, -1),
sigma = (2, 1), rho = 0.6: the covariance matrix, both full conditionals, sweeps from (0, 0) with given
standard normal draws, a running mean, the x-chain as AR(1) with coefficient rho^2, its stationary
variance, autocorrelations, effective sample size, the redone sweep and a Rao-Blackwellised mean. Slips: the slope of X on Y taken as
rho sigma_y / sigma_x (carried into the conditional mean and Monday's sweep); 1.2 x (-0.36) written
-0.423 (carried into x2 and the rest of Tuesday's sweep and the mean); the stationary variance divided
by 1 - rho^2 for 1 - rho^4."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/learning_diary_gibbs_sampler_bivariate_normal.tex")
mx, my, sx, sy, rho = 1, -1, 2, 1, R("0.6")
Sxx, Sxy, Syy = sx ** 2, rho * sx * sy, sy ** 2
bxy, vx = Sxy / Syy, Sxx - Sxy ** 2 / Syy            # X | Y
byx, vy = Sxy / Sxx, Syy - Sxy ** 2 / Sxx            # Y | X
L.define(5, "mu_x, mu_y, sigma_x, sigma_y, rho")
L.define(note="Sigma"); L.step(sp.Matrix([[Sxx, Sxy], [Sxy, Syy]]) == sp.Matrix([[4, R("1.2")], [R("1.2"), 1]]))
L.step(bxy == rho * sy / sx, note="rho sigma_x / sigma_y"); L.step(rho * sy / sx == R("0.6") / 2); L.step(R("0.6") / 2 == R("0.3"))
y = sp.symbols("y", real=True)
L.step(same(mx + bxy * (y - my), 1 + R("0.3") * (y + 1), [y]), carried=True)
L.step(True, note="conditional variance formula"); L.step(vx == 4 - R("1.44")); L.step(vx == R("2.56")); L.step(sp.sqrt(R("2.56")) == R("1.6"))
L.step(byx == R("1.2") / 4); L.step(R("1.2") / 4 == R("0.3")); L.step(vy == 1 - R("1.44") / 4 and vy == R("0.64"))
x = sp.symbols("x", real=True)
L.step(same(my + byx * (x - mx), -1 + R("0.3") * (x - 1), [x]))
L.define(4, "x0, y0, eps1, eps2")
e = [None, R("0.5"), R("-1.2"), R("1.1"), R("0.3"), R("-0.7"), R("0.9")]
sdx, sdy = sp.sqrt(vx), sp.sqrt(vy)
xs, ys = [0], [0]
for i in range(3):
    xs.append(mx + bxy * (ys[-1] - my) + sdx * e[2 * i + 1])
    ys.append(my + byx * (xs[-1] - mx) + sdy * e[2 * i + 2])
L.step(xs[1] == 1 + R("0.3") * 1 + R("1.6") * R("0.5"), carried=True); L.step(1 + R("0.3") + R("0.8") == R("2.1"))
L.step(ys[1] == -1 + R("0.3") * (R("2.1") - 1) + R("0.8") * R("-1.2"), carried=True)
L.step(-1 + R("0.3") * (R("2.1") - 1) + R("0.8") * R("-1.2") == R("-1.63"))
# Tuesday
L.step(Sxy / Syy == R("1.2") / 1); L.step(R("1.2") / 1 == R("1.2")); L.step(R("1.2") == rho * sx / sy)
L.define(note="sigma_x = sigma_y"); L.define(4, "eps3..eps6")
L.step(xs[1] == 1 + R("1.2") * 1 + R("1.6") * R("0.5")); L.step(xs[1] == 3)
L.step(ys[1] == -1 + R("0.3") * 2 + R("0.8") * R("-1.2")); L.step(ys[1] == R("-1.36"))
L.step(xs[2] == 1 + R("1.2") * R("-0.36") + R("1.6") * R("1.1")); L.step(R("1.2") * R("-0.36") == R("-0.423"), note="-0.432")
x2w = 1 - R("0.423") + R("1.76")
L.step(xs[2] == x2w, carried=True); L.step(x2w == R("2.337"))
near = lambda v, w: substituted(v, lambda *a: a[0], w)
y2w = -1 + R("0.3") * (R("2.337") - 1) + R("0.8") * R("0.3")
L.step(ys[2] == y2w, carried=True); L.step(R("0.3") * (R("2.337") - 1) == R("0.4011")); L.step(-1 + R("0.4011") + R("0.24") == R("-0.3589"))
x3w = 1 + R("1.2") * (R("-0.3589") + 1) + R("1.6") * R("-0.7")
L.step(rounds("0.6493", xs[3]) and xs[3] == x3w, carried=True)
L.step(rounds("0.7693", R("1.2") * (R("-0.3589") + 1))); L.step(rounds("0.6493", 1 + R("0.7693") - R("1.12")))
L.step(rounds("-0.3852", ys[3]), carried=True)
L.step(rounds("-0.1052", R("0.3") * (R("0.6493") - 1))); L.step(rounds("-0.3852", -1 - R("0.1052") + R("0.72")))
xbar = sum(xs[1:]) / 3
L.step(substituted(xbar, lambda a, b, c: (a + b + c) / 3, "3.0", "~2.337", "~0.6493"), carried=True)
L.step(rounds("1.9954", (3 + R("2.337") + R("0.6493")) / 3)); L.define(note="mu_x = 1")
# Wednesday: x_{t+1} - mu_x = bxy (y_t - mu_y) + sdx eps, y_t - mu_y = byx (x_t - mu_x) + sdy eps'
xt, ep, ep2 = sp.symbols("x_t epsilon epsilon2", real=True)
yt = my + byx * (xt - mx) + sdy * ep2
xn = mx + bxy * (yt - my) + sdx * ep
L.step(same(xn - mx, R("1.2") * R("0.3") * (xt - mx) + R("1.2") * R("0.8") * ep2 + R("1.6") * ep, positive=False))
L.step(R("1.2") * R("0.3") == R("0.36")); L.step(R("0.36") == rho ** 2)
L.step(R("0.96") ** 2 + R("1.6") ** 2 == R("0.9216") + R("2.56")); L.step(R("0.9216") + R("2.56") == R("3.4816"))
L.define(note="stationarity equation")
vstat = R("3.4816") / (1 - R("0.36") ** 2)
L.step(vstat == R("3.4816") / (1 - R("0.36")), note="1 - 0.36^2")
L.step(1 - R("0.36") == R("0.64")); L.step(R("3.4816") / R("0.64") == R("5.44"))
L.step(sx ** 2 == 4); L.step(R("5.44") != 4)
L.step(1 - R("0.36") ** 2 == R("0.8704")); L.step(vstat == R("3.4816") / R("0.8704")); L.step(R("3.4816") / R("0.8704") == 4); L.step(vstat == sx ** 2)
L.step(R("0.36") ** 2 == R("0.1296")); L.step(rounds("0.0467", R("0.36") ** 3, approx=True))
L.step(rounds("470.6", 1000 * R("0.64") / R("1.36"), approx=True)); L.define(note="rho = 0.95")
L.step(R("0.95") ** 2 == R("0.9025")); L.step(rounds("0.0512", (1 - R("0.9025")) / (1 + R("0.9025")), approx=True))
L.step(R("1.2") * R("-0.36") == R("-0.432")); L.step(xs[2] == 1 - R("0.432") + R("1.76")); L.step(1 - R("0.432") + R("1.76") == R("2.328"))
# Friday
L.step(xs[2] == R("2.328"))
L.step(ys[2] == -1 + R("0.3") * R("1.328") + R("0.24")); L.step(ys[2] == R("-0.3616"))
L.step(xs[3] == 1 + R("1.2") * R("0.6384") - R("1.12")); L.step(rounds("0.6461", xs[3]))
L.step(substituted(ys[3], lambda a: -1 + R("0.3") * (a - 1) + R("0.72"), "~0.6461")); L.step(rounds("-0.3862", -1 + R("0.3") * (R("0.6461") - 1) + R("0.72")))
L.step(substituted(xbar, lambda a: (3 + R("2.328") + a) / 3, "~0.6461")); L.step(rounds("1.9914", (3 + R("2.328") + R("0.6461")) / 3))
rb = sum(mx + bxy * (ys[t] - my) for t in range(3)) / 3
L.define(note="Rao-Blackwell estimate")
L.step(substituted(rb, lambda a, b, c: (a + b + c) / 3, "2.2", "0.568", "~1.7661")); L.step(rounds("1.5114", (R("2.2") + R("0.568") + R("1.7661")) / 3))
L.done()
