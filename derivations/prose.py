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


# what a terminal can raise or lower; a script with anything else is written x^(…) or x_(…)
_SUB = dict(zip("0123456789+-=()aehijklmnoprstuvxβγρφχ,", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ,"))
_SUP = dict(zip("0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδθιφχ⊤′*",
                "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᶿᶥᵠᵡᵀ′*"))
# relations and the operators a course spaces: y | θ ∼ Bin(N, θ), N → ∞, (Uᵀδ₂) ⊙ g′(a₁), H × M
_SPACED = re.compile(r"\s*([=∼→∈∝≤≥<>↦⊙≈≠∣×])\s*")


def _math_to_text(latex: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text
    scripts: list[str] = []
    latex = _lift_scripts(latex, scripts)
    latex = re.sub(r"\\binom\{([^{}]*)\}\{([^{}]*)\}", r"(\1 choose \2)", latex)
    # \tanh x, \log p, \sum \tanh x keep their space (pylatexenc drops the space after a command)
    latex = re.sub(r"\\(tanh|sin|cos|log|ln|exp|sum)\s*(?=[A-Za-z\\])", r"\\\1{} ", latex)
    latex = latex.replace(r"\mathbb{1}", "𝟙").replace(r"\mid", "∣").replace("'", "′")   # σ′, w′′ as printed
    text = LatexNodes2Text(math_mode="text").latex_to_text(latex)
    text = re.sub("[\ue000-\uf8ff]", lambda m: scripts[ord(m[0]) - 0xE000], text)
    text = _SPACED.sub(lambda m: f" {m[1]} ", text).replace("∣", "|")
    return re.sub(r" {2,}", " ", text).strip()


def _lift_scripts(latex: str, scripts: list[str]) -> str:
    """Each ^… and _… read on its own (x₁, e⁻ᵃ, e^(zₖ), ℝ^(H×M)) and left as a placeholder."""
    out, i = [], 0
    while i < len(latex):
        ch = latex[i]
        if ch == "\\" and i + 1 < len(latex):
            name = re.match(r"\\(?:[A-Za-z]+|.)", latex[i:])[0]
            out.append(name)
            i += len(name)
            continue
        if ch not in "^_":
            out.append(ch)
            i += 1
            continue
        arg, i = _script_argument(latex, i + 1)
        inner = "′" * arg.count(r"\prime") if re.fullmatch(r"(\s*\\prime\s*)+", arg) else _math_to_text(arg)
        table = _SUP if ch == "^" else _SUB
        if inner and all(c in table for c in inner) and not (ch == "_" and inner == ","):
            shown = "".join(table[c] for c in inner)
        else:
            shown = ch + (inner if len(inner) <= 1 or (ch == "_" and inner.isalnum()) else f"({inner})")
        scripts.append(shown)
        out.append(chr(0xE000 + len(scripts) - 1))
    return "".join(out)


def _script_argument(latex: str, i: int) -> tuple[str, int]:
    while i < len(latex) and latex[i] == " ":
        i += 1
    if i >= len(latex):
        return "", i
    if latex[i] == "{":
        depth, j = 0, i
        for j in range(i, len(latex)):
            depth += {"{": 1, "}": -1}.get(latex[j], 0)
            if depth == 0:
                break
        return latex[i + 1:j], j + 1
    if latex[i] == "\\":
        name = re.match(r"\\(?:[A-Za-z]+|.)", latex[i:])[0]
        return name, i + len(name)
    return latex[i], i + 1


def text(value) -> str:
    """Any rule or caption as plain text: Prose with its math read, anything else as it is."""
    return value.text() if isinstance(value, Prose) else str(value)
