r"""What a name applied to labels, or a bracket with a subscript, stands for (rules of the parser, called with it):

- `Q(s_1, \go)`, `V^π(s_2)`, `α_2(\mathrm{R})`: one named value at state or action labels, never a product;
- `m_{\So}` with `\So` standing for `\mathrm{S}`: the label's text as the subscript;
- `(W_1)_{12}`, `(P^2)_{11}`, `(w_2)_j`: an entry of a written-out matrix, of the matrix the bracket works out, or a
  named entry.
"""
from __future__ import annotations

import dataclasses
import re

import sympy as sp

from verify.tex import templates
from verify.tex.build import FUNCTION_LOOKING, ParseError, _is, group_end, name_symbol
from verify.tex.names import plain_text

DENSITY_LOOKING = {"k", "K"}     # k(x_1, x_2): a kernel at points (its value there, read as before)
# `\newcommand{\go}{\textsf{go}}`, `\textsf{stay}`, `\mathrm{R}`: text standing for a label (a state, an action)
TEXT_STYLES = {"text", "textsf", "textrm", "textit", "texttt", "mathrm", "mathsf", "mathtt", "operatorname"}
TEXT_LABEL = re.compile(r"\\(?:" + "|".join(sorted(TEXT_STYLES)) + r")\s*\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}")
SPACES = {",", ";", ":", "!", " ", "quad", "qquad", "enspace", "thinspace"}


def label_macro(parser, script) -> str | None:
    r"""The text a macro of no arguments stands for (`\So` for `\mathrm{S}`), as a subscript; else None."""
    if len(script) == 1 and script[0].kind == "macro" and script[0].value in parser.ctx.macros and \
            parser.ctx.macros[script[0].value][0] == 0:
        found = TEXT_LABEL.fullmatch(parser.ctx.macros[script[0].value][1].strip())
        return found.group(1) if found else None
    return None


def value_at_labels(parser, name):
    r"""`Q(s_1, \go)`, `V^π(s_2)`, `α_2(\mathrm{R})`: a name with no value applied to labels -- names with a
    subscript that have no value (states s_1, s_2) or text (\textsf{go}, a macro standing for one) -- is one
    quantity, the value of an unwritten function at those labels (never a product: the labels are no numbers).
    None when the bracket holds anything else."""
    j, top = group_end(parser.toks, parser.i + 1)
    if j == len(parser.toks) or j == parser.i + 1:
        return None
    commas = [k for k in top if _is(parser.toks[k], "char", ",")]
    bounds = [parser.i] + commas + [j]
    items = [parser.toks[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    labels = []
    for item in items:
        item = [t for t in item if not (t.kind == "macro" and t.value in SPACES)]
        if len(item) == 1 and item[0].kind == "macro" and item[0].value in parser.ctx.macros:
            nargs, body = parser.ctx.macros[item[0].value]
            found = TEXT_LABEL.fullmatch(body.strip()) if nargs == 0 else None
            text = found.group(1) if found else None
        elif len(item) == 1 and item[0].kind == "macro" and item[0].value in TEXT_STYLES and item[0].args:
            arg = item[0].args[-1] or ()
            text = plain_text(arg[0].body if len(arg) == 1 and arg[0].kind == "group" else arg)
            text = text if text and text.isalpha() else None
        elif len(item) == 3 and item[0].kind == "char" and item[0].value.isalpha() and _is(item[1], "char", "_") \
                and name.split("_")[0].split("^")[0] not in FUNCTION_LOOKING | DENSITY_LOOKING:
            # (s_1 a state; not w_1 in f(w_1), nor x_1 when x or x_2 has a value: a point, the function there)
            letter = item[0].value
            text = letter + "_" + (plain_text(item[2].body if item[2].kind == "group" else (item[2],)) or "")
            text = text if not text.endswith("_") and not any(
                n == letter or n.startswith(letter + "_") for n in (*parser.ctx.values, *parser.ctx.matrices)) else None
        else:
            return None
        if not text:
            return None
        labels.append(text)
    parser.i = j + 1
    return sp.Symbol(f"{name}({', '.join(labels)})", real=True)


def entry_of_a_bracket(parser, t):
    r"""`(W_1)_{12}` with W_1 written out: the name W_1[1,2] (its entry (1, 2), updated by `(W_1)_{12} \gets …`);
    `(P^2)_{11}`: the entry of the matrix the bracket works out; `(w_2)_j`: the name w_2[j]. None when no
    subscript follows the bracket."""
    j, _ = group_end(parser.toks, parser.i)
    if j >= len(parser.toks) - 1 or not _is(parser.toks[j + 1], "char", "_"):
        return None
    inside = parser.toks[parser.i:j]
    saved = parser.ctx
    try:
        parser.ctx = dataclasses.replace(saved, matrices={})      # the name, not its value
        name = parser.sub(inside, "bracketed name")
    except ParseError:
        name = None
    finally:
        parser.ctx = saved
    value = parser.sub(inside, "bracketed matrix")
    parser.i = j + 2
    index = plain_text(parser.script(parser.toks[j + 1]))
    if not index:
        raise ParseError("a subscript after a bracket that is not a plain index", parser.toks[j + 1].pos)
    place = f"{index[0]},{index[1]}" if len(index) == 2 and index.isdigit() else index
    if isinstance(name, sp.Symbol) and not isinstance(name, sp.Dummy):
        return name_symbol(f"{name.name}[{place}]")
    if isinstance(value, sp.MatrixBase) and all(p.isdigit() for p in place.split(",")):
        entry = templates.component(f"M[{place}]", {"M": value})
        if entry is not None:
            return entry
    raise ParseError("a subscript after a bracket that is not a written-out matrix or a name", t.pos)


def family_member(name: str, ctx) -> bool:
    """`α_1` with `α_t(j)` a function the file defined (a letter for its subscript): a member of that family, so
    `α_1(j)` is an application."""
    base, underscore, sub = name.partition("_")
    return bool(underscore) and name not in ctx.functions and any(
        f.partition("_")[0] == base and f.partition("_")[2].isalpha() and f.partition("_")[2] != sub
        for f in ctx.functions)
