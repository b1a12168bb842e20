r"""Align rows with equation columns side by side (`v_4 &= 2 & \dot v_4 &= 4`): the order they are read in. Row by
row, each row's columns one after another; or column by column when later columns define the tangents an earlier
one did (a forward-mode trace with a column per seed), each such column a sweep of its own."""
from __future__ import annotations

from dataclasses import dataclass

from verify.tex.relations import relation_of
from verify.tex.tokens import Tok


@dataclass(frozen=True)
class SweepColumn:
    r"""The next equation column of an align whose columns define the same tangents (`\dot v_4` in a column per
    seed of a forward-mode trace): read after the column before it, as a sweep of its own."""


COLUMN = Tok("special", "column", -1, -1)      # where align's next equation column starts in a row


def columns_of(toks) -> list[list]:
    """A row's equation columns (split at COLUMN)."""
    cols = [[]]
    for t in toks:
        if t is COLUMN:
            cols.append([])
        else:
            cols[-1].append(t)
    return cols


def _key(t: Tok) -> tuple:
    """A token as written, wherever it stands."""
    return (t.kind, t.value, tuple(_key(b) for b in t.body),
            tuple(None if a is None else tuple(_key(b) for b in a) for a in t.args))


def _heads(cols) -> list[set]:
    """Per column, the left sides of its rows' first relations (as token keys)."""
    heads = []
    for col in cols:
        k = next((k for k, t in enumerate(col) if t is not None and relation_of(t) is not None), None)
        head = tuple(_key(t) for t in col[:k]) if k and None not in col[:k] else None
        heads.append({head} if head else set())
    return heads


def _tangent(head: tuple) -> bool:
    """A left side written with a dot (`\\dot v_4`): a forward-mode tangent, which each seed's sweep defines again."""
    return any(key[0] == "macro" and key[1] == "dot" for key in head)


def in_reading_order(lines):
    r"""The region's lines as they are read: row by row, each row's equation columns one after another; or, when
    a later column defines tangents an earlier one did (`\dot v_4` once per seed in a forward-mode trace), column
    by column, each column after the first of those a sweep of its own (SweepColumn before it)."""
    if not any(t is COLUMN for toks in lines if isinstance(toks, list) for t in toks):
        yield from lines            # (most regions: one equation a row)
        return
    rows = [columns_of(toks) if isinstance(toks, list) else toks for toks in lines]
    width = max((len(r) for r in rows if isinstance(r, list)), default=1)
    seen: list[set] = [set() for _ in range(width)]
    for r in rows:
        if isinstance(r, list):
            for c, head in enumerate(_heads(r)):
                seen[c] |= head
    repeated = [c for c in range(1, width) if any(_tangent(head) for e in range(c) for head in seen[c] & seen[e])]
    if not repeated:
        for r in rows:
            yield [t for k, col in enumerate(r) for t in ([None] if k else []) + col] if isinstance(r, list) else r
        return
    for c in range(width):
        if c in repeated:
            yield SweepColumn()
        for r in rows:
            if isinstance(r, list) and c < len(r):
                yield r[c]
            elif not isinstance(r, list) and c == 0:
                yield r
