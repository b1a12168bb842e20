r"""Split math regions into chains E0 R1 E1 R2 E2 ... and drop layout.

`\\` separates lines, `&` is dropped (one after a whole relation starts align's next equation), a
line starting with a relation continues the previous chain, and prose/spacing (`\text`, `\quad`,
top-level `,`/`;`, `\Rightarrow`) separates chains written on one line. Brackets are matched first: a
relation inside a matched bracket is not a step (`P(X = 3)`), and one within reach of a
bracket that is never matched is a ChainError, never silently part of a segment.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from verify.tex.columns import COLUMN, SweepColumn, in_reading_order
from verify.tex.extract import MathRegion
from verify.tex.names import GREEK
from verify.tex.relations import relation_of as _is_rel
from verify.tex.tokens import LatexError, Tok, tokenize

# `a \overset{\text{def}}{=} b`, `\stackrel{(1)}{\leq}`: the relation underneath, annotated.
ANNOTATED = {"overset", "stackrel", "underset"}
SEPARATORS = {"text", "mbox", "textrm", "textit", "textbf", "intertext", "shortintertext", "Arrow", "quad", "qquad", "Rightarrow",
              "implies", "iff", "Leftrightarrow", "Longrightarrow", "therefore", "because", "forall",
              "qedhere", "hspace"}
SPACES = {",", ";", " "}       # explicit spaces, dropped, but they end a function's argument written without brackets
DROPPED = {"tag", "tag*", "label", "nonumber", "notag", "IEEEyesnumber", "IEEEnonumber", "IEEEeqnarraynumspace", ",", ";", ":", "!", " ", "displaystyle", "textstyle",
           "left", "right", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "big", "Big", "bigg", "Bigg",
           "middle", "limits", "nolimits", "phantom", "vphantom", "hphantom", "allowbreak", "\\", "newline"}
UNWRAPPED = {"underline", "boxed", "overbrace", "underbrace", "color", "textcolor", "cancel", "bm", "boldsymbol",
             "mathbf", "mathit", "mathnormal", "pmb"}
BRACES = {"overbrace": "^", "underbrace": "_"}          # and where each puts its note
OPERATOR_END = {"+", "-", "times", "cdot", "odot", "div", "pm"}
PROSE = {"text", "mbox", "textrm", "textit", "textbf"}


@dataclass(frozen=True)
class Segment:
    toks: tuple[Tok, ...]
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chain:
    segments: tuple[Segment, ...]
    rels: tuple[tuple[str, int], ...]     # (relation, offset)

    @property
    def start(self) -> int:
        return self.segments[0].start


@dataclass(frozen=True)
class ChainError:
    message: str
    offset: int
    text: str


INNER_LAYOUT = re.compile(r"\\(?:begin|end)\{(?:aligned|split|gathered|alignedat)\}(?:\{\d+\})?")
# `\begin{array}{rcl} f(x) & = & … \\ & = & …`: an array with a relation in a column of its own is
# an eqnarray written by hand, so it is layout too (a matrix written as an array is not).
RELATION_ARRAY = re.compile(r"(\\begin\{array\}\{(?:[^{}]|\{[^{}]*\})*\})((?:(?!\\(?:begin|end)\{array\}).)*?)"
                            r"(\\end\{array\})", re.S)
_RELATION_COLUMN = re.compile(r"&\s*(?:\{\})?\s*(?:=|<|>|\\(?:approx|le|leq|ge|geq|neq|ne|equiv))\s*(?:\{\})?\s*&")


ROW_SPACING = re.compile(r"\*?\s*\[\s*-?\d*\.?\d+\s*(?:pt|em|ex|mm|cm|in|bp|mu|jot|\\[A-Za-z]+)\s*\]")


def split_lines(text: str) -> list[tuple[str, int]]:
    """Top-level `\\`-separated lines (not inside braces or environments), with their offsets.

    `aligned`/`split`/`gathered` inside a display, and an `array` with a relation column, are
    layout: blanked (same length) so that their rows are rows of the display.
    """
    text = INNER_LAYOUT.sub(lambda m: " " * len(m.group(0)), text)
    text = RELATION_ARRAY.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3))
                              if _RELATION_COLUMN.search(m.group(2)) else m.group(0), text)
    lines, depth, start, i = [], 0, 0, 0
    for m in re.finditer(r"\\\\|\\[{}]|[{}]|\\begin\{[^}]*\}|\\end\{[^}]*\}", text):
        s = m.group(0)
        if s == "{" or s.startswith("\\begin"):
            depth += 1
        elif s == "}" or s.startswith("\\end"):
            depth -= 1
        elif s == "\\\\" and depth <= 0:
            lines.append((text[start:m.start()], start))
            spacing = ROW_SPACING.match(text, m.end())          # `\\[4pt]`: the row's spacing, not math
            start = spacing.end() if spacing else m.end()
    lines.append((text[start:], start))
    return lines


def _struck_attempt(toks, i, top_level: bool, out) -> bool:
    r"""`\cancel{…}` opening an operand at the top level of a side and followed by a space and another operand:
    an attempt struck out and written again (a cancelled factor stands inside a product or a fraction)."""
    t = toks[i]
    if not (top_level and t.kind == "macro" and t.value in ("cancel", "bcancel", "xcancel")):
        return False
    k = i + 1 if t.args else i + 2
    if not t.args and not (i + 1 < len(toks) and toks[i + 1].kind == "group"):
        return False
    opens = not out or out[-1] is None or _is_rel(out[-1]) is not None
    return opens and k + 1 < len(toks) and toks[k].kind == "macro" and toks[k].value in SPACES | {"quad", "qquad"} \
        and _is_rel(toks[k + 1]) is None


def clean(toks, top_level: bool = True, columns: bool = False) -> list:
    """Drop layout tokens, unwrap decorations; keep `None` where a separator stood.

    Inside a group (`top_level=False`) `\text{MSE}` is a name and there are no separators. With `columns`, an
    `&` that starts align's next equation is kept as COLUMN.
    """
    out, toks, i, depth, spaced = [], list(toks), 0, 0, False
    while i < len(toks):
        t = toks[i]
        before = len(out)
        if t.kind == "char" and t.value in "([":
            depth += 1
        elif t.kind == "char" and t.value in ")]":
            depth = max(0, depth - 1)
        if t.kind == "special" and t.value == "&" and columns and not depth and _between_equations(out, toks, i):
            out.append(COLUMN)                  # `v_4 &= 2 & \dot v_4 &= 4`: align's next equation column
        elif t.kind == "special" and t.value in ("&", "~"):
            pass
        elif t.kind == "group" and not t.body and not (out and _is_char(out[-1], "^_")):
            pass                                # `&{}={}&`: an empty group is spacing
        elif t.kind == "macro" and t.value in ("left", "right", "bigl", "bigr") and i + 1 < len(toks) \
                and toks[i + 1].kind == "char" and toks[i + 1].value == ".":
            i += 1
        elif t.kind == "macro" and t.value in DROPPED:
            if t.value in ("tag", "tag*", "label", "hspace") and not t.args and i + 1 < len(toks) \
                    and toks[i + 1].kind == "group":
                i += 1
        elif t.kind == "macro" and t.value in ("text", "mathrm", "textrm") and \
                (not top_level or depth and _closes_an_argument(toks, i) or _names_a_quantity(toks, i) or
                 _word(t) in ("const", "constant")):
            # (`H(Y \mid \text{monthly})`, `P(\text{rain})`: a word that is a whole argument names an event)
            out.append(t)                       # \text{MSE} &= …: a name, not prose
        elif t.kind == "macro" and t.value in PROSE and _operand_position(out, toks, i):
            out.append(t)                       # `\text{…} + 1`: kept, so the side is not read without it
        elif t.kind == "macro" and t.value in SEPARATORS:
            if not t.args and i + 1 < len(toks) and toks[i + 1].kind == "group" and t.value.startswith(("text", "mbox", "inter", "shortinter", "hspace", "Arrow")):
                i += 1
            out.append(None)
        elif _struck_attempt(toks, i, top_level and not depth, out):
            i += 0 if t.args else 1             # `= \cancel{\frac{α'}{α' + β'}}\ \frac{α' - 1}{α' + β' - 2}`: the
            #                                     first attempt struck out, the second kept (not their product)
        elif t.kind == "macro" and t.value in UNWRAPPED and t.value not in ("mathbf", "bm", "boldsymbol", "pmb"):
            inner = [a for a in t.args if a is not None][-1:] if t.args else []
            if not inner and i + 1 < len(toks) and toks[i + 1].kind == "group":
                inner, i = [(toks[i + 1],)], i + 1
            for part in inner:
                body = clean((b for g in part for b in (g.body if g.kind == "group" else (g,))), top_level)
                if t.value in BRACES and body and all(u is not None and _is_rel(u) is None for u in body):
                    body = [Tok("group", "{}", t.pos, t.end, body=tuple(body), delims="{")]     # one operand
                out.extend(body)
            if t.value in BRACES and i + 2 < len(toks) and _is_char(toks[i + 1], BRACES[t.value]):
                i += 2                          # `\overbrace{4.4817}^{e^{1.5}}`: the note is not a power
        elif t.kind == "macro" and t.value in ANNOTATED and not t.args and i + 2 < len(toks) and \
                toks[i + 1].kind == toks[i + 2].kind == "group" and len(toks[i + 2].body) == 1 and \
                _is_rel(toks[i + 2].body[0]) is not None:
            out.append(dataclasses.replace(toks[i + 2].body[0], pos=t.pos, end=toks[i + 2].end))
            i += 2
        elif t.kind == "macro" and t.value in ANNOTATED and not t.args and i + 2 < len(toks) and \
                toks[i + 1].kind == "group" and _is_rel(toks[i + 2]) is not None:
            out.append(dataclasses.replace(toks[i + 2], pos=t.pos))      # `\overset{(a)}=`: the brace left out
            i += 2
        elif t.kind == "char" and t.value == ":" and i + 1 < len(toks) and toks[i + 1].value == "=":
            out.append(Tok("macro", "coloneqq", t.pos, toks[i + 1].end))
            i += 1
        elif t.kind == "char" and t.value == ":":
            out.append(None)                    # "z_i = w x_i + b: 0.5, 1.0" -- a colon ends the formula
        else:
            out.append(t)
        if spaced and len(out) > before and out[before] is not None and out[before] is not COLUMN:
            out[before] = dataclasses.replace(out[before], spaced=True)
        spaced = t.kind == "macro" and t.value in SPACES or spaced and len(out) == before
        i += 1
    return out


def _between_equations(out, toks, i) -> bool:
    r"""An `&` after a whole relation (`v_4 &= 2 & \dot v_4 &= 4`, no comma between) starts align's next
    equation column: the piece before it holds a relation and ends on an operand, and the two columns after it
    hold another relation (not `&&\text{by (3)}`) that does not begin with one (eqnarray's `a &=& b` and an
    array's relation column keep theirs)."""
    before = out[:-1] if out and _is_char(out[-1], ",;") else out        # `= 1.7, & v_4 &= …`
    piece = list(itertools.takewhile(lambda u: u is not None and u is not COLUMN and not _is_char(u, ",;"),
                                     reversed(before)))
    if not piece or _is_rel(piece[0]) is not None or piece[0].kind in ("char", "macro") and \
            piece[0].value in OPERATOR_END | {"(", "[", "{", "^", "_", "/"}:
        return False
    if not any(_is_rel(u) is not None for u in piece):
        return False
    rest = list(itertools.dropwhile(lambda u: u.kind == "special" and u.value == "&", toks[i + 1:]))
    ands = [k for k, u in enumerate(rest) if u.kind == "special" and u.value == "&"]
    column = rest[:ands[1]] if len(ands) > 1 else rest      # the next equation: its two columns (`x &= 1`)
    column = [u for u in column if not (u.kind == "macro" and u.value in DROPPED or u.kind == "special")]
    return bool(column) and _is_rel(column[0]) is None and not _is_char(column[0], ":") and \
        any(_is_rel(u) is not None for u in column[1:])


def _is_char(t, chars: str) -> bool:
    return t is not None and t.kind == "char" and t.value in chars


def _word(t) -> str:
    arg = t.args[-1] if t.args and t.args[-1] else ()
    return "".join(u.value for g in arg for u in (g.body if g.kind == "group" else (g,)))


def _operand_position(out, toks, i) -> bool:
    """`x + \text{…}`, `\text{…} \times 2`: prose where the formula needs a quantity. Splitting there
    would check `+ 1 = 2` with the words dropped; kept, the side is unverified with the reason."""
    before = next((u for u in reversed(out) if u is not None), None) if out and out[-1] is not None else None
    if before is not None and before.value in OPERATOR_END | {"/", "^", "_"} and before.kind in ("char", "macro"):
        return True
    j = i + 1 if toks[i].args else i + 2       # `\text` with its argument not attached: the group after it
    after = next((u for u in toks[j:] if not (u.kind == "special" and u.value == "&")), None)
    return after is not None and after.kind in ("char", "macro") and after.value in OPERATOR_END | {"/", "^", "_"}


def _closes_an_argument(toks, i) -> bool:
    r"""`\text{monthly})`: the word is the rest of a bracketed argument (a `)`, `]` or `,` follows it), or the
    event of a conditional one (`P(\text{head} \mid k)`: a `\mid` follows it)."""
    j = i + 1 if toks[i].args else i + 2
    after = toks[j] if j < len(toks) else None
    return after is not None and (after.kind == "char" and after.value in ")],|" or
                                  after.kind == "macro" and after.value in ("mid", "vert"))


def _names_a_quantity(toks, i) -> bool:
    """`\text{word}` right before a relation (ignoring `&` and spacing) is the left side."""
    t = toks[i]
    word = _word(t)
    if not word.isalnum():
        return False
    for u in toks[i + 1:]:
        if (u.kind == "special" and u.value == "&") or (u.kind == "macro" and u.value in DROPPED):
            continue
        return _is_rel(u) is not None
    return False


def _brackets(toks):
    """Per token: its depth counting matched brackets only, and the unmatched bracket whose
    reach it lies in (after a `(` that is never closed, before a `)` never opened) or None.

    `(` and `[` close with either of `)` `]` (half-open intervals). A relation inside an
    unmatched bracket's reach cannot be placed: it may be a step or a part of one.
    """
    stack, lone = [], set()
    for k, t in enumerate(toks):
        if _is_char(t, "(["):
            stack.append(k)
        elif _is_char(t, ")]"):
            if stack:
                stack.pop()
            else:
                lone.add(k)
    lone.update(stack)
    depths, depth = [], 0
    for k, t in enumerate(toks):
        if k not in lone:
            depth += 1 if _is_char(t, "([") else -1 if _is_char(t, ")]") else 0
        depths.append(depth)
    reach, near = [None] * len(toks), None
    for k, t in enumerate(toks):
        reach[k] = near
        near = t if k in lone and _is_char(t, "([") else near
    near = None
    for k in range(len(toks) - 1, -1, -1):
        reach[k] = reach[k] or near
        near = toks[k] if k in lone and _is_char(toks[k], ")]") else near
    return depths, reach


def _pieces(toks):
    """Split at top-level separators: None markers, `,` and `;` outside brackets.

    Yields lists of (token, depth, unmatched) with depth and unmatched from `_brackets`.
    """
    run: list = []
    for t in list(toks) + [None]:
        if t is not None:
            run.append(t)
            continue
        depths, unmatched = _brackets(run)
        piece = []
        for tok, depth, far in zip(run, depths, unmatched):
            if depth <= 0 and far is None and tok.kind == "char" and tok.value in ",;":
                if piece:
                    yield piece
                piece = []
                continue
            piece.append((tok, depth, far))
        if piece:
            yield piece
        run = []


def _strip_enumerator(piece):
    toks = [t for t, _, _ in piece[:2]]
    if len(toks) == 2 and toks[1].kind == "char" and toks[1].value == ")" and \
            (toks[0].kind == "num" or (toks[0].kind == "char" and toks[0].value.isalpha())):
        return piece[2:]
    return piece


def _step_relation(entry) -> str | None:
    """The relation a piece's token stands for, if it separates steps: not inside brackets
    (`P(X = 3)` is not a step) nor within reach of an unmatched bracket."""
    tok, depth, unmatched = entry
    return _is_rel(tok) if depth <= 0 and unmatched is None else None


def _unplaced(entry, piece, region: MathRegion, where) -> ChainError:
    tok, _, bracket = entry
    line, col = where(bracket.pos) if where else (None, None)
    at = f"at line {line}, column {col}" if line is not None else f"at offset {bracket.pos}"
    problem = "is never closed" if bracket.value in "([" else "closes nothing opened before it"
    source = _segment([t for t, _, _ in piece], region, tok.pos).text
    return ChainError(f"not checked: the {bracket.value!r} {at} {problem}, so whether this relation is a step "
                      "cannot be told", tok.pos, source)


def _segment(toks, region: MathRegion, fallback: int) -> Segment:
    if not toks:
        return Segment((), fallback, fallback, "")
    start, end = toks[0].pos, toks[-1].end
    return Segment(tuple(toks), start, end, region.text[start - region.offset:end - region.offset].strip())


def _logical_lines(region: MathRegion, icomma: bool = False, own: frozenset = frozenset()):
    """Cleaned tokens of each line (one ending on an operator joined to the next), or a
    ChainError for a line that does not tokenize. A dangling line is never dropped."""
    carry: list = []
    for line, rel_off in split_lines(region.text):
        try:
            toks = carry + clean(tokenize(line, region.offset + rel_off, icomma, own), columns=True)
        except LatexError as exc:
            if carry:
                yield carry
            carry = []
            yield ChainError(str(exc), exc.offset, line.strip())
            continue
        carry = []
        while toks and toks[-1] is not None and toks[-1].kind == "char" and toks[-1].value in ".,":
            toks = toks[:-1]
        # `… \bigr). \intertext{…}`: the full stop before a separator ends the sentence, as at the line's end
        toks = [t for k, t in enumerate(toks) if not (t is not None and t.kind == "char" and t.value == "." and
                                                      k + 1 < len(toks) and toks[k + 1] is None)]
        if toks and toks[-1] is not None and toks[-1].value in OPERATOR_END:
            carry = toks
            continue
        yield toks
    if carry:
        yield carry


# what may stand between a row and its where-clause: spacing, a comma, `\text{where}` (not `\iff`, `\text{at }`)
_WHERE_GAP = re.compile(r"(?:\s|[,;&]|\\q?quad\b|\\[,;:! ]|\\(?:text|mbox|textrm)\{\s*(?:where|with)\s*\})*\Z")


def _where_clause(piece, before) -> bool:
    r"""`λ = \frac{σ^2}{nτ^2}` after `\qquad` (or a comma) on the row that uses λ: one name, then `=`, the name written
    in an earlier piece of the row and not on the right of its own."""
    rel = next((k for k, entry in enumerate(piece) if _step_relation(entry) is not None), None)
    if rel is None or not 1 <= rel <= 4 or _step_relation(piece[rel]) != "=" or \
            any(_step_relation(entry) is not None for entry in piece[rel + 1:]):
        return False
    head = [t for t, _, _ in piece[:rel]]
    if not (head[0].kind == "macro" and head[0].value in GREEK or head[0].kind == "char" and head[0].value.isalpha()) \
            or any(t.kind == "macro" for t in head[1:]) or \
            any(t.kind == "char" and not (t.value.isalnum() or t.value == "_") for t in head):
        return False        # (`\text{at } \x = (1, -1)`: a point named in prose, not a where-clause)

    def has_head(ts):
        ts = list(ts)
        return any(all(_same(a, b) for a, b in zip(ts[i:i + len(head)], head)) for i in range(len(ts) - len(head) + 1))

    def left_of_its_first_relation(p):
        k = next((k for k, entry in enumerate(p) if _step_relation(entry) is not None), len(p))
        return [t for t, _, _ in p[:k]]
    # used on a right side before, never worked out there (`s^2 = 4.8, \quad s = 2.19`: s is a result)
    return has_head(t for p in before for t, _, _ in p) and \
        not any(has_head(left_of_its_first_relation(p)) for p in before) and \
        not has_head(t for t, _, _ in piece[rel + 1:])


def _same(a: Tok, b: Tok) -> bool:
    return a.kind == b.kind and a.value == b.value and a.body == b.body and a.args == b.args


def _one_piece(piece, region: MathRegion, where):
    """The chain of one piece of a row on its own (a where-clause taken before the row)."""
    pending = [[], []]
    yield from _extend(pending, piece, region, where, continues=False)
    yield Chain(tuple(pending[0]), tuple(pending[1]))


def _extend(pending, piece, region: MathRegion, where, continues: bool):
    """Add a piece's sides and relations to the chain being built (yielding a misplaced relation's error)."""
    current: list = []
    for k, entry in enumerate(piece):
        t = entry[0]
        rel = _step_relation(entry)
        if rel is None:
            if _is_rel(t) is not None and entry[1] <= 0:
                yield _unplaced(entry, piece, region, where)
            current.append(t)
            continue
        if not (continues and k == 0 and pending[0]):
            pending[0].append(_segment(current, region, t.pos))
        pending[1].append((rel, t.pos))
        current = []
    pending[0].append(_segment(current, region, piece[-1][0].end))


def chains_of(region: MathRegion, where=None, icomma: bool = False, own: frozenset = frozenset()):
    """Chain and ChainError objects of one math region, in order.

    `where(offset) -> (line, column)` lets an error name a second place in the file."""
    pending: list | None = None       # [segments, rels] of the chain being built
    for toks in in_reading_order(list(_logical_lines(region, icomma, own))):
        if isinstance(toks, (SweepColumn, ChainError)):
            if pending:
                yield Chain(tuple(pending[0]), tuple(pending[1]))
            pending = None
            yield toks
            continue
        pieces = list(_pieces(toks))
        hoisted = {n for n in range(1, len(pieces)) if _where_clause(pieces[n], pieces[:n]) and
                   _WHERE_GAP.match(region.text, pieces[n - 1][-1][0].end - region.offset,
                                    pieces[n][0][0].pos - region.offset)}
        if hoisted and pending and pieces and not (_step_relation(pieces[0][0]) is not None or not pending[0][-1].toks):
            yield Chain(tuple(pending[0]), tuple(pending[1]))     # the rows before, which this row does not continue
            pending = None
        for n in sorted(hoisted):       # `… + λw^2, \qquad λ = \frac{σ^2}{nτ^2}`: the definition the row uses first
            yield from _one_piece(pieces[n], region, where)
        for n, piece in enumerate(pieces):
            if n in hoisted:
                continue
            piece = _strip_enumerator(piece) if n == 0 else piece
            if not piece:
                continue
            continues = n == 0 and (_step_relation(piece[0]) is not None or (pending and not pending[0][-1].toks))
            if not continues and pending:
                yield Chain(tuple(pending[0]), tuple(pending[1]))
                pending = None
            if pending is None:
                pending = [[], []]
            if continues and pending[0] and not pending[0][-1].toks and _step_relation(piece[0]) is None:
                pending[0].pop()        # `a = \\ b`: b is the right side (`a = \\ = b` keeps its gap)
            yield from _extend(pending, piece, region, where, continues)
    if pending:
        yield Chain(tuple(pending[0]), tuple(pending[1]))
