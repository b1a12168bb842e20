"""`\\partial L/\\partial b`: the derivative written inline, as in hand work and table cells, is read as
the fraction `\\frac{\\partial L}{\\partial b}` (it was "unsupported \\partial")."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def last(text):
    return check_text(text).steps[-1].verdict


def test_an_inline_derivative_is_checked():
    assert last("Let $L = \\frac12(\\hat y - y)^2$. $\\partial L/\\partial\\hat y = \\hat y - y$") == OK
    assert last("Let $L = \\frac12(b_2 - y)^2$. $\\partial L/\\partial b_2 = b_2 - y$") == OK
    assert last("Let $f = x^3$. $\\partial^2 f/\\partial x^2 = 6x$") == OK


def test_a_wrong_inline_derivative_is_caught():
    assert last("Let $L = \\frac12(b - y)^2$. $\\partial L/\\partial b = b + y$") == WRONG
    assert last("Let $f = x^3$. $\\partial^2 f/\\partial x^2 = 3x$") == WRONG


def test_a_partial_without_its_denominator_is_not_read():
    assert last("$\\partial L = 2$") == UNVERIFIED
