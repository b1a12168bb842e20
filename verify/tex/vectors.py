r"""Vector calculus notation read for instantiation (verify.tex.instances): `\|v\|`, `\nabla_{\mathbf w}`,
`\frac{\partial}{\partial \mathbf w}`, `\operatorname{diag}`, and `\arg\max_\theta` / `\arg\min_\theta`.

A norm or a derivative with respect to a bold or capital name (a vector or a matrix) is kept as a
marker, never read as a scalar (‖Xw − y‖² is not (Xw − y)², ∂/∂w of it not 2X(Xw − y)): the step is
then checked at random instances, where the gradient is taken entry by entry (denominator layout:
the gradient of a number has the shape of the variable). The derivative of a vector is not checked
(its layout is a convention the file does not state).
"""
from __future__ import annotations

import dataclasses
import unicodedata

import sympy as sp

from verify.tex.build import ParseError, commutative, shown
from verify.tex.tokens import Tok

NORM, GRAD, HESSIAN, ARGMAX, ARGMIN = (sp.Function(n) for n in ("norm", "grad", "hessian", "argmax", "argmin"))
MARKER_NAMES = {"norm", "grad", "hessian", "diag"}


def matrix_like(expr, matrix_names) -> bool:
    return isinstance(expr, sp.Basic) and any(not s.is_commutative or s.name in matrix_names
                                              for s in expr.free_symbols)


def norm(inner, matrix_names):
    """`\\|x\\|`: |x| for a number, the Euclidean norm (a marker) for a vector or matrix; of a vector the
    file wrote out (`\\|M\\mathbf v\\|` with M, v given), the number."""
    if isinstance(inner, sp.MatrixBase) and 1 in inner.shape:
        return sp.sqrt(sp.Add(*[sp.Abs(e) ** 2 for e in inner]))
    return NORM(inner) if matrix_like(inner, matrix_names) else sp.Abs(inner)


def gradient(target, var, matrix_names):
    """d target / d var: a marker when var is a vector or matrix, else SymPy's derivative."""
    if matrix_like(var, matrix_names):
        return GRAD(target, var)
    return sp.Derivative(commutative(target), commutative(var))


def gradient_in_entries(expr, rows: int, bound):
    """∇_𝐱(𝐛^⊤𝐱) beside a column of `rows` entries, with 𝐛 written out: the target was read in x_1 … x_n (the
    entries of 𝐱 by its letter, build.times), so its gradient is the column of its slopes in them. Only for a
    number-valued target and when no x_k has a value of its own (`bound`); else expr as it was."""
    from verify.tex.names import bold_letter
    found = {}
    for g in expr.atoms(GRAD) if isinstance(expr, sp.Basic) else ():
        target, var = g.args
        letter = bold_letter(var.name) if isinstance(var, sp.Symbol) and not var.is_commutative else None
        if letter is None or not letter.islower() or not isinstance(target, sp.Expr) or \
                target.is_commutative is False or isinstance(target, sp.MatrixBase) or target.has(*MARKERS):
            continue
        entries = [sp.Symbol(f"{letter}_{k}", real=True) for k in range(1, rows + 1)]
        names = {e.name for e in entries}
        if any(s.name in bound for s in entries) or any(not s.is_commutative for s in target.free_symbols) or \
                {s.name for s in target.free_symbols if s.name.startswith(f"{letter}_")} - names:
            continue        # (x_3 in a target beside a 2-entry column: not this size)
        found[g] = sp.ImmutableMatrix([sp.diff(target, e) for e in entries])
    return expr.xreplace(found) if found else expr


MARKERS = (NORM, GRAD, HESSIAN)


def _squared(parser) -> bool:
    """`^2` right after \nabla (or after its subscript): the Hessian, ∇²; taken off the tokens."""
    nxt = parser.peek()
    if nxt is None or nxt.kind != "char" or nxt.value != "^":
        return False
    save = parser.i
    parser.take()
    script = parser.script(nxt)
    if len(script) == 1 and script[0].kind == "num" and script[0].value == "2":
        return True
    parser.i = save
    return False


