"""Jinja2 → report.tex: LaTeX-safe delimiters, strict variables, and escaping by default.

Safety rule: every value a template prints goes through `finalize`, which escapes it as
text (pylatexenc's unicode→LaTeX) unless it is `TeX`, LaTeX that this module (or the
`math` filter) produced on purpose. Jinja applies `finalize` to every `((( ... )))`,
so a template cannot forget to escape; it can only opt *in* to LaTeX with `math`.

Delimiters are nbconvert's: `((* block *))`, `((( variable )))`, `((= comment =))`,
which never occur in LaTeX. A user template folder is searched before ours, so a
restyle can override one template (e.g. derivation.tex.j2) and keep the rest.
"""
from __future__ import annotations

import functools
import math as _math
import re
import sys
import unicodedata
from pathlib import Path

import jinja2
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

from verify.status import Status

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MAIN_TEMPLATE = "report.tex.j2"
MARKER = "% derivkit: template={template} derivation={derivation}"
MARKER_RE = re.compile(r"^% derivkit: template=(\S+) derivation=(\S+)\s*$")


class TeX(str):
    """LaTeX to emit as is. Anything computed from it (`+`, `~`, `join`, a macro's output)
    is a plain str again and gets escaped: mistakes show up as visible code, never run."""


def _unknown_char(ch: str, u2lobj) -> str:
    """A character pylatexenc has no macro for: ᵢ → \\textsubscript{i}, ﬁ → fi via its Unicode
    compatibility form; anything else prints as <U+2713> instead of breaking pdflatex."""
    tag, _, codes = unicodedata.decomposition(ch).partition(" ")
    if tag and not tag.startswith("<") and codes in _ACCENTS_BY_CODE:      # ẋ = x + combining dot
        return _accent(u2lobj.unicode_to_latex(chr(int(tag, 16))), _ACCENTS_BY_CODE[codes])
    if tag.startswith("<") and codes:
        inner = u2lobj.unicode_to_latex("".join(chr(int(c, 16)) for c in codes.split()))
        wrap = {"<sub>": "\\textsubscript", "<super>": "\\textsuperscript"}.get(tag, "")
        return f"{wrap}{{{inner}}}"
    return f"\\texttt{{<U+{ord(ch):04X}>}}"


# DEL is ASCII, so pylatexenc passes it through, and TeX stops at it ("invalid character").
_VISIBLE_DEL = UnicodeToLatexConversionRule(RULE_DICT, {0x7F: "\\texttt{<U+007F>}"})
# braces-all: `\textbackslash` followed by a letter can never merge into a new command.
_ENCODER = UnicodeToLatexEncoder(non_ascii_only=False, replacement_latex_protection="braces-all",
                                 conversion_rules=[_VISIBLE_DEL, "defaults"],
                                 unknown_char_policy=_unknown_char, unknown_char_warning=False)
_SAFE_PATH = re.compile(r"^(?!/)(?!.*\.\.)[A-Za-z0-9_./-]+$")
_NAME = re.compile(r"[^A-Za-z0-9_.-]")


# Combining accents (θ̂, ẋ, v̇) as accent macros: text ones on letters, math ones on math symbols.
_ACCENTS = {"\u0302": ("\\^", "\\hat"), "\u0307": ("\\.", "\\dot"), "\u0308": ('\\"', "\\ddot"),
            "\u0303": ("\\~", "\\tilde"), "\u0304": ("\\=", "\\bar"), "\u0301": ("\\'", "\\acute"),
            "\u0300": ("\\`", "\\grave")}
_ACCENTS_BY_CODE = {f"{ord(mark):04X}": mark for mark in _ACCENTS}
_ACCENTED = re.compile("(.)([" + "".join(_ACCENTS) + "])")


def _accent(base: str, mark: str) -> str:
    """base (already LaTeX) with a combining mark: \\hat{..} on a math symbol, \\^{..} on text."""
    text_accent, math_accent = _ACCENTS[mark]
    prefix = "\\ensuremath{"
    if base.startswith("{" + prefix) and base.endswith("}}"):      # braces-all protection
        base = base[1:-1]
    if base.startswith(prefix) and base.endswith("}"):
        return f"{prefix}{math_accent}{{{base[len(prefix):-1]}}}}}"
    return f"{{{text_accent}{{{base}}}}}"


@functools.lru_cache(maxsize=8192)     # the same labels and reasons recur in every student's feedback
def _encode(text: str) -> str:
    parts = _ACCENTED.split(unicodedata.normalize("NFC", text))     # [text, base, mark, text, ...]
    out = [_ENCODER.unicode_to_latex(parts[0])]
    for i in range(1, len(parts), 3):
        out.append(_accent(_ENCODER.unicode_to_latex(parts[i]), parts[i + 1]))
        out.append(_ENCODER.unicode_to_latex(parts[i + 2]))
    return "".join(out)


# A prime: ′ anywhere, or ' after a one-letter name (σ', g₁'(a), w'', (u/v)'), never an apostrophe
# ("SymPy's", "the examples' losses"). Set in math: text mode would print a closing quote, σ ’.
_PRIME = re.compile(r"′+|'+")


