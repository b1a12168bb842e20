"""The built report reads like worked solutions: no machine output in the PDF's text, no Python
names as labels, tables and figures numbered without gaps; every figure captioned and labelled.

The text test builds the whole report (checks from the session's cache in build/cache, runs from
the report's run cache) and reads it back with pdftotext, as a reader would see it.
"""
import os
import re
import shutil
import subprocess

import pytest

from report.runs import figures

needs_tex = pytest.mark.skipif(not (shutil.which("latexmk") and shutil.which("pdftotext")) and not os.environ.get("CI"),
                               reason="needs latexmk and pdftotext (see report/tex_setup.py)")

MACHINE_OUTPUT = ("Derivative(", "Subs(", "DiagMatrix", "↦", "Lambda(", "Heaviside", "θ(z)", "ImmutableMatrix",
                  "BetaDistribution", "\\frac", "\\mathbb", "$")
# Python-style names a result, symbol or check could leak as a label (snake_case has an underscore,
# caught separately).
# Math written as ASCII/Unicode text in a justification, caption, header or check name (typeset as $…$ math
# it reads d, ∑, tanh x apart, a minus sign −, ×): what came out before the text was written as math.
ASCII_MATH = re.compile(r"d/dx sum|d/dθ log|\bdtype\b|\bN x \w|\w - \w|<=|>=|\^T\b|\w\^\(|\*\*|1 - p\b")
PYTHON_NAMES = re.compile(r"\b(?:[Dd]elta\d|Yhat|yhat\w*|theta\w*|alpha\w*|sigma\w*|\w+prime\w*|dL_d\w+|[A-Z]\w*\d_\d+)\b")


def problems(text: str) -> list[str]:
    """What a reader would trip over in the report's text (the machine's own environment line aside)."""
    out = [f"machine output {s!r}" for s in MACHINE_OUTPUT if s in text]
    # math subscripts come out of pdftotext as plain characters: a `_` is one that was printed literally
    for line in text.splitlines():
        if "_" in line and not line.strip().startswith(("Platform", "Python")):
            out.append(f"underscore outside math: {line.strip()[:90]!r}")
        for m in PYTHON_NAMES.finditer(line):
            out.append(f"Python name {m.group()!r}: {line.strip()[:90]!r}")
        for m in ASCII_MATH.finditer(line):
            out.append(f"ASCII math {m.group()!r}: {line.strip()[:90]!r}")
    for kind in ("Table", "Figure"):
        numbers = [int(n) for n in re.findall(rf"^\s*{kind} (\d+):", text, re.M)]
        if numbers != list(range(1, len(numbers) + 1)):
            out.append(f"{kind} numbers skip or repeat: {numbers}")
    return out


def float_order_problems(tex: str, text: str) -> list[str]:
    """Figures and tables reach the page in the order the text gives them (LaTeX keeps each float class in
    order, not the two together: Table 1 could come before Figure 2)."""
    written = ["Table" if kind else "Figure" for kind in re.findall(r"\\caption(?:of\{(table)\})?\{", tex)]
    printed = re.findall(r"^\s*(Figure|Table) \d+:", text, re.M)
    return [] if written == printed else [f"floats out of text order: written {written}, printed {printed}"]


def test_the_float_order_check_catches_a_table_before_a_figure():
    tex = r"\caption{a} \captionof{table}{b} \caption{c}"
    assert float_order_problems(tex, "Figure 1: a\nTable 1: b\nFigure 2: c\n") == []
    assert float_order_problems(tex, "Figure 1: a\nFigure 2: c\nTable 1: b\n")


