"""`python -m verify`: output with file:line, JSON shape, exit status."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verify.tex.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "backprop_numeric.tex"


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.tex"
    good.write_text("$1 + 1 = 2$\n")
    bad = tmp_path / "bad.tex"
    bad.write_text("$1 + 1 = 2$\n\n$0.0655 \\times 0.4 = 0.04585$\n")
    unsure = tmp_path / "unsure.tex"
    unsure.write_text("$f(x) = x^2 + 1$ and $1/2 (x) = x/2$\n")
    return good, bad, unsure


def test_exit_status(files, capsys):
    good, bad, unsure = files
    assert main([str(good)]) == 0
    assert main([str(bad)]) == 1
    assert main([str(unsure)]) == 0
    assert main(["--strict", str(unsure)]) == 1
    assert main([str(good), str(bad)]) == 1
    assert main([str(good.parent / "missing.tex")]) == 2
    with pytest.raises(SystemExit) as usage:
        main([])
    assert usage.value.code == 2


def test_text_output_names_file_line_and_values(files, capsys):
    _, bad, _ = files
    main(["--color", "never", str(bad)])
    out = capsys.readouterr().out
    assert f"{bad}:3:" in out and "WRONG" in out and "0.0262" in out and "\033[" not in out


def test_json_output_shape(files, capsys):
    _, bad, _ = files
    main(["--json", str(bad)])
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(bad) and data["summary"]["wrong"] == 1
    step = data["steps"][1]
    assert set(step) == {"line", "index", "lhs", "rhs", "rel", "verdict", "detail"}
    assert (step["line"], step["index"], step["verdict"]) == (3, 1, "wrong")


def test_module_entry_point_on_the_example():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    run = subprocess.run([sys.executable, "-m", "verify", str(EXAMPLE)], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "backprop_numeric.tex:30:" in run.stdout and "WRONG" in run.stdout
    assert "0.5504 (line 13)" in run.stdout     # the inconsistent-binding explanation


def test_a_directory_means_every_tex_file_under_it(files, capsys):
    good, bad, _ = files
    assert main(["--json", str(good.parent)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert sorted(Path(d["file"]).name for d in data) == ["bad.tex", "good.tex", "unsure.tex"]
