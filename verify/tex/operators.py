r"""Operator names applied to arguments: `\operatorname{Var}(X)` is an application, never Var·X.

The parser builds `sp.Function(name)(args)` for them. Before a step is checked, applications
are replaced by canonical atoms: 𝔼, Var and Cov by their laws (linearity of 𝔼; Var(a) =
𝔼[a²] − 𝔼[a]²; Cov(a, b) = 𝔼[ab] − 𝔼[a]𝔼[b]; 𝔼[XY] = 𝔼[X]𝔼[Y] for X, Y assumed independent;
sd = √Var and Corr = Cov/(sd·sd) by their definitions),
so that both sides become polynomials in raw moments 𝔼[monomial]; `tr` by linearity and
cyclicity; Shannon's entropies as joint entropies of sets of variables (entropies); anything else (det, Pr, KL, an unknown \operatorname{foo}) as an opaque atom.

Raw moments of distinct monomials satisfy no polynomial identity valid for every
distribution, so a difference that is not zero as a polynomial in them is a real
counterexample: such a step may be `wrong`. Opaque atoms (and 𝔼 of something that is not a
polynomial in random variables) may satisfy laws not applied here: a step that fails with
them is only `unverified`.
"""
from __future__ import annotations

from itertools import combinations

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.entropies import ENTROPY

EXPECTATION, VARIANCE, COVARIANCE, TRACE = "𝔼", "Var", "Cov", "tr"
STATISTICAL = {EXPECTATION, VARIANCE, COVARIANCE}
# Written names -> the operator (\operatorname{…}, \mathrm{…}, \text{…}, \mathbb{E}, \Pr, \det).
OPERATOR_NAMES = {"E": EXPECTATION, "𝔼": EXPECTATION, "Var": VARIANCE, "var": VARIANCE, "Cov": COVARIANCE,
                  "cov": COVARIANCE, "tr": TRACE, "Tr": TRACE, "trace": TRACE, "det": "det", "Pr": "Pr",
                  "KL": "KL", "diag": "diag", "rank": "rank"}
NOT_OPERATORS = {"slope_at_kink", "transpose", "hadamard", "norm", "grad", "hessian", "diag", "argmax", "argmin", "seq", "antiderivative"}   # verify.tex.vectors, .sums
GENERIC = {"f", "g", "h", "F", "G", "H", "L", "J", "ℓ", "φ", "ψ", "Φ"}   # as build.FUNCTION_LOOKING, less I (Fisher information: not left open)     # matrix markers of the parser, handled as matrix notation


def application(name: str, args) -> sp.Expr:
    return sp.Function(name)(*args)


def on_known_matrices(expr):
    """det and tr of a matrix of numbers the file wrote out (`\\det(M)` with M bound to a pmatrix):
    SymPy's determinant and trace of it, not an opaque atom."""
    if not isinstance(expr, sp.Basic) or isinstance(expr, sp.MatrixBase):
        return expr
    # numbers only: a matrix of expressions the writer wrote (a Jacobian J_f) may be a wrong derivation
    # read as a definition, and what follows from it would be confirmed
    found = {a: a.args[0] for a in expr.atoms(AppliedUndef) if a.func.__name__ in ("det", TRACE) and
             len(a.args) == 1 and isinstance(a.args[0], sp.MatrixBase) and a.args[0].is_square and
             not a.args[0].free_symbols}
    if not found:
        return expr
    return expr.xreplace({a: m.det() if a.func.__name__ == "det" else m.trace() for a, m in found.items()})


def is_generic(name: str) -> bool:
    """f, g, ℓ, g_1 applied to arguments: a function the writer left open (any smooth function)."""
    return name.split("_")[0] in GENERIC


def has_operators(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and any(a.func.__name__ not in NOT_OPERATORS and not is_generic(a.func.__name__)
                                                for a in e.atoms(AppliedUndef)) for e in exprs)


def has_generic(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and any(is_generic(a.func.__name__) for a in e.atoms(AppliedUndef))
               for e in exprs)


