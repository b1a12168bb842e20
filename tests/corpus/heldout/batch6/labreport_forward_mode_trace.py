"""Labels for labreport_forward_mode_trace.tex: a lab report with a trace table: f(x1, x2) =
(x1 x2 + sin x1) e^{x2} at (2, 0.5), forward mode (two sweeps) and reverse mode at 4 decimals, a
symbolic check; the logbook's first x2 sweep without the product rule (carried into a gradient step) and
a reverse sweep with x1 for x2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/labreport_forward_mode_trace.tex")
X1, X2 = sp.Integer(2), R("0.5")
x1, x2 = sp.symbols("x1 x2", real=True)
f = (x1 * x2 + sp.sin(x1)) * sp.exp(x2)
at = {x1: X1, x2: X2}
fx1, fx2 = sp.diff(f, x1).subs(at), sp.diff(f, x2).subs(at)
v1, v2, v3 = X1 * X2, sp.sin(X1), sp.exp(X2); v4 = v1 + v2; v5 = v4 * v3
L.define(2)
L.define(5); L.step(True, note="v5 = f")
L.define()
L.define(); L.step(2 * R("0.5") == 1); L.step(True, note="product rule"); L.step(X2 == R("0.5"))
L.define(); L.step(rounds("0.9093", v2)); L.step(True); L.step(rounds("-0.4161", sp.cos(X1)))
L.define(); L.step(rounds("1.6487", v3)); L.step(True); L.step(True, note="x2-dot = 0")
L.define(); L.step(1 + R("0.9093") == R("1.9093")); L.step(substituted(X2 + sp.cos(X1), lambda p: R("0.5") + p, "~-0.4161")); L.step(R("0.5") - R("0.4161") == R("0.0839"))
L.define(); L.step(rounds("3.1479", v5, R("1.9093") * R("1.6487"))); L.step(True, note="product rule")
L.step(substituted(fx1, lambda p, q: p * q, "~0.0839", "~1.6487")); L.step(rounds("0.1383", fx1, R("0.0839") * R("1.6487")))
L.step(True, note="df/dx1 = v5-dot"); L.step(rounds("0.1383", fx1))
# x2 sweep
L.step(True); L.step(X1 == 2); L.step(True); L.step(True); L.step(rounds("1.6487", v3)); L.step(True, note="v4-dot = 2")
L.step(True); L.step(substituted(fx2, lambda p, q: 2 * p + q * p, "~1.6487", "~1.9093"))
L.step(rounds("3.2974", 2 * v3) and rounds("3.1479", v4 * v3)); L.step(rounds("6.4453", fx2, R("3.2974") + R("3.1479")))
L.step(False, note="v4-dot v3-dot is not the product rule"); L.step(True, note="2 * 1.6487 between the members"); L.step(2 * R("1.6487") == R("3.2974"))
# symbolic
L.step(same(sp.diff(f, x1), (x2 + sp.cos(x1)) * sp.exp(x2), [x1, x2], positive=False))
L.step(substituted(fx1, lambda p, q: (R("0.5") + p) * q, "~-0.4161", "~1.6487")); L.step(rounds("0.1383", fx1))
L.step(same(sp.diff(f, x2), (x1 + x1 * x2 + sp.sin(x1)) * sp.exp(x2), [x1, x2], positive=False))
L.step(substituted(fx2, lambda p, q: p * q, "~3.9093", "~1.6487")); L.step(rounds("6.4453", fx2, R("3.9093") * R("1.6487")))
# reverse
L.define(); L.step(True); L.step(rounds("1.6487", v3)); L.step(True); L.step(rounds("1.9093", v4))
L.step(True, note="both equal v4-bar"); L.step(True); L.step(rounds("1.6487", v3))
L.step(True); L.step(substituted(fx1, lambda p, q: p * R("0.5") + p * q, "~1.6487", "~-0.4161")); L.step(rounds("0.1383", fx1))
L.step(True); L.step(substituted(fx2, lambda p, q: 2 * p + q * p, "~1.6487", "~1.9093")); L.step(rounds("6.4453", fx2))
L.step(False, note="x1 for x2"); L.step(substituted(v3 * X1 + v3 * sp.cos(X1), lambda p, q: 2 * p - q, "~1.6487", "~0.6860")); L.step(R("3.2974") - R("0.6860") == R("2.6114"))
# discussion
L.step(False, carried=True, note="their x2 sweep"); L.define()
L.step(False, carried=rounds("1.9862", X1 - R("0.01383")) and rounds("0.1703", X2 - R("0.32974")))
L.step(substituted(X2 - fx2 / 10, lambda p: R("0.5") - p / 10, "~6.4453")); L.step(rounds("1.9862", X1 - fx1 / 10) and rounds("-0.1445", X2 - fx2 / 10))
L.done()
