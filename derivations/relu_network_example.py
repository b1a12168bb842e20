"""A ReLU network's worked numbers: forward pass, backprop, one SGD step and the second forward pass, exactly.

x = (0.7, 0.5, 1); z₁ = w₁x₁ + w₃x₂ + w₅x₃, z₂ = w₂x₁ + w₄x₂ + w₆x₃; h = ReLU(z); ŷ = w₇h₁ + w₈h₂ + w₉;
target y = 0.5; learning rate η = 0.03. Every number is an exact rational (SymPy reads the decimal
strings). The loss convention is E = ½(ŷ − y)²; the plain (ŷ − y)² = 2E is shown alongside, with its
(doubled) gradients, update and second loss, so a reader can match either.

Backprop is SymPy's chain rule run backwards over the graph (`backprop`); each gradient is proved equal
to the derivative of the loss written out in the weights, symbolically and at the worked point.
ReLU'(z) = θ(z) with θ(0) = 0 (torch's convention); here both z > 0, so it does not matter.

d.data["graph"] is the computation graph, a derivations.checked.Graph for the report to draw:
  - node id: x1 x2 x3 one z1 z2 h1 h2 yhat E ("one" is the constant input that w₉ multiplies);
    label: LaTeX; value: the forward value; grad: ∂E/∂(node) (None for the constant "one").
  - edge src/dst: node ids; label: LaTeX of what the edge applies (w_{1}, ..., \\mathrm{ReLU}, the loss);
    grad: ∂E/∂w for a weight edge, else None; local: ∂dst/∂src at the point (the weight, θ(z), or ŷ − y);
    param: "w1".."w9" or None; weight and updated: the weight before and after the SGD step (weight
    edges only). Backprop reads off the edges: grad(src) = Σ over its out-edges of local × grad(dst).
  Every number is a Number(exact="153/200", decimal="0.765", float=0.765).
"""
from decimal import Decimal, localcontext

import numpy as np
import sympy as sp
from sympy import Derivative, Matrix, Rational

from derivations.activations import ReLU
from derivations.checked import Graph, GraphEdge, GraphNode, Latex, Number
from derivations.model import Claim, Derivation, NumericResult
from verify.gradcheck import GradientCheck, compare

x = sp.symbols("x1:4", real=True)
w = sp.symbols("w1:10", real=True)
y, z1, z2, h1, h2, yhat, E = sp.symbols("y z1 z2 h1 h2 yhat E", real=True)
E_plain = sp.Symbol("E_plain", real=True)      # the plain squared error (ŷ − y)² = 2E
X_VALUES, Y_VALUE, LEARNING_RATE = ("0.7", "0.5", "1"), "0.5", "0.03"
W_VALUES = ("-0.3", "0.8", "0.15", "0.2", "0.9", "-0.14", "0.4", "0.25", "-0.1")

# The network as a graph: each node is one operation on earlier nodes, inputs and weights.
RULES = {z1: "hidden unit 1, before ReLU", z2: "hidden unit 2, before ReLU", h1: "ReLU", h2: "ReLU",
         yhat: "linear output", E: r"loss $E = \frac{1}{2}(\hat{y} - y)^2$, this course's convention; the plain $(\hat{y} - y)^2 = 2E$ follows"}
GRAPH = [(z1, w[0] * x[0] + w[2] * x[1] + w[4] * x[2]), (z2, w[1] * x[0] + w[3] * x[1] + w[5] * x[2]),
         (h1, ReLU(z1)), (h2, ReLU(z2)), (yhat, w[6] * h1 + w[7] * h2 + w[8]),
         (E, Rational(1, 2) * (yhat - y) ** 2)]


def backprop(graph, output):
    """Reverse sweep: ∂out/∂u = Σ over the nodes n that use u of ∂out/∂n · ∂φₙ/∂u, latest node first."""
    adjoint = {output: sp.S.One}
    for node, phi in reversed(graph):
        for u in sorted(phi.free_symbols, key=str):
            adjoint[u] = adjoint.get(u, sp.S.Zero) + adjoint[node] * sp.diff(phi, u)
    return adjoint