def instantiate(exprs, seed: int = 11):
    """Each open function replaced by one fixed smooth function with random coefficients.

    An identity in f holds for this f too; one that fails for it is not an identity in f.
    (A pass this way is numerical evidence at one generic f, as `verified` is at points.)"""
    import random
    rng = random.Random(seed)
    found = {}
    for e in exprs:
        for a in e.atoms(AppliedUndef):
            if is_generic(a.func.__name__):
                found.setdefault(a.func, len(a.args))
    subs = {}
    for f, arity in sorted(found.items(), key=lambda fa: str(fa[0])):
        xs = sp.symbols(f"_x0:{arity}", real=True)
        c = [sp.Rational(rng.randint(3, 17), rng.randint(5, 11)) for _ in range(4 * arity + 2)]
        body = c[0] + c[1] * sp.Mul(*xs) / 4        # a cubic in each argument, and a cross term
        for i, x in enumerate(xs):
            body += c[2 + 4 * i] * x + c[3 + 4 * i] * x ** 2 / 3 + c[4 + 4 * i] * x ** 3 / 7
        subs[f] = sp.Lambda(xs, body)
    out = []
    for e in exprs:
        for f, lam in subs.items():
            e = e.subs(f, lam)
        out.append(e.doit())
    return out


def is_random(s) -> bool:
    """Random variables are written with a capital Latin letter (X, Y_1, S_n)."""
    return isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy) and s.name[:1].isascii() and s.name[:1].isupper()


class _Canon:
    def __init__(self, independent):
        self.independent = independent
        self.atoms: dict = {}
        self.safe = True          # every atom is a raw moment of random variables

    def atom(self, key, label, safe):
        if not safe:
            self.safe = False
        if key not in self.atoms:
            self.atoms[key] = sp.Dummy(label, real=True)
        return self.atoms[key]

    def __call__(self, expr):
        if not isinstance(expr, sp.Basic) or expr.is_Atom:
            return expr
        if _binds_an_argument(expr):
            # GELU'(1) = Subs(d/dξ GELU(ξ), ξ, 1): an atom for GELU(ξ) would not depend on ξ, and its derivative
            # would be 0; left as written (and not safe: no law of the operators decides it)
            self.safe = False
            return expr
        args = [self(a) for a in expr.args]
        if isinstance(expr, AppliedUndef) and expr.func.__name__ not in NOT_OPERATORS:
            name = expr.func.__name__
            return self.apply(name, args if name == TRACE else [_commutative(a) for a in args])
        return expr.func(*args) if args != list(expr.args) else expr

    def apply(self, name, args):
        if name == EXPECTATION and len(args) == 1:
            return self.expectation(args[0])
        if name == VARIANCE and len(args) == 1:
            return sp.expand(self.expectation(args[0] ** 2) - self.expectation(args[0]) ** 2)
        if name == COVARIANCE and len(args) == 2:
            a, b = args
            return sp.expand(self.expectation(a * b) - self.expectation(a) * self.expectation(b))
        if name == TRACE and len(args) == 1:
            return self.trace(args[0])
        if name == ENTROPY and all(is_random(a) for a in args):
            return self.entropy([a.name for a in args])
        if name.lower() in ("sd", "std") and len(args) == 1:
            # sd = √Var, Corr = Cov/(sd·sd): roots of moments, so a difference that is not zero is no longer
            # a counterexample by the polynomial rule (left to random distributions, or unverified)
            self.safe = False
            return sp.sqrt(self.apply(VARIANCE, args))
        if name.lower() == "corr" and len(args) == 2:
            self.safe = False
            return self.apply(COVARIANCE, args) / sp.sqrt(self.apply(VARIANCE, args[:1]) * self.apply(VARIANCE, args[1:]))
        call = sp.Function(name)(*[sp.expand(a) for a in args])
        return self.atom(call, str(call), safe=False)

    def expectation(self, arg):
        arg = sp.expand(arg)
        randoms = sorted((s for s in arg.free_symbols if is_random(s)), key=lambda s: s.name)
        if not randoms:             # 𝔼[x] with no capital: a constant or a variable? not decided here
            return self.atom((EXPECTATION, arg), f"𝔼[{arg}]", safe=False)
        try:
            poly = sp.Poly(arg, *randoms)
        except sp.PolynomialError:
            return self.atom((EXPECTATION, arg), f"𝔼[{arg}]", safe=False)
        if any(c.free_symbols & set(randoms) for c in poly.coeffs()):
            return self.atom((EXPECTATION, arg), f"𝔼[{arg}]", safe=False)
        return sp.Add(*[c * self.moment(dict(zip(randoms, m))) for m, c in poly.terms()])

    def moment(self, powers):
        powers = {v: k for v, k in powers.items() if k}
        if not powers:
            return sp.Integer(1)
        names = [v.name for v in powers]
        if len(powers) > 1 and all(frozenset(p) in self.independent for p in combinations(names, 2)):
            return sp.Mul(*[self.moment({v: k}) for v, k in powers.items()])
        monomial = sp.Mul(*[v ** k for v, k in sorted(powers.items(), key=lambda vk: vk[0].name)])
        return self.atom((EXPECTATION, monomial), f"𝔼[{monomial}]", safe=True)

    def entropy(self, names):
        """The joint entropy of the variables named (entropies): the sum of their own entropies when every pair
        of them is assumed independent."""
        if len(names) > 1 and all(frozenset(p) in self.independent for p in combinations(names, 2)):
            return sp.Add(*[self.entropy([n]) for n in names])
        label = f"H({', '.join(names)})"
        return self.atom((ENTROPY, tuple(names)), label, safe=True)

    def trace(self, arg):
        out = []
        for term in sp.Add.make_args(sp.expand(arg)):
            coeff, factors = term.args_cnc()
            if not factors:
                return self.atom((TRACE, arg), f"tr({arg})", safe=False)     # tr of a scalar: shapes unknown
            rotations = [tuple(factors[i:] + factors[:i]) for i in range(len(factors))]
            product = min(rotations, key=lambda r: tuple(map(str, r)))
            out.append(sp.Mul(*coeff) * self.atom((TRACE, product), f"tr({sp.Mul(*product)})", safe=False))
        return sp.Add(*out)


