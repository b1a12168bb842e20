import subprocess
import sys

import derivations


def run(*args):
    return subprocess.run([sys.executable, "-m", "derivations", *args], capture_output=True, text=True)


def test_lists_every_derivation():
    out = run()
    assert out.returncode == 0
    for name in derivations.names():
        assert name in out.stdout


def test_unknown_name_lists_valid_names_and_exits_2():
    out = run("no_such_thing")
    assert out.returncode == 2
    assert "tanh" in out.stderr and "beta_binomial" in out.stderr


def test_shows_tanh_with_verdicts():
    out = run("tanh")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "✓ proved" in out.stdout and "sympy vs reverse" in out.stdout and "OK:" in out.stdout
