"""The pytest plugin: `pytest --derivations DIR` makes one item per chain, failures at file:line."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def run_pytest(tmp_path, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "verify.pytest_plugin", "-q",
                           "-p", "no:cacheprovider", "--rootdir", str(tmp_path), *args],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)


def test_one_item_per_chain_and_failures_point_at_the_line(tmp_path):
    d = tmp_path / "derivs"
    d.mkdir()
    (d / "a.tex").write_text("$1 + 1 = 2$\n$2 + 2 = 5$\n%! skip\n$1 = 0$\n")
    run = run_pytest(tmp_path, "--derivations", str(d))
    assert "1 failed, 1 passed, 1 skipped" in run.stdout, run.stdout + run.stderr
    assert "a.tex:2:" in run.stdout and "wrong" in run.stdout


def test_strict_mode_and_ini_option(tmp_path):
    d = tmp_path / "derivs"
    d.mkdir()
    (d / "b.tex").write_text("$1/2 (x) = x/2$\n")
    (tmp_path / "pytest.ini").write_text("[pytest]\nderivations = derivs\n")
    assert run_pytest(tmp_path).returncode == 0
    strict = run_pytest(tmp_path, "--derivations-strict")
    assert strict.returncode == 1 and "two readings" in strict.stdout


def test_an_unreadable_relation_is_an_item_that_strict_mode_fails(tmp_path):
    d = tmp_path / "derivs"
    d.mkdir()
    (d / "c.tex").write_text("$(a + b)(a - b = a^2 + b^2$\n")
    run = run_pytest(tmp_path, "--derivations", str(d), "--derivations-strict")
    assert "1 failed" in run.stdout and "c.tex:1:16:" in run.stdout and "never closed" in run.stdout, run.stdout
    lenient = run_pytest(tmp_path, "--derivations", str(d), "-rs")
    assert lenient.returncode == 0 and "1 skipped" in lenient.stdout and "passed" not in lenient.stdout
    assert "not checked: line 1:" in lenient.stdout, lenient.stdout


WORKER_CONFTEST = "def pytest_configure(config):\n    config.workerinput = {'workerid': 'gw0'}\n"


def test_as_a_parallel_worker_each_file_is_one_item_with_the_same_failures(tmp_path):
    """What pytest-xdist's workers do (they have `config.workerinput`), without xdist installed."""
    d = tmp_path / "derivs"
    d.mkdir()
    (d / "a.tex").write_text("$1 + 1 = 2$\n$2 + 2 = 5$\n")
    (d / "b.tex").write_text("$1 + 1 = 2$\n")
    (d / "c.tex").write_text("%! skip\n$1 = 0$\n")
    serial = run_pytest(tmp_path, "--derivations", str(d))
    (tmp_path / "conftest.py").write_text(WORKER_CONFTEST)
    whole = run_pytest(tmp_path, "--derivations", str(d))
    assert "1 failed, 1 passed, 1 skipped" in whole.stdout, whole.stdout + whole.stderr
    # Only the file:line:col lines: pytest's "FAILED" summary names the item (which differs by design)
    # and is cut to the terminal width except when CI is set, so it must not enter the comparison.
    failures = lambda out: sorted(line for line in out.splitlines()  # noqa: E731
                                  if line.startswith(str(d)) and ": wrong:" in line)
    assert failures(whole.stdout) == failures(serial.stdout) != []


def test_with_pytest_xdist(tmp_path):
    pytest.importorskip("xdist")
    d = tmp_path / "derivs"
    d.mkdir()
    for i in range(4):
        (d / f"f{i}.tex").write_text("$1 + 1 = 2$\n" + ("$2 + 2 = 5$\n" if i % 2 else ""))
    env_run = run_pytest(tmp_path, "-p", "xdist.plugin", "--derivations", str(d), "-n", "2")
    assert "2 failed, 2 passed" in env_run.stdout, env_run.stdout + env_run.stderr
