"""What an empirical run hands to the report: plain data, rendered by the templates.

A run is a function `run(config, seed, outdir, checked) -> RunOutput`; figure paths are relative
to the report's build directory so the LaTeX can \\includegraphics them.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    path: str          # relative to the build directory, e.g. "runs/tanh/error.pdf"
    caption: str


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RunOutput:
    derivation: str    # the derivation whose section shows this run
    title: str
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()       # plain text paragraphs (escaped by the templates)
    tikz: str | None = None           # a generated TikZ picture (already LaTeX), e.g. a computation graph
    data: dict = field(default_factory=dict, compare=False)   # numbers for tests, not rendered
    tikz_caption: str = ""            # the picture's caption: what to look at in it
