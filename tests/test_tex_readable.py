"""readable(): the shortcut for plain sides gives exactly what pylatexenc's latex2text gives."""
import random
import re
from pathlib import Path

from verify.tex import readable as module
from verify.tex.readable import readable

CORPUS = Path(__file__).parent / "corpus"


def _latex2text(text: str) -> str | None:
    return module._TO_TEXT.nodelist_to_text(
        module.latexwalker.LatexWalker(text, latex_context=module._WALKER_CONTEXT).get_latex_nodes()[0])


def _shortcut(text: str) -> str | None:
    return module._part.__wrapped__(text) if module._PLAIN.fullmatch(text) else None


def test_the_shortcut_agrees_with_latex2text_on_the_corpus_sides():
    pieces = {p for f in sorted(CORPUS.rglob("*.tex")) for line in f.read_text().splitlines()
              for p in re.split(r"=|&|\\\\|\\approx|<|>", line)}
    taken = [p for p in pieces if _shortcut(p) is not None]
    assert len(taken) > 1000          # most numeric sides take it
    assert [p for p in taken if _shortcut(p) != _latex2text(p)] == []


def test_the_shortcut_agrees_with_latex2text_on_odd_text():
    rng = random.Random(0)
    alphabet = ["a", "1", " ", "\n", "\n\n", "\t", "+", "-", "--", "(", ")", ".", ",", "/", "*", "=", "<", "|",
                "\\times", "\\cdot", "\\times ", "×", "−", "é", "…", "\\cdot\n", "\"", "'", "0.5", "\f"]
    checked = 0
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if _shortcut(text) is not None:
            checked += 1
            assert _shortcut(text) == _latex2text(text), text
    assert checked > 500


def test_a_broken_shortcut_is_caught(monkeypatch):
    # the comparison above can fail: a shortcut that keeps the space after \times differs
    monkeypatch.setattr(module, "_PLAIN_MACRO", re.compile(r"\\(times|cdot)"))
    assert _shortcut("0.3 \\times (1.2)") != _latex2text("0.3 \\times (1.2)")


def test_numeric_steps_read_as_before():
    assert readable("0.3 \\times (1.2) + 0.5", "=", "0.86") == "0.3 × (1.2) + 0.5 = 0.86"
    assert readable("\\frac{1}{2}", "=", "0.5") == "1/2 = 0.5"
