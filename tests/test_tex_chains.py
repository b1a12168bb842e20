"""Chain splitting: layout dropped, continuation lines, separators, malformed lines isolated."""
from verify.tex.chains import Chain, ChainError, chains_of
from verify.tex.extract import MathRegion


def chains(text):
    return list(chains_of(MathRegion(text, 0, True)))


def shape(text):
    return [([s.text for s in c.segments], [r for r, _ in c.rels]) if isinstance(c, Chain) else "error"
            for c in chains(text)]


def test_align_rows_starting_with_a_relation_continue_the_chain():
    assert shape(r"z &= a + b \\ &= 1 + 2 \\ &\approx 3.") == [(["z", "a + b", "1 + 2", "3"], ["=", "=", "approx"])]


def test_rows_that_do_not_start_with_a_relation_are_new_chains():
    assert shape(r"a &= 1 \\ b &= 2") == [(["a", "1"], ["="]), (["b", "2"], ["="])]


def test_layout_is_dropped():
    got = shape(r"2)\ \underline{x} = \boxed{1 + 1} \tag{3}\label{eq:x}\nonumber,")
    assert got == [(["x", "1 + 1"], ["="])]


def test_prose_and_commas_separate_chains_on_one_line():
    got = shape(r"x = 1, \quad y = 2 \text{ hence } z = 3 \Rightarrow w = 4")
    assert [c[0] for c in got] == [["x", "1"], ["y", "2"], ["z", "3"], ["w", "4"]]


def test_commas_inside_brackets_do_not_split():
    assert shape(r"\max(0, x) = x")[0][0] == ["\\max(0, x)", "x"]


def test_line_break_inside_a_matrix_is_not_a_row():
    assert shape(r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}")[0][1] == ["="]


def test_a_line_ending_on_an_operator_joins_the_next():
    ((segments, rels),) = shape(r"a = 1 + \\ 2")
    assert rels == ["="] and segments[0] == "a" and segments[1].endswith("2")


def test_malformed_line_is_an_error_and_the_rest_is_kept():
    got = chains(r"a = \frac{1}{2}} \\ b = 2")
    assert isinstance(got[0], ChainError) and "malformed" in got[0].message
    assert isinstance(got[1], Chain)


def test_aligned_inside_a_display_is_layout():
    got = shape(r"\begin{aligned} a &= 1 + 1 \\ &= 2 \end{aligned}")
    assert got == [(["a", "1 + 1", "2"], ["=", "="])]


def test_a_relation_within_reach_of_an_unmatched_bracket_is_an_error_not_a_step():
    got = chains(r"y = (a + b)(a - b = c, \quad [0, 1) = d")
    errors = [c for c in got if isinstance(c, ChainError)]
    assert len(errors) == 1 and errors[0].offset == 18 and "never closed" in errors[0].message
    assert [[r for r, _ in c.rels] for c in got if isinstance(c, Chain)] == [["="], ["="]]


def test_every_chain_has_one_more_segment_than_relations():
    # Random rows of relations, brackets and layout; `a = \\ = b` once lost a segment.
    import random
    rng = random.Random(3)
    pieces = ["a", "1", "+", "=", "&=", "<", "\\leq", "(", ")", "]", "\\\\", "&", "\\text{ so }", ",", "\\right)",
              "\\nonumber", "2)", "\\propto"]
    for _ in range(800):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 14)))
        for c in chains(text):
            assert isinstance(c, ChainError) or len(c.segments) == len(c.rels) + 1, text