def forward(graph, point):
    """Evaluate every node in order at `point`, exactly."""
    values = dict(point)
    for node, phi in graph:
        values[node] = phi.xreplace(values)
    return values


def build() -> Derivation:
    d = Derivation("relu_network_example", "A ReLU network's worked numbers",
                   r"$x = (0.7, 0.5, 1)$, $w = (-0.3, 0.8, 0.15, 0.2, 0.9, -0.14, 0.4, 0.25, -0.1)$, $y = 0.5$, "
                   r"$\eta = 0.03$. Forward pass, squared-error loss, the nine gradients by backprop, one SGD step, second pass.",
                   reproduces=r"Backpropagation worked in numbers: a small ReLU network forward, its nine weight "
                              r"gradients by the chain rule, one gradient-descent step and the loss after it.")
    given = {**dict(zip(x, map(Rational, X_VALUES))), **dict(zip(w, map(Rational, W_VALUES))), y: Rational(Y_VALUE)}
    eta = Rational(LEARNING_RATE)
    wv = Matrix(3, 3, w)                         # nine weights laid out row by row: w₁ w₂ w₃ / w₄ w₅ w₆ / w₇ w₈ w₉
    # The given numbers, shown as definitions; they enter the claims only through `given`.
    d.define(sp.ImmutableMatrix([*x, y]).T, sp.ImmutableMatrix([given[s] for s in (*x, y)]).T, "given input, target")
    d.define(sp.ImmutableMatrix(w).T, sp.ImmutableMatrix([given[s] for s in w]).T, "given weights")
    for node, phi in GRAPH:
        d.define(node, phi, RULES[node])
    loss_in_w = d.expand_definitions(E)
    plain_in_w = d.expand_definitions((yhat - y) ** 2)
    # What backprop must reproduce: E differentiated as a whole, written out in the weights.
    direct = {s: sp.diff(loss_in_w, s) for s in w}

    def in_terms_of(expr, *kept):
        """Write `expr` out down to the `kept` nodes (their own definitions are not substituted)."""
        defs = {k: v for k, v in d.definitions.items() if k not in kept}
        for _ in range(len(defs) + 1):
            expr = expr.xreplace(defs)
        return expr

    # Forward pass, exactly, node by node.
    first = forward(GRAPH, given)
    z, h = Matrix([z1, z2]), Matrix([h1, h2])
    at = lambda e: e.xreplace(first)
    d.step(z, at(z), rf"$z = (w_1 x_1 + w_3 x_2 + w_5 x_3, w_2 x_1 + w_4 x_2 + w_6 x_3) = ({_dec(first[z1])}, {_dec(first[z2])})$",
           means=in_terms_of(z).xreplace(given))
    d.step(h, at(h), r"both $z > 0$, so ReLU passes them unchanged",
           means=in_terms_of(h).xreplace(given))
    d.step(yhat, first[yhat], rf"$\hat{{y}} = w_7 h_1 + w_8 h_2 + w_9 = {_dec(first[yhat])}$ (linear output)",
           means=in_terms_of(yhat).xreplace(given))
    plain_loss = ((yhat - y) ** 2).xreplace(first)
    d.step(Matrix([E, E_plain]), Matrix([first[E], plain_loss]),
           rf"loss: $E = \frac{{1}}{{2}}(\hat{{y}} - y)^2 = {_dec(first[E])}$; the plain $(\hat{{y}} - y)^2 = 2E = {_dec(plain_loss)}$",
           means=Matrix([loss_in_w.xreplace(given), plain_in_w.xreplace(given)]),
           also=[Claim(plain_in_w.xreplace(given), 2 * first[E])])

    # Backprop, symbolically: each gradient proved against the derivative of E written out.
    adjoint = backprop(GRAPH, E)
    d.step(Derivative(E, yhat), adjoint[yhat], r"$\partial E/\partial\hat{y}$: differentiate $\frac{1}{2}(\hat{y} - y)^2$",
           means=sp.diff(in_terms_of(E, yhat), yhat))
    dz = Matrix([adjoint[z1], adjoint[z2]])
    d.step(Matrix([Derivative(E, z1), Derivative(E, z2)]), dz,
           r"$\partial E/\partial z = \partial E/\partial \hat{y} \cdot (w_7, w_8) \odot \mathrm{ReLU}'(z)$, with $\mathrm{ReLU}'(z) = \mathbb{1}[z > 0]$ (so $\mathrm{ReLU}'(0) = 0$)",
           reads=lambda shown: Claim(Matrix([sp.diff(in_terms_of(E, z1, z2), s) for s in (z1, z2)]),
                                     in_terms_of(shown, z1, z2)))
    hidden, output = Matrix([[w[0], w[2], w[4]], [w[1], w[3], w[5]]]), Matrix([w[6:]])
    d_output, d_hidden = output.applyfunc(adjoint.get), hidden.applyfunc(adjoint.get)
    d.step(output.applyfunc(lambda s: Derivative(E, s)), d_output,
           r"output weights: $\partial E/\partial\hat{y}$ $\times$ the input each multiplies ($h_1$, $h_2$, 1)",
           reads=lambda shown: Claim(output.applyfunc(direct.get), in_terms_of(shown)))
    d.step(hidden.applyfunc(lambda s: Derivative(E, s)), d_hidden,
           r"hidden weights (laid out as $z = Wx$): $\partial E/\partial W = (\partial E/\partial z)\, x^\top$",
           reads=lambda shown: Claim(hidden.applyfunc(direct.get), in_terms_of(shown)))

    # The same numbers at the worked point, and the plain convention's (doubled) gradient.
    d.step(Derivative(E, yhat), at(adjoint[yhat]), rf"at the point: $\hat{{y}} - y = {_dec(at(adjoint[yhat]))}$",
           means=sp.diff(in_terms_of(E, yhat), yhat).xreplace(first))
    d.step(Matrix([Derivative(E, z1), Derivative(E, z2)]), at(dz), r"at the point ($\mathbb{1}[z > 0] = 1$: both units active)",
           means=Matrix([sp.diff(in_terms_of(E, z1, z2), s) for s in (z1, z2)]).xreplace(first))
    in_order = wv.applyfunc(adjoint.get)
    gradient = d.step(wv.applyfunc(lambda s: Derivative(E, s)), at(in_order),
                      "the nine gradients at the point, row by row: " + ", ".join(f"${_dec(g)}$" for g in at(in_order)),
                      means=wv.applyfunc(direct.get).xreplace(given))
    plain_gradient = d.step(wv.applyfunc(lambda s: Derivative(E_plain, s)), 2 * gradient,
                            r"plain convention: $\partial(\hat{y} - y)^2/\partial w = 2\, \partial E/\partial w$",
                            means=wv.applyfunc(lambda s: sp.diff(plain_in_w, s)).xreplace(given))

    # One SGD step w ← w − η ∂E/∂w, then the second forward pass.
    direct_gradient = wv.applyfunc(direct.get).xreplace(given)
    w_new = d.step(Matrix(3, 3, sp.symbols("wprime1:10", real=True)), wv.xreplace(given) - eta * gradient,
                   rf"SGD step $w' = w - \eta\, \partial E/\partial w$ with $\eta = {LEARNING_RATE}$",
                   means=wv.xreplace(given) - eta * direct_gradient)
    second = forward(GRAPH, {**given, **dict(zip(w, w_new))})
    primed = Matrix(sp.symbols("zprime1 zprime2 yhatprime Eprime", real=True))
    d.step(primed, Matrix([second[z1], second[z2], second[yhat], second[E]]),
           rf"second forward pass with $w'$: $E'$ = {_short(second[E])}",
           means=Matrix([in_terms_of(s) for s in (z1, z2, yhat, E)]).xreplace(dict(zip(w, w_new))).xreplace(given))
    d.fact(sp.StrictLessThan(primed[3], E), f"the loss fell by {_short(first[E] - second[E])} "
           f"({float((first[E] - second[E]) / first[E]):.1%})",
           reads=lambda shown: Claim(shown.lhs.xreplace({primed[3]: second[E]}), shown.rhs.xreplace({E: first[E]}),
                                     shown.rel_op))
    # The plain convention takes a step twice as long from the same point.
    w_plain = wv.xreplace(given) - eta * plain_gradient
    second_plain = forward(GRAPH, {**given, **dict(zip(w, w_plain))})
    plain_again = ((yhat - y) ** 2).xreplace(second_plain)
    d.step(sp.Symbol("Eprime_plain", real=True), plain_again,
           rf"plain convention: $w'' = w - 2\eta\, \partial E/\partial w$, then $(\hat{{y}}'' - y)^2$ = {_short(plain_again)} (was {_dec(plain_loss)})",
           means=plain_in_w.xreplace(dict(zip(w, w_plain))).xreplace(given))

    d.result("gradient", gradient)
    d.result("updated_weights", w_new)
    d.result("losses", Matrix([first[E], second[E]]), label=Matrix([E, primed[3]]))
    d.result("plain_losses", Matrix([plain_loss, plain_again]), label=Matrix([E_plain, sp.Symbol("Eprime_plain", real=True)]))
    d.data["graph"] = _graph(first, adjoint, given, dict(zip(w, w_new)))
    d.data["plain_convention"] = {"gradient": tuple(_number(g) for g in plain_gradient),
                                  "updated_weights": tuple(_number(v) for v in w_plain),
                                  "losses": (_number(plain_loss), _number(plain_again))}

    _checks(d, given, eta, backprop_gradient=in_terms_of(in_order))
    return d


