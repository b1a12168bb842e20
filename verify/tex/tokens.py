"""pylatexenc node tree -> flat tokens with absolute offsets.

LatexWalker runs strict (tolerant_parsing=False): its tolerant mode silently
closes braces, which would turn a typo into a different formula.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pylatexenc import latexwalker as lw

from verify.tex.package_macros import rewrite

MAX_DEPTH = 60          # brace/environment nesting accepted before giving up
MAX_CHARS = 4000        # per line of math

_CONTEXT = lw.get_default_latex_context_db()   # built once: building it costs more than parsing a line
UNICODE_OPERATORS = {"−": "-", "×": "*", "·": "*", "∗": "*"}   # pasted from a PDF or a word processor
_CHAR_TOKEN = re.compile(r"\d+(?:\.\d+)?|\.\d+|\s+|.", re.S)


@dataclass(frozen=True)
class Tok:
    kind: str               # num | char | macro | group | env | special
    value: str              # digits, the character, macro/env name, special chars
    pos: int                # absolute offset in the file
    end: int
    args: tuple = ()        # macro: tuple of token tuples (None for an absent optional arg)
    body: tuple = ()        # group/env: tokens inside
    delims: str = ""        # group: the opening delimiter
    spaced: bool = False    # an explicit space (`\,`, `\;`, `\ `) stood before it: `\cos a\,\varepsilon` ends cos's argument


class LatexError(Exception):
    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


def _nesting(text: str) -> int:
    depth = deepest = 0
    for m in re.finditer(r"\\[{}]|[{}]|\\begin\b|\\end\b", text):
        s = m.group(0)
        if s in ("{", "\\begin"):
            depth += 1
            deepest = max(deepest, depth)
        elif s in ("}", "\\end"):
            depth -= 1
    return deepest


def tokenize(text: str, offset: int, icomma: bool = False, own: frozenset = frozenset()) -> tuple[Tok, ...]:
    """Tokens of one line of math; raises LatexError with an absolute offset. `icomma`: the file loads icomma
    (or ziffer, decimalcomma), so a comma between digits with no space is a decimal comma (`12,25`). `own`: the
    macros the file defines itself (not read as a package's)."""
    if len(text) > MAX_CHARS:
        raise LatexError(f"line of math longer than {MAX_CHARS} characters", offset)
    try:
        toks = _tokens_at_zero(text, icomma, own)
    except LatexError as exc:
        raise LatexError(str(exc), offset + exc.offset) from None
    return _shifted(toks, offset) if offset else toks


# A class repeats lines (the same algebra in every file): a worker tokenizes each text once. The tokens
# depend on the text alone, their offsets shift with it. Errors are not kept (lru_cache keeps no exception).
TOKENIZED_LINES = 1024


@functools.lru_cache(maxsize=TOKENIZED_LINES)
def _tokens_at_zero(text: str, icomma: bool = False, own: frozenset = frozenset()) -> tuple[Tok, ...]:
    if _nesting(text) > MAX_DEPTH:
        raise LatexError(f"braces nested deeper than {MAX_DEPTH}", 0)
    walker = lw.LatexWalker(text, latex_context=_CONTEXT, tolerant_parsing=False)
    try:
        nodes, _, _ = walker.get_latex_nodes(parsing_state=walker.make_parsing_state(in_math_mode=True))
    except lw.LatexWalkerParseError as exc:
        pos = exc.pos if exc.pos is not None else 0
        msg = str(exc).split("\n", 1)[0].split(" @(")[0]
        raise LatexError(f"malformed LaTeX: {msg}", pos) from None
    except RecursionError:
        raise LatexError("malformed LaTeX: nesting too deep", 0) from None
    return _written_forms(tuple(_flatten(nodes, 0)), icomma, own)


def _over_as_frac(t: Tok) -> Tok:
    """`{a \\over b}` (TeX's own fraction, as IEEE and older papers write it) is `\\frac{a}{b}`."""
    if t.kind != "group" or t.delims != "{":
        return t
    overs = [i for i, u in enumerate(t.body) if u.kind == "macro" and u.value == "over"]
    if len(overs) != 1 or overs[0] in (0, len(t.body) - 1):
        return t
    k = overs[0]
    num, den = t.body[:k], t.body[k + 1:]
    part = lambda body: (Tok("group", "{}", body[0].pos, body[-1].end, body=body, delims="{"),)  # noqa: E731
    return Tok("macro", "frac", t.pos, t.end, args=(part(num), part(den)))


def _is_comma_group(t: Tok) -> bool:
    return t.kind == "group" and t.delims == "{" and len(t.body) == 1 and t.body[0].value == ","


def _written_forms(toks: tuple, icomma: bool = False, own: frozenset = frozenset()) -> tuple:
    """Two ways of writing the same token, made one, in every group and argument: a decimal comma, `0{,}25`
    is 0.25 (the braces are how LaTeX typesets one; a bare `0,25` stays a list) -- but `5{,}050`, three digits
    after a non-zero whole part, is also how English writes 5050, and stays `5,050` for the parser's two readings -- TeX's own fraction, `{a \\over b}` is `\\frac{a}{b}`, and the macros of common
    packages (siunitx \\num, physics \\dv, …) are what they stand for (package_macros), unless the file defines
    the macro itself (`own`: `\\newcommand{\\dv}[1]{\\dot v_{#1}}` is the file's, expanded by the parser)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (icomma and t.kind == "num" and t.value.isdigit() and i + 2 < len(toks) and toks[i + 1].value == ","
                and toks[i + 1].kind == "char" and toks[i + 2].kind == "num" and toks[i + 2].value.isdigit()
                and toks[i + 1].pos == t.end and toks[i + 2].pos == toks[i + 1].end):
            out.append(Tok("num", f"{t.value}.{toks[i + 2].value}", t.pos, toks[i + 2].end))     # icomma: 12,25
            i += 3
            continue
        if (t.kind == "num" and "." not in t.value and i + 2 < len(toks) and _is_comma_group(toks[i + 1])
                and toks[i + 2].kind == "num" and toks[i + 2].value.isdigit()
                and toks[i + 1].pos == t.end and toks[i + 2].pos == toks[i + 1].end):
            after = toks[i + 2].value       # `5{,}050`: a decimal comma, or an English thousands separator?
            mark = "," if len(after) == 3 and t.value != "0" else "."       # (parse.number reads both)
            out.append(Tok("num", f"{t.value}{mark}{after}", t.pos, toks[i + 2].end))
            i += 3
            continue
        package = rewrite(toks, i, Tok) if t.value not in own else None    # \num{…}, \dv{f}{x}: package_macros
        if package is not None:
            out.extend(_written_forms(package[0], icomma, own))
            i = package[1]
            continue
        if t.body:
            t = Tok(t.kind, t.value, t.pos, t.end, t.args, _written_forms(t.body, icomma, own), t.delims)
            t = _over_as_frac(t)
        if t.args:
            t = Tok(t.kind, t.value, t.pos, t.end, tuple(None if a is None else _written_forms(a, icomma, own)
                                                         for a in t.args),
                    t.body, t.delims)
        out.append(t)
        i += 1
    return tuple(out)


def _shifted(toks: tuple, by: int) -> tuple:
    return tuple(Tok(t.kind, t.value, t.pos + by, t.end + by,
                     tuple(None if a is None else _shifted(a, by) for a in t.args) if t.args else (),
                     _shifted(t.body, by) if t.body else (), t.delims) for t in toks)


def _flatten(nodes, offset):
    for node in nodes:
        if node is None:
            continue
        start = offset + node.pos
        if isinstance(node, lw.LatexCharsNode):
            for m in _CHAR_TOKEN.finditer(node.chars):
                s = UNICODE_OPERATORS.get(m.group(0), m.group(0))
                if s.isspace():
                    continue
                kind = "num" if s[0].isdigit() or (s[0] == "." and len(s) > 1) else "char"
                yield Tok(kind, s, start + m.start(), start + m.end())
        elif isinstance(node, lw.LatexMacroNode):
            args = ()
            if node.nodeargd is not None and node.nodeargd.argnlist:
                args = tuple(None if a is None else tuple(_flatten([a], offset)) for a in node.nodeargd.argnlist)
            yield Tok("macro", node.macroname, start, start + node.len, args=args)
        elif isinstance(node, lw.LatexGroupNode):
            yield Tok("group", "{}", start, start + node.len, body=tuple(_flatten(node.nodelist, offset)),
                      delims=node.delimiters[0])
        elif isinstance(node, lw.LatexEnvironmentNode):
            yield Tok("env", node.environmentname, start, start + node.len, body=tuple(_flatten(node.nodelist, offset)))
        elif isinstance(node, lw.LatexSpecialsNode) and set(node.specials_chars) == {"'"}:
            for k in range(len(node.specials_chars)):          # f'' is two primes, not a closing quote
                yield Tok("char", "'", start + k, start + k + 1)
        elif isinstance(node, lw.LatexSpecialsNode):
            yield Tok("special", node.specials_chars, start, start + node.len)
        elif isinstance(node, lw.LatexCommentNode):
            continue
        elif isinstance(node, lw.LatexMathNode):
            yield from _flatten(node.nodelist, offset)
        else:
            raise LatexError(f"unsupported LaTeX node {type(node).__name__}", start)


def all_tokens(toks):
    """Every token, depth first: the tokens inside groups, environments and macro arguments too."""
    for t in toks:
        yield t
        yield from all_tokens(t.body or ())
        for arg in t.args or ():
            yield from all_tokens(arg or ())
