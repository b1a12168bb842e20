r"""Identifier names from LaTeX: `\hat{y}` -> "ŷ", `\theta_{MAP}` -> "θ_MAP", `z_1^h` -> "z_1^h".

Names are case-preserving (W ≠ w). Bold/italic styling is dropped (`\mathbf{W}` is W),
but remembered by the parser as a hint that the symbol may be a matrix.
"""
from __future__ import annotations

import re
import unicodedata

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
    "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ",
}
ACCENTS = {"hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0304", "tilde": "\u0303",
           "widetilde": "\u0303", "vec": "\u20d7", "dot": "\u0307", "ddot": "\u0308", "check": "\u030c"}
STYLES = {"mathbf", "boldsymbol", "bm", "pmb", "mathit", "mathnormal", "mathcal", "mathscr", "mathsf"}
BOLD = {"mathbf", "boldsymbol", "bm", "pmb", "vec"}
BAR = ACCENTS["bar"]


def accented(letter: str, accent: str) -> str:
    """The name the parser gives `letter` under `accent` (`\\bar y` -> ȳ, one code point; `\\bar x` -> x̄, two)."""
    return unicodedata.normalize("NFC", letter + accent)


def unaccented(name: str, accent: str) -> str | None:
    """ȳ -> y and x̄ -> x for the bar (ŝ -> s for the hat); None when the name's last mark is not that accent."""
    parts = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", parts[:-1]) if len(parts) >= 2 and parts[-1] == accent else None


def plain_text(toks) -> str | None:
    """The letters/digits/commas of a subscript or superscript, or None if it holds more than that."""
    out = []
    for t in toks:
        if t.kind in ("num", "char") and (t.value.replace(".", "").isalnum() or t.value in ",'*+-/"):
            out.append(t.value)
        elif t.kind == "macro" and t.value in GREEK:
            out.append(GREEK[t.value])
        elif t.kind == "macro" and t.value in ("top", "intercal"):
            out.append("⊤")
        elif t.kind == "macro" and t.value in ("ast", "star"):
            out.append("*")
        elif t.kind == "macro" and t.value in STYLES | {"mathrm", "text", "operatorname"} and t.args:
            inner = plain_text(arg_body(t.args[-1]))
            if inner is None:
                return None
            out.append(inner)
        elif t.kind == "group" and t.delims in ("{", ""):
            inner = plain_text(t.body)
            if inner is None:
                return None
            out.append(inner)
        elif t.kind == "char" and t.value in "()[]":
            out.append(t.value)
        else:
            return None
    return "".join(out)


def arg_body(arg):
    """The tokens inside a macro's argument (its group's body)."""
    if arg and len(arg) == 1 and arg[0].kind == "group":
        return arg[0].body
    return arg or ()


def decorate(base: str, accent: str) -> str:
    mark = ACCENTS.get(accent, "")
    return unicodedata.normalize("NFC", base + mark) if len(base) == 1 else f"{accent}({base})"


def accented_name(toks) -> str | None:
    """`\\hat y` (one accent over one letter) as the name ŷ, for an accent over it (`\\bar{\\hat y}`)."""
    toks = list(toks)
    if not toks or toks[0].kind != "macro" or toks[0].value not in ACCENTS or toks[0].value == "vec":
        return None
    base = plain_text(arg_body(toks[0].args[-1])) if toks[0].args and len(toks) == 1 else \
        plain_text(arg_body(toks[1:])) if len(toks) == 2 else None
    return decorate(base, toks[0].value) if base is not None and len(base) == 1 else None


def bold_name(name: str) -> str:
    """\\mathbf{w} is 𝐰, a different name from w (a vector next to a scalar)."""
    out = []
    for c in name:
        if "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        else:
            out.append(c)
    return "".join(out)


def bold_letter(name: str) -> str | None:
    """h for 𝐡, δ for 𝛅: a single bold letter (Latin or Greek) as the plain one its entries are named with; else None."""
    if len(name) != 1 or not unicodedata.name(name, "").startswith("MATHEMATICAL BOLD"):
        return None
    return unicodedata.normalize("NFKC", name)


def plain_of_bold(name: str) -> str | None:
    """w for 𝐰 (bold_name the other way) and for w⃗ (`\\vec w`), None when the name is not one such letter."""
    if len(name) == 2 and name[1] == ACCENTS["vec"] and name[0].isascii() and name[0].isalpha():
        return name[0]
    if len(name) != 1:
        return None
    for start, first in ((0x1D41A, "a"), (0x1D400, "A")):
        if 0 <= ord(name) - start < 26:
            return chr(ord(first) + ord(name) - start)
    return None


def moves_with(name: str, parameter: str) -> bool:
    """A name that carries the parameter inside it, `p(λ | x)` for λ: a quantity that varies with it."""
    return re.search(rf"[(|,;]\s*{re.escape(parameter)}\s*[)|,;]", name) is not None


def bold_entry(matrices: dict, name: str):
    """(𝐯's name, k - 1) for `v_k` when a bold vector 𝐯 is among `matrices`, v_k is within it and no plain v is
    there (the course writes 𝐯's entries plainly); else None."""
    base, _, index = name.partition("_")
    if not index.isdecimal() or not base.isascii() or not base.isalpha() or base in matrices:
        return None
    vector_name = written_vector(matrices, base)
    shape = getattr(matrices.get(vector_name), "shape", ())
    if len(shape) != 2 or 1 not in shape or not 1 <= int(index) <= shape[0] * shape[1]:
        return None
    return vector_name, int(index) - 1


def written_vector(matrices: dict, letter: str) -> str | None:
    """The name of the vector the plain letter's entries belong to: 𝐯 (`\\mathbf v`), else v⃗ (`\\vec v`, the same
    vector in the arrow notation); None when neither was written out."""
    return next((n for n in (bold_name(letter), letter + ACCENTS["vec"]) if n in matrices), None)


def vector_entry(matrices: dict, name: str):
    """bold_entry, or (v, k - 1) for `v_k` when only a plain vector v was written out (`v = (1.2, -0.7)`, no 𝐯):
    the same notation without the bold face."""
    found = bold_entry(matrices, name)
    base, _, index = name.partition("_")
    if found is not None or not index.isdecimal() or written_vector(matrices, base) is not None:
        return found
    shape = getattr(matrices.get(base), "shape", ())
    if len(shape) != 2 or 1 not in shape or not 1 <= int(index) <= shape[0] * shape[1]:
        return None
    return base, int(index) - 1
