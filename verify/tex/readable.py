"""A step in readable Unicode (pylatexenc's latex2text does the work)."""
from __future__ import annotations

from pylatexenc.latex2text import LatexNodes2Text

_TO_TEXT = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
_REL = {"=": "=", "approx": "≈", "<": "<", ">": ">", "<=": "≤", ">=": "≥", "!=": "≠"}


def readable(lhs: str, rel: str, rhs: str) -> str:
    text = f"{lhs} {_REL.get(rel, rel)} {rhs}" if rhs else lhs
    try:
        return " ".join(_TO_TEXT.latex_to_text(text).split())
    except Exception:  # latex2text is a nicety: fall back to the source on any failure
        return text
