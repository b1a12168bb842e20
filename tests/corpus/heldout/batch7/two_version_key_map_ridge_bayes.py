"""Labels for two_version_key_map_ridge_bayes.tex: a two-version quiz key (the same symbols with
version A's and version B's values) and a version-B script that used version A's sigma^2 = 1:
lambda = 1/0.5 (wrong in B) carried into the MAP estimate, the posterior variance and the second GD
step; Bayes with P(D | +) = P(+ | D) before the right computation. Each relation is judged with the
values of the version its section is about."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch7/two_version_key_map_ridge_bayes.tex")
Q = sp.Rational
w = sp.Symbol("w")
xs, ys = [1, 2], [2, 3]
sxy = sum(a * b for a, b in zip(xs, ys)); sxx = sum(a * a for a in xs)
L.define(3, "model, data"); L.define(4, "J, w0, eta, lambda")


def version(s2, t2, pi):
    s2, t2 = sp.Rational(s2), sp.Rational(t2)
    lam = s2 / t2
    negpost = sum((b - w * a)**2 for a, b in zip(xs, ys)) / (2 * s2) + w**2 / (2 * t2)
    wmap = sp.solve(sp.diff(negpost, w), w)[0]
    pvar = 1 / sp.diff(negpost, w, 2)                  # Gaussian posterior: inverse curvature
    J = sum((b - w * a)**2 for a, b in zip(xs, ys)) + lam * w**2
    dJ = sp.diff(J, w)
    w1 = 0 - R("0.05") * dJ.subs(w, 0); w2 = w1 - R("0.05") * dJ.subs(w, w1)
    post = R("0.95") * pi / (R("0.95") * pi + R("0.1") * (1 - pi))
    return dict(lam=lam, wmap=wmap, pvar=pvar, dJ=dJ, w1=w1, w2=w2, post=post)


A = version(1, 1, R("0.02")); B = version(2, R("0.5"), R("0.05"))
# key A
L.step(A["lam"] == 1); L.step(sxy == 8); L.step(sxx == 5); L.step(A["wmap"] == Q(8, 5 + 1)); L.step(rounds("1.3333", A["wmap"]))
L.step(A["pvar"] == 1 / (Q(sxx, 1) + 1)); L.step(A["pvar"] == Q(1, 6)); L.step(rounds("0.1667", A["pvar"]))
L.step(sp.expand(A["dJ"] - (-2 * sum(a * (b - w * a) for a, b in zip(xs, ys)) + 2 * A["lam"] * w)) == 0)
L.step(A["dJ"].subs(w, 0) == -16); L.step(A["w1"] == 0 + R("0.05") * 16); L.step(A["w1"] == R("0.8"))
L.step(A["dJ"].subs(w, R("0.8")) == -2 * (8 - 4) + R("1.6")); L.step(A["dJ"].subs(w, R("0.8")) == R("-6.4"))
L.step(A["w2"] == R("0.8") + R("0.05") * R("6.4")); L.step(A["w2"] == R("1.12"))
L.step(A["post"] == R("0.95") * R("0.02") / (R("0.95") * R("0.02") + R("0.1") * R("0.98"))); L.step(A["post"] == R("0.019") / R("0.117")); L.step(rounds("0.1624", A["post"]))
# key B
L.step(B["lam"] == 2 / R("0.5")); L.step(B["lam"] == 4); L.step(B["wmap"] == Q(8, 5 + 4)); L.step(rounds("0.8889", B["wmap"]))
L.step(B["pvar"] == 1 / (Q(5, 2) + 2)); L.step(rounds("0.2222", B["pvar"]))
L.step(B["w1"] == R("0.8")); L.step(B["dJ"].subs(w, R("0.8")) == -8 + 2 * 4 * R("0.8")); L.step(B["dJ"].subs(w, R("0.8")) == R("-1.6"))
L.step(B["w2"] == R("0.8") + R("0.05") * R("1.6")); L.step(B["w2"] == R("0.88"))
L.step(B["post"] == R("0.95") * R("0.05") / (R("0.95") * R("0.05") + R("0.1") * R("0.95"))); L.step(B["post"] == R("0.0475") / R("0.1425")); L.step(rounds("0.3333", B["post"]))
# script 0342 (version B) with sigma^2 = 1
S = version(1, R("0.5"), R("0.05"))
L.define(note="lambda := sigma^2/tau^2"); L.step(Q(2, 1) / R("0.5") == 1 / R("0.5"), note="sigma^2 of version A"); L.step(1 / R("0.5") == 2)
L.step(B["wmap"] == Q(8, 5 + 2), carried=S["wmap"] == Q(8, 5 + 2)); L.step(rounds("1.1429", Q(8, 7)))
L.step(B["pvar"] == 1 / (Q(5, 1) + 1 / R("0.5")), carried=S["pvar"] == 1 / (Q(5, 1) + 1 / R("0.5"))); L.step(1 / (Q(5, 1) + 2) == Q(1, 7)); L.step(rounds("0.1429", Q(1, 7)))
L.step(B["w1"] == R("0.05") * 16); L.step(B["w1"] == R("0.8"))
L.step(B["dJ"].subs(w, R("0.8")) == -2 * (8 - 4) + 2 * 2 * R("0.8"), carried=S["dJ"].subs(w, R("0.8")) == -2 * (8 - 4) + 2 * 2 * R("0.8"))
L.step(-2 * (8 - 4) + 2 * 2 * R("0.8") == R("-4.8"))
L.step(B["w2"] == R("0.8") + R("0.05") * R("4.8"), carried=S["w2"] == R("0.8") + R("0.05") * R("4.8")); L.step(R("0.8") + R("0.05") * R("4.8") == R("1.04"))
L.step(True, note="Gaussian posterior: mean = mode")
L.step(B["post"] == R("0.95"), note="P(D|+) = P(+|D)"); L.step(R("0.95") == R("0.95"), note="P(+|D) = 0.95, the sensitivity")
L.step(R("0.95") * R("0.05") + R("0.1") * R("0.95") == R("0.1425")); L.step(R("0.95") * R("0.05") + R("0.1") * R("0.95") == R("0.1425"))
L.step(B["post"] == R("0.0475") / R("0.1425")); L.step(rounds("0.3333", B["post"]))
L.define(2, "version A's sigma^2, version B's sigma^2"); L.step(B["lam"] == 4)
L.done()