def _primes(text: str) -> list[tuple[bool, str]]:
    """(is_prime, piece) pieces of text, in order."""
    out, last = [], 0
    for m in _PRIME.finditer(text):
        if m.group().startswith("'") and not _after_one_letter(text, m.start()):
            continue
        out += [(False, text[last:m.start()]), (True, m.group())]
        last = m.end()
    return out + [(False, text[last:])]


def _after_one_letter(text: str, at: int) -> bool:
    """The ' at `at` follows a name of one letter (with subscripts), or a closing bracket."""
    i = at
    while i > 0 and text[i - 1] in "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖ":
        i -= 1
    if i == at and i > 0 and text[i - 1] == ")":
        return True
    return i > 0 and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalpha())


def escape_text(value) -> TeX:
    """Any value as LaTeX text: \\ { } % # & _ ^ ~ $ and non-ASCII all come out literally; a prime
    after a one-letter name is set as a math prime (σ′, not σ’)."""
    if isinstance(value, TeX):
        return TeX(value)
    text = unicodedata.normalize("NFC", str(value))
    return TeX("".join(r"\ensuremath{" + "'" * len(piece) + "}" if is_prime else _escape_plain(piece)
                       for is_prime, piece in _primes(text) if piece))


def _escape_plain(text: str) -> str:
    # `--` and `---` are dash ligatures: `-{}-` keeps "e^--x" or "--flag" as typed;
    # \slash is a `/` after which a line may break ("sigmoid/tanh/relu" is one long word).
    text = re.sub(r"-(?=-)", "-{}", _encode(text))
    return text.replace("/", r"\slash{}")


def math_tex(latex: str) -> TeX:
    """SymPy's LaTeX, with any non-ASCII symbol name (a Function("ℓ")) made pdfTeX-safe."""
    return TeX(re.sub(r"[^\x00-\x7f]", lambda m: _ENCODER.unicode_to_latex(m.group()), latex))


def prose(value) -> TeX:
    """derivations.prose.Prose (project-written text with `$…$` math): the text escaped, the math
    typeset. Any other value is text, escaped whole: a user's `$` stays a dollar sign."""
    module = sys.modules.get("derivations.prose")     # not loaded: value cannot be Prose
    if module is None or not isinstance(value, module.Prose):
        return escape_text(value)
    return TeX("".join(f"${math_tex(part)}$" if is_math else escape_text(_minus_signs(part))
                       for is_math, part in value.spans()))


# A hyphen that starts a number (= -0.164, (-0.3, …)) is a minus sign; not one inside a word, a range or
# an exponent (64-32-10, 1e-10).
_LEADING_MINUS = re.compile(r"(?<![\w.)\]-])-(?=\.?\d)")


def _minus_signs(text: str) -> str:
    return _LEADING_MINUS.sub("\u2212", text)


_SUBSCRIPTED = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]+)(?:_([A-Za-z0-9]+))?(?![A-Za-z0-9])")
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "theta", "lambda", "mu", "sigma", "tau", "phi", "eta"}


def subscripts(value) -> TeX:
    """Text in which array names such as W_1 or x_i (from the checks' own labels) are set as math,
    W$_1$; everything else escaped. Only letters and digits ever reach math mode."""
    module = sys.modules.get("derivations.prose")
    if module is not None and isinstance(value, module.Prose) and "$" in value:
        return finalize(value)          # written with its math already ($W_1$)
    text = str(value)
    out, last = [], 0
    for m in _SUBSCRIPTED.finditer(text):
        if m[2] is None and m[1] not in _GREEK:
            continue
        base = f"\\{m[1]}" if m[1] in _GREEK else m[1]
        out += [escape_text(text[last:m.start()]), f"${base}_{{{m[2]}}}$" if m[2] else f"${base}$"]
        last = m.end()
    return TeX("".join(out) + escape_text(text[last:]))


def finalize(value):
    """Applied by Jinja to everything a template prints."""
    if isinstance(value, TeX):
        return value
    module = sys.modules.get("derivations.prose")
    if module is not None and isinstance(value, module.Prose):
        return prose(value)
    if value is None:
        return TeX("--")
    if isinstance(value, float):
        return number(value)
    return escape_text(value)


def math(value) -> TeX:
    """Math-mode LaTeX from a SymPy object (via the REPL's StepLatexPrinter), a number, or
    LaTeX the derivations printed (derivations.checked.Latex: its type says so). Plain
    strings are refused: they would be raw LaTeX."""
    if isinstance(value, TeX):
        return TeX(value)
    checked = sys.modules.get("derivations.checked")     # not loaded: value cannot be its Latex
    if checked is not None and isinstance(value, checked.Latex):
        return math_tex(value)
    sympy = sys.modules.get("sympy")         # no SymPy loaded: value cannot be a SymPy object
    if sympy is not None and isinstance(value, (sympy.Basic, sympy.MatrixBase)):
        from derivations.printing import step_latex
        return math_tex(step_latex(value))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"math filter takes SymPy objects or printed LaTeX, not {type(value).__name__}: "
                        f"{str(value)[:60]!r} (use it as text instead)")
    return TeX(_num_latex(value, 3).strip("$"))


