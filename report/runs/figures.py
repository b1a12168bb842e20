r"""Matplotlib for the report: Agg backend, 11pt-document sizes, byte-reproducible PDFs.

The report is an 11pt article on A4 with 2.4 cm margins (\linewidth = 16.2 cm = 6.4 in) in
Latin Modern; figures are drawn 6 in wide in Computer Modern, no taller than the template's
0.42 \textheight, so they are included unscaled and their 9pt labels print at 9pt.
"""
from __future__ import annotations

from pathlib import Path

from report.runs.base import Figure

TEXT_WIDTH_IN = 6.0
MAX_ASPECT = 0.65           # height / width that still fits 0.42 \textheight unscaled
STYLE = {
    "font.family": "serif",
    "font.serif": ["cmr10"],                 # Computer Modern, shipped with matplotlib (the report uses lmodern)
    "mathtext.fontset": "cm",
    "axes.formatter.use_mathtext": True,     # cmr10 has no minus sign: tick labels go through mathtext
    "font.size": 9,
    "axes.titlesize": 9,
    "axes.labelsize": 9,
    "legend.fontsize": 8,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "lines.linewidth": 1.2,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
}
METADATA = {"CreationDate": None, "ModDate": None, "Producer": "derivkit", "Creator": "derivkit"}


def pyplot():
    """matplotlib.pyplot on the Agg backend with STYLE applied for the whole process (artists take
    their fonts when created, after `new` returns). Imported on first use: cached rebuilds never need it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    matplotlib.rcParams.update(STYLE)
    return plt


def literal(text: str) -> str:
    """User text (a CSV column name) for a matplotlib label: `$` pairs would be read as mathtext
    (`$\\foo$` crashes the draw); `\\$` is matplotlib's literal dollar."""
    return str(text).replace("$", "\\$")


def new(ncols: int = 1, nrows: int = 1, *, width: float = 1.0, aspect: float = 0.6, **kw):
    """A figure `width` x text width wide, `aspect` x as tall; returns (fig, axes)."""
    w = TEXT_WIDTH_IN * width
    return pyplot().subplots(nrows, ncols, figsize=(w, w * min(aspect, MAX_ASPECT)), layout="constrained", **kw)


class UnreadableFigure(ValueError):
    """A figure a reader could not read: no caption, an axis without a label, a bar chart not from 0."""


def problems(fig, caption: str) -> list[str]:
    """What a reader would miss in `fig`: each visible panel needs both axes labelled (an axis shared
    with a labelled neighbour, showing no tick labels of its own, counts as labelled), several lines
    or bar sets need a legend, and bars on a linear axis must start from 0 (a bar's length is its value)."""
    out = [] if str(caption).strip() else ["no caption"]
    panels = [ax for ax in fig.axes if ax.get_visible() and (ax.lines or ax.patches or ax.collections or ax.images)]
    for i, ax in enumerate(panels, 1):
        for axis, label, shared in (("x", ax.get_xlabel(), ax.get_shared_x_axes()),
                                    ("y", ax.get_ylabel(), ax.get_shared_y_axes())):
            ticks = [t.get_text() for t in getattr(ax, f"get_{axis}ticklabels")() if t.get_text()]
            borrowed = any(shared.joined(ax, other) and getattr(other, f"get_{axis}label")() for other in panels
                           if other is not ax)
            if not label.strip() and not (borrowed and not ticks):
                out.append(f"panel {i}: no {axis} label")
        labelled = [a for a in ax.lines + ax.containers if not str(a.get_label()).startswith("_")]
        if len(labelled) > 1 and ax.get_legend() is None and not any(a.get_legend() for a in fig.axes):
            out.append(f"panel {i}: {len(labelled)} labelled series and no legend")
        for bars in ax.containers:
            horizontal = getattr(bars, "orientation", "vertical") == "horizontal"
            scale, (lo, hi) = (ax.get_xscale(), ax.get_xlim()) if horizontal else (ax.get_yscale(), ax.get_ylim())
            if scale == "linear" and not min(lo, hi) <= 0 <= max(lo, hi):
                out.append(f"panel {i}: bars on an axis from {min(lo, hi):g}, not 0")
    return out


def save(fig, outdir: str | Path, relpath: str, caption: str) -> Figure:
    """Write `fig` to outdir/relpath as PDF with fixed metadata, close it, return its Figure.
    Raises UnreadableFigure (see `problems`) instead of writing a figure a reader could not read."""
    found = problems(fig, caption)
    if found:
        pyplot().close(fig)
        raise UnreadableFigure(f"{relpath}: " + "; ".join(found))
    path = Path(outdir) / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="pdf", metadata=METADATA)
    pyplot().close(fig)
    return Figure(relpath, caption)