def nabla(parser, t):
    r"""`\nabla_{\mathbf w} f`: the gradient of the term that follows, in the subscript's variable;
    `\nabla^2_{\mathbf w} f` (or `\nabla_{\mathbf w}^2 f`) its Hessian, for a vector variable."""
    if _squared(parser):
        return _hessian(parser, t)
    nxt = parser.peek()
    if nxt is not None and nxt.kind == "char" and nxt.value in parser.ctx.functions:
        return _let_gradient(parser, nxt)
    if not (nxt is not None and nxt.kind == "char" and nxt.value == "_"):
        if nxt is not None:
            # `\nabla\|\mathbf w\|`: the one vector or matrix name in what follows is the variable
            save, names = parser.i, set(parser.matrix_names)
            target = parser.term()
            found = [s for s in target.free_symbols if isinstance(s, sp.Symbol) and
                     (not s.is_commutative or s.name in parser.matrix_names - names or unicodedata.name(
                         s.name[0], "").startswith("MATHEMATICAL BOLD"))] if isinstance(target, sp.Basic) else []
            if len(found) == 1 and len({s for s in target.free_symbols if isinstance(s, sp.Symbol)}) == 1:
                return gradient(target, found[0], parser.matrix_names | {found[0].name})
            parser.i = save
        raise ParseError("\\nabla without the variable (write \\nabla_{w})", t.pos)
    script = parser.script(parser.take())
    if _squared(parser):
        return _hessian(parser, t, script)
    saved = parser.ctx
    try:
        parser.ctx = dataclasses.replace(saved, matrices={})       # the given vectors and matrices as names
        var = parser.sub(script, "gradient variable")
        if isinstance(var, sp.Symbol) and var.name in saved.matrices:
            # `\nabla_{\mathbf x}(\mathbf x^\top A\mathbf x)` with x and A given: taken, then evaluated there
            target = parser.term()
            if saved.gradient_in is not None and isinstance(target, sp.Basic) and \
                    any(s.name not in saved.matrices for s in target.free_symbols if isinstance(s, sp.Symbol)):
                # `\nabla_{\mathbf x} L`, L worked out from x: through the definitions, as ∂L/∂x is
                found = saved.gradient_in(commutative(target), var.name)
                if found is None:
                    raise ParseError(f"∇_{var.name} {shown(target)}: how it depends on {var.name} is not known from "
                                     "the definitions", t.pos)
                parser.bound_matrices.add(var.name)
                return found
            parser.at_point.add(var.name)
            return _gradient_at(target, var, saved.matrices, t)
    finally:
        parser.ctx = saved
    if not isinstance(commutative(var), sp.Symbol):
        raise ParseError("\\nabla with respect to something other than one name", t.pos)
    return gradient(parser.term(), var, parser.matrix_names)


def _gradient_at(target, var, given, t):
    """The gradient in var of a target whose names are all given vectors and matrices, at var's value."""
    from verify.tex.instances import Unfit, _gradient
    values = {s: given[s.name] for s in target.free_symbols | {var} if s.name in given}
    try:
        return sp.ImmutableMatrix(_gradient(target, var, values))
    except (Unfit, KeyError, TypeError, ValueError, sp.ShapeError) as exc:
        raise ParseError(f"the gradient at the given {var.name} could not be taken ({type(exc).__name__})", t.pos) \
            from None


def entry_names(params, body) -> list | None:
    """f(𝐰) = w_1² + 4w_2²: a function of one vector written in its entries, w_1 … w_n (n from the body)."""
    if len(params) != 1 or len(params[0].name) != 1:
        return None
    plain = unicodedata.normalize("NFKC", params[0].name)      # 𝐰 -> w
    if plain == params[0].name or not plain.isalpha():
        return None
    found = {int(s.name.partition("_")[2]): s for s in body.free_symbols
             if s.name.startswith(plain + "_") and s.name.partition("_")[2].isdigit()}
    return [found[k] for k in sorted(found)] if found and sorted(found) == list(range(1, len(found) + 1)) else None


def _entries_of(plain: str, body) -> list | None:
    found = {int(s.name.partition("_")[2]): s for s in body.free_symbols
             if s.name.startswith(plain + "_") and s.name.partition("_")[2].isdigit()}
    return [found[k] for k in sorted(found)] if found and sorted(found) == list(range(1, len(found) + 1)) else None


def at_entries(entries, arg):
    """{w_1: a_1, …} for a written-out vector argument of the right size, else None."""
    if isinstance(arg, sp.MatrixBase) and 1 in arg.shape and len(arg) == len(entries):
        return dict(zip(entries, arg))
    return None