class _Copies(_Canon):
    """X, X_1, X_2 read as copies of one variable (draws of one law): each one's own moments are the
    same; joint moments stay as independence (or nothing) says."""
    def moment(self, powers):
        powers = {v: k for v, k in powers.items() if k}
        if len(powers) == 1:
            ((v, k),) = powers.items()
            copy = sp.Symbol(copy_letter(v.name) + "_•", real=True) ** k
            return self.atom((EXPECTATION, copy), f"𝔼[{copy}]", safe=True)
        return super().moment(powers)


def copy_letter(name: str) -> str:
    return name.split("_", 1)[0]


def copies_of_one_letter(*exprs) -> bool:
    """Two or more random variables written with one letter (X_1, X_2; X and X_i)."""
    names = {s.name for e in exprs if isinstance(e, sp.Basic) for s in e.free_symbols if is_random(s)}
    letters = [copy_letter(n) for n in names]
    return len(letters) != len(set(letters))


def _binds_an_argument(expr) -> bool:
    """A derivative, integral or limit whose variable is in an operator's argument (d/dξ GELU(ξ))."""
    if isinstance(expr, (sp.Derivative, sp.Subs, sp.Integral)):
        bound = set(expr.variables)
    elif isinstance(expr, sp.Limit):
        bound = {expr.args[1]}
    else:
        return False
    return any(a.func.__name__ not in NOT_OPERATORS and any(arg.free_symbols & bound for arg in a.args)
               for a in expr.atoms(AppliedUndef))


def _commutative(expr):
    subs = {s: sp.Symbol(s.name, real=True) for s in expr.free_symbols
            if isinstance(s, sp.Symbol) and not s.is_commutative and not isinstance(s, sp.Dummy)}
    return expr.xreplace(subs) if subs else expr


def canonical(left, right, independent=frozenset(), facts=(), copies=False):
    """(left, right, safe): both sides with operator applications replaced by canonical atoms,
    and the values the file gave (`Var(X) = 4`, see `is_given`) put in. With `copies`, X, X_1, X_2
    are draws of one law (`_Copies`)."""
    canon = (_Copies if copies else _Canon)(independent)
    left, right = canon(left), canon(right)
    values = {}
    for fact in facts:
        given = canon(fact)
        atoms = sorted((a for a in given.free_symbols if a in canon.atoms.values()), key=lambda a: -len(a.name))
        for a in atoms:
            if sp.degree(given, a) == 1:
                values[a] = sp.solve(given, a)[0]
                break
    # 𝔼[X] = 0.3 then Var(X) = 2 (𝔼[X²] = 2 + 𝔼[X]²): a value may mention an atom given a value too
    for _ in range(len(values)):
        new = left.xreplace(values), right.xreplace(values)
        if new == (left, right):
            break
        left, right = new
    return left, right, canon.safe


def is_given(lhs, rhs, independent=frozenset(), facts=()) -> bool:
    """`Var(X) = 4`, `𝔼[X] = 2`: a value the problem gives for a statistic of its variables, not a
    claim -- unless the values given before already determine it (then it is checked)."""
    if not (isinstance(lhs, AppliedUndef) and lhs.func.__name__ in STATISTICAL | {ENTROPY} and rhs.is_number):
        return False
    plain = all(is_random(a) or (a.is_Pow and is_random(a.base) and a.exp.is_Integer) for a in lhs.args)
    if not plain:                   # Var(X + Y) = 13 is a claim about a compound, not a given value
        return False
    left, _, safe = canonical(lhs, rhs, independent, facts)
    return safe and any(isinstance(a, sp.Dummy) for a in left.free_symbols)