def test_the_readability_check_catches_each_kind_of_problem():
    clean = "Table 1: fine.\nFigure 1: fine.\nTable 2: fine.\n∂L/∂a2 = ŷ − y\n"
    assert problems(clean) == []
    for broken, why in (("L′(σ(a2)) = Derivative(L, a)", "machine output"), ("(d ↦ σ(d))∘(A1)", "machine output"),
                        ("J = DiagMatrix(ŷ)", "machine output"), ("posterior_mean: (y+α)/(N+α+β)", "underscore"),
                        ("delta2 = ŷ − y", "Python name"), ("Yhat is 1×N", "Python name"),
                        ("Table 5: after a gap", "Table numbers"),
                        ("d/dx sum tanh(x) vs autograd of torch.tanh", "ASCII math"),
                        ("dtype   max |derived - autograd|", "ASCII math"), ("N x variance", "ASCII math"),
                        ("gap (val - test)", "ASCII math"), ("A1 = WX + b1^T", "ASCII math"),
                        ("set d/dθ log density = 0", "ASCII math"), ("σ' <= 1/4", "ASCII math")):
        assert any(why in p for p in problems(clean + broken + "\n")), broken


@needs_tex
def test_built_report_reads_as_worked_solutions(tmp_path, checked_results):
    """The whole report, with runs: the pdftotext output has none of the problems above."""
    from report import build, cache
    from report.__main__ import main
    saved = cache.CACHE_DIR
    cache.CACHE_DIR = build.ROOT / "build" / "cache"       # where checked_results put the checks
    try:
        out = tmp_path / "report.pdf"
        assert main(["-o", str(out)]) == 0
    finally:
        cache.CACHE_DIR = saved
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Figure 1:" in text and "Table 1:" in text
    assert problems(text) == []
    assert float_order_problems(out.with_suffix(".tex").read_text(), text) == []
    # no table wider than the page, no hyperref anchor defined twice (an uncaptioned table's number reused)
    log = (tmp_path / "latex" / "report.log").read_text(errors="replace")
    assert "Overfull \\hbox" not in log and "destination with the same identifier" not in log


# --- figures: matplotlib objects, before they are saved ------------------------------------------

def _figure(ylabel="y", caption="What to look at."):
    fig, ax = figures.new()
    ax.plot([0, 1], [0, 1], label="a")
    ax.set(xlabel="x", ylabel=ylabel)
    return fig, caption


def test_a_labelled_captioned_figure_is_saved(tmp_path):
    fig, caption = _figure()
    assert figures.save(fig, tmp_path, "f.pdf", caption).caption == caption
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("break_it, why", [
    (lambda ax: ax.set_ylabel(""), "no y label"),
    (lambda ax: ax.set_xlabel(""), "no x label"),
    (lambda ax: ax.plot([0, 1], [1, 0], label="b"), "no legend"),
    (lambda ax: (ax.bar([0, 1], [0.87, 0.89], label="_bars"), ax.set_ylim(0.86, 0.9)), "not 0"),
])
def test_an_unreadable_figure_is_refused(tmp_path, break_it, why):
    fig, caption = _figure()
    break_it(fig.axes[0])
    with pytest.raises(figures.UnreadableFigure, match=why):
        figures.save(fig, tmp_path, "f.pdf", caption)
    assert not (tmp_path / "f.pdf").exists()


def test_a_figure_without_caption_is_refused(tmp_path):
    fig, _ = _figure()
    with pytest.raises(figures.UnreadableFigure, match="no caption"):
        figures.save(fig, tmp_path, "f.pdf", "  ")


def test_speed_comparison_says_only_what_the_medians_support():
    from report.runs.bias_sharing import compare_speed
    summary = {"shared": {"reached": [8, 8, 5, 0], "median_iterations": [130.5, 100, 50, None]},
               "independent": {"reached": [8, 8, 8, 0], "median_iterations": [131, 150, 60, None]}}
    said = [compare_speed(lr, summary, j, 8) for j, lr in enumerate((0.1, 0.3, 1, 3))]
    assert "about the same" in said[0]            # 130.5 vs 131 is no win
    assert "shared sooner" in said[1]
    assert "not comparable" in said[2]            # medians over different sets of seeds
    assert "neither" in said[3]
