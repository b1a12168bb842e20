"""Labels for exit_ticket_summary_bias_variance_decomposition.tex: an instructor's summary of exit tickets:
the bias-variance decomposition of expected test error at one input from five fitted models' predictions
(with the noise variance), students' variants, then bias, variance and MSE of a shrunk sample mean c X-bar
and the best c."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/exit_ticket_summary_bias_variance_decomposition.tex")
f0, s2 = R("2.3"), R("0.25")
yh = [R(v) for v in ("1.6", "2.4", "2.1", "1.7", "2.2")]
K = len(yh)
L.define(3, "f(x0), sigma^2, predictions")
ybar = sum(yh) / K
L.step(True); L.step(sum(yh) == R("10.0")); L.step(ybar == R("2.0"))
bias = ybar - f0
var = sum((v - ybar) ** 2 for v in yh) / K            # over the five equally likely fits
L.step(True); L.step(bias == R("2.0") - R("2.3")); L.step(bias == R("-0.3")); L.step(bias ** 2 == R("0.09"))
L.step(True); L.step([(v - ybar) ** 2 for v in yh] == [R("0.16"), R("0.16"), R("0.01"), R("0.09"), R("0.04")]); L.step(sum((v - ybar) ** 2 for v in yh) == R("0.46")); L.step(var == R("0.092"))
# expected test error over fits k and fresh noise: E[(f0 + e - yhat_k)^2]
err = sum((f0 - v) ** 2 for v in yh) / K + s2
L.step(err == bias ** 2 + var + s2); L.step(True); L.step(R("0.09") + R("0.092") + R("0.25") == R("0.432") == err)
spread = sum((v - f0) ** 2 for v in yh) / K
L.step([(v - f0) ** 2 for v in yh] == [R("0.49"), R("0.01"), R("0.04"), R("0.36"), R("0.01")]); L.step(sum((v - f0) ** 2 for v in yh) == R("0.91"))
L.step(spread == R("0.182")); L.step(R("0.09") + R("0.092") == R("0.182") == spread)
L.step(var == R("0.46") / 4, note="divide by 5"); L.step(R("0.46") / 4 == R("0.115"))
L.step(err == R("0.09") + R("0.115") + R("0.25"), carried=True); L.step(R("0.09") + R("0.115") + R("0.25") == R("0.455"))
L.step(rounds("0.6745", sp.sqrt(err)), carried=True); L.step(rounds("0.6745", sp.sqrt(R("0.455"))))
L.step(R("0.09") + R("0.115") == R("0.205")); L.step(R("0.205") != R("0.182"))
L.step(bias == f0 - ybar, note="sign"); L.step(f0 - ybar == R("0.3"))
L.step(bias ** 2 == R("0.09")); L.step(err == bias ** 2 + var, note="+ sigma^2"); L.step(True); L.step(R("0.09") + R("0.092") == R("0.182"))
L.step(var == R("0.092") / 2, note="a sixth fit does not change the variance of one fit"); L.step(R("0.092") / 2 == R("0.046"))
L.step(R("0.092") / 5 == R("0.0184") and var / K == R("0.0184"))
# question 2
mu, sg2, n, c = 1, 4, 10, R("0.8")
L.define(5, "mu, sigma^2, n, estimator, c")
cc, m_, v_ = sp.symbols("c mu v", positive=True)
b_c = (cc - 1) * m_                      # E[c Xbar] - mu
V_c = cc ** 2 * v_                       # v = sigma^2 / n
v0 = sp.Rational(sg2, n)
L.step(True, note="definition of bias"); L.step(True); L.step(b_c.subs({cc: c, m_: mu}) == R("-0.2"))
L.step(True, note="Var(c X) = c^2 Var X"); L.step(V_c.subs({cc: c, v_: v0}) == R("0.64") * R("0.4")); L.step(R("0.64") * R("0.4") == R("0.256"))
mse = lambda k: ((k - 1) * mu) ** 2 + k ** 2 * v0
L.step(mse(c) == R("0.04") + R("0.256")); L.step(mse(c) == R("0.296")); L.step(mse(c) < mse(1)); L.step(mse(1) == v0); L.step(v0 == R("0.4"))
L.step(same(V_c, cc * v_), note="c^2"); L.step(R("0.8") * R("0.4") == R("0.32")); L.step(R("0.8") * R("0.4") == R("0.32"))
L.step(mse(c) == R("0.04") + R("0.32"), carried=True); L.step(R("0.04") + R("0.32") == R("0.36")); L.step(R("0.36") < R("0.4"))
L.step(mse(1) - mse(c) == R("0.4") - R("0.36"), carried=True); L.step(R("0.4") - R("0.36") == R("0.04"))
MSE = (cc - 1) ** 2 * m_ ** 2 + cc ** 2 * v_
L.step(same(sp.diff(MSE, cc), 2 * (cc - 1) * m_ ** 2 + 2 * cc * v_)); L.define(note="= 0")
cstar = sp.solve(sp.diff(MSE, cc), cc)[0]
L.step(same(cstar, m_ ** 2 / (m_ ** 2 + v_))); L.step(cstar.subs({m_: 1, v_: v0}) == 1 / R("1.4")); L.step(rounds("0.7143", 1 / R("1.4")))
cs = cstar.subs({m_: 1, v_: v0})
L.step(substituted(mse(cs), lambda k: (k - 1) ** 2 + k ** 2 * R("0.4"), "~0.7143"))
L.step(rounds("0.0816", (R("0.7143") - 1) ** 2) and rounds("0.2041", R("0.7143") ** 2 * R("0.4")))
L.step(R("0.0816") + R("0.2041") == R("0.2857") and rounds("0.2857", mse(cs)))
L.step(same(MSE.subs(cc, cstar), m_ ** 2 * v_ / (m_ ** 2 + v_))); L.step(rounds("0.2857", R("0.4") / R("1.4")))
L.done()