def _hessian(parser, t, script=None):
    """∇² of the term that follows in the vector its subscript names, or in the one vector name in the term."""
    if script is None and parser.peek() is not None and parser.peek().kind == "char" and parser.peek().value == "_":
        script = parser.script(parser.take())
    nxt = parser.peek()
    if script is None and nxt is not None and nxt.kind == "char" and nxt.value in parser.ctx.functions:
        params, body = parser.ctx.functions[nxt.value]
        vector = vector_parameter(params, body)
        if vector is not None:          # ∇²J with J(𝐰) defined: the Hessian in its one vector, at 𝐰 itself
            parser.take()
            args = parser.call_args()
            if args is not None and (len(args) != 1 or args[0] != vector):
                raise ParseError(f"the Hessian of {nxt.value} at a value of its vector is not read", nxt.pos)
            parser.matrix_names.update(_vectors_in(body))
            return HESSIAN(body, vector)
    if script is not None:
        var = parser.sub(script, "Hessian variable")
        target = parser.term()
    else:
        before = set(parser.matrix_names)
        target = parser.term()
        found = [s for s in getattr(target, "free_symbols", ()) if isinstance(s, sp.Symbol) and
                 (not s.is_commutative or s.name in parser.matrix_names - before or unicodedata.name(
                     s.name[0], "").startswith("MATHEMATICAL BOLD"))]
        if len(found) != 1:
            raise ParseError("\\nabla^2 without the variable (write \\nabla^2_{x})", t.pos)
        var = found[0]
    if not isinstance(var, sp.Symbol):
        raise ParseError("\\nabla^2 with respect to something other than one name", t.pos)
    if not matrix_like(var, parser.matrix_names | {var.name} if not var.is_commutative or
                       unicodedata.name(var.name[0], "").startswith("MATHEMATICAL BOLD") else parser.matrix_names):
        return sp.Derivative(commutative(target), commutative(var), 2)     # ∇² in a number: the second derivative
    return HESSIAN(target, var)


def vector_parameter(params, body):
    """The one parameter of a function as its body has it, when the body has it as a vector (𝐱 in 𝐱ᵀA𝐱, whatever
    the parameter list says); else None."""
    if len(params) != 1 or not isinstance(body, sp.Basic):
        return None
    return next((s for s in body.free_symbols if isinstance(s, sp.Symbol) and not s.is_commutative and
                 s.name == params[0].name), None)


def _vectors_in(body) -> set:
    """The lowercase names a function's body has as vectors (𝐰, 𝐲 in ‖X𝐰 - 𝐲‖²): vectors where it is used too."""
    return {s.name for s in body.free_symbols if isinstance(s, sp.Symbol) and not s.is_commutative and
            s.name[:1].islower()}


def _let_gradient(parser, name_tok):
    """`\\nabla f` or `\\nabla f(1, 1)` with f(w_1, w_2) defined: the column of its partial derivatives."""
    parser.take()
    params, body = parser.ctx.functions[name_tok.value]
    args = parser.call_args()
    entries = entry_names(params, body)
    if entries is None and len(params) == 1 and params[0] not in body.free_symbols:
        entries = _entries_of(params[0].name, body)     # f(w) = (w_1 - 1)^2 + 2w_2^2: w written in its entries
    if entries is not None:          # ∇f(𝐰_0) with f(𝐰) = w_1² + 4w_2², 𝐰_0 = (2, 1): (4, 8)
        grad = sp.ImmutableMatrix([sp.diff(body, e) for e in entries])
        point = None if args is None or len(args) != 1 else at_entries(entries, args[0])
        if args is not None and point is None:
            raise ParseError(f"the gradient of {name_tok.value} at that argument is not read", name_tok.pos)
        return grad if point is None else grad.xreplace(point)
    vector = vector_parameter(params, body)
    if len(params) == 1 and (matrix_like(params[0], parser.matrix_names) or vector is not None):
        # f(𝐱) = 𝐱ᵀA𝐱: the gradient in the vector, checked at random instances like \nabla_{\mathbf x}
        if vector is not None:
            params = (vector,)
            parser.matrix_names.update(_vectors_in(body))
        if vector is not None and args is not None and len(args) == 1 and isinstance(args[0], sp.MatrixBase):
            # ∇L(𝐰_1) with 𝐰_1 = (0.5, 0.6) written out: the gradient there, when L's other names are given too
            return _gradient_at(body, vector, {**parser.ctx.matrices, vector.name: args[0]}, name_tok)
        at = params[0] if args is None else args[0] if len(args) == 1 else None
        if at is None or not isinstance(commutative(at), sp.Symbol) and not isinstance(at, sp.MatrixSymbol):
            raise ParseError(f"the gradient of {name_tok.value} at a value of its vector is not read", name_tok.pos)
        return GRAD(body.xreplace({params[0]: at}), at)
    grad = sp.ImmutableMatrix([sp.diff(body, p) for p in params])
    if args is None:
        return grad
    if len(args) != len(params):
        raise ParseError(f"{name_tok.value} takes {len(params)} argument(s)", name_tok.pos)
    return grad.xreplace(dict(zip(params, args)))


