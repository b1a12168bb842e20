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


def test_d_over_d_inline_is_a_derivative_not_a_quotient_of_products():
    # dy/dx read as (d·y)/(d·x) = y/x made `dy/dx = x^2` (with y = x^3) right in one of its readings
    assert last("Let $y = x^3$. Then $dy/dx = 3x^2$.") == OK
    assert last("Let $y = x^3$. Then $dy/dx = x^2$.") == WRONG
    assert last("So if $t = \\tanh x$ then $dt/dx = 1 - t^2$.") == OK
    assert last("Let $L = w^2 b$. $dL/db = w^2$ and $d^2L/dw^2 = 2b$") == OK
    # d with a value of its own: two readings, told apart only when they agree
    assert last("Let $d = 3$ and $y = x^3$. $dy/dx = 3x^2$") == UNVERIFIED
