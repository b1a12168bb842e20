r"""Probabilities of events: `P(+ \mid D)`, `\Pr(X \le 1)`, `\mathbb{P}(A \cap B)` are named quantities.

An event is not an expression: `+`, `X = 5 \mid X \ge 5`, `A^c \cap B` do not parse as algebra. The
probability of an event is read as one opaque number named by the event's normalised text, so
`P(D) = 0.01` given in a problem is a value the later steps use (`P(+ \mid D)P(D) = 0.95 \cdot 0.01`),
and no law of probability is applied to it (a claim that needs one stays unverified).
"""
from __future__ import annotations

import sympy as sp

from verify.tex.build import ParseError, _is, group_end
from verify.tex.names import GREEK

PROBABILITY_NAMES = {"P", "Pr", "ℙ"}
# how an event's macros are written in its name (the same event written two ways gets one name)
_EVENT_MACROS = {"mid": "|", "vert": "|", "Vert": "‖", "parallel": "‖", "|": "‖", "le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥",
                 "geqslant": "≥", "neq": "≠", "ne": "≠", "cap": "∩", "cup": "∪", "setminus": "∖", "neg": "¬",
                 "lnot": "¬", "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "complement": "ᶜ",
                 "bar": "¬", "overline": "¬", "lt": "<", "gt": ">", "in": "∈", "notin": "∉", "infty": "∞"}
_SKIPPED_MACROS = {",", ";", ":", "!", " ", "quad", "qquad", "text", "mathrm", "mathit", "mathbf",
                   "textrm", "operatorname"}
MAX_EVENT_CHARS = 120


def starts_event(parser, name: str) -> bool:
    """`P(` with P not defined by the file as a value or a function."""
    return name in PROBABILITY_NAMES and _is(parser.peek(), "char", "(") and \
        name not in parser.ctx.values and name not in parser.ctx.functions


def event_probability(parser, name: str, tok):
    """The bracketed event after P (the parser stands on its `(`) as one real symbol `P(event)`."""
    opener = parser.take()
    j, _ = group_end(parser.toks, parser.i)
    if j == len(parser.toks):
        raise ParseError("unclosed '('", opener.pos)
    inner = parser.toks[parser.i:j]
    text = event_text(inner)
    if not text:
        raise ParseError("a probability of an empty event", opener.pos)
    if len(text) > MAX_EVENT_CHARS:
        raise ParseError("event too long to name", opener.pos)
    parser.i = j + 1
    return sp.Symbol(f"P({text})", real=True)


def event_text(toks) -> str:
    out = []
    for t in toks:
        if t.kind in ("num", "char"):
            out.append(t.value)
        elif t.kind == "special":
            out.append(t.value)
        elif t.kind == "group":
            body = event_text(t.body)
            out.append(body if len(body) <= 1 else "{" + body + "}")
        elif t.kind == "macro" and t.value in _EVENT_MACROS:
            mark = _EVENT_MACROS[t.value]
            arg = event_text(_body(t.args[-1])) if t.args and t.args[-1] is not None else ""
            out.append(mark + arg)
        elif t.kind == "macro" and t.value in GREEK:
            out.append(GREEK[t.value])
        elif t.kind == "macro" and t.value in _SKIPPED_MACROS:
            if t.args and t.args[-1] is not None:
                out.append(event_text(_body(t.args[-1])))
        elif t.kind == "macro":
            arg = "".join(event_text(_body(a)) for a in t.args if a is not None)
            out.append("\\" + t.value + ("{" + arg + "}" if arg else ""))
        else:
            out.append(t.value)
    return "".join(out)


def _body(arg):
    return arg[0].body if len(arg) == 1 and arg[0].kind == "group" else arg


def complement(name: str) -> list[str]:
    """Names of the probability of the complementary event, given the same condition:
    P(¬A | B) for P(A | B) and back (`\\bar A`, `A^c`, `\\neg A` are one complement)."""
    if not name.startswith("P(") or not name.endswith(")"):
        return []
    text = name[2:-1]
    event, bar, condition = text.partition("|")
    if any(c in event for c in "|∩∪∖,=<>≤≥≠∧∨"):
        return []
    for mark in ("^c", "^{c}", "ᶜ", "^C"):
        if event.endswith(mark) and len(event) > len(mark):
            base = event[:-len(mark)]
            return [f"P({base}{bar}{condition})"]
    if event.startswith("¬") and len(event) > 1:
        base = event[1:]
        return [f"P({base}{bar}{condition})"]
    if not event.replace("_", "").isalnum():
        return []
    return [f"P(¬{event}{bar}{condition})", f"P({event}^c{bar}{condition})", f"P({event}ᶜ{bar}{condition})"]


