"""The printers write what a course writes, and the REPL behaves like a numbered sequence."""
import re
import unicodedata

import pytest
import sympy as sp
from sympy import Derivative, Function, MatrixSymbol, OneMatrix, Symbol
from sympy.stats.crv_types import BetaDistribution

import derivations
from derivations.matrices import elementwise
from derivations.printing import step_latex, step_text
from derivations.prose import Prose
from derivations.sigmoid_mlp import sigma

K, N = sp.symbols("K N", integer=True, positive=True)
a2, z = Symbol("a_2", real=True), Symbol("z", real=True)
L = Function("L")


@pytest.mark.parametrize("expr, latex, text", [
    # through a composition, L′ would mean dL/dŷ: the derivative is ∂L/∂a₂
    (Derivative(L(sigma(a2)), a2), r"\frac{\partial L}{\partial a_{2}}", "∂L/∂a₂"),
    (Derivative(L(a2), a2), r"L'(a_{2})", "L′(a₂)"),
    (sp.Heaviside(z, 0), r"\mathbb{1}[z > 0]", "𝟙[z > 0]"),
    (sp.Heaviside(z), r"H(z)", "H(z)"),
    (elementwise(sigma, MatrixSymbol("A_1", K, N)), r"\sigma(A_{1})", "σ(A₁)"),
    (sp.DiagMatrix(MatrixSymbol("yhat", K, 1)), r"\operatorname{diag}(\hat{y})", "diag(ŷ)"),
    (OneMatrix(1, N), r"\mathbb{1}^{\top}", "𝟙ᵀ"),
    (Symbol("W2_1"), "W_{2,1}", "W₂,₁"),
    (Symbol("theta_hat"), r"\hat{\theta}", "θ̂"),
    (Symbol("dL_dW_1"), r"\frac{\partial L}{\partial W_{1}}", "∂L/∂W₁"),
    (Symbol("Eprime"), "E'", "E′"),
    # a function of this project's (σ, ReLU) is differentiated as f′(x); σ(1 − σ), the bracket after σ
    (Derivative(sigma(z), z), r"\sigma'(z)", "σ′(z)"),
    (sigma(z) * (1 - sigma(z)), r"\sigma(z) \left(1 - \sigma(z)\right)", "σ(z)(1 - σ(z))"),
    (Derivative(sp.tanh(z), z), r"\frac{d}{d z} \tanh(z)", None),
    (sp.Rational(287, 6250), "-0.04592".lstrip("-"), "0.04592"),
    (sp.Rational(1, 3000), r"0.0003333333\ldots", "0.0003333333…"),
])
def test_printers_write_course_notation(expr, latex, text):
    assert step_latex(expr) == latex
    assert text is None or unicodedata.normalize("NFC", step_text(expr)) == text


def test_softmax_division_and_exact_rationals_on_request():
    E = MatrixSymbol("E", K, N)
    softmax = sp.HadamardProduct(E, sp.HadamardPower(OneMatrix(K, K) * E, -1))
    assert step_latex(softmax) == r"E \oslash \left(\mathbb{1}\mathbb{1}^{\top} E\right)"
    assert step_latex(sp.Rational(1, 3000), decimals=None) == r"\frac{1}{3000}"


def test_prose_math_is_typeset_only_when_plain():
    assert Prose(r"so $\sigma' = \sigma(1 - \sigma)$").spans() == [(False, "so "), (True, r"\sigma' = \sigma(1 - \sigma)")]
    for unsafe in (r"$\input{/etc/passwd}$", r"$x$ and $\def\a{b}$", "odd $x", r"$\write18{ls}$", "$a}$"):
        assert Prose(unsafe).spans() == [(False, unsafe)]


def test_steps_are_a_sequence_numbered_from_one():
    d = derivations.get("tanh")
    assert d[1] is d.steps[0] and d[len(d)] is d[-1] is d.steps[-1] and d[-len(d)] is d[1]
    for wrong in (0, len(d) + 1, -len(d) - 1, "1", True):
        with pytest.raises(IndexError):
            d[wrong]
    # slices take step numbers too, the end left out as in Python
    assert [s.number for s in d[2:5]] == [2, 3, 4] and [s.number for s in d[-2:]] == [len(d) - 1, len(d)]
    assert d[:] == tuple(d.steps) and d[1:len(d) + 1] == tuple(d.steps)
    with pytest.raises(IndexError):
        d[0:2]                                  # step 0 does not exist: not silently Python's position 0