def _checks(d, given, eta, backprop_gradient):
    """Numbers: the backprop formulas against torch autograd, at the worked point and at random weights; one
    torch SGD step against the updated weights and losses derived (read from d.results when the check runs)."""
    args = [list(w), list(x), y]
    loss_num = sp.lambdify(args, d.expand_definitions(E), "numpy", docstring_limit=0)
    grad_num = sp.lambdify(args, list(backprop_gradient), "numpy", docstring_limit=0)
    point = {k: np.array([float(given[s]) for s in v], dtype=float) for k, v in (("w", w), ("x", x))}

    def sample(rng, case):  # random draws keep both |zᵢ| > 0.05, off the kink, for finite differences
        if case["at"] == "worked point":
            return {**point, "y": np.array(float(given[y]))}
        while True:
            draw = {"w": rng.normal(0, 1, 9), "x": rng.uniform(-1, 1, 3), "y": np.array(rng.uniform(-1, 1))}
            if min(abs(draw["w"][0:6:2] @ draw["x"]), abs(draw["w"][1:6:2] @ draw["x"])) > 0.05:
                return draw

    d.gradient_checks.append(GradientCheck(
        r"$\partial E/\partial w$ by backprop vs torch", sample, lambda w, x, y: loss_num(w, x, y),
        lambda w, x, y: {"w": np.array(grad_num(w, x, y), dtype=float)}, _torch_loss, wrt=("w",),
        cases=({"at": "worked point"}, {"at": "random"}), draws=1, seed=4))

    def expected():
        plain = d.data["plain_convention"]
        return {"E": (d.results["updated_weights"], d.results["losses"][1]),
                "plain": ([n.float for n in plain["updated_weights"]], plain["losses"][1].float)}
    d.numeric_check(r"one SGD step $w - \eta\, \partial E/\partial w$, gradient by torch autograd (float64), both conventions")(
        lambda: _sgd_check(point, float(given[y]), float(eta), expected()))


