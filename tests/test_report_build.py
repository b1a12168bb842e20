"""End to end: report.tex → PDF with latexmk (skipped without TeX). Uses the `tanh`
derivation (its check is cached once per session) or small hand-made derivations."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import sympy as sp

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from derivations.model import Derivation  # noqa: E402
from derivations import checked  # noqa: E402
from report import build as report_build, cache, outputs, provenance  # noqa: E402
from report.__main__ import main  # noqa: E402

# Outside CI a missing TeX skips these; in CI (.ci/run installs TeX) it must fail, never skip silently.
pytestmark = pytest.mark.skipif(not (shutil.which("latexmk") and shutil.which("pdftotext")) and not os.environ.get("CI"),
                                reason="needs latexmk and pdftotext (see report/tex_setup.py)")

INJECTION = r"\input{/etc/passwd} \write18{touch pwned} } % # & _ ^ ~ $"


PROVENANCE = provenance.collect()


@pytest.fixture(autouse=True)
def shared_cache(tmp_path_factory, monkeypatch):
    """One check cache for the session (tanh is checked once, not per test), and one
    provenance: a commit landing mid-test must not change the title page under it."""
    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path_factory.getbasetemp() / "report-cache")
    monkeypatch.setattr(provenance, "collect", lambda **kw: PROVENANCE)


def pdf_text(pdf: Path, first=None, last=None) -> str:
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def fake_checks(*summaries):
    return lambda selected, rerun: (list(summaries), [])


def tiny(rule="add equal terms", title="A tiny derivation", long=False, name="tiny"):
    x, y, z = sp.symbols("x y z", real=True)
    d = Derivation(name, title, "Statement with 100% literal text: a_b & c.")
    d.step(x * 2, x + x, rule)
    if long:   # ~200 terms: must be scaled to the line, not run off the page
        d.define(sp.Symbol("P"), sp.expand((x + y + z + 1) ** 9), "a long polynomial")
    d.result("doubled", 2 * x)
    return checked.check(d, d.check(gradients=False, numeric=False))


def test_tanh_report_builds_and_shows_verified_results(tmp_path):
    out = tmp_path / "report.pdf"
    opts = report_build.Options(output=out, names=["tanh"], runs=False)
    inputs = report_build.build_key(opts, PROVENANCE)
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0
    text = pdf_text(out)
    assert "The derivative of tanh" in text
    # the boxed result is labelled in math (d/dx tanh x = 1 − tanh² x), not by its Python name
    assert "derivative:" not in text and re.search(r"tanh\s*\(x\)\s*=\s*1\s*−\s*tanh", text)
    assert "FAILED" not in text and "All 13 checks passed" in pdf_text(out, 1, 1)
    assert "sympy vs reverse" in text and "Random seeds" in text and "Summary of every check" in text
    # warm rebuild: nothing to do
    outcome = report_build.build(opts)
    assert report_build.build_key(opts, PROVENANCE) == inputs, "the sources changed during the test"
    assert outcome.up_to_date and outcome.ok


def test_rebuild_is_byte_identical(tmp_path):
    pdfs = []
    for i in range(2):
        out = tmp_path / f"b{i}" / "report.pdf"
        assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0
        pdfs.append(out.read_bytes())
    assert pdfs[0] == pdfs[1]
    xref = pdfs[0].rfind(b"/Type /XRef")                            # the trailer dictionary
    assert xref > 0 and b"/ID" not in pdfs[0][xref:pdfs[0].find(b"stream", xref)]   # \pdftrailerid{}


def test_injection_renders_literally(tmp_path, monkeypatch):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny(rule=INJECTION, title="T & #1 _x_ a/b")))
    out = tmp_path / "report.pdf"
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0
    text = pdf_text(out)
    assert "\\input{/etc/passwd}" in text and "\\write18{touch pwned}" in text
    for ch in "}%#&_^~$":
        assert ch in text.split("\\write18{touch pwned}", 1)[1]
    assert "T & #1 _x_ a/b" in text
    assert not (tmp_path / "pwned").exists() and "root:" not in text


def test_long_expressions_fit_the_page(tmp_path, monkeypatch):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny(long=True)))
    out = tmp_path / "report.pdf"
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0
    log = (tmp_path / "latex" / "report.log").read_text(errors="replace")
    overfull = [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide", log)]
    assert max(overfull, default=0) < 10, overfull


def test_failed_check_still_builds_and_exits_nonzero(tmp_path, monkeypatch):
    bad = checked.failed("ghost", "ghost", "import", ModuleNotFoundError("No module named 'derivations.ghost'"))
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny(), bad))
    out = tmp_path / "report.pdf"
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 1
    first = pdf_text(out, 1, 1)
    assert "1 of 2 checks FAILED" in first and "derivations.ghost" in first
    # the warm path remembers the failure
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 1


def test_broken_template_maps_error_and_keeps_last_good_pdf(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    out = tmp_path / "report.pdf"
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0
    good = out.read_bytes()
    broken = tmp_path / "broken"
    broken.mkdir()
    derivation = (report_build.ROOT / "templates" / "derivation.tex.j2").read_text()
    (broken / "derivation.tex.j2").write_text(derivation.replace(r"\subsection{Result}",
                                                                 r"\subsection{Result}\nosuchmacro"))
    capsys.readouterr()
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs", "--templates", str(broken)]) == 3
    err = capsys.readouterr().err
    assert "! Undefined control sequence." in err and re.search(r"^l\.\d+", err, re.M)
    assert "template derivation.tex.j2 for derivation tiny" in err and "\\nosuchmacro" in err
    assert out.read_bytes() == good
    # and the next good build recovers from the halted one
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs"]) == 0


def test_cli_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0 and "--no-runs" in capsys.readouterr().out
    assert main(["-o", str(tmp_path / "r.pdf"), "--derivations", "no_such_thing"]) == 2
    assert "valid names" in capsys.readouterr().err


def test_runs_section_shows_figures_tables_notes_and_tikz(tmp_path, monkeypatch):
    from report import runs
    from report.runs import figures
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny(name="tanh")))   # runs go by name

    def collect(results, outdir, rerun=False, data=None, seed=0):
        names = [r.name for r in results]
        fig, ax = figures.new()
        ax.plot([0, 1], [1, 0])
        ax.set(xlabel="x", ylabel="y")
        saved = figures.save(fig, outdir, "runs/tiny/line.pdf", "A falling line & 50% of it")
        missing = runs.Figure("runs/tiny/nothing.pdf", "never drawn")
        table = runs.Table("Errors per size", ("size", "max_err"), (("10", "1e-16"), ("1_000", "2e-15")))
        tikz = r"\begin{tikzpicture}\node[draw] {$x$} ; \end{tikzpicture}"
        return {n: [runs.RunOutput(n, "Falling line", (saved, missing), (table,), ("Note: 100% & done.",), tikz,
                                   {"seed": 7})] for n in names}

    monkeypatch.setattr(runs, "collect", collect)
    out = tmp_path / "report.pdf"
    assert main(["-o", str(out), "--derivations", "tanh"]) == 0
    text = pdf_text(out)
    for expected in ("Falling line", "A falling line & 50% of it", "Errors per size", "1_000",
                     "Note: 100% & done.", "file missing", "run: Falling line"):
        assert expected in text, expected


def test_hand_appendix_is_optional_and_shown(tmp_path, monkeypatch):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    hand = tmp_path / "hand.tex"
    hand.write_text("\\begin{align*} a &= 2 + 2 = 4 \\\\ b &= 3 \\times 3 = 10 \\end{align*}\n")
    out = tmp_path / "report.pdf"
    code = main(["-o", str(out), "--derivations", "tanh", "--no-runs", "--hand", str(hand)])
    text = pdf_text(out)
    assert "Hand-written derivation" in text and "hand.tex" in text
    try:
        import verify.tex  # noqa: F401
    except ImportError:
        assert code == 1 and "not available" in text
    else:
        assert code == 1 and "FAILED" in pdf_text(out, 1, 1)     # 3 x 3 = 10 is wrong


def test_template_syntax_error_names_the_template(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    (tmp_path / "title.tex.j2").write_text("line one\n((* if *))\n")
    assert main(["-o", str(tmp_path / "report.pdf"), "--derivations", "tanh", "--no-runs",
                 "--templates", str(tmp_path)]) == 3
    assert "title.tex.j2:2" in capsys.readouterr().err


def test_undefined_variable_names_the_template_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    (tmp_path / "title.tex.j2").write_text("line one\n((( no_such_variable )))\n")
    assert main(["-o", str(tmp_path / "report.pdf"), "--derivations", "tanh", "--no-runs",
                 "--templates", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "title.tex.j2:2" in err and "no_such_variable" in err


def test_warm_rebuild_imports_neither_torch_nor_sympy(tmp_path):
    """Nothing changed: the whole rebuild is hashing, in a fresh process."""
    import sys
    out = tmp_path / "report.pdf"
    args = ["-o", str(out), "--derivations", "forward_mode_trace", "--no-runs"]
    env = {**os.environ, "DERIVKIT_CACHE": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-m", "report", *args], cwd=report_build.ROOT, env=env,
                           capture_output=True, text=True)
    assert first.returncode in (0, 1), first.stderr
    probe = ("import runpy, sys\n"
             f"sys.argv = ['report', *{args!r}]\n"
             "try:\n    runpy.run_module('report', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print([m for m in ('torch', 'sympy', 'matplotlib', 'jinja2') if m in sys.modules])\n")
    second = subprocess.run([sys.executable, "-c", probe], cwd=report_build.ROOT, env=env,
                            capture_output=True, text=True)
    assert "is up to date" in second.stderr, second.stderr
    assert second.stdout.strip().splitlines()[-1] == "[]"


def test_a_stamp_beside_another_pdf_means_rebuild(tmp_path, monkeypatch):
    """The stamp names the PDF's hash: a PDF replaced behind its back (another build's, a copy,
    a crash between the two writes) is rebuilt, not declared up to date."""
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    out = tmp_path / "report.pdf"
    args = ["-o", str(out), "--derivations", "tanh", "--no-runs"]
    assert main(args) == 0
    good = out.read_bytes()
    out.write_bytes(b"%PDF-1.5\n% another build's PDF\n")
    outcome = report_build.build(report_build.Options(output=out, names=["tanh"], runs=False))
    assert not outcome.up_to_date and out.read_bytes() == good


def test_concurrent_builds_to_one_output_take_turns(tmp_path, monkeypatch, capsys):
    """Build A holds the output folder while build B (another configuration) starts; B waits for
    the lock, then builds. The order is forced by events and the lock, not by sleeps."""
    import threading
    inside, release = threading.Event(), threading.Event()

    def checks_holding_a(selected, rerun):
        if list(selected) == ["tanh"]:            # build A stops here until B is seen waiting
            inside.set()
            release.wait()
        return [tiny()], []

    monkeypatch.setattr(report_build, "check_all", checks_holding_a)
    out = tmp_path / "report.pdf"
    codes = {}
    a = threading.Thread(target=lambda: codes.update(a=main(["-o", str(out), "--derivations", "tanh", "--no-runs"])))
    b = threading.Thread(target=lambda: codes.update(b=main(["-o", str(out), "--derivations", "tanh",
                                                              "beta_binomial", "--no-runs"])))
    a.start()
    try:
        assert inside.wait(300)
        b.start()
        while "waiting for another build" not in capsys.readouterr().err:
            assert b.is_alive(), "build B finished while A held the output"
            b.join(0.05)
    finally:
        release.set()
        a.join()
        if b.is_alive() or b.ident:
            b.join()
    assert codes == {"a": 0, "b": 0}
    assert "Derivkit" in pdf_text(out)                          # a whole, readable PDF
    stamp = outputs.read_stamp(out)                            # B's stamp, beside B's PDF
    b_opts = report_build.Options(output=out, names=["tanh", "beta_binomial"], runs=False)
    assert stamp is not None and stamp["key"] == report_build.build_key(b_opts, PROVENANCE)


def test_unsafe_output_name_and_control_characters_build(tmp_path, monkeypatch):
    """`-o 'a$%#b.pdf'` (latexmk refuses such a .tex name) and DEL/control bytes in --hand
    (TeX stops at them) both used to be exit 3."""
    monkeypatch.setattr(report_build, "check_all", fake_checks(tiny()))
    hand = tmp_path / "hand.tex"
    hand.write_bytes(b"$$a = 2 + 2 = 4 \x7f x$$\n\n$$b = 1\x01 + 1 = 2$$\n")
    out = tmp_path / "a$%#b.pdf"
    assert main(["-o", str(out), "--derivations", "tanh", "--no-runs", "--hand", str(hand)]) in (0, 1)
    text = pdf_text(out)
    assert "<U+007F>" in text and "<U+0001>" in text