CONDITION_MARKS = {"mid", "vert", "|", "Vert", "parallel"}


def conditional_operator(parser, name: str):
    r"""`\mathbb{E}[\lambda \mid y]`, `\operatorname{Var}(\mu \mid x)`, `\operatorname{KL}(p \,\|\, q)`: a
    conditional moment or a divergence is one named quantity (the parser stands on its bracket), or None
    when the bracket holds no bar."""
    opener = parser.peek()
    if opener is None or opener.kind != "char" or opener.value not in "([":
        return None
    j, top = group_end(parser.toks, parser.i + 1)
    if j == len(parser.toks):
        return None
    if not any(_is(parser.toks[k], "macro", *CONDITION_MARKS) or _is(parser.toks[k], "char", "|") for k in top):
        return None
    text = event_text(parser.toks[parser.i + 1:j]).replace("\\|", "‖")
    if name == "KL":        # KL(p || q), KL(p ‖ q): one way to write the bar
        text = text.replace("||", "‖")
    if not text or len(text) > MAX_EVENT_CHARS:
        return None
    parser.i = j + 1
    close = "]" if opener.value == "[" else ")"
    return sp.Symbol(f"{name}{opener.value}{text}{close}", real=True)


STATED_PREFIXES = ("P(", "𝔼[", "𝔼(", "Var(", "Var[", "Cov(", "KL(", "KL[")


def is_stated_quantity(name: str) -> bool:
    """A probability, a conditional moment, a divergence by name: a number stated for it is data, a
    formula for it applies a law this checker does not check."""
    return name.startswith(STATED_PREFIXES)


def by_bayes(name: str, value_of, names=()) -> tuple[object, str] | None:
    """P(A | B) by Bayes' rule, or P(B) by total probability, from the probabilities the file gave:
    P(B | A), P(A) and P(B | ¬A) (or P(B) itself). `value_of(name)`: the exact value given for a name,
    or None; `names`: the probabilities given. Returns (value, how) or None when the pieces are not all given."""
    if not (name.startswith("P(") and name.endswith(")")):
        return None
    event, bar, condition = name[2:-1].partition("|")
    if not bar:                                 # P(B) = Σ P(B | A) P(A) over A, ¬A
        for given in _conditionals_of(event, value_of, names):
            likely, prior, other = given
            return likely * prior + other * (1 - prior), "total probability"
        return None
    negated = complement(f"P({event})")
    if not negated or not event.replace("_", "").isalnum():
        return None
    likely, prior = value_of(f"P({condition}|{event})"), value_of(f"P({event})")
    if likely is None or prior is None:
        return None
    evidence = value_of(f"P({condition})")
    if evidence is None:
        other = next((v for n in _negated_conditions(condition, event) if (v := value_of(n)) is not None), None)
        if other is None:
            return None
        evidence = likely * prior + other * (1 - prior)
    return likely * prior / evidence, "Bayes' rule"


def _negated_conditions(condition: str, event: str) -> list[str]:
    """P(B | ¬A) in each spelling the file may use (`\\bar A`, `A^c`, `\\neg A`)."""
    return [f"P({condition}|¬{event})", f"P({condition}|{event}^c)", f"P({condition}|{event}ᶜ)"]


def _conditionals_of(event: str, value_of, names):
    """(P(B | A), P(A), P(B | ¬A)) for each A the file conditioned B on."""
    for n in names:
        if n.startswith(f"P({event}|") and n.endswith(")"):
            cause = n[len(f"P({event}|"):-1]
            if not cause.replace("_", "").isalnum():
                continue
            likely, prior = value_of(n), value_of(f"P({cause})")
            other = next((v for m in _negated_conditions(event, cause) if (v := value_of(m)) is not None), None)
            if None not in (likely, prior, other):
                yield likely, prior, other