def _torch_loss(w, x, y, plain=False):
    """The same network written separately in torch."""
    import torch
    z = torch.stack([w[0] * x[0] + w[2] * x[1] + w[4] * x[2], w[1] * x[0] + w[3] * x[1] + w[5] * x[2]])
    h = torch.relu(z)
    out = w[6] * h[0] + w[7] * h[1] + w[8]
    return (out - y) ** 2 if plain else 0.5 * (out - y) ** 2


def _sgd_check(point, y, lr, expected) -> NumericResult:
    """One SGD step from the worked point with torch's reverse-mode gradient; the updated weights and the next
    loss vs the exact ones. The step is written out: torch.optim imports torch._dynamo (~1.5 s)."""
    import torch
    from verify.gradcheck import device
    dev, details, ok, worst = device(), [], True, 0.0
    for convention, (w_exact, loss_exact) in expected.items():
        weights = torch.nn.Parameter(torch.tensor(point["w"], dtype=torch.float64, device=dev))
        x_t = torch.tensor(point["x"], dtype=torch.float64, device=dev)
        (slope,) = torch.autograd.grad(_torch_loss(weights, x_t, y, plain=convention == "plain"), weights)
        with torch.no_grad():
            weights -= lr * slope
            loss = float(_torch_loss(weights, x_t, y, plain=convention == "plain"))
        derived = np.array([float(v) for v in w_exact] + [float(loss_exact)])
        got = np.append(weights.detach().cpu().numpy(), loss)
        names = [f"w'{i + 1}" for i in range(9)] + ["second loss"]
        pair = compare(derived, got, "derived", "SGD", 1e-12, lambda idx: names[idx[0]])
        ok &= pair.ok
        worst = max(worst, pair.max_rel)
        details.append(f"{convention}: max rel {pair.max_rel:.1e} at {pair.worst}")
    return NumericResult(ok, "; ".join(details), worst)


