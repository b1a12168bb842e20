"""Labels for recitation_jacobians.tex: each Jacobian / determinant / Hessian by sp.Matrix.jacobian,
the disc area by integration, linearisation and inverse at a point; carried = right on the
student's own wrong matrix."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch2/recitation_jacobians.tex")
x, y, u, v, r, th, ph = sp.symbols("x y u v r theta phi", real=True)
zero = lambda M: M.applyfunc(sp.simplify) == sp.zeros(*M.shape)
# Board 1
f = sp.Matrix([x ** 2 * y, x + sp.sin(y)]); Jf = f.jacobian([x, y])
Jw = sp.Matrix([[2 * x * y, 2 * x * y], [1, sp.cos(y)]])
L.define()
L.step(zero(Jf - Jw)); L.step(same(Jf.det(), 2 * x * y * sp.cos(y) - 2 * x * y, positive=False),
                              carried=same(Jw.det(), 2 * x * y * sp.cos(y) - 2 * x * y, positive=False))
at10 = {x: 1, y: 0}
L.step(Jf.det().subs(at10) == 0 - 0, carried=Jw.det().subs(at10) == 0 - 0); L.step(0 - 0 == 0)
L.step(sp.diff(x ** 2 * y, y) == x ** 2); L.step(same(Jf.det(), 2 * x * y * sp.cos(y) - x ** 2, positive=False)); L.step(Jf.det().subs(at10) == -1)
# Board 2
P = sp.Matrix([r * sp.cos(th), r * sp.sin(th)]); dP = P.jacobian([r, th]).det()
L.define()
L.step(same(dP, sp.cos(th) * r * sp.cos(th) - (-r * sp.sin(th)) * sp.sin(th), positive=False))
L.step(same(sp.cos(th) * r * sp.cos(th) - (-r * sp.sin(th)) * sp.sin(th), r * sp.cos(th) ** 2 - r * sp.sin(th) ** 2, positive=False))
L.step(same(r * sp.cos(th) ** 2 - r * sp.sin(th) ** 2, r * sp.cos(2 * th), positive=False))
L.step(same(-(-r * sp.sin(th)) * sp.sin(th), r * sp.sin(th) ** 2, positive=False))
Sph = sp.Matrix([r * sp.sin(ph) * sp.cos(th), r * sp.sin(ph) * sp.sin(th), r * sp.cos(ph)])
L.step(same(sp.Abs(Sph.jacobian([r, ph, th]).det()), r ** 2 * sp.sin(ph)))       # r > 0, 0 < phi < pi: checked at positive points below pi
area = sp.pi                                                                         # the unit disc
L.step(sp.integrate(1, (r, 0, 1), (th, 0, 2 * sp.pi)) == area); L.step(sp.integrate(1, (r, 0, 1), (th, 0, 2 * sp.pi)) == 2 * sp.pi)
L.step(sp.integrate(r, (r, 0, 1), (th, 0, 2 * sp.pi)) == area); L.step(area == sp.pi)
# Board 3
g = sp.Matrix([u * v, u / v]); Jg = g.jacobian([u, v])
L.define(2)
L.step(zero(Jg - sp.Matrix([[v, u], [1 / v, -u / v ** 2]]))); L.step(same(Jg.det(), -u / v + u / v, positive=False)); L.step(-u / v + u / v == 0)
L.step(same(Jg.det(), v * (-u / v ** 2) - u * (1 / v), positive=False)); L.step(same(Jg.det(), -2 * u / v, positive=False))
# Board 4: g o f with f: R^2 -> R^2 above, and a 3x2 / 2x3 pair where the wrong order does not even fit
h = g.subs({u: f[0], v: f[1]}, simultaneous=True); Jh = h.jacobian([x, y])
Jg_f = Jg.subs({u: f[0], v: f[1]}, simultaneous=True)
L.define(); L.step(zero(Jh - Jf * Jg_f))
L.step(zero(Jh - Jg_f * Jf))
# Board 5
k = sp.Matrix([x * y ** 2, sp.exp(x) * y]); Jk = k.jacobian([x, y]); pt = {x: 0, y: 2}
Jkw = sp.Matrix([[y ** 2, 2 * x * y], [sp.exp(x), sp.exp(x)]])
L.define()
L.step(zero(Jk - Jkw)); L.step(Jkw.subs(pt) == sp.Matrix([[4, 0], [1, 1]])); L.step(Jk.subs(pt).det() == 4)
d = sp.Matrix([R("0.1"), R("0.1")])
lin = k.subs(pt) + Jk.subs(pt) * d
L.step(True, note="first-order Taylor of k at (0, 2)")
L.step(lin == sp.Matrix([0, 2]) + sp.Matrix([R("0.4"), R("0.2")]), carried=Jkw.subs(pt) * d == sp.Matrix([R("0.4"), R("0.2")]))
L.step(sp.Matrix([0, 2]) + sp.Matrix([R("0.4"), R("0.2")]) == sp.Matrix([R("0.4"), R("2.2")]))
kx = k.subs({x: R("0.1"), y: R("2.1")})
L.step(kx[0] == R("0.1") * R("4.41") and kx[1] == sp.exp(R("0.1")) * R("2.1"))
L.step(R("0.441") == kx[0] and rounds("2.3208", kx[1]), note="2.32086")
L.step(sp.diff(sp.exp(x) * y, x) == sp.exp(x) * y); L.step((sp.exp(x) * y).subs(pt) == 2); L.step(Jk.subs(pt) == sp.Matrix([[4, 0], [2, 1]]))
L.step(True, note="inverse function theorem"); L.step(Jk.subs(pt).inv() == sp.Matrix([[1, 0], [2, 4]]) / 4)
# Board 6
z = sp.Matrix(sp.symbols("z1:4", real=True)); sig = lambda t: 1 / (1 + sp.exp(-t))
a = z.applyfunc(sig); Ja = a.jacobian(z)
L.define(); L.step(zero(Ja - a * a.T))
L.step(zero(Ja - sp.diag(*[sig(t) * (1 - sig(t)) for t in z])))
A = sp.Matrix(3, 3, sp.symbols("a0:9", real=True)); X = sp.Matrix(sp.symbols("x1:4", real=True))
quad = (X.T * A * X)[0]; grad = sp.Matrix([sp.diff(quad, c) for c in X])
L.step(zero(grad - 2 * A * X)); L.step(zero(grad - (A + A.T) * X))
# Board 7
q = x ** 3 + x * y ** 2
L.define(); L.step(sp.diff(q, x) == 3 * x ** 2 + y ** 2); L.step(sp.diff(q, y) == 2 * x * y)
H = sp.hessian(q, (x, y)); L.step(zero(H - sp.Matrix([[6 * x, 2 * y], [2 * y, 2 * x * y]])))
H11 = H.subs({x: 1, y: 1})
L.step(H11.det() == 6 * 2 - 4); L.step(6 * 2 - 4 == 8); L.step(8 > 0); L.step(H11[0, 0] == 6 and 6 > 0)
L.step(sp.diff(q, y, 2) == 2 * x)
L.step(sp.Matrix([sp.diff(q, x), sp.diff(q, y)]).subs({x: 1, y: 1}) == sp.Matrix([4, 2])); L.step(sp.Matrix([4, 2]) != sp.zeros(2, 1))
# Board 8
a1, a2 = sp.symbols("a1 a2", real=True)
s = sp.Matrix([sp.exp(a1), sp.exp(a2)]) / (sp.exp(a1) + sp.exp(a2)); Js = s.jacobian([a1, a2])
L.define()
L.step(same(Js[0, 0], s[0] * (1 - s[0]), positive=False)); L.step(same(s[0] * (1 - s[0]), s[0] * s[1], positive=False))
L.step(same(Js[0, 1], s[0] * s[1], positive=False)); L.step(same(Js.det(), 0, positive=False))
L.step(same(Js[0, 1], -s[0] * s[1], positive=False))
L.step(sp.expand(s[0] ** 2 * s[1] ** 2 - s[0] ** 2 * s[1] ** 2) == 0)
L.step(same(s[0] + s[1], 1, positive=False))
# Board 9: VJP / JVP with Ana's wrong matrix, carried
J10, Jw10 = Jf.subs(at10), Jw.subs(at10)
vv, dd = sp.Matrix([2, -1]), sp.Matrix([1, 1])
L.step(J10 == sp.Matrix([[0, 0], [1, 1]]), carried=Jw10 == sp.Matrix([[0, 0], [1, 1]])); L.define(2)
L.step((vv.T * J10).T == sp.Matrix([2 * 0 - 1 * 1, 2 * 0 - 1 * 1]), carried=(vv.T * Jw10).T == sp.Matrix([2 * 0 - 1 * 1, 2 * 0 - 1 * 1]))
L.step(sp.Matrix([2 * 0 - 1 * 1, 2 * 0 - 1 * 1]) == sp.Matrix([-1, -1]))
L.step(J10 * dd == sp.Matrix([0 + 0, 1 + 1]), carried=Jw10 * dd == sp.Matrix([0 + 0, 1 + 1])); L.step(sp.Matrix([0, 2]) == sp.Matrix([0 + 0, 1 + 1]))
L.step((vv.T * J10 * dd)[0] == 2 * 0 - 1 * 2, carried=(vv.T * Jw10 * dd)[0] == 2 * 0 - 1 * 2); L.step(2 * 0 - 1 * 2 == -2)
L.step(-2 == (vv.T * J10 * dd)[0], carried=-2 == (vv.T * Jw10 * dd)[0])
L.step((vv.T * J10 * dd)[0] == -1 - 1, carried=(vv.T * Jw10 * dd)[0] == -1 - 1)
L.step((vv.T * J10).T == sp.Matrix([-1, 1])); L.step(J10 * dd == sp.Matrix([1, 2])); L.step((vv.T * J10 * dd)[0] == 0)
# Board 10: a sign lost in the cofactor expansion, carried
zz = sp.Symbol("z", real=True)
F3 = sp.Matrix([x + y, y * zz, x * zz]); J3 = F3.jacobian([x, y, zz]); D3 = J3.det()
L.define()
L.step(zero(J3 - sp.Matrix([[1, 1, 0], [0, zz, y], [zz, 0, x]])))
L.step(same(D3, 1 * (zz * x - 0) - 1 * (0 * x - y * zz), positive=False)); L.step(same(D3, x * zz - y * zz, positive=False))
p3 = {x: 1, y: 2, zz: 3}
Dw = (x * zz - y * zz).subs(p3)
L.step(D3.subs(p3) == 3 - 6, carried=Dw == 3 - 6); L.step(3 - 6 == -3); L.step(-3 < 0)
L.step(abs(D3.subs(p3)) == 3, carried=abs(Dw) == 3)
L.step(same(-1 * (0 * x - y * zz), y * zz, positive=False)); L.step(same(D3, x * zz + y * zz, positive=False)); L.step(D3.subs(p3) == 9)
L.done()
