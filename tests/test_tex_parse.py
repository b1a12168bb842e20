"""Parser: LaTeX tokens to SymPy by constructors; ambiguity and size caps are errors, not guesses."""
import pytest
import sympy as sp

from verify.tex.build import Ambiguous, Context, ParseError, literal_value
from verify.tex.parse import parse
from verify.tex.tokens import tokenize

x = sp.Symbol("x", real=True)


def P(src, ctx=Context()):
    return parse(tokenize(src, 0), ctx).expr


def names(e):
    return sorted(s.name for s in e.free_symbols if not isinstance(s, sp.Dummy))


def test_decimal_literals_keep_their_written_text():
    e = P(r"0.0655 \times 0.765")
    assert sorted(d.name for d in e.atoms(sp.Dummy)) == ["0.0655", "0.765"]
    assert sp.Mul(*[literal_value(d) for d in e.atoms(sp.Dummy)]) == sp.Rational(655 * 765, 10 ** 7)


def test_ml_notation_names_are_case_preserving_indices():
    assert names(P(r"\hat{y} + W + w + z_1^h + W_1^{h,j} + \theta_{MAP}")) == \
        sorted(["ŷ", "W", "w", "z_1^h", "W_1^h,j", "θ_MAP"])


def test_powers_and_indices():
    assert P("x^2") == x ** 2
    assert P("x^23") == 3 * x ** 2          # TeX reads one character
    assert names(P("x_1^n")) == ["x_1^n"]    # an index on a subscripted name
    assert P("e^{x}") == sp.exp(x)


def test_implicit_products_and_calls():
    w9 = sp.Symbol("w_9", real=True)
    assert P("w_9(1)", Context(values=frozenset({"w_9"}))) == w9
    assert P("(0.4)(2)").atoms(sp.Dummy)
    f = Context(functions={"f": ((x,), sp.tanh(x))})
    assert P("f(2)", f) == sp.tanh(2)
    assert P("f'(x)", f) == sp.diff(sp.tanh(x), x)


@pytest.mark.parametrize("src", [r"f(x)", r"1/2 (x)", r"\sin 2x", r"2(a \pm b)"])   # (a ± b alone: a pair)
def test_two_readings_are_reported_not_chosen(src):
    with pytest.raises(ParseError) as err:
        P(src)
    assert isinstance(err.value, Ambiguous) or "two readings" in str(err.value)


def test_derivatives_and_functions():
    d = P(r"\frac{\partial L}{\partial b_2}")
    assert isinstance(d, sp.Derivative) and d.variables[0].name == "b_2"
    assert P(r"\frac{d}{dx} x^2").doit() == 2 * x
    assert P(r"\frac{d^2 y}{dx^2}", Context(values=frozenset({"y"}))).variable_count[0][1] == 2
    assert P(r"\sigma(x)") == 1 / (1 + sp.exp(-x))
    assert P(r"\log_2 8") == 3 and P(r"\ln x") == sp.log(x)
    assert P(r"\binom{5}{2}") == 10 and P(r"\sqrt[3]{8}") == 2


def test_matrices():
    m = P(r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^T \begin{pmatrix} 1 \\ 1 \end{pmatrix}")
    assert m == sp.ImmutableMatrix([[4], [6]])
    with pytest.raises(ParseError):
        P(r"\begin{pmatrix} 1 & 2 \end{pmatrix} \begin{pmatrix} 1 & 2 \end{pmatrix}")


@pytest.mark.parametrize("src", [r"9^{9^{9^{9}}}", r"(x+1)^{1000}", "1" * 100, r"100000!"])
def test_size_caps_refuse_instead_of_hanging(src):
    with pytest.raises(ParseError):
        P(src)


def test_unknown_macros_are_errors_with_offsets():
    with pytest.raises(ParseError) as err:
        P(r"x + \weird{y}")
    assert err.value.offset == 4


def test_total_derivative_of_an_undefined_y_has_two_readings():
    with pytest.raises(Ambiguous):
        P(r"\frac{d}{dx} y^2")
    assert P(r"\frac{\partial}{\partial x} y^2").doit() == 0     # partial: y is held constant
    assert P(r"\frac{d}{dx} y^2", Context(values=frozenset({"y"}))).variables[0].name == "x"
