"""Labels for hw_loss_gradients_graded.tex: every derivative by sp.diff, compared at random points."""
import sympy as sp
from truth import Labels, R, rounds, same

L = Labels("hw_loss_gradients_graded.tex")
w, b, x, y, z, lam, mu, s, th, a, bb, p, q = sp.symbols("w b x y z lambda mu s theta a bb p q", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
anyx = dict(positive=False)
L.define()
# 1: n = 3 data points as symbols
xs, ys = sp.symbols("x1:4"), sp.symbols("y1:4"); n = 3
Lsq = sum((w * xi + b - yi) ** 2 for xi, yi in zip(xs, ys)) / n
L.define()
L.step(same(sp.diff(Lsq, w), sum((w * xi + b - yi) * xi for xi, yi in zip(xs, ys)) / n, **anyx))
L.step(same(sp.diff(Lsq, b), 2 * sum(w * xi + b - yi for xi, yi in zip(xs, ys)) / n, **anyx))
# 2: ridge
Lr = (w * x - y) ** 2 / 2 + lam * w ** 2 / 2
wstar = sp.solve(sp.diff(Lr, w), w)[0]
L.define(); L.step(same(sp.diff(Lr, w), (w * x - y) * x + lam, **anyx)); L.step(same(wstar, y / x))
L.step(same(sp.diff(Lr, w), (w * x - y) * x + lam * w, **anyx)); L.step(same(wstar, x * y / (x ** 2 + lam)))
# 3: BCE on a logit
Lb = -y * sp.log(sig(z)) - (1 - y) * sp.log(1 - sig(z))
L.define(); L.step(same(sp.diff(Lb, z), y - sig(z), **anyx)); L.step(same(sp.diff(Lb, z, 2), sig(z) * (1 - sig(z)), **anyx))
L.define(2)
true_g = sp.diff(Lb, z).subs({z: R("0.5"), y: 1})
L.step(rounds("0.3775", true_g), carried=rounds("0.3775", 1 - sig(R("0.5"))), note="the y - sigma formula")
L.step(rounds("0.3775", 1 - R("0.6225")))
# 4: logistic loss with +-1 labels
Ll = sp.log(1 + sp.exp(-y * z))
L.define(); L.step(same(sp.diff(Ll, z), -y * sig(y * z), **anyx)); L.step(same(-y * sig(y * z), -y / (1 + sp.exp(y * z)), **anyx))
assert same(sp.diff(Ll, z), -y / (1 + sp.exp(y * z)), **anyx)   # the right answer, reached by the wrong middle step
# 5: Poisson regression
L.define(); L.step(same(sp.diff(sp.exp(z) - y * z, z), sp.exp(z) - y * z, **anyx))
# 6: Gaussian with learned variance (s > 0)
sp_ = sp.Symbol("s", positive=True)
Lg = sp.log(2 * sp.pi * sp_) / 2 + (y - mu) ** 2 / (2 * sp_)
L.define(); L.step(same(sp.diff(Lg, mu), -(y - mu) / sp_)); L.step(same(sp.diff(Lg, sp_), 1 / (2 * sp_) + (y - mu) ** 2 / (2 * sp_ ** 2)))
sols = sp.solve(sp.diff(Lg, sp_), sp_)
L.step(len(sols) == 1 and same(sols[0], (y - mu) ** 2))
# 7: two-class softmax
z1, z2 = sp.symbols("z1 z2", real=True)
lhs = -sp.log(sp.exp(z1) / (sp.exp(z1) + sp.exp(z2)))
L.step(same(lhs, sp.log(1 + sp.exp(z2 - z1)), **anyx))
L.step(same(sp.diff(sp.log(1 + sp.exp(z2 - z1)), z1), sp.exp(z1) / (sp.exp(z1) + sp.exp(z2)), **anyx))
# 8: tanh unit
Lt = (sp.tanh(w * x) - y) ** 2 / 2
L.define(); L.step(same(sp.diff(Lt, w), (sp.tanh(w * x) - y) * (1 - sp.tanh(w * x) ** 2), **anyx))
L.step(same(sp.diff(Lt, w), (sp.tanh(w * x) - y) * x * (1 - sp.tanh(w * x) ** 2), **anyx))
# 9: Bernoulli KL in p (p, q in (0, 1): sampled as u/(1+u))
u, v = sp.symbols("u v", positive=True)
kl = q * sp.log(q / p) + (1 - q) * sp.log((1 - q) / (1 - p))
unit = {p: u / (1 + u), q: v / (1 + v)}
L.step(same(sp.diff(kl, p).subs(unit), (q / p - (1 - q) / (1 - p)).subs(unit)))
# 10: log-sum-exp
z3 = sp.Symbol("z3", real=True)
L.step(same(sp.diff(sp.log(sp.exp(z1) + sp.exp(z2) + sp.exp(z3)), z1), sp.exp(z1), **anyx))
# 11: Beta log-density, theta in (0, 1)
lb = (a - 1) * sp.log(th) + (bb - 1) * sp.log(1 - th)
L.step(same(sp.diff(lb, th).subs(th, u / (1 + u)), ((a - 1) / th + (bb - 1) / (1 - th)).subs(th, u / (1 + u)), **anyx))
# 12: hinge on yz < 1
L.define(2); L.step(same(sp.diff(1 - y * z, z), -y, **anyx)); L.step(same(sp.diff((1 - y * z) ** 2, z), -2 * y * (1 - y * z), **anyx))
# 13: numbers for item 6
num = {y: 2, mu: R("1.5"), sp_: R("0.5")}
L.define(3)
L.step(sp.diff(Lg, mu).subs(num) == -R("0.5") / R("0.5")); L.step(-R("0.5") / R("0.5") == -1)
L.step(sp.diff(Lg, sp_).subs(num) == 1 + R("0.5"), carried=(1 / (2 * sp_) + (y - mu) ** 2 / (2 * sp_ ** 2)).subs(num) == 1 + R("0.5"))
L.step(1 + R("0.5") == R("1.5"))
L.done()