def test_rich_display_shows_justifications_and_verdicts():
    d = derivations.get("tanh")
    latex = d._repr_latex_()
    assert r"\text{tanh in exponentials}" in latex and r"\text{(13)}" in latex
    html = d._repr_html_()
    assert "<table>" in html and "tanh in exponentials" in html and "(13)" in html and r"\tanh" in html
    report = d.check(gradients=False, numeric=False)
    assert "proved" in report._repr_latex_()
    html = report._repr_html_()
    assert "<table>" in html and "tanh in exponentials" in html and "proved" in html


def test_beta_binomial_names_are_plain_and_the_posterior_is_a_beta():
    b = derivations.get("beta_binomial")
    assert str(b[3].expr) == "Eq(theta_hat, y/N)"
    posterior = b.results["posterior"]
    assert isinstance(posterior, BetaDistribution)          # SymPy's: pdf, mean, variance work
    assert str(posterior) == repr(posterior) == "Beta(alpha + y, N + beta - y)"   # a plain REPL shows Beta(…)
    assert step_text(posterior).startswith("Beta(")
    assert step_latex(b.result_label("posterior")) == r"p(\theta \mid y)"


def test_shared_bias_results_print_without_raw_derivatives():
    results = derivations.get("shared_bias").results
    shown = repr(results)
    assert "Derivative(" not in shown
    # δ₁ as the chain rule gives it, in δ₂ (named), not with δ₂ written out
    assert {s.name for s in results["delta1"].free_symbols} >= {"delta_21", "delta_22"}
    assert "δ₂,₁" in shown
    assert "g₁′(a₂,₁)" in shown and "∂ℓ/∂ŷ₁" in unicodedata.normalize("NFC", shown)


@pytest.mark.parametrize("name, result, shown", [
    ("shared_bias", "delta1", "g′(a₁,₁)"),            # an explicit matrix of chain-rule terms
    ("input_gradient", "Delta_1", "∘g′(Z₁)"),         # a matrix expression: g′ applied elementwise
])
def test_a_result_typed_at_the_prompt_echoes_in_course_notation(name, result, shown):
    import pickle
    results = derivations.get(name).results
    value, plain = results[result], results._values[result]
    for echoed in (repr(value), str(value)):          # what a plain REPL and print() show
        assert shown in echoed and not re.search(r"Derivative\(|Lambda\(|_d\b", echoed), echoed
    assert value == plain and plain == value and hash(value) == hash(sp.ImmutableMatrix(plain) if
                                                                       isinstance(plain, sp.MatrixBase) else plain)
    assert pickle.loads(pickle.dumps(value)) == plain
    assert "Derivative" not in value._repr_latex_()


def test_every_derivation_names_the_course_result_it_reproduces():
    for name in derivations.names():
        d = derivations.get(name)
        assert d.reproduces, name
        assert all(not is_math or "$" not in part for is_math, part in Prose(d.reproduces).spans())
        assert "Course result: " in repr(d)


def test_shared_bias_writes_sigma_prime_as_a_student_does():
    d = derivations.get("shared_bias")
    (step,) = [s for s in d.steps if "in terms of" in s.rule]
    assert step_latex(step.expr) == r"\sigma'(s) = \sigma(s) \left(1 - \sigma(s)\right)"
    assert step_text(step.expr) == "σ′(s) = σ(s)(1 - σ(s))"
    assert d.prove_step(step).status.passes        # proved from σ's definition, not from SymPy's fdiff of it
    broken = sp.Eq(step.lhs, sigma(Symbol("s", real=True)) ** 2, evaluate=False)
    assert not d.prove_step(type(step)(step.number, broken, step.rule)).status.passes


@pytest.mark.parametrize("expr, latex, text", [
    (sp.Symbol("alpha") - 1, r"\alpha - 1", "α - 1"),                  # not −1 + α
    (sp.exp(Symbol("x")) - sp.exp(-Symbol("x")), r"e^{x} - e^{- x}", None),
    (Symbol("yhat") - Symbol("y"), r"\hat{y} - y", "ŷ - y"),              # already right: left as it is
    (-Symbol("y") - Symbol("N"), r"- N - y", "-N - y"),                   # no positive term: left as it is
    (-MatrixSymbol("Y", K, N) + MatrixSymbol("Yhat", K, N), r"\hat{Y} - Y", "Ŷ - Y"),   # matrices too
])
def test_a_sum_starts_with_a_term_without_minus_sign(expr, latex, text):
    assert step_latex(expr) == latex
    assert text is None or unicodedata.normalize("NFC", step_text(expr)) == text


