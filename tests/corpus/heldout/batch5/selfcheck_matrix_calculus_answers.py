"""Labels for selfcheck_matrix_calculus_answers.tex: a student's answers to matrix-calculus exercises
checked against the book (shapes stated): 2Ax for a non-symmetric A (carried into a directional
derivative and a step), vu^T for uv^T, 2A(Ax - b), the ridge gradient without its 2, A for A^T in
d tr(AX)/dX, X^{-1} without 1/det, x/||x||^2, x for w in the sigmoid gradient. Identities are checked
on symbolic matrices of the stated sizes (random values where a size is free)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch5/selfcheck_matrix_calculus_answers.tex")
def grad(f, X):
    return sp.Matrix(X.shape[0], X.shape[1], lambda i, j: sp.diff(f, X[i, j]))
def eq(A, B):
    if A.shape != B.shape:
        return False
    d = (A - B).applyfunc(sp.expand)
    return all(e == 0 for e in d)
vec = lambda name, n: sp.Matrix(n, 1, sp.symbols(f"{name}1:{n + 1}", real=True))
mat = lambda name, m, n: sp.Matrix(m, n, lambda i, j: sp.Symbol(f"{name}{i + 1}{j + 1}", real=True))
a3, x3 = vec("a", 3), vec("x", 3)
L.define(); L.step(eq(grad((a3.T * x3)[0], x3), a3))
A3 = mat("A", 3, 3)
q = (x3.T * A3 * x3)[0]
L.define(); L.step(eq(grad(q, x3), 2 * A3 * x3)); L.step(eq(grad(q, x3), (A3 + A3.T) * x3))
A = sp.Matrix([[1, 2], [0, 3]]); x = sp.Matrix([1, -1]); xs = vec("y", 2)
f = lambda v: (v.T * A * v)[0]
gtrue = grad(f(xs), xs).subs(dict(zip(xs, x)))
L.define(2); L.step(f(x) == 1 - 2 + 3); L.step(f(x) == 2)
L.step(eq(gtrue, 2 * A * x), carried=True); L.step(2 * A * x == sp.Matrix([-2, -6]))
L.step(True, note="the book's formula"); L.step((A + A.T) * x == sp.Matrix([0, -4]) and A + A.T == sp.Matrix([[2, 2], [2, 6]]))
L.step(gtrue[0] == -2, carried=(2 * A * x)[0] == -2)
L.step(x - R("0.1") * gtrue == sp.Matrix([R("1.2"), R("-0.4")]), carried=x - R("0.1") * 2 * A * x == sp.Matrix([R("1.2"), R("-0.4")]))
L.step(f(sp.Matrix([1, R("-0.6")])) == 1 - R("1.2") + R("1.08")); L.step(1 - R("1.2") + R("1.08") == R("0.88"))
W, u, v = mat("W", 3, 2), vec("u", 3), vec("v", 2)
fw = (u.T * W * v)[0]
L.define(); L.step(eq(grad(fw, W), v * u.T)); L.step(eq(grad(fw, W), u * v.T))
L.define(2); L.step(sp.Matrix([1, 0, 2]) * sp.Matrix([3, -1]).T == sp.Matrix([[3, -1], [0, 0], [6, -2]]))
A43, b4 = mat("B", 4, 3), vec("b", 4)
r = A43 * x3 - b4
fl = (r.T * r)[0]
L.define(); L.step((A43.shape[1] == r.shape[0]) and eq(grad(fl, x3), 2 * A43 * r)); L.step(eq(grad(fl, x3), 2 * A43.T * r))
lam = sp.Symbol("lam", positive=True)
L.define(); L.step(eq(grad(fl + lam * (x3.T * x3)[0], x3), 2 * A43.T * r + lam * x3))
sol = (A43.T * A43 + lam * sp.eye(3)).inv() * A43.T * b4 if False else None
# the ridge minimiser: solve the stationarity equations for a random instance
rng_A = sp.Matrix([[1, 2, 0], [0, 1, -1], [2, 0, 1], [1, 1, 1]]); rng_b = sp.Matrix([1, -2, 3, 0])
gr = grad(fl + lam * (x3.T * x3)[0], x3).subs({**dict(zip(A43, rng_A)), **dict(zip(b4, rng_b)), lam: 2})
stat = sp.solve(list(gr), list(x3), dict=True)[0]
L.step(eq(sp.Matrix([stat[s] for s in x3]), (rng_A.T * rng_A + 2 * sp.eye(3)).inv() * rng_A.T * rng_b))
A2, X2 = mat("A", 2, 2), mat("X", 2, 2)
ft = (A2 * X2).trace()
L.define(); L.step(eq(grad(ft, X2), A2)); L.step(eq(grad(ft, X2), A2.T)); L.define()
An = sp.Matrix([[1, 2], [3, 4]])
ftn = (An * X2).trace()
L.step(sp.expand(ftn - (X2[0, 0] + 2 * X2[1, 0] + 3 * X2[0, 1] + 4 * X2[1, 1])) == 0); L.step(sp.diff(ftn, X2[0, 1]) == 3)
# log det on symmetric X: parametrise by 3 free entries, compare the differential along random symmetric directions
p, qq, s_ = sp.symbols("p q s", real=True)
Xs = sp.Matrix([[p, qq], [qq, s_]])
ld = sp.log(Xs.det())
pt = {p: 2, qq: 1, s_: 2}
dirs = [sp.Matrix([[1, 0], [0, 0]]), sp.Matrix([[0, 1], [1, 0]]), sp.Matrix([[0, 0], [0, 1]])]
dld = [sp.diff(ld, var).subs(pt) for var in (p, qq, s_)]
Xn = Xs.subs(pt)
L.define(); L.step(all(dld[k] == (Xn.inv() * dirs[k]).trace() for k in range(3)))
L.define(); L.step(Xn.det() == 3); L.step(rounds("1.0986", sp.log(3)))
L.step(Xn.inv() == sp.Matrix([[2, -1], [-1, 2]])); L.step(Xn.inv() == sp.Matrix([[2, -1], [-1, 2]]) / 3); L.step(Xn.inv().det() == sp.Rational(1, 3))
x2 = vec("z", 2)
nrm = sp.sqrt((x2.T * x2)[0])
pts = [{x2[0]: sp.Rational(a, 7), x2[1]: sp.Rational(b, 5)} for a, b in ((3, 2), (-4, 9), (11, -3))]
geq = lambda G, H: all(sp.simplify((G - H).subs(pp)) == sp.zeros(2, 1) for pp in pts)
L.define(); L.step(geq(grad(nrm, x2), x2 / nrm**2)); L.step(geq(grad(nrm, x2), x2 / nrm))
L.define(); L.step(nrm.subs({x2[0]: 3, x2[1]: 4}) == 5); L.step(grad(nrm, x2).subs({x2[0]: 3, x2[1]: 4}) == sp.Matrix([R("0.6"), R("0.8")]))
sig = lambda t: 1 / (1 + sp.exp(-t))
w2 = vec("w", 2)
fs = sig((w2.T * x2)[0])
syms = list(w2) + list(x2)
ds = sig((w2.T * x2)[0]) * (1 - sig((w2.T * x2)[0]))
L.define(); L.step(all(same(grad(fs, x2)[i], ds * x2[i], syms, positive=False) for i in range(2)))
wn, xn = sp.Matrix([1, -2]), sp.Matrix([R("0.5"), R("0.25")])
L.define(2); L.step((wn.T * xn)[0] == 0); L.step(sig(0) == R("0.5"))
gn = grad(fs, x2).subs({**dict(zip(w2, wn)), **dict(zip(x2, xn))})
L.step(gn == R("0.25") * wn); L.step(R("0.25") * wn == sp.Matrix([R("0.25"), R("-0.5")]))
L.step(R("0.25") * xn == sp.Matrix([R("0.125"), R("0.0625")]))
Wg = mat("V", 3, 2)
gx = Wg * x2
L.define(); L.step(gx.jacobian(x2) == Wg)
hx = gx.applyfunc(sp.tanh)
L.define(); L.step(all(same(hx.jacobian(x2)[i, j], (sp.diag(*[1 - sp.tanh(e)**2 for e in gx]) * Wg)[i, j], list(Wg) + list(x2), positive=False, trials=3) for i in range(3) for j in range(2)))
n_, d_ = 3, 2
Xd, wd, yd = mat("D", n_, d_), vec("w", d_), vec("t", n_)
rr = Xd * wd - yd
fd = (rr.T * rr)[0] / n_
Hs = sp.hessian(fd, list(wd))
L.define(); L.step(eq(Hs, sp.Rational(2, n_) * Xd.T * Xd))
L.done()
