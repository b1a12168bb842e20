"""Labels for exam_linear_algebra_graded.tex: laws on random integer matrices (n = 2, 3), then exact numbers."""
import random
import sympy as sp
from truth import Labels

L = Labels("exam_linear_algebra_graded.tex")
rng = random.Random(7)
rand = lambda r, c: sp.Matrix(r, c, lambda i, j: rng.randint(-4, 4))


def invertible(n):
    while True:
        A = rand(n, n)
        if A.det() != 0:
            return A


def law(claim, trials=4):
    return all(claim(n) for n in (2, 3) for _ in range(trials))


def grad(expr, xs):
    return sp.Matrix([sp.diff(expr, v) for v in xs])


xv = lambda n: sp.Matrix(sp.symbols(f"x0:{n}"))
L.step(law(lambda n: (lambda A, B: (A + B) ** 2 == A ** 2 + 2 * A * B + B ** 2)(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda A, B: (A * B).T == A.T * B.T)(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda A, B: (A * B).det() == A.det() * B.det())(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda A, B: (A + B).det() == A.det() + B.det())(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda A: A.inv().det() == -A.det())(invertible(n))))
L.step(law(lambda n: (lambda A: A.inv().T == A.T.inv())(invertible(n))))
L.step(law(lambda n: (lambda A, B: (A.T * B).trace() == sum(A[i, j] * B[i, j] for i in range(n) for j in range(n)))(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda A, B: (A * B).trace() == A.trace() * B.trace())(rand(n, n), rand(n, n))))
L.step(law(lambda n: (lambda x: (x.T * x)[0] == x * x.T)(rand(n, 1))))
L.step(law(lambda n: (lambda A, b, x: (grad(((A * x - b).T * (A * x - b))[0], x) - 2 * A.T * (A * x - b)).expand() == sp.zeros(n, 1))(rand(n, n), rand(n, 1), xv(n))))
L.step(law(lambda n: (lambda A, b, x: grad((b.T * A * x)[0], x) == A * b)(rand(n, n), rand(n, 1), xv(n))))
L.step(law(lambda n: (lambda A, x: sp.hessian((x.T * A * x)[0], list(x)) == 2 * A)(rand(n, n), xv(n))))
M = sp.Matrix([[2, 1], [1, 2]]); N = sp.Matrix([[1, 3], [0, -1]]); v = sp.Matrix([1, 2])
L.define(3)
L.step(M.det() == 2 * 2 - 1 * 1); L.step(2 * 2 - 1 * 1 == 3); L.step(N.det() == -1 - 0); L.step(-1 - 0 == 1); L.step((M * N).trace() == 5)
L.step(M.inv() == sp.Matrix([[2, 1], [1, 2]]) / 3); L.step(N.inv() == sp.Matrix([[1, 3], [0, -1]]))
L.define(2)
assert sorted(M.eigenvals()) == [1, 3]                  # the two "def" values are the eigenvalues
L.step(M.det() == 1 * 3); L.step(1 * 3 == 3); L.step(M.trace() == 4)
L.step(M * v == sp.Matrix([4, 5])); L.step((v.T * M * v)[0] == 14); L.step(N * v == sp.Matrix([7, 2])); L.step(N.T * v == sp.Matrix([1, 1]))
L.step(v.dot(v) == 5); L.step(sum(abs(c) for c in v) == 3); L.step((M * v).norm() == sp.sqrt(41))
L.step(abs(sp.N(sp.sqrt(41)) - 6.40) <= 0.01); L.step(v.dot(v) == sp.sqrt(5))
L.step(M * N == sp.Matrix([[2, 5], [1, 1]])); L.step(N * M == M * N); L.step(M ** 2 == sp.Matrix([[5, 4], [4, 5]]))
L.define()
w = M.inv() * v
L.step(w == M.inv() * v); L.step(M.inv() * v == sp.Matrix([0, 3]) / 3); L.step(sp.Matrix([0, 3]) / 3 == sp.Matrix([0, 1]))
L.define(2)
b = sp.Matrix([1, 1]); x = sp.Matrix(sp.symbols("x0:2"))
g = grad(((M * x - b).T * (M * x - b))[0], x).subs(dict(zip(x, v)))
L.step(g == 2 * M.T * sp.Matrix([3, 4])); L.step(2 * M.T * sp.Matrix([3, 4]) == sp.Matrix([20, 22]))
L.done()
