"""Labels for notes_matrix_calculus.tex: identities instantiated with random integer matrices (d = 2, 3)."""
import random
import sympy as sp
from truth import Labels, R, rounds

L = Labels("notes_matrix_calculus.tex")
rng = random.Random(3)
rand = lambda r, c: sp.Matrix(r, c, lambda i, j: rng.randint(-5, 5))


def holds(claim, trials=4):
    """claim(d, n) -> bool, for random instances at d in (2, 3)."""
    return all(claim(d, d + 1) for d in (2, 3) for _ in range(trials))


def grad(expr, xs):
    return sp.Matrix([sp.diff(expr, v) for v in xs])


def sym_vec(d, name="x"):
    return sp.Matrix(sp.symbols(f"{name}0:{d}"))


L.step(holds(lambda d, n: (lambda a, x: grad((a.T * x)[0], x) == a)(rand(d, 1), sym_vec(d))))
L.step(holds(lambda d, n: (lambda A, x: (grad((x.T * A * x)[0], x) - (A + A.T) * x).expand() == sp.zeros(d, 1))(rand(d, d), sym_vec(d))))
L.step(holds(lambda d, n: (lambda A, x: (grad((x.T * A * x)[0], x) - 2 * A * x).expand() == sp.zeros(d, 1))(rand(d, d), sym_vec(d))))
L.step(holds(lambda d, n: (lambda X, y, w: (grad(((X * w - y).T * (X * w - y))[0] / 2, w) - X.T * (X * w - y)).expand() == sp.zeros(d, 1))(rand(n, d), rand(n, 1), sym_vec(d, "w"))))
L.step(holds(lambda d, n: (lambda w: grad((w.T * w)[0], w) == w)(sym_vec(d, "w"))))
L.step(holds(lambda d, n: (lambda A, B: (A * B).trace() == (B * A).trace())(rand(d, d), rand(d, d))))
L.step(holds(lambda d, n: (lambda A, B, C: (A * B * C).trace() == (C * A * B).trace())(rand(d, d), rand(d, d), rand(d, d))))
L.step(holds(lambda d, n: (lambda A, B, C: (A * B * C).trace() == (B * A * C).trace())(rand(d, d), rand(d, d), rand(d, d))))
L.step(holds(lambda d, n: (lambda x: (x * x.T).trace() == (x.T * x)[0])(rand(d, 1))))
L.step(holds(lambda d, n: (lambda x: (x.T * x)[0] == x.norm() ** 2)(rand(d, 1))))
L.step(holds(lambda d, n: (lambda A, B: (A * B).T == B.T * A.T)(rand(d, d), rand(d, d))))
inv_pair = lambda d: next((A, B) for A, B in iter(lambda: (rand(d, d), rand(d, d)), None) if A.det() != 0 and B.det() != 0)
L.step(holds(lambda d, n: (lambda A, B: (A * B).inv() == A.inv() * B.inv())(*inv_pair(d))))
L.define()
L.step(all((2 * A).det() == 2 * A.det() for A in (rand(2, 2) for _ in range(4))))
L.step(all((2 * A).trace() == 2 * A.trace() for A in (rand(2, 2) for _ in range(4))))
# normal equations: the gradient X^T(Xw - y) vanishes iff X^T X w = X^T y; solution and ridge solution
L.step(True, note="gradient X^T(Xw - y) = 0 rearranged")
def ls_ok(d, n, lam=0):
    X, y, w = rand(n, d), rand(n, 1), sym_vec(d, "w")
    M = X.T * X + lam * sp.eye(d)
    if M.det() == 0:
        return True
    loss = ((X * w - y).T * (X * w - y))[0] / 2 + sp.Rational(lam, 2) * (w.T * w)[0]
    sol = sp.solve(list(grad(loss, w)), list(w), dict=True)[0]
    return sp.Matrix([sol[v] for v in w]) == M.inv() * X.T * y
L.step(holds(ls_ok)); L.step(holds(lambda d, n: ls_ok(d, n, lam=1)))
L.step(holds(lambda d, n: (lambda X, y, w: sp.hessian(((X * w - y).T * (X * w - y))[0] / 2, list(w)) == X.T * X)(rand(n, d), rand(n, 1), sym_vec(d, "w"))))
# worked example
A = sp.Matrix([[2, 1], [0, 3]]); x = sp.Matrix([1, -1])
L.define(2)
L.step((x.T * A * x)[0] == 2 - 1 + 3); L.step(2 - 1 + 3 == 4)
L.step(A + A.T == sp.Matrix([[4, 1], [1, 6]])); L.step(sp.Matrix([[4, 1], [1, 6]]) * x == sp.Matrix([3, -5]))
L.step(2 * A * x == sp.Matrix([2, -6]))
L.step(A.trace() == 5); L.step(A.det() == 6); L.step(A.inv() == sp.Matrix([[3, -1], [0, 2]]) / 6); L.step((A.T * A).trace() == 14)
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4])
L.define(2)
L.step(X.T * X == sp.Matrix([[3, 3], [3, 5]])); L.step(X.T * y == sp.Matrix([7, 10]))
L.step((X.T * X).inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6)
w = (X.T * X).inv() * X.T * y
L.step(w == sp.Matrix([35 - 30, -21 + 30]) / 6)
L.step(rounds("0.8333", w[0]) and rounds("1.5", w[1]))
res = y - X * w
L.step(all(rounds(s, v) for s, v in zip(("0.1667", "-0.3333", "0.1667"), res))); L.step(X.T * res == sp.zeros(2, 1))
M = X.T * X + sp.eye(2)
L.define(); L.step(M == sp.Matrix([[4, 3], [3, 6]])); L.step(M.inv() == sp.Matrix([[6, -3], [-3, 4]]) / 15)
w1 = M.inv() * X.T * y
L.step(w1 == sp.Matrix([42 - 30, -21 + 40]) / 15); L.step(rounds("0.8", w1[0]) and rounds("1.2667", w1[1]))
L.step(w1 == sp.Matrix([[6, -3], [-3, 4]]) * sp.Matrix([7, 10]) / 15)
L.step(rounds("0.8", w1[0]) and rounds("1.1", w1[1]))
L.done()
