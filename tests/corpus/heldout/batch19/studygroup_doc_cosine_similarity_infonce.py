"""Labels for studygroup_doc_cosine_similarity_infonce.tex: a shared study-group document: the gradient of
cosine similarity (one writer drops a power of |u|, carried into the numbers and the orthogonality check),
InfoNCE at temperature 0.5 (-ln 0.6353 = 0.4357; dl/ds+ without the 1/tau, carried into the gradient),
and tau = 1 with an exponential sum slipped to 3.7293 (carried into p+ and the loss)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/studygroup_doc_cosine_similarity_infonce.tex")
U = sp.symbols("u1:4", real=True); V = sp.symbols("v1:4", real=True)
nu = sp.sqrt(sum(c ** 2 for c in U)); nv = sp.sqrt(sum(c ** 2 for c in V))
s = sum(a * b for a, b in zip(U, V)) / (nu * nv)
grad = [sp.diff(s, c) for c in U]
L.define(note="s(u, v)")
L.step(all(same(sp.diff(nu, c), c / nu, positive=False) for c in U))
uv = sum(a * b for a, b in zip(U, V))
L.step(all(same(g, V[k] / (nu * nv) - uv / (nu ** 2 * nv) * U[k] / nu, positive=False) for k, g in enumerate(grad)))
L.step(all(same(g, V[k] / (nu * nv) - s * U[k] / nu, positive=False) for k, g in enumerate(grad)), note="|u|^2")
u, v = [1, 2, 2], [2, 0, 1]
at = dict(zip(U + V, u + v))
sv = s.subs(at)
gv = [g.subs(at) for g in grad]
L.define(2, "u, v"); L.step(2 + 0 + 2 == 4 == sum(a * b for a, b in zip(u, v))); L.step(2 + 0 + 2 == 4)
L.step(sp.sqrt(sum(c ** 2 for c in u)) == sp.sqrt(9)); L.step(sp.sqrt(9) == 3)
L.step(sp.sqrt(sum(c ** 2 for c in v)) == sp.sqrt(5)); L.step(rounds("2.2361", sp.sqrt(5)))
L.step(substituted(sv, lambda q: 4 / (3 * q), "~2.2361")); L.step(substituted(sv, lambda q: 4 / q, "~6.7082"), note="6.7082 rounds 3 sqrt 5"); L.step(rounds("0.5963", 4 / R("6.7082")))
vec = lambda f, *ws: [f(*w) for w in zip(*ws)]
L.step(all(substituted(gv[k], lambda q, r: v[k] / q - r * u[k] / 3, "~6.7082", "~0.5963") for k in range(3)), carried=True)
L.step(all(rounds(d, v[k] / R("6.7082")) for k, d in enumerate(("0.2981", "0", "0.1491")))
       and all(rounds(d, R("0.5963") * u[k] / 3) for k, d in enumerate(("0.1988", "0.3975", "0.3975"))))
L.step([R("0.2981") - R("0.1988"), 0 - R("0.3975"), R("0.1491") - R("0.3975")] == [R("0.0993"), R("-0.3975"), R("-0.2484")])
L.step(substituted(sum(g * c for g, c in zip(gv, u)), lambda a, b, c: a - 2 * b - 2 * c, "~0.0993", "~0.3975", "~0.2484"), carried=True)
L.step(R("0.0993") - R("0.7950") - R("0.4968") == R("-1.1925"))
c = sp.symbols("c", positive=True)
L.step(sp.simplify(s.subs({U[k]: c * U[k] for k in range(3)}, simultaneous=True).subs(at) - sv) == 0); L.define(note="c > 0")
L.step(all(same(g, V[k] / (nu * nv) - s * U[k] / nu ** 2, positive=False) for k, g in enumerate(grad)))
L.step(all(substituted(gv[k], lambda a, b: a - b, "~" + x1, "~" + x2) for k, (x1, x2) in enumerate((("0.2981", "0.0663"), ("0", "0.1325"), ("0.1491", "0.1325"))))
       and all(rounds(d, R("0.5963") * u[k] / 9) for k, d in enumerate(("0.0663", "0.1325", "0.1325"))))
L.step([R("0.2981") - R("0.0663"), -R("0.1325"), R("0.1491") - R("0.1325")] == [R("0.2318"), R("-0.1325"), R("0.0166")])
L.step(R("0.2318") - 2 * R("0.1325") + 2 * R("0.0166") == R("0.2318") - R("0.2650") + R("0.0332"))
L.step(R("0.2318") - R("0.2650") + R("0.0332") == 0)
# InfoNCE
tau = R("0.5"); S = [sv, R("-0.2"), R("0.1")]
L.step(rounds("0.5963", sv)); L.define(3, "s1, s2, tau"); L.define(note="loss")
L.step(R("0.5963") / R("0.5") == R("1.1926")); L.step(R("-0.2") / R("0.5") == R("-0.4")); L.step(R("0.1") / R("0.5") == R("0.2"))
L.step(rounds("3.2956", sp.exp(R("1.1926")))); L.step(rounds("0.6703", sp.exp(R("-0.4")))); L.step(rounds("1.2214", sp.exp(R("0.2"))))
L.step(R("3.2956") + R("0.6703") + R("1.2214") == R("5.1873"))
Z = sum(sp.exp(x / tau) for x in S)
p = [sp.exp(x / tau) / Z for x in S]
for k, (num, d) in enumerate((("3.2956", "0.6353"), ("0.6703", "0.1292"), ("1.2214", "0.2355"))):
    L.step(substituted(p[k], lambda a, b: a / b, "~" + num, "~5.1873")); L.step(rounds(d, R(num) / R("5.1873"), approx=True))
loss = -sp.log(p[0])
L.step(substituted(loss, lambda a: -sp.log(a), "~0.6353")); L.step(rounds("0.4357", -sp.log(R("0.6353")), approx=True), note="0.4537")
d_plus = (p[0] - 1) / tau
L.step(d_plus == p[0] - 1, note="1/tau"); L.step(True, note="p+ = 0.6353"); L.step(R("0.6353") - 1 == R("-0.3647"))
gpos = [d_plus * g for g in gv]
L.step(all(substituted(gpos[k], lambda a, b: a * b, "~-0.3647", "~" + d) for k, d in enumerate(("0.2318", "-0.1325", "0.0166"))), carried=True)
L.step(all(rounds(d, R("-0.3647") * R(e), approx=True) for d, e in (("-0.0845", "0.2318"), ("0.0483", "-0.1325"), ("-0.0061", "0.0166"))))
L.step(True, note="dl/ds+ = (p+ - 1)/tau"); L.step(substituted(d_plus, lambda a: a / R("0.5"), "~-0.3647")); L.step(R("-0.3647") / R("0.5") == R("-0.7294"))
L.step(all(rounds(d, R("-0.7294") * R(e), approx=True) and rounds(d, gpos[k], approx=True)
           for k, (d, e) in enumerate((("-0.1691", "0.2318"), ("0.0966", "-0.1325"), ("-0.0121", "0.0166")))))
L.step(True, note="dl/ds1 = p1/tau"); L.step(substituted(p[1] / tau, lambda a: a / R("0.5"), "~0.1292")); L.step(R("0.1292") / R("0.5") == R("0.2584"))
L.step(substituted(p[2] / tau, lambda a: a / R("0.5"), "~0.2355")); L.step(R("0.2355") / R("0.5") == R("0.4710"))
L.step(substituted(p[0] - 1 + p[1] + p[2], lambda a, b, c: a + b + c, "~-0.3647", "~0.1292", "~0.2355")); L.step(R("-0.3647") + R("0.1292") + R("0.2355") == 0)
L.step(rounds("0.4537", loss, approx=True))
# tau = 1
L.define(note="tau = 1")
L.step(rounds("1.8154", sp.exp(R("0.5963")))); L.step(rounds("0.8187", sp.exp(R("-0.2")))); L.step(rounds("1.1052", sp.exp(R("0.1"))))
L.step(R("1.8154") + R("0.8187") + R("1.1052") == R("3.7293"), note="3.7393")
p1 = sp.exp(sv) / sum(sp.exp(x) for x in S)
L.step(substituted(p1, lambda a, b: a / b, "~1.8154", "~3.7293"), carried=True); L.step(rounds("0.4868", R("1.8154") / R("3.7293"), approx=True))
L.step(substituted(-sp.log(p1), lambda a: -sp.log(a), "~0.4868"), carried=True); L.step(rounds("0.7199", -sp.log(R("0.4868")), approx=True))
L.step(R("0.4537") < R("0.7199"))
L.step(R("1.8154") + R("0.8187") + R("1.1052") == R("3.7393")); L.step(rounds("0.4855", p1, approx=True)); L.step(rounds("0.7226", -sp.log(p1), approx=True))
L.done()
