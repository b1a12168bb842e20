"""The per-worker caches of the hand checker's text work give what the uncached functions give.

A class repeats lines and sides of steps in every file, so a worker tokenizes a line of math and
converts a side to Unicode once; the cached result must be indistinguishable from a fresh one
(at any offset in the file, with errors at the right place)."""
import pytest

from verify.tex import readable as readable_module
from verify.tex import tokens
from verify.tex.readable import readable
from verify.tex.tokens import LatexError, tokenize

LINES = [r"(a + 3)^2 = a^2 + 6a + 9", r"h_{1} &= \sigma(0.5) = \frac{1}{1 + e^{-0.5}} = 0.6225",
         r"\frac{d}{dx} x^{4} = 4 x^{3}", r"\sqrt[3]{x} \cdot \begin{pmatrix} 1 & 2 \end{pmatrix}", "f'' = 2"]


def _fresh(text, offset):
    return tokens._shifted(tokens._tokens_at_zero.__wrapped__(text), offset) if offset else \
        tokens._tokens_at_zero.__wrapped__(text)


@pytest.mark.parametrize("line", LINES)
def test_a_cached_line_has_the_tokens_of_a_fresh_one_at_any_offset(line):
    for offset in (0, 17, 4000, 17):
        got = tokenize(line, offset)
        assert got == _fresh(line, offset)
        assert got[0].pos == offset + len(line) - len(line.lstrip())     # absolute, not the cached offsets


def test_shifting_moves_every_nested_token():
    toks = tokenize(r"\frac{1}{2 + \sqrt{x}}", 100)
    positions = []

    def walk(ts):
        for t in ts:
            positions.append(t.pos)
            for a in t.args:
                walk(a or ())
            walk(t.body)
    walk(toks)
    assert min(positions) == 100 and len(positions) > 5
    walk(tokenize(r"\frac{1}{2 + \sqrt{x}}", 0))      # the same line elsewhere: every token 100 earlier
    assert positions[len(positions) // 2:] == [p - 100 for p in positions[:len(positions) // 2]]


def test_an_error_is_placed_at_its_offset_every_time():
    bad = r"x = \frac{1}{"
    places = []
    for offset in (0, 50, 50):
        with pytest.raises(LatexError) as caught:
            tokenize(bad, offset)
        places.append(caught.value.offset)
    assert places[1] == places[2] == places[0] + 50
    with pytest.raises(LatexError) as caught:
        tokenize("{" * (tokens.MAX_DEPTH + 1) + "}" * (tokens.MAX_DEPTH + 1), 9)
    assert caught.value.offset == 9


def _whole(lhs, rel, rhs):
    """readable as it was: the step converted in one piece."""
    import re
    shown = readable_module._REL.get(rel) or ("\\" + rel if rel.isalpha() else rel)
    text = f"{lhs} {shown} {rhs}" if rhs else lhs
    out = readable_module._part(text)
    if out is None:
        return text
    out = re.sub(r"\s*([×·⊙=≈<>≤≥≠≡∼∈∉→∝≪≫])\s*", r" \1 ", out)
    return " ".join(out.split())


@pytest.mark.parametrize("step", [
    (r"\sigma(0.5)", "=", r"\frac{1}{1 + e^{-0.5}}"), (r"\frac{d}{dx} x^{4}", "=", r"4 x^{3}"),
    (r"p(\theta \mid y)", "propto", r"\theta^{y} (1-\theta)^{N-y}"), (r"\binom{5}{2}", "=", "10"),
    (r"\mathbb{E}[X]", "approx", "0.3"), ("x", "<=", r"\sqrt{2}"), (r"\alpha", "in", r"\mathbb{R}"),
    (r"\text{mean}", "=", r"\tfrac{1}{n}\sum_i x_i"), ("a + b", "", ""),
])
def test_a_step_reads_as_it_did_converted_in_one_piece(step):
    assert readable(*step) == _whole(*step)


def test_a_side_cut_short_does_not_swallow_the_relation():
    # (the chains never cut a side inside braces; if one were, the relation stays between the sides)
    assert readable(r"\frac{1}{", "=", "2").endswith(" = 2")