def test_no_fraction_inside_a_fraction_where_one_fraction_reads_better():
    b = derivations.get("beta_binomial")
    (divide,) = [s for s in b.steps if s.rule.startswith("divide by the")]
    numerator = step_latex(divide.expr.lhs).split(r"\frac", 1)[1]
    assert r"\frac" not in numerator                         # B·(…)/kernel, not (…)/(kernel/B)
    minus_sum = sp.Mul(-1, Symbol("y") / Symbol("t") ** 2 + Symbol("N"), evaluate=False)
    assert step_latex(minus_sum).startswith(r"- \left(")    # brackets sized to the fractions inside


theta, x = Symbol("theta"), Symbol("x")


@pytest.mark.parametrize("expr, latex", [
    # SymPy's f{\left(x \right)} sets the bracket off from the name by a thin space: tanh (x)
    (sp.tanh(x), r"\tanh(x)"),
    (sp.tanh(x) ** 2, r"\tanh^{2}(x)"),
    (sp.log(1 - theta), r"\ln(1 - \theta)"),
    (Function("ell")(x, theta), r"\ell(x, \theta)"),
    (sp.Max(0, x), r"\max(0, x)"),
    (sp.tanh(sp.tanh(x)), r"\tanh(\tanh(x))"),
    # tall content keeps brackets sized to it, without the gap
    (sp.tanh(x / 2), r"\tanh\mathopen{}\left(\frac{x}{2}\right)"),
])
def test_a_function_is_applied_without_a_gap(expr, latex):
    assert step_latex(expr) == latex
    assert r"{\left(" not in step_latex(expr)


def test_partial_derivatives_inside_a_matrix_are_written_inline():
    column = sp.Matrix([Symbol("dL_db_1"), Derivative(Function("ell")(x, theta), x)])
    assert step_latex(column) == r"\left(\begin{matrix}\partial L/\partial b_{1}\\\partial \ell/\partial x\end{matrix}\right)"
    assert step_latex(Symbol("dL_db_1")) == r"\frac{\partial L}{\partial b_{1}}"      # outside a matrix: a fraction
    assert step_latex(column[0] * column[1]).count(r"\frac") == 2                  # and the state is restored
    g = Function("g")(x)       # a factor of a product: bracketed, not ∂ℓ/∂x g(x) (a \dfrac ran into the next row)
    assert step_latex(sp.Matrix([[g * column[1], 1]])) == \
        r"\left(\begin{matrix}(\partial \ell/\partial x) g(x) & 1\end{matrix}\right)"


ON_UNIT_INTERVAL = {"positive": frozenset({1 - theta})}      # positive_on({θ: (0, 1)})


@pytest.mark.parametrize("expr, latex, settings", [
    ((theta - 1) ** 2, r"\left(1 - \theta\right)^{2}", ON_UNIT_INTERVAL),       # as in (1 − θ)^{β−1}
    ((Symbol("N") - Symbol("y")) / (theta - 1) ** 2, r"\frac{N - y}{\left(1 - \theta\right)^{2}}", ON_UNIT_INTERVAL),
    ((theta - 1) ** 2, r"\left(\theta - 1\right)^{2}", {}),                     # no domain: as SymPy orders it
    ((theta - 1) ** 3, r"\left(\theta - 1\right)^{3}", ON_UNIT_INTERVAL),       # odd: the sign is the value's
    ((Symbol("alpha") - 1) ** 2, r"\left(\alpha - 1\right)^{2}", ON_UNIT_INTERVAL),   # the prior mode's α − 1
    ((-Symbol("alpha") - Symbol("beta") + 2) ** 2, r"\left(\alpha + \beta - 2\right)^{2}", {}),   # fewer minus signs
    ((x - Symbol("y")) ** 2, r"\left(x - y\right)^{2}", {}),
])
def test_an_even_power_of_a_sum_takes_the_sign_a_course_writes(expr, latex, settings):
    assert step_latex(expr, **settings) == latex


def test_a_derivation_prints_with_its_domain():
    from derivations import checked
    from derivations.printing_rules import positive_on
    assert positive_on({theta: (0, 1), x: (0, sp.oo)}) == {1 - theta}
    b = derivations.get("beta_binomial")
    (second,) = [s for s in b.steps if s.rule == "second derivative"]
    assert r"\left(1 - \theta\right)^{2}" in step_latex(second.expr, **b.print_settings)
    assert r"\theta - 1" not in checked.check(b).steps[second.number - 1].latex


