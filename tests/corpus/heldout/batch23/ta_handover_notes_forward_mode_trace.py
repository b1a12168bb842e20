"""Labels for ta_handover_notes_forward_mode_trace.tex: an outgoing TA's handover notes for a forward-mode AD
tutorial on f(x1, x2) = sqrt(x1) x2 + sin(x1 x2) at (4, 0.5): primal trace, tangent traces for both seeds, a JVP,
dual numbers; the incoming TA's check against the analytic gradient and a reverse sweep.
Slips: seed 1, 0.125 - 0.2081 = -0.0813 (digit swap; carried into df/dx1 and the JVP); seed 2, the tangent of
sqrt(v1) written without its v1-dot (0.25 instead of 0; carried into v6-dot, v7-dot, df/dx2 and the JVP)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/ta_handover_notes_forward_mode_trace.tex")
x1s, x2s, e = sp.symbols("x1 x2 e", positive=True)
f = sp.sqrt(x1s) * x2s + sp.sin(x1s * x2s)
X1, X2 = 4, R("0.5")
pt = {x1s: X1, x2s: X2}
f1 = sp.diff(f, x1s).subs(pt); f2 = sp.diff(f, x2s).subs(pt)
L.define(3, "f, x1, x2")
v1, v2 = sp.Integer(X1), X2
v3, v4 = sp.sqrt(v1), v1 * v2
v5, v6 = sp.sin(v4), v3 * v2
v7 = v6 + v5
L.define(4, "v1 = x1 = 4, v2 = x2 = 0.5")
L.define(); L.step(v3 == 2); L.define(); L.step(v4 == 2)
L.define(); L.step(v5 == sp.sin(2)); L.step(rounds("0.9093", v5)); L.define(); L.step(v6 == 1)
L.define(); L.step(rounds("1.9093", v7)); L.step(sp.N(v7 - f.subs(pt), 30) == 0)
L.define(note="seed"); L.define(2, "v1dot, v2dot")


def tangents(d1, d2):
    d3 = d1 / (2 * sp.sqrt(v1)); d4 = d1 * v2 + v1 * d2
    d5 = sp.cos(v4) * d4; d6 = d3 * v2 + v3 * d2
    return d3, d4, d5, d6, d6 + d5


d3, d4, d5, d6, d7 = tangents(1, 0)
L.step(True, note="tangent of sqrt"); L.step(d3 == sp.Rational(1, 4)); L.step(sp.Rational(1, 4) == R("0.25"))
L.step(True); L.step(d4 == R("0.5") + 0); L.step(d4 == R("0.5"))
L.step(True); L.step(substituted(d5, lambda c: c * R("0.5"), "~-0.4161")); L.step(rounds("-0.2081", d5, R("-0.4161") * R("0.5")))
L.step(True); L.step(d6 == R("0.25") * R("0.5") + 2 * 0); L.step(d6 == R("0.125"))
L.step(True); L.step(substituted(d7, lambda p, q: p + q, "0.125", "~-0.2081"))
L.step(rounds("-0.0813", R("0.125") - R("0.2081"), d7), note="-0.0831")
L.step(sp.N(d7 - f1, 30) == 0); L.step(rounds("-0.0813", f1), carried=True)
# seed 2
L.define(3, "seed, v1dot = 0, v2dot = 1")
d3, d4, d5, d6, d7 = tangents(0, 1)
w3 = 1 / (2 * sp.sqrt(v1)); w6 = w3 * v2 + v3 * 1           # the TA's v3-dot without v1-dot
L.step(d3 == 1 / (2 * sp.sqrt(v1)), note="lost v1dot"); L.step(w3 == R("0.25"))
L.step(True); L.step(d4 == 0 + 4); L.step(d4 == 4)
L.step(True); L.step(substituted(d5, lambda c: c * 4, "~-0.4161")); L.step(rounds("-1.6646", d5))
L.step(True); L.step(d6 == R("0.25") * R("0.5") + 2 * 1, carried=w6 == R("0.25") * R("0.5") + 2 * 1); L.step(R("0.25") * R("0.5") + 2 == R("2.125"))
L.step(True); L.step(substituted(d7, lambda p, q: p + q, "~2.125", "~-1.6646"), carried=substituted(w6 + d5, lambda p, q: p + q, "~2.125", "~-1.6646"))
L.step(R("2.125") - R("1.6646") == R("0.4604"))
L.step(rounds("0.4604", f2), carried=True)
# JVP
L.define(note="u")
jvp = f1 + 2 * f2
L.step(True, note="grad . u"); L.step(substituted(jvp, lambda p, q: p + 2 * q, "~-0.0813", "~0.4604"), carried=True)
L.step(R("-0.0813") + 2 * R("0.4604") == R("0.8395"))
# dual numbers: truncate at first order
L.define(note="eps^2 = 0")
L.step(sp.series(sp.sqrt(4 + e), e, 0, 2).removeO() == 2 + e / 4)
L.step(sp.expand((4 + e) * R("0.5")) == 2 + R("0.5") * e)
L.step(sp.simplify(sp.series(sp.sin(2 + R("0.5") * e), e, 0, 2).removeO() - (sp.sin(2) + R("0.5") * sp.cos(2) * e)) == 0)
# P's check
L.step(same(sp.diff(f, x1s), x2s / (2 * sp.sqrt(x1s)) + x2s * sp.cos(x1s * x2s), [x1s, x2s]))
L.step(substituted(f1, lambda c: R("0.125") + R("0.5") * c, "~-0.4161")); L.step(rounds("-0.0831", f1))
L.step(same(sp.diff(f, x2s), sp.sqrt(x1s) + x1s * sp.cos(x1s * x2s), [x1s, x2s]))
L.step(substituted(f2, lambda c: 2 + 4 * c, "~-0.4161")); L.step(rounds("0.3356", 2 + 4 * R("-0.4161"), f2))
L.step(R("0.3356") != R("0.4604"))
L.step(R("0.125") - R("0.2081") == R("-0.0831"))
L.define(note="v1dot = 0")
L.step(d3 == 0); L.step(True, note="0/(2 sqrt 4) = 0")
L.step(d6 == 0 * R("0.5") + 2 * 1); L.step(d6 == 2)
L.step(substituted(d7, lambda q: 2 + q, "~-1.6646")); L.step(rounds("0.3354", 2 - R("1.6646"), f2))
L.step(rounds("0.5877", R("-0.0831") + 2 * R("0.3354"), jvp))
# reverse sweep
L.define(note="v7bar = 1")
b7 = 1; b6 = b7; b5 = b7; b4 = b5 * sp.cos(v4); b3 = b6 * v2
b2 = b6 * v3 + b4 * v1; b1 = b4 * v2 + b3 / (2 * sp.sqrt(v1))
L.step(True); L.step(b6 == 1); L.step(True); L.step(b5 == 1); L.step(True); L.step(rounds("-0.4161", b4)); L.step(True); L.step(b3 == R("0.5"))
L.step(True); L.step(substituted(b2, lambda q: 2 + q, "~-1.6646")); L.step(rounds("0.3354", b2))
L.step(sp.N(b1 - f1, 30) == 0); L.step(substituted(b1, lambda p: p + R("0.125"), "~-0.2081")); L.step(rounds("-0.0831", b1))
L.define(note="n = 2")
assert abs(sp.N(b2 - f2, 30)) < 1e-25
L.done()
