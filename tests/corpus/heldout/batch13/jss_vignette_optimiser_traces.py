"""Labels for jss_vignette_optimiser_traces.tex: a Journal-of-Statistical-Software style vignette (`jss`
class, `\\pkg`, `\\code`, `\\proglang`) tracing GD, heavy-ball momentum, RMSProp and Adam on f(w) = (w - 3)^2
from w0 = 0, with closed forms, an unrolled momentum sum, and `\\approx` in scientific notation."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/jss_vignette_optimiser_traces.tex")
w, t = sp.symbols("w t", real=True)
f = (w - 3) ** 2
g = lambda x: 2 * (x - 3)
L.define(note="f"); L.step(same(sp.diff(f, w), 2 * (w - 3), positive=False)); L.define(note="w0")
L.step(g(0) == g(0)); L.step(g(0) == -6)
# GD
eta = R("0.1")
L.define(2, "update, eta")
w1 = 0 - eta * g(0); w2 = w1 - eta * g(w1)
L.step(w1 == 0 - R("0.1") * (-6)); L.step(w1 == R("0.6"))
L.step(w2 == R("0.6") - R("0.1") * 2 * (R("0.6") - 3)); L.step(w2 == R("0.6") + R("0.48")); L.step(w2 == R("1.08"))
wt = sp.symbols("wt", real=True)
L.step(same((wt - eta * g(wt)) - 3, (1 - 2 * eta) * (wt - 3), positive=False)); L.step(1 - 2 * eta == R("0.8"))
closed = lambda k: 3 - 3 * R("0.8") ** k
it = [sp.Integer(0)]
for _ in range(10):
    it.append(it[-1] - eta * g(it[-1]))
L.step(all(it[k] == closed(k) for k in range(11)))
L.step(it[2] == 3 - 3 * R("0.64")); L.step(3 - 3 * R("0.64") == R("1.08"))
L.step(it[10] == 3 - 3 * R("0.8") ** 10); L.step(rounds("2.6779", it[10]))
L.step(all(abs(it[k] - 3) == 3 * R("0.8") ** (k - 1) for k in range(1, 6)), note="0.8^t, not 0.8^(t-1)")
# momentum
beta = R("0.9")
L.define(4, "v-rule, w-rule, beta, v0")
v1 = beta * 0 + g(0); m1 = 0 - eta * v1
L.step(v1 == R("0.9") * 0 + (-6)); L.step(v1 == -6); L.step(m1 == 0 - R("0.1") * (-6)); L.step(m1 == R("0.6"))
v2 = beta * v1 + g(m1); m2 = m1 - eta * v2
L.step(v2 == R("0.9") * (-6) + 2 * (R("0.6") - 3)); L.step(v2 == R("-5.4") - R("4.8")); L.step(v2 == R("-10.2"))
L.step(m2 == R("0.6") - R("0.1") * R("-10.2")); L.step(m2 == R("1.62"))
# unrolled: v_t = sum_{i=0}^{t-1} beta^(t-1-i) g_i, check t = 2 with symbolic gradients
g0, g1 = sp.symbols("g0 g1")
L.step(same(beta * g0 + g1, beta ** 0 * g0 + beta ** 1 * g1), note="beta^(t-1-i)")
L.step(same(g0 / (1 - beta), 10 * g0)); L.step(eta / (1 - beta) == R("1.0"))
# RMSProp
rho, e2 = R("0.9"), R("0.01")
L.define(5, "s-rule, w-rule, rho, eta, s0")
s1 = (1 - rho) * g(0) ** 2
r1 = 0 - e2 * g(0) / sp.sqrt(s1)
L.step(s1 == R("0.1") * 36); L.step(s1 == R("3.6")); L.step(rounds("1.8974", sp.sqrt(R("3.6"))))
L.step(substituted(r1, lambda d: 0 + R("0.01") * 6 / d, "~1.8974")); L.step(rounds("0.0361", r1))
gr1 = g(r1)
L.step(substituted(gr1, lambda x: 2 * (x - 3), "~0.0361"), carried=True)
L.step(2 * (R("0.0361") - 3) == R("-5.9278"))
s2 = rho * s1 + (1 - rho) * gr1 ** 2
L.step(substituted(s2, lambda a, b: R("0.9") * a + R("0.1") * b ** 2, "3.6", "~5.9278"), carried=True)   # s1 = 3.6 exactly
L.step(R("0.9") * R("3.6") == R("3.24") and rounds("3.5139", R("0.1") * R("5.9278") ** 2))
L.step(R("3.24") + R("3.5139") == R("6.7539"))
r2 = r1 - e2 * gr1 / sp.sqrt(s2)
L.step(substituted(r2, lambda a, b, c: a + R("0.01") * b / sp.sqrt(c), "~0.0361", "~5.9278", "~6.7539"), carried=True)
L.step(rounds("0.0228", R("0.01") * R("5.9278") / sp.sqrt(R("6.7539"))))
L.step(R("0.0361") + R("0.0228") == R("0.0589"))
# Adam
b1, b2, eps = R("0.9"), R("0.999"), sp.Rational(1, 10 ** 8)
L.define(5, "Adam rules"); L.define(6, "b1, b2, eta, eps, m0, v0")
L.define(note="t = 1")
m_1 = (1 - b1) * g(0); v_1 = (1 - b2) * g(0) ** 2; mh1 = m_1 / (1 - b1); vh1 = v_1 / (1 - b2)
L.step(m_1 == R("0.1") * (-6)); L.step(m_1 == R("-0.6")); L.step(v_1 == R("0.001") * 36); L.step(v_1 == R("0.036"))
L.step(mh1 == R("-0.6") / R("0.1")); L.step(mh1 == -6); L.step(vh1 == R("0.036") / R("0.001")); L.step(vh1 == 36)
a1 = 0 - eta * mh1 / (sp.sqrt(vh1) + eps)
L.step(0 - eta * mh1 / sp.sqrt(vh1) == 0 - R("0.1") * (-6) / 6, note="eps negligible, written without it")
L.step(rounds("0.1", a1))
L.step(abs(eps / sp.sqrt(vh1) - R("1.6667e-9")) <= R("1e-13"), note="approx, 5 significant figures")
L.define(note="t = 2")
ga2 = g(R("0.1"))
L.step(ga2 == 2 * (R("0.1") - 3)); L.step(ga2 == R("-5.8"))
m_2 = b1 * m_1 + (1 - b1) * ga2; v_2 = b2 * v_1 + (1 - b2) * ga2 ** 2
L.step(m_2 == R("0.9") * R("-0.6") + R("0.1") * R("-5.8")); L.step(m_2 == R("-0.54") - R("0.58")); L.step(m_2 == R("-1.12"))
L.step(v_2 == R("0.999") * R("0.036") + R("0.001") * R("33.64")); L.step(v_2 == R("0.035964") + R("0.03364")); L.step(v_2 == R("0.069604"))
mh2 = m_2 / (1 - b1 ** 2); vh2 = v_2 / (1 - b2 ** 2)
L.step(mh2 == R("-1.12") / (1 - R("0.81"))); L.step(rounds("-5.8947", mh2))
L.step(vh2 == R("0.069604") / (1 - R("0.999")), note="1 - beta2^2 = 0.001999")
L.step(R("0.069604") / R("0.001") == R("69.604"))
L.step(rounds("8.3429", sp.sqrt(vh2)), carried=rounds("8.3429", sp.sqrt(R("69.604"))))
a2 = R("0.1") - eta * mh2 / (sp.sqrt(vh2) + eps)
L.step(substituted(a2, lambda m, s: R("0.1") - R("0.1") * m / s, "~-5.8947", "~8.3429"), carried=True)
L.step(rounds("0.0707", R("0.1") * R("5.8947") / R("8.3429"))); L.step(R("0.1") + R("0.0707") == R("0.1707"))
# summary
L.step(m2 - m1 == R("1.62") - R("0.6")); L.step(R("1.62") - R("0.6") == R("1.12"))
L.step((m2 - m1) / (m1 - 0) == R("1.12") / R("0.6"), carried=True); L.step(rounds("1.8667", R("1.12") / R("0.6")))
L.step(a2 - a1 == R("0.0707"), carried=rounds("0.0707", R("0.1707") - R("0.1"))); L.step(R("0.0707") < R("0.1"))
L.step(abs(v2) == R("0.9") * 6 + R("4.8")); L.step(R("0.9") * 6 + R("4.8") == R("11.2"))
L.step(abs(m2 - 3) == R("1.38")); L.step(abs(m2 - 3) < abs(w2 - 3)); L.step(abs(w2 - 3) == R("1.92"))
L.step(rounds("0.0572", R("0.0316") / R("0.6"))); L.step(rounds("0.3221", 3 - it[10]))
L.done()
