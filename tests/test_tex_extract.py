"""Scanner: math regions, directives and comments, with offsets for file:line:column."""
from verify.tex.extract import Directive, LineIndex, MathRegion, ScanError, scan


def regions(text):
    return [e for e in scan(text) if isinstance(e, MathRegion)]


def test_every_math_delimiter_is_found():
    text = r"a $x=1$ b \(y=2\) \[z=3\] $$w=4$$ \begin{align*}u&=5\end{align*} \begin{equation}v=6\end{equation}"
    assert [r.text for r in regions(text)] == ["x=1", "y=2", "z=3", "w=4", "u&=5", "v=6"]


def test_offsets_point_into_the_file():
    text = "line one\n  $a = b$\n"
    (r,) = regions(text)
    assert text[r.offset:r.offset + len(r.text)] == "a = b"
    assert LineIndex(text)(r.offset) == (2, 4)


def test_comments_and_escaped_dollars_are_not_math():
    text = "costs \\$5 % and $x = 1$ in a comment\n$y = 2$"
    assert [r.text for r in regions(text)] == ["y = 2"]


def test_directives_in_order_with_arguments():
    text = "%! let f(x) = x^2\n$a=1$\n%! skip\n%! tol 1e-3\n% plain comment\n"
    events = scan(text)
    kinds = [(e.kind, e.arg) if isinstance(e, Directive) else "math" for e in events]
    assert kinds == [("let", "f(x) = x^2"), "math", ("skip", ""), ("tol", "1e-3")]


def test_comment_inside_math_is_blanked_but_directive_kept():
    text = "\\begin{align}\na &= 1 % note\n%! skip\n\\end{align}"
    events = scan(text)
    assert isinstance(events[0], Directive) and events[0].kind == "skip"
    assert "note" not in events[1].text and len(events[1].text) == len("\na &= 1 % note\n%! skip\n")


def test_unclosed_math_is_an_error_with_its_offset():
    text = "ok $a=1$ then $$ b = 2"
    events = scan(text)
    assert isinstance(events[-1], ScanError) and events[-1].offset == text.index("$$")


def test_what_may_sit_inside_a_display_does_not_end_it():
    text = "\\begin{align}\na &= 1 \\\\[2pt]\n  &= \\text{for $x$} \\\\\n\\end{align} \\verb|$| $b = 2$"
    assert [r.text.strip()[:6] for r in regions(text)] == ["a &= 1", "b = 2"]
    assert not [e for e in scan(text) if isinstance(e, ScanError)]


def test_an_unclosed_dollar_ends_at_the_blank_line():
    text = "a $x = 1\n\n$y = 2$ % note\n"
    events = scan(text)
    assert isinstance(events[0], ScanError) and events[0].offset == 2
    assert [r.text for r in regions(text)] == ["y = 2"]


def test_directives_inside_verbatim_are_text():
    assert scan("\\begin{verbatim}\n%! tol 1\n$\n\\end{verbatim}\n") == []


def test_a_macro_definition_is_not_math():
    text = "\\newcommand{\\half}{$\\tfrac12$} \\renewcommand*{\\m}[1]{\\[#1\\]} \\def\\x#1{$#1$} $y = 2$"
    assert [r.text for r in regions(text)] == ["y = 2"] and not [e for e in scan(text) if isinstance(e, ScanError)]
    assert [r.text for r in regions("\\newcommand{\\broken}{never closed $y = 2$")] == ["y = 2"]


def test_verbatim_forms_people_write():
    text = "\\lstinline[language=C]|a$b| \\lstinline{x$y} \\begin{comment}$\n\\end {comment} $c = 1$"
    assert [r.text for r in regions(text)] == ["c = 1"] and not [e for e in scan(text) if isinstance(e, ScanError)]


def test_inline_math_that_reads_as_prose_is_flagged():
    (error,) = [e for e in scan("The price is $5 and we have $2 + 2 = 5$.") if isinstance(e, ScanError)][:1]
    assert "reads as prose ('and we have')" in error.message and error.offset == 13
    assert not [e for e in scan(r"$x = 1 \text{ for all } y$, $\sin x \cos y$, $\operatorname{Var} X$")
                if isinstance(e, ScanError)]