def _dec(q) -> str:
    """A rational with a terminating decimal expansion, written out exactly (0.765, −0.0656)."""
    q = sp.Rational(q)
    with localcontext() as ctx:
        ctx.prec = 60
        text = format((Decimal(int(q.p)) / Decimal(int(q.q))).normalize(), "f")
    return text


def _short(q) -> str:
    """The exact decimal when short, else its first ten significant digits and an ellipsis."""
    text = _dec(q)
    return text if len(text.lstrip("-0.")) <= 10 else f"{float(q):.10g}…"


def _number(q) -> Number:
    return Number(str(q), _dec(q), float(q))


def _graph(values, adjoint, given, updated) -> Graph:
    at = lambda e: _number(e.xreplace(values))          # e: a SymPy expression
    labels = {"x1": "x_1", "x2": "x_2", "x3": "x_3", "one": "1", "z1": "z_1", "z2": "z_2",
              "h1": "h_1", "h2": "h_2", "yhat": r"\hat y", "E": "E"}
    nodes = tuple(GraphNode(i, Latex(labels[i]), at(sp.Symbol(i, real=True)) if i != "one" else _number(1),
                            at(adjoint[sp.Symbol(i, real=True)]) if i != "one" else None) for i in labels)
    edges = []
    for node, phi in GRAPH:
        for term in sp.Add.make_args(phi):
            params = term.free_symbols & set(w)
            if params:  # a weighted input: the edge carries the weight
                (param,) = params
                src = term / param
                edges.append(GraphEdge(str(src) if src != 1 else "one", str(node), Latex(sp.latex(param)), at(param),
                                       str(param), at(adjoint[param]), _number(given[param]), _number(updated[param])))
            else:       # an operation: ReLU, or the loss
                for u in term.free_symbols - {y}:
                    edges.append(GraphEdge(str(u), str(node), Latex(r"\mathrm{ReLU}" if isinstance(phi, ReLU)
                                                                    else r"\tfrac12(\hat y - y)^2"),
                                           at(sp.diff(phi, u))))
    return Graph(nodes, tuple(edges))
