"""Prose: text the project's own code wrote (a justification, a problem statement, a caption) that
may carry inline math between `$…$`, typeset in the report and read as Unicode in a terminal.

Only the type says a string may carry math: the report escapes every other string as text, so text
from a user (a data file's column names, a hand-written derivation) never becomes TeX. The math
spans are checked as well: a span that is not plain math (a command that reads or writes files,
defines macros, changes catcodes; unbalanced braces; % or #) is refused and the whole string shown
as text.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile(r"\\(?:input|include|openin|openout|read|write|immediate|def|edef|gdef|xdef|let|"
                     r"catcode|csname|expandafter|newcommand|renewcommand|providecommand|usepackage|"
                     r"makeat|special|directlua|pdf|jobname|loop|end|begin|item)(?![A-Za-z])|[%#]|\$\$")


class Prose(str):
    """Text with `$…$` inline math, written in this project's code (never built from user input)."""

    def spans(self) -> list[tuple[bool, str]]:
        """(is_math, text) pieces in order; all text when the math is not plain and safe."""
        parts = self.split("$")
        if len(parts) % 2 == 0 or any(not _plain_math(m) for m in parts[1::2]):
            return [(False, str(self))]
        return [(i % 2 == 1, p) for i, p in enumerate(parts) if p]

    def text(self) -> str:
        """As a terminal shows it: the math read as Unicode (σ' = σ(1 − σ))."""
        return "".join(_math_to_text(p) if is_math else p for is_math, p in self.spans())


def _plain_math(latex: str) -> bool:
    depth = 0
    for ch in latex:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0 and _UNSAFE.search(latex) is None


_SUB = str.maketrans("0123456789+-ix", "₀₁₂₃₄₅₆₇₈₉₊₋ᵢₓ")
_SUP = str.maketrans("0123456789+-MNTx⊤", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ᴹᴺᵀˣᵀ")


def _math_to_text(latex: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text
    # \tanh x, \log p, \sum \tanh x keep their space (pylatexenc drops the space after a command)
    latex = re.sub(r"\\(tanh|sin|cos|log|ln|exp|sum)\s*(?=[A-Za-z\\])", r"\\\1{} ", latex)
    text = LatexNodes2Text(math_mode="text").latex_to_text(latex.replace(r"\mathbb{1}", "𝟙"))
    # x_1, e^-x, ℝ^M: subscripts and superscripts a terminal can show
    text = re.sub(r"_([0-9ix]+)", lambda m: m[1].translate(_SUB), text)
    text = re.sub(r"\^([0-9+\-MNTx⊤]+)", lambda m: m[1].translate(_SUP), text)
    return re.sub(r" {2,}", " ", text)


def text(value) -> str:
    """Any rule or caption as plain text: Prose with its math read, anything else as it is."""
    return value.text() if isinstance(value, Prose) else str(value)
