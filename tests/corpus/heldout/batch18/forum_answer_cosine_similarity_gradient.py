"""Labels for forum_answer_cosine_similarity_gradient.tex: a Q&A thread on the gradient of cosine
similarity (norm gradient, quotient rule, orthogonality, numbers for u = (1,2,2), v = (2,0,1), a
forward difference). Slips: a typo (u^T u)^{+1/2} in the norm gradient, theta misrounded, the asker's formula without the square on ||u|| (carried into two
components, a subtraction slip), a sign slip in one SGD coordinate, a slip in the new cosine, a subtraction slip in
dc/dv_1 (carried into the check), and ||u^ - v^||^2 = 2 - c."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch18/forum_answer_cosine_similarity_gradient.tex")
L.define(note="c = cos(u, v)")
u = sp.Matrix(sp.symbols("u1:4", real=True)); v = sp.Matrix(sp.symbols("v1:4", real=True))
syms = list(u) + list(v)
nu = sp.sqrt((u.T * u)[0]); nv = sp.sqrt((v.T * v)[0]); dot = (u.T * v)[0]
cf = dot / (nu * nv)
L.define(note="c(u)")
grad_norm = sp.Matrix([sp.diff(nu, s) for s in u])
L.step(True, note="||u|| = (u^T u)^(1/2)")
L.step(all(same(grad_norm[i], u[i] * nu, syms, positive=False) for i in range(3)), note="(u^T u)^(+1/2) typo")
L.step(same(u[0] * nu, u[0] / nu, syms), note="between the members")
g = sp.Matrix([sp.diff(cf, s) for s in u])
forms = [lambda i: v[i] / (nu * nv) - dot / (nu ** 2 * nv) * u[i] / nu,
         lambda i: v[i] / (nu * nv) - dot * u[i] / (nu ** 3 * nv),
         lambda i: (v[i] / nv - cf * u[i] / nu) / nu]
for F in forms:
    L.step(all(same(g[i], F(i), syms, positive=False) for i in range(3)))
L.step(same(sum(u[i] * g[i] for i in range(3)), (dot / nv - cf * nu) / nu, syms, positive=False))
L.step(True, note="u^T v / ||v|| = c ||u||"); L.step(True, note="= 0")
L.step(True, note="scale invariance"); L.define(note="alpha > 0")
gv = sp.Matrix([sp.diff(cf, s) for s in v])
L.step(all(same(gv[i], (u[i] / nu - cf * v[i] / nv) / nv, syms, positive=False) for i in range(3)))
U = [1, 2, 2]; V = [2, 0, 1]
pt = dict(zip(syms, U + V))
c0 = cf.subs(pt); G = [gi.subs(pt) for gi in g]; GV = [gi.subs(pt) for gi in gv]
L.define(2, "u, v")
L.step(True); L.step(dot.subs(pt) == 4); L.step(True); L.step(nu.subs(pt) == 3)
L.step(True); L.step(nv.subs(pt) == sp.sqrt(5)); L.step(rounds("2.2361", sp.sqrt(5), approx=True))
L.step(substituted(c0, lambda a: 4 / (3 * a), "~2.2361")); L.step(3 * R("2.2361") == R("6.7083"))
L.step(rounds("0.5963", 4 / R("6.7083"), c0))
L.define(note="theta"); L.step(rounds("0.9391", sp.acos(R("0.5963")), sp.acos(c0), approx=True))
L.step(substituted(G[0], lambda a, cc: (V[0] / a - cc * U[0] / 3) / 3, "~2.2361", "~0.5963"), note="general component")
# u1
L.step(substituted(G[0], lambda a, cc: (2 / a - cc / 3) / 3, "~2.2361", "~0.5963"))
L.step(substituted(G[0], lambda a, b: (a - b) / 3, "~0.8944", "~0.1988"))
L.step(rounds("0.2319", (R("0.8944") - R("0.1988")) / 3, G[0]))
# u2
L.step(substituted(G[1], lambda cc: (0 - 2 * cc / 3) / 3, "~0.5963"))
L.step(substituted(G[1], lambda a: -a / 3, "~0.3975"))
L.step(rounds("-0.1325", -R("0.3975") / 3, G[1]))
# u3
L.step(substituted(G[2], lambda a, b: (1 / a - b) / 3, "~2.2361", "~0.3975"))
L.step(substituted(G[2], lambda a, b: (a - b) / 3, "~0.4472", "~0.3975"))
L.step(rounds("0.0166", (R("0.4472") - R("0.3975")) / 3, G[2]))
L.step(R("0.2319") - 2 * R("0.1325") + 2 * R("0.0166") == R("0.2319") - R("0.2650") + R("0.0332"))
L.step(R("0.2319") - R("0.2650") + R("0.0332") == R("0.0001"))
L.step(rounds("0", R("0.0001"), approx=True))
# forward difference
L.define(note="h")
L.step(True, note="u + h e1"); L.step(R("1.01") ** 2 + 8 == R("9.0201")); L.step(rounds("3.0033", sp.sqrt(R("9.0201"))))
c1 = sp.Rational(402, 100) / (sp.sqrt(R("9.0201")) * sp.sqrt(5))
L.step(substituted(c1, lambda a, b: R("4.02") / (a * b), "~3.0033", "~2.2361"))
L.step(rounds("0.5986", R("4.02") / (R("3.0033") * R("2.2361")), c1))
L.step((R("0.5986") - R("0.5963")) / R("0.01") == R("0.23"))
L.step(rounds("0.23", R("0.2319"), approx=True))
# comment: wrong formula
wrongf = lambda i: v[i] / (nu * nv) - cf * u[i] / nu
L.step(all(same(g[i], wrongf(i), syms, positive=False) for i in range(3)))
W = [wrongf(i).subs(pt) for i in range(3)]
L.step(substituted(G[0], lambda a, cc: a - cc / 3, "~0.2981", "~0.5963"),
       carried=substituted(W[0], lambda a, cc: a - cc / 3, "~0.2981", "~0.5963"))
L.step(substituted(W[0], lambda a, b: a - b, "~0.2981", "~0.1988"))
L.step(R("0.2981") - R("0.1988") == R("0.0893"))
L.step(substituted(G[1], lambda cc: 0 - 2 * cc / 3, "~0.5963"),
       carried=substituted(W[1], lambda cc: 0 - 2 * cc / 3, "~0.5963"))
L.step(rounds("-0.3975", -2 * R("0.5963") / 3))
L.define(note="ell = 1 - c"); L.step(True, note="d ell/du = -dc/du")
L.step(all(rounds(w_, -G[i]) for i, w_ in enumerate(["-0.2319", "0.1325", "-0.0166"])))
L.define(note="eta")
new = [U[i] - R("0.2") * (-G[i]) for i in range(3)]
L.step(substituted(new[0], lambda a: 1 - R("0.2") * a, "~-0.2319")); L.step(rounds("1.0464", 1 - R("0.2") * R("-0.2319"), new[0]))
L.step(substituted(new[1], lambda a: 2 - R("0.2") * a, "~0.1325")); L.step(rounds("2.0265", 2 - R("0.2") * R("0.1325"), new[1]))
L.step(substituted(new[2], lambda a: 2 - R("0.2") * a, "~-0.0166")); L.step(rounds("2.0033", 2 - R("0.2") * R("-0.0166"), new[2]))
L.step(substituted(new[1], lambda a: 2 - a, "~0.0265")); L.step(rounds("1.9735", 2 - R("0.0265"), new[1]))
dn = 2 * new[0] + new[2]
L.step(substituted(dn, lambda a, b: 2 * a + b, "~1.0464", "~2.0033")); L.step(rounds("4.0961", 2 * R("1.0464") + R("2.0033"), dn))
nn2 = sum(x ** 2 for x in new)
L.step(substituted(sp.sqrt(nn2), lambda a, b, c: sp.sqrt(a + b + c), "~1.0950", "~3.8947", "~4.0132"))
L.step(R("1.0950") + R("3.8947") + R("4.0132") == R("9.0029"))
L.step(rounds("3.0005", sp.sqrt(R("9.0029")), sp.sqrt(nn2)))
cn = dn / (sp.sqrt(nn2) * sp.sqrt(5))
L.step(substituted(cn, lambda a, b, c: a / (b * c), "~4.0961", "~3.0005", "~2.2361"))
L.step(rounds("0.6205", R("4.0961") / (R("3.0005") * R("2.2361")), cn))
# dc/dv
L.step(substituted(GV[0], lambda a, cc: 1 / (3 * a) - cc * 2 / 5, "~2.2361", "~0.5963"))
L.step(substituted(GV[0], lambda a, b: a - b, "~0.1491", "~0.2385"))
L.step(R("0.1491") - R("0.2385") == R("-0.0984"))
L.step(substituted(GV[1], lambda a: 2 / (3 * a) - 0, "~2.2361")); L.step(rounds("0.2981", 2 / R("6.7083"), GV[1]))
L.step(substituted(GV[2], lambda a, cc: 2 / (3 * a) - cc / 5, "~2.2361", "~0.5963"))
L.step(substituted(GV[2], lambda a, b: a - b, "~0.2981", "~0.1193"))
L.step(rounds("0.1788", R("0.2981") - R("0.1193"), GV[2]))
L.step(sum(V[i] * GV[i] for i in range(3)) == 2 * R("-0.0984") + R("0.1788"), carried=True)
L.step(2 * R("-0.0984") + R("0.1788") == R("-0.018"))
L.step(R("0.1491") - R("0.2385") == R("-0.0894")); L.step(2 * R("-0.0894") + R("0.1788") == 0)
L.define(2, "u^, v^"); L.step(True, note="c = u^T v^")
uh, vh = sp.symbols("uh vh")
L.step(True, note="expand the square"); L.step(True, note="u^T u = 1 for unit vectors")
L.step(substituted(2 - 2 * c0, lambda cc: 2 - 2 * cc, "~0.5963")); L.step(2 - 2 * R("0.5963") == R("0.8074"))
L.step(2 - c0 == 2 - 2 * c0, note="2 - c")
L.step(True, note="sqrt"); L.step(rounds("0.8986", sp.sqrt(R("0.8074")), approx=True))
L.done()
