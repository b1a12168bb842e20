"""A step in readable Unicode (pylatexenc's latex2text does the work; a few macros are
spelled out so that the reading is unambiguous: fractions get parentheses)."""
from __future__ import annotations

import functools
import re

from pylatexenc import latexwalker
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from pylatexenc.macrospec import MacroSpec

# Control characters (ESC starts terminal escape sequences) and bidi overrides from the input.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")   # json.dumps escapes the rest
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
_REL = {"=": "=", "approx": "≈", "propto": "∝", "<": "<", ">": ">", "<=": "≤", ">=": "≥", "!=": "≠"}


def _wrap(text: str) -> str:
    text = text.strip()
    return text if re.fullmatch(r"[^\s+\-*/()×·]+", text) else f"({text})"


def _arg(node, l2tobj, k: int) -> str:
    args = node.nodeargd.argnlist if node.nodeargd else []
    return l2tobj.nodelist_to_text([args[k]]) if len(args) > k and args[k] is not None else "?"


def _frac(node, l2tobj):
    return f"{_wrap(_arg(node, l2tobj, 0))}/{_wrap(_arg(node, l2tobj, 1))}"


def _binom(node, l2tobj):
    return f"C({_arg(node, l2tobj, 0)}, {_arg(node, l2tobj, 1)})"


def _context():
    db = get_default_latex_context_db()
    specs = [MacroTextSpec(name, simplify_repl=_frac) for name in ("frac", "dfrac", "tfrac", "cfrac")]
    specs += [MacroTextSpec("binom", simplify_repl=_binom)]
    specs += [MacroTextSpec(fn, simplify_repl=fn + " ") for fn in ("ln", "log", "exp", "sin", "cos", "tan", "tanh")]
    db.add_context_category("derivkit", macros=specs, prepend=True)
    return db


def _walker_context():
    db = latexwalker.get_default_latex_context_db()
    db.add_context_category("derivkit", macros=[MacroSpec(name, "{{") for name in ("binom", "dfrac", "tfrac", "cfrac")],
                            prepend=True)
    return db


_TO_TEXT = LatexNodes2Text(latex_context=_context(), math_mode="text")
_WALKER_CONTEXT = _walker_context()


@functools.lru_cache(maxsize=4096)
def readable(lhs: str, rel: str, rhs: str) -> str:
    shown = _REL.get(rel) or ("\\" + rel if rel.isalpha() else rel)      # propto, in, …: the macro
    text = f"{lhs} {shown} {rhs}" if rhs else lhs
    # Each side on its own: a chain a = b = c shows b in two steps, and a class repeats sides in every file.
    parts = [_part(lhs), _part(shown), _part(rhs)] if rhs else [_part(lhs)]
    if None in parts:       # a side that does not convert alone: the step as a whole
        parts = [_part(text)]
        if parts[0] is None:
            return text     # latex2text is a nicety: the source as written
    out = " ".join(parts)
    out = re.sub(r"\s*([×·⊙=≈<>≤≥≠≡∼∈∉→∝≪≫])\s*", r" \1 ", out)
    return " ".join(out.split())


# Text latex2text leaves as it is but for \times and \cdot (and the spaces after them): most numeric sides.
# (newlines, --, quotes and accents excluded: latex2text changes those; a test compares the two on the corpus)
_PLAIN = re.compile(r"(?:[^\\{}^_$%&~#'`\-\n\r\f\v\x85\u2028\u2029]|-(?!-)|\\(?:times|cdot)(?![^\W\d_]))*")
_PLAIN_MACRO = re.compile(r"\\(times|cdot)[ \t]*")


@functools.lru_cache(maxsize=4096)
def _part(text: str) -> str | None:
    """latex2text of a piece of math, or None when pylatexenc cannot read it."""
    if _PLAIN.fullmatch(text):      # pylatexenc costs about 1.5 ms a side: a fifth of a numeric step
        return _PLAIN_MACRO.sub(lambda m: "×" if m.group(1) == "times" else "·", text)
    try:
        nodes = latexwalker.LatexWalker(text, latex_context=_WALKER_CONTEXT).get_latex_nodes()[0]
        return _TO_TEXT.nodelist_to_text(nodes)
    except Exception:  # latex2text is a nicety: the caller falls back to the source
        return None


def _escaped(m: re.Match) -> str:
    c = m.group(0)
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def terminal_safe(text: str) -> str:
    """Input text as it may be printed: control characters shown as escapes (`\\x1b`), never raw."""
    return _UNSAFE.sub(_escaped, text)


def json_safe(dumped: str) -> str:
    """JSON text with the controls json.dumps leaves raw (DEL, C1, bidi) written as \\u escapes."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)