def arg_extremum(parser, t, which: str, named: bool = False):
    r"""`\arg\max_\theta f(θ)`, `\operatorname*{arg\,min}_\theta f(θ)` (named): a marker (checked as a stationary
    point with the right curvature)."""
    nxt = parser.peek()
    if named:
        nxt = Tok("macro", which, t.pos, t.end)
    elif not (nxt is not None and nxt.kind == "macro" and nxt.value in ("max", "min")):
        raise ParseError("\\arg without \\max or \\min", t.pos)
    else:
        parser.take()
    if not (parser.peek() is not None and parser.peek().kind == "char" and parser.peek().value == "_"):
        raise ParseError(f"\\arg\\{nxt.value} without the variable", t.pos)
    var = commutative(parser.sub(parser.script(parser.take()), "variable"))
    if not isinstance(var, sp.Symbol):
        raise ParseError(f"\\arg\\{nxt.value} over something other than one name", t.pos)
    body = commutative(parser.term())
    return (ARGMAX if nxt.value == "max" else ARGMIN)(body, var)


def has_extremum(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and e.has(ARGMAX, ARGMIN) for e in exprs)


def check_extremum(left, right):
    """(verdict, detail): `argmax_θ f = c` holds when f'(c) = 0 and f''(c) < 0 (> 0 for argmin)."""
    from verify.tex.results import OK, UNVERIFIED, WRONG
    from verify.tex.steps import Outcome
    marker, value = (left, right) if isinstance(left, (ARGMAX, ARGMIN)) else (right, left)
    if type(left) is type(right) and isinstance(left, (ARGMAX, ARGMIN)) and left.args[1] == right.args[1]:
        return _same_extremum(left, right)
    if not isinstance(marker, (ARGMAX, ARGMIN)) or has_extremum(value):
        return Outcome(UNVERIFIED, "an arg max / arg min inside an expression is not checked")
    body, var = marker.args
    if var not in body.free_symbols:
        return Outcome(UNVERIFIED, f"what is maximised or minimised does not depend on {var} as the file defines it")
    if var in value.free_symbols:
        return Outcome(UNVERIFIED, f"the claimed arg max depends on {var}")
    slope = sp.simplify(sp.diff(body, var).subs(var, value))
    if slope != 0:
        if slope.is_number and slope.is_nonzero:
            return Outcome(WRONG, f"not a stationary point: the derivative in {var} there is {slope}")
        return Outcome(UNVERIFIED, f"could not decide whether the derivative in {var} vanishes there")
    curvature = sp.simplify(sp.diff(body, var, 2).subs(var, value))
    want = curvature.is_negative if isinstance(marker, ARGMAX) else curvature.is_positive
    if want:
        better = _better_stationary_point(body, var, value, isinstance(marker, ARGMAX))
        if better is not None:
            return Outcome(UNVERIFIED, f"a local extremum, but the stationary point {var} = {better} is better")
        kind = "negative" if isinstance(marker, ARGMAX) else "positive"
        return Outcome(OK, f"a stationary point with {kind} curvature ({curvature}) in {var}")
    if want is False:
        return Outcome(WRONG, f"a stationary point, but the curvature there is {curvature}")
    return Outcome(UNVERIFIED, f"a stationary point; the sign of the curvature {curvature} is not decided")


def _same_extremum(left, right):
    """`argmin_θ [\frac{1}{2σ^2}Σ(y_i - θ)^2 + \frac{θ^2}{2τ^2}] = argmin_θ [Σ(y_i - θ)^2 + λθ^2]`: the same point when
    one objective is a positive multiple of the other plus a constant; wrong when their stationary points differ."""
    from verify.tex.objectives import same_minimiser
    from verify.tex.results import OK, UNVERIFIED, WRONG
    from verify.tex.steps import Outcome
    var = left.args[1]
    same = same_minimiser(left.args[0], right.args[0], var)
    if same is None:
        return Outcome(UNVERIFIED, f"whether the two objectives share their extremum in {var} is not decided")
    if same:
        return Outcome(OK, f"the same extremum: one objective is a positive multiple of the other plus a constant in {var}")
    return Outcome(WRONG, f"the objectives have their stationary points in {var} at different places (random data)")


def _better_stationary_point(body, var, value, maximum: bool):
    """Another real stationary point where the function is larger (smaller for arg min), if SymPy finds one."""
    if not value.is_number or body.free_symbols - {var}:
        return None
    try:
        points = sp.solve(sp.diff(body, var), var)
    except (NotImplementedError, ValueError, TypeError):
        return None
    here = sp.N(body.subs(var, value))
    for r in points:
        if not (r.is_number and r.is_real) or r == value:
            continue
        there = sp.N(body.subs(var, r))
        if there.is_real and there.is_finite and (there > here if maximum else there < here):
            return r
    return None