def test_a_limit_of_one_fraction_has_no_brackets_round_it():
    n = Symbol("N", positive=True)
    assert step_latex(sp.Limit((x + n) / (1 + n), n, sp.oo)) == r"\lim_{N \to \infty} \frac{x + N}{1 + N}"
    assert step_latex(sp.Limit((x + n) / (1 + n) - 1, n, sp.oo)).endswith(r"- 1\right)")   # a sum keeps them


def test_elementwise_product_transpose_and_a_one_by_one_matrix_as_the_course_writes_them():
    W, Z = MatrixSymbol("W_2", K, K), MatrixSymbol("Z_1", K, N)
    assert step_latex(sp.HadamardProduct(W.T * Z, Z)) == r"\left(W_{2}^{\top} Z_{1}\right) \odot Z_{1}"   # ⊙ as in the rules
    assert step_latex(Z * Z.T) == r"Z_{1} Z_{1}^{\top}"                                 # ᵀ as in 𝟙ᵀ
    assert step_latex(sp.Matrix([[Symbol("yhat") - Symbol("y")]])) == r"\hat{y} - y"     # not (ŷ − y)
    assert step_latex(sp.Matrix([1, 2])).startswith(r"\left(\begin{matrix}")


@pytest.mark.parametrize("matrix, latex", [
    # data given as decimals stay decimals; one decimal entry makes its neighbours decimals (not 0.765 beside 13/25)
    (sp.Matrix([[sp.Rational(7, 10), sp.Rational(1, 2), 1]]), r"\left(\begin{matrix}0.7 & 0.5 & 1\end{matrix}\right)"),
    (sp.Matrix([sp.Rational(153, 200), sp.Rational(13, 25)]), r"\left(\begin{matrix}0.765\\0.52\end{matrix}\right)"),
    # a fraction without a finite decimal, or a symbol beside it: fractions, as before
    (sp.Matrix([sp.Rational(1, 2), sp.Rational(1, 3)]), r"\left(\begin{matrix}\frac{1}{2}\\\frac{1}{3}\end{matrix}\right)"),
    (sp.Matrix([sp.pi / 6, 1]), r"\left(\begin{matrix}\frac{\pi}{6}\\1\end{matrix}\right)"),
])
def test_a_matrix_of_numbers_does_not_mix_fractions_and_decimals(matrix, latex):
    assert step_latex(matrix) == latex
    assert r"\frac" in step_latex(sp.Matrix([sp.Rational(1, 2), sp.Rational(1, 4)]), decimals=None)   # exact on request


def test_a_word_subscript_is_upright_an_index_is_not():
    assert step_latex(Symbol("E_plain")) == r"E_{\mathrm{plain}}"            # a label, not E_{p l a i n}
    assert step_latex(Derivative(Symbol("E_plain"), Symbol("w_1"))) == r"\frac{\partial E_{\mathrm{plain}}}{\partial w_{1}}"
    assert step_latex(Symbol("theta_0")) == r"\theta_{0}" and step_latex(Symbol("theta_alpha")) == r"\theta_{\alpha}"


@pytest.mark.parametrize("latex, text", [
    (r"y \mid \theta \sim \mathrm{Bin}(N, \theta)", "y | θ ∼ Bin(N, θ)"),   # relations spaced as a course sets them
    (r"N \to \infty", "N → ∞"),
    (r"\eta = 0.03", "η = 0.03"),
    (r"e^{-a}", "e⁻ᵃ"),                                   # a script a terminal can raise
    (r"\sum_k e^{z_k}", "∑ₖ e^(zₖ)"),                    # one it cannot: grouped, not run on
    (r"W_1 \in \mathbb{R}^{H_1 \times M}", "W₁ ∈ ℝ^(H₁ × M)"),
    (r"\theta_{\mathrm{MAP}}", "θ_MAP"),
    (r"w'' = w - 2\eta", "w′′ = w - 2η"),
    (r"\log \binom{N}{y}", "log(N choose y)"),
    (r"(U^\top \delta_2) \odot g'(a_1)", "(Uᵀ δ₂) ⊙ g′(a₁)"),
])
def test_prose_reads_in_a_terminal_as_the_course_writes_it(latex, text):
    assert Prose(f"${latex}$").text() == text


def test_problem_statements_read_without_latex_scripts_in_a_terminal():
    for name in derivations.names():
        d = derivations.get(name)
        shown = [Prose(d.statement).text(), Prose(d.reproduces).text()]
        shown += [Prose(s.rule).text() for s in d.steps if isinstance(s.rule, Prose) or "$" in s.rule]
        for line in shown:
            assert not re.search(r"\^[A-Za-z0-9{\\]|_[a-z0-9{\\]|\\[A-Za-z]|[∼→∈=](?! )", line), (name, line)