def number(value, digits: int = 2) -> TeX:
    r"""A float for a table: 1.23e-16 → $1.23\times10^{-16}$ (siunitx would cost 0.3 s a pass)."""
    return TeX("--") if value is None else TeX(_num_latex(value, digits))


def _num_latex(value, digits: int) -> str:
    if isinstance(value, int):
        return str(value)
    if _math.isnan(value):
        return "NaN"
    if _math.isinf(value):
        return "$\\infty$" if value > 0 else "$-\\infty$"
    if value == 0 or 1e-3 <= abs(value) < 1e5:
        return f"{value:.{digits + 1}g}"
    mantissa, exponent = f"{value:.{digits}e}".split("e")
    return f"${mantissa}\\times10^{{{int(exponent)}}}$"


# The hand checker's ok / wrong / unverified read as the derivations' passed / FAILED / unknown.
MARKS = {Status.PASSED: r"\markpassed", Status.OK: r"\markpassed", Status.PROVED: r"\markproved",
         Status.VERIFIED: r"\markverified", Status.DEFINITION: r"\markdefinition",
         Status.FAILED: r"\markfailed", Status.WRONG: r"\markfailed", Status.CARRIED: r"\markcarried",
         Status.UNKNOWN: r"\markunknown", Status.UNVERIFIED: r"\markunknown",
         Status.GIVEN: r"\markgiven", Status.SKIPPED: r"\markskipped"}


def mark(status: Status) -> TeX:
    """A verdict as a LaTeX command the preamble defines (restyle it there)."""
    return TeX(MARKS[Status(status)])


def okmark(ok) -> TeX:
    return TeX(r"\markok" if ok else r"\markbad")


def label(value) -> TeX:
    """A string safe inside \\label{} / \\ref{} / \\hyperref[]{}: letters, digits, - only."""
    return TeX(re.sub(r"[^A-Za-z0-9]", "-", str(value)))


@jinja2.pass_context
def marker(context, derivation=None) -> TeX:
    """A comment naming the template (and derivation) that produced the lines below it;
    the compile step searches back from a LaTeX error line to the nearest one."""
    name = derivation.get("name") if isinstance(derivation, dict) else getattr(derivation, "name", derivation)
    return TeX(MARKER.format(template=_NAME.sub("_", context.name or "?"),
                             derivation=_NAME.sub("_", str(name)) if name else "-"))


def make_environment(templates: str | Path | None = None) -> jinja2.Environment:
    search = ([str(templates)] if templates else []) + [str(DEFAULT_TEMPLATES)]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((=", comment_end_string="=))",
        line_statement_prefix=None, line_comment_prefix=None,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,           # Jinja's autoescape is HTML's; `finalize` escapes for LaTeX
        finalize=finalize,
    )
    env.filters.update(escape=escape_text, e=escape_text, math=math, num=number, label=label, prose=prose,
                       subscripts=subscripts)
    env.globals.update(marker=marker, mark=mark, okmark=okmark)
    return env


def run_context(run, build_dir: Path) -> dict:
    """A RunOutput as template data. Figures that are missing or have unsafe paths are
    shown as a note instead of breaking the build; TikZ is generated LaTeX, kept as is."""
    figures = []
    for fig in run.figures:
        problem = None
        if not _SAFE_PATH.match(fig.path):
            problem = "unsafe path"
        elif not (build_dir / fig.path).is_file():
            problem = "file missing"
        figures.append({"path": TeX(fig.path) if problem is None else fig.path, "caption": fig.caption,
                        "problem": problem})
    return {"derivation": run.derivation, "title": run.title, "figures": figures,
            "tables": [_table(t) for t in run.tables],
            "notes": list(run.notes), "tikz": TeX(run.tikz) if run.tikz else None,
            "tikz_caption": getattr(run, "tikz_caption", "") or run.title,
            "seed": run.data.get("seed") if isinstance(run.data, dict) else None}


# A cell that is a signed number: its ASCII hyphen is set as a minus sign (-0.05 printed as a hyphen).
_SIGNED_NUMBER = re.compile(r"-(?=\d|\.\d)(?:[\d.,]+)(?:e[-+]?\d+)?%?")


def _cell(cell):
    if isinstance(cell, str) and _SIGNED_NUMBER.fullmatch(cell.strip()):
        return "\u2212" + cell.strip()[1:]
    return cell


def _table(table) -> dict:
    """Header and rows padded to one width: a short row must not break the tabular."""
    width = max([len(table.header)] + [len(r) for r in table.rows])
    pad = lambda cells: list(cells) + [""] * (width - len(cells))  # noqa: E731
    return {"caption": table.caption, "header": pad(table.header),
            "rows": [[_cell(c) for c in pad(r)] for r in table.rows]}


def render(context: dict, templates: str | Path | None = None) -> str:
    """The whole report.tex. Raises jinja2 errors (TemplateSyntaxError, UndefinedError)
    with the template name and line, which the build prints."""
    env = make_environment(templates)
    return str(env.get_template(MAIN_TEMPLATE).render(context))
