"""Which tokens are relations, and what each is read as: the vocabulary the chain splitter (chains), the
directives and the step readers share."""
from __future__ import annotations

from verify.tex.tokens import Tok

ASSIGN = ":="       # `:=`, `\coloneqq`, `\gets`, `\leftarrow`: the left side is (re)defined, not claimed
RELATIONS = {"=": "=", "<": "<", ">": ">", "approx": "approx", "neq": "!=", "ne": "!=", "le": "<=",
             "leq": "<=", "ge": ">=", "geq": ">=", "equiv": "equiv", "simeq": "approx", "approxeq": "approx",
             "coloneqq": ASSIGN, "triangleq": ASSIGN, "leftarrow": ASSIGN, "gets": ASSIGN, "leqslant": "<=",
             "leqq": "<=", "geqslant": ">=", "geqq": ">=",
             "lt": "<", "gt": ">", "propto": "propto"}      # \propto: checked in the chain's variable (steps)
# Relations read but not checked: each is reported (never dropped) under its macro's name.
UNCHECKED_RELATIONS = ("in", "notin", "sim", "ll", "gg", "lesssim", "gtrsim", "cong", "doteq", "asymp",
                       "subset", "subseteq", "supset", "supseteq", "to", "rightarrow", "longrightarrow", "mapsto")
# Of those, the ones that state something about a name (`x \in \mathbb{R}`, `X \sim \mathcal{N}(0, 1)`).
STATEMENT_RELATIONS = ("in", "notin", "sim", "to", "rightarrow", "longrightarrow")
RELATIONS.update((name, name) for name in UNCHECKED_RELATIONS)


def relation_of(tok: Tok) -> str | None:
    if tok.kind == "char" and tok.value in RELATIONS:
        return RELATIONS[tok.value]
    if tok.kind == "macro" and tok.value in RELATIONS:
        return RELATIONS[tok.value]
    return None
